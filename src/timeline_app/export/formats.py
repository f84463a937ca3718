"""Which image format a path asks for, decided from its extension alone, and the
sizes an export may have.

Qt-free, so that the command line can reject an unknown extension or size as a
usage error before it starts Qt.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path


class ImageFormat(Enum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


IMAGE_EXTENSIONS: tuple[str, ...] = tuple(f".{f.value}" for f in ImageFormat)

MIN_SIDE, MAX_SIDE = 320, 16000
"""The smallest and largest width or height of an exported image, in pixels."""


def image_format_for(path: str | os.PathLike[str]) -> ImageFormat:
    """The format named by ``path``'s extension (case-insensitive).

    Raises ValueError with a message naming the accepted extensions.
    """
    if not str(path).strip():
        raise ValueError(f"name the image to write, such as timeline.png; use "
                         f"{', '.join(IMAGE_EXTENSIONS)}")
    suffix = Path(path).suffix.lower()
    for image_format in ImageFormat:
        if suffix == f".{image_format.value}":
            return image_format
    shown = f"'{suffix}'" if suffix else "no extension"
    raise ValueError(f"{path}: cannot tell the image format from {shown}; "
                     f"use {', '.join(IMAGE_EXTENSIONS)}")
