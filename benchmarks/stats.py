"""Timing summaries and peak memory, shared by every probe."""

from __future__ import annotations

import gc
import math
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import Any

OLDEST_GENERATION = 2


def timed(action: Callable[[], Any]) -> float:
    """Seconds ``action()`` took, by ``time.perf_counter``."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def summarize(seconds: Sequence[float]) -> dict[str, float | int]:
    """Median, p95 (nearest rank) and max in milliseconds, and the sample count."""
    ordered = sorted(seconds)
    if not ordered:
        raise ValueError("no samples to summarize")
    rank = math.ceil(0.95 * len(ordered)) - 1
    return {
        "n": len(ordered),
        "median_ms": statistics.median(ordered) * 1e3,
        "p95_ms": ordered[rank] * 1e3,
        "max_ms": ordered[-1] * 1e3,
    }


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (``ru_maxrss``)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes there, KiB here


class FullCollections:
    """Full (oldest-generation) garbage collections while active: how many and how long.

    Each pass walks every live container object, so with a big model loaded
    they show up as long frames.
    """

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def __enter__(self) -> FullCollections:
        gc.callbacks.append(self._on_collection)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        gc.callbacks.remove(self._on_collection)

    def _on_collection(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != OLDEST_GENERATION:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append(time.perf_counter() - self._started)

    def summary(self) -> dict[str, float | int]:
        return {"count": len(self.pauses), "longest_ms": max(self.pauses, default=0.0) * 1e3,
                "total_ms": sum(self.pauses) * 1e3}
