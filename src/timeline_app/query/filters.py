"""The one event filter shared by the CLI, the window and the exports.

Semantics (all criteria are ANDed):
- categories: the event's category is one of them (ORed); ``None`` means all;
- date range: one of the event's marks (its date, a member of its set, or
  one of its alternative dates) overlaps the range, so the event *may* fall in
  it; with ``within``, one of its marks lies wholly inside the range, so it
  does. ``--from 2024`` starts at the first second of 2024 and ``--to 2024``
  ends with its last; a bound may be any EDTF date, and means its whole span.
  Open and unknown event ends are unbounded, so ``2024/..`` overlaps every
  later range and is within none that ends. ``may_fall`` counts the kept events
  that only may fall in the range: those no mark of which lies wholly inside;
- search: a casefolded substring of the title, summary, display dates,
  actors, places, tags, alternative dates' notes, other fields, or a translated
  title or summary;
- dates read from text: ``True`` keeps only the events whose date an importer
  read from words ("early 2024"), ``False`` hides them; ``None`` keeps both;
- evidence: a confidence among ``confidences`` (``unset`` for none given), a
  citation of one of ``sources`` (by the event or an alternative date), a date
  of one of the ``date_forms`` (``model.date_forms.DATE_FORMS``), each ORed
  within itself; ``one_source`` keeps the events that cite a single source.

There is one implementation of these criteria: ``select``, over the columns
of ``query.columns`` (a byte mask, built in C loops). ``apply`` (CLI,
exports) builds columns for the events it is given and calls it; the window
calls it on the timeline's prebuilt ``EventTable``. While the user types, a
search word that contains the previous one only looks at the previous
result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from timeline_app.model.calendar import OPEN_END, OPEN_START
from timeline_app.model.date_forms import DATE_FORM_NAMES, form_bits
from timeline_app.model.date_words import iso_place
from timeline_app.model.dates import DateError
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import Event, Timeline
from timeline_app.model.languages import category_label
from timeline_app.query.columns import EventColumns
from timeline_app.query.evidence import CONFIDENCE_CHOICES, confidence_words, form_words
from timeline_app.query.masks import as_mask, from_positions, intersect
from timeline_app.query.shown_events import ShownEvents
from timeline_app.wording import current, translate


@dataclass(frozen=True, slots=True)
class EventFilter:
    categories: frozenset[str] | None = None
    start: int = OPEN_START  # the first place kept
    end: int = OPEN_END  # the first place after the range
    search: str = ""
    #: The bounds as the user wrote them, for describe(); empty when unbounded.
    start_text: str = ""
    end_text: str = ""
    read_from_text: bool | None = None
    within: bool = False
    confidences: frozenset[str] | None = None
    sources: frozenset[str] | None = None
    date_forms: frozenset[str] | None = None
    one_source: bool = False

    @classmethod
    def from_text(cls, categories: Iterable[str] | None = None, date_from: str | None = None,
                  date_to: str | None = None, search: str | None = None,
                  read_from_text: bool | None = None, within: bool = False) -> EventFilter:
        """Build a filter from user input; raise DateError naming the bad bound."""
        start = _bound(date_from, "from", use_start=True)
        end = _bound(date_to, "to", use_start=False)
        if start >= end:
            raise DateError(f"the range starts ({date_from}) after it ends ({date_to})")
        cats = frozenset(categories) if categories is not None else None
        return cls(cats, start, end, search or "", date_from or "", date_to or "",
                   read_from_text, within)

    @property
    def has_range(self) -> bool:
        return self.start != OPEN_START or self.end != OPEN_END

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every event through."""
        return (self.categories is None and not self.has_range and not self.search
                and self.read_from_text is None and not self.has_evidence)

    @property
    def has_evidence(self) -> bool:
        """Some criterion on what the events rest on is set."""
        return (self.confidences is not None or self.sources is not None
                or self.date_forms is not None or self.one_source)

    def matches(self, event: Event) -> bool:
        return bool(self.apply((event,)))

    def apply(self, events: Sequence[Event]) -> Sequence[Event]:
        """The matching events, in the order given (a Timeline's is chronological), each
        decoded from the stored events when it is read."""
        columns = EventColumns(events)
        mask = self.select(columns)
        return columns.events if mask is None else ShownEvents(columns.events, mask)

    def select(self, columns: EventColumns) -> bytes | None:
        """A byte per position of ``columns``: 1 where the event matches. None when
        the filter is empty (every event matches).

        Cheapest criterion first; search then looks only at the positions the
        others let through, or at the previous search's result when its word
        is part of this one (remembered in ``columns.search_memo``).
        """
        mask: bytes | None = None
        if self.categories is not None:
            mask = columns.in_categories(self.categories)
        if self.read_from_text is not None:
            flags = columns.read_from_text
            mask = intersect(mask, flags if self.read_from_text else flags.translate(_NOT))
        if self.has_evidence:
            mask = intersect(mask, self._evidence(columns))
        if self.has_range:
            mask = intersect(mask, self._within_range(columns) if self.within
                             else self._in_range(columns))
        if not self.search:
            return mask
        needle = self.search.casefold()
        others = (self.categories, self.start, self.end, self.read_from_text, self.within,
                  self.confidences, self.sources, self.date_forms, self.one_source)
        memo = columns.search_memo
        if memo is not None and memo[0] == others and memo[1] in needle:
            mask = memo[2]
        mask = columns.search(needle, mask)
        columns.search_memo = (others, needle, mask)
        return mask

    def _evidence(self, columns: EventColumns) -> bytes:
        """A byte per event: 1 where it meets every evidence criterion set."""
        mask: bytes | None = None
        if self.confidences is not None:
            wanted = bytes(c in self.confidences for c in CONFIDENCE_CHOICES)
            mask = columns.confidence.translate(wanted.ljust(256, b"\0"))
        if self.sources is not None:
            by_source = columns.by_source
            cited = [by_source[s] for s in self.sources if s in by_source]
            positions = np.concatenate(cited) if cited else np.zeros(0, np.intp)
            mask = intersect(mask, from_positions(positions, len(columns)))
        if self.date_forms is not None:
            bits = form_bits(self.date_forms)
            mask = intersect(mask, as_mask(columns.date_forms & bits != 0))
        if self.one_source:
            mask = intersect(mask, columns.source_counts.translate(_ONE))
        assert mask is not None
        return mask

    def may_fall(self, columns: EventColumns, mask: bytes | None) -> int:
        """How many of the events ``mask`` keeps (this filter's ``select``) only may fall
        in the range: none of their marks lies wholly inside it. 0 without a range, and
        in the ``within`` mode, which keeps none of them."""
        if not self.has_range or self.within:
            return 0
        within = self._within_range(columns)
        kept = len(columns) if mask is None else mask.count(1)
        return kept - (within.count(1) if mask is None else intersect(mask, within).count(1))

    def _in_range(self, columns: EventColumns) -> bytes:
        """A byte per event: 1 where one of its marks overlaps the range."""
        spans = columns.spans.arrays
        return self._per_event(columns, (spans.start < self.end) & (spans.end > self.start))

    def _within_range(self, columns: EventColumns) -> bytes:
        """A byte per event: 1 where one of its marks lies wholly inside the range."""
        spans = columns.spans.arrays
        return self._per_event(columns, (spans.start >= self.start) & (spans.end <= self.end))

    @staticmethod
    def _per_event(columns: EventColumns, hits: npt.NDArray[np.bool_]) -> bytes:
        owners = columns.spans.arrays.event
        if owners is None:
            return as_mask(hits)
        return from_positions(owners[hits], len(columns))

    def _describe_range(self) -> str:
        start = self.start_text or iso_place(self.start)
        end = self.end_text or iso_place(self.end - 1)
        if self.start == OPEN_START:
            words = (translate("EventFilter", "until {end}, the whole date within") if self.within
                     else translate("EventFilter", "until {end}"))
        elif self.end == OPEN_END:
            words = (translate("EventFilter", "from {start}, the whole date within")
                     if self.within else translate("EventFilter", "from {start}"))
        else:
            words = (translate("EventFilter", "{start} to {end}, the whole date within")
                     if self.within else translate("EventFilter", "{start} to {end}"))
        return words.format(start=start, end=end)

    def _describe_evidence(self, timeline: Timeline) -> list[str]:
        parts = []
        comma, none = translate("EventFilter", ", "), translate("EventFilter", "none")
        if self.confidences is not None:
            levels = comma.join(confidence_words(c) for c in CONFIDENCE_CHOICES
                                if c in self.confidences)
            parts.append(translate("EventFilter", "confidence: {levels}").format(
                levels=levels or none))
        if self.sources is not None:
            titles = [s.title for s in timeline.sources if s.id in self.sources]
            titles += sorted(self.sources - {s.id for s in timeline.sources})
            parts.append(translate("EventFilter", "sources: {titles}").format(
                titles=translate("EventFilter", "; ").join(titles) or none))
        if self.date_forms is not None:
            forms = comma.join(form_words(f) for f in DATE_FORM_NAMES if f in self.date_forms)
            parts.append(translate("EventFilter", "dates: {forms}").format(forms=forms or none))
        if self.one_source:
            parts.append(translate("EventFilter", "resting on one source"))
        return parts

    def describe(self, timeline: Timeline) -> str:
        """One line naming the active filters, e.g.
        'Categories: Forums, Agreements · 2019-01 to 2024-12 · search "arbitration"'."""
        parts: list[str] = []
        language = current().language
        if self.categories is not None:
            labels = [category_label(c, language, timeline.language)
                      for c in timeline.categories if c.id in self.categories]
            parts.append(translate("EventFilter", "Categories: {labels}").format(
                labels=translate("EventFilter", ", ").join(labels) if labels
                else translate("EventFilter", "none")))
        if self.has_range:
            parts.append(self._describe_range())
        if self.search:
            parts.append(translate("EventFilter", 'search "{text}"').format(text=self.search))
        if self.read_from_text is not None:
            parts.append(translate("EventFilter", "only dates read from text")
                         if self.read_from_text
                         else translate("EventFilter", "no dates read from text"))
        parts.extend(self._describe_evidence(timeline))
        return " · ".join(parts) if parts else translate("EventFilter", "All events")


_NOT = bytes([1, 0]).ljust(256, b"\0")


_ONE = bytes([0, 1]).ljust(256, b"\0")


def _bound(text: str | None, name: str, use_start: bool) -> int:
    if text is None or text == "":
        return OPEN_START if use_start else OPEN_END
    try:
        parsed = parse_edtf(text)
    except DateError as error:
        raise DateError(f"--{name}: {error}") from None
    return parsed.start if use_start else parsed.end
