"""A crash is told apart from a bad file: exit status 3, a short message that points to
the log, and the traceback in the log, from the CLI and from the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from timeline_app import cli
from timeline_app.app import show_crash
from timeline_app.crash_log import EXIT_CRASH, log_path, stop_logging


def test_a_defect_exits_3_with_a_pointer_to_the_log_and_no_traceback(tmp_path, monkeypatch,
                                                                    capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))

    def broken(*_args):
        raise ZeroDivisionError("a defect planted by the test")

    monkeypatch.setattr(cli, "_validate", broken)
    assert cli.main(["validate", "anything.json"]) == EXIT_CRASH
    err = capsys.readouterr().err
    assert err.startswith("timeline-app: internal error (a defect of timeline_app, not a "
                          "problem with your file): ZeroDivisionError: a defect planted")
    assert str(log_path()) in err and "Traceback" not in err
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "a defect planted by the test" in logged
    assert log_path() == tmp_path / "timeline_app" / "timeline_app.log"


def test_a_bad_file_still_exits_1(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert cli.main(["validate", str(bad)]) == 1


def test_an_exception_in_the_window_is_shown_with_the_log(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    try:
        raise KeyError("planted")
    except KeyError as error:
        show_crash(type(error), error, error.__traceback__)
    assert shown and "KeyError" in shown[0] and str(log_path()) in shown[0]
    assert "planted" in log_path().read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def fresh_logger():
    """Each test logs to its own folder."""
    yield
    stop_logging()
