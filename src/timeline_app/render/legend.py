"""The key to the date marks (exact day, span, approximate, uncertain, open end),
drawn with the canvas's own mark painters, on screen and on every export."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from timeline_app.render.marks import paint_bar, paint_point
from timeline_app.render.palette import Palette, TextFont, palette_for
from timeline_app.render.style import Theme

ITEM_GAP_PX = 16.0
"""Between legend items."""
_POINT_SAMPLE_PX, _BAR_SAMPLE_PX = 10.0, 34.0


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One entry of the key: its name and how its sample mark is drawn."""

    name: str
    point: bool = False
    fade_start: bool = False
    fade_end: bool = False
    uncertain: bool = False

    @property
    def sample_width(self) -> float:
        return _POINT_SAMPLE_PX if self.point else _BAR_SAMPLE_PX


LEGEND_ITEMS = (
    LegendItem("Exact day", point=True),
    LegendItem("Span"),
    LegendItem("Approximate (~)", fade_start=True, fade_end=True),
    LegendItem("Uncertain (?)", uncertain=True),
    LegendItem("Open end", fade_end=True),
)


def legend_height(theme: Theme, width: float) -> float:
    """The height ``paint_legend`` needs at ``width``, its items wrapped into rows."""
    palette = palette_for(theme)
    return len(_legend_rows(palette, width)) * _row_height(palette)


def paint_legend(painter: QPainter, rect: QRectF, theme: Theme) -> None:
    """The key, wrapped into as many rows as ``rect``'s width needs (``legend_height``)."""
    palette = palette_for(theme)
    sample, row_height = QColor(palette.muted), _row_height(palette)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        painter.setFont(palette.font(TextFont.LABEL))
        for row, items in enumerate(_legend_rows(palette, rect.width())):
            top = rect.top() + row * row_height
            x, mid = rect.left() + 4, top + row_height / 2
            for item, text_width in items:
                mark = QRectF(x, mid - 5, item.sample_width, 10)
                if item.point:
                    paint_point(painter, mark, sample, palette.background,
                                approximate=False, uncertain=False)
                else:
                    paint_bar(painter, mark, sample, palette.background,
                              fade_start=item.fade_start, fade_end=item.fade_end,
                              uncertain=item.uncertain)
                x = mark.right() + 5
                painter.setPen(palette.foreground)
                painter.drawText(QRectF(x, top, text_width, row_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 item.name)
                x += text_width + ITEM_GAP_PX
    finally:
        painter.restore()


def _row_height(palette: Palette) -> float:
    return palette.metrics[TextFont.LABEL].height() + 8.0


def _legend_rows(palette: Palette, width: float) -> list[list[tuple[LegendItem, float]]]:
    """The items as rows of (item, text width) that fit ``width``; an item wider
    than a whole row gets a row of its own."""
    rows: list[list[tuple[LegendItem, float]]] = [[]]
    x = 4.0
    for item in LEGEND_ITEMS:
        text_width = palette.text_width((item.name, TextFont.LABEL)) + 2
        size = item.sample_width + 5 + text_width
        if rows[-1] and x + size > width:
            rows.append([])
            x = 4.0
        rows[-1].append((item, text_width))
        x += size + ITEM_GAP_PX
    return rows
