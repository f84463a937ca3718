"""The shown set: narrowing by a filter's mask is the same as building afresh."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.layout.builder import build_frame
from timeline_app.layout.scale import TimeScale
from timeline_app.layout.shown import ShownSet
from timeline_app.model.calendar import seconds_at
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Category, Event

CATEGORIES = (Category("a", "Alpha", "#aa0000"), Category("b", "Beta", "#0000aa"))
BASE = date(2020, 1, 1).toordinal()
_EVENTS = st.lists(
    st.tuples(st.integers(0, 1500), st.sampled_from(["%Y-%m-%d", "%Y-%m", "%Y"]),
              st.sampled_from("ab")),
    max_size=120,
).map(lambda rows: [
    Event(id=f"e{i:06d}", title=f"Event number {i}", category=category,
          date=parse_edtf(date.fromordinal(BASE + offset).strftime(shape)))
    for i, (offset, shape, category) in enumerate(rows)])


@settings(max_examples=100, deadline=None)
@given(events=_EVENTS, keep=st.lists(st.booleans(), min_size=120, max_size=120),
       start=st.integers(-100, 1500), span=st.floats(2.0, 3000.0), grouped=st.booleans())
def test_a_narrowed_set_lays_out_exactly_like_a_fresh_one(
        events, keep, start, span, grouped) -> None:
    kept = {e.id: k for e, k in zip(events, keep, strict=False)}
    full = ShownSet(events, CATEGORIES)
    narrowed = full.narrowed_to(bytes(kept[e.id] for e in full.table.events))
    fresh = ShownSet([e for e in events if kept[e.id]], CATEGORIES)
    scale = TimeScale(seconds_at(2020) + start * 86_400, 0.0, span * 86_400, 900,
                      seconds_at(2014), seconds_at(2031))
    assert narrowed.events == fresh.events
    a = build_frame(narrowed, scale, 400, group_by_category=grouped)
    b = build_frame(fresh, scale, 400, group_by_category=grouped)
    assert (a.glyphs, a.clusters, a.bands) == (b.glyphs, b.clusters, b.bands)
    assert [c.event_ids for c in a.clusters] == [c.event_ids for c in b.clusters]
    assert all(narrowed.position_of(e.id) == i for i, e in enumerate(fresh.events))


def test_a_shown_event_is_found_by_id_and_a_hidden_one_is_not() -> None:
    events = [Event(id=f"e{i}", title="t", date=parse_edtf(f"202{i}"), category="ab"[i % 2])
              for i in range(4)]
    full = ShownSet(events, CATEGORIES)
    narrowed = full.narrowed_to(bytes([1, 0, 1, 0]))
    assert [e.id for e in narrowed.events] == ["e0", "e2"]
    assert narrowed.position_of("e2") == 1 and narrowed.position_of("e1") is None
    assert narrowed.event("e2") == events[2] and narrowed.event("e1") is None
    assert narrowed.event(None) is None
    assert narrowed.bands.categories == ("a",)


def test_a_mask_that_keeps_everything_is_the_whole_set() -> None:
    events = [Event(id=f"e{i}", title="t", date=parse_edtf(f"202{i}"), category="a")
              for i in range(3)]
    assert ShownSet(events, CATEGORIES).narrowed_to(bytes([1, 1, 1])).mask is None
