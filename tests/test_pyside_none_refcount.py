"""Guard against the PySide6-Essentials 6.12.0 defect on CPython 3.11.

That release drops a reference to ``None`` on every call of a Qt method that
returns nothing, so the process aborts ("none_dealloc") after a few thousand
calls. pyproject.toml caps PySide6 below 6.12 on Python < 3.12; lift the cap
only when this test passes on a newer release.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

CALLS = 10_000


def test_void_qt_calls_do_not_drop_references_to_none():
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        rect, color = QRect(0, 0, 4, 4), QColor("#336699")
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            painter.fillRect(rect, color)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} calls"
