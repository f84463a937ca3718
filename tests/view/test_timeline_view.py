"""TimelineView through its public API and simulated user input."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from timeline_app.model.dates import parse_edtf
from timeline_app.model.events import Category, Event, Timeline
from timeline_app.render.style import Theme
from timeline_app.view.timeline_view import TimelineView

CATEGORIES = (Category("a", "Alpha", "#aa0000"), Category("b", "Beta", "#0000aa"))
DATES = ("2020-03-15", "2020-06", "2021", "2021-09-01/2022-02-10", "2022-05-05~", "2023/..")


def _timeline(titles: dict[int, str] | None = None) -> Timeline:
    titles = titles or {}
    events = [Event(id=f"e{i}", title=titles.get(i, f"Event {i}"), date=parse_edtf(when),
                    category="ab"[i % 2]) for i, when in enumerate(DATES)]
    return Timeline.build("Test", None, CATEGORIES, (), events)


@pytest.fixture
def view(qtbot) -> TimelineView:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.set_timeline(_timeline())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _centre_of(view: TimelineView, event_id: str) -> QPoint:
    view.select_event(event_id)  # programmatic: makes sure it is on screen
    glyph = view._frame().glyph_for(event_id)
    assert glyph is not None
    view.select_event(None)
    return QPoint(round(glyph.rect.x + glyph.rect.width / 2),
                  round(glyph.rect.y + glyph.rect.height / 2))


def test_zoom_in_narrows_the_visible_range_and_fit_all_restores_it(view) -> None:
    fitted = view.visible_range()
    view.zoom_in()
    first, last = view.visible_range()
    assert last - first < fitted[1] - fitted[0]
    view.fit_all()
    assert view.visible_range() == pytest.approx(fitted)


def test_the_wheel_zooms_and_reports_the_new_range(view, qtbot) -> None:
    before = view.visible_range()
    with qtbot.waitSignal(view.visible_range_changed):
        view.zoom_in()
    assert view.visible_range() != before


def test_set_visible_range_shows_those_days(view) -> None:
    start = parse_edtf("2021-01-01").first_day
    view.set_visible_range(start, start + 60)
    assert view.visible_range() == pytest.approx((start, start + 60))


def test_select_next_and_previous_walk_through_events_in_time(view, qtbot) -> None:
    view.select_event("e0")
    with qtbot.waitSignal(view.event_selected) as blocker:
        view.select_next()
    assert blocker.args == ["e1"]
    view.select_previous()
    assert view.selected_event_id() == "e0"


def test_programmatic_selection_does_not_emit(view, qtbot) -> None:
    with qtbot.assertNotEmitted(view.event_selected):
        view.select_event("e2")
    assert view.selected_event_id() == "e2"


def test_right_arrow_selects_the_next_event(view, qtbot) -> None:
    view.select_event("e3")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_event_id() == "e4"


def test_clicking_an_event_selects_it_and_clicking_empty_space_clears(view, qtbot) -> None:
    point = _centre_of(view, "e0")
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["e0"]
    with qtbot.waitSignal(view.event_selected) as blocker:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(890, 440))
    assert blocker.args == [""]
    assert view.selected_event_id() is None


def test_enter_activates_the_selected_event(view, qtbot) -> None:
    view.select_event("e1")
    with qtbot.waitSignal(view.event_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["e1"]


def test_filtering_keeps_the_zoom_and_drops_hidden_selection(view) -> None:
    view.zoom_in()
    view.select_event("e1")
    zoomed = view.visible_range()
    timeline = _timeline()
    view.set_shown_events([e for e in timeline.events if e.id != "e1"])
    assert view.visible_range() == pytest.approx(zoomed)
    assert "e1" not in view.shown_event_ids()
    assert view.selected_event_id() is None


def test_zoom_to_event_shows_the_whole_event(view) -> None:
    view.zoom_to_event("e3")
    first, last = view.visible_range()
    event = _timeline().event_by_id["e3"]
    assert first <= event.first_day and event.last_day + 1 <= last
    assert last - first < 2 * (event.last_day - event.first_day + 1)


def test_a_markup_title_shows_literally_in_the_tooltip(qtbot) -> None:
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.set_timeline(_timeline({0: "<b>x</b>"}))
    widget.show()
    qtbot.waitExposed(widget)
    point = _centre_of(widget, "e0")
    widget.event(QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    assert "&lt;b&gt;x&lt;/b&gt;" in QToolTip.text()
    assert "15 Mar 2020" in QToolTip.text()


def test_grouping_and_theme_can_be_switched(view) -> None:
    view.set_group_by_category(True)
    assert view.group_by_category()
    view.set_theme(Theme.dark())
    view.repaint()
    view.set_group_by_category(False)
    assert not view.group_by_category()


def test_dragging_pans_later_in_time(view, qtbot) -> None:
    view.zoom_in()
    first, _ = view.visible_range()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 200))
    qtbot.mouseMove(view, QPoint(400, 200))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 200))
    assert view.visible_range()[0] > first


def test_set_timeline_none_shows_nothing(view) -> None:
    view.set_timeline(None)
    assert view.shown_event_ids() == []
    assert view.selected_event_id() is None
    view.repaint()


def test_clicking_a_density_cluster_zooms_into_its_days(qtbot) -> None:
    events = [Event(id=f"d{i}", title=f"Dense {i}", category="ab"[i % 2],
                    date=parse_edtf(f"20{10 + i % 10}-0{1 + i % 9}-1{i % 10}"))
              for i in range(4000)]
    widget = TimelineView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.set_timeline(Timeline.build("Dense", None, CATEGORIES, (), events))
    widget.show()
    qtbot.waitExposed(widget)
    frame = widget._frame()
    assert frame.dense
    cluster = max(frame.clusters, key=lambda c: c.count)
    centre = QPoint(round(cluster.rect.x + cluster.rect.width / 2),
                    round(cluster.rect.bottom - 3))
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre)
    assert widget.visible_range() == pytest.approx((cluster.first_day, cluster.last_day))


def test_showing_events_that_are_not_the_timelines_own_objects_still_shows_them(view) -> None:
    copies = [Event(id="x1", title="Copy", date=parse_edtf("2021-05-05"), category="a")]
    view.set_shown_events(copies)
    assert view.shown_event_ids() == ["x1"]
    view.select_event("x1")
    assert view.selected_event_id() == "x1"
