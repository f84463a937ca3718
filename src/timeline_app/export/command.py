"""The Qt half of `timeline-app export`: paint the page and write the file.

Imported only after ``cli`` has chosen the Qt platform (offscreen unless the
user set one), so it runs with no display at all.
"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtGui import QGuiApplication

from timeline_app.atomic_write import WriteError
from timeline_app.export.image import write_image
from timeline_app.export.page import ExportPage
from timeline_app.layout.colouring import ColourBy, colouring_for
from timeline_app.model.date_words import Era
from timeline_app.model.events import Timeline
from timeline_app.query.filters import EventFilter
from timeline_app.render.interface_language import install_language
from timeline_app.render.style import Theme

EXIT_OK, EXIT_FAILED = 0, 1


def run_export(timeline: Timeline, event_filter: EventFilter, output: str, *, width: int,
               height: int, scale: int, theme: str, title: str, era: Era = Era.BCE,
               colour_by: ColourBy = ColourBy.CATEGORY, force: bool = False,
               language: str = "en") -> int:
    """Write the image, its words in ``language``; print its path (exit 0) or a one-line
    error (exit 1)."""
    _ = QGuiApplication.instance() or QGuiApplication(["timeline-app"])
    install_language(language)
    page = ExportPage.for_filter(timeline, event_filter, Theme.named(theme), date.today(), title,
                                 era, colouring=colouring_for(colour_by, timeline))
    try:
        written = write_image(output, page, width, height, scale, force=force)
    except WriteError as error:
        print(f"timeline-app: error: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(written)
    return EXIT_OK
