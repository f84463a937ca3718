"""How one date mark is drawn: a dot for an exact day, a bar across a span.

Approximate dates fade out at both ends; uncertain dates have a dashed
outline and a lighter fill; open ends fade out toward the open side. Fades
end in the opaque colour behind the mark (band or canvas), never in
transparency: PDF viewers such as poppler drop a gradient's alpha and would
paint the faded end solid. The canvas and the legend draw with these same
functions, so the key always matches the marks.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen, QRadialGradient

FADE_PX = 28.0
"""How far an approximate or open end takes to fade out."""

UNCERTAIN_OPACITY = 0.45
"""An uncertain mark's lighter fill."""


def paint_point(painter: QPainter, rect: QRectF, color: QColor, background: QColor, *,
                approximate: bool, uncertain: bool) -> None:
    centre, radius = rect.center(), rect.width() / 2
    if approximate:
        fill = mixed(color, background, UNCERTAIN_OPACITY) if uncertain else color
        gradient = QRadialGradient(centre, radius + 3)
        gradient.setColorAt(0.0, fill)
        gradient.setColorAt(0.5, fill)
        gradient.setColorAt(1.0, background)
        painter.setBrush(QBrush(gradient))
        radius += 3
    else:
        painter.setBrush(lighter(color) if uncertain else color)
    painter.setPen(dashed(color) if uncertain else Qt.PenStyle.NoPen)
    painter.drawEllipse(centre, radius, radius)


def paint_bar(painter: QPainter, rect: QRectF, color: QColor, background: QColor, *,
              fade_start: bool, fade_end: bool, uncertain: bool) -> None:
    """A bar; a faded end runs from an opaque fill into ``background``, the opaque
    colour behind the bar (see the module docstring)."""
    if (fade_start or fade_end) and rect.width() > 4:
        fill = mixed(color, background, UNCERTAIN_OPACITY) if uncertain else color
        fade = min(FADE_PX, rect.width() / 2) / rect.width()
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        gradient.setColorAt(0.0, background if fade_start else fill)
        gradient.setColorAt(fade, fill)
        gradient.setColorAt(1.0 - fade, fill)
        gradient.setColorAt(1.0, background if fade_end else fill)
        painter.setBrush(QBrush(gradient))
    else:
        painter.setBrush(lighter(color) if uncertain else color)
    painter.setPen(dashed(color) if uncertain else Qt.PenStyle.NoPen)
    painter.drawRoundedRect(rect, 2, 2)


def mixed(color: QColor, background: QColor, opacity: float) -> QColor:
    """``color`` at ``opacity`` over an opaque ``background``, as one opaque colour."""
    return QColor.fromRgbF(*(c * opacity + b * (1 - opacity) for c, b in (
        (color.redF(), background.redF()), (color.greenF(), background.greenF()),
        (color.blueF(), background.blueF()))))


def lighter(color: QColor) -> QColor:
    light = QColor(color)
    light.setAlphaF(UNCERTAIN_OPACITY)
    return light


def dashed(color: QColor) -> QPen:
    pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen
