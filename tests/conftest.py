"""Shared test set-up: offscreen Qt, throwaway settings and a small dataset file.

Qt is never imported here at module level, so the Qt-free core's tests still
run where PySide6 is not installed.

Under CI, property tests draw the same examples every run (hypothesis's
``derandomize``), so a merge is never judged by a lucky draw; runs elsewhere
keep drawing new examples, which is where new failures are found.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the interface follows the system's locale: every test starts from an English one
os.environ["LANG"] = "C.UTF-8"
for _name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_name, None)
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

HAS_QT = importlib.util.find_spec("PySide6") is not None

MARKUP_TITLE = "<b>x</b>"


@pytest.fixture(autouse=True, scope="session")
def english_interface(request: pytest.FixtureRequest) -> None:
    """The window's words in English, plural forms included, as a user with an English
    locale sees them; a test that switches the language switches it back."""
    if HAS_QT:
        request.getfixturevalue("qapp")
        from timeline_app.render.interface_language import install_language

        install_language("en")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The interface in Simplified Chinese for one test, English again after it."""
    from timeline_app.render.interface_language import install_language

    install_language("zh_CN")
    yield
    install_language("en")


@pytest.fixture
def restore_english(qapp) -> Iterator[None]:
    """English again after a test that switches the interface's language."""
    yield
    from timeline_app.render.interface_language import install_language

    install_language("en")


@pytest.fixture
def dataset_document() -> dict[str, Any]:
    """A fresh copy of the fixture document, for tests that break or extend it."""
    return fixture_document()


def fixture_document() -> dict[str, Any]:
    """Six events in three categories, spread over 2019–2024, one titled with markup."""
    return {
        "title": "Fixture chronology",
        "description": "A small dataset for the window tests.",
        "categories": [
            {"id": "forums", "label": "Forums", "color": "#3f7fbf"},
            {"id": "agreements", "label": "Agreements", "color": "#d9822b"},
            {"id": "training", "label": "Training", "color": "#f2e14c"},
        ],
        "sources": [
            {"id": "moj", "title": "Ministry article", "publisher": "Ministry of Justice",
             "author": "A. Writer", "published": "2025-09-28",
             "url": "https://en.moj.gov.cn/article"},
            {"id": "cri", "title": "CRI report", "publisher": "CRI Online",
             "published": "2019-03"},
        ],
        "events": [
            {"id": "forum-2019", "title": "Forum on judicial cooperation", "date": "2019-03-15",
             "category": "forums", "summary": "Judges met in Nanning.",
             "places": ["Nanning"], "sources": [{"source": "cri", "locator": "para. 2"}]},
            {"id": "forum-2020", "title": "Approximate forum", "date": "2020~",
             "category": "forums", "sources": [{"source": "cri"}]},
            {"id": "accord-2021", "title": "Two-year accord", "date": "2021/2022",
             "category": "agreements", "sources": [{"source": "moj"}]},
            {"id": "markup", "title": MARKUP_TITLE, "date": "2024-04",
             "display_date": "April 2024", "category": "agreements",
             "summary": "Signed <i>in</i> Nanning & Hanoi.",
             "actors": ["Guangxi High Court"], "places": ["Nanning"],
             "tags": ["arbitration"],
             "figures": [{"label": "Cases", "value": 1200, "unit": "cases"}],
             "sources": [{"source": "moj", "locator": "para. 7"}],
             "confidence": "confirmed",
             "links": ["https://example.org/report"]},
            {"id": "training-2024", "title": "Training course for clerks",
             "date": "2024-06-01", "category": "training", "sources": [{"source": "moj"}]},
            {"id": "forum-open", "title": "Standing forum", "date": "2024/..",
             "category": "forums", "sources": [{"source": "moj"}]},
        ],
    }


@pytest.fixture
def write_dataset(tmp_path: Path) -> Callable[..., Path]:
    """Write a document (the fixture dataset by default) to a .json file and return its path."""

    def write(document: dict[str, Any] | None = None, name: str = "fixture.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(document or fixture_document()), encoding="utf-8")
        return path

    return write


@pytest.fixture
def dataset_file(write_dataset: Callable[..., Path]) -> Path:
    return write_dataset()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    """Point QSettings at a fresh directory so no test reads or writes the user's settings."""
    if not HAS_QT:
        yield
        return
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield
