"""The checks every field of a timeline document goes through, and the collector of the
problems they find.

``Collector`` gathers every problem, not just the first, up to ``MAX_ERRORS``;
each check names the JSON path of what it found. ``model.document`` builds the
model with them.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from typing import Any

from timeline_app.model.dates import DateError, EdtfDate
from timeline_app.model.edtf import parse_edtf
from timeline_app.model.events import is_clickable_link
from timeline_app.model.languages import is_language_tag
from timeline_app.model.problems import (
    WARNINGS_KEPT_PER_KIND,
    Problem,
    Severity,
    tally_warnings,
)
from timeline_app.wording import translate

MAX_ERRORS = 1000


HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


class ProblemCapError(Exception):
    pass


class Collector:
    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self._kept: Counter[str] = Counter()
        self._unkept: Counter[str] = Counter()

    def error(self, path: str, message: str) -> None:
        self.errors.append(Problem(self.file, path, message))
        if len(self.errors) >= MAX_ERRORS:
            raise ProblemCapError

    def warn(self, kind: str, path: str, message: str) -> None:
        if self._kept[kind] >= WARNINGS_KEPT_PER_KIND:
            self._unkept[kind] += 1
            return
        self._kept[kind] += 1
        self.warnings.append(Problem(self.file, path, message, Severity.WARNING, kind))

    def all_warnings(self) -> list[Problem]:
        """The warnings kept, then a tally of each kind's warnings past the cap."""
        return tally_warnings(self.warnings, self._unkept, self.file)

    def unknown_keys(self, obj: dict[str, Any], known: frozenset[str], path: str) -> None:
        if obj.keys() <= known:
            return
        for key in obj.keys() - known:
            where = f"{path}.{key}" if path else key
            self.warn("unknown-key", where, translate(
                "FieldChecks", "unknown key {key} is ignored").format(key=repr(key)))


def describe_type(value: object) -> str:
    """What a JSON value is, in words that fill a message's ``{kind}``: "a number". The
    Chinese begins and ends with a Chinese character or bracket ("数字", "空值（null）"),
    so a Chinese template puts ``{kind}`` without spaces: "而不是{kind}"."""
    if value is None:
        return translate("FieldChecks", "null")
    if isinstance(value, bool):
        return translate("FieldChecks", "true/false")
    if isinstance(value, (int, float)):
        return translate("FieldChecks", "a number")
    if isinstance(value, str):
        return translate("FieldChecks", "a string")
    if isinstance(value, list):
        return translate("FieldChecks", "a list")
    if isinstance(value, dict):
        return translate("FieldChecks", "an object")
    return type(value).__name__


def missing() -> str:
    return translate("FieldChecks", "missing")


def not_a_string(value: object) -> str:
    return translate("FieldChecks", "must be a string, not {kind}").format(
        kind=describe_type(value))


def not_empty() -> str:
    return translate("FieldChecks", "must not be empty")


def required_text(obj: dict[str, Any], key: str, path: str, out: Collector) -> str | None:
    where = f"{path}.{key}" if path else key
    if key not in obj:
        out.error(where, missing())
        return None
    value = obj[key]
    if not isinstance(value, str):
        out.error(where, not_a_string(value))
        return None
    if not value.strip():
        out.error(where, not_empty())
        return None
    return value


def optional_text(obj: dict[str, Any], key: str, path: str, out: Collector) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    out.error(f"{path}.{key}" if path else key, not_a_string(value))
    return None


def text_list(obj: dict[str, Any], key: str, path: str, out: Collector) -> tuple[str, ...]:
    value = obj.get(key)
    if value is None:
        return ()
    where = f"{path}.{key}"
    if not isinstance(value, list):
        out.error(where, translate("FieldChecks", "must be a list of strings, not {kind}")
                  .format(kind=describe_type(value)))
        return ()
    for index, item in enumerate(value):
        if not isinstance(item, str):
            out.error(f"{where}[{index}]", not_a_string(item))
            return ()
    return tuple(value)


def required_date(obj: dict[str, Any], path: str, out: Collector) -> EdtfDate | None:
    if "date" not in obj:
        out.error(f"{path}.date", missing())
        return None
    return date_field(obj["date"], f"{path}.date", out)


def optional_date(obj: dict[str, Any], key: str, path: str,
                   out: Collector) -> EdtfDate | None:
    if obj.get(key) is None:
        return None
    return date_field(obj[key], f"{path}.{key}", out)


def date_field(value: Any, where: str, out: Collector) -> EdtfDate | None:
    if not isinstance(value, str):
        out.error(where, translate("FieldChecks", "must be a date string such as '2024-04', "
                                   "not {kind}").format(kind=describe_type(value)))
        return None
    try:
        return parse_edtf(value)
    except DateError as error:
        out.error(where, str(error))
        return None


def color_field(obj: dict[str, Any], path: str, out: Collector) -> str | None:
    value = required_text(obj, "color", path, out)
    if value is None:
        return None
    if len(value) != 7 or value[0] != "#" or not set(value[1:]) <= HEX_DIGITS:
        out.error(f"{path}.color", translate(
            "FieldChecks", "{value} is not a colour: write it as #RRGGBB, e.g. #3f7fbf")
            .format(value=repr(value)))
        return None
    return value.lower()


def is_finite(number: int | float) -> bool:
    """A float that is not infinite or NaN, or an int a float can hold (a bigger one makes
    ``math.isfinite`` overflow)."""
    if isinstance(number, int):
        return abs(number) <= sys.float_info.max
    return math.isfinite(number)


def not_finite(number: int | float) -> str:
    """Why a number no float can hold is refused."""
    if isinstance(number, int):
        return translate("FieldChecks", "must be a finite number of at most about 1.8e308 "
                         "either way, not an integer of {digits:,} digits").format(
            digits=len(str(abs(number))))
    if math.isinf(number):
        return translate("FieldChecks", "must be a finite number of at most about 1.8e308 "
                         "either way, not infinity")
    return translate("FieldChecks", "must be a finite number of at most about 1.8e308 "
                     "either way, not NaN")


def check_link(url: str, where: str, out: Collector) -> None:
    if not is_clickable_link(url):
        out.warn("link-scheme", where, translate(
            "FieldChecks", "{url} is not an http or https link: it is shown as text and "
            "never opened").format(url=repr(url)))


def language_field(obj: dict[str, Any], key: str, path: str, out: Collector) -> str | None:
    """An optional BCP 47 tag, such as the document's own ``language``."""
    value = optional_text(obj, key, path, out)
    if value is None or is_language_tag(value):
        return value
    out.error(f"{path}.{key}" if path else key, _not_a_tag(value))
    return None


def translations_field(obj: dict[str, Any], path: str, texts: frozenset[str],
                       out: Collector) -> list[tuple[str, dict[str, str]]]:
    """An optional ``translations`` object: language tags, each with an object of some of
    ``texts`` (non-empty strings); each valid language with its texts, in the file's order."""
    value = obj.get("translations")
    if value is None:
        return []
    where = f"{path}.translations" if path else "translations"
    if not isinstance(value, dict):
        out.error(where, translate(
            "FieldChecks", "must be an object of language tags, each with its texts "
            "({keys}), not {kind}").format(keys=", ".join(sorted(texts)),
                                           kind=describe_type(value)))
        return []
    result = []
    for tag, entry in value.items():
        at = f"{where}.{tag}"
        good = is_language_tag(tag)
        if not good:
            out.error(at, _not_a_tag(tag))
        if not isinstance(entry, dict):
            out.error(at, translate("FieldChecks", "must be an object of texts ({keys}), "
                                    "not {kind}").format(keys=", ".join(sorted(texts)),
                                                         kind=describe_type(entry)))
            continue
        out.unknown_keys(entry, texts, at)
        kept = {}
        for key, text in entry.items():
            if key not in texts:
                continue
            if not isinstance(text, str):
                out.error(f"{at}.{key}", not_a_string(text))
                good = False
            elif not text.strip():
                out.error(f"{at}.{key}", not_empty())
                good = False
            else:
                kept[key] = text
        if good:
            result.append((tag, kept))
    return result


def _not_a_tag(text: str) -> str:
    return translate("FieldChecks", "{text} is not a language tag: write a BCP 47 tag such as "
                     "'zh-Hans', 'en' or 'en-GB' (letters and digits joined by hyphens)"
                     ).format(text=repr(text))
