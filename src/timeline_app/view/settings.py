"""The window's remembered state, with types, over QSettings.

QSettings hands back strings (or lists, or nothing) depending on the backend,
so every getter here converts and falls back to a default instead of trusting
what is stored: a hand-edited or stale settings file must never break startup.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from timeline_app.layout.colouring import ColourBy
from timeline_app.model.date_words import Era

MAX_RECENT_FILES = 10


class ThemeChoice(Enum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def adopt_old_settings(old_organization: str, old_application: str) -> bool:
    """Copy the settings stored under an older name into the current one, if the current
    one is still empty; the old file is left as it was. Whether anything was copied."""
    current = QSettings()
    if current.allKeys():
        return False
    old = QSettings(old_organization, old_application)
    keys = old.allKeys()
    for key in keys:
        current.setValue(key, old.value(key))
    current.sync()
    return bool(keys)


class AppSettings:
    """Typed getters and setters for everything the window remembers between runs."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def theme(self) -> ThemeChoice:
        try:
            return ThemeChoice(str(self._settings.value("view/theme", ThemeChoice.SYSTEM.value)))
        except ValueError:
            return ThemeChoice.SYSTEM

    def set_theme(self, choice: ThemeChoice) -> None:
        self._settings.setValue("view/theme", choice.value)

    def era(self) -> Era:
        """How years before year 1 are named (BCE/CE unless chosen otherwise)."""
        try:
            return Era(str(self._settings.value("view/era", Era.BCE.value)))
        except ValueError:
            return Era.BCE

    def set_era(self, era: Era) -> None:
        self._settings.setValue("view/era", era.value)

    def colour_by(self) -> ColourBy:
        """What marks are coloured by (category unless chosen otherwise)."""
        try:
            return ColourBy(str(self._settings.value("view/colour_by", ColourBy.CATEGORY.value)))
        except ValueError:
            return ColourBy.CATEGORY

    def set_colour_by(self, mode: ColourBy) -> None:
        self._settings.setValue("view/colour_by", mode.value)

    def group_by_category(self) -> bool:
        value = self._settings.value("view/group_by_category", False)
        return value is True or str(value).lower() == "true"

    def set_group_by_category(self, on: bool) -> None:
        self._settings.setValue("view/group_by_category", on)

    def last_file(self) -> str | None:
        value = self._settings.value("files/last", "")
        return str(value) if value else None

    def set_last_file(self, path: str | None) -> None:
        self._settings.setValue("files/last", path or "")

    def recent_files(self) -> list[str]:
        value = self._settings.value("files/recent", [])
        if isinstance(value, str):  # the INI backend returns a one-item list as a string
            value = [value] if value else []
        items = value if isinstance(value, list) else []
        return [str(item) for item in items if item][:MAX_RECENT_FILES]

    def add_recent_file(self, path: str) -> list[str]:
        """Put ``path`` first in the recent list (once) and return the new list."""
        resolved = str(Path(path).resolve())
        recent = [resolved, *(p for p in self.recent_files() if p != resolved)]
        self._set_recent(recent[:MAX_RECENT_FILES])
        return self.recent_files()

    def remove_recent_file(self, path: str) -> list[str]:
        self._set_recent([p for p in self.recent_files() if p != path])
        return self.recent_files()

    def clear_recent_files(self) -> None:
        self._set_recent([])

    def sync(self) -> None:
        self._settings.sync()

    def _set_recent(self, paths: list[str]) -> None:
        self._settings.setValue("files/recent", paths)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
