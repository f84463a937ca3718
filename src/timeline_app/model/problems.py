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

from timeline_app.wording import translate

WARNINGS_SHOWN_PER_KIND = 5


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
    #: a tally of problems of ``kind`` that were counted but not kept (``tally_warnings``,
    #: and the rows an import leaves out past the first thousand)
    more: int = 0

    def location(self) -> str:
        """``FILE: PATH`` or ``FILE:LINE:COLUMN`` for syntax errors, ``FILE`` for file errors."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        if self.path:
            where += f": {self.path}"
        return where

    def format(self) -> str:
        prefix = _warning_prefix() if self.severity is Severity.WARNING else ""
        return f"{self.location()}: {prefix}{self.message}"


def _warning_prefix() -> str:
    return translate("Problems", "warning: ")


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
            lines.append(f"{self.file}: " + translate(
                "Problems", "stopped after {count:,} problems").format(count=len(self.problems)))
        return "\n".join(lines)


WARNINGS_KEPT_PER_KIND = 1000
"""Warnings of one kind past this many are counted, not kept: a file of a million events
with an unknown key each would otherwise hold a million warnings in memory."""


def tally_warnings(kept: list[Problem], unkept: Counter[str], file: str) -> list[Problem]:
    """``kept``, then a tally for each kind that had warnings left out."""
    return kept + [Problem(file, "", _more_of_kind(kind, count), Severity.WARNING, kind,
                           more=count)
                   for kind, count in unkept.items()]


def _more_of_kind(kind: str, count: int) -> str:
    """How ``count`` more warnings of ``kind`` are summed up: "… and 99,990 more events
    without a source"."""
    if kind == "unknown-key":
        text = translate("Problems", "… and {count:,} more unknown keys")
    elif kind == "no-source":
        text = translate("Problems", "… and {count:,} more events without a source")
    elif kind == "link-scheme":
        text = translate("Problems", "… and {count:,} more links that are not http or https")
    else:
        text = translate("Problems", "… and {count:,} more warnings like these")
    return text.format(count=count)


def problem_count(problems: Iterable[Problem]) -> int:
    """How many problems (or warnings) there were, those only tallied included."""
    return sum(p.more or 1 for p in problems)


def summarize_warnings(warnings: Iterable[Problem],
                       shown_per_kind: int = WARNINGS_SHOWN_PER_KIND) -> list[str]:
    """Format warnings, showing the first few of each kind and a count of the rest."""
    warnings = list(warnings)
    totals: Counter[str] = Counter()
    for warning in warnings:
        totals[warning.kind] += warning.more or 1
    seen: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    lines: list[str] = []
    for warning in warnings:
        kind = warning.kind
        seen[kind] += warning.more or 1
        if not warning.more and shown[kind] < shown_per_kind:
            shown[kind] += 1
            lines.append(warning.format())
        elif seen[kind] == totals[kind]:
            lines.append(f"{warning.file}: {_warning_prefix()}"
                         f"{_more_of_kind(kind, totals[kind] - shown[kind])}")
    return lines
