"""Before Qt starts, the app says what is missing for a window instead of letting Qt abort."""

from __future__ import annotations

import socket
from pathlib import Path

from timeline_app import display_check
from timeline_app.display_check import display_problem, parse_ldd_missing

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffc)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
"""


def test_ldd_output_yields_the_libraries_not_found():
    assert parse_ldd_missing(LDD_OUTPUT) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]


def test_no_display_variable_on_linux_is_reported_with_a_way_out():
    message = display_problem({}, platform="linux")
    assert message is not None
    assert "DISPLAY" in message and "xvfb-run" in message


def test_headless_platforms_and_other_systems_need_no_display():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "minimal"}, platform="linux") is None
    assert display_problem({}, platform="win32") is None
    assert display_problem({}, platform="darwin") is None


def test_a_wayland_session_needs_no_xcb_libraries(monkeypatch):
    monkeypatch.setattr(display_check, "missing_libraries", lambda plugin: ["libxcb.so.1"])
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None


def test_missing_xcb_libraries_are_named_with_the_packages_to_install(monkeypatch):
    monkeypatch.setattr(display_check, "x_display_reachable", lambda display: True)
    monkeypatch.setattr(display_check, "missing_loaded_at_run_time", lambda: [])
    monkeypatch.setattr(display_check, "missing_libraries",
                        lambda plugin: ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"])
    message = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert message is not None
    assert "libxcb-cursor.so.0" in message
    assert "apt-get install libxcb-cursor0 libxkbcommon-x11-0" in message


def test_a_working_x_display_is_accepted(monkeypatch):
    monkeypatch.setattr(display_check, "x_display_reachable", lambda display: True)
    monkeypatch.setattr(display_check, "missing_loaded_at_run_time", lambda: [])
    monkeypatch.setattr(display_check, "missing_libraries", lambda plugin: [])
    assert display_problem({"DISPLAY": ":0"}, platform="linux") is None


def test_an_x_display_nobody_answers_is_reported_before_qt_aborts():
    message = display_problem({"DISPLAY": ":987"}, platform="linux")
    assert message is not None and "cannot connect to the X display ':987'" in message


def test_an_x_server_listening_on_tcp_counts_as_a_display(monkeypatch):
    monkeypatch.setattr(display_check, "X_TCP_BASE", 0)  # display N is then port N
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        assert display_check.x_display_reachable(f"127.0.0.1:{port}.0")
    assert not display_check.x_display_reachable(f"127.0.0.1:{port}", timeout=0.5)


def test_a_library_the_plugin_opens_at_run_time_is_named_when_missing(monkeypatch):
    monkeypatch.setattr(display_check, "x_display_reachable", lambda display: True)
    monkeypatch.setattr(display_check, "missing_libraries", lambda plugin: [])
    monkeypatch.setattr(display_check, "missing_loaded_at_run_time",
                        lambda: ["libxcb-cursor.so.0"])
    message = display_problem({"DISPLAY": ":0"}, platform="linux")
    assert message is not None and "apt-get install libxcb-cursor0" in message


def test_the_xcb_plugin_path_points_at_the_plugin_qt_ships():
    path = display_check.xcb_plugin_path()
    assert path.name == "libqxcb.so" and path.parent.name == "platforms"
    assert path.is_file()


def test_a_plugin_that_is_not_there_has_no_missing_libraries_to_name():
    assert display_check.missing_libraries(Path("/nonexistent/plugin.so")) == []
