"""Reading a timeline file: from bytes on disk to a validated ``Timeline``.

``load(path)`` returns the model or raises ``LoadError`` carrying every problem
found (up to ``MAX_ERRORS``). Nothing here ever lets a traceback reach the
user: every failure of the file, of the JSON or of a field becomes a
``Problem`` that names the file and the place.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from timeline_app.model.document import EventItems, build_timeline
from timeline_app.model.events import Timeline
from timeline_app.model.json_stream import (
    StreamedDocument,
    TooManyContainersError,
    container_budget,
    containers_in,
)
from timeline_app.model.long_lived import building_long_lived
from timeline_app.model.odd_text import has_odd_escapes, odd_text_places, odd_text_problems
from timeline_app.model.problems import LoadError, Problem, Severity
from timeline_app.model.typed_reading import (
    TypedReadingError,
    plain_value,
    read_typed,
    typed_clean_event,
)
from timeline_app.wording import translate

#: Files larger than this are refused before they are read. Override with the
#: TIMELINE_APP_MAX_FILE_MB environment variable or ``load(..., max_bytes=...)``.
DEFAULT_MAX_FILE_MB = 512

ProgressCallback = Callable[[float], None]


@dataclass(frozen=True, slots=True)
class LoadReport:
    timeline: Timeline
    warnings: list[Problem]
    #: rows or items of an imported file that were left out, each naming its place
    left_out: list[Problem] = field(default_factory=list)


MAX_FILE_ENV = "TIMELINE_APP_MAX_FILE_MB"
_MEGABYTES = re.compile(r"\d+(\.\d+)?")


def max_file_bytes() -> int:
    """The size limit: ``TIMELINE_APP_MAX_FILE_MB`` megabytes, else 512. A value that is
    not a plain positive number of megabytes is a problem named after the variable,
    never silently replaced by the default."""
    value = os.environ.get(MAX_FILE_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_FILE_MB * 1024 * 1024
    megabytes = float(value) if _MEGABYTES.fullmatch(value) else 0.0
    if not 0 < megabytes <= MAX_FILE_MB_LIMIT:
        raise LoadError(MAX_FILE_ENV, [Problem(
            MAX_FILE_ENV, "", translate(
                "FileReading", "must be a positive number of megabytes up to {limit:,}, such "
                "as 512, not {value}").format(limit=MAX_FILE_MB_LIMIT, value=repr(value)))])
    return int(megabytes * 1024 * 1024)


MAX_FILE_MB_LIMIT = 1024 * 1024
"""The largest limit that may be set: a terabyte."""


def load(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> Timeline:
    return load_report(path, max_bytes=max_bytes).timeline


def load_report(path: str | os.PathLike[str], *, max_bytes: int | None = None,
                progress: ProgressCallback | None = None) -> LoadReport:
    """Load and validate a file; return the timeline with its warnings.

    ``progress`` (if given) is called with fractions from 0 to 1, from the
    calling thread, so that a window can show how far a large file has come.
    """
    report = progress or (lambda fraction: None)
    file = str(path)
    limit = max_bytes if max_bytes is not None else max_file_bytes()
    odd: list[Problem] = []
    with building_long_lived():
        text = read_text(Path(path), limit, report)
        if containers_in(text) > container_budget(text):
            timeline, warnings = _build_streamed(text, file, report, odd)
        else:
            held = [text]  # the typed reading lets it go once it needs it no more
            del text
            built = _build_typed(held, file, report)
            if built is None:
                # popped, so that the text's memory goes back before the model is built
                document = _parse_whole(held.pop(), file, odd)
                report(0.5)
                built = build_timeline(document, file, lambda f: report(0.5 + 0.5 * f))
            timeline, warnings = built
    report(1.0)
    return LoadReport(timeline, odd + warnings)


def _build_typed(held: list[str], file: str,
                 progress: ProgressCallback) -> tuple[Timeline, list[Problem]] | None:
    """The timeline by typed decoding (``model.typed_reading``) of the text ``held`` holds;
    None where the text is to be read the general way. Once every event has been read,
    the text and the raw events (which point into it) are let go, so that they are gone
    before the store of the events is finished."""
    typed = read_typed(held[0])
    if typed is None:
        return None
    document, raw_events = typed
    del typed
    progress(0.5)
    total = len(raw_events)

    def let_go() -> None:
        raw_events.clear()
        held.clear()

    events = EventItems(raw_events, lambda index: index / total, max(1, total // 50),
                        typed_clean_event, plain_value, let_go)
    try:
        return build_timeline(document, file, lambda f: progress(0.5 + 0.5 * f), events)
    except TypedReadingError:
        return None


def read_document(path: Path, max_bytes: int, progress: ProgressCallback,
                  warnings: list[Problem] | None = None) -> Any:
    """Read and parse the JSON; raise LoadError for any file or syntax problem, and for
    text no output can hold (``model.odd_text``); its warnings go to ``warnings``."""
    document = parse_document(read_text(path, max_bytes, progress), str(path), warnings)
    progress(0.5)
    return document


def read_text(path: Path, max_bytes: int, progress: ProgressCallback) -> str:
    file = str(path)
    text = _decode(read_bytes(path, max_bytes), file)
    progress(0.2)
    if not text.strip():
        _fail(file, translate("FileReading", "the file is empty: a timeline file is a JSON "
                              "object with 'title' and 'events'"))
    return text


def parse_document(text: str, file: str, warnings: list[Problem] | None = None) -> Any:
    """The whole document, built at once; a text over the container budget is refused."""
    containers = containers_in(text)
    if containers > container_budget(text):
        with _json_problems(file, text):
            raise TooManyContainersError("", containers)
    return _parse_whole(text, file, warnings)


def _parse_whole(text: str, file: str, warnings: list[Problem] | None) -> Any:
    """The document of a text known to be within the container budget."""
    with _json_problems(file, text):
        document = json.loads(text, parse_constant=_reject_constant)
    _keep_odd_text(odd_text_problems(text, document, file), file, warnings)
    return document


def _build_streamed(text: str, file: str, progress: ProgressCallback,
                    warnings: list[Problem]) -> tuple[Timeline, list[Problem]]:
    """A text with more lists and objects than may be built at once, read value by value
    (``model.json_stream``): each raw event is checked and dropped in turn."""
    odd: list[Problem] = []
    with _json_problems(file, text):
        stream = StreamedDocument(text, _reject_constant)
        odd.extend(odd_text_problems(text, stream.top, file))
        progress(0.2)
        events = None
        if stream.has_events_list:
            events = EventItems(_odd_checked(stream, file, odd),
                                lambda index: stream.position / len(text))
        try:
            built = build_timeline(stream.top, file, lambda f: progress(0.2 + 0.8 * f), events)
        except LoadError:
            _keep_odd_text(odd, file, warnings)
            raise
    _keep_odd_text(odd, file, warnings)
    return built


def _odd_checked(stream: StreamedDocument, file: str, odd: list[Problem]) -> Iterator[Any]:
    """The stream's events, each searched for odd text (``model.odd_text``) on its way."""
    search = has_odd_escapes(stream.text)
    for index, item in enumerate(stream.events()):
        if search:
            odd.extend(odd_text_places(item, f"events[{index}]", file))
        yield item


def _keep_odd_text(odd: list[Problem], file: str, warnings: list[Problem] | None) -> None:
    """Raise the odd text that no output can hold; keep the rest as warnings."""
    errors = [p for p in odd if p.severity is not Severity.WARNING]
    if errors:
        raise LoadError(file, errors)
    if warnings is not None:
        warnings.extend(odd)


@contextlib.contextmanager
def _json_problems(file: str, text: str) -> Iterator[None]:
    """Every way decoding the JSON of ``text`` fails, as a LoadError at its place."""
    try:
        yield
    except json.JSONDecodeError as error:
        _fail_syntax(file, text, error)
    except _NonStandardNumberError as error:
        line, column = _find_constant(text, error.token)
        raise LoadError(file, [Problem(file, "", translate(
            "FileReading", "{token} is not a number in JSON; write a number or null instead")
            .format(token=error.token), line=line, column=column)]) from None
    except RecursionError:
        _fail(file, translate("FileReading", "the JSON is nested too deeply to be a timeline "
                              "file"))
    except TooManyContainersError as error:
        raise LoadError(file, [Problem(file, error.path, _too_many_words(error, text))]) \
            from None
    except ValueError as error:  # an integer too long for Python to convert
        if "integer string conversion" not in str(error):
            raise
        line, column = _find_long_number(text)
        raise LoadError(file, [Problem(file, "", translate(
            "FileReading", "a number of more than {digits:,} digits: no value of a timeline "
            "needs one").format(digits=_MAX_DIGITS), line=line, column=column)]) from None


def _too_many_words(error: TooManyContainersError, text: str) -> str:
    if not error.path:
        words = translate("FileReading", "the file holds about {count:,} lists and objects, "
                          "more than can be built from {size} of JSON within the memory bound "
                          "(about 150 MB plus ten times the file): a timeline has far fewer")
    else:
        words = translate("FileReading", "this value holds about {count:,} lists and objects, "
                          "more than can be built from {size} of JSON within the memory bound "
                          "(about 150 MB plus ten times the file): a timeline has far fewer")
    return words.format(count=error.containers, size=_size_words(len(text)))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    file = str(path)
    try:
        if path.is_dir():
            _fail(file, translate("FileReading", "this is a folder, not a timeline file"))
        refuse_unless_regular(path)
        size = path.stat().st_size
        if size > max_bytes:
            _fail(file, translate("FileReading", "the file is {size}, over the limit of {limit}; "
                                  "it was not read (set TIMELINE_APP_MAX_FILE_MB to raise the "
                                  "limit)").format(size=_size_words(size),
                                                   limit=_size_words(max_bytes)))
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        _fail(file, translate("FileReading", "no such file"))
    except PermissionError:
        _fail(file, translate("FileReading", "permission denied: the file cannot be read"))
    except OSError as error:
        _fail(file, translate("FileReading", "the file cannot be read: {reason}").format(
            reason=error.strerror or error))


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
"""Byte-order marks of the UTF-16 and UTF-32 files some editors save (UTF-32 first: its
little-endian mark begins like UTF-16's)."""


def _decode(data: bytes, file: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                _fail(file, translate("FileReading", "the file starts as {encoding} text but "
                                      "is not: save it as UTF-8").format(
                    encoding=encoding.upper()))
    if b"\x00" in data[:8192]:
        _fail(file, translate("FileReading", "this is a binary file, not a JSON text (or "
                              "UTF-16 or UTF-32 without a byte-order mark: save it as UTF-8)"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        raise LoadError(file, [Problem(file, "", translate(
            "FileReading", "the file is not UTF-8 text: byte 0x{byte:02x} cannot be decoded")
            .format(byte=data[error.start]), line=line, column=column)]) from None


class _NonStandardNumberError(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def _reject_constant(token: str) -> None:
    raise _NonStandardNumberError(token)


def _find_constant(text: str, token: str) -> tuple[int | None, int | None]:
    match = re.search(r"[:\[,]\s*(" + re.escape(token) + r")\b", text)
    if match is None:
        return None, None
    return _line_column(text, match.start(1))


def _line_column(text: str, position: int) -> tuple[int, int]:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


_MAX_DIGITS = 4300
"""CPython's limit on converting a string of digits to an int (``sys.int_info``)."""
_LONG_NUMBER = re.compile(rf"\d{{{_MAX_DIGITS + 1},}}")


def _find_long_number(text: str) -> tuple[int | None, int | None]:
    match = _LONG_NUMBER.search(text)
    return (None, None) if match is None else _line_column(text, match.start())


def _size_words(size: int) -> str:
    """'613 MB', '1.4 MB', '2,048 bytes': never '0 MB'."""
    if size >= 100 * 1048576:
        return f"{size / 1048576:,.0f} MB"
    if size >= 1048576:
        return f"{size / 1048576:,.1f} MB"
    return translate("FileReading", "{size:,} bytes").format(size=size)


def refuse_unless_regular(path: Path) -> None:
    """A pipe, a socket or a device is refused before it is opened: reading one can wait
    forever, or never end."""
    if path.exists() and not path.is_file():
        _fail(str(path), translate("FileReading", "this is not a regular file (a pipe, a socket "
                                   "or a device): save its contents to a file and open that"))


def _fail_syntax(file: str, text: str, error: json.JSONDecodeError) -> NoReturn:
    """Word a syntax error from the text itself, not from CPython's message (whose wording
    and position for the same mistake change between 3.11 and 3.13)."""
    line, column = error.lineno, error.colno
    closer = _trailing_comma(text, error.pos)
    if closer is not None:
        message = translate("FileReading", "the JSON has a trailing comma before '{closer}'"
                            ).format(closer=closer)
        comma = text.rfind(",", 0, text.index(closer, error.pos))
        line, column = _line_column(text, comma)
    elif error.pos >= len(text.rstrip()):
        message = translate("FileReading", "the JSON ends too early: the file looks truncated")
    elif error.msg == "Extra data":
        message = translate("FileReading", "the JSON has more text after its end")
    else:
        message = _not_valid(error.msg)
    raise LoadError(file, [Problem(file, "", message, line=line, column=column)]) from None


def _not_valid(reason: str) -> str:
    """The JSON decoder's ``reason`` for a syntax error (those of ``model.json_stream`` too)
    as a sentence; one this does not know is given as the decoder words it."""
    known = {
        "Expecting value": translate("FileReading", "the JSON is not valid: expecting value"),
        "Expecting ',' delimiter": translate(
            "FileReading", "the JSON is not valid: expecting ',' delimiter"),
        "Expecting ':' delimiter": translate(
            "FileReading", "the JSON is not valid: expecting ':' delimiter"),
        "Expecting property name enclosed in double quotes": translate(
            "FileReading", "the JSON is not valid: expecting property name enclosed in "
            "double quotes"),
        "Unterminated string starting at": translate(
            "FileReading", "the JSON is not valid: unterminated string starting at"),
        "Invalid control character at": translate(
            "FileReading", "the JSON is not valid: invalid control character at"),
        "Invalid \\escape": translate("FileReading", "the JSON is not valid: invalid \\escape"),
        "Invalid \\uXXXX escape": translate(
            "FileReading", "the JSON is not valid: invalid \\uXXXX escape"),
    }
    return known.get(reason) or translate("FileReading", "the JSON is not valid: {reason}"
                                          ).format(reason=reason[0].lower() + reason[1:])


def _trailing_comma(text: str, position: int) -> str | None:
    """The '}' or ']' a comma at or just before ``position`` stands in front of, if any."""
    if text[position:position + 1] == ",":  # 3.13 points at the comma
        rest = text[position + 1:].lstrip()[:1]
        return rest if rest in ("}", "]") and rest else None
    if _after_comma(text, position) and text[position:position + 1] in ("}", "]"):
        return text[position]  # 3.11 and 3.12 point at what follows it
    return None


def _after_comma(text: str, position: int) -> bool:
    return text[:position].rstrip().endswith(",")


def _fail(file: str, message: str) -> NoReturn:
    raise LoadError(file, [Problem(file, "", message)]) from None
