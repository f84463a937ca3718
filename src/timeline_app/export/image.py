"""PNG, SVG and PDF files of one drawing, each written atomically.

Every format is painted by the same ``Drawing.paint`` into a QPainter whose
coordinates are logical pixels ``0..width`` × ``0..height``, so the files
match the screen and each other. Each file is rendered into memory first and
then written with ``atomic_target``: Qt's own file writers report a full disk
only as a quiet ``False``, while a Python write raises ``OSError`` and the old
file stays untouched.

- PNG: ``width*scale`` × ``height*scale`` pixels, ``96*scale`` DPI recorded,
  so a 2× image prints at the same physical size as a 1× one.
- SVG: ``viewBox`` in logical pixels, ``<title>``/``<desc>`` set, text as
  ``<text>`` elements (QSvgGenerator escapes it: a title is never markup).
- PDF: vector, text selectable, one page of exactly the drawing's aspect
  ratio, no margins, title and creator set. A logical pixel is one point:
  PDF page sizes are whole points, so any other ratio would round the aspect.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app import __version__
from timeline_app.atomic_write import atomic_target
from timeline_app.export.formats import ImageFormat, image_format_for
from timeline_app.identity import DISPLAY_NAME

SCREEN_DPI = 96
PDF_DPI = 72
CREATOR = f"{DISPLAY_NAME} {__version__}"
_INCHES_PER_METRE = 1 / 0.0254


class Drawing(Protocol):
    """Something that paints itself into a logical ``width`` × ``height`` area."""

    @property
    def title(self) -> str: ...

    @property
    def description(self) -> str: ...

    def paint(self, painter: QPainter, width: float, height: float) -> None: ...


def write_image(path: str | os.PathLike[str], drawing: Drawing, width: int, height: int,
                scale: int = 1, *, force: bool = False) -> Path:
    """Write ``drawing`` to ``path`` in the format its extension names; return the path.

    Raises ValueError for an unknown extension and WriteError when the file
    cannot be written (the existing file, if any, is then unchanged); ``force``
    replaces a read-only file.
    """
    image_format = image_format_for(path)
    data = RENDERERS[image_format](drawing, width, height, scale)
    with atomic_target(path, force=force) as temp:
        temp.write_bytes(data)
    return Path(path)


def render_image(drawing: Drawing, width: int, height: int, scale: int = 1) -> QImage:
    """A raster of ``drawing``: ``width*scale`` × ``height*scale`` pixels."""
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(SCREEN_DPI * scale * _INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        drawing.paint(painter, width, height)
    finally:
        painter.end()
    return image


def png_bytes(drawing: Drawing, width: int, height: int, scale: int = 1) -> bytes:
    image = render_image(drawing, width, height, scale)
    # PySide6's stubs type the format as bytes, but it takes only a str at run time
    return _save_to_bytes(lambda buffer: image.save(buffer, "PNG"),  # type: ignore[call-overload]
                          "PNG")


def svg_bytes(drawing: Drawing, width: int, height: int, scale: int = 1) -> bytes:
    """``scale`` does not apply to a vector image; it is accepted for a uniform signature."""
    del scale

    def paint(buffer: QBuffer) -> bool:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(SCREEN_DPI)
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(drawing.title)
        generator.setDescription(drawing.description)
        return _paint_on(generator, drawing, width, height)

    return xml_safe(_save_to_bytes(paint, "SVG"))


NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
"""Characters XML 1.0 cannot hold at all, not even escaped (C0 controls but tab, line
feed and carriage return; U+FFFE and U+FFFF). QSvgGenerator writes them as they are."""


def xml_safe(svg: bytes) -> bytes:
    """The SVG with every character XML cannot hold shown as U+FFFD, so that the file is
    well-formed whatever the data's text held (validation warns about them)."""
    text = svg.decode("utf-8")
    return NOT_IN_XML.sub("\ufffd", text).encode("utf-8") if NOT_IN_XML.search(text) else svg


def pdf_bytes(drawing: Drawing, width: int, height: int, scale: int = 1) -> bytes:
    """One vector page; ``scale`` does not apply and is accepted for a uniform signature."""
    del scale

    def paint(buffer: QBuffer) -> bool:
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_DPI)
        page = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "timeline",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle(drawing.title)
        writer.setCreator(CREATOR)
        return _paint_on(writer, drawing, width, height)

    return _save_to_bytes(paint, "PDF")


RENDERERS: dict[ImageFormat, Callable[[Drawing, int, int, int], bytes]] = {
    ImageFormat.PNG: png_bytes,
    ImageFormat.SVG: svg_bytes,
    ImageFormat.PDF: pdf_bytes,
}


def _paint_on(device: QSvgGenerator | QPdfWriter, drawing: Drawing, width: int,
              height: int) -> bool:
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        drawing.paint(painter, width, height)
    finally:
        painter.end()
    return True


def _save_to_bytes(produce: Callable[[QBuffer], bool], name: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = produce(buffer)
    buffer.close()
    if not ok or data.isEmpty():
        raise RuntimeError(f"Qt could not produce the {name} image")
    return bytes(data.data())
