"""The window explains its date marks with the same legend that exports carry."""

from __future__ import annotations

from PySide6.QtGui import QColor

from timeline_app.app import create_main_window
from timeline_app.model.loader import load
from timeline_app.render.legend import legend_height, legend_items
from timeline_app.render.style import Theme
from timeline_app.view.mark_legend import MarkLegend
from timeline_app.view.settings import ThemeChoice


def test_the_legend_is_as_tall_as_its_wrapped_rows(qtbot, state):
    legend = MarkLegend(state)
    qtbot.addWidget(legend)
    legend.show()
    legend.resize(1200, 10)
    wide = legend.height()
    legend.resize(200, 10)  # the widget is at least 200 wide; two items do not fit
    assert legend.height() > wide
    assert legend.height() >= legend_height(Theme.light(), 200, legend_items()[:2])


def test_the_legend_paints_marks_on_the_theme_background(qtbot, state):
    legend = MarkLegend(state)
    qtbot.addWidget(legend)
    legend.set_theme(Theme.dark())
    legend.resize(800, 10)
    image = legend.grab().toImage()
    background = QColor(Theme.dark().background)
    assert image.pixelColor(image.width() - 2, 1) == background
    colours = {image.pixel(x, image.height() // 2) for x in range(0, 400, 2)}
    assert len(colours) > 3, "the legend draws its sample marks"


def test_the_main_window_shows_the_legend_under_the_timeline_in_its_theme(qtbot, dataset_file):
    window = create_main_window(dataset_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    legend = window.findChild(MarkLegend, "markLegend")
    assert legend is not None and legend.isVisible()
    view_bottom = window.view.mapTo(window, window.view.rect().bottomLeft()).y()
    assert legend.mapTo(window, legend.rect().topLeft()).y() > view_bottom
    window.set_theme(ThemeChoice.DARK)
    assert legend.grab().toImage().pixelColor(legend.width() - 2, 1) == \
        QColor(Theme.dark().background)


def test_the_legend_explains_the_kinds_of_marks_the_timeline_has(qtbot, state, write_dataset,
                                                                 dataset_document):
    legend = MarkLegend(state)
    qtbot.addWidget(legend)
    state.set_timeline(load(write_dataset(dataset_document)))
    assert legend.item_names() == ["Day or moment", "Span", "Approximate (~)", "Open end (..)"]
    dataset_document["events"][0]["date"] = "201X"
    dataset_document["events"][1]["alternatives"] = [{"date": "2021", "sources": [
        {"source": "cri"}]}]
    state.set_timeline(load(write_dataset(dataset_document)))
    assert "Unspecified digits (X)" in legend.item_names()
    assert "Alternative dates" in legend.item_names()
    assert "Unspecified digits (X)" in legend.accessibleDescription()
