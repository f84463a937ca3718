"""The filter panel turns what the user types and ticks into one EventFilter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.formats.conftest import FIXTURES
from tests.view.interact import toggle_category
from tests.view.translated import CHINESE_FORUMS, translated
from timeline_app.formats.opening import open_report
from timeline_app.model.events import Timeline
from timeline_app.model.loader import load
from timeline_app.package_data import default_dataset_path
from timeline_app.view.filter_panel import (
    DEBOUNCE_MS,
    QUICK_DEBOUNCE_EVENTS,
    QUICK_DEBOUNCE_MS,
    FilterPanel,
    date_field_tip,
    debounce_ms,
    search_placeholder,
)
from timeline_app.view.state import ViewState


@pytest.fixture
def panel(qtbot, state: ViewState, timeline: Timeline) -> FilterPanel:
    widget = FilterPanel(state)
    qtbot.addWidget(widget)
    state.set_timeline(timeline)
    widget.show()
    return widget


def shown_ids(panel: FilterPanel, timeline: Timeline) -> list[str]:
    """What the panel's filter keeps, by the CLI's path over the whole timeline."""
    return [e.id for e in panel.state.filter.apply(timeline.events)]


def test_each_category_has_a_checkbox_labelled_with_its_count(panel):
    assert panel.category_box.objectName() == "categoryFilter"
    assert panel.category_checkbox("forums").text() == "Forums (3)"
    assert panel.category_checkbox("agreements").text() == "Agreements (2)"
    assert panel.category_checkbox("training").accessibleName() == "Show Training (1)"


def test_unticking_a_category_sets_a_filter_without_it(qtbot, state, panel, timeline):
    with qtbot.waitSignal(state.shown_changed):
        toggle_category(qtbot, panel, "forums")
    assert state.filter.categories == frozenset({"agreements", "training"})
    assert "forum-2019" not in shown_ids(panel, timeline)


def test_none_and_all_buttons_untick_and_tick_every_category(qtbot, panel, timeline):
    qtbot.mouseClick(panel._none_button, Qt.MouseButton.LeftButton)
    assert shown_ids(panel, timeline) == []
    qtbot.mouseClick(panel._all_button, Qt.MouseButton.LeftButton)
    assert panel.state.filter.is_empty


def test_typing_in_the_search_field_filters_after_a_short_pause(qtbot, panel, timeline):
    assert panel.search_field.objectName() == "searchField"
    assert panel.search_field.placeholderText() == search_placeholder()
    assert panel.search_field.isClearButtonEnabled()
    qtbot.keyClicks(panel.search_field, "ARBITRATION")
    qtbot.waitUntil(lambda: shown_ids(panel, timeline) == ["markup"])


def test_a_date_range_in_edtf_keeps_events_that_overlap_it(qtbot, panel, timeline):
    qtbot.keyClicks(panel.from_field, "2024-04")
    qtbot.keyClicks(panel.to_field, "2024-05")
    qtbot.waitUntil(lambda: shown_ids(panel, timeline) == ["forum-open", "markup"])


def test_bce_and_deep_time_bounds_are_taken_with_their_whole_spans(qtbot, panel, timeline):
    qtbot.keyClicks(panel.from_field, "Y-170000000")
    qtbot.keyClicks(panel.to_field, "-0043")
    qtbot.waitUntil(lambda: shown_ids(panel, timeline) == [])
    assert not panel.from_field.property("invalid") and not panel.to_field.property("invalid")
    panel.to_field.clear()
    qtbot.keyClicks(panel.to_field, "20XX")  # to the end of 2099
    qtbot.waitUntil(lambda: len(shown_ids(panel, timeline)) == len(timeline.events))


def test_an_invalid_date_is_marked_inline_and_ignored_until_fixed(qtbot, panel, timeline):
    qtbot.keyClicks(panel.from_field, "2024-13")
    qtbot.waitUntil(panel.has_invalid_input)
    assert "month" in panel.from_field.toolTip().lower()
    assert "border" in panel.from_field.styleSheet()
    assert panel.state.filter.is_empty
    panel.from_field.clear()
    qtbot.keyClicks(panel.from_field, "2024")
    qtbot.waitUntil(lambda: not panel.has_invalid_input())
    assert panel.from_field.toolTip() == date_field_tip()
    assert "forum-2019" not in shown_ids(panel, timeline)


def test_a_backwards_range_is_marked_on_the_to_field(qtbot, panel):
    qtbot.keyClicks(panel.from_field, "2024")
    qtbot.keyClicks(panel.to_field, "2019")
    qtbot.waitUntil(panel.has_invalid_input)
    assert panel.to_field.toolTip()
    assert panel.from_field.toolTip() == date_field_tip()


def test_every_control_has_an_accessible_name(panel):
    for widget in (panel.search_field, panel.from_field, panel.to_field, panel._all_button,
                   panel._none_button, panel.category_box,
                   *(panel.category_checkbox(c) for c in ("forums", "agreements", "training"))):
        assert widget.accessibleName(), widget.objectName()


def test_the_dates_control_appears_for_worded_dates_and_keeps_only_them(qtbot, state):
    widget = FilterPanel(state)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.text_dates.isVisible()  # nothing to choose without worded dates
    timeline = open_report(FIXTURES / "worded.csv").timeline
    state.set_timeline(timeline)
    assert widget.text_dates.isVisible()
    assert widget.text_dates.accessibleName() == "Dates read from text"
    widget.text_dates.setFocus()
    qtbot.keyClick(widget.text_dates, Qt.Key.Key_Down)
    assert [e.title for e in state.filter.apply(timeline.events)] == [
        "Mill ledger begun", "Letters catalogued"]
    qtbot.keyClick(widget.text_dates, Qt.Key.Key_Down)
    assert [e.title for e in state.filter.apply(timeline.events)] == ["Survey report filed"]


def test_a_reversed_range_is_not_applied_and_the_previous_one_does_not_linger(qtbot, panel,
                                                                                timeline):
    problems: list[str] = []
    panel.range_problem.connect(problems.append)
    qtbot.keyClicks(panel.from_field, "2024-04")
    qtbot.keyClicks(panel.to_field, "2024-05")
    qtbot.waitUntil(lambda: shown_ids(panel, timeline) == ["forum-open", "markup"])
    panel.from_field.clear()
    qtbot.keyClicks(panel.from_field, "2025")  # now after its end
    qtbot.waitUntil(lambda: len(shown_ids(panel, timeline)) == len(timeline.events))
    assert not panel.state.filter.has_range
    assert problems[-1].startswith("The date range is not applied:")
    panel.from_field.clear()
    qtbot.keyClicks(panel.from_field, "2024")
    qtbot.waitUntil(lambda: problems[-1] == "")


def test_the_within_switch_leaves_out_what_only_may_fall_in_the_range(qtbot, state):
    widget = FilterPanel(state)
    qtbot.addWidget(widget)
    widget.show()
    dataset = load(default_dataset_path())
    state.set_timeline(dataset)
    assert not widget.within_box.isEnabled()  # no range yet
    qtbot.keyClicks(widget.from_field, "2020")
    qtbot.keyClicks(widget.to_field, "2022")
    qtbot.waitUntil(lambda: state.filter.has_range and widget.within_box.isEnabled())
    undated = [e.id for e in dataset.events if e.date.text == "../2025-09"]
    assert undated and set(undated) <= {e.id for e in state.shown_events()}
    qtbot.waitUntil(widget.may_fall_label.isVisible)  # a moment after the repaint
    note = widget.may_fall_label.text()
    assert note.startswith(f"{state.may_fall_count()} of the {len(state.shown_events())} shown")
    qtbot.mouseClick(widget.within_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, widget.within_box.height() // 2))
    assert not set(undated) & {e.id for e in state.shown_events()}
    qtbot.waitUntil(lambda: not widget.may_fall_label.isVisible())
    assert all(e.start >= state.filter.start and e.end <= state.filter.end
               for e in state.shown_events())


def test_a_chinese_interface_labels_a_translated_category_in_chinese(
        qtbot, chinese, state, write_dataset, dataset_document):
    widget = FilterPanel(state)
    qtbot.addWidget(widget)
    widget.show()
    state.set_timeline(load(write_dataset(translated(dataset_document))))
    assert widget.category_checkbox("forums").text().startswith(CHINESE_FORUMS)
    assert widget.category_checkbox("agreements").text().startswith("Agreements")
    toggle_category(qtbot, widget, "forums")  # the box still filters by the category
    assert state.filter.categories == frozenset({"agreements", "training"})


def test_a_small_timeline_searches_after_a_shorter_pause_in_typing_than_a_large_one():
    assert debounce_ms(1_000) == debounce_ms(QUICK_DEBOUNCE_EVENTS) == QUICK_DEBOUNCE_MS
    assert debounce_ms(QUICK_DEBOUNCE_EVENTS + 1) == DEBOUNCE_MS > QUICK_DEBOUNCE_MS
