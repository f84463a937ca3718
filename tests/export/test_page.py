"""The export page: what it counts, credits and says around the timeline."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from tests.view.translated import CHINESE_FORUMS, CHINESE_TIMELINE, interface_in, translated
from timeline_app.export.image import svg_bytes
from timeline_app.export.page import ExportPage
from timeline_app.model.calendar import seconds_at
from timeline_app.model.events import Citation, Source, Timeline
from timeline_app.model.loader import load
from timeline_app.query.filters import EventFilter
from timeline_app.render.style import Theme

SVG_TEXT = "{http://www.w3.org/2000/svg}text"


def _texts(page: ExportPage, width: int = 900, height: int = 450) -> str:
    root = ET.fromstring(svg_bytes(page, width, height))
    return "\n".join("".join(t.itertext()) for t in root.iter(SVG_TEXT))


def test_the_credits_name_each_cited_source_once_in_the_timeline_order(mini_timeline,
                                                                       export_date):
    page = ExportPage.for_filter(mini_timeline, EventFilter(), Theme.light(), export_date)
    assert page.credits() == ["Ministry of Justice of the PRC (2025)", "CRI Online (2019)",
                              "Legal Daily (2022)"]


def test_a_time_window_counts_and_credits_only_the_events_it_draws(mini_timeline, export_date):
    page = ExportPage.for_filter(mini_timeline, EventFilter(), Theme.light(), export_date)
    window = dataclasses.replace(page, first=seconds_at(2017), last=seconds_at(2018, 12, 31),
                                 window_text="window 2017 to 2018")
    assert [e.id for e in window.visible_events()] == ["e01", "e02"]
    assert window.status_line() == "All events · window 2017 to 2018 · 2 of 8 events"
    assert window.credits() == ["Ministry of Justice of the PRC (2025)", "CRI Online (2019)"]
    assert [c.label for c in window.legend_keys()] == ["Forums", "Agreements"]


def test_the_page_states_the_filters_and_the_export_date(qapp, mini_timeline, export_date):
    event_filter = EventFilter.from_text(["forums", "agreements"], "2017", "2023", "forum")
    texts = _texts(ExportPage.for_filter(mini_timeline, event_filter, Theme.light(),
                                         export_date))
    assert 'Categories: Forums, Agreements · 2017 to 2023 · search "forum" · 2 of 8 events' in texts
    assert "Exported 2025-01-31 with Timeline App" in texts


def test_credits_that_do_not_fit_the_footer_are_summed_up(qapp, mini_timeline, export_date):
    sources = [Source(f"s{i}", "T", f"Publisher number {i}") for i in range(400)]
    events = [dataclasses.replace(e, sources=tuple(Citation(s.id) for s in sources))
              for e in mini_timeline.events]
    timeline = Timeline.build("Many sources", None, mini_timeline.categories, sources, events)
    texts = _texts(ExportPage.for_filter(timeline, EventFilter(), Theme.light(), export_date),
                   height=400)
    footer = [line for line in texts.splitlines() if "Publisher number" in line or "more" in line]
    assert 1 <= len(footer) <= 400 * 0.2 // 13
    assert footer[0].startswith("Sources: Publisher number 0;")
    assert footer[-1].endswith("more (see Export data).")


def test_a_chinese_page_takes_the_authors_title_unless_a_title_is_given(
        qapp, write_dataset, dataset_document, export_date):
    timeline = load(write_dataset(translated(dataset_document)))
    with interface_in("zh_CN"):
        page = ExportPage.for_filter(timeline, EventFilter(), Theme.light(), export_date)
        assert page.title == CHINESE_TIMELINE
        assert CHINESE_FORUMS in [key.label for key in page.legend_keys()]
        given = ExportPage.for_filter(timeline, EventFilter(), Theme.light(), export_date,
                                      title_text="My own title")
        assert given.title == "My own title"
    assert page.title == "Fixture chronology"  # in English, the file's own
