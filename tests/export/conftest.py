"""Shared fixtures of the export tests: the mini dataset and a fixed export date."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date
from pathlib import Path

import pytest

from timeline_app.model.events import Timeline
from timeline_app.model.loader import load_report

MINI_PATH = Path(__file__).parent / "fixtures" / "mini.json"


@pytest.fixture(scope="session")
def export_date() -> date:
    """A fixed export date, so that rendered pages do not change from day to day."""
    return date(2025, 1, 31)


@pytest.fixture(scope="session")
def mini_timeline() -> Timeline:
    return load_report(MINI_PATH).timeline
