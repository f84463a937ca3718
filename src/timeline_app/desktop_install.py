"""Putting the app in the user's desktop menu, and taking it out again.

``timeline-app install-desktop`` copies the desktop entry, the AppStream metainfo and the
hicolor icons that ship in the package into the user's XDG data folder
(``$XDG_DATA_HOME``, else ``~/.local/share``), as the XDG base directory, desktop entry and
icon theme specifications place them. The entry's ``Exec`` names the command that ran the
install, so the menu starts that installation even where it is not on the ``PATH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from timeline_app.atomic_write import write_bytes_atomically
from timeline_app.identity import APP_ID, COMMAND
from timeline_app.package_data import resources_dir

ENTRY = f"{APP_ID}.desktop"


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if it is an absolute path (the specification ignores any other),
    else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def desktop_files() -> list[tuple[Path, Path]]:
    """Each shipped file, and where it goes under the data folder."""
    resources = resources_dir()
    files = [(resources / "desktop" / ENTRY, Path("applications") / ENTRY),
             (resources / "desktop" / f"{APP_ID}.metainfo.xml",
              Path("metainfo") / f"{APP_ID}.metainfo.xml")]
    hicolor = resources / "icons" / "hicolor"
    files += [(icon, Path("icons") / "hicolor" / icon.relative_to(hicolor))
              for icon in sorted(hicolor.glob(f"*/apps/{APP_ID}.*"))]
    return files


def install(command: str | None = None) -> list[Path]:
    """Copy the files into the data folder, the entry starting ``command`` (default: the
    command of this installation); the paths written."""
    home = data_home()
    written = []
    for source, relative in desktop_files():
        data = source.read_bytes()
        if relative.name == ENTRY:
            data = entry_for(data.decode("utf-8"), command or installed_command()).encode()
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(home / relative, data)
        written.append(home / relative)
    _refresh_caches(home)
    return written


def uninstall() -> list[Path]:
    """Remove what ``install`` wrote; the paths removed."""
    home = data_home()
    removed = []
    for _, relative in desktop_files():
        target = home / relative
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(home)
    return removed


def entry_for(entry: str, command: str) -> str:
    """The desktop entry with ``Exec`` and ``TryExec`` naming ``command``."""
    lines = []
    for line in entry.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_quoted(command)} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={command}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def exec_quoted(command: str) -> str:
    """``command`` as the desktop entry specification quotes an Exec argument: in double
    quotes, with ``"``, `` ` ``, ``$`` and ``\\`` escaped, when it holds a reserved character."""
    if not any(c in command for c in " \t\n\"'\\><~|&;$*?#()`"):
        return command
    escaped = "".join(f"\\{c}" if c in '"`$\\' else c for c in command)
    return f'"{escaped}"'


def installed_command() -> str:
    """The absolute path of this installation's ``timeline-app`` script: beside the running
    interpreter (a venv or pipx), else the one on the ``PATH``, else the bare name."""
    beside = Path(sys.executable).parent / COMMAND
    if beside.is_file():
        return str(beside)
    return shutil.which(COMMAND) or COMMAND


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the change where its cache tools are installed (they are
    optional: menus also rescan on their own)."""
    for tool, argument in (("update-desktop-database", home / "applications"),
                           ("gtk-update-icon-cache", home / "icons" / "hicolor")):
        path = shutil.which(tool)
        if path is not None and argument.is_dir():
            subprocess.run([path, "-q", str(argument)], check=False, capture_output=True)
