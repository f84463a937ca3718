"""Ctrl+C in the terminal quits the window cleanly: the app, started as a user starts it,
exits 0 on SIGINT with no traceback, and saves its state as closing the window does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def test_ctrl_c_in_the_terminal_closes_the_window_and_exits_0(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"))
    app = subprocess.Popen([sys.executable, "-m", "timeline_app"], env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    log = tmp_path / "state" / "timeline_app" / "timeline_app.log"
    deadline = time.monotonic() + 60
    while not (log.exists() and "the window is shown" in log.read_text(encoding="utf-8")):
        assert app.poll() is None, app.communicate()
        assert time.monotonic() < deadline, "the window was never shown"
        time.sleep(0.1)
    app.send_signal(signal.SIGINT)
    _, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert list((tmp_path / "config").rglob("*.conf")), "closing saves the window's state"
