"""The columnar core's goals are judged from the results they name, met or missed."""

from __future__ import annotations

from benchmarks.goals import goals_table


def _window(search_ms: float, other_ms: float, pause: int, peak_mb: float = 500.0) -> dict:
    def summary(value: float) -> dict:
        return {"n": 2, "median_ms": value / 2, "p95_ms": value, "max_ms": value}
    filters = {kind: summary(other_ms)
               for kind in ("category_toggle", "hide_half", "date_range", "evidence")}
    return {"filters": {**filters, "search_keystroke": summary(search_ms)},
            "debounce_ms_not_included": pause, "peak_rss_mb": peak_mb}


def test_goals_at_a_hundred_thousand_events_are_met_or_missed_by_their_figures() -> None:
    startup = {"launch_to_usable_s": 0.4, "launch_to_shown_s": 0.3, "peak_rss_mb": 300.0,
               "runs": []}
    rows = goals_table({"100000": {"startup": startup, "window": _window(20.0, 5.0, 50)}})
    hundred_thousand = [row for row in rows if row.startswith("| 100,000 |")]
    assert [row.split(" | ")[3] for row in hundred_thousand] == ["met", "**missed**", "met"]
    assert "70.0 ms" in hundred_thousand[2]  # the pause and the slowest keystroke


def test_a_size_the_run_did_not_measure_shows_every_goal_as_not_measured() -> None:
    rows = [row for row in goals_table({}) if row.startswith("| 1,000,000 |")]
    assert len(rows) == 5 and all("| not measured | not measured |" in row for row in rows)


def test_the_million_event_goals_read_the_core_the_yardstick_and_the_window() -> None:
    entry = {"core": {"load": {"median_s": 5.0, "parse_median_s": 1.0, "build_median_s": 4.0,
                               "peak_rss_mb": 650.0}, "peak_rss_mb": 650.0},
             "json": {"median_s": 4.0, "msgspec_median_s": 3.0},
             "window": _window(40.0, 60.0, 150, peak_mb=700.0)}
    rows = {row.split(" | ")[1]: row for row in goals_table({"1000000": entry})
            if row.startswith("| 1,000,000 |")}
    assert "| 1.7× (5.00 s) | met |" in rows["load and validate, core, ≤ 2× msgspec typed decoding"]
    memory = rows["peak memory ≤ 600 MB"]
    assert "700 MB (window after the filter changes)" in memory and "**missed**" in memory
    assert "loading alone (no Qt) 650 MB" in memory
    filters = rows["any filter change, search keystroke included, until repainted ≤ 50 ms"]
    assert "worst 60.0 ms" in filters and "**missed**" in filters


def test_ten_million_events_are_judged_by_the_command_lines_peak_against_the_machine() -> None:
    def line(peak_mb: float) -> dict:
        return {"machine_ram_mb": 24_000.0,
                "validate": {"seconds": 90.0, "peak_rss_mb": peak_mb},
                "list_csv": {"seconds": 120.0, "peak_rss_mb": peak_mb - 1, "rows": 1_250_000}}

    def verdict(entry: dict) -> str:
        return next(row for row in goals_table({"10000000": entry})
                    if row.startswith("| 10,000,000 |"))

    assert "| peak 9,000 MB of 24,000 MB | met |" in verdict({"command_line": line(9_000.0)})
    assert "`list` of 1,250,000 events 120.00 s" in verdict({"command_line": line(9_000.0)})
    assert "**missed**" in verdict({"command_line": line(30_000.0)})
    assert "| not measured | not measured |" in verdict({})
