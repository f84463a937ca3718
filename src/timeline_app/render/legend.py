"""The key to the date marks (day or moment, span, approximate, uncertain, open and
unknown ends, unspecified digits, alternative dates), drawn with the canvas's own
mark painters, on screen and on every export.

A key lists the two plain marks always, and each of the others only when some
mark it is drawn for has it (``items_for``): a chronology without unknown ends
does not explain them. Its names are in the interface language, as it is when the
key is made (``legend_items``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from timeline_app.model.dates import Bound, Range
from timeline_app.render.marks import MarkLook, paint_bar, paint_link, paint_point
from timeline_app.render.palette import Palette, TextFont, palette_for
from timeline_app.render.style import Theme

ITEM_GAP_PX = 16.0
"""Between legend items."""
_POINT_SAMPLE_PX, _BAR_SAMPLE_PX = 10.0, 34.0


_PLAIN = MarkLook()


def _always(_: Range) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One entry of the key: its name, how its sample mark is drawn, and which marks
    call for it: those whose range ``shown_for`` accepts, or any hollow mark for the
    ``for_hollow`` item; a linked item draws two small marks joined as an event's
    marks are."""

    name: str
    look: MarkLook = _PLAIN
    point: bool = False
    linked: bool = False
    shown_for: Callable[[Range], bool] = _always
    for_hollow: bool = False

    @property
    def sample_width(self) -> float:
        return _POINT_SAMPLE_PX if self.point else _BAR_SAMPLE_PX


def _never(_: Range) -> bool:
    return False


def legend_items() -> tuple[LegendItem, ...]:
    """Every item of the key, in its order."""
    return (
        LegendItem(QCoreApplication.translate("Legend", "Day or moment"), point=True),
        LegendItem(QCoreApplication.translate("Legend", "Span")),
        LegendItem(QCoreApplication.translate("Legend", "Approximate (~)"),
                   MarkLook(approximate=True), shown_for=lambda r: r.qualifiers.approximate),
        LegendItem(QCoreApplication.translate("Legend", "Uncertain (?)"),
                   MarkLook(uncertain=True), shown_for=lambda r: r.qualifiers.uncertain),
        LegendItem(QCoreApplication.translate("Legend", "Unspecified digits (X)"),
                   MarkLook(striped=True), shown_for=lambda r: r.unspecified),
        LegendItem(QCoreApplication.translate("Legend", "Open end (..)"),
                   MarkLook(fade_end=True),
                   shown_for=lambda r: Bound.OPEN in (r.low_bound, r.high_bound)),
        LegendItem(QCoreApplication.translate("Legend", "Unknown end"),
                   MarkLook(fade_end=True, broken_end=True),
                   shown_for=lambda r: Bound.UNKNOWN in (r.low_bound, r.high_bound)),
        LegendItem(QCoreApplication.translate("Legend", "Alternative dates"),
                   MarkLook(hollow=True), linked=True, shown_for=_never, for_hollow=True),
    )


def items_for(ranges: Sequence[Range], any_hollow: bool) -> tuple[LegendItem, ...]:
    """The key's items for marks of these ``ranges`` (``any_hollow``: some is drawn
    hollow): the plain ones, and those some mark calls for. Ranges are shared between
    events with the same date, so each distinct one is looked at once."""
    distinct = dict(zip(map(id, ranges), ranges, strict=True)).values()
    return tuple(item for item in legend_items()
                 if item.shown_for is _always or (item.for_hollow and any_hollow)
                 or any(map(item.shown_for, distinct)))


def legend_height(theme: Theme, width: float,
                  items: tuple[LegendItem, ...] | None = None) -> float:
    """The height ``paint_legend`` needs at ``width``, its items (all by default) wrapped
    into rows."""
    palette = palette_for(theme)
    rows = _legend_rows(palette, width, legend_items() if items is None else items)
    return len(rows) * _row_height(palette)


def paint_legend(painter: QPainter, rect: QRectF, theme: Theme,
                 items: tuple[LegendItem, ...] | None = None) -> None:
    """The key (all its items by default), wrapped into as many rows as ``rect``'s width
    needs (``legend_height``)."""
    items = legend_items() if items is None else items
    palette = palette_for(theme)
    sample, row_height = QColor(palette.muted), _row_height(palette)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setClipRect(rect)
        painter.setFont(palette.font(TextFont.LABEL))
        for row, row_items in enumerate(_legend_rows(palette, rect.width(), items)):
            top = rect.top() + row * row_height
            x, mid = rect.left() + 4, top + row_height / 2
            for item, text_width in row_items:
                mark = QRectF(x, mid - 5, item.sample_width, 10)
                _paint_sample(painter, item, mark, sample, palette)
                x = mark.right() + 5
                painter.setPen(palette.foreground)
                painter.drawText(QRectF(x, top, text_width, row_height),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 item.name)
                x += text_width + ITEM_GAP_PX
    finally:
        painter.restore()


def _paint_sample(painter: QPainter, item: LegendItem, mark: QRectF, sample: QColor,
                  palette: Palette) -> None:
    if item.point:
        paint_point(painter, mark, sample, palette.background, item.look)
    elif item.linked:
        third = mark.width() / 3
        left = QRectF(mark.left(), mark.top(), third, mark.height())
        right = QRectF(mark.right() - third, mark.top(), third, mark.height())
        paint_link(painter, QPointF(left.right(), mark.center().y()),
                   QPointF(right.left(), mark.center().y()), sample, dashed=True)
        for part in (left, right):
            paint_bar(painter, part, sample, palette.background, item.look)
    else:
        paint_bar(painter, mark, sample, palette.background, item.look)


def _row_height(palette: Palette) -> float:
    return palette.metrics[TextFont.LABEL].height() + 8.0


def _legend_rows(palette: Palette, width: float,
                 items: tuple[LegendItem, ...]) -> list[list[tuple[LegendItem, float]]]:
    """The items as rows of (item, text width) that fit ``width``; an item wider
    than a whole row gets a row of its own."""
    rows: list[list[tuple[LegendItem, float]]] = [[]]
    x = 4.0
    for item in items:
        text_width = palette.text_width((item.name, TextFont.LABEL)) + 2
        size = item.sample_width + 5 + text_width
        if rows[-1] and x + size > width:
            rows.append([])
            x = 4.0
        rows[-1].append((item, text_width))
        x += size + ITEM_GAP_PX
    return rows
