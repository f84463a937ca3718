"""Why a string is not an EDTF date: the form it looks like, and what to write instead.

Only called once a string has failed the grammar, so each check here can be a
plain regular expression: the forms other standards (ISO week and ordinal
dates, basic format) and the 2012 EDTF draft (``u``, ``unknown``, ``?~``,
parentheses) used, and the slips people make (one-digit months, short years).
"""

from __future__ import annotations

import re

_HINTS: tuple[tuple[str, str], ...] = (
    (r"-Y.*", "the sign of a Y year goes after the Y: Y-170000002"),
    (r".*(unknown|open).*", "the 2012 draft's keywords: leave an unknown end empty (1985/) "
                           "and write an open end as .. (1985/..)"),
    (r"-?\d{4}-W\d{2}(-\d)?", "it is an ISO week date, which EDTF does not have: "
                             "give the day, e.g. 2024-01-01"),
    (r"-?\d{4}-\d{3}", "it is an ISO ordinal date (day of the year), which EDTF does not "
                      "have: give the month and day"),
    (r"\d{8}(T\d{6}.*)?", "it is in ISO basic format: write the hyphens, YYYY-MM-DD"),
    (r".*\d[u].*|[u].*", "u for an unspecified digit is the 2012 draft's: write X"),
    (r".*\dx.*", "write an unspecified digit as a capital X"),
    (r".*(\?~|~\?).*", "write % for uncertain and approximate together"),
    (r".*[()].*", "the 2012 draft grouped with parentheses: put the qualifier before the "
                 "component instead, e.g. 2004-?06-11"),
    (r".*\^.*", "the 2012 draft's qualified season: for the southern hemisphere use the "
               "codes 29-32"),
    (r"[yY]\S*[ep]\S*|y.*", "write Y, E and S in capitals (Y-17E7, 1950S2)"),
    (r".*[tz].*\d.*", "T and Z are capitals"),
    (r"\+.*", "a year takes no + sign"),
    (r"-?\d{4}-\d{1,2}(-\d{1,2})?[~?%]?", "months and days take two digits, e.g. 2024-04 "
                                          "or 2024-04-05"),
    (r"-?\d{5,}([-~?%S].*)?", "a year of more than four digits needs the Y prefix, e.g. "
                              "Y12345"),
    (r"-?\d{1,3}([-~?%].*)?", "years take four digits: 0044 is 44 CE, -0043 is 44 BCE"),
    (r"-?[\dX]{4}S\d+-.*", "significant digits (S) go on a year alone"),
)


def hint_for(text: str) -> str:
    """The reason ``text`` is not a date, as specific as its shape allows."""
    for pattern, hint in _HINTS:
        if re.fullmatch(pattern, text):
            return hint
    return ("expected YYYY, YYYY-MM or YYYY-MM-DD (optionally with ~, ? or %), a date-time "
            "YYYY-MM-DDThh:mm:ss, an interval A/B or a set [A,B]")
