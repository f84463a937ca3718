"""The painting routine, probed through pixels of a QImage and the text of an SVG."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.export.time_window import layout_frame
from timeline_app.layout.frame import Frame
from timeline_app.layout.shown import ShownSet
from timeline_app.model.calendar import seconds_at
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Event
from timeline_app.render.legend import legend_height, paint_legend
from timeline_app.render.marks import FADE_PX
from timeline_app.render.painter import paint_timeline
from timeline_app.render.style import Theme, font_family

RED = Category("red", "Red things", "#cc0000")
WIDTH, HEIGHT = 800, 300


@pytest.fixture(autouse=True)
def _app(qapp) -> None:
    """Fonts and painting need a QGuiApplication."""


def _event(event_id: str, when: str, title: str = "An event") -> Event:
    return Event(id=event_id, title=title, date=parse_edtf(when), category="red")


def _place(iso: str) -> int:
    day = date.fromisoformat(iso)
    return seconds_at(day.year, day.month, day.day)


def _frame(events: list[Event], theme: Theme, first: str, last: str) -> Frame:
    return layout_frame(ShownSet(events, [RED]), QRectF(0, 0, WIDTH, HEIGHT), theme,
                        first=_place(first), last=_place(last))


def _render(frame: Frame, theme: Theme, **options) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    paint_timeline(painter, QRectF(0, 0, WIDTH, HEIGHT), frame, theme, **options)
    painter.end()
    return image


def _is_reddish(color: QColor) -> bool:
    return color.red() > 120 and color.green() < 90 and color.blue() < 90


@pytest.mark.parametrize("theme", [Theme.light(), Theme.dark()], ids=["light", "dark"])
def test_a_month_bar_covers_exactly_the_month_on_both_themes(theme: Theme) -> None:
    frame = _frame([_event("m", "2024-04")], theme, "2024-03-01", "2024-06-30")
    glyph = frame.glyphs[0]
    y = round(glyph.rect.y + glyph.rect.height / 2)
    image = _render(frame, theme)
    scale = frame.scale
    start = scale.x_for(seconds_at(2024, 4))
    end = scale.x_for(seconds_at(2024, 5))
    for x in (start + 4, (start + end) / 2, end - 4):
        assert _is_reddish(image.pixelColor(round(x), y)), x
    for x in (start - 6, end + 6):
        assert not _is_reddish(image.pixelColor(round(x), y)), x


def test_the_background_follows_the_theme() -> None:
    frame = _frame([], Theme.dark(), "2024-01-01", "2024-12-31")
    image = _render(frame, Theme.dark())
    assert image.pixelColor(WIDTH - 3, HEIGHT - 3) == QColor(Theme.dark().background)


def test_an_approximate_bar_fades_toward_its_ends() -> None:
    theme = Theme.light()
    frame = _frame([_event("a", "2024-04~")], theme, "2024-03-01", "2024-06-30")
    glyph = frame.glyphs[0]
    y = round(glyph.rect.y + glyph.rect.height / 2)
    image = _render(frame, theme)
    edge = image.pixelColor(round(glyph.rect.x + 2), y)
    middle = image.pixelColor(round(glyph.rect.x + glyph.rect.width / 2), y)
    assert _is_reddish(middle)
    assert edge.green() > middle.green() + 60  # nearer the white background


def _svg_text(frame: Frame, theme: Theme, **options) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(WIDTH, HEIGHT))
    generator.setViewBox(QRectF(0, 0, WIDTH, HEIGHT))
    painter = QPainter(generator)
    paint_timeline(painter, QRectF(0, 0, WIDTH, HEIGHT), frame, theme,
                   **(options or {"for_export": True}))
    paint_legend(painter, QRectF(0, HEIGHT - 24, WIDTH, 24), theme)
    painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8")


def test_a_markup_title_is_drawn_as_plain_text() -> None:
    theme = Theme.light()
    frame = _frame([_event("x", "2024-04-10", "<b>x</b>")], theme, "2024-03-01", "2024-06-30")
    assert frame.glyphs[0].label is not None
    svg = _svg_text(frame, theme)
    assert "&lt;b&gt;x&lt;/b&gt;" in svg


def test_the_bundled_font_is_used() -> None:
    assert font_family() == "DejaVu Sans"


def test_painting_restores_the_painter_state() -> None:
    theme = Theme.light()
    frame = _frame([_event("m", "2024-04")], theme, "2024-03-01", "2024-06-30")
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = painter.transform()
    paint_timeline(painter, QRectF(10, 10, WIDTH - 20, HEIGHT - 20), frame, theme)
    assert painter.transform() == before
    assert not painter.hasClipping()
    painter.end()


def test_a_draft_paints_the_same_bar_in_the_same_place() -> None:
    theme = Theme.light()
    frame = _frame([_event("m", "2024-04", title="A long title to clip")], theme,
                   "2024-03-01", "2024-06-30")
    glyph = frame.glyphs[0]
    y = round(glyph.rect.y + glyph.rect.height / 2)
    full, draft = _render(frame, theme), _render(frame, theme, draft=True)
    for x in (glyph.rect.x + 4, glyph.rect.x + glyph.rect.width / 2, glyph.rect.right - 4):
        assert _is_reddish(draft.pixelColor(round(x), y))
        assert draft.pixelColor(round(x), y) == full.pixelColor(round(x), y)


def test_dense_cluster_segments_are_painted_in_their_category_colour() -> None:
    theme = Theme.light()
    events = [_event(f"e{i}", f"2024-0{1 + i % 6}-1{i % 9}") for i in range(4000)]
    frame = _frame(events, theme, "2024-01-01", "2024-06-30")
    assert frame.dense and frame.clusters
    cluster = max(frame.clusters, key=lambda c: c.rect.height)
    image = _render(frame, theme)
    centre = image.pixelColor(round(cluster.rect.x + 3), round(cluster.rect.bottom - 3))
    assert centre.red() > centre.green() + 60 and centre.red() > centre.blue() + 60


def test_the_selected_label_is_elided_to_fit_in_the_bold_font_it_is_drawn_in() -> None:
    theme = Theme.light()
    title = "Chinese and Vietnamese justice ministers meet in Nanning"
    events = [_event("a", "2024-04-01", title), _event("b", "2024-04-20", "Next")]
    frame = _frame(events, theme, "2024-03-01", "2024-06-30")
    glyph, following = frame.glyph_for("a"), frame.glyph_for("b")
    assert glyph is not None and glyph.label is not None
    assert following is not None and following.lane == glyph.lane
    svg = _svg_text(frame, theme, selected_id="a")
    drawn = next(t for t in re.findall(r">([^<>]*)</text>", svg) if t.startswith("Chinese"))
    assert drawn.endswith("\u2026")
    assert QFontMetricsF(theme.font(bold=True)).horizontalAdvance(drawn) <= glyph.label.width


def test_a_label_shifted_left_of_its_mark_never_starts_right_of_the_mark() -> None:
    theme = Theme.light()
    narrow = "il" * 14  # far narrower than the layout's per-character estimate
    frame = _frame([_event("a", "2024-10-22", narrow)], theme, "2024-01-01", "2024-12-31")
    glyph = frame.glyph_for("a")
    assert glyph is not None and glyph.label is not None and glyph.label.x < glyph.rect.x
    image = _render(frame, theme)
    rows = range(round(glyph.label.y), round(glyph.label.bottom))
    # text is dark on the light theme; the grid lines crossing the row are pale
    inked = [x for x in range(WIDTH) if any(image.pixelColor(x, y).lightness() < 100
                                            for y in rows)]
    assert inked and inked[0] <= glyph.rect.x + 4  # a glyph's side bearing


def test_a_tick_label_that_would_run_past_the_right_edge_is_left_out() -> None:
    theme = Theme.light()
    seconds_per_pixel = 5 * 86_400  # yearly ticks
    last = seconds_at(2025) + 12 * seconds_per_pixel  # 2025 ticks 12 px from the edge
    frame = layout_frame(ShownSet([], [RED]), QRectF(0, 0, WIDTH, HEIGHT), theme,
                         first=last - WIDTH * seconds_per_pixel, last=last)
    labels = [tick.label for tick in frame.ticks.minor]
    assert frame.ticks.unit.name == "year" and labels[-1] == "2025"
    image = _render(frame, theme)
    background = QColor(theme.background)
    row = range(round(frame.axis.y + 2), round(frame.axis.bottom - 6))
    assert all(image.pixelColor(x, y) == background
               for x in range(WIDTH - 9, WIDTH) for y in row)
    previous = frame.ticks.minor[-2]
    assert any(image.pixelColor(x, y) != background
               for x in range(round(previous.x) + 3, round(previous.x) + 30) for y in row)


def test_a_pdf_of_faded_marks_has_no_soft_masks_for_a_viewer_to_drop() -> None:
    theme = Theme.light()
    events = [_event("a", "2024-04~"), _event("o", "2024-02/.."), _event("s", "../2024-03"),
              _event("p", "2024-05-03~")]
    frame = _frame(events, theme, "2024-01-01", "2024-06-30")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    painter = QPainter(writer)
    paint_timeline(painter, QRectF(0, 0, WIDTH, HEIGHT), frame, theme, for_export=True)
    paint_legend(painter, QRectF(0, HEIGHT, WIDTH, legend_height(theme, WIDTH)), theme)
    painter.end()
    pdf = bytes(data.data())
    assert b"/ShadingType" in pdf  # the fades are there, as gradients
    assert pdf.count(b"/SMask") == pdf.count(b"/SMask /None")


def test_a_date_known_only_by_its_end_fades_in_toward_it_and_leaves_the_past_empty() -> None:
    theme = Theme.light()
    frame = _frame([_event("s", "../2024-05")], theme, "2024-01-01", "2024-06-30")
    glyph = frame.glyphs[0]
    y = round(glyph.rect.y + glyph.rect.height / 2)
    image = _render(frame, theme)
    assert _is_reddish(image.pixelColor(round(glyph.rect.right) - 4, y))  # May itself
    assert image.pixelColor(round(glyph.rect.x) + 1, y).green() > 220  # the faded end
    assert glyph.rect.x > FADE_PX  # a short fade, not a bar from the left edge
    assert image.pixelColor(1, y).green() > 220
