"""TimelineView through its public API and simulated user input."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from tests.view.interact import click_empty_canvas, click_event, mark_centre
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Event, Timeline
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme
from timeline_app.view.state import ViewState
from timeline_app.view.timeline_view import TimelineView

CATEGORIES = (Category("a", "Alpha", "#aa0000"), Category("b", "Beta", "#0000aa"))
DATES = ("2020-03-15", "2020-06", "2021", "2021-09-01/2022-02-10", "2022-05-05~", "2023/..")


def _timeline(titles: dict[int, str] | None = None) -> Timeline:
    titles = titles or {}
    events = [Event(id=f"e{i}", title=titles.get(i, f"Event {i}"), date=parse_edtf(when),
                    category="ab"[i % 2]) for i, when in enumerate(DATES)]
    return Timeline.build("Test", None, CATEGORIES, (), events)


def _view(qtbot, timeline: Timeline) -> TimelineView:
    widget = TimelineView(ViewState())
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.state.set_timeline(timeline)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot) -> TimelineView:
    return _view(qtbot, _timeline())


def test_zoom_in_narrows_the_visible_range_and_fit_all_restores_it(view) -> None:
    fitted = view.visible_range()
    view.zoom_in()
    first, last = view.visible_range()
    assert last - first < fitted[1] - fitted[0]
    view.fit_all()
    assert view.visible_range() == pytest.approx(fitted)


def test_the_wheel_zooms_and_reports_the_new_range(view, qtbot) -> None:
    before = view.visible_range()
    with qtbot.waitSignal(view.state.range_changed):
        view.zoom_in()
    assert view.visible_range() != before


def test_set_visible_range_shows_those_days(view) -> None:
    start = parse_edtf("2021-01-01").start
    view.set_visible_range(start, start + 60 * 86_400)
    assert view.state.scale_for(900).visible_places() == (start, start + 60 * 86_400)


def test_select_next_and_previous_walk_through_events_in_time(view, qtbot) -> None:
    view.state.select("e0")
    with qtbot.waitSignal(view.state.selection_changed):
        view.select_next()
    assert view.state.selected_id == "e1"
    view.select_previous()
    assert view.state.selected_id == "e0"


def test_right_arrow_selects_the_next_event(view, qtbot) -> None:
    view.state.select("e3")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.state.selected_id == "e4"


def test_clicking_an_event_selects_it_and_clicking_empty_space_clears(view, qtbot) -> None:
    with qtbot.waitSignal(view.state.selection_changed):
        click_event(qtbot, view, "e0")
    assert view.state.selected_id == "e0"
    with qtbot.waitSignal(view.state.selection_changed):
        click_empty_canvas(qtbot, view)
    assert view.state.selected_id is None


def test_enter_activates_the_selected_event(view, qtbot) -> None:
    view.state.select("e1")
    with qtbot.waitSignal(view.event_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["e1"]


def test_filtering_keeps_the_zoom_and_drops_hidden_selection(view) -> None:
    view.zoom_in()
    view.state.select("e1")
    zoomed = view.visible_range()
    view.state.set_filter(EventFilter.from_text(["a"]))  # e1 is in category b
    assert view.visible_range() == pytest.approx(zoomed)
    assert "e1" not in [e.id for e in view.state.shown_events()]
    assert view.state.selected_id is None


def test_selecting_an_event_off_screen_brings_it_into_view(view) -> None:
    event = view.state.shown.event("e0")
    assert event is not None
    view.set_visible_range(event.end + 400 * 86_400, event.end + 460 * 86_400)
    view.state.select("e0")
    first, last = view.visible_range()
    assert first <= event.start and event.end <= last


def test_zoom_to_event_shows_the_whole_event(view) -> None:
    view.zoom_to_event("e3")
    first, last = view.visible_range()
    event = _timeline().event_by_id["e3"]
    assert first <= event.start and event.end <= last
    assert last - first < 2 * (event.end - event.start)


def test_a_markup_title_shows_literally_in_the_tooltip(qtbot) -> None:
    widget = _view(qtbot, _timeline({0: "<b>x</b>"}))
    point = mark_centre(widget, "e0")
    widget.event(QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    assert "&lt;b&gt;x&lt;/b&gt;" in QToolTip.text()
    assert "15 Mar 2020" in QToolTip.text()


def test_grouping_and_theme_can_be_switched(view) -> None:
    view.state.set_grouped(True)
    assert view.frame().bands[0].header is not None
    view.set_theme(Theme.dark())
    view.repaint()
    view.state.set_grouped(False)
    assert view.frame().bands[0].header is None


def test_dragging_pans_later_in_time(view, qtbot) -> None:
    view.zoom_in()
    first, _ = view.visible_range()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 200))
    qtbot.mouseMove(view, QPoint(400, 200))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 200))
    assert view.visible_range()[0] > first


def test_set_timeline_none_shows_nothing(view) -> None:
    view.state.set_timeline(None)
    assert view.state.shown_events() == ()
    assert view.state.selected_id is None
    view.repaint()


def test_clicking_a_density_cluster_zooms_into_its_days(qtbot) -> None:
    events = [Event(id=f"d{i}", title=f"Dense {i}", category="ab"[i % 2],
                    date=parse_edtf(f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}"))
              for i in range(4000)]
    widget = _view(qtbot, Timeline.build("Dense", None, CATEGORIES, (), events))
    frame = widget.frame()
    assert frame.dense
    cluster = max(frame.clusters, key=lambda c: c.count)
    centre = QPoint(round(cluster.rect.x + cluster.rect.width / 2),
                    round(cluster.rect.bottom - 3))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre)
    assert widget.state.scale_for(900).visible_places() == (cluster.first, cluster.last)


def test_each_key_binding_changes_the_selection_the_range_or_asks_for_details(view, qtbot):
    year = parse_edtf("2021")
    activated: list[str] = []
    view.event_activated.connect(activated.append)
    for binding in view.key_bindings():
        if binding.label == "Up / Down":
            continue  # scrolls lanes; six events never overflow the canvas
        for key in binding.keys:
            view.state.select("e2")
            view.set_visible_range(year.start - 200 * 86_400, year.end + 200 * 86_400)
            before = (view.state.selected_id, view.visible_range(), len(activated))
            modifier = (Qt.KeyboardModifier.ShiftModifier if binding.shift
                        else Qt.KeyboardModifier.NoModifier)
            qtbot.keyClick(view, key, modifier)
            after = (view.state.selected_id, view.visible_range(), len(activated))
            assert after != before, (binding.label, key)
