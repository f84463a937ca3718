"""Fixtures of the view tests: the one state object the widgets share, a timeline, and
the main window on it with its text dialogs recorded instead of shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.app import create_main_window
from timeline_app.model.events import Timeline
from timeline_app.model.loader import load
from timeline_app.view.main_window import MainWindow
from timeline_app.view.state import ViewState
from timeline_app.view.text_dialog import TextDialog


@pytest.fixture
def state(qapp) -> ViewState:
    """An empty state; a widget fixture sets a timeline on it."""
    return ViewState()


@pytest.fixture
def timeline(dataset_file: Path) -> Timeline:
    """The fixture dataset of ``tests/conftest.py``, loaded."""
    return load(dataset_file)


@pytest.fixture
def dialogs(monkeypatch) -> list[TextDialog]:
    """Text dialogs the window opened (``exec`` or ``open``), recorded instead of shown."""
    shown: list[TextDialog] = []
    monkeypatch.setattr(TextDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(TextDialog, "open", lambda self: shown.append(self))
    return shown


@pytest.fixture
def window(qtbot, dataset_file: Path, dialogs) -> MainWindow:
    """The main window on the fixture dataset, shown."""
    win = create_main_window(dataset_file)
    assert isinstance(win, MainWindow)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
