"""What a laid-out frame is: plain rectangles in the frame's pixels, Qt-free.

The builder (``layout.builder``) produces a ``Frame``; the painter
(``render.painter``) draws exactly what it holds and looks nothing up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from timeline_app.layout.scale import TimeScale
from timeline_app.layout.ticks import TickSet
from timeline_app.model.dates import Bound, Range

FADE_PX = 28.0
"""How far an approximate or open end takes to fade out; a mark known by one bound only
is drawn as that bound and a fade of this length toward its open side."""


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        """True when the interiors intersect; rects that only touch do not overlap."""
        return (self.x < other.right and other.x < self.right
                and self.y < other.bottom and other.y < self.bottom)

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom


@dataclass(frozen=True, slots=True)
class LayoutMetrics:
    """Font-derived sizes, as plain numbers (the renderer measures its font)."""

    char_width: float = 7.0
    line_height: float = 15.0

    @property
    def glyph_height(self) -> float:
        return 10.0

    @property
    def marker_radius(self) -> float:
        return 5.0

    @property
    def lane_height(self) -> float:
        return self.glyph_height + self.line_height + 6.0

    @property
    def axis_height(self) -> float:
        return 2 * self.line_height + 12.0

    @property
    def header_height(self) -> float:
        return self.line_height + 6.0

    @property
    def overflow_height(self) -> float:
        return self.line_height + 6.0

    @property
    def period_row_height(self) -> float:
        return self.line_height + 4.0

    @property
    def context_row_height(self) -> float:
        return self.line_height + 5.0


class GlyphKind(Enum):
    POINT = "point"  # a day or a moment, narrower than its dot at this zoom
    BAR = "bar"  # anything wider: drawn across its whole span


@dataclass(frozen=True, slots=True)
class Glyph:
    """One mark of an event. An event with several marks (alternative dates, set
    members) has one glyph per mark on screen, and ``Frame.links`` joins them."""

    event_id: str
    title: str
    category: str
    kind: GlyphKind
    rect: Rect
    label: Rect | None
    lane: int
    band: int
    approximate: bool
    uncertain: bool
    start_bound: Bound
    end_bound: Bound
    unspecified: bool = False  # X or significant digits: drawn striped
    alternative: bool = False  # one possible date among others: drawn hollow
    colour: str = ""  # its colour key when not coloured by category (layout.colouring)

    @property
    def colour_key(self) -> str:
        return self.colour or self.category

    @property
    def plain(self) -> bool:
        """Drawn as a plain dot or bar: nothing about its date needs a look of its own."""
        return not (self.approximate or self.uncertain or self.unspecified or self.alternative
                    or self.start_bound is not Bound.CLOSED or self.end_bound is not Bound.CLOSED)

    @property
    def open_start(self) -> bool:
        return self.start_bound is not Bound.CLOSED

    @property
    def open_end(self) -> bool:
        return self.end_bound is not Bound.CLOSED


RangeLook = tuple[bool, bool, Bound, Bound, bool]
"""What a mark's range says about its glyph: approximate, uncertain, the bounds of its
start and end, and unspecified digits, in ``Glyph``'s order."""


def range_look(one: Range) -> RangeLook:
    qualifiers = one.qualifiers
    return (qualifiers.approximate, qualifiers.uncertain, one.low_bound, one.high_bound,
            one.unspecified)


@dataclass(frozen=True, slots=True)
class Link:
    """A line between two marks of one event: dashed between alternatives (only one
    of them is the date), solid between the members of an "all of" set."""

    event_id: str
    x0: float
    y0: float
    x1: float
    y1: float
    dashed: bool


@dataclass(frozen=True, slots=True)
class Cluster:
    """Marks aggregated in one column of one band.

    ``first``/``last`` are the column's visible places (what a click zooms
    into); ``category_mix`` is ``(category id, count)`` in band order. The
    members are listed only on request (``event_ids``, each event once): a
    whole-range cluster can hold nearly every event, and painting needs just
    the counts.
    """

    rect: Rect
    count: int
    first: int
    last: int
    category_mix: tuple[tuple[str, int], ...]
    band: int
    members: Callable[[], tuple[str, ...]] = field(compare=False, repr=False)

    @property
    def event_ids(self) -> tuple[str, ...]:
        return self.members()


@dataclass(frozen=True, slots=True)
class Band:
    category: str | None  # None when not grouped
    label: str
    rect: Rect
    header: Rect | None


@dataclass(frozen=True, slots=True)
class PeriodBand:
    """A period (an era of a TimelineJS file) on screen: a tint behind the events
    across ``rect``, and its title in ``label``, in the period row under the axis."""

    title: str
    color: str | None  # '#RRGGBB' from the data, or None for the theme's tint
    rect: Rect
    label: Rect
    alternate: bool = False  # every other period of the data, shaded apart from its neighbours


@dataclass(frozen=True, slots=True)
class Frame:
    width: float
    height: float
    scale: TimeScale
    ticks: TickSet
    axis: Rect
    bands: tuple[Band, ...]
    glyphs: tuple[Glyph, ...]
    clusters: tuple[Cluster, ...]
    links: tuple[Link, ...]
    visible_count: int
    dense: bool
    content_height: float  # all bands; more than the view's height means it can scroll
    scroll_y: float
    category_colors: Mapping[str, str]  # category id -> '#RRGGBB' from the data
    periods: tuple[PeriodBand, ...] = ()
    #: Marks wider than the view, one a row in a thin band above the lanes, labelled at
    #: the visible edge; ``context_overflow`` holds those with no row left (its places
    #: are their whole spans, so clicking it shows them).
    context: tuple[Glyph, ...] = ()
    context_band: Rect | None = None
    context_overflow: Cluster | None = None

    def item_at(self, x: float, y: float) -> Glyph | Cluster | None:
        """The glyph (or its label) or cluster under a point, topmost first."""
        for glyph in self.context:
            if glyph.rect.contains(x, y):
                return glyph
        if self.context_overflow is not None and self.context_overflow.rect.contains(x, y):
            return self.context_overflow
        if self.context_band is not None and self.context_band.contains(x, y):
            return None
        for glyph in reversed(self.glyphs):
            hit = Rect(glyph.rect.x - 3, glyph.rect.y - 3, glyph.rect.width + 6,
                       glyph.rect.height + 6)
            if hit.contains(x, y) or (glyph.label is not None and glyph.label.contains(x, y)):
                return glyph
        for cluster in self.clusters:
            if cluster.rect.contains(x, y):
                return cluster
        return None

    def glyph_for(self, event_id: str) -> Glyph | None:
        return next((g for g in (*self.glyphs, *self.context) if g.event_id == event_id),
                    None)

