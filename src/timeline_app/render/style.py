"""Colours and fonts for the timeline canvas and its exports, light and dark.

Fonts come from the bundled DejaVu Sans, with the bundled Noto Sans CJK SC subset behind it
for Chinese (``resources/fonts``), loaded once, and are sized in pixels, so a PNG rendered
on any machine looks the same.
Category colours from the data are adjusted per theme so that each reads on
that theme's background (darkened on light, lightened on dark).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF

from timeline_app.layout.frame import LayoutMetrics
from timeline_app.package_data import resource_path

FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
CJK_FONT_FILE = "fonts/NotoSansCJKsc-Subset.otf"
CJK_FAMILY = "Noto Sans CJK SC"
THEME_NAMES = ("light", "dark")


@lru_cache(maxsize=1)
def font_family() -> str:
    """The bundled family's name; registers the font files on first call.

    Needs a QGuiApplication. If a file cannot be registered, the family name
    still resolves through the system's fonts where DejaVu is installed.
    """
    return _register(FONT_FILES, FALLBACK_FAMILY)


@lru_cache(maxsize=1)
def cjk_family() -> str:
    """The bundled Chinese font (GB 2312's characters), behind DejaVu Sans for every
    character DejaVu lacks: Chinese text draws the same on a machine with no CJK font."""
    return _register((CJK_FONT_FILE,), CJK_FAMILY)


def _register(files: tuple[str, ...], family: str) -> str:
    for name in files:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def ui_font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies([font_family(), cjk_family()])
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


@dataclass(frozen=True, slots=True)
class Theme:
    """Canvas colours as '#RRGGBB' strings; frozen and hashable so painters can cache per theme."""

    name: str
    is_dark: bool
    background: str
    band_alternate: str
    foreground: str
    axis: str
    grid: str
    year_line: str
    selection: str
    hover: str
    muted: str
    cluster: str
    font_px: int = 12

    @classmethod
    def light(cls) -> Theme:
        return cls("light", False, background="#ffffff", band_alternate="#f4f5f7",
                   foreground="#1d1f22", axis="#3c4045", grid="#e3e5e8", year_line="#9aa0a6",
                   selection="#1a5fd0", hover="#6e9be6", muted="#5f6368",
                   cluster="#70757a")

    @classmethod
    def dark(cls) -> Theme:
        return cls("dark", True, background="#1e1f22", band_alternate="#25272a",
                   foreground="#e6e6e6", axis="#c4c7c5", grid="#33363a", year_line="#6d7278",
                   selection="#7fb2ff", hover="#5a86c8", muted="#a8acb0",
                   cluster="#9aa0a6")

    @classmethod
    def named(cls, name: str) -> Theme:
        """The theme called ``name`` (one of ``THEME_NAMES``)."""
        if name not in THEME_NAMES:
            raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEME_NAMES)}")
        return cls.dark() if name == "dark" else cls.light()

    def category_color(self, value: str) -> QColor:
        """``value`` adjusted to read on this theme's background."""
        return QColor(_adjusted(value, self.is_dark))

    def font(self, bold: bool = False, scale: float = 1.0) -> QFont:
        return ui_font(round(self.font_px * scale), bold)

    def layout_metrics(self) -> LayoutMetrics:
        """Sizes for layout measured from this theme's font."""
        metrics = QFontMetricsF(self.font())
        # Tick labels are digits and month names: never estimate below a digit.
        char_width = max(metrics.averageCharWidth() * 1.1, metrics.horizontalAdvance("0"))
        return LayoutMetrics(char_width=char_width, line_height=metrics.height())


@lru_cache(maxsize=512)
def _adjusted(value: str, dark: bool) -> str:
    """Clamp HSL lightness: at most 0.42 on light backgrounds, at least 0.62 on dark ones."""
    color = QColor(value)
    if not color.isValid():
        color = QColor("#808080")
    hue, saturation, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
    lightness = max(lightness, 0.62) if dark else min(lightness, 0.42)
    return QColor.fromHslF(max(hue, 0.0), saturation, lightness).name()
