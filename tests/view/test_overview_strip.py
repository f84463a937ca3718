"""The overview strip counts events in calendar bins at their known dates, and its tooltip
agrees with an export of the same range."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from timeline_app.export.page import ExportPage
from timeline_app.model.loader import load
from timeline_app.package_data import default_dataset_path
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme
from timeline_app.view.overview_strip import OverviewStrip
from timeline_app.view.state import ViewState


@pytest.fixture
def strip(qtbot) -> OverviewStrip:
    state = ViewState()
    widget = OverviewStrip(state)
    qtbot.addWidget(widget)
    widget.resize(1000, 36)
    widget.show()
    state.set_timeline(load(default_dataset_path()))
    return widget


def test_documents_dated_by_one_bound_make_no_spike_at_that_bound(strip):
    bins = strip.bins()
    assert bins.unit in ("month", "quarter")
    late_2025 = [count for b, count in zip(bins.bins, strip.counts(), strict=True)
                 if b.label.endswith("2025")]
    assert max(late_2025, default=0) < max(strip.counts())  # no tallest spike in 2025
    assert sum(strip.counts()) >= 40  # the dated events are all counted


def test_the_tooltip_names_the_bin_and_agrees_with_an_export_of_that_range(strip):
    bin_ = next(b for b in strip.bins().bins if b.label in ("Q1 2024", "Jan 2024"))
    position = next(QPoint(x, 10) for x in range(strip.width()) if strip.bin_at(x) == bin_)
    QApplication.sendEvent(strip, QHelpEvent(QEvent.Type.ToolTip, position,
                                             strip.mapToGlobal(position)))
    text = QToolTip.text()
    assert text.startswith(f"{bin_.label} (a {strip.bins().unit}):")
    page = ExportPage.for_filter(load(default_dataset_path()),
                                 EventFilter.from_text(date_from=bin_.edtf, date_to=bin_.edtf),
                                 Theme.light(), date(2025, 1, 31))
    kept = len(page.shown.events)
    assert f"keeps {kept:,}" in text
    if page.may_fall:
        assert f"{page.may_fall:,} of which only may fall in it" in text
        assert f"{page.may_fall:,} of the {kept:,} kept only may fall" in page.status_line()
