"""The words the Qt-free core shows, in the interface's language.

The core names dates, tick steps, legend keys and filters in words. It cannot
call Qt, so it calls ``translate`` here, which reads English until the window or
``export --lang`` installs Qt's translation machinery and the month names of a
``QLocale`` (``render.interface_language``). The text commands never install
one, so ``list`` and ``validate`` stay English and exact.

Texts are written as ``scripts/update_translations.py`` finds them (docs/translating.md
has the whole convention): ``translate("Context", "text")`` with literal text, ``%n``
for a count (``"%n event(s)"``; ``%Ln`` groups its digits) and ``{name}`` for anything
else, filled in with ``str.format`` after translating.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str, "str | None", int], str]

ENGLISH_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December")
ENGLISH_MONTH_ABBREVIATIONS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_PLURAL_MARK = re.compile(r"(y\(ies\)|\((?:e?s)\))")


def english_plural(text: str, n: int) -> str:
    """English for a count: '%n event(s)' reads '1 event' or '3 events'; '%n category(ies)'
    reads '1 category' or '2 categories'; '%Ln' groups the digits, as Qt does: '1,234'."""
    return english_form(text, n).replace("%Ln", f"{n:,}").replace("%n", str(n))


def english_form(text: str, n: int) -> str:
    """The English form of ``text`` for a count of ``n``, ``%n`` kept: the English
    translation file is made of these."""
    def form(match: re.Match[str]) -> str:
        mark = match.group(1)
        if mark == "y(ies)":
            return "y" if n == 1 else "ies"
        return "" if n == 1 else mark[1:-1]
    return _PLURAL_MARK.sub(form, text)


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return english_plural(text, n) if n >= 0 else text


@dataclass(frozen=True)
class Wording:
    """One interface language: how text is translated and what the months are called."""

    language: str = "en"
    """The interface language, as Qt names it: 'en', 'zh_CN'."""
    translate: Translate = _english
    months: tuple[str, ...] = ENGLISH_MONTHS
    """Month names by number, index 0 unused: 'April', '四月'."""
    month_abbreviations: tuple[str, ...] = ENGLISH_MONTH_ABBREVIATIONS
    """Short month names by number, index 0 unused: 'Apr', '4月'."""


ENGLISH = Wording()
_current = ENGLISH
_cache: dict[tuple[str, str, str | None], str] = {}


def use_wording(wording: Wording) -> None:
    """Show the core's words in ``wording`` from now on."""
    global _current
    _current = wording
    _cache.clear()


def current() -> Wording:
    return _current


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language; ``%n`` becomes ``n`` when ``n`` is given."""
    if n >= 0:
        return _current.translate(context, text, disambiguation, n)
    key = (context, text, disambiguation)
    found = _cache.get(key)
    if found is None:  # labels are asked for many times a frame; their words never change
        found = _cache[key] = _current.translate(context, text, disambiguation, -1)
    return found


def month_name(month: int) -> str:
    return _current.months[month]


def month_abbreviation(month: int) -> str:
    return _current.month_abbreviations[month]
