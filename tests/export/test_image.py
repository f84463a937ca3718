"""PNG, SVG and PDF exports of the mini dataset: sizes, text, metadata, escaping, safe writes."""

from __future__ import annotations

import errno
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from timeline_app.atomic_write import WriteError
from timeline_app.export.image import CREATOR, write_image
from timeline_app.export.page import ExportPage
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme

SVG = "{http://www.w3.org/2000/svg}"
# Labels that fit; the last event's label is elided at the right edge by the layout's rule.
SHOWN = ("Founding forum in Nanning", "Uncertain joint training")
HIDDEN = ("Border agreement signed", "Arbitration centre opens", "Mediation programme")


@pytest.fixture
def forums_page(qapp, mini_timeline, export_date) -> ExportPage:
    return ExportPage.for_filter(mini_timeline, EventFilter.from_text(["forums"]), Theme.light(),
                                 export_date)


@pytest.fixture
def all_page(qapp, mini_timeline, export_date) -> ExportPage:
    return ExportPage.for_filter(mini_timeline, EventFilter(), Theme.dark(), export_date)


def test_a_png_has_the_exact_pixel_size_times_the_scale_and_records_its_dpi(all_page, tmp_path):
    for scale in (1, 2):
        path = write_image(tmp_path / f"out{scale}.png", all_page, 900, 500, scale)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (900 * scale, 500 * scale)
        assert round(image.dotsPerMeterX() * 0.0254) == 96 * scale


def test_a_png_is_not_blank(all_page, tmp_path):
    image = QImage(str(write_image(tmp_path / "out.png", all_page, 900, 500)))
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 500, 7)}
    assert len(colours) > 20


def test_an_svg_parses_and_sets_title_description_and_view_box(forums_page, tmp_path):
    root = ET.parse(write_image(tmp_path / "out.svg", forums_page, 800, 450)).getroot()
    assert root.get("viewBox") == "0 0 800 450"
    assert root.find(f"{SVG}title").text == forums_page.title
    assert "Categories: Forums" in root.find(f"{SVG}desc").text


def test_an_svg_has_the_shown_titles_as_text_and_none_of_the_filtered_out_ones(forums_page,
                                                                             tmp_path):
    root = ET.parse(write_image(tmp_path / "out.svg", forums_page, 1200, 450)).getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    for title in SHOWN:
        assert title in texts
    for title in HIDDEN:
        assert title not in texts
    assert "Sources: CRI Online (2019)" in texts
    assert "Exported 2025-01-31" in texts


def test_markup_in_titles_is_escaped_text_in_the_svg(all_page, tmp_path):
    data = write_image(tmp_path / "out.svg", all_page, 1400, 450).read_text(encoding="utf-8")
    assert "<script" not in data and "<b>" not in data
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in data
    root = ET.fromstring(data)
    assert root.find(f"{SVG}title").text == "Mini chronology <script>alert('x')</script> & co"
    assert not list(root.iter(f"{SVG}script"))


def test_a_pdf_has_selectable_titles_metadata_and_the_drawing_aspect_ratio(forums_page,
                                                                         tmp_path):
    reader = PdfReader(write_image(tmp_path / "out.pdf", forums_page, 1200, 450))
    text = " ".join(reader.pages[0].extract_text().split())
    for title in SHOWN:
        assert title in text
    assert "Border agreement signed" not in text
    assert reader.metadata.title == forums_page.title
    assert reader.metadata.creator == CREATOR
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(1200 / 450, rel=1e-3)
    assert len(reader.pages) == 1


def test_a_failure_during_the_write_leaves_the_old_file_intact(all_page, tmp_path, monkeypatch):
    target = tmp_path / "out.png"
    target.write_bytes(b"the old export")

    def disk_full(self: Path, data: bytes) -> int:
        with open(self, "wb") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", disk_full)
    with pytest.raises(WriteError, match="No space left on device"):
        write_image(target, all_page, 640, 360)
    assert target.read_bytes() == b"the old export"
    assert [p.name for p in tmp_path.iterdir()] == ["out.png"]


@pytest.mark.parametrize("name", ["missing/out.svg", "a_folder.pdf"])
def test_an_unwritable_path_raises_a_clear_write_error(all_page, tmp_path, name):
    (tmp_path / "a_folder.pdf").mkdir()
    with pytest.raises(WriteError, match="cannot write"):
        write_image(tmp_path / name, all_page, 640, 360)

