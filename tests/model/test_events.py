"""Event ordering: the two-sort fast path must order exactly like the sort key."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Event, chronological, chronological_key

_DATES = ["2019", "2019-03", "2019-03-01", "2019-03-01/2019-04-01", "../2019-03", "2019/..",
          "2020-01-01~"]


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(_DATES), st.text("abc", min_size=1, max_size=3)),
                     unique_by=lambda row: row[1], max_size=30))
def test_chronological_orders_by_first_day_then_id_like_the_sort_key(rows) -> None:
    events = [Event(ident, ident, parse_edtf(when), "c") for when, ident in rows]
    assert chronological(events) == sorted(events, key=chronological_key)
