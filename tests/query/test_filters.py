"""The one filter: categories ORed, everything else ANDed, ranges by overlap of any mark."""

from itertools import compress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import AlternativeDate, Category, Event, Timeline
from timeline_app.query.event_table import EventTable
from timeline_app.query.filters import EventFilter


def event(ident: str, date: str, category: str = "f", **fields) -> Event:
    return Event(ident, fields.pop("title", ident), parse_edtf(date), category, **fields)


TIMELINE = Timeline.build(
    "T", None,
    [Category("f", "Forums", "#112233"), Category("a", "Agreements", "#445566")],
    [],
    [
        event("april", "2024-04"),
        event("may-1", "2024-05-01", "a"),
        event("march-31", "2024-03-31", "a"),
        event("open-end", "2024-06/..", "a"),
        event("open-start", "../2019-03"),
        event("year-2017", "2017", summary="The Training Base opened"),
        event("cui", "2019-03", actors=("Cui Zhiyou",), places=("Beijing",), tags=("NPC",)),
        event("viet", "2025", display_date="at the beginning of 2025", places=("Quảng Ninh",)),
    ],
)


def ids(event_filter: EventFilter) -> list[str]:
    return [e.id for e in event_filter.apply(TIMELINE.events)]


def test_an_empty_filter_keeps_every_event_in_chronological_order():
    assert ids(EventFilter()) == [e.id for e in TIMELINE.events]
    # a date known only by its end sorts at that end (March 2019), not at the start of time
    assert ids(EventFilter())[:3] == ["year-2017", "cui", "open-start"]


def test_a_month_event_overlaps_a_range_that_touches_its_last_day():
    assert "april" in ids(EventFilter.from_text(date_from="2024-04-30"))
    assert "april" not in ids(EventFilter.from_text(date_from="2024-05-01"))


def test_a_range_is_inclusive_at_both_ends():
    kept = ids(EventFilter.from_text(date_from="2024-04", date_to="2024-04"))
    assert kept == ["april"]
    assert ids(EventFilter.from_text(date_from="2024-05-01", date_to="2024-05-01")) == ["may-1"]
    assert "march-31" in ids(EventFilter.from_text(date_to="2024-03-31"))


def test_a_year_bound_covers_the_whole_year():
    kept = ids(EventFilter.from_text(date_from="2024", date_to="2024"))
    assert kept == ["march-31", "april", "may-1", "open-end"]


def test_open_ends_are_unbounded():
    assert "open-end" in ids(EventFilter.from_text(date_from="2090"))
    assert "open-start" in ids(EventFilter.from_text(date_to="1900"))
    assert "open-start" not in ids(EventFilter.from_text(date_from="2019-04"))


def test_categories_are_ored_and_anded_with_the_rest():
    assert set(ids(EventFilter.from_text(["f", "a"]))) == {e.id for e in TIMELINE.events}
    assert ids(EventFilter.from_text(["a"], date_from="2024-05")) == ["may-1", "open-end"]
    assert ids(EventFilter.from_text([])) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("training base", ["year-2017"]), ("CUI", ["cui"]), ("beijing", ["cui"]), ("npc", ["cui"]),
     ("beginning of 2025", ["viet"]), ("QUẢNG", ["viet"]), ("nothing like it", [])],
)
def test_search_is_a_casefolded_substring_of_the_text_fields(text, expected):
    assert ids(EventFilter.from_text(search=text)) == expected


def test_search_casefolds_beyond_lowercase():
    german = Timeline.build("T", None, [Category("f", "F", "#000000")], [],
                            [event("s", "2020", title="Die Straße")])
    assert EventFilter.from_text(search="STRASSE").apply(german.events)


def test_a_bad_bound_names_the_option():
    with pytest.raises(DateError, match="--from: '2024-13'"):
        EventFilter.from_text(date_from="2024-13")


def test_a_reversed_range_is_refused():
    with pytest.raises(DateError, match="starts"):
        EventFilter.from_text(date_from="2025", date_to="2024")


def test_the_filter_describes_itself_in_one_line():
    line = EventFilter.from_text(["f"], "2019-01", "2024-12", "arbitration").describe(TIMELINE)
    assert line == 'Categories: Forums · 2019-01 to 2024-12 · search "arbitration"'
    assert EventFilter().describe(TIMELINE) == "All events"


def _reference(event_filter: EventFilter, events) -> list[Event]:
    """The semantics spelled out per event, as the module docstring states them."""
    needle = event_filter.search.casefold()
    return [e for e in events
            if (event_filter.categories is None or e.category in event_filter.categories)
            and any(m.range.start < event_filter.end and m.range.end > event_filter.start
                    for m in e.marks)
            and needle in e.search_text]


_WORDS = ["court", "cou", "forum", "base", "npc", "Straße", "strasse", "x"]
_DATES = ["2017", "2019-03", "2024-04", "2024-05-01", "2024-06/..", "../2019-03", "2020-01/2021-06",
          "2022-02-02~", "2023?", "2019/", "[2016,2024-05]", "{2018,2030}", "2024-05-01T10:00:00Z",
          "-0043-03-15", "Y-170000000", "201X"]


@st.composite
def _random_timeline(draw) -> Timeline:
    alternative = st.sampled_from(_DATES).map(lambda d: AlternativeDate(parse_edtf(d)))
    rows = draw(st.lists(st.tuples(st.sampled_from(_DATES), st.sampled_from("fab"),
                                   st.lists(st.sampled_from(_WORDS), max_size=3),
                                   st.lists(alternative, max_size=2).map(tuple)),
                         max_size=40))
    events = [event(f"e{i:03d}", date, category, title=" ".join(words),
                    alternatives=alternatives)
              for i, (date, category, words, alternatives) in enumerate(rows)]
    return Timeline.build("T", None, [Category("f", "F", "#000000")], [], events)


_FILTERS = st.builds(
    EventFilter.from_text,
    st.one_of(st.none(), st.lists(st.sampled_from("fabz"), max_size=3)),
    st.sampled_from([None, "2019", "2023-01"]),
    st.sampled_from([None, "2024", "2030"]),
    st.sampled_from(["", *_WORDS, "COU", "rt"]),
)


@settings(max_examples=200, deadline=None)
@given(timeline=_random_timeline(), filters=st.lists(_FILTERS, min_size=1, max_size=5))
def test_apply_and_select_on_a_prebuilt_table_agree_with_the_per_event_semantics(
        timeline, filters):
    events = list(timeline.events)
    table = EventTable(events)  # reused across filters, as the window does (search memo)
    for event_filter in filters:
        expected = _reference(event_filter, events)
        assert event_filter.apply(events) == expected
        assert event_filter.apply(events) == expected
        mask = event_filter.select(table)
        selected = list(table.events) if mask is None else list(compress(table.events, mask))
        assert selected == expected


def test_typing_a_longer_search_word_narrows_the_previous_result_correctly():
    table = EventTable(TIMELINE.events)
    for word in ("b", "be", "bei", "beij", "be", "beginning", "xbeginning", ""):
        mask = EventFilter.from_text(search=word).select(table)
        got = list(table.events) if mask is None else list(compress(table.events, mask))
        assert got == _reference(EventFilter.from_text(search=word), TIMELINE.events)


def test_an_event_is_kept_when_any_of_its_alternative_dates_falls_in_the_range():
    cafta = event("cafta", "2024-10-10", alternatives=(AlternativeDate(parse_edtf("2025-05-20")),))
    kept = EventFilter.from_text(date_from="2025").apply((cafta,))
    assert kept == [cafta]
    assert EventFilter.from_text(date_to="2023").apply((cafta,)) == []


def test_a_set_member_in_the_range_keeps_the_event_and_the_gap_between_members_does_not():
    one_of = event("set", "[1667,1670]")
    assert EventFilter.from_text(date_from="1670", date_to="1670").apply((one_of,)) == [one_of]
    assert EventFilter.from_text(date_from="1668", date_to="1669").apply((one_of,)) == []


def test_a_bound_may_be_any_edtf_date_and_means_its_whole_span():
    bce = event("ides", "-0043-03-15")
    assert EventFilter.from_text(date_from="-0044", date_to="-0043").apply((bce,)) == [bce]
    moment = event("moment", "1985-04-12T23:20:30Z")
    assert EventFilter.from_text(date_from="1985-04-12T23:20:30Z",
                                 date_to="1985-04-12T23:20:30Z").apply((moment,)) == [moment]
    assert EventFilter.from_text(date_from="1985-04-12T23:20:31Z").apply((moment,)) == []


def test_dates_read_from_text_can_be_kept_alone_or_hidden():
    worded = event("worded", "2024-01", display_date="early 2024", date_read_from_text=True)
    plain = event("plain", "2024-02")
    only = EventFilter.from_text(read_from_text=True)
    hidden = EventFilter.from_text(read_from_text=False)
    assert [e.id for e in only.apply((worded, plain))] == ["worded"]
    assert [e.id for e in hidden.apply((worded, plain))] == ["plain"]
    assert not only.is_empty
    assert only.describe(TIMELINE) == "only dates read from text"
    assert hidden.describe(TIMELINE) == "no dates read from text"
    table = EventTable((worded, plain), ())
    assert only.select(table) == b"\x01\x00"
