"""The chronology model: frozen, Qt-free, built once at load.

Derived values (each event's span and search text) are computed when the
event is built, so that filtering, indexing and painting never parse. An
event's marks are the ranges of its date and of its alternative dates
(``marks``): one for a plain date or interval, one per member of a set, and
one per range of each alternative.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from timeline_app.model.calendar import OPEN_START
from timeline_app.model.date_words import Era, describe
from timeline_app.model.dates import DateKind, EdtfDate, Precision, Range

if TYPE_CHECKING:
    from timeline_app.model.event_store import StoredEvents

Confidence = Literal["confirmed", "single-source", "unverified"]
CONFIDENCE_LEVELS: tuple[str, ...] = ("confirmed", "single-source", "unverified")
LINK_SCHEMES: tuple[str, ...] = ("http", "https")


@dataclass(frozen=True, slots=True)
class EventTranslation:
    """An event's title and summary in one more language (a BCP 47 tag), as the dataset's
    authors rendered them: never an official title. A text it lacks is the event's own."""

    language: str
    title: str | None = None
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class CategoryTranslation:
    """A category's label and description in one more language, by the dataset's authors."""

    language: str
    label: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class PeriodTranslation:
    """A period's title in one more language, by the dataset's authors."""

    language: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineTranslation:
    """The document's title and description in one more language, by its authors."""

    language: str
    title: str | None = None
    description: str | None = None


Translation = EventTranslation | CategoryTranslation | PeriodTranslation | TimelineTranslation
"""Any object's texts in one more language."""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    color: str
    description: str | None = None
    #: its texts in other languages, in the file's order (``model.languages`` picks one)
    translations: tuple[CategoryTranslation, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str
    author: str | None = None
    published: EdtfDate | None = None
    url: str | None = None
    language: str | None = None

    def credit(self) -> str:
        """A short credit line, e.g. 'CRI Online (2019)'."""
        part = self.published.first_part if self.published is not None else None
        if part is not None and part.year_value is not None:
            return f"{self.publisher} ({part.year_value})"
        return self.publisher


@dataclass(frozen=True, slots=True)
class Figure:
    label: str
    value: int | float
    unit: str | None = None

    def formatted_value(self) -> str:
        """The value with thousands separators and its unit: '500,000,000 yuan', '22 %'."""
        if isinstance(self.value, int) or float(self.value).is_integer():
            number = f"{int(self.value):,}"
        else:
            number = f"{self.value:,}"
        if not self.unit:
            return number
        return f"{number}{self.unit}" if self.unit == "%" else f"{number} {self.unit}"


@dataclass(frozen=True, slots=True)
class Citation:
    source: str
    locator: str | None = None


@dataclass(frozen=True, slots=True)
class AlternativeDate:
    """Another date that sources give for an event, with those sources."""

    date: EdtfDate
    display_date: str | None = None
    sources: tuple[Citation, ...] = ()
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Mark:
    """One drawn mark of an event: a range of its date (``alternative`` 0) or of its
    alternative date number ``alternative`` (from 1). It is ``hollow`` when it is one
    possible date among others: an alternative, or a member of a "one of" set."""

    range: Range
    alternative: int
    hollow: bool


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    date: EdtfDate
    category: str
    display_date: str | None = None
    summary: str | None = None
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    sources: tuple[Citation, ...] = ()
    confidence: Confidence | None = None
    links: tuple[str, ...] = ()
    alternatives: tuple[AlternativeDate, ...] = ()
    #: Other fields the file had, as (name, value), in its order: an import keeps
    #: every column it has no place for.
    fields: tuple[tuple[str, str], ...] = ()
    #: The date was read from words (an import); ``display_date`` holds them.
    date_read_from_text: bool = False
    #: The title and summary in other languages, in the file's order: an empty tuple
    #: (shared, so free) for the many events that have none.
    translations: tuple[EventTranslation, ...] = ()
    # Derived once at construction: plain attributes, because filtering and
    # layout read them for every event on every change.
    start: int = field(init=False, compare=False, repr=False)
    end: int = field(init=False, compare=False, repr=False)
    #: Where the event sorts: its start, or for a date known only by its end ("no
    #: later than September 2025"), the start of that bound, not the beginning of time.
    place: int = field(init=False, compare=False, repr=False)
    search_text: str = field(init=False, compare=False, repr=False)
    several_marks: bool = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        start = self.date.start
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", self.date.end)
        object.__setattr__(self, "place", start if start != OPEN_START else known_place(self.date))
        object.__setattr__(self, "search_text", build_search_text(self))
        object.__setattr__(self, "several_marks",
                           bool(self.alternatives) or len(self.date.ranges) > 1)

    @property
    def precision(self) -> Precision:
        return self.date.precision

    def date_as_written(self, era: Era = Era.BCE) -> str:
        """The source's wording when there is one, else the date in words."""
        return self.display_date or describe(self.date, era)

    @property
    def marks(self) -> tuple[Mark, ...]:
        """Every range of the date and of each alternative, in that order."""
        own_hollow = bool(self.alternatives) or (self.date.kind is DateKind.ONE_OF
                                                 and len(self.date.ranges) > 1)
        return (*(Mark(r, 0, own_hollow) for r in self.date.ranges),
                *(Mark(r, number, True) for number, alternative in enumerate(self.alternatives, 1)
                  for r in alternative.date.ranges))


def known_place(date: EdtfDate) -> int:
    """The earliest place the date's ranges are known by: a range open at its start is
    known by the start of its end part; a range open on both sides by nothing."""
    return min(r.high.start if r.low is None and r.high is not None else r.start
               for r in date.ranges)


def build_search_text(event: Event) -> str:
    """Casefolded text that search matches against (``search_text_of``)."""
    extra: list[str] = []
    for alternative in event.alternatives:  # rare: no generator for the common case
        extra += (alternative.display_date or "", alternative.note or "")
    return search_text_of(event.title, event.summary, event.display_date, event.actors,
                          event.places, event.tags, extra, event.fields,
                          [(t.title, t.summary) for t in event.translations])


def search_text_of(title: str, summary: str | None, display_date: str | None,
                   actors: tuple[str, ...], places: tuple[str, ...], tags: tuple[str, ...],
                   alternatives: list[str], fields: tuple[tuple[str, str], ...],
                   translations: Iterable[tuple[str | None, str | None]]) -> str:
    """The search text of an event's parts, casefolded and joined by a separator no query
    contains; ``alternatives`` holds the alternative dates' wordings and notes."""
    parts = [title, summary or "", display_date or "", *actors, *places, *tags, *alternatives]
    if fields:
        parts += [value for _, value in fields]
    for text, more in translations:
        parts += (text or "", more or "")
    return "\x1f".join(parts).casefold()


def is_clickable_link(url: str) -> bool:
    """Only http and https links are ever opened; anything else is shown as text."""
    scheme, sep, _ = url.partition(":")
    return bool(sep) and scheme.lower() in LINK_SCHEMES and url[len(scheme) + 1:].startswith("//")


@dataclass(frozen=True, slots=True)
class Period:
    """A stretch of time drawn behind the events, such as an era of a TimelineJS file."""

    title: str
    date: EdtfDate
    color: str | None = None
    translations: tuple[PeriodTranslation, ...] = ()


@dataclass(frozen=True, slots=True)
class Timeline:
    """A loaded chronology. Events are ordered by place (``Event.place``), then by id, and
    held as columns and records (``model.event_store``), each decoded when it is read."""

    title: str
    description: str | None
    categories: tuple[Category, ...]
    sources: tuple[Source, ...]
    events: StoredEvents
    category_by_id: MappingProxyType[str, Category] = field(compare=False, repr=False)
    source_by_id: MappingProxyType[str, Source] = field(compare=False, repr=False)
    periods: tuple[Period, ...] = ()
    #: The BCP 47 tag of the document's own text; None when the file does not say.
    language: str | None = None
    translations: tuple[TimelineTranslation, ...] = ()

    @classmethod
    def build(cls, title: str, description: str | None, categories: Iterable[Category],
              sources: Iterable[Source], events: Iterable[Event] | StoredEvents,
              periods: Iterable[Period] = (), language: str | None = None,
              translations: Iterable[TimelineTranslation] = ()) -> Timeline:
        """``events`` are sorted chronologically, unless they are stored already (the
        loader's store is built sorted)."""
        # here, not at the top: the store holds events, so it imports this module
        from timeline_app.model.event_store import StoredEvents
        from timeline_app.model.store_builder import store_of

        categories = tuple(categories)
        sources = tuple(sources)
        stored = events if isinstance(events, StoredEvents) \
            else store_of(events, chronological=True)
        return cls(
            title, description, categories, sources, stored,
            MappingProxyType({c.id: c for c in categories}),
            MappingProxyType({s.id: s for s in sources}),
            tuple(sorted(periods, key=lambda p: p.date.start)),
            language, tuple(translations),
        )

    @property
    def event_by_id(self) -> Mapping[str, Event]:
        """The events by id, each decoded when it is looked up."""
        return self.events.by_id

    @property
    def several_marks(self) -> bool:
        """Some event has more than one mark: known from a column, so that filtering need
        not look at every event to find out."""
        return self.events.any_several_marks

    def sources_cited_by(self, events: Iterable[Event]) -> list[Source]:
        """The sources that the given events cite (their alternatives' too), in the
        timeline's source order."""
        cited = {c.source for e in events
                 for c in (cited_by(e) if e.alternatives else e.sources)}
        return [s for s in self.sources if s.id in cited]


def cited_by(event: Event) -> tuple[Citation, ...]:
    """The event's citations, then those of its alternative dates."""
    if not event.alternatives:
        return event.sources
    return (*event.sources, *(c for a in event.alternatives for c in a.sources))


#: Sort key: place (the span start, or a known end's bound), then id. A C-level getter,
#: because loading sorts every event.
chronological_key: Callable[[Event], tuple[int, str]] = attrgetter("place", "id")


def chronological(events: Iterable[Event]) -> list[Event]:
    """``events`` sorted by ``chronological_key``, as two stable sorts on plain keys
    (id, then place): comparing ints and strings is cheaper than comparing tuples."""
    ordered = sorted(events, key=_id_of)
    ordered.sort(key=_place_of)
    return ordered


_id_of = attrgetter("id")
_place_of = attrgetter("place")
