"""Golden image: the mini dataset rendered at 640×360 matches a committed reference.

Fonts are bundled, so the rendering is stable across machines; the tolerance
absorbs anti-aliasing differences between Qt builds. After an intended change
of the look, regenerate with ``TIMELINE_REGENERATE_REFERENCES=1 pytest tests/export``
and look at the new PNG before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline_app.export.image import render_image
from timeline_app.export.page import ExportPage
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme

REFERENCES = Path(__file__).parent / "reference"
REGENERATE = os.environ.get("TIMELINE_REGENERATE_REFERENCES") == "1"
MEAN_LEVELS = 2.0
"""Largest allowed mean absolute difference per channel, in levels of 255."""
CHANGED_SHARE = 0.01
"""Largest allowed share of pixels with a channel differing by more than ``CHANGED_LEVELS``."""
CHANGED_LEVELS = 48


def differences(image: QImage, reference: QImage) -> tuple[float, float]:
    """(mean absolute channel difference, share of pixels that changed a lot)."""
    a = image.convertToFormat(QImage.Format.Format_RGBA8888)
    b = reference.convertToFormat(QImage.Format.Format_RGBA8888)
    data_a, data_b = bytes(a.constBits()), bytes(b.constBits())
    total = changed = 0
    for pixel in range(0, len(data_a), 4):
        deltas = [abs(data_a[pixel + c] - data_b[pixel + c]) for c in range(4)]
        total += sum(deltas)
        changed += max(deltas) > CHANGED_LEVELS
    return total / len(data_a), changed / (len(data_a) / 4)


@pytest.mark.parametrize("theme", [Theme.light(), Theme.dark()], ids=["light", "dark"])
def test_the_mini_dataset_renders_like_its_reference(qapp, mini_timeline, export_date, theme):
    page = ExportPage.for_filter(mini_timeline, EventFilter(), theme, export_date,
                                 title_text="Mini chronology")
    image = render_image(page, 640, 360)
    reference_path = REFERENCES / f"mini_{theme.name}.png"
    if not REGENERATE and not reference_path.exists() and os.environ.get("CI"):
        pytest.fail(f"{reference_path} is missing: regenerate it outside CI and commit it")
    if REGENERATE or not reference_path.exists():
        assert image.save(str(reference_path)), reference_path
        pytest.skip(f"wrote {reference_path.name}; look at it and commit it")
    reference = QImage(str(reference_path))
    assert (reference.width(), reference.height()) == (640, 360)
    mean, share = differences(image, reference)
    assert mean < MEAN_LEVELS and share < CHANGED_SHARE, (mean, share)


def test_the_comparison_notices_a_real_change(qapp, mini_timeline, export_date):
    theme = Theme.light()
    page = ExportPage.for_filter(mini_timeline, EventFilter.from_text(["forums"]), theme,
                                 export_date, title_text="Mini chronology")
    reference = QImage(str(REFERENCES / "mini_light.png"))
    mean, share = differences(render_image(page, 640, 360), reference)
    assert mean >= MEAN_LEVELS or share >= CHANGED_SHARE
