"""Which of this rests on what evidence: the confidence boxes, the Sources panel, Colour By
and the "rests on one source" view, driven as a user drives them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from timeline_app.app import create_main_window
from timeline_app.layout.colouring import ColourBy
from timeline_app.package_data import default_dataset_path
from timeline_app.view.main_window import MainWindow
from timeline_app.view.text_dialog import TextDialog


@pytest.fixture
def window(qtbot, monkeypatch) -> MainWindow:
    monkeypatch.setattr(TextDialog, "exec", lambda self: 0)
    win = create_main_window(default_dataset_path())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_unticking_confidence_levels_hides_their_events(qtbot, window):
    panel = window.filter_panel
    for level in ("confirmed", "unverified", "unset"):
        tick(qtbot, panel.confidence_boxes[level])
    shown = window.state.shown_events()
    assert shown and all(e.confidence == "single-source" for e in shown)
    assert "confidence: single-source" in window.state.filter.describe(window.timeline())


def test_selecting_sources_in_the_sources_panel_shows_their_events(qtbot, window):
    window.sources_dock.show()
    window.sources_dock.raise_()
    table = window.sources_panel.table
    row = window.sources_panel.source_ids().index("moj-2025-guangxi")
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = window.state.shown_events()
    assert shown and all(any(c.source == "moj-2025-guangxi" for c in e.sources)
                         or any(c.source == "moj-2025-guangxi"
                                for a in e.alternatives for c in a.sources) for e in shown)
    assert window.filter_panel.sources_label.isVisible()
    qtbot.mouseClick(window.filter_panel.clear_sources_button, Qt.MouseButton.LeftButton)
    assert len(window.state.shown_events()) == len(window.timeline().events)


def test_colour_by_confidence_recolours_the_marks_and_the_legend_follows(qtbot, window):
    window.colour_actions[ColourBy.CONFIDENCE].trigger()
    frame = window.view.frame()
    assert frame.glyphs and all(g.colour_key.startswith("confidence:") for g in frame.glyphs)
    assert set(window.legend.colour_keys()) <= {"Confirmed", "Single source", "Unverified",
                                                 "No confidence given"}
    assert window.legend.colour_keys()
    window.colour_actions[ColourBy.CATEGORY].trigger()
    assert window.legend.colour_keys() == []
    assert all(g.colour_key == g.category for g in window.view.frame().glyphs)


def test_the_rests_on_one_source_view_filters_and_colours_by_source(qtbot, window):
    window.one_source_action.trigger()
    shown = window.state.shown_events()
    assert shown and all(len({c.source for c in e.sources}) == 1 and not e.alternatives
                         for e in shown)
    assert window.state.colour_by is ColourBy.SOURCE
    window.one_source_action.trigger()
    assert window.state.colour_by is ColourBy.CATEGORY
    assert len(window.state.shown_events()) == len(window.timeline().events)
