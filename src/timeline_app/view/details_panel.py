"""The details dock: the selected event as its sources state it.

It shows the ``ViewState``'s selection and follows every change of it.

Everything from the file is html-escaped before it reaches the text browser:
titles and summaries are plain text, never markup, so a title ``<b>x</b>``
shows its angle brackets. Only http and https links become anchors, and the
browser never follows a link itself: ``anchorClicked`` re-checks the scheme
and hands the URL to the desktop.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from timeline_app.formats.date_phrases import read_phrase
from timeline_app.model.date_words import Era, describe, describe_span, interpretation
from timeline_app.model.dates import Bound, DateKind, EdtfDate
from timeline_app.model.events import (
    AlternativeDate,
    Citation,
    Event,
    Source,
    Timeline,
    is_clickable_link,
)
from timeline_app.view.state import ViewState
from timeline_app.view.themes import readable_text_color

EMPTY_TEXT = "Select an event to see its details"


class DetailsPanel(QDockWidget):
    """A dock showing the selected event; empty until something is selected."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__("Details", parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName("Event details panel")
        self._state = state
        self._browser = QTextBrowser(self)
        self._browser.setObjectName("detailsText")
        self._browser.setAccessibleName("Event details")
        self._browser.setOpenExternalLinks(False)
        self._browser.setOpenLinks(False)
        self._browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._browser.anchorClicked.connect(self._on_anchor_clicked)
        self.setWidget(self._browser)
        self._show_selected()
        state.timeline_changed.connect(self._show_selected)
        state.selection_changed.connect(self._show_selected)
        state.era_changed.connect(self._show_selected)

    def _show_selected(self) -> None:
        timeline, event = self._state.timeline, self._state.selected_event()
        if event is None or timeline is None:
            self._show_empty()
            return
        self._browser.setHtml(event_html(timeline, event, self._state.era))
        self._browser.setAccessibleDescription(
            f"{event.title}, {event.date_as_written(self._state.era)}")

    def plain_text(self) -> str:
        """The text as a reader sees it (what Select All + Copy would give)."""
        return self._browser.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        """Rebuild on a theme change: the document fixes link colours when html is set."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_selected()

    def _show_empty(self) -> None:
        self._browser.setHtml(f"<p><i>{escape(EMPTY_TEXT)}</i></p>")
        self._browser.setAccessibleDescription(EMPTY_TEXT)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if is_clickable_link(text):
            QDesktopServices.openUrl(url)


def event_html(timeline: Timeline, event: Event, era: Era = Era.BCE) -> str:
    """The details of one event as html, built only from escaped strings."""
    parts = [f"<h2>{escape(event.title)}</h2>", _header_line(timeline, event),
             _date_html(event.date, event.display_date, era)]
    if event.date_read_from_text:
        parts.append(f"<p><i>{escape(DATE_FROM_TEXT_NOTE)}</i></p>")
    if event.summary:
        parts.append(f"<p>{_paragraphs(event.summary)}</p>")
    parts.append(_facts(event))
    if event.figures:
        rows = "".join(f"<li>{escape(f.label)}: {escape(f.formatted_value())}</li>"
                       for f in event.figures)
        parts.append(f"<h3>Figures</h3><ul>{rows}</ul>")
    if event.sources:
        parts.append(f"<h3>Sources</h3><ol>{_sources(timeline, event.sources, era)}</ol>")
    if event.alternatives:
        parts.append(f"<h3>Alternative dates</h3><ol>"
                     f"{_alternatives(timeline, event.alternatives, era)}</ol>")
    if event.links:
        rows = "".join(f"<li>{link_html(url)}</li>" for url in event.links)
        parts.append(f"<h3>Links</h3><ul>{rows}</ul>")
    if event.fields:
        rows = "".join(f"<li>{escape(name)}: {escape(value)}</li>" for name, value in event.fields)
        parts.append(f"<h3>Other fields</h3><ul>{rows}</ul>")
    return "".join(parts)


DATE_FROM_TEXT_NOTE = ("Date read from text: the file wrote it in words, and the app read "
                       "them as the date above.")


def link_html(url: str) -> str:
    """An anchor for an http/https URL; anything else as plain, never clickable text."""
    if is_clickable_link(url):
        return f'<a href="{escape(url, quote=True)}">{escape(url)}</a>'
    return escape(url)


def _header_line(timeline: Timeline, event: Event) -> str:
    category = timeline.category_by_id.get(event.category)
    label = category.label if category else event.category
    color = category.color if category else "#808080"
    chip = (f'<span style="background-color:{escape(color, quote=True)};'
            f' color:{readable_text_color(color)};">&nbsp;{escape(label)}&nbsp;</span>')
    if event.confidence:
        chip += (" &nbsp; <span style='white-space:nowrap'>"  # never break "single-source"
                 f"Confidence: <b>{escape(event.confidence)}</b></span>")
    return f"<p>{chip}</p>"


def _date_html(date: EdtfDate, display_date: str | None, era: Era) -> str:
    """The date as the source words it, what the app read, its span and its flags."""
    flags = [word for word, flagged in (
        ("approximate", date.approximate), ("uncertain", date.uncertain),
        ("unspecified digits", date.unspecified),
        ("open-ended", Bound.OPEN in (date.start_bound, date.end_bound)),
        ("an end unknown", Bound.UNKNOWN in (date.start_bound, date.end_bound))) if flagged]
    words, span_text = describe(date, era), describe_span(date, era)
    lines = [f"<b>{escape(display_date or words)}</b>"]
    if display_date and display_date != words and not _same_plain_date(display_date, date):
        lines.append(f"Read as: {escape(words)}")
    # a span that only restates the words ("2019 to 2024" as "2019 – 2024") is left out
    restated = span_text in (words, display_date, words.replace(" to ", " – "))
    span = "" if restated else f"Span: {escape(span_text)}"
    if flags:
        span += (" — " if span else "") + ", ".join(flags)
    if span:
        lines.append(span)
    lines.append(f"EDTF: <code>{escape(date.text)}</code>")
    lines += [f"<i>{escape(note)}</i>" for note in interpretation(date, era)]
    return "<p>" + "<br/>".join(lines) + "</p>"


def _same_plain_date(wording: str, date: EdtfDate) -> bool:
    """"28 February 2024" for 2024-02-28 needs no "Read as: 28 Feb 2024"; "early 2024"
    does, since how the words were read is worth saying."""
    plain = date.kind is DateKind.DATE and not (date.approximate or date.uncertain
                                                or date.unspecified)
    return plain and read_phrase(wording) == date.text


def _alternatives(timeline: Timeline, alternatives: Sequence[AlternativeDate],
                  era: Era) -> str:
    items = []
    for alternative in alternatives:
        body = _date_html(alternative.date, alternative.display_date, era)
        if alternative.note:
            body += f"<p>{_paragraphs(alternative.note)}</p>"
        if alternative.sources:
            body += f"<ol>{_sources(timeline, alternative.sources, era)}</ol>"
        items.append(f"<li>{body}</li>")
    return "".join(items)


def _facts(event: Event) -> str:
    rows = [(name, values) for name, values in
            (("Actors", event.actors), ("Places", event.places), ("Tags", event.tags)) if values]
    if not rows:
        return ""
    return "".join(f"<p><b>{name}:</b> {escape(', '.join(values))}</p>" for name, values in rows)


def _sources(timeline: Timeline, citations: Sequence[Citation], era: Era) -> str:
    items = []
    for citation in citations:
        source = timeline.source_by_id.get(citation.source)
        body = _source_html(source, era) if source else escape(citation.source)
        if citation.locator:
            body += f"<br/>Locator: {escape(citation.locator)}"
        items.append(f"<li>{body}</li>")
    return "".join(items)


def _source_html(source: Source, era: Era) -> str:
    lines = [f"<i>{escape(source.title)}</i>", escape(source.publisher)]
    if source.author:
        lines.append(f"Author: {escape(source.author)}")
    if source.published is not None:
        lines.append(f"Published: {escape(describe(source.published, era))}")
    if source.url:
        lines.append(link_html(source.url))
    return "<br/>".join(lines)


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n\n", "</p><p>").replace("\n", "<br/>")
