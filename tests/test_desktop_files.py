"""The desktop entry and AppStream metainfo are valid, name the app's id and icon, and
``install-desktop`` puts them (with the icons) in the XDG folders and takes them out."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from timeline_app import cli
from timeline_app.desktop_install import desktop_files, entry_for, exec_quoted
from timeline_app.identity import APP_ID, DISPLAY_NAME
from timeline_app.package_data import resources_dir

DESKTOP = resources_dir() / "desktop"
ENTRY = DESKTOP / f"{APP_ID}.desktop"
METAINFO = DESKTOP / f"{APP_ID}.metainfo.xml"


def validator(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (apt-get install {package})"
        if os.environ.get("CI"):
            pytest.fail(f"{message}, and .ci/run installs it")  # CI must not pass silently
        pytest.skip(message)
    return path


def test_the_desktop_entry_is_valid():
    result = subprocess.run([validator("desktop-file-validate", "desktop-file-utils"),
                             str(ENTRY)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_the_appstream_metainfo_is_valid():
    result = subprocess.run([validator("appstreamcli", "appstream"), "validate", "--no-net",
                             str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_entry_and_metainfo_name_the_apps_id_and_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ENTRY, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Name"] == DISPLAY_NAME
    assert group["Icon"] == APP_ID
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo


def test_every_hicolor_icon_has_the_size_its_folder_names():
    icons = [source for source, _ in desktop_files() if source.suffix == ".png"]
    assert len(icons) >= 6
    for icon in icons:
        size = int(icon.parent.parent.name.split("x")[0])
        image = QImage(str(icon))
        assert (image.width(), image.height()) == (size, size), icon
    assert (resources_dir() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
            ).is_file()


def test_install_desktop_puts_the_files_in_the_xdg_data_folder_and_uninstall_removes_them(
        tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert cli.main(["install-desktop"]) == 0
    installed = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert installed.is_file()
    assert (tmp_path / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
            ).is_file()
    exec_line = next(line for line in installed.read_text().splitlines()
                     if line.startswith("Exec="))
    assert exec_line.endswith(" %F") and "timeline-app" in exec_line
    assert cli.main(["install-desktop", "--uninstall"]) == 0
    left = [p for p in (tmp_path / "share").rglob("*")
            if p.is_file() and APP_ID in p.name]
    assert left == []
    assert "removed" in capsys.readouterr().out


def test_the_installed_entry_starts_this_installation_quoted_as_the_spec_asks():
    entry = entry_for(ENTRY.read_text(encoding="utf-8"), "/opt/my apps/bin/timeline-app")
    assert 'Exec="/opt/my apps/bin/timeline-app" %F' in entry
    assert "TryExec=/opt/my apps/bin/timeline-app" in entry
    assert exec_quoted("/usr/bin/timeline-app") == "/usr/bin/timeline-app"
    assert exec_quoted('/a$b/"c"') == '"/a\\$b/\\"c\\""'


def test_the_package_ships_the_desktop_files():
    for source, _ in desktop_files():
        assert source.is_file() and Path(resources_dir()) in source.parents
