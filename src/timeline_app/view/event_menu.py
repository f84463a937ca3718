"""The menu a right click on an event opens: zoom to it, copy its title and date, or copy
it as a citation that names its sources.

What is copied cites the event by the file's own title, never by a translation of it;
the words around it are in the interface language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.model.date_words import Era
from timeline_app.model.events import Event, Timeline, cited_by
from timeline_app.model.languages import event_title
from timeline_app.wording import current


def title_and_date(event: Event, era: Era) -> str:
    """'Second China–ASEAN Justice Forum — 8 June 2017'."""
    return f"{event.title} — {event.date_as_written(era)}"


def citation_text(timeline: Timeline, event: Event, era: Era) -> str:
    """The event as a citation: its title and date, then each source with its locator.
    'Forum opens — April 2024 (EDTF 2024-04). Sources: Ministry of Justice (2025),
    para. 4; CRI Online (2019).'"""
    parts = []
    for citation in dict.fromkeys(cited_by(event)):
        source = timeline.source_by_id.get(citation.source)
        credit = source.credit() if source is not None else citation.source
        parts.append(f"{credit}, {citation.locator}" if citation.locator else credit)
    sources = (QCoreApplication.translate("EventMenu", "; ").join(parts) if parts
               else QCoreApplication.translate("EventMenu", "no source cited"))
    return QCoreApplication.translate(
        "EventMenu", "{title_and_date} (EDTF {edtf}). Sources: {sources}.").format(
            title_and_date=title_and_date(event, era), edtf=event.date.text, sources=sources)


def show_event_menu(parent: QWidget, at: QPoint, timeline: Timeline, event: Event, era: Era,
                    zoom_to: Callable[[str], None]) -> QMenu:
    """Open the menu for ``event`` at the global position ``at``."""
    menu = QMenu(parent)
    menu.setObjectName("eventMenu")
    menu.setAccessibleName(QCoreApplication.translate("EventMenu", "Actions for {title}").format(
        title=event_title(event, current().language, timeline.language)))
    menu.addAction(QCoreApplication.translate("EventMenu", "&Zoom to Event"),
                   lambda: zoom_to(event.id))
    clipboard = QGuiApplication.clipboard()
    menu.addAction(QCoreApplication.translate("EventMenu", "Copy &Title and Date"),
                   lambda: clipboard.setText(title_and_date(event, era)))
    menu.addAction(QCoreApplication.translate("EventMenu", "Copy as &Citation"),
                   lambda: clipboard.setText(citation_text(timeline, event, era)))
    menu.popup(at)
    return menu
