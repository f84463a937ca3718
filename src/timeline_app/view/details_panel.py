"""The details dock: the selected event as its sources state it.

It shows the ``ViewState``'s selection and follows every change of it. The title,
summary and category are in the interface language when the file translates them
(``model.languages``); a translated title or summary is then said to be the dataset
authors' translation, never presented as an official title.

Everything from the file is html-escaped before it reaches the text browser:
titles and summaries are plain text, never markup, so a title ``<b>x</b>``
shows its angle brackets. Only http and https links become anchors, and the
browser never follows a link itself: ``anchorClicked`` re-checks the scheme
and hands the URL to the desktop.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
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
from timeline_app.model.languages import (
    category_label,
    event_summary,
    event_title,
    translated_summary,
    translated_title,
)
from timeline_app.view.state import ViewState
from timeline_app.view.themes import readable_text_color
from timeline_app.wording import current, translate


def empty_text() -> str:
    return QCoreApplication.translate("DetailsPanel", "Select an event to see its details")


def date_from_text_note() -> str:
    return QCoreApplication.translate(
        "DetailsPanel", "Date read from text: the file wrote it in words, and the app read "
        "them as the date above.")


def translation_note(timeline: Timeline, event: Event) -> str:
    """What the panel says of a translated title or summary ("" when neither is shown
    translated): the dataset's authors translated it, and it is no official title."""
    language = current().language
    title = translated_title(event, language, timeline.language) is not None
    summary = translated_summary(event, language, timeline.language) is not None
    if title and summary:
        return QCoreApplication.translate(
            "DetailsPanel",
            "Title and summary translated by the dataset's authors; not an official title.")
    if title:
        return QCoreApplication.translate(
            "DetailsPanel", "Title translated by the dataset's authors; not an official title.")
    if summary:
        return QCoreApplication.translate("DetailsPanel",
                                          "Summary translated by the dataset's authors.")
    return ""


class DetailsPanel(QDockWidget):
    """A dock showing the selected event; empty until something is selected."""

    def __init__(self, state: ViewState, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DetailsPanel", "Details"), parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName(QCoreApplication.translate("DetailsPanel", "Event details panel"))
        self._state = state
        self._browser = QTextBrowser(self)
        self._browser.setObjectName("detailsText")
        self._browser.setAccessibleName(QCoreApplication.translate("DetailsPanel",
                                                                   "Event details"))
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
            QCoreApplication.translate("DetailsPanel", "{title}, {date}").format(
                title=event_title(event, current().language, timeline.language),
                date=event.date_as_written(self._state.era)))

    def plain_text(self) -> str:
        """The text as a reader sees it (what Select All + Copy would give)."""
        return self._browser.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        """Rebuild on a theme change: the document fixes link colours when html is set."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_selected()

    def _show_empty(self) -> None:
        text = empty_text()
        self._browser.setHtml(f"<p><i>{escape(text)}</i></p>")
        self._browser.setAccessibleDescription(text)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if is_clickable_link(text):
            QDesktopServices.openUrl(url)


def event_html(timeline: Timeline, event: Event, era: Era = Era.BCE) -> str:
    """The details of one event as html, built only from escaped strings; the title and
    summary in the interface language where the file translates them."""
    language = current().language
    parts = [f"<h2>{escape(event_title(event, language, timeline.language))}</h2>"]
    note = translation_note(timeline, event)
    if note:
        parts.append(f"<p><i>{escape(note)}</i></p>")
    parts += [_header_line(timeline, event), _date_html(event.date, event.display_date, era)]
    if event.date_read_from_text:
        parts.append(f"<p><i>{escape(date_from_text_note())}</i></p>")
    summary = event_summary(event, language, timeline.language)
    if summary:
        parts.append(f"<p>{_paragraphs(summary)}</p>")
    parts.append(_facts(event))
    if event.figures:
        rows = "".join(f"<li>{_named(f.label, f.formatted_value())}</li>" for f in event.figures)
        parts.append(_heading(QCoreApplication.translate("DetailsPanel", "Figures"))
                     + f"<ul>{rows}</ul>")
    if event.sources:
        parts.append(_heading(QCoreApplication.translate("DetailsPanel", "Sources"))
                     + f"<ol>{_sources(timeline, event.sources, era)}</ol>")
    if event.alternatives:
        parts.append(_heading(QCoreApplication.translate("DetailsPanel", "Alternative dates"))
                     + f"<ol>{_alternatives(timeline, event.alternatives, era)}</ol>")
    if event.links:
        rows = "".join(f"<li>{link_html(url)}</li>" for url in event.links)
        parts.append(_heading(QCoreApplication.translate("DetailsPanel", "Links"))
                     + f"<ul>{rows}</ul>")
    if event.fields:
        rows = "".join(f"<li>{_named(name, value)}</li>" for name, value in event.fields)
        parts.append(_heading(QCoreApplication.translate("DetailsPanel", "Other fields"))
                     + f"<ul>{rows}</ul>")
    return "".join(parts)


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _named(name: str, value: str) -> str:
    """'Cases: 1,200 cases': a name from the file and its value, escaped."""
    return escape(QCoreApplication.translate("DetailsPanel", "{name}: {value}").format(
        name=name, value=value))


def link_html(url: str) -> str:
    """An anchor for an http/https URL; anything else as plain, never clickable text."""
    if is_clickable_link(url):
        return f'<a href="{escape(url, quote=True)}">{escape(url)}</a>'
    return escape(url)


def _header_line(timeline: Timeline, event: Event) -> str:
    category = timeline.category_by_id.get(event.category)
    label = (category_label(category, current().language, timeline.language) if category
             else event.category)
    color = category.color if category else "#808080"
    chip = (f'<span style="background-color:{escape(color, quote=True)};'
            f' color:{readable_text_color(color)};">&nbsp;{escape(label)}&nbsp;</span>')
    if event.confidence:
        words = escape(QCoreApplication.translate("DetailsPanel", "Confidence: {level}")).format(
            level=f"<b>{escape(_confidence_word(event.confidence))}</b>")
        chip += f" &nbsp; <span style='white-space:nowrap'>{words}</span>"  # one line
    return f"<p>{chip}</p>"


def _confidence_word(level: str) -> str:
    """A confidence level in the interface language; one the format does not know as it is."""
    words = {"confirmed": QCoreApplication.translate("DetailsPanel", "confirmed"),
             "single-source": QCoreApplication.translate("DetailsPanel", "single-source"),
             "unverified": QCoreApplication.translate("DetailsPanel", "unverified")}
    return words.get(level, level)


def _date_html(date: EdtfDate, display_date: str | None, era: Era) -> str:
    """The date as the source words it, what the app read, its span and its flags."""
    flags = [word for word, flagged in (
        (QCoreApplication.translate("DetailsPanel", "approximate"), date.approximate),
        (QCoreApplication.translate("DetailsPanel", "uncertain"), date.uncertain),
        (QCoreApplication.translate("DetailsPanel", "unspecified digits"), date.unspecified),
        (QCoreApplication.translate("DetailsPanel", "open-ended"),
         Bound.OPEN in (date.start_bound, date.end_bound)),
        (QCoreApplication.translate("DetailsPanel", "an end unknown"),
         Bound.UNKNOWN in (date.start_bound, date.end_bound))) if flagged]
    words, span_text = describe(date, era), describe_span(date, era)
    lines = [f"<b>{escape(display_date or words)}</b>"]
    if display_date and display_date != words and not _same_plain_date(display_date, date):
        lines.append(escape(QCoreApplication.translate("DetailsPanel", "Read as: {date}").format(
            date=words)))
    # a span that only restates the words ("2019 to 2024" as "2019 – 2024") is left out
    restated = span_text in (words, display_date, words.replace(
        _between(translate("DateWords", "{first} to {last}")),
        _between(translate("DateWords", "{first} – {last}"))))
    span = "" if restated else QCoreApplication.translate("DetailsPanel", "Span: {span}").format(
        span=span_text)
    if flags:
        joined = QCoreApplication.translate("DetailsPanel", ", ").join(flags)
        span += (" — " if span else "") + joined
    if span:
        lines.append(escape(span))
    lines.append(f"EDTF: <code>{escape(date.text)}</code>")
    lines += [f"<i>{escape(note)}</i>" for note in interpretation(date, era)]
    return "<p>" + "<br/>".join(lines) + "</p>"


def _same_plain_date(wording: str, date: EdtfDate) -> bool:
    """"28 February 2024" for 2024-02-28 needs no "Read as: 28 Feb 2024"; "early 2024"
    does, since how the words were read is worth saying, and so does any wording in
    another language than the interface's ("读作：2024年2月28日" under "28 February 2024"):
    the source's words stay as they are, and the reading is given in the reader's."""
    plain = date.kind is DateKind.DATE and not (date.approximate or date.uncertain
                                                or date.unspecified) \
        and current().language == "en"
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
    rows = [(template, values) for template, values in (
        (QCoreApplication.translate("DetailsPanel", "Actors: {values}"), event.actors),
        (QCoreApplication.translate("DetailsPanel", "Places: {values}"), event.places),
        (QCoreApplication.translate("DetailsPanel", "Tags: {values}"), event.tags)) if values]
    separator = QCoreApplication.translate("DetailsPanel", ", ")
    parts = []
    for template, values in rows:  # the words bold, the file's values plain
        before, _, after = template.partition("{values}")
        parts.append(f"<p><b>{escape(before)}</b>{escape(separator.join(values))}"
                     f"{escape(after)}</p>")
    return "".join(parts)


def _sources(timeline: Timeline, citations: Sequence[Citation], era: Era) -> str:
    items = []
    for citation in citations:
        source = timeline.source_by_id.get(citation.source)
        body = _source_html(source, era) if source else escape(citation.source)
        if citation.locator:
            body += "<br/>" + escape(QCoreApplication.translate(
                "DetailsPanel", "Locator: {locator}").format(locator=citation.locator))
        items.append(f"<li>{body}</li>")
    return "".join(items)


def _source_html(source: Source, era: Era) -> str:
    lines = [f"<i>{escape(source.title)}</i>", escape(source.publisher)]
    if source.author:
        lines.append(escape(QCoreApplication.translate("DetailsPanel", "Author: {author}").format(
            author=source.author)))
    if source.published is not None:
        lines.append(escape(QCoreApplication.translate(
            "DetailsPanel", "Published: {date}").format(date=describe(source.published, era))))
    if source.url:
        lines.append(link_html(source.url))
    return "<br/>".join(lines)


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n\n", "</p><p>").replace("\n", "<br/>")


def _between(template: str) -> str:
    """What a date template puts between its two dates: ' to ', '至'."""
    return template.split("{first}", 1)[-1].split("{last}", 1)[0]
