"""Make the bundled Chinese font: Noto Sans CJK SC Regular, cut down to the characters of
GB 2312 (the 6,763 Hanzi of everyday Simplified Chinese and its symbols), CJK punctuation
and the full-width forms, so that an export shows Chinese on a machine with no CJK font.

Needs fonttools (``pip install fonttools``) and Debian's fonts-noto-cjk, which holds the
source font:

    python scripts/make_cjk_font.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FAMILY = "Noto Sans CJK SC"
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSansCJKsc-Subset.otf"


def gb2312_characters() -> set[str]:
    """Every character GB 2312 encodes (rows 0xA1 to 0xF7, cells 0xA1 to 0xFE)."""
    found = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                found.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return found


def wanted_characters() -> set[str]:
    ranges = [(0x3000, 0x303F), (0xFF00, 0xFFEF)]  # CJK punctuation, full-width forms
    return gb2312_characters() | {chr(c) for start, end in ranges for c in range(start, end + 1)}


def main() -> int:
    collection = TTCollection(str(SOURCE))
    fonts = [f for f in collection.fonts if f["name"].getDebugName(1) == FAMILY]
    if not fonts:
        print(f"{SOURCE} has no {FAMILY}", file=sys.stderr)
        return 1
    font = fonts[0]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in wanted_characters()])
    subsetter.subset(font)
    font.save(str(TARGET))
    print(f"{TARGET}: {TARGET.stat().st_size:,} bytes, "
          f"{len(font.getBestCmap()):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
