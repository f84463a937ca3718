"""Fixtures of the view tests: the one state object the widgets share, and a timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.model.events import Timeline
from timeline_app.model.loader import load
from timeline_app.view.state import ViewState


@pytest.fixture
def state(qapp) -> ViewState:
    """An empty state; a widget fixture sets a timeline on it."""
    return ViewState()


@pytest.fixture
def timeline(dataset_file: Path) -> Timeline:
    """The fixture dataset of ``tests/conftest.py``, loaded."""
    return load(dataset_file)
