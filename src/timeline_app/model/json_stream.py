"""Reading a JSON text whose lists and objects are too many to build all at once.

``json.loads`` builds every list and object of a file before anything is
checked, and each costs a Python object far larger than its text: a file of
``{}`` events takes over twenty times its size. So a text with more lists and
objects than the memory bound allows (``container_budget``) is read here
instead: the top-level object is walked key by key, each value is measured
before it is decoded (its extent found by a regular expression, its lists and
objects counted with ``str.count``, both at C speed), and the events are
decoded one at a time for the validator, which drops each raw event once it is
checked and stops the reading at its problem cap. A single value holding more
lists and objects than the bound allows is refused, with its JSON path.

Syntax errors are raised as ``json.JSONDecodeError`` at their place in the
whole text, so the loader words them as it words those of ``json.loads``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NoReturn

CONTAINER_BYTES = 200
"""About what ``json.loads`` spends on one small list or object (docs/data-format.md)."""
_BASE_BUDGET = 100 * 1024 * 1024
_PER_TEXT_BYTE = 5
"""The memory the parsed lists and objects may take: 100 MB and five times the text, which
keeps the whole load within the bound docs/data-format.md states."""


def container_budget(text: str) -> int:
    """How many lists and objects may be built at once from ``text``."""
    return (_BASE_BUDGET + _PER_TEXT_BYTE * len(text)) // CONTAINER_BYTES


def containers_in(text: str, start: int = 0, end: int | None = None) -> int:
    """An upper bound of the lists and objects in ``text[start:end]`` (brackets inside
    strings count too)."""
    stop = len(text) if end is None else end
    return text.count("{", start, stop) + text.count("[", start, stop)


class TooManyContainersError(Exception):
    """A value that alone holds more lists and objects than may be built at once."""

    def __init__(self, path: str, containers: int) -> None:
        super().__init__(path)
        self.path = path
        self.containers = containers


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SPACE_CHARACTERS = frozenset(" \t\n\r")
_STRING = r'"[^"\\]*+(?:\\.[^"\\]*+)*+"'
_INLINE_DEPTH = 4
"""How many levels of nested brackets one match of a step swallows, at C speed: a list of
many small lists takes one match per outer item, not one per bracket."""


def _step(opener: str, closer: str) -> re.Pattern[str]:
    """Everything up to the next bracket of the kind that changes the depth, with
    brackets nested up to ``_INLINE_DEPTH`` levels inside it skipped whole (each level an
    unrolled loop, which ``re`` runs far faster than alternatives)."""
    plain = rf'[^"\{opener}\{closer}]*+(?:{_STRING}[^"\{opener}\{closer}]*+)*+'
    inner = plain
    for _ in range(_INLINE_DEPTH):
        inner = rf'{plain}(?:\{opener}{inner}\{closer}{plain})*+'
    return re.compile(rf'{inner}([\{opener}\{closer}])', re.DOTALL)


_ARRAY_STEP = _step("[", "]")
_OBJECT_STEP = _step("{", "}")


class StreamedDocument:
    """A top-level JSON object read value by value: ``top`` holds every value but the
    events list, which ``events()`` decodes one item at a time (a text that is not an object
    is decoded whole into ``top``)."""

    def __init__(self, text: str, parse_constant: Callable[[str], Any]) -> None:
        self.text = text
        self.position = 0
        self._decoder = json.JSONDecoder(parse_constant=parse_constant)
        # what the values not yet decoded may still build: each event in turn may take all
        # that the other top-level values leave, since each is dropped before the next
        self._budget = container_budget(text)
        self.top: Any = {}
        self._events_at: int | None = None
        self._read_top()

    @property
    def has_events_list(self) -> bool:
        return self._events_at is not None

    def events(self) -> Iterator[Any]:
        """The items of the events list, in order; ``position`` follows the reading."""
        return iter(()) if self._events_at is None else self._items(self._events_at)

    def _items(self, start: int) -> Iterator[Any]:
        text = self.text
        at = self._skip(start + 1)
        if text.startswith("]", at):
            return
        index = 0
        while True:
            value, at = self._decode(at, f"events[{index}]", self._budget)
            self.position = at
            yield value
            if text[at:at + 1] in _SPACE_CHARACTERS:
                at = self._skip(at)
            if text.startswith(",", at):
                at += 1
                if text[at:at + 1] in _SPACE_CHARACTERS:
                    at = self._skip(at)
                index += 1
            elif text.startswith("]", at):
                return
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)

    def _read_top(self) -> None:
        text = self.text
        at = self._skip(0)
        if not text.startswith("{", at):  # not a timeline: the validator words why
            self.top, at = self._decode(at, "", self._budget)
            self._finish(at)
            return
        at = self._skip(at + 1)
        if text.startswith("}", at):
            self._finish(at + 1)
            return
        try:
            self._read_members(at)
        except json.JSONDecodeError as error:
            # json reports the first error of the text: one in the events comes first
            if self._events_at is not None and error.pos > self._events_at:
                self._read_to_syntax_error(error)
            raise

    def _read_members(self, at: int) -> None:
        text = self.text
        while True:
            if not text.startswith('"', at):
                raise json.JSONDecodeError(
                    "Expecting property name enclosed in double quotes", text, at)
            key, at = self._decoder.raw_decode(text, at)
            at = self._skip(at)
            if not text.startswith(":", at):
                raise json.JSONDecodeError("Expecting ':' delimiter", text, at)
            at = self._skip(at + 1)
            if key == "events":  # the last of repeated keys counts, as in json.loads
                self._drop_events()
                self.top.pop(key, None)
            if key == "events" and text.startswith("[", at):
                self._events_at, end = at, _extent(text, at)
                if end is None:  # a syntax error in the events: find where, as json does
                    self._read_to_syntax_error(
                        json.JSONDecodeError("Expecting value", text, len(text)))
                at = end
            else:
                start = at
                self.top[key], at = self._decode(at, key, self._budget)
                self._budget -= containers_in(text, start, at)
            at = self._skip(at)
            if text.startswith(",", at):
                at = self._skip(at + 1)
            elif text.startswith("}", at):
                self._finish(at + 1)
                return
            else:
                raise json.JSONDecodeError("Expecting ',' delimiter", text, at)

    def _read_to_syntax_error(self, later: json.JSONDecodeError) -> NoReturn:
        """Raise the first syntax error of the events list, if it has one, else ``later``."""
        self._drop_events()
        raise later

    def _drop_events(self) -> None:
        """Decode the events list read so far, dropping each event: for its syntax errors
        only."""
        start, self._events_at = self._events_at, None
        if start is not None:
            for _ in self._items(start):
                pass

    def _finish(self, at: int) -> None:
        at = self._skip(at)
        if at < len(self.text):
            raise json.JSONDecodeError("Extra data", self.text, at)

    def _decode(self, at: int, path: str, budget: int) -> tuple[Any, int]:
        """The value at ``at`` and where it ends, once it is known to fit ``budget``."""
        if self.text.startswith(("[", "{"), at):
            # without an end, the value has a syntax error: raw_decode finds where
            containers = containers_in(self.text, at, _extent(self.text, at))
            if containers > budget:
                raise TooManyContainersError(path, containers)
        value, end = self._decoder.raw_decode(self.text, at)
        return value, end

    def _skip(self, at: int) -> int:
        match = _WHITESPACE.match(self.text, at)
        return at if match is None else match.end()


def _extent(text: str, at: int) -> int | None:
    """Where the list or object opening at ``at`` ends, counting only its own kind of
    bracket outside strings; ``None`` if the text ends first."""
    opener = text[at]
    step = _ARRAY_STEP if opener == "[" else _OBJECT_STEP
    depth, position = 1, at + 1
    while depth:
        match = step.match(text, position)
        if match is None:
            return None
        depth += 1 if match.group(1) == opener else -1
        position = match.end()
    return position
