"""The palette's caches: made once per key, bounded, and counts that fit a cluster."""

from __future__ import annotations

from timeline_app.render.palette import BoundedCache, TextFont, compact_count, palette_for
from timeline_app.render.style import Theme


def test_a_bounded_cache_makes_each_value_once_and_starts_afresh_when_full() -> None:
    made: list[int] = []
    cache = BoundedCache(lambda key: made.append(key) or key * 2, size=2)
    assert [cache(1), cache(1), cache(2)] == [2, 2, 4]
    assert made == [1, 2]
    cache(3)  # full: forgets 1 and 2
    cache(1)
    assert made == [1, 2, 3, 1]


def test_counts_are_compacted_to_fit_a_narrow_cluster() -> None:
    assert [compact_count(n) for n in (999, 2_900, 12_345, 1_200_000, 15_000_000)] == [
        "999", "2.9k", "12k", "1.2M", "15M"]


def test_a_count_label_falls_back_to_the_compact_form_when_the_full_one_is_too_wide(qapp):
    palette = palette_for(Theme.light())
    full, width = palette.count_label(123_456, 1_000.0)
    assert full == "123,456" and width > 0
    compact, _ = palette.count_label(123_456, width - 1)
    assert compact == "123k"


def test_each_theme_has_one_palette_and_elides_in_the_font_asked_for(qapp):
    palette = palette_for(Theme.dark())
    assert palette_for(Theme.dark()) is palette
    title = "A title far too long to fit in sixty pixels"
    elided = palette.elided((title, 60, TextFont.BOLD))
    assert elided.endswith("…") and palette.text_width((elided, TextFont.BOLD)) <= 60
