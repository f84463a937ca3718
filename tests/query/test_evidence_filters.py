"""Filters by evidence: confidence, the sources cited, the form of the date, and events
resting on one source; ORed within a criterion, ANDed with the rest."""

from __future__ import annotations

from dataclasses import replace

from timeline_app.model.date_forms import DATE_FORM_NAMES, date_form_flags, form_bits
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import AlternativeDate, Category, Citation, Event, Source, Timeline
from timeline_app.query.event_table import EventTable
from timeline_app.query.filters import EventFilter


def event(ident: str, date: str, confidence=None, sources=(), **fields) -> Event:
    return Event(ident, ident, parse_edtf(date), "c", confidence=confidence,
                 sources=tuple(Citation(s) for s in sources), **fields)


EVENTS = (
    event("confirmed-day", "2020-03-04", "confirmed", ("a", "b")),
    event("single-month", "2020-03", "single-source", ("a",)),
    event("unverified-year", "2020~", "unverified", ("b",)),
    event("unset-open", "../2020-09"),
    event("uncertain-interval", "2019/2020?", None, ("c",)),
    event("alternatives", "2021", "single-source", ("a",),
          alternatives=(AlternativeDate(parse_edtf("2022"), sources=(Citation("c"),)),)),
    event("decade", "201X", "confirmed", ("a", "c")),
)
TIMELINE = Timeline.build("T", None, [Category("c", "C", "#123456")],
                          [Source(s, s.upper(), "P") for s in "abc"], EVENTS)


def ids(event_filter: EventFilter) -> list[str]:
    return sorted(e.id for e in event_filter.apply(TIMELINE.events))


def test_confidence_levels_are_ored_and_unset_names_the_events_without_one():
    chosen = EventFilter(confidences=frozenset({"single-source", "unset"}))
    assert ids(chosen) == ["alternatives", "single-month", "uncertain-interval", "unset-open"]
    assert "confidence: single-source, unset" in chosen.describe(TIMELINE)


def test_a_source_keeps_every_event_citing_it_alternatives_included():
    assert ids(EventFilter(sources=frozenset({"c"}))) == ["alternatives", "decade",
                                                         "uncertain-interval"]
    assert ids(EventFilter(sources=frozenset({"a", "b"}))) == [
        "alternatives", "confirmed-day", "decade", "single-month", "unverified-year"]
    assert "sources: C" in EventFilter(sources=frozenset({"c"})).describe(TIMELINE)


def test_date_forms_select_by_precision_and_qualifiers():
    def forms(*names: str) -> list[str]:
        return ids(EventFilter(date_forms=frozenset(names)))

    assert forms("day") == ["confirmed-day"]
    assert forms("month") == ["single-month"]
    assert forms("one-bound") == ["unset-open"]
    assert forms("interval") == ["uncertain-interval"]
    assert forms("approximate") == ["unverified-year"]
    assert forms("uncertain") == ["uncertain-interval"]
    assert forms("unspecified") == ["decade"]
    assert forms("alternatives") == ["alternatives"]
    assert forms("day", "month") == ["confirmed-day", "single-month"]


def test_every_form_has_a_flag_and_an_event_has_the_forms_of_all_its_dates():
    assert form_bits(frozenset(DATE_FORM_NAMES)) == (1 << len(DATE_FORM_NAMES)) - 1
    alternatives = next(e for e in EVENTS if e.id == "alternatives")
    assert date_form_flags(alternatives) == form_bits(frozenset({"year", "alternatives"}))


def test_one_source_keeps_the_events_citing_exactly_one():
    assert ids(EventFilter(one_source=True)) == ["single-month", "uncertain-interval",
                                                 "unverified-year"]


def test_evidence_criteria_are_anded_with_the_others_and_on_a_prebuilt_table():
    both = EventFilter.from_text(date_from="2020", date_to="2020")
    both = replace(both, confidences=frozenset({"confirmed"}))
    assert ids(both) == ["confirmed-day"]  # 201X is confirmed, but ends in 2019
    table = EventTable(TIMELINE.events, TIMELINE.categories)
    mask = both.select(table)
    assert mask is not None
    assert [e.id for e, kept in zip(table.events, mask, strict=True) if kept] == \
        ["confirmed-day"]
    assert not both.is_empty and both.has_evidence
