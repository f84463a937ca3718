"""Reading a size's results and formatting table cells; a missing or failed probe
shows as a dash or "failed", never as a number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DASH = "—"
FAILED = "failed"

Entry = dict[str, Any]
Cell = Callable[[Entry], str]


def section(entry: Entry, name: str) -> dict[str, Any] | None:
    """A probe's results, or None when it was not run or failed."""
    value = entry.get(name)
    return value if isinstance(value, dict) and "error" not in value else None


def cell(name: str, read: Callable[[dict[str, Any]], str]) -> Cell:
    """A cell showing ``read(probe results)``, or a dash/"failed" without them."""

    def show(entry: Entry) -> str:
        value = entry.get(name)
        if value is None:
            return DASH
        if "error" in value:
            return FAILED
        try:
            return read(value)
        except KeyError:
            return DASH

    return show


def ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:,.0f}"


def seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"


def spread(summary: dict[str, float]) -> str:
    """median / p95 / max in ms."""
    return f"{ms(summary['median_ms'])} / {ms(summary['p95_ms'])} / {ms(summary['max_ms'])}"


def median_max(summary: dict[str, float]) -> str:
    return f"{ms(summary['median_ms'])} / {ms(summary['max_ms'])}"


def megabytes(value: float) -> str:
    return f"{value:,.0f} MB"


def count(value: int) -> str:
    return f"{value:,}"
