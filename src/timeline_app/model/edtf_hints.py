"""Why a string is not an EDTF date: the form it looks like, and what to write instead.

Only called once a string has failed the grammar, so each check here can be a
plain regular expression: the forms other standards (ISO week and ordinal
dates, basic format) and the 2012 EDTF draft (``u``, ``unknown``, ``?~``,
parentheses) used, and the slips people make (one-digit months, short years);
before them, ``character_problem`` names spaces and characters EDTF has none of.
Each hint is translated when it is given, in the interface's language then.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from timeline_app.wording import translate

_HINTS: tuple[tuple[str, Callable[[], str]], ...] = (
    (r"-Y.*", lambda: translate("DateSyntax",
                                "the sign of a Y year goes after the Y: Y-170000002")),
    (r".*(unknown|open).*", lambda: translate(
        "DateSyntax", "the 2012 draft's keywords: leave an unknown end empty (1985/) "
                      "and write an open end as .. (1985/..)")),
    (r"-?\d{4}-W\d{2}(-\d)?", lambda: translate(
        "DateSyntax", "it is an ISO week date, which EDTF does not have: "
                      "give the day, e.g. 2024-01-01")),
    (r"-?\d{4}-\d{3}", lambda: translate(
        "DateSyntax", "it is an ISO ordinal date (day of the year), which EDTF does not "
                      "have: give the month and day")),
    (r"\d{8}(T\d{6}.*)?", lambda: translate(
        "DateSyntax", "it is in ISO basic format: write the hyphens, YYYY-MM-DD")),
    (r".*\d[u].*|[u].*", lambda: translate(
        "DateSyntax", "u for an unspecified digit is the 2012 draft's: write X")),
    (r".*\dx.*", lambda: translate("DateSyntax",
                                   "write an unspecified digit as a capital X")),
    (r".*(\?~|~\?).*", lambda: translate(
        "DateSyntax", "write % for uncertain and approximate together")),
    (r".*[()].*", lambda: translate(
        "DateSyntax", "the 2012 draft grouped with parentheses: put the qualifier before "
                      "the component instead, e.g. 2004-?06-11")),
    (r".*\^.*", lambda: translate(
        "DateSyntax", "the 2012 draft's qualified season: for the southern hemisphere use "
                      "the codes 29-32")),
    (r"[yY]\S*[ep]\S*|y.*", lambda: translate(
        "DateSyntax", "write Y, E and S in capitals (Y-17E7, 1950S2)")),
    (r".*[tz].*\d.*", lambda: translate("DateSyntax", "T and Z are capitals")),
    (r"\+.*", lambda: translate("DateSyntax", "a year takes no + sign")),
    (r"-?\d{4}-\d{1,2}(-\d{1,2})?[~?%]?", lambda: translate(
        "DateSyntax", "months and days take two digits, e.g. 2024-04 or 2024-04-05")),
    (r"-?\d{5,}([-~?%S].*)?", lambda: translate(
        "DateSyntax", "a year of more than four digits needs the Y prefix, e.g. Y12345")),
    (r"-?\d{1,3}([-~?%].*)?", lambda: translate(
        "DateSyntax", "years take four digits: 0044 is 44 CE, -0043 is 44 BCE")),
    (r"-?[\dX]{4}S\d+-.*", lambda: translate(
        "DateSyntax", "significant digits (S) go on a year alone")),
)


_SPACE = re.compile(r"\s")


def character_problem(text: str) -> str | None:
    """Why ``text`` is not a date by its characters alone, or None."""
    if not text:
        return translate("DateSyntax", "it is empty")
    if text != text.strip():
        return translate("DateSyntax", "it has spaces around it")
    if _SPACE.search(text):
        return translate("DateSyntax", "it has a space in it, and EDTF allows none, not even "
                                       "in a set: write {fixed}").format(
            fixed=repr(_SPACE.sub("", text)))
    if not text.isascii():
        char = next(c for c in text if ord(c) > 127)
        if unicodedata.digit(char, None) is not None:
            return translate("DateSyntax", "{char} is not an ASCII digit: write the digits "
                                           "0-9").format(char=repr(char))
        return translate("DateSyntax", "EDTF does not use the character {char}").format(
            char=repr(char))
    return None


def hint_for(text: str) -> str:
    """The reason ``text`` is not a date, as specific as its shape allows."""
    for pattern, hint in _HINTS:
        if re.fullmatch(pattern, text):
            return hint()
    return translate("DateSyntax", "expected YYYY, YYYY-MM or YYYY-MM-DD (optionally with ~, "
                                   "? or %), a date-time YYYY-MM-DDThh:mm:ss, an interval A/B "
                                   "or a set [A,B]")
