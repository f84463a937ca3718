"""The stripes of unspecified digits look the same on screen, in images at any scale,
and in SVG, and never spill out of their bar."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator, QSvgRenderer

from timeline_app.render.marks import STRIPE_PX, MarkLook, paint_bar

BAR = QRectF(10, 5, 150, 12)
WIDTH, HEIGHT = 200, 30
BLUE, WHITE = QColor("#2266aa"), QColor("white")


def _raster(paint, scale: int = 1) -> QImage:
    image = QImage(WIDTH * scale, HEIGHT * scale, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(WHITE)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    paint(painter)
    painter.end()
    return image


def _through_svg(paint) -> QImage:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(WIDTH, HEIGHT))
    generator.setViewBox(QRectF(0, 0, WIDTH, HEIGHT))
    painter = QPainter(generator)
    paint(painter)
    painter.end()
    buffer.close()
    return _raster(lambda p: QSvgRenderer(data).render(p, QRectF(0, 0, WIDTH, HEIGHT)))


def _striped_bar(painter: QPainter) -> None:
    paint_bar(painter, BAR, BLUE, WHITE, MarkLook(striped=True))


def _dark_columns(image: QImage, y: int) -> list[int]:
    return [x for x in range(image.width()) if image.pixelColor(x, y).lightness() < 140]


def _spacings(columns: list[int]) -> set[int]:
    starts = [x for x in columns if x - 1 not in columns]
    return {b - a for a, b in pairwise(starts)}


def test_stripes_are_evenly_spaced_on_screen_and_at_twice_the_scale(qapp):
    middle = round(BAR.center().y())
    assert _spacings(_dark_columns(_raster(_striped_bar), middle)) == {STRIPE_PX}
    assert _spacings(_dark_columns(_raster(_striped_bar, 2), 2 * middle)) == {2 * STRIPE_PX}


def test_stripes_in_svg_match_the_image_and_stay_inside_their_bar(qapp):
    svg = _through_svg(_striped_bar)
    middle = round(BAR.center().y())
    assert _spacings(_dark_columns(svg, middle)) == {STRIPE_PX}
    outside = [(x, y) for y in range(HEIGHT) for x in range(WIDTH)
               if not BAR.adjusted(-1, -1, 1, 1).contains(x, y)
               and svg.pixelColor(x, y) != WHITE]
    assert outside == []
