"""Texts in more than one language: which translation to show, and the texts it gives.

A file may carry titles, summaries, labels and descriptions in other languages than
its own (``translations``, docs/data-format.md). They are its authors' renderings,
never an official title. ``pick_language`` chooses the best of the tags a file has
for the language the user wants; the helpers below give each text in that language
when the file has it, and the file's own text when it does not, field by field. The
``translated_*`` helpers say whether what is shown is a translation (None when it is
the file's own text), so that a view can say it is the authors' translation.

Each helper takes ``language``, the wanted language in any usual form (``zh_CN``,
``zh-Hans``, ``en``, ``de_DE.UTF-8``; None for the file's own text), and
``own_language``, the file's own language (``Timeline.language``) when it is known:
when that is the better match, the file's own text is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TypeVar

from timeline_app.model.events import (
    Category,
    CategoryTranslation,
    Event,
    EventTranslation,
    Period,
    PeriodTranslation,
    Timeline,
    TimelineTranslation,
)

_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
"""A well-formed enough BCP 47 tag: a primary language of two or three letters, then
subtags (script, region, variant) of two to eight letters or digits, joined by hyphens."""

_SIMPLIFIED = frozenset({"hans", "cn", "sg", "my"})
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})
"""The script and region subtags that say which script a Chinese text is written in."""


def is_language_tag(text: str) -> bool:
    """``text`` is a language tag a file may use, such as ``zh-Hans`` or ``en-GB``."""
    return _TAG.fullmatch(text) is not None


def _normal(tag: str) -> str:
    """``tag`` lower-cased, with ``_`` as ``-`` and a locale's ``.UTF-8`` or ``@euro``
    left out: ``zh_CN.UTF-8`` is ``zh-cn``."""
    for mark in ".@":
        tag = tag.partition(mark)[0]
    return tag.replace("_", "-").casefold()


def _chinese_script(subtags: list[str], wanted: bool) -> str | None:
    """``hans`` or ``hant`` for a Chinese tag whose script or region says which; a wanted
    bare ``zh`` is Simplified (its likely script), an available one says nothing."""
    if subtags[0] != "zh":
        return None
    for subtag in subtags[1:]:
        if subtag in _SIMPLIFIED:
            return "hans"
        if subtag in _TRADITIONAL:
            return "hant"
    return "hans" if wanted and len(subtags) == 1 else None


def _pick_index(available: Sequence[str], wanted: str) -> int | None:
    """The position in ``available`` of the best tag for ``wanted`` (see ``pick_language``)."""
    want = _normal(wanted)
    normal = [_normal(tag) for tag in available]
    if want in normal:
        return normal.index(want)
    want_subtags = want.split("-")
    script = _chinese_script(want_subtags, wanted=True)
    if script is not None:
        for index, tag in enumerate(normal):
            if _chinese_script(tag.split("-"), wanted=False) == script:
                return index
    primary = want_subtags[0]
    if primary in normal:
        return normal.index(primary)
    for index, tag in enumerate(normal):
        if tag.split("-")[0] == primary:
            return index
    return None


def pick_language(available: Iterable[str], wanted: str) -> str | None:
    """The tag of ``available`` that best suits a reader of ``wanted``, as it is written
    there; None when none does.

    In this order: the same tag (case aside, ``_`` read as ``-``); for Chinese, the same
    script (``zh-CN``, ``zh-SG``, ``zh-Hans`` and a bare ``zh`` wanted are Simplified;
    ``zh-TW``, ``zh-HK``, ``zh-MO`` and ``zh-Hant`` Traditional); then the bare language
    (``en`` for ``en-GB``); then any tag of the same language, the first in ``available``.
    """
    tags = list(available)
    index = _pick_index(tags, wanted)
    return None if index is None else tags[index]


T = TypeVar("T", EventTranslation, CategoryTranslation, PeriodTranslation, TimelineTranslation)


def translation_for(translations: Sequence[T], language: str | None,
                    own_language: str | None = None) -> T | None:
    """The translation to show to a reader of ``language``: None when there is none that
    suits, or the file's own language suits as well or better."""
    if not translations or language is None:
        return None
    tags: list[str] = [t.language for t in translations]
    if own_language is None:
        index = _pick_index(tags, language)
        return None if index is None else translations[index]
    index = _pick_index([own_language, *tags], language)
    return None if index is None or index == 0 else translations[index - 1]


def translated_title(event: Event, language: str | None,
                     own_language: str | None = None) -> str | None:
    """The event's title in ``language`` when its authors translated it, else None."""
    found = translation_for(event.translations, language, own_language)
    return found.title if found is not None else None


def translated_summary(event: Event, language: str | None,
                       own_language: str | None = None) -> str | None:
    """The event's summary in ``language`` when its authors translated it, else None."""
    found = translation_for(event.translations, language, own_language)
    return found.summary if found is not None else None


def event_title(event: Event, language: str | None, own_language: str | None = None) -> str:
    """The title to show: translated when it is, else the event's own."""
    return translated_title(event, language, own_language) or event.title


def event_summary(event: Event, language: str | None,
                  own_language: str | None = None) -> str | None:
    """The summary to show: translated when it is, else the event's own (even when the
    title is translated)."""
    return translated_summary(event, language, own_language) or event.summary


def category_label(category: Category, language: str | None,
                   own_language: str | None = None) -> str:
    found = translation_for(category.translations, language, own_language)
    return (found.label if found is not None else None) or category.label


def category_description(category: Category, language: str | None,
                         own_language: str | None = None) -> str | None:
    found = translation_for(category.translations, language, own_language)
    return (found.description if found is not None else None) or category.description


def period_title(period: Period, language: str | None, own_language: str | None = None) -> str:
    found = translation_for(period.translations, language, own_language)
    return (found.title if found is not None else None) or period.title


def timeline_title(timeline: Timeline, language: str | None) -> str:
    """The document's title for a reader of ``language`` (its own language is known)."""
    found = translation_for(timeline.translations, language, timeline.language)
    return (found.title if found is not None else None) or timeline.title


def timeline_description(timeline: Timeline, language: str | None) -> str | None:
    found = translation_for(timeline.translations, language, timeline.language)
    return (found.description if found is not None else None) or timeline.description
