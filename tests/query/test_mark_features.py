"""The key of the marks finds what it shows from the date texts that can carry it, exactly
as if it had read every mark."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synth import MIXES, events
from timeline_app.model.dates import Bound, Range
from timeline_app.model.edtf import may_have_features, parse_edtf
from timeline_app.model.events import AlternativeDate, Category, Event, Timeline
from timeline_app.query.event_table import EventTable

_DATES = ["2017", "2019-03", "2024-04", "2024-05-01", "2024-06/..", "../2019-03",
          "2020-01/2021-06", "2022-02-02~", "2023?", "2019/", "/2019-05", "[2016,2024-05]",
          "{2018,2030}", "[..2019-04]", "2024-05-01T10:00:00Z", "-0043-03-15", "Y-170000000",
          "Y-170000002S3", "201X", "1985-XX-05", "2004-06-11%", "2020-21", "?2019-~05-01"]


def _features(ranges: list[Range]) -> tuple[bool, ...]:
    """What the key asks of the marks: each feature, whether some range has it."""
    return (any(r.qualifiers.approximate for r in ranges),
            any(r.qualifiers.uncertain for r in ranges),
            any(r.unspecified for r in ranges),
            any(Bound.OPEN in (r.low_bound, r.high_bound) for r in ranges),
            any(Bound.UNKNOWN in (r.low_bound, r.high_bound) for r in ranges))


def test_a_date_text_without_the_feature_characters_has_no_feature():
    texts = set(_DATES) | {event["date"] for mix in MIXES for event in events(3000, 5, mix)}
    for text in texts:
        if not may_have_features(text):
            assert _features(list(parse_edtf(text).ranges)) == (False,) * 5, text
    assert not may_have_features("2024-05-01T10:00:00+08:00")
    assert all(map(may_have_features, ("2023?", "201X", "Y-170000002S3", "2019/", "..")))


@st.composite
def _timeline(draw) -> Timeline:
    dates = st.sampled_from(_DATES)
    rows = draw(st.lists(st.tuples(dates, st.lists(dates, max_size=2)), min_size=1,
                         max_size=30))
    built = [Event(f"e{i:03d}", "t", parse_edtf(date), "c",
                   alternatives=tuple(AlternativeDate(parse_edtf(a)) for a in others))
             for i, (date, others) in enumerate(rows)]
    return Timeline.build("T", None, [Category("c", "C", "#000000")], [], built)


@settings(max_examples=150, deadline=None)
@given(timeline=_timeline(), data=st.data())
def test_the_featured_ranges_show_the_features_of_the_marks_they_stand_for(timeline, data):
    ranges = EventTable(timeline.events).marks.ranges
    assert _features(ranges.featured()) == _features(list(ranges))
    kept = data.draw(st.lists(st.booleans(), min_size=len(ranges), max_size=len(ranges)))
    positions = np.flatnonzero(np.array(kept, dtype=bool))
    assert _features(ranges.featured(positions)) == \
        _features([ranges[p] for p in positions.tolist()])
