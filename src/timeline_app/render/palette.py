"""The Qt objects one theme paints with (colours, pens, fonts), built once, and the
caches of what painting measures again and again.

Panning repaints the same labels at the same widths frame after frame, so
elided titles, prepared static texts and text widths are cached per theme.
Each cache is bounded: past ``CACHE_SIZE`` entries it starts afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen, QStaticText, QTransform

from timeline_app.render.marks import mixed
from timeline_app.render.style import Theme

CACHE_SIZE = 8192
CLUSTER_FILL_OPACITY = 0.55
_UNKNOWN_COLOR = "#808080"

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """``make(key)``, remembered for up to ``size`` keys, then forgotten all at once."""

    def __init__(self, make: Callable[[K], V], size: int = CACHE_SIZE) -> None:
        self._make, self._size = make, size
        self._values: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        value = self._values.get(key)
        if value is None:
            if len(self._values) >= self._size:
                self._values.clear()
            value = self._values[key] = self._make(key)
        return value


class TextFont(Enum):
    """The fonts the canvas draws text in."""

    LABEL = "label"
    BOLD = "bold"  # band headers, major ticks, the selected event's label
    SMALL = "small"  # cluster counts


class Palette:
    """QColor/QPen/QBrush/QFont for one theme, and the caches of painting."""

    def __init__(self, theme: Theme) -> None:
        self.theme = theme
        self.background = QColor(theme.background)
        self.foreground = QColor(theme.foreground)
        self.muted = QColor(theme.muted)
        self.grid_pen = QPen(QColor(theme.grid), 1.0)
        self.year_pen = QPen(QColor(theme.year_line), 1.0)
        self.axis_pen = QPen(QColor(theme.axis), 1.0)
        self.selection_pen = QPen(QColor(theme.selection), 2.5)
        self.hover_pen = QPen(QColor(theme.hover), 1.5)
        self.band_brush = QBrush(QColor(theme.band_alternate))
        self.cluster_pen = QPen(QColor(theme.cluster), 1.0)
        self.fonts = {TextFont.LABEL: theme.font(), TextFont.BOLD: theme.font(bold=True),
                      TextFont.SMALL: theme.font(scale=0.85)}
        self.metrics = {font: QFontMetricsF(qfont) for font, qfont in self.fonts.items()}
        self._category = BoundedCache(self.theme.category_color)
        self._cluster_fill = BoundedCache(self._make_cluster_fill)
        self.elided = BoundedCache(self._make_elided)
        self.static_text = BoundedCache(self._make_static_text)
        self.text_width = BoundedCache(self._make_text_width)

    def font(self, font: TextFont) -> QFont:
        return self.fonts[font]

    def category(self, category_id: str, colors: Mapping[str, str]) -> QColor:
        """The theme-adjusted colour of a category (``colors``: id -> '#RRGGBB')."""
        return self._category(colors.get(category_id, _UNKNOWN_COLOR))

    def cluster_fill(self, category_id: str, colors: Mapping[str, str],
                     on_alternate: bool) -> QColor:
        """The category colour premixed over the band's background, opaque.

        Opaque on purpose: a whole-range frame fills most of its pixels with
        clusters, and translucent fills cost far more to rasterize.
        """
        return self._cluster_fill((colors.get(category_id, _UNKNOWN_COLOR), on_alternate))

    def count_label(self, count: int, room: float) -> tuple[str, float]:
        """'12,345' or, when that is wider than ``room``, '12k'; with its width."""
        for text in (f"{count:,}", compact_count(count)):
            width = self.text_width((text, TextFont.SMALL))
            if width <= room:
                break
        return text, width

    def _make_cluster_fill(self, key: tuple[str, bool]) -> QColor:
        hex_value, on_alternate = key
        behind = self.band_brush.color() if on_alternate else self.background
        return mixed(self._category(hex_value), behind, CLUSTER_FILL_OPACITY)

    def _make_elided(self, key: tuple[str, int, TextFont]) -> str:
        """A title elided to a whole number of pixels in one of the fonts."""
        title, width, font = key
        return self.metrics[font].elidedText(title, Qt.TextElideMode.ElideRight, width)

    def _make_static_text(self, key: tuple[str, TextFont]) -> QStaticText:
        """Text laid out once, as plain text: drawing a prepared QStaticText skips the
        shaping that ``drawText`` repeats on every call."""
        text, font = key
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), self.fonts[font])
        return static

    def _make_text_width(self, key: tuple[str, TextFont]) -> float:
        text, font = key
        return self.metrics[font].horizontalAdvance(text)


_palettes = BoundedCache(Palette, size=16)


def palette_for(theme: Theme) -> Palette:
    """The palette of ``theme``, built on first use."""
    return _palettes(theme)


def compact_count(count: int) -> str:
    """'2.9k', '12k', '1.2M': a count that fits a narrow cluster."""
    for limit, suffix in ((1_000_000, "M"), (1_000, "k")):
        if count >= limit:
            value = count / limit
            return f"{value:.1f}{suffix}" if value < 10 else f"{value:.0f}{suffix}"
    return str(count)
