"""The key to the marks: every mark named, wrapped into rows that all get drawn."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from timeline_app.render.legend import legend_height, legend_items, paint_legend
from timeline_app.render.style import Theme


def _legend_svg(theme: Theme, width: int) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    height = round(legend_height(theme, width))
    generator.setSize(QSize(width, height))
    painter = QPainter(generator)
    paint_legend(painter, QRectF(0, 0, width, height), theme)
    painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8")


def test_the_legend_names_every_mark(qapp) -> None:
    svg = _legend_svg(Theme.light(), 900)
    names = ["Day or moment", "Span", "Approximate (~)", "Uncertain (?)",
             "Unspecified digits (X)", "Open end (..)", "Unknown end", "Alternative dates"]
    assert [item.name for item in legend_items()] == names
    for name in names:
        assert name in svg


def test_the_legend_wraps_into_more_rows_when_narrow_and_draws_every_row(qapp) -> None:
    theme = Theme.light()
    narrow = 300
    height = legend_height(theme, narrow)
    assert height >= 2 * legend_height(theme, 2000)
    image = QImage(narrow, round(height), QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    paint_legend(painter, QRectF(0, 0, narrow, height), theme)
    painter.end()
    last_row = range(round(height - legend_height(theme, 2000)), round(height))
    assert any(image.pixelColor(x, y) != QColor(theme.background)
               for x in range(narrow) for y in last_row)
