"""The details panel shows one event as its sources state it, never file text as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocumentFragment
from PySide6.QtWidgets import QTextBrowser

from tests.formats.conftest import FIXTURES
from tests.view.interact import click_row
from tests.view.translated import (
    CHINESE_FORUMS,
    CHINESE_SUMMARY,
    CHINESE_TITLE,
    CHINESE_TRAINING,
    translated,
)
from timeline_app.formats.opening import open_report
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Event, Timeline
from timeline_app.model.loader import load
from timeline_app.view.details_panel import (
    DetailsPanel,
    date_from_text_note,
    empty_text,
    event_html,
    link_html,
)
from timeline_app.view.event_list import EventList
from timeline_app.view.state import ViewState


@pytest.fixture
def panel(qtbot, state: ViewState, timeline: Timeline) -> DetailsPanel:
    widget = DetailsPanel(state)
    qtbot.addWidget(widget)
    state.set_timeline(timeline)
    return widget


def test_the_panel_invites_a_selection_when_nothing_is_selected(panel):
    assert panel.objectName() == "detailsPanel"
    assert empty_text() in panel.plain_text()


def test_a_markup_title_is_shown_literally_with_its_angle_brackets(state, panel):
    state.select("markup")
    assert panel.plain_text().startswith("<b>x</b>")  # as markup it would read just "x"


def test_the_date_is_shown_as_worded_and_as_its_span(state, panel):
    state.select("markup")
    text = panel.plain_text()
    assert "April 2024\nSpan: 1–30 Apr 2024\nEDTF: 2024-04" in text
    assert "Read as" not in text  # the wording and the reading are the same


@pytest.mark.parametrize(("date", "words"), [
    ("Y-66084050/Y-65998050", "66,084,051 BCE to 65,998,051 BCE"),
    ("1969-07-20T20:17:39Z", "20 Jul 1969 20:17:39 UTC"),
])
def test_a_span_that_only_restates_the_date_is_not_repeated(date, words):
    event = Event(id="e", title="An event", date=parse_edtf(date), category="c")
    text = QTextDocumentFragment.fromHtml(event_html(Timeline.build("T", None, [], [], [event]),
                                                     event)).toPlainText()
    assert f"{words}\nEDTF: {date}" in text and "Span:" not in text


def test_qualified_dates_say_approximate_and_open_ended(state, panel):
    state.select("forum-2020")
    assert "approximate" in panel.plain_text()
    state.select("forum-open")
    assert "open-ended" in panel.plain_text()


def test_the_body_lists_summary_people_places_figures_tags_and_confidence(state, panel):
    state.select("markup")
    text = panel.plain_text()
    for expected in ("Signed <i>in</i> Nanning & Hanoi.", "Guangxi High Court", "Nanning",
                     "Cases: 1,200 cases", "arbitration", "Confidence: confirmed", "Agreements"):
        assert expected in text


def test_each_source_shows_title_publisher_author_date_and_locator(state, panel):
    state.select("markup")
    text = panel.plain_text()
    for expected in ("Ministry article", "Ministry of Justice", "Author: A. Writer",
                     "Published: 28 Sep 2025", "Locator: para. 7"):
        assert expected in text


def test_only_http_and_https_links_become_anchors():
    assert link_html("https://example.org/a") == (
        '<a href="https://example.org/a">https://example.org/a</a>')
    assert "<a" not in link_html("javascript:alert(1)")
    assert "<a" not in link_html("file:///etc/passwd")


def test_a_non_web_link_in_the_file_is_shown_as_text_not_as_an_anchor(write_dataset,
                                                                      dataset_document):
    document = dataset_document
    document["events"][0]["links"] = ["javascript:alert(1)"]
    timeline = load(write_dataset(document))
    html = event_html(timeline, timeline.event_by_id["forum-2019"])
    assert "javascript:alert(1)" in html
    assert 'href="javascript' not in html


def test_clicking_a_web_link_opens_it_in_the_browser_and_other_schemes_never(panel,
                                                                          monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    browser = panel.findChild(QTextBrowser)
    browser.anchorClicked.emit(QUrl("https://example.org/report"))
    browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/report"]


def test_the_text_is_selectable_and_nothing_is_followed_inside_the_panel(panel):
    browser = panel.findChild(QTextBrowser)
    assert not browser.openExternalLinks()
    assert not browser.openLinks()
    assert browser.accessibleName()


def test_an_imported_row_shows_its_worded_date_its_other_fields_and_its_file(qtbot, state):
    widget = DetailsPanel(state)
    qtbot.addWidget(widget)
    state.set_timeline(open_report(FIXTURES / "worded.csv").timeline)
    letters = next(e for e in state.timeline.events if e.title == "Letters catalogued")
    state.select(letters.id)
    text = widget.plain_text()
    assert "early 2024" in text
    assert date_from_text_note() in text
    assert "Other fields" in text and "Archive box: Box 3" in text and "Condition: good" in text
    assert "worded.csv" in text and "row 2" in text  # the file it came from, and where


@pytest.fixture
def translated_window(qtbot, state, write_dataset, dataset_document) -> tuple[EventList,
                                                                               DetailsPanel]:
    """The event list and the details panel on a timeline its authors partly translated
    into Chinese, in the interface language installed before it."""
    table, panel = EventList(state), DetailsPanel(state)
    for widget in (table, panel):
        qtbot.addWidget(widget)
        widget.show()
    table.resize(600, 400)
    state.set_timeline(load(write_dataset(translated(dataset_document))))
    qtbot.waitExposed(table)
    return table, panel


def _note(text: str) -> str:
    return QCoreApplication.translate("DetailsPanel", text)


def test_a_chinese_interface_shows_the_authors_translation_and_says_it_is_theirs(
        qtbot, chinese, translated_window):
    table, panel = translated_window
    click_row(qtbot, table, "forum-2019")
    text = panel.plain_text()
    assert text.startswith(CHINESE_TITLE)
    assert CHINESE_SUMMARY in text and "Judges met in Nanning." not in text
    assert _note("Title and summary translated by the dataset's authors; "
                 "not an official title.") in text
    assert CHINESE_FORUMS in text  # the category's label too


def test_a_title_translated_alone_keeps_the_files_summary_and_says_only_the_title_is(
        qtbot, chinese, translated_window):
    table, panel = translated_window
    click_row(qtbot, table, "training-2024")
    text = panel.plain_text()
    assert text.startswith(CHINESE_TRAINING)
    assert _note("Title translated by the dataset's authors; not an official title.") in text


def test_an_english_interface_shows_the_files_own_title_and_no_translation_note(
        qtbot, translated_window):
    table, panel = translated_window
    click_row(qtbot, table, "forum-2019")
    text = panel.plain_text()
    assert text.startswith("Forum on judicial cooperation")
    assert "Judges met in Nanning." in text and CHINESE_TITLE not in text
    assert "translated by the dataset's authors" not in text
