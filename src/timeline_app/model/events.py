"""The chronology model: frozen, Qt-free, built once at load.

Derived values (each event's span, precision and search text) are computed
when the event is built, so that filtering, indexing and painting never parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from types import MappingProxyType
from typing import Literal

from timeline_app.model.dates import EdtfDate, Precision

Confidence = Literal["confirmed", "single-source", "unverified"]
CONFIDENCE_LEVELS: tuple[str, ...] = ("confirmed", "single-source", "unverified")
LINK_SCHEMES: tuple[str, ...] = ("http", "https")


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    color: str
    description: str | None = None


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
        if self.published is not None and self.published.start is not None:
            return f"{self.publisher} ({self.published.start.year})"
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
    # Derived once at construction: plain attributes, because filtering and
    # layout read them for every event on every change.
    first_day: int = field(init=False, compare=False, repr=False)
    last_day: int = field(init=False, compare=False, repr=False)
    search_text: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first_day", self.date.first_day)
        object.__setattr__(self, "last_day", self.date.last_day)
        object.__setattr__(self, "search_text", build_search_text(self))

    @property
    def precision(self) -> Precision:
        return self.date.precision

    @property
    def date_as_written(self) -> str:
        """The source's wording when there is one, else the date in words."""
        return self.display_date or self.date.describe()


def build_search_text(event: Event) -> str:
    """Casefolded text that search matches against, joined by a separator no query contains."""
    parts = [event.title, event.summary or "", event.display_date or "",
             *event.actors, *event.places, *event.tags]
    return "\x1f".join(parts).casefold()


def is_clickable_link(url: str) -> bool:
    """Only http and https links are ever opened; anything else is shown as text."""
    scheme, sep, _ = url.partition(":")
    return bool(sep) and scheme.lower() in LINK_SCHEMES and url[len(scheme) + 1:].startswith("//")


@dataclass(frozen=True, slots=True)
class Timeline:
    """A loaded chronology. Events are ordered by span start, then by id."""

    title: str
    description: str | None
    categories: tuple[Category, ...]
    sources: tuple[Source, ...]
    events: tuple[Event, ...]
    category_by_id: MappingProxyType[str, Category] = field(compare=False, repr=False)
    source_by_id: MappingProxyType[str, Source] = field(compare=False, repr=False)
    event_by_id: MappingProxyType[str, Event] = field(compare=False, repr=False)

    @classmethod
    def build(cls, title: str, description: str | None, categories: Iterable[Category],
              sources: Iterable[Source], events: Iterable[Event]) -> Timeline:
        categories = tuple(categories)
        sources = tuple(sources)
        ordered = tuple(chronological(events))
        return cls(
            title, description, categories, sources, ordered,
            MappingProxyType({c.id: c for c in categories}),
            MappingProxyType({s.id: s for s in sources}),
            MappingProxyType({e.id: e for e in ordered}),
        )

    def sources_cited_by(self, events: Iterable[Event]) -> list[Source]:
        """The sources that the given events cite, in the timeline's source order."""
        cited = {c.source for e in events for c in e.sources}
        return [s for s in self.sources if s.id in cited]


#: Sort key: span start, then id. A C-level getter, because loading sorts every event.
chronological_key: Callable[[Event], tuple[int, str]] = attrgetter("first_day", "id")


def chronological(events: Iterable[Event]) -> list[Event]:
    """``events`` sorted by ``chronological_key``, as two stable sorts on plain keys
    (id, then first day): comparing ints and strings is cheaper than comparing tuples."""
    ordered = sorted(events, key=_id_of)
    ordered.sort(key=_first_day_of)
    return ordered


_id_of = attrgetter("id")
_first_day_of = attrgetter("first_day")
