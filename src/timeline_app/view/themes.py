"""Light, dark and system-following palettes for the whole application.

The widgets take their colours from the QApplication palette; the timeline
canvas takes a ``render.style.Theme``. Both are switched together here so the
canvas never disagrees with the docks around it. The palettes are meant for
the Fusion style (set in ``app.py``), which honours every palette role on every
platform, unlike the native Windows and macOS styles.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from timeline_app.package_data import resource_path
from timeline_app.render.style import Theme
from timeline_app.view.settings import ThemeChoice


def resolve(choice: ThemeChoice) -> ThemeChoice:
    """LIGHT or DARK: what ``choice`` means right now (SYSTEM follows the desktop)."""
    if choice is not ThemeChoice.SYSTEM:
        return choice
    scheme = QGuiApplication.styleHints().colorScheme()
    return ThemeChoice.DARK if scheme == Qt.ColorScheme.Dark else ThemeChoice.LIGHT


def apply_theme(choice: ThemeChoice) -> Theme:
    """Set the application palette for ``choice`` and return the matching canvas theme."""
    dark = resolve(choice) is ThemeChoice.DARK
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setPalette(dark_palette() if dark else light_palette())
        app.setStyleSheet(DARK_DOCK_BUTTONS if dark else "")
    return Theme.dark() if dark else Theme.light()


def _dark_dock_buttons() -> str:
    """The docks' close and float buttons in light strokes: the style's own icons are
    dark and vanish on a dark title bar."""
    close = resource_path("icons/dock-close-light.svg").as_posix()
    float_ = resource_path("icons/dock-float-light.svg").as_posix()
    return (f"QDockWidget {{ titlebar-close-icon: url({close}); "
            f"titlebar-normal-icon: url({float_}); }}")


DARK_DOCK_BUTTONS = _dark_dock_buttons()


def light_palette() -> QPalette:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.style().standardPalette()
    return QPalette()


def dark_palette() -> QPalette:
    """A dark palette with WCAG AA contrast for text, links and selections."""
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#e6e6e6")
    disabled = QColor("#7f8388")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9a9ea3"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#3c3f41"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#4a4d50"),
        QPalette.ColorRole.Midlight: QColor("#3f4245"),
        QPalette.ColorRole.Mid: QColor("#35373a"),
        QPalette.ColorRole.Dark: QColor("#1a1b1d"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#2f65ca"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#6cb4ff"),
        QPalette.ColorRole.LinkVisited: QColor("#c29bff"),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def swatch_icon(color: str, size: int) -> QIcon:
    """A small square of a category colour, shown beside its name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def readable_text_color(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""
    color = QColor(background)

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                 + 0.0722 * channel(color.blueF()))
    return "#000000" if luminance > 0.179 else "#ffffff"
