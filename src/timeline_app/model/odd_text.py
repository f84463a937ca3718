"""Text in a file that no output can carry exactly: lone surrogates and the characters XML
cannot hold.

A JSON file can only hold them as escapes (``\\ud800``, ``\\u0001``): raw, they
are not valid UTF-8 or not valid JSON. So the raw text is searched once for
such escapes, at C speed, and only a file that has them is walked to name the
places. A lone surrogate is an error (no UTF-8 output can hold it, and writing
a ``?`` instead would change the data silently); a C0 control character or
U+FFFE/U+FFFF is a warning, since exports show it as U+FFFD.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from timeline_app.model.problems import Problem, Severity
from timeline_app.wording import translate

_ESCAPES = re.compile(r"\\u(?:[dD][89abAB]|[dD][c-fC-F]|00[01]|[fF]{3}[eEfF])",)
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def odd_text_problems(text: str, document: Any, file: str) -> list[Problem]:
    """The places of lone surrogates (errors) and characters XML cannot hold (warnings)."""
    return odd_text_places(document, "", file) if has_odd_escapes(text) else []


def has_odd_escapes(text: str) -> bool:
    """Whether the JSON text has an escape of odd text anywhere (a search at C speed)."""
    return _ESCAPES.search(text) is not None


def odd_text_places(value: Any, path: str, file: str) -> list[Problem]:
    """The odd text in a decoded value whose JSON path is ``path``."""
    found = []
    for where, text in _strings(value, path):
        if _SURROGATE.search(text):
            found.append(Problem(file, where, translate(
                "OddText", "holds a lone surrogate (an escape such as \\ud800 without its "
                "pair), which no UTF-8 file can hold: remove it or give the whole pair")))
        elif _NOT_IN_XML.search(text):
            found.append(Problem(file, where, translate(
                "OddText", "holds a control character (or U+FFFE/U+FFFF) that images and XML "
                "cannot show: exports draw it as \ufffd"), Severity.WARNING,
                "control-character"))
    return found


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    """Every string of a JSON value, keys included, with its JSON path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            yield where, str(key)
            yield from _strings(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")
