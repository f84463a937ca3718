"""Fixtures of the view tests: the one state object the widgets share."""

from __future__ import annotations

import pytest

from timeline_app.view.state import ViewState


@pytest.fixture
def state(qapp) -> ViewState:
    """An empty state; a widget fixture sets a timeline on it."""
    return ViewState()
