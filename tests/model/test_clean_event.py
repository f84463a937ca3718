"""The validator's fast path agrees with the general path on every event it accepts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.clean_event import build_clean_event
from timeline_app.model.document import _event
from timeline_app.model.event_records import decode_event
from timeline_app.model.field_checks import Collector
from timeline_app.model.store_builder import row_of

CATEGORIES = {"f", "a"}
SOURCES = {"s", "t"}


def mostly(valid: st.SearchStrategy, invalid: st.SearchStrategy) -> st.SearchStrategy:
    """Valid seven times in eight, so that the fast path is exercised, not just refused."""
    return st.integers(0, 7).flatmap(lambda roll: invalid if roll == 5 else valid)


names = st.text(st.characters(codec="utf-8"), min_size=1, max_size=6).filter(str.strip)
bad_texts = st.one_of(st.just(""), st.just("  "), st.integers(), st.none())
string_lists = mostly(st.lists(st.text(max_size=4), max_size=3),
                      st.one_of(st.lists(st.integers(), min_size=1, max_size=2),
                                st.text(max_size=3)))
citation = st.fixed_dictionaries(
    {"source": mostly(st.sampled_from(["s", "t"]), st.sampled_from(["nope", 3]))},
    optional={"locator": mostly(st.text(max_size=4), st.integers())})
links = st.lists(mostly(st.sampled_from(["https://a.org", "http://b.org/x"]),
                        st.sampled_from(["javascript:alert(1)", "ftp://c", "x"])), max_size=2)
translation = st.fixed_dictionaries(
    {}, optional={"title": mostly(names, bad_texts), "summary": mostly(names, bad_texts),
                  "note": st.just("x")})
translations = mostly(
    st.dictionaries(mostly(st.sampled_from(["zh-Hans", "en", "vi", "zh-Hant-TW"]),
                           st.sampled_from(["zh_CN", "chinese", "", "z"])),
                    mostly(translation, st.sampled_from(["标题", 1, None, []])), max_size=2),
    st.sampled_from([[], "zh-Hans", 3]))
events = st.fixed_dictionaries(
    {
        "id": mostly(names, bad_texts), "title": mostly(names, bad_texts),
        "date": mostly(st.sampled_from(["2024", "2024-04", "2024-02-29", "2024/..",
                                        "../2019-03", "2024-04~"]),
                       st.sampled_from(["2023-02-29", "2024-13", "2024/2023", "April", 5])),
        "category": mostly(st.sampled_from(["f", "a"]), st.sampled_from(["nope", 1])),
        "sources": mostly(st.lists(citation, min_size=1, max_size=3),
                          st.sampled_from([None, [], "s"])),
    },
    optional={
        "display_date": mostly(st.text(max_size=5), st.integers()),
        "summary": mostly(st.text(max_size=5), st.integers()),
        "actors": string_lists, "places": string_lists, "tags": string_lists,
        "confidence": mostly(st.sampled_from(["confirmed", "single-source", "unverified"]),
                             st.sampled_from(["sure", 1])),
        "links": links,
        "fields": mostly(st.dictionaries(names, st.text(max_size=4), max_size=3),
                         st.one_of(st.dictionaries(names, st.integers(), min_size=1,
                                                   max_size=2), st.text(max_size=3))),
        "date_read_from_text": mostly(st.booleans(), st.sampled_from(["yes", 1, None])),
        "translations": translations,
    },
)


@settings(max_examples=600)
@given(st.one_of(events, st.integers(), st.lists(st.integers(), max_size=1)))
def test_the_fast_path_accepts_only_what_the_general_path_accepts_silently(raw):
    fast = build_clean_event(raw, CATEGORIES, SOURCES)
    collector = Collector("f.json")
    general = _event(raw, "events[0]", CATEGORIES, SOURCES, collector)
    if fast is not None:
        assert collector.errors == [] and collector.warnings == []
        assert fast == row_of(general)
        assert decode_event(fast[-1]) == general


def test_the_generated_events_exercise_both_paths():
    """Guards the test above against passing by refusing (or accepting) everything."""
    accepted: list[bool] = []

    @settings(max_examples=300, database=None)
    @given(events)
    def collect(raw):
        accepted.append(build_clean_event(raw, CATEGORIES, SOURCES) is not None)

    collect()
    assert len(accepted) >= 100
    assert 0.05 < sum(accepted) / len(accepted) < 0.95


@given(events.map(lambda raw: {**raw, "figures": [{"label": "n", "value": 1}]}))
def test_events_with_figures_or_unknown_keys_take_the_general_path(raw):
    assert build_clean_event(raw, CATEGORIES, SOURCES) is None
    assert build_clean_event({**raw, "surprise": 1}, CATEGORIES, SOURCES) is None


def test_the_fast_path_takes_a_typical_clean_event():
    raw = {"id": "e", "title": "T", "date": "2024-04", "category": "f", "actors": ["A"],
           "sources": [{"source": "s", "locator": "para. 2"}], "links": ["https://a.org"],
           "translations": {"zh-Hans": {"title": "标题", "summary": "摘要"}}}
    fast = build_clean_event(raw, CATEGORIES, SOURCES)
    assert fast is not None
    assert fast == row_of(_event(raw, "events[0]", CATEGORIES, SOURCES, Collector("f.json")))


@given(translations)
def test_the_fast_path_and_the_general_path_agree_on_every_translations_value(value):
    raw = {"id": "e", "title": "T", "date": "2024", "category": "f",
           "sources": [{"source": "s"}], "translations": value}
    collector = Collector("f.json")
    general = _event(raw, "events[0]", CATEGORIES, SOURCES, collector)
    fast = build_clean_event(raw, CATEGORIES, SOURCES)
    silent = not collector.errors and not collector.warnings
    assert (fast is not None) == silent
    if fast is not None:
        assert fast == row_of(general)
