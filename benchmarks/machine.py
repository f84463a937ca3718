"""What the numbers were measured on: hardware, software and the source tree."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import qVersion

REPO = Path(__file__).resolve().parent.parent


def describe() -> dict[str, Any]:
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": _ram_gb(),
        "os": _os_name(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "source": _source_state(),
    }


def _cpu_model() -> str:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.processor() or platform.machine()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "model name":
            return value.strip()
    return platform.machine()


def _ram_gb() -> float | None:
    try:
        pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return None
    return round(pages * page_size / 2**30, 1)


def _os_name() -> str:
    try:
        release = Path("/etc/os-release").read_text(encoding="utf-8")
    except OSError:
        return platform.platform()
    for line in release.splitlines():
        if line.startswith("PRETTY_NAME="):
            return line.partition("=")[2].strip('"')
    return platform.platform()


def _source_state() -> dict[str, Any]:
    """The commit measured and the source files that differed from it, if any."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout

    try:
        commit = git("rev-parse", "--short", "HEAD").strip()
        changed = git("status", "--porcelain", "--", "src").splitlines()
    except (OSError, subprocess.CalledProcessError):
        return {"commit": None, "changed_src_files": []}
    return {"commit": commit, "changed_src_files": [line[3:] for line in changed]}
