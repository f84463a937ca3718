"""The app presents itself to the desktop by its display name, version and reverse-DNS id,
and keeps the settings a user had under its older name."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from timeline_app import __version__
from timeline_app.app import ensure_application
from timeline_app.identity import APP_ID, DISPLAY_NAME, OLD_SETTINGS_NAME, ORGANIZATION
from timeline_app.view.settings import adopt_old_settings


def test_the_application_has_a_display_name_a_version_and_a_desktop_id(qapp):
    app = ensure_application()
    assert app is QApplication.instance()
    assert app.applicationDisplayName() == DISPLAY_NAME == "Timeline App"
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == APP_ID
    assert (app.organizationName(), app.applicationName()) == (ORGANIZATION, ORGANIZATION)


def test_settings_under_the_old_name_are_adopted_once_and_left_in_place(qapp):
    ensure_application()
    old = QSettings(OLD_SETTINGS_NAME, OLD_SETTINGS_NAME)
    old.setValue("view/theme", "dark")
    old.setValue("files/recent", ["/data/a.json", "/data/b.csv"])
    old.sync()
    current = QSettings()
    current.clear()
    current.sync()
    assert adopt_old_settings(OLD_SETTINGS_NAME, OLD_SETTINGS_NAME)
    current = QSettings()
    assert current.value("view/theme") == "dark"
    assert current.value("files/recent") == ["/data/a.json", "/data/b.csv"]
    assert QSettings(OLD_SETTINGS_NAME, OLD_SETTINGS_NAME).value("view/theme") == "dark"
    current.setValue("view/theme", "light")
    current.sync()
    assert not adopt_old_settings(OLD_SETTINGS_NAME, OLD_SETTINGS_NAME), "only once"
    assert QSettings().value("view/theme") == "light"
