"""How one date mark is drawn: a dot for a day or a moment, a bar across a span.

Approximate dates fade out at both ends; uncertain dates have a dashed
outline and a lighter fill; open ends (``..``) fade out smoothly toward the
open side, and unknown ends (empty) break up into dashes as they fade.
Unspecified digits (``201X``, ``1950S2``) are striped across their whole span;
an alternative date (one of several a source or a set gives) is hollow. Fades
end in the opaque colour behind the mark (band or canvas), never in
transparency: PDF viewers such as poppler drop a gradient's alpha and would
paint the faded end solid. The canvas and the legend draw with these same
functions, so the key always matches the marks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPaintEngine,
    QPainter,
    QPen,
    QRadialGradient,
    QTransform,
)

from timeline_app.layout.frame import FADE_PX

UNCERTAIN_OPACITY = 0.45
"""An uncertain mark's lighter fill."""
HOLLOW_OPACITY = 0.2
"""An alternative date's tint inside its outline."""
STRIPE_PX = 5.0
"""The spacing of the stripes of a mark with unspecified digits."""
STRIPE_TILE_PX = 20
"""The width of the tile that draws stripes on screen: a whole number of stripes."""
UNKNOWN_DASHES = 3
"""The dashes an unknown end breaks into as it fades."""
BAR_RADIUS_PX = 2.0
"""The rounding of a bar's corners."""


@dataclass(frozen=True, slots=True)
class MarkLook:
    """Everything about a mark's look that its date says (the layout's flags)."""

    approximate: bool = False
    uncertain: bool = False
    fade_start: bool = False  # open or unknown start
    fade_end: bool = False
    broken_start: bool = False  # unknown start: the fade breaks into dashes
    broken_end: bool = False
    striped: bool = False  # unspecified digits
    hollow: bool = False  # an alternative date


def paint_point(painter: QPainter, rect: QRectF, color: QColor, background: QColor,
                look: MarkLook) -> None:
    centre, radius = rect.center(), rect.width() / 2
    approximate, uncertain = look.approximate, look.uncertain
    if look.hollow:
        painter.setBrush(mixed(color, background, HOLLOW_OPACITY))
        painter.setPen(_outline(color, uncertain))
        painter.drawEllipse(centre, radius - 0.75, radius - 0.75)
        return
    if look.striped:
        painter.setBrush(mixed(color, background, UNCERTAIN_OPACITY))
        pen = QPen(color, 1.5, Qt.PenStyle.DotLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawEllipse(centre, radius - 0.75, radius - 0.75)
        return
    if approximate:
        fill = mixed(color, background, UNCERTAIN_OPACITY) if uncertain else color
        gradient = QRadialGradient(centre, radius + 3)
        gradient.setColorAt(0.0, fill)
        gradient.setColorAt(0.5, fill)
        gradient.setColorAt(1.0, background)
        painter.setBrush(QBrush(gradient))
        radius += 3
    else:
        painter.setBrush(_lighter(color) if uncertain else color)
    painter.setPen(_outline(color, True) if uncertain else Qt.PenStyle.NoPen)
    painter.drawEllipse(centre, radius, radius)


def paint_bar(painter: QPainter, rect: QRectF, color: QColor, background: QColor,
              look: MarkLook) -> None:
    """A bar; a faded end runs from an opaque fill into ``background``, the opaque
    colour behind the bar (see the module docstring)."""
    fade_start = look.approximate or look.fade_start
    fade_end = look.approximate or look.fade_end
    fill = mixed(color, background, HOLLOW_OPACITY if look.hollow else UNCERTAIN_OPACITY) \
        if look.uncertain or look.hollow or look.striped else color
    if (fade_start or fade_end) and rect.width() > 4:
        # a fade on one side may take all but the bar's last pixels (a date known by
        # one bound is its bound and a fade); two share the bar
        room = rect.width() / 2 if fade_start and fade_end else rect.width() - 4
        fade = min(FADE_PX, room) / rect.width()
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        gradient.setColorAt(0.0, background if fade_start else fill)
        if fade_start:
            gradient.setColorAt(fade, fill)
        if fade_end:
            gradient.setColorAt(1.0 - fade, fill)
        gradient.setColorAt(1.0, background if fade_end else fill)
        painter.setBrush(QBrush(gradient))
    else:
        painter.setBrush(_lighter(color) if look.uncertain and not look.hollow else fill)
    painter.setPen(_outline(color, look.uncertain) if look.uncertain or look.hollow
                   else Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, BAR_RADIUS_PX, BAR_RADIUS_PX)
    if look.striped:
        _paint_stripes(painter, rect, color)
    if look.broken_start or look.broken_end:
        _paint_breaks(painter, rect, background, start=look.broken_start, end=look.broken_end)


def _paint_stripes(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """Diagonal stripes across the bar: the points where x + y is a multiple of
    ``STRIPE_PX``, from the bar's top left. Into SVG and PDF as lines, which they keep
    (a pattern brush does not survive SVG); on screen and into images as a tiled
    brush, since a bar across a wide view has hundreds of stripes."""
    engine = painter.paintEngine()
    if engine is not None and engine.type() in _VECTOR_ENGINES:
        _paint_stripe_lines(painter, rect, color)
        return
    device = painter.device()
    # device pixels per logical pixel, so that the tile is drawn at the final resolution
    ratio = (device.devicePixelRatioF() if device is not None else 1.0) * \
        math.hypot(painter.transform().m11(), painter.transform().m12())
    brush = QBrush(_stripe_tile(color.rgba(), math.ceil(rect.height()), round(ratio, 3)))
    brush.setTransform(QTransform.fromTranslate(rect.left(), rect.top()))
    painter.fillRect(rect, brush)


_VECTOR_ENGINES = (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf)


def _paint_stripe_lines(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """Each stripe cut to the bar here, not by a clip: SVG output ignores clipping."""
    left, top, width, height = rect.left(), rect.top(), rect.width(), rect.height()
    lines = []
    offset = STRIPE_PX
    while offset < width + height:  # the stripe x + y == offset, within the bar
        x0, x1 = max(0.0, offset - height), min(width, offset)
        lines.append(QLineF(left + x0, top + offset - x0, left + x1, top + offset - x1))
        offset += STRIPE_PX
    painter.save()
    painter.setPen(_stripe_pen(color))
    painter.drawLines(lines)
    painter.restore()


@lru_cache(maxsize=64)
def _stripe_tile(rgba: int, height: int, ratio: float) -> QImage:
    """``STRIPE_TILE_PX`` wide and ``height`` tall; it repeats across any bar that
    tall, as the stripes repeat every ``STRIPE_PX``."""
    tile = QImage(round(STRIPE_TILE_PX * ratio), round(height * ratio),
                  QImage.Format.Format_ARGB32_Premultiplied)
    tile.setDevicePixelRatio(ratio)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(_stripe_pen(QColor.fromRgba(rgba)))
    offset = -STRIPE_PX
    while offset <= STRIPE_TILE_PX + height + STRIPE_PX:  # x + y == offset
        painter.drawLine(QLineF(offset, 0.0, offset - height, height))
        offset += STRIPE_PX
    painter.end()
    return tile


def _stripe_pen(color: QColor) -> QPen:
    pen = QPen(color, 1.2)
    pen.setCosmetic(True)
    return pen


def _paint_breaks(painter: QPainter, rect: QRectF, background: QColor, *, start: bool,
                  end: bool) -> None:
    """Gaps in the faded part of an unknown end, so that it reads as broken off."""
    fade = min(FADE_PX, rect.width() / 2)
    gap = fade / (2 * UNKNOWN_DASHES)
    for side, on in ((0, start), (1, end)):
        if not on:
            continue
        for k in range(UNKNOWN_DASHES):
            offset = (2 * k + 1) * gap
            x = rect.left() + offset if side == 0 else rect.right() - offset - gap
            painter.fillRect(QRectF(x, rect.top() - 1, gap, rect.height() + 2), background)


def paint_link(painter: QPainter, start: QPointF, end: QPointF, color: QColor, *,
               dashed: bool) -> None:
    """The line between two marks of one event."""
    pen = QPen(color, 1.0, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.drawLine(start, end)


def mixed(color: QColor, background: QColor, opacity: float) -> QColor:
    """``color`` at ``opacity`` over an opaque ``background``, as one opaque colour."""
    return QColor.fromRgbF(*(c * opacity + b * (1 - opacity) for c, b in (
        (color.redF(), background.redF()), (color.greenF(), background.greenF()),
        (color.blueF(), background.blueF()))))


def _lighter(color: QColor) -> QColor:
    light = QColor(color)
    light.setAlphaF(UNCERTAIN_OPACITY)
    return light


def _outline(color: QColor, dashed: bool) -> QPen:
    pen = QPen(color, 1.5, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    pen.setCosmetic(True)
    return pen
