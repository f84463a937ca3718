"""The event list: a sortable table of the shown events that follows the timeline's selection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.view.interact import click_row
from tests.view.translated import CHINESE_FORUMS, CHINESE_TITLE, translated
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Event, Timeline
from timeline_app.model.loader import load
from timeline_app.view.event_list import CATEGORY, DATE, TITLE, EventList
from timeline_app.view.plain_text import plain_tip
from timeline_app.view.state import ViewState


@pytest.fixture
def table(qtbot, state: ViewState, timeline: Timeline) -> EventList:
    widget = EventList(state)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    state.set_timeline(timeline)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_rows_show_a_normalised_date_with_its_wording_as_tip_the_title_and_category(table):
    model = table.model()
    row = table.shown_event_ids().index("markup")
    assert model.index(row, DATE).data() == "2024-04"  # the year always shows
    assert model.index(row, DATE).data(Qt.ItemDataRole.ToolTipRole) == plain_tip("April 2024")
    assert model.index(row, TITLE).data() == "<b>x</b>"
    assert model.index(row, CATEGORY).data() == "Agreements"
    assert table.objectName() == "eventList" and table.accessibleName()


def test_each_cell_tells_a_screen_reader_the_title_and_the_date(table):
    row = table.shown_event_ids().index("markup")
    text = table.model().index(row, DATE).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "<b>x</b>" in text and "April 2024" in text


def test_the_date_column_sorts_by_span_start_not_by_its_words(qtbot, table):
    assert table.shown_event_ids()[:2] == ["forum-2019", "forum-2020"]
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(DATE) + header.sectionSize(DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))
    assert table.shown_event_ids()[-1] == "forum-2019"
    assert table.shown_event_ids()[0] in ("forum-open", "training-2024")


def test_sorting_by_title_keeps_the_selected_event_selected(qtbot, table):
    click_row(qtbot, table, "training-2024")
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert table.shown_event_ids()[0] == "markup"  # "<b>x</b>" sorts before letters
    assert table.selected_event_id() == "training-2024"


def test_a_click_selects_the_chosen_event(qtbot, state, table):
    chosen = table.shown_event_ids()[2]
    with qtbot.waitSignal(state.selection_changed):
        click_row(qtbot, table, chosen)
    assert state.selected_id == chosen


def test_the_list_follows_a_selection_made_elsewhere_without_changing_it(state, table):
    changes: list[str | None] = []
    state.selection_changed.connect(lambda: changes.append(state.selected_id))
    state.select("markup")
    state.select(None)
    state.select("forum-open")
    assert changes == ["markup", None, "forum-open"]  # each once: the list echoes nothing
    assert table.selected_event_id() == "forum-open"


def test_enter_on_a_row_asks_for_its_details(qtbot, table):
    click_row(qtbot, table, "forum-2019")
    with qtbot.waitSignal(table.event_activated) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == ["forum-2019"]


def test_a_hundred_thousand_rows_load_and_sort_by_title(state, table):
    category = Category("c", "Cat", "#336699")
    date = parse_edtf("2020-01-01")
    events = [Event(f"e{i:06d}", f"Event {99_999 - i:05d}", date, "c") for i in range(100_000)]
    state.set_timeline(Timeline.build("Big", None, (category,), (), events))
    table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert table.model().rowCount() == 100_000
    assert table.shown_event_ids()[:2] == ["e099999", "e099998"]


def test_a_large_timeline_newest_first_reads_only_the_rows_it_shows(
        qtbot, monkeypatch, state, table):
    category = Category("c", "Cat", "#336699")
    events = [Event(f"e{i:05d}", f"Event {i}", parse_edtf(f"{2000 + i % 20}-01-01"), "c")
              for i in range(20_000)]
    timeline = Timeline.build("Big", None, (category,), (), events)
    read: list[int] = []
    event_at = type(timeline.events).event_at
    monkeypatch.setattr(type(timeline.events), "event_at",
                        lambda self, position: read.append(position) or event_at(self, position))
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(DATE) + header.sectionSize(DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))  # the date column, newest first
    state.set_timeline(timeline)
    state.select("e00005")  # a 2005 event, far down the list
    model = table.model()
    assert model.rowCount() == 20_000
    assert model.index(0, DATE).data() == "2019-01-01"
    assert model.index(19_999, DATE).data() == "2000-01-01"
    assert table.selected_event_id() == "e00005"
    assert len(set(read)) < 1_000  # the rows on screen and the selected one, not all


def test_a_chinese_interface_lists_and_sorts_the_authors_translated_titles(
        qtbot, chinese, state, write_dataset, dataset_document):
    widget = EventList(state)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    state.set_timeline(load(write_dataset(translated(dataset_document))))
    model = widget.model()
    rows = {event_id: row for row, event_id in enumerate(widget.shown_event_ids())}
    assert model.index(rows["forum-2019"], TITLE).data() == CHINESE_TITLE
    assert model.index(rows["forum-2019"], CATEGORY).data() == CHINESE_FORUMS
    assert model.index(rows["markup"], TITLE).data() == "<b>x</b>"  # not translated: as it is
    header = widget.horizontalHeader()
    title = QPoint(header.sectionViewportPosition(TITLE) + header.sectionSize(TITLE) // 2,
                   header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert widget.shown_event_ids()[-2:] == ["training-2024", "forum-2019"]  # 书 before 南
