"""What every importer builds: a timeline document, and where each event came from.

Categories are made from the labels a file uses (coloured in order from a
fixed palette), sources from the source texts it has, and every event cites
the file itself, with its row or JSON path as the locator, when it cites no
source of its own: an imported event always names where it came from.
``Imported`` carries the document, the place of each event in the file (so a
problem the validator finds names the row, not ``events[12]``) and the
problems of the rows that were left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline_app.formats.table import shown_place
from timeline_app.model.problems import Problem, Severity
from timeline_app.wording import translate

#: Tableau 10: distinct for up to ten categories, then repeated.
CATEGORY_COLORS = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                   "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
FILE_SOURCE = "file"
TITLE_FROM_TEXT_CHARS = 80
NO_CATEGORY = "Uncategorised"
_NOT_ID = re.compile(r"[^\w]+")
_ID = re.compile(r"[\w-]+")


@dataclass(slots=True)
class Imported:
    """A file read into a timeline document."""

    file: str
    document: dict[str, Any]
    places: list[str]  # for each event of the document, where it is in the file
    left_out: list[Problem] = field(default_factory=list)  # rows or items not imported
    warnings: list[Problem] = field(default_factory=list)


LEFT_OUT_KEPT = 1000
"""Rows left out past this many are counted, not kept: a file of millions of unreadable rows
would otherwise hold a problem for each."""


class DocumentBuilder:
    """Builds an ``Imported`` event by event; ids of categories and sources are made here."""

    def __init__(self, path: Path, title: str | None = None,
                 description: str | None = None) -> None:
        self.file = str(path)
        self.name = path.name
        self.title = title or path.stem
        self.description = description
        self._categories: dict[str, dict[str, str]] = {}  # by label
        self._sources: dict[str, dict[str, str]] = {}  # by text
        self._cites_file = False
        self._ids: set[str] = set()
        self.periods: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.places: list[str] = []
        self.left_out: list[Problem] = []
        self._more_left_out = 0
        self.warnings: list[Problem] = []

    def category(self, label: str | None) -> str:
        """The id of the category ``label`` (created on first use)."""
        label = (label or "").strip() or NO_CATEGORY
        found = self._categories.get(label)
        if found is None:
            color = CATEGORY_COLORS[len(self._categories) % len(CATEGORY_COLORS)]
            found = {"id": self._unique(label, {c["id"] for c in self._categories.values()}),
                     "label": label, "color": color}
            self._categories[label] = found
        return found["id"]

    def source(self, text: str) -> str:
        """The id of the source a file names as ``text`` (created on first use)."""
        found = self._sources.get(text)
        if found is None:
            ids = {s["id"] for s in self._sources.values()} | {FILE_SOURCE}
            found = {"id": self._unique(text, ids), "title": text, "publisher": text}
            self._sources[text] = found
        return found["id"]

    def source_with_id(self, ident: str) -> None:
        """A source a file cites by id without describing it (the app's own CSV)."""
        if ident != FILE_SOURCE and ident not in self._sources:
            self._sources[ident] = {"id": ident, "title": ident, "publisher": ident}

    def file_citation(self, locator: str) -> dict[str, str]:
        """A citation of the file itself at ``locator`` ("row 12", "events[3]")."""
        self._cites_file = True
        return {"source": FILE_SOURCE, "locator": locator}

    def event_id(self, wanted: str | None, place: str) -> str | None:
        """``wanted`` if no event has it yet (else None, and a problem is recorded), or
        an id made from the place ("row 12" gives "row-12") when the file gives none."""
        if wanted:
            if wanted in self._ids:
                self.leave_out(place, translate(
                    "ImportedDocument", "the id {id} is used again: this row was left out"
                ).format(id=repr(wanted)))
                return None
            self._ids.add(wanted)
            return wanted
        made = self._unique(place.replace(" ", "-"), self._ids)
        self._ids.add(made)
        return made

    def add_event(self, event: dict[str, Any], place: str) -> None:
        self.events.append(event)
        self.places.append(place)

    def leave_out(self, place: str, message: str) -> None:
        """Record a row left out; past ``LEFT_OUT_KEPT`` they are counted, not kept."""
        if len(self.left_out) < LEFT_OUT_KEPT:
            self.left_out.append(Problem(self.file, shown_place(place), message))
        else:
            self._more_left_out += 1

    def warn(self, kind: str, place: str, message: str) -> None:
        self.warnings.append(Problem(self.file, shown_place(place), message, Severity.WARNING,
                                     kind))

    def result(self) -> Imported:
        sources = list(self._sources.values())
        if self._cites_file:
            sources.insert(0, {"id": FILE_SOURCE, "title": self.name,
                               "publisher": f"imported from {self.name}"})
        document: dict[str, Any] = {"title": self.title}
        if self.description:
            document["description"] = self.description
        document.update(categories=list(self._categories.values()), sources=sources,
                        events=self.events)
        if self.periods:
            document["periods"] = self.periods
        left_out = self.left_out + ([Problem(
            self.file, "", translate("ImportedDocument", "… and {count} more rows left out"
                                     ).format(count=f"{self._more_left_out:,}"),
            more=self._more_left_out)] if self._more_left_out else [])
        return Imported(self.file, document, self.places, left_out, self.warnings)

    @staticmethod
    def _unique(text: str, taken: set[str]) -> str:
        """``text`` itself when it is already an id, else made into one; unique."""
        base = text if _ID.fullmatch(text) else \
            _NOT_ID.sub("-", text.casefold()).strip("-") or "item"
        made, number = base, 2
        while made in taken:
            made, number = f"{base}-{number}", number + 1
        return made


def title_from(text: str) -> str:
    """A title made from the start of ``text``, for a row or slide that has none."""
    words = " ".join(text.split())
    if len(words) <= TITLE_FROM_TEXT_CHARS:
        return words
    return words[:TITLE_FROM_TEXT_CHARS].rsplit(" ", 1)[0] + "…"
