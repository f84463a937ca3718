"""An export page: the timeline as on screen, plus what a report needs around it.

From top to bottom, inside a margin:

1. the title (the one given, or the dataset's, in the interface language where the
   file translates it), wrapped onto at most three lines;
2. the filter line (``EventFilter.describe``), the window shown and the count;
3. the timeline body, painted by ``render.painter.paint_timeline``, the same
   routine the window uses, so an export is what the screen shows;
4. the legend: the categories shown, then the kinds of date marks drawn
   (``paint_legend``);
5. the footer: the sources credited by the events shown and the export date.

Labels follow the layout's rule (``layout.builder``): a label sits under its
mark and runs to the next mark in its lane; when fewer than three characters
would fit it is left out, and the mark is still drawn. Dense frames show
density clusters instead of marks.

An export grouped by category (as the view may be) falls back to one band when
the category bands would not all fit the page: an export cannot scroll.

The footer never takes more than a fifth of the page: credits that do not fit
are summed up as "and N more". All text is drawn with ``drawText`` as plain
strings, so a title is never markup. The page's own words are in the interface
language; so are the category labels where the file translates them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLayout

from timeline_app import __version__
from timeline_app.export.time_window import filter_window, layout_frame
from timeline_app.identity import DISPLAY_NAME
from timeline_app.layout.colouring import Colouring, ColourKey
from timeline_app.layout.frame import Frame
from timeline_app.layout.shown import ShownSet
from timeline_app.model.date_words import Era
from timeline_app.model.events import Event, Timeline
from timeline_app.model.languages import category_label, timeline_title
from timeline_app.query.filters import EventFilter
from timeline_app.query.masks import positions_of
from timeline_app.render.legend import LegendItem, items_for, legend_height, paint_legend
from timeline_app.render.painter import paint_timeline
from timeline_app.render.style import Theme, ui_font
from timeline_app.wording import current

MARGIN = 16.0
GAP = 8.0
TITLE_PX = 20
TEXT_PX = 12
FOOTER_PX = 11
FOOTER_SHARE = 0.2
"""The largest fraction of the page height the footer may take."""

MIN_BODY_PX = 60.0
TITLE_LINES = 3
"""A long title wraps onto at most this many lines."""
SWATCH_PX = 10.0
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True, slots=True)
class ExportPage:
    """Everything an export shows; ``paint`` draws it into any logical-pixel area.

    ``shown`` holds all the shown (filtered) events, laid out together as on
    screen; ``first``/``last`` are the places of the time window ``[first, last)``,
    ``None`` to fit them. Counts, legend and credits cover the events drawn.
    ``window_text`` names that window when ``filter_text`` does not already
    (e.g. the window visible on screen).
    """

    timeline: Timeline
    shown: ShownSet
    filter_text: str
    theme: Theme
    export_date: date
    title_text: str = ""
    first: int | None = None
    last: int | None = None
    window_text: str = ""
    group_by_category: bool = False
    era: Era = Era.BCE
    #: Of the events the filter kept, how many only may fall in its date range
    #: (``EventFilter.may_fall``): the status line says so.
    may_fall: int = 0
    #: Marks coloured by other than category (the window's Colour By, ``--color-by``).
    colouring: Colouring | None = None

    @classmethod
    def for_filter(cls, timeline: Timeline, event_filter: EventFilter, theme: Theme,
                   export_date: date, title_text: str = "", era: Era = Era.BCE,
                   shown: ShownSet | None = None,
                   colouring: Colouring | None = None) -> ExportPage:
        """The whole filtered timeline: the events' range, cut to the filter's dates.
        ``shown`` is the filter's shown set where the caller has one (the window does)."""
        if shown is None:
            every = ShownSet(timeline.events, timeline.categories, timeline.periods,
                             timeline.language)
            shown = every.narrowed_to(event_filter.select(every.table))
        first, last = filter_window(shown, event_filter)
        return cls(timeline, shown, event_filter.describe(timeline), theme, export_date,
                   title_text, first, last, era=era,
                   may_fall=event_filter.may_fall(shown.table, shown.mask), colouring=colouring)

    @property
    def title(self) -> str:
        """The title given, else the timeline's, in the interface language where the file
        translates it."""
        return self.title_text or timeline_title(self.timeline, current().language)

    @property
    def description(self) -> str:
        return QCoreApplication.translate("ExportPage", "{status}. {sources}. {credit}.").format(
            status=self.status_line(), sources=self.sources_line(), credit=self.credit_line())

    def status_line(self) -> str:
        parts = [self.filter_text]
        if self.window_text:
            parts.append(self.window_text)
        parts.append(QCoreApplication.translate("ExportPage", "{shown} of {total} events").format(
            shown=f"{len(self.visible_events()):,}", total=f"{len(self.timeline.events):,}"))
        if self.may_fall:
            parts.append(QCoreApplication.translate(
                "ExportPage", "{count} of the {kept} kept only may fall in the range").format(
                    count=f"{self.may_fall:,}", kept=f"{len(self.shown.events):,}"))
        return " · ".join(parts)

    def visible_events(self) -> Sequence[Event]:
        """The shown events that reach into the time window: the ones the page draws."""
        if self.first is None or self.last is None:
            return self.shown.events
        return self.shown.events_of_marks(self.shown.index.query_positions(self.first,
                                                                           self.last))

    def mark_items(self) -> tuple[LegendItem, ...]:
        """The key's items for the marks the page draws."""
        marks, mask = self.shown.table.marks, self.shown.mark_mask
        if self.first is not None and self.last is not None:
            drawn = np.asarray(self.shown.index.query_positions(self.first, self.last),
                               dtype=np.intp)
            return items_for(marks.ranges.featured(drawn),
                             any(marks.hollow[p] for p in drawn.tolist()))
        if mask is None:
            return items_for(marks.ranges.featured(), 1 in marks.hollow)
        return items_for(marks.ranges.featured(positions_of(mask)),
                         1 in bytes(compress(marks.hollow, mask)))

    def credits(self) -> list[str]:
        """Short credits of the sources cited by the drawn events, without repeats."""
        cited = self.timeline.sources_cited_by(self.visible_events())
        return list(dict.fromkeys(s.credit() for s in cited))

    def sources_line(self) -> str:
        credits = self.credits()
        if not credits:
            return _no_sources()
        return QCoreApplication.translate("ExportPage", "Sources: {credits}").format(
            credits=QCoreApplication.translate("ExportPage", "; ").join(credits))

    def credit_line(self) -> str:
        return QCoreApplication.translate("ExportPage", "Exported {date} with {app} {version}"
                                          ).format(date=self.export_date.isoformat(),
                                                   app=DISPLAY_NAME, version=__version__)

    def legend_keys(self) -> list[ColourKey]:
        """What the colours of the drawn marks mean: their categories, or the keys of the
        colouring in force."""
        if self.colouring is not None:
            return self.colouring.legend(self.visible_events())
        present = {e.category for e in self.visible_events()}
        language, own = current().language, self.timeline.language
        return [ColourKey(c.id, category_label(c, language, own), c.color)
                for c in self.timeline.categories if c.id in present]

    def paint(self, painter: QPainter, width: float, height: float) -> None:
        _PagePainter(self, painter, width, height).paint()

    def laid_out(self, width: int, height: int) -> Frame:
        """The timeline's frame on a page of ``width`` × ``height``, as ``paint`` draws it."""
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        painter = QPainter(image)  # for the fonts' metrics only
        try:
            return _PagePainter(self, painter, width, height).body()[1]
        finally:
            painter.end()

    def size_around(self, body_width: float, body_height: float) -> tuple[int, int]:
        """The page size whose timeline body is ``body_width`` × ``body_height``: the
        window's current view exported as the window lays it out, with the title,
        legend and sources added around it rather than cut out of it."""
        width = body_width + 2 * MARGIN
        height = body_height + 300.0
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        painter = QPainter(image)  # for the fonts' metrics only
        try:
            for _ in range(2):  # the footer's share follows the page's height
                height = body_height + _PagePainter(self, painter, width, height).chrome_height()
        finally:
            painter.end()
        return round(width), math.ceil(height)


class _PagePainter:
    """One painting of a page; split out so each block is a short method."""

    def __init__(self, page: ExportPage, painter: QPainter, width: float,
                 height: float) -> None:
        self.page, self.painter, self.theme = page, painter, page.theme
        self.width, self.height = width, height
        self.inner = width - 2 * MARGIN
        self.title_font = ui_font(TITLE_PX, bold=True)
        self.text_font = ui_font(TEXT_PX)
        self.footer_font = ui_font(FOOTER_PX)
        self.text_metrics = QFontMetricsF(self.text_font)
        self.footer_metrics = QFontMetricsF(self.footer_font)
        self.mark_items = page.mark_items()

    def _title_lines(self) -> list[str]:
        """The title, wrapped to the page (at most ``TITLE_LINES`` lines), never cut
        to one."""
        lines = wrap_text(self.page.title, self.title_font, self.inner)
        if len(lines) > TITLE_LINES:
            rest = " ".join(lines[TITLE_LINES - 1:])
            lines = [*lines[:TITLE_LINES - 1], QFontMetricsF(self.title_font).elidedText(
                rest, Qt.TextElideMode.ElideRight, self.inner)]
        return lines or [""]

    def _header_height(self) -> float:
        title = QFontMetricsF(self.title_font).height() * len(self._title_lines())
        return MARGIN + title + 2 + self.text_metrics.height() + GAP

    def _below_body(self) -> tuple[float, float, list[list[ColourKey]], list[str]]:
        """(the legend's top offset from the bottom, the footer's top, legend lines,
        footer lines)."""
        category_lines = self._legend_lines()
        footer_lines = self._footer_lines()
        line = self.text_metrics.height()
        bottom = self.height - MARGIN - len(footer_lines) * self.footer_metrics.height()
        legend_top = (bottom - GAP - legend_height(self.theme, self.inner, self.mark_items)
                      - len(category_lines) * (line + 2))
        return legend_top, bottom, category_lines, footer_lines

    def chrome_height(self) -> float:
        """Everything on the page but the timeline body."""
        legend_top, _, _, _ = self._below_body()
        return self._header_height() + GAP + (self.height - legend_top)

    def paint(self) -> None:
        painter = self.painter
        painter.save()
        try:
            painter.fillRect(QRectF(0, 0, self.width, self.height), QColor(self.theme.background))
            self._paint_header()
            _, bottom, category_lines, footer_lines = self._below_body()
            body, frame = self.body()
            paint_timeline(painter, body, frame, self.theme, for_export=True)
            self._paint_frame_border(body)
            self._paint_legend(body.bottom() + GAP, category_lines)
            self._paint_footer(bottom, footer_lines)
        finally:
            painter.restore()

    def body(self) -> tuple[QRectF, Frame]:
        """Where the timeline goes on the page, and its frame."""
        page, y = self.page, self._header_height()
        legend_top = self._below_body()[0]
        body = QRectF(MARGIN, y, self.inner, max(legend_top - GAP - y, MIN_BODY_PX))
        frame = self._frame(body, page.group_by_category)
        if page.group_by_category and frame.content_height > body.height() - frame.axis.height:
            frame = self._frame(body, grouped=False)  # bands that do not fit would be cut
        return body, frame

    def _frame(self, body: QRectF, grouped: bool) -> Frame:
        page = self.page
        return layout_frame(page.shown, body, self.theme, first=page.first, last=page.last,
                            era=page.era, group_by_category=grouped, colouring=page.colouring)

    def _paint_header(self) -> float:
        painter, y = self.painter, MARGIN
        title_height = QFontMetricsF(self.title_font).height()
        painter.setFont(self.title_font)
        painter.setPen(QColor(self.theme.foreground))
        for title in self._title_lines():
            painter.drawText(QRectF(MARGIN, y, self.inner, title_height), _LEFT, title)
            y += title_height
        y += 2
        status = self.text_metrics.elidedText(self.page.status_line(),
                                              Qt.TextElideMode.ElideRight, self.inner)
        painter.setFont(self.text_font)
        painter.setPen(QColor(self.theme.muted))
        painter.drawText(QRectF(MARGIN, y, self.inner, self.text_metrics.height()), _LEFT, status)
        return y + self.text_metrics.height() + GAP

    def _paint_frame_border(self, body: QRectF) -> None:
        self.painter.setPen(QColor(self.theme.grid))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawRect(body)

    def _legend_lines(self) -> list[list[ColourKey]]:
        """The colours of the drawn marks, wrapped into rows of swatch + label."""
        rows: list[list[ColourKey]] = [[]]
        x = 0.0
        for category in self.page.legend_keys():
            item = self._legend_item_width(category)
            if rows[-1] and x + item > self.inner:
                rows.append([])
                x = 0.0
            rows[-1].append(category)
            x += item
        return [row for row in rows if row]

    def _legend_item_width(self, category: ColourKey) -> float:
        return SWATCH_PX + 5 + self.text_metrics.horizontalAdvance(category.label) + 18

    def _paint_legend(self, top: float, rows: Sequence[Sequence[ColourKey]]) -> None:
        painter, line = self.painter, self.text_metrics.height()
        painter.setFont(self.text_font)
        y = top
        for row in rows:
            x = MARGIN + 4
            for category in row:
                mid = y + line / 2
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self.theme.category_color(category.color))
                painter.drawRoundedRect(QRectF(x, mid - SWATCH_PX / 2, SWATCH_PX, SWATCH_PX), 2, 2)
                painter.setPen(QColor(self.theme.foreground))
                label_x = x + SWATCH_PX + 5
                label_width = self.text_metrics.horizontalAdvance(category.label) + 2
                painter.drawText(QRectF(label_x, y, label_width, line), _LEFT, category.label)
                x += self._legend_item_width(category)
            y += line + 2
        marks = QRectF(MARGIN, y, self.inner,
                       legend_height(self.theme, self.inner, self.mark_items))
        paint_legend(painter, marks, self.theme, self.mark_items)

    def _footer_lines(self) -> list[str]:
        """The credits, wrapped and cut to ``FOOTER_SHARE`` of the page, then the export line."""
        max_lines = max(1, int(self.height * FOOTER_SHARE // self.footer_metrics.height()) - 1)
        credits = self.page.credits()
        lines = self._credit_lines(credits, len(credits))
        if len(lines) > max_lines:
            lines = self._most_credits(credits, max_lines)
        return [*lines, self.page.credit_line()]

    def _credit_lines(self, credits: Sequence[str], count: int) -> list[str]:
        """The first ``count`` credits, then "and N more" for the rest, wrapped."""
        if not credits:
            return [_no_sources()]
        rest = len(credits) - count
        mark = QCoreApplication.translate("ExportPage", ";")
        items = [f"{c}{mark}" for c in credits[:count]]
        if rest:
            items.append(QCoreApplication.translate(
                "ExportPage", "and {count} more (see Export data).").format(count=rest))
        else:
            items[-1] = items[-1].removesuffix(mark)
        heading = QCoreApplication.translate("ExportPage", "Sources:")
        return wrap_text(" ".join([heading, *items]), self.footer_font, self.inner)

    def _most_credits(self, credits: Sequence[str], max_lines: int) -> list[str]:
        """Binary search for the most credits that fit in ``max_lines`` with "and N more"."""
        low, high = 0, len(credits) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if len(self._credit_lines(credits, middle)) <= max_lines:
                low = middle
            else:
                high = middle - 1
        return self._credit_lines(credits, low)[:max_lines]

    def _paint_footer(self, top: float, lines: Sequence[str]) -> None:
        painter, line = self.painter, self.footer_metrics.height()
        painter.setPen(QColor(self.theme.grid))
        painter.drawLine(QPointF(MARGIN, top - 3), QPointF(self.width - MARGIN, top - 3))
        painter.setFont(self.footer_font)
        painter.setPen(QColor(self.theme.muted))
        for i, text in enumerate(lines):
            painter.drawText(QRectF(MARGIN, top + i * line, self.inner, line), _LEFT, text)


def _no_sources() -> str:
    return QCoreApplication.translate("ExportPage", "Sources: none cited")


def wrap_text(text: str, font: QFont, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``, broken where Unicode allows: at spaces,
    and between Chinese characters, which have none. A word wider than ``width`` is
    elided."""
    layout = QTextLayout(" ".join(text.split()), font)
    layout.beginLayout()
    lines: list[str] = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        start = line.textStart()
        lines.append(layout.text()[start:start + line.textLength()].strip())
    layout.endLayout()
    metrics = QFontMetricsF(font)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            for line in lines] or [""]
