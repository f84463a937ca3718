"""The store keeps every event exactly, in chronological order, and its columns agree
with the events they were built from."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.date_forms import date_flags
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Citation, Event, chronological, cited_by
from timeline_app.model.store_builder import StoreBuilder, row_of, store_of

_DATES = ["2020", "2020-05", "2020-05-03", "2019~", "2021?", "../2020-01", "2020-06/..",
          "[2018,2022]", "2020-05-03T10:00:00Z", "-0044-03-15", "2020/2021"]
_TEXT = st.text(alphabet="aZé中\x00😀 ", max_size=8)

_events = st.lists(
    st.builds(
        lambda number, title, date, category, cited: Event(
            f"e{number}", title, parse_edtf(date), category,
            sources=tuple(Citation(s, None) for s in cited)),
        st.integers(0, 10_000), _TEXT, st.sampled_from(_DATES), st.sampled_from("abc"),
        st.lists(st.sampled_from(["s", "t", "u"]), max_size=3)),
    max_size=60, unique_by=lambda e: e.id)


@settings(max_examples=150, deadline=None)
@given(_events)
def test_every_event_is_read_back_exactly_in_chronological_order(events) -> None:
    stored = store_of(events, chronological=True)
    assert list(stored) == chronological(events)
    assert [stored.id_at(p) for p in range(len(stored))] == [e.id for e in stored]


@settings(max_examples=150, deadline=None)
@given(_events)
def test_events_kept_in_their_order_are_read_back_in_it(events) -> None:
    assert list(store_of(events)) == events


@settings(max_examples=150, deadline=None)
@given(_events)
def test_the_columns_agree_with_the_events(events) -> None:
    stored = store_of(events, chronological=True)
    ordered = chronological(events)
    assert stored.places.tolist() == [e.place for e in ordered]
    assert stored.starts.tolist() == [e.start for e in ordered]
    assert stored.ends.tolist() == [e.end for e in ordered]
    assert [stored.date_text(p) for p in range(len(ordered))] == [e.date.text for e in ordered]
    flags = stored.columns.date_flags[stored.date_codes]
    assert flags.tolist() == [date_flags(e.date) for e in ordered]  # each date's forms
    assert [stored.search_text(p) for p in range(len(ordered))] == \
        [e.search_text for e in ordered]
    cited = [tuple(dict.fromkeys(c.source for c in cited_by(e))) for e in ordered]
    assert [stored.cited(p) for p in range(len(ordered))] == cited
    assert stored.source_counts == bytes(map(len, cited))
    assert {s: list(p) for s, p in stored.by_source.items()} == {
        s: [p for p, ids in enumerate(cited) if s in ids] for s in {i for c in cited for i in c}}


@settings(max_examples=150, deadline=None)
@given(_events, st.lists(st.integers(0, 10_001), max_size=5))
def test_an_id_is_found_where_its_event_is_and_nowhere_else(events, numbers) -> None:
    stored = store_of(events, chronological=True)
    for position, event in enumerate(stored):
        assert stored.position_of(event.id) == position
        assert stored.by_id[event.id] == event
    ids = {e.id for e in events}
    for number in numbers:
        if f"e{number}" not in ids:
            assert stored.position_of(f"e{number}") is None
            assert f"e{number}" not in stored.by_id


def test_an_event_no_record_can_hold_is_kept_as_it_is() -> None:
    odd = Event("odd", "A\ud800B", parse_edtf("2020"), "c")
    stored = store_of([Event("z", "Z", parse_edtf("2021"), "c"), odd], chronological=True)
    assert list(stored) == [odd, Event("z", "Z", parse_edtf("2021"), "c")]
    assert stored.search_text(0) == odd.search_text
    assert stored.position_of("odd") == 0


def test_more_rows_than_one_chunk_keep_their_order() -> None:
    events = [Event(f"e{n:06d}", "t", parse_edtf(f"{2000 + n % 20}"), "c")
              for n in range(40_000)]
    builder = StoreBuilder()
    for event in chronological(events):
        builder.add(row_of(event))
    assert list(builder.finish(chronological=True)) == chronological(events)
    assert list(store_of(reversed(events), chronological=True)) == chronological(events)
