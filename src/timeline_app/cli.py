"""Command line: no command opens the window; `validate`, `list` and `convert` work without Qt.

`export` paints images with Qt, imported only then, on the offscreen platform
unless QT_QPA_PLATFORM says otherwise, so it runs on a machine with no display.

Exit codes: 0 success, 1 a bad file or a failed write, 2 a usage error.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import replace
from itertools import compress

from timeline_app import __version__, desktop_install
from timeline_app.atomic_write import WriteError, write_text_atomically
from timeline_app.crash_log import EXIT_CRASH, record_crash
from timeline_app.export.formats import MAX_SIDE, MIN_SIDE, image_format_for
from timeline_app.formats.columns import MappingError, parse_overrides
from timeline_app.formats.converting import OutputFormat, converted, output_format_for
from timeline_app.formats.opening import InputFormat, OpenOptions, open_report
from timeline_app.layout.colouring import ColourBy
from timeline_app.list_formats import FORMATS, UTF8_BOM, render_events
from timeline_app.model.date_forms import DATE_FORM_NAMES
from timeline_app.model.date_words import Era
from timeline_app.model.dates import DateError
from timeline_app.model.events import Timeline
from timeline_app.model.loader import LoadReport
from timeline_app.model.problems import LoadError, problem_count, summarize_warnings
from timeline_app.package_data import default_dataset_path
from timeline_app.query.columns import EventColumns
from timeline_app.query.evidence import CONFIDENCE_CHOICES
from timeline_app.query.filters import EventFilter

COMMANDS = ("validate", "list", "export", "convert", "install-desktop")
EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


LANG_HELP = ("the interface language: en, zh_CN (or zh), or system; default: the one "
             "chosen in View > Language, else the system's")
BOM_HELP = ("start the CSV with a UTF-8 byte-order mark, which Excel needs to read "
            "non-English text correctly")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        usage="timeline-app [--lang LANG] [FILE]\n       timeline-app COMMAND ...",
        description="A timeline explorer that is honest about its dates and sources. "
                    "With no command it opens the window on FILE, or on the embedded "
                    "dataset.",
    )
    parser.add_argument("--version", action="version", version=f"timeline-app {__version__}")
    parser.add_argument("--lang", metavar="LANG", help=LANG_HELP + " for the window")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND",
                                     prog="timeline-app")

    validate = commands.add_parser("validate", help="check timeline files and list problems",
                                   description="Check each FILE; exit 1 if any is invalid.")
    validate.add_argument("files", nargs="+", metavar="FILE")
    add_input_arguments(validate)

    listing = commands.add_parser("list", help="list events, filtered, as a table, JSON or CSV",
                                  description="List the events of FILE (default: the embedded "
                                              "dataset), chronologically.")
    listing.add_argument("file", nargs="?", metavar="FILE")
    add_input_arguments(listing)
    add_filter_arguments(listing)
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.add_argument("--bom", action="store_true", help=BOM_HELP)
    _add_export_parser(commands)
    convert = commands.add_parser(
        "convert", help="write a timeline as the app's JSON, CSV or TimelineJS3 JSON",
        description="Read IN (any format the app opens) and write OUT. Without --to the "
                    "format follows OUT's extension: .json is the app's own format, .csv its "
                    "CSV. What the target cannot hold is listed as warnings.")
    convert.add_argument("input", metavar="IN")
    convert.add_argument("-o", "--output", required=True, metavar="OUT",
                         help="the file to write (replaced atomically)")
    convert.add_argument("--force", action="store_true",
                         help="replace OUT even when it is read-only")
    convert.add_argument("--to", choices=[f.value for f in OutputFormat],
                         help="the format to write")
    convert.add_argument("--bom", action="store_true", help=BOM_HELP)
    add_input_arguments(convert)
    desktop = commands.add_parser(
        "install-desktop", help="put the app in your desktop menu (or take it out)",
        description="Install the desktop entry, the AppStream metainfo and the icons for the "
                    "current user, under $XDG_DATA_HOME (default ~/.local/share).")
    desktop.add_argument("--uninstall", action="store_true",
                         help="remove what install-desktop installed")
    return parser


def _add_export_parser(
        commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export", help="write the timeline as a PNG, SVG or PDF image",
        description="Export the events of FILE (default: the embedded dataset) as an image "
                    "with a title, the filter line, a legend and the sources. The format "
                    "follows OUT's extension: .png, .svg or .pdf. Needs no display.")
    export.add_argument("file", nargs="?", metavar="FILE")
    add_input_arguments(export)
    export.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the image to write (replaced atomically)")
    export.add_argument("--force", action="store_true",
                        help="replace OUT even when it is read-only")
    export.add_argument("--width", type=int, default=1600, help="width in pixels (default 1600)")
    export.add_argument("--height", type=int, default=900, help="height in pixels (default 900)")
    export.add_argument("--scale", type=int, choices=(1, 2), default=1,
                        help="pixel density of a PNG: 2 doubles its pixels (default 1)")
    add_filter_arguments(export)
    export.add_argument("--theme", choices=("light", "dark"), default="light")
    export.add_argument("--era", choices=[era.value for era in Era], default=Era.BCE.value,
                        help="how years before year 1 are named: 44 BCE, 44 BC, or the "
                             "astronomical -43 (default bce)")
    export.add_argument("--color-by", choices=[mode.value for mode in ColourBy],
                        default=ColourBy.CATEGORY.value,
                        help="colour the marks by category (default), confidence, their "
                             "first source or the precision of their date; the legend follows")
    export.add_argument("--title", help="the title to show (default: the dataset's)")
    export.add_argument("--lang", metavar="LANG", help=LANG_HELP + " for the export's words")


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """How to read the input: shared by every command (docs/import.md)."""
    parser.add_argument("--input-format", choices=[f.value for f in InputFormat],
                        help="the input's format (default: from its extension and content)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="read FIELD (date, start, end, title, category, description, "
                             "source, locator, url, people, places, tags, confidence, "
                             "display_date, id) from COLUMN, a header or a letter; repeat")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX workbook "
                                                        "(default: the first)")
    parser.add_argument("--strict", action="store_true",
                        help="fail when any row of an imported file cannot be read, instead "
                             "of opening the rest")


def open_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> OpenOptions:
    try:
        mapping = parse_overrides(args.map)
    except MappingError as error:
        parser.error(str(error))
    return OpenOptions(InputFormat(args.input_format) if args.input_format else None,
                       mapping or None, args.sheet, args.strict)


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """The filter options shared by `list` and `export`; they mean the same in both."""
    parser.add_argument("--category", action="append", metavar="ID",
                        help="keep events of this category (repeat to add more)")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="keep events whose span reaches DATE or later (e.g. 2019, 2024-04)")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="keep events whose span starts by the end of DATE")
    parser.add_argument("--search", metavar="TEXT",
                        help="case-insensitive text in title, summary, date, people, places, tags")
    parser.add_argument("--within", action="store_true",
                        help="keep only events whose whole date falls within --from/--to, "
                             "not those that only may (an overlapping span, an open end)")
    parser.add_argument("--confidence", action="append", choices=CONFIDENCE_CHOICES,
                        help="keep events of this confidence ('unset': none given; repeat "
                             "to add more)")
    parser.add_argument("--source", action="append", metavar="ID",
                        help="keep events citing this source id (repeat to add more)")
    parser.add_argument("--precision", action="append", choices=DATE_FORM_NAMES,
                        metavar="FORM",
                        help="keep events with a date of this form: "
                             + ", ".join(DATE_FORM_NAMES) + " (repeat to add more)")
    parser.add_argument("--one-source", action="store_true",
                        help="keep only events that cite a single source")
    parser.add_argument("--dates-from-text", choices=("only", "hide"),
                        help="keep only, or hide, the events whose date an importer read "
                             "from words such as 'early 2024'")


def filter_from_arguments(parser: argparse.ArgumentParser,
                          args: argparse.Namespace) -> EventFilter:
    try:
        read_from_text = {None: None, "only": True, "hide": False}[args.dates_from_text]
        base = EventFilter.from_text(args.category, args.date_from, args.date_to, args.search,
                                     read_from_text, args.within)
    except DateError as error:
        parser.error(str(error))
    return replace(base, confidences=_chosen(args.confidence), sources=_chosen(args.source),
                   date_forms=_chosen(args.precision), one_source=args.one_source)


def _chosen(values: list[str] | None) -> frozenset[str] | None:
    return frozenset(values) if values else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command; a crash (a defect, not a bad file) exits ``EXIT_CRASH`` with a
    pointer to the log instead of a bare traceback."""
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except Exception as error:  # the one place where every defect is caught
        print(f"timeline-app: {record_crash(error)}", file=sys.stderr)
        return EXIT_CRASH


def _main(arguments: list[str]) -> int:
    _make_output_safe()
    language, rest = _window_language(arguments)
    if not rest or (rest[0] not in COMMANDS and not rest[0].startswith("-")):
        return _open_window(rest, language)
    if language is not None and rest[0] in COMMANDS:
        if rest[0] != "export":
            print(f"timeline-app: error: --lang names the language of the window and of "
                  f"export; {rest[0]} always writes English", file=sys.stderr)
            return EXIT_USAGE
        arguments = [rest[0], f"--lang={language}", *rest[1:]]  # export's own --lang wins
    parser = build_parser()
    args = parser.parse_args(arguments)
    try:
        if args.command == "validate":
            return _validate(args.files, open_options(parser, args))
        if args.command == "list":
            return _list(parser, args)
        if args.command == "export":
            return _export(parser, args)
        if args.command == "convert":
            return _convert(parser, args)
        if args.command == "install-desktop":
            return _install_desktop(uninstall=args.uninstall)
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`); that is not an error
        return EXIT_OK
    parser.print_help()
    return EXIT_USAGE


def _window_language(arguments: list[str]) -> tuple[str | None, list[str]]:
    """``--lang LANG`` (or ``--lang=LANG``) before the window's FILE, and what follows."""
    if len(arguments) >= 2 and arguments[0] == "--lang":
        return arguments[1], arguments[2:]
    if arguments and arguments[0].startswith("--lang="):
        return arguments[0].removeprefix("--lang="), arguments[1:]
    return None, arguments


def _open_window(arguments: list[str], language: str | None) -> int:
    if len(arguments) > 1:
        print("timeline-app: error: the window opens one FILE at a time", file=sys.stderr)
        return EXIT_USAGE
    from timeline_app.app import run_gui  # Qt is imported only when a window is wanted
    from timeline_app.render.interface_language import chosen_language

    try:
        chosen = chosen_language(language)
    except ValueError as error:
        print(f"timeline-app: error: --lang: {error}", file=sys.stderr)
        return EXIT_USAGE
    return run_gui(arguments[0] if arguments else None, chosen)


def _validate(files: list[str], options: OpenOptions) -> int:
    status = EXIT_OK
    for file in files:
        try:
            report = open_report(file, options)
        except LoadError as error:
            for problem in error.problems:
                print(problem.format())
            more = " (stopped there)" if error.truncated else ""
            print(f"{file}: invalid: {_count(len(error.problems), 'problem')}{more}")
            status = EXIT_BAD_INPUT
            continue
        timeline = report.timeline
        rows = problem_count(report.left_out)
        left_out = f", {_count(rows, 'row')} left out" if rows else ""
        print(f"{file}: valid: {_count(len(timeline.events), 'event')}, "
              f"{_count(len(timeline.categories), 'category', 'categories')}, "
              f"{_count(len(timeline.sources), 'source')}, "
              f"{_count(problem_count(report.warnings), 'warning')}{left_out}")
        for problem in report.left_out:
            print(problem.format())
        for line in summarize_warnings(report.warnings):
            print(line)
    return status


def _list(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.bom and args.format != "csv":
        parser.error("--bom is for --format csv")
    event_filter = filter_from_arguments(parser, args)
    timeline = _load_dataset(parser, args)
    if timeline is None:
        return EXIT_BAD_INPUT
    table = EventColumns(timeline.events)
    mask = event_filter.select(table)
    events = list(timeline.events) if mask is None else list(compress(timeline.events, mask))
    width = shutil.get_terminal_size((100, 24)).columns
    text = render_events(args.format, timeline, events, width)
    if not _write_output(UTF8_BOM + text if args.bom else text, exact=args.format != "table"):
        return EXIT_BAD_INPUT
    may_fall = event_filter.may_fall(table, mask)
    if may_fall:
        print(f"{may_fall:,} of the {len(events):,} events only may fall in the range "
              "(their dates overlap it, or are open toward it); --within leaves them out",
              file=sys.stderr)
    return EXIT_OK


def _export(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        image_format_for(args.output)
    except ValueError as error:
        parser.error(str(error))
    for name, value in (("--width", args.width), ("--height", args.height)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            parser.error(f"{name} must be between {MIN_SIDE} and {MAX_SIDE} pixels, not {value}")
    event_filter = filter_from_arguments(parser, args)
    timeline = _load_dataset(parser, args)
    if timeline is None:
        return EXIT_BAD_INPUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is first imported
    from timeline_app.export.command import run_export
    from timeline_app.render.interface_language import chosen_language

    try:
        language = chosen_language(args.lang)
    except ValueError as error:
        parser.error(f"--lang: {error}")
    return run_export(timeline, event_filter, args.output, width=args.width,
                      height=args.height, scale=args.scale, theme=args.theme,
                      title=args.title or "", era=Era(args.era),
                      colour_by=ColourBy(args.color_by), force=args.force, language=language)


def _load_dataset(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Timeline | None:
    """FILE (or the embedded dataset) for `list` and `export`; None after reporting a bad file.

    An unknown ``--category`` is a usage error, found once the file's categories are known.
    """
    file = args.file or str(default_dataset_path())
    report = _open(file, open_options(parser, args))
    if report is None:
        return None
    timeline = report.timeline
    unknown = sorted(set(args.category or ()) - set(timeline.category_by_id))
    if unknown:
        parser.error(f"--category: unknown id {', '.join(unknown)}; "
                     f"the categories are {', '.join(timeline.category_by_id)}")
    unknown = sorted(set(args.source or ()) - set(timeline.source_by_id))
    if unknown:
        parser.error(f"--source: unknown id {', '.join(unknown)}; "
                     f"the sources are {', '.join(timeline.source_by_id) or 'none'}")
    return timeline


def _open(file: str, options: OpenOptions) -> LoadReport | None:
    """The file's report, telling on stderr what was left out; None after reporting a bad
    file."""
    try:
        report = open_report(file, options)
    except LoadError as error:
        print(error.describe(), file=sys.stderr)
        return None
    if report.left_out:
        print(f"{file}: warning: {_count(problem_count(report.left_out), 'row')} left out "
              "(timeline-app validate lists them; --strict fails instead)", file=sys.stderr)
    return report


def _convert(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    try:
        target = output_format_for(args.output, args.to)
    except ValueError as error:
        parser.error(str(error))
    if args.bom and target is not OutputFormat.CSV:
        parser.error("--bom is for CSV output")
    report = _open(args.input, open_options(parser, args))
    if report is None:
        return EXIT_BAD_INPUT
    text, losses = converted(report.timeline, target)
    if args.bom:
        text = UTF8_BOM + text
    try:
        write_text_atomically(args.output, text, force=args.force)
    except WriteError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_INPUT
    for loss in losses:
        print(f"{args.output}: warning: {target.value} cannot hold {loss}", file=sys.stderr)
    print(f"{args.input} -> {args.output}: {_count(len(report.timeline.events), 'event')} "
          f"as {target.value}")
    return EXIT_OK


def _install_desktop(*, uninstall: bool) -> int:
    try:
        paths = desktop_install.uninstall() if uninstall else desktop_install.install()
    except OSError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    verb = "removed" if uninstall else "installed"
    for path in paths:
        print(f"{verb} {path}")
    if not paths:
        print("nothing to remove: the app was not installed in the desktop menu")
    return EXIT_OK


def _count(number: int, singular: str, plural: str | None = None) -> str:
    word = singular if number == 1 else (plural or singular + "s")
    return f"{number:,} {word}"


def _write_output(text: str, *, exact: bool) -> bool:
    """Write to stdout; False (with a message) when it cannot be written. ``exact`` output
    (JSON, CSV) goes out as UTF-8 whatever the terminal's encoding, so that no character
    is ever replaced; the table is for reading and may be."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (1>&-)
        print("timeline-app: error: cannot write the output: standard output is closed",
              file=sys.stderr)
        return False
    try:
        buffer = getattr(stream, "buffer", None)
        if exact and buffer is not None:
            stream.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            stream.write(text)
            stream.flush()
    except BrokenPipeError:
        raise  # the reader went away: main ends quietly
    except OSError as error:
        print(f"timeline-app: error: cannot write the output: {error.strerror or error}",
              file=sys.stderr)
        return False
    return True


def _make_output_safe() -> None:
    """Never crash on a terminal that cannot show an en dash or a Vietnamese name."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
