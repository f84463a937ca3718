"""The filter changes every filter benchmark makes, Qt-free, so core and window agree.

Each kind is a sequence of user actions that starts and ends unfiltered; every
step is one filter change and one sample:

- category toggle: hide one category of eight, show it again;
- hide half: hide four categories of eight in one change (vis-timeline's
  "hiding half the items"), show them again;
- search keystroke: type a word one letter at a time, then clear it;
- date range: narrow to 2010–2014, then clear it;
- evidence: only single-source events, then only dates to the day or month,
  then only events resting on one source, then none of these.
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline_app.query.filters import EventFilter

SEARCH_WORD = "court"
DATE_FROM, DATE_TO = "2010", "2014"
UNFILTERED = EventFilter()


def sequences(category_ids: Sequence[str]) -> dict[str, list[EventFilter]]:
    """Each kind's steps, in order; ``category_toggle`` hides ``category_ids[0]``."""
    typed = [EventFilter.from_text(search=SEARCH_WORD[:end])
             for end in range(1, len(SEARCH_WORD) + 1)]
    return {
        "category_toggle": [EventFilter.from_text(category_ids[1:]), UNFILTERED],
        "hide_half": [EventFilter.from_text(category_ids[: len(category_ids) // 2]), UNFILTERED],
        "search_keystroke": [*typed, UNFILTERED],
        "date_range": [EventFilter.from_text(date_from=DATE_FROM, date_to=DATE_TO), UNFILTERED],
        "evidence": [EventFilter(confidences=frozenset({"single-source"})),
                     EventFilter(date_forms=frozenset({"day", "month"})),
                     EventFilter(one_source=True), UNFILTERED],
    }
