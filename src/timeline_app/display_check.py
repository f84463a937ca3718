"""Can Qt open a window here? Answered before QApplication exists.

Without a display, or with the xcb platform plugin unable to load a system
library, Qt prints a terse message and aborts the process. A user deserves
to be told what is missing and how to install it instead, so ``run_gui``
asks ``display_problem()`` first.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo  # QtCore needs no display, so this import is safe

from timeline_app.identity import DISPLAY_NAME

#: Platform plugins that need no display server.
HEADLESS_PLATFORMS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "eglfs",
                                "linuxfb", "vkkhrdisplay"})

#: Debian/Ubuntu packages for the libraries the xcb plugin most often lacks.
APT_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def display_problem(environ: os._Environ[str] | dict[str, str] | None = None,
                    platform: str = sys.platform) -> str | None:
    """None when a window can be shown; otherwise a message saying what is missing."""
    env = os.environ if environ is None else environ
    requested = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if requested in HEADLESS_PLATFORMS or not platform.startswith(("linux", "freebsd")):
        return None
    has_x11, has_wayland = bool(env.get("DISPLAY")), bool(env.get("WAYLAND_DISPLAY"))
    if not has_x11 and not has_wayland:
        return (f"{DISPLAY_NAME} needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
                "Run it from a desktop session, or under a virtual display with "
                "`xvfb-run timeline-app`.\nThe command-line tools (`timeline-app validate`, "
                "`list`, `export`) work without a display.")
    uses_xcb = requested == "xcb" or (not requested and has_x11)
    if not uses_xcb:
        return None
    display = env.get("DISPLAY", "")
    if not x_display_reachable(display):
        return (f"{DISPLAY_NAME} cannot connect to the X display {display!r} (from DISPLAY): "
                "is the X server running, and may this user use it?\n"
                "The command-line tools (`timeline-app validate`, `list`, `export`) work "
                "without a display.")
    missing = missing_libraries(xcb_plugin_path()) + missing_loaded_at_run_time()
    if not missing:
        return None
    packages = sorted({APT_PACKAGES.get(lib, "") for lib in missing} - {""})
    lines = [f"The Qt xcb platform plugin cannot load: {', '.join(missing)} "
             f"{'is' if len(missing) == 1 else 'are'} missing."]
    if packages:
        lines.append(f"On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}")
    lines.append(f"(checked with: ldd {xcb_plugin_path()})")
    return "\n".join(lines)


#: X display N listens on TCP port 6000 + N when it listens on TCP at all.
X_TCP_BASE = 6000


def x_display_reachable(display: str, timeout: float = 2.0) -> bool:
    """Whether an X server answers at ``display`` (``[host]:N[.screen]``).

    Qt aborts when it cannot connect; a socket connect tells first. A display
    that cannot be parsed is left for Qt to judge.
    """
    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not number.isdigit():
        return True
    if host in ("", "unix"):
        paths = [f"\0/tmp/.X11-unix/X{number}", f"/tmp/.X11-unix/X{number}"]
        for path in paths:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                try:
                    sock.connect(path)
                    return True
                except OSError:
                    continue
        if host == "unix":
            return False
        host = "localhost"
    try:
        with socket.create_connection((host, X_TCP_BASE + int(number)), timeout=timeout):
            return True
    except OSError:
        return False


#: Libraries the xcb plugin opens at run time, so ``ldd`` cannot see them missing.
RUN_TIME_LIBRARIES = ("libxcb-cursor.so.0",)


def missing_loaded_at_run_time() -> list[str]:
    missing = []
    for name in RUN_TIME_LIBRARIES:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def xcb_plugin_path() -> Path:
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return Path(plugins) / "platforms" / "libqxcb.so"


def missing_libraries(plugin: Path) -> list[str]:
    """The ``lib*.so`` names that ``ldd`` reports as 'not found' for ``plugin``."""
    ldd = shutil.which("ldd")
    if ldd is None or not plugin.exists():
        return []
    try:
        result = subprocess.run([ldd, str(plugin)], capture_output=True, text=True,
                                timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_ldd_missing(result.stdout)


def parse_ldd_missing(ldd_output: str) -> list[str]:
    missing = []
    for line in ldd_output.splitlines():
        name, arrow, target = line.strip().partition("=>")
        if arrow and target.strip() == "not found":
            missing.append(name.strip())
    return sorted(set(missing))
