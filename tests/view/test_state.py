"""ViewState: the one owner of what is shown, and the rules it keeps."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline_app.model.events import Timeline
from timeline_app.query.filters import EventFilter
from timeline_app.view.state import ViewState


@pytest.fixture
def loaded(state: ViewState, timeline: Timeline) -> ViewState:
    state.set_timeline(timeline)
    return state


def _ids(state: ViewState) -> list[str]:
    return [e.id for e in state.shown_events()]


def test_a_new_timeline_is_shown_whole_fitted_and_with_nothing_selected(qtbot, state,
                                                                        timeline):
    with qtbot.waitSignal(state.timeline_changed):
        state.set_timeline(timeline)
    assert _ids(state) == [e.id for e in timeline.events]
    assert state.total_count() == len(timeline.events)
    assert state.selected_id is None
    first = state.visible_range[0]
    assert first < min(e.start for e in timeline.events)
    assert state.visible_range == (state.fitted_scale(500).first, state.fitted_scale(500).last)


def test_a_filter_narrows_the_shown_events_and_says_so(qtbot, loaded):
    with qtbot.waitSignal(loaded.shown_changed):
        loaded.set_filter(EventFilter.from_text(["forums"]))
    assert _ids(loaded) == ["forum-2019", "forum-2020", "forum-open"]


def test_setting_the_same_filter_again_changes_nothing(qtbot, loaded):
    loaded.set_filter(EventFilter.from_text(["forums"]))
    with qtbot.assertNotEmitted(loaded.shown_changed):
        loaded.set_filter(EventFilter.from_text(["forums"]))


def test_the_selection_survives_a_filter_while_its_event_is_still_shown(qtbot, loaded):
    loaded.select("forum-2019")
    with qtbot.assertNotEmitted(loaded.selection_changed):
        loaded.set_filter(EventFilter.from_text(["forums"]))
    assert loaded.selected_id == "forum-2019"
    with qtbot.waitSignal(loaded.selection_changed):
        loaded.set_filter(EventFilter.from_text(["training"]))
    assert loaded.selected_id is None


def test_an_event_that_is_not_shown_cannot_be_selected(loaded):
    loaded.set_filter(EventFilter.from_text(["training"]))
    loaded.select("forum-2019")
    assert loaded.selected_id is None
    loaded.select("no-such-event")
    assert loaded.selected_id is None
    assert loaded.selected_event() is None


def test_selecting_the_selected_event_again_emits_nothing(qtbot, loaded):
    loaded.select("markup")
    with qtbot.assertNotEmitted(loaded.selection_changed):
        loaded.select("markup")
    assert loaded.selected_event() is not None
    assert loaded.selected_event().title == "<b>x</b>"


def test_the_visible_range_is_clamped_to_the_data_and_filters_do_not_move_the_limits(loaded):
    fitted = loaded.visible_range
    loaded.set_visible_range(fitted[0] - 10_000, fitted[1] + 10_000)
    assert loaded.visible_range == pytest.approx(fitted)
    loaded.set_filter(EventFilter.from_text(["training"]))
    loaded.fit_all()
    assert loaded.visible_range == pytest.approx(fitted)


def test_a_reload_keeps_the_range_and_the_selection_where_they_still_can(loaded, timeline):
    first = loaded.visible_range[0]
    loaded.set_visible_range(first + 100, first + 200)
    loaded.select("markup")
    kept = loaded.visible_range
    loaded.set_timeline(timeline, keep_view=True)
    assert loaded.visible_range == pytest.approx(kept)
    assert loaded.selected_id == "markup"
    loaded.set_timeline(timeline)
    assert loaded.selected_id is None


def test_grouping_is_announced_once_per_change(qtbot, loaded):
    with qtbot.waitSignal(loaded.grouping_changed):
        loaded.set_grouped(True)
    with qtbot.assertNotEmitted(loaded.grouping_changed):
        loaded.set_grouped(True)
    assert loaded.grouped


def test_no_timeline_shows_nothing(state):
    state.set_timeline(None)
    assert state.shown_events() == () and state.total_count() == 0
    assert state.category_totals() == {}


# The timeline is frozen, so sharing the fixture between examples is safe.
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(categories=st.one_of(st.none(), st.sets(st.sampled_from(["forums", "agreements",
                                                                 "training"]))),
       start=st.sampled_from(["", "2019", "2021-06", "2024"]),
       search=st.sampled_from(["", "forum", "NANNING", "x"]))
def test_the_shown_events_are_what_the_filter_keeps_of_the_whole_timeline(
        qapp, timeline, categories, start, search):
    state = ViewState()
    state.set_timeline(timeline)
    event_filter = EventFilter.from_text(categories, start or None, None, search)
    state.set_filter(event_filter)
    assert list(state.shown_events()) == event_filter.apply(timeline.events)
