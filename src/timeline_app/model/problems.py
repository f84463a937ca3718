"""Problems found in a timeline file, and how they are reported.

A problem names the file and the JSON path (``events[12].date``), plus the
line and column for syntax errors. Warnings carry a ``kind`` so that a large
file's thousand identical warnings can be summed up after the first few.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

WARNINGS_SHOWN_PER_KIND = 5

#: How each warning kind is summed up: "… and 99,990 more events without a source".
_KIND_PLURALS = {
    "unknown-key": "unknown keys",
    "no-source": "events without a source",
    "link-scheme": "links that are not http or https",
}


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    path: str
    message: str
    severity: Severity = Severity.ERROR
    kind: str = "error"
    line: int | None = None
    column: int | None = None

    def location(self) -> str:
        """``FILE: PATH`` or ``FILE:LINE:COLUMN`` for syntax errors, ``FILE`` for file errors."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        if self.path:
            where += f": {self.path}"
        return where

    def format(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.location()}: {prefix}{self.message}"


class LoadError(Exception):
    """A file that could not be loaded; ``problems`` holds every error found (up to a cap)."""

    def __init__(self, file: str, problems: list[Problem], truncated: bool = False) -> None:
        self.file = file
        self.problems = problems
        self.truncated = truncated
        super().__init__(self.describe())

    def describe(self) -> str:
        lines = [p.format() for p in self.problems]
        if self.truncated:
            lines.append(f"{self.file}: stopped after {len(self.problems):,} problems")
        return "\n".join(lines)


def summarize_warnings(warnings: Iterable[Problem],
                       shown_per_kind: int = WARNINGS_SHOWN_PER_KIND) -> list[str]:
    """Format warnings, showing the first few of each kind and a count of the rest."""
    warnings = list(warnings)
    totals = Counter(w.kind for w in warnings)
    seen: Counter[str] = Counter()
    lines: list[str] = []
    for warning in warnings:
        seen[warning.kind] += 1
        if seen[warning.kind] <= shown_per_kind:
            lines.append(warning.format())
        elif seen[warning.kind] == totals[warning.kind]:
            rest = totals[warning.kind] - shown_per_kind
            plural = _KIND_PLURALS.get(warning.kind, "warnings like these")
            lines.append(f"{warning.file}: warning: … and {rest:,} more {plural}")
    return lines
