# SPDX-License-Identifier: MIT
"""
The ``vnla`` command line: ``summary``, ``show``, ``events``, ``export``, ``validate``, ``schema``, ``check``.

One grammar for every command: the global options (``--lang``, ``--format``,
``--color``, ``--data``, ``-q``, ``-v``, ``--debug``, ``--version``) go before or
after the command's name.  ``--format`` offers what the command can write, and
nothing else.  Results go to standard output, diagnostics to standard error,
and the exit status follows one table (:data:`EXIT_STATUS`):

== ===========================================================================
0  success: nothing to report
1  findings or data problems: ``check`` found a contradiction, ``validate``
   a broken rule or bad data, or ``--data`` would not load
2  usage or input/output error: a bad option, date or id, a path that cannot
   be read or written (for ``check``: the other files are still checked)
== ===========================================================================

No traceback reaches a user: an unexpected error is printed as
``vnla: error: ...`` (exit status 2); ``--debug`` prints the traceback too.

>>> from vnla.cli import main
>>> main(["events", "--from", "2026-02-01", "--kind", "state-visit"])
February 5, 2026  state-visit  visit-2026-02-laos  State visit of General Secretary To Lam to Laos
0
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import stat
import sys
import time
import unicodedata
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, NoReturn, TextIO

from vnla.cli.completion import add_command as add_completion
from vnla.cli.completion import completion_script

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from vnla.checker import Checker, TextFinding, Verdict
    from vnla.model.records import Event
    from vnla.record.dataset import Dataset

__all__ = ["EXIT_STATUS", "FORMATS", "main"]

#: The exit statuses of every command, as ``--help`` and the docs print them.
EXIT_STATUS: Final = {
    0: "success: nothing to report",
    1: "findings or data problems (check: a contradiction; validate: a broken rule or bad data)",
    2: "usage or input/output error: a bad option, date or id; a path that cannot be read or written",
}
#: The output formats each command can write; the first is its default.
FORMATS: Final[dict[str, tuple[str, ...]]] = {
    "summary": ("text", "json"),
    "show": ("text", "json"),
    "events": ("text", "json"),
    "export": ("json", "csv", "parquet", "datapackage", "popolo"),
    "validate": ("text", "json"),
    "schema": ("json",),
    "check": ("text", "json", "jsonl", "parquet", "sarif", "claimreview"),
}
#: The languages of text output.
LANGS: Final = ("en", "vi", "lo")
_EPILOG: Final = "exit status:\n" + "\n".join(f"  {code}  {meaning}" for code, meaning in EXIT_STATUS.items())


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a message marked for the catalogs only
    """Mark ``message`` for vnla's catalogs (:mod:`vnla.render.catalogs`); it is translated where shown."""
    return message


class _UsageError(Exception):
    """A bad argument found after parsing (an unknown kind, a path that is not there): exit status 2."""


# --------------------------------------------------------------------------- grammar
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a date: {text!r} (expected YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _period(text: str) -> tuple[date, date]:
    """A day, month or year ("2026-01-26", "2026-01", "2026") as its first and last day."""
    # Delayed: vnla.model builds the record classes, which `vnla --help` need not pay for.
    from vnla.model.coerce import as_period

    try:
        return as_period(text, argument="date")
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _first_day(text: str) -> date:
    return _period(text)[0]


def _last_day(text: str) -> date:
    return _period(text)[1]


class _Version(argparse.Action):
    """``--version``: the installed version, looked up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("default", argparse.SUPPRESS)
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kwargs: Any) -> NoReturn:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("vnla")
        except PackageNotFoundError:  # run from a source tree that is not installed
            number = "unknown"
        print(f"vnla {number}")
        parser.exit()


def _global_options(formats: Sequence[str], *, top: bool = False) -> argparse.ArgumentParser:
    """
    The options every command takes, before or after its name.

    Every default is ``SUPPRESS``: an option not given after the command then
    leaves the value given before it alone (:func:`_defaults` fills the rest).
    """
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("global options (before or after the command)")
    group.add_argument(
        "--lang",
        choices=LANGS,
        default=argparse.SUPPRESS,
        help="language of text output: dates, names, amounts (default: en)",
    )
    group.add_argument(
        "--format",
        choices=formats,
        default=argparse.SUPPRESS,
        help=f"output format (default: {formats[0]})"
        if not top
        else "output format, among those the command offers (default: text; json for "
        + " and ".join(name for name, offered in FORMATS.items() if offered[0] == "json")
        + ")",
    )
    group.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default=argparse.SUPPRESS,
        help="colour text output: on a terminal (auto, the default; NO_COLOR turns it off), always, never",
    )
    group.add_argument(
        "--data",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="also load your own data (file or folder)",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="no progress bar and no notes on standard error; errors are still printed",
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="say on standard error what was loaded and how long it took",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the traceback of an unexpected error",
    )
    group.add_argument("--version", action=_Version, help="print vnla's version and exit")
    return parent


def _parser() -> argparse.ArgumentParser:
    every_format = tuple(dict.fromkeys(f for formats in FORMATS.values() for f in formats))
    parser = argparse.ArgumentParser(
        prog="vnla",
        description="The Vietnam–Laos relationship as typed, sourced data.",
        parents=[_global_options(every_format, top=True)],
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str, epilog: str = "") -> argparse.ArgumentParser:
        return commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            parents=[_global_options(FORMATS[name])],
            epilog=(epilog + "\n\n" if epilog else "") + _EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )

    add("summary", "what the dataset holds: visits, framework, targets, sources")
    show = add("show", "one record by id or by name, with its evidence")
    show.add_argument("id", help="an id such as 'to-lam', or a name such as 'Tô Lâm'")
    events = add(
        "events",
        "events in time order, filtered",
        "Events are listed by their first possible day (an event known only to be before a day, by "
        "its last), each visit before its own sub-events.",
    )
    events.add_argument(
        "--from",
        dest="start",
        type=_first_day,
        metavar="DATE",
        help="from this day, or the first day of this month or year",
    )
    events.add_argument(
        "--to",
        dest="end",
        type=_last_day,
        metavar="DATE",
        help="to this day, or the last day of this month or year",
    )
    events.add_argument("--with", dest="participant", metavar="NAME", help="a participant's id or name")
    events.add_argument("--kind", help="an event kind such as state-visit or talks")
    events.add_argument("--place", help="a place's id or name")
    events.add_argument("--within", metavar="ID", help="sub-events of this visit")
    export = add(
        "export",
        "the whole dataset as JSON, tables (csv, parquet, a Frictionless Data Package) or Popolo JSON",
        "json and popolo write one file (or standard output); csv and datapackage write a folder of "
        "CSV tables described by datapackage.json (a Frictionless Data Package), parquet a folder of "
        "Parquet tables (needs pyarrow): give the folder with -o.",
    )
    export.add_argument(
        "-o",
        "--output",
        default="-",
        help="file to write (default: standard output), or the folder for csv, parquet and datapackage; "
        "each file is written whole or not at all",
    )
    validate = add(
        "validate",
        "load a data file or folder (or only the bundled data) and run the consistency rules",
    )
    validate.add_argument(
        "path", nargs="?", help="your data file or folder (default: check the bundled data alone)"
    )
    validate.add_argument("--alone", action="store_true", help="do not merge with the bundled data")
    validate.add_argument(
        "--rule",
        dest="rules",
        action="append",
        metavar="RULE",
        help="run only this rule or family (e.g. 'dates'); repeatable (default: every rule)",
    )
    validate.add_argument(
        "--texts",
        metavar="FOLDER",
        help="a folder with the full texts of sources (by their 'file'), so quotes are checked in them",
    )
    validate.add_argument(
        "--min-severity",
        choices=("error", "warning", "info"),
        default="warning",
        help="the least severe finding the text output lists (default: warning, so the recorded "
        "errata, which are info, are counted but not listed)",
    )
    add("schema", "the JSON Schema of the data format")
    check = add(
        "check",
        "check articles against the record: names, titles, framework wording, figures, dates",
        "exit status: 0 when no finding is as severe as the house style's fail-on (default: no "
        "contradiction); 1 when one is; 2 on bad usage, a bad house-style file, or a file that could "
        "not be read (the other files are still checked). Only regular files are read: a named pipe, "
        "device or socket is named and skipped.",
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files ('-' for standard input), or tables of articles (a .jsonl, .ndjson or "
        ".parquet file, or a folder of Parquet files), each row a text; a folder stands for its *.txt "
        "and *.md files and its *.html, *.htm and *.xhtml pages, in its subfolders too (hidden ones "
        "left out)",
    )
    check.add_argument(
        "--markup",
        choices=("auto", "text", "html"),
        default="auto",
        help="how the texts are written: html reads the text a page shows (each block a line, tags "
        "dropped); auto (the default) reads *.html, *.htm and *.xhtml files as pages, the rest as text",
    )
    check.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for 'on Monday' and dates without a year "
        "(default: a date line at the top of each file, if any)",
    )
    check.add_argument(
        "--text-lang",
        dest="text_lang",
        choices=("auto", "en", "vi", "lo"),
        help="language of the texts: en, vi or lo (Lao, with or without spaces between words); "
        "auto (the default) detects it; --lang is the language of the output",
    )
    check.add_argument(
        "--config", metavar="FILE", help="house style (TOML): preferred terms, rules, severities"
    )
    check.add_argument(
        "--show",
        metavar="VERDICTS",
        help="verdicts the text output lists, comma-separated, or 'all' "
        "(default: the config's, else contradiction,variant)",
    )
    check.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="in a folder, also check files behind symbolic links that lead out of it",
    )
    check.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    archive = check.add_argument_group(
        "archives (--format jsonl, parquet, sarif, claimreview: one row per finding; the --*-column "
        "options name a table's columns in every format; see docs/howto-check-archives.md)"
    )
    archive.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="file to write (default: standard output; parquet needs one); written whole or not at all",
    )
    archive.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default: 1); the rows are the same, in the same order, for any N",
    )
    archive.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="check on a Dask cluster (tcp://host:8786); needs the dask extra",
    )
    archive.add_argument(
        "--id-column",
        default="id",
        metavar="NAME",
        help="a JSON Lines or Parquet input's id column (default: id)",
    )
    archive.add_argument(
        "--text-column", default="text", metavar="NAME", help="its text column (default: text)"
    )
    archive.add_argument("--date-column", metavar="NAME", help="its publication date column (default: none)")
    archive.add_argument("--lang-column", metavar="NAME", help="its language column (default: none)")
    archive.add_argument(
        "--meta-column",
        dest="meta_columns",
        action="append",
        default=[],
        metavar="NAME",
        help="a column copied into every row of its record (an outlet, a URL); repeatable",
    )
    add_completion(commands)  # `vnla completion bash|zsh|fish`, generated from this parser
    return parser


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"not a number of processes: {text!r} (expected a whole number, at least 1)"
        raise argparse.ArgumentTypeError(msg)
    return value


def _defaults(parser: argparse.ArgumentParser, args: argparse.Namespace) -> argparse.Namespace:
    """Fill in the global options given nowhere; refuse a format given before a command that lacks it."""
    formats = FORMATS[args.command]
    given = getattr(args, "format", None)
    if given is not None and given not in formats:
        parser.error(f"argument --format: {args.command} writes {' or '.join(formats)}, not {given!r}")
    for name, value in (
        ("lang", "en"),
        ("format", formats[0]),
        ("color", "auto"),
        ("data", None),
        ("quiet", False),
        ("verbose", False),
        ("debug", False),
    ):
        if not hasattr(args, name):
            setattr(args, name, value)
    return args


# --------------------------------------------------------------------------- terminal
class _Style:
    """ANSI colours for a terminal; nothing at all for a file, a pipe, ``--color never`` or NO_COLOR."""

    _CODES: Final = {"red": "31;1", "yellow": "33", "green": "32", "dim": "2", "bold": "1"}

    def __init__(self, choice: str, stream: TextIO) -> None:
        if choice == "always":
            self.on = True
        elif choice == "never":
            self.on = False
        else:
            tty = getattr(stream, "isatty", None)
            self.on = (
                bool(tty and tty()) and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
            )

    def __call__(self, text: str, colour: str) -> str:
        return f"\x1b[{self._CODES[colour]}m{text}\x1b[0m" if self.on and text else text


#: The colour of each verdict in ``vnla check``'s text output.
_VERDICT_COLOUR: Final = {"contradiction": "red", "variant": "yellow", "unknown": "dim", "ok": "green"}


def _width(text: str) -> int:
    """Columns ``text`` takes on a terminal: combining marks (Vietnamese tones, Lao vowels) take none."""
    return sum(
        0
        if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(c) in ("W", "F")
        else 1
        for c in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Rows in aligned columns (the last column is not padded)."""
    if not rows:
        return
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [_pad(cell, widths[i]) for i, cell in enumerate(row[:-1])]
        print("  ".join([*cells, row[-1]]), file=out)


# --------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the exit status (see :data:`EXIT_STATUS`).

    Bad usage (an unknown option, a bad date) exits through argparse with status 2.
    """
    parser = _parser()
    parsed = parser.parse_args(argv)
    if parsed.command == "completion":  # a script from the parser: no data, no global option needed
        print(completion_script(parser, parsed.shell), end="")
        return 0
    args = _defaults(parser, parsed)
    err = _Style(args.color, sys.stderr)
    try:
        return _run(args, sys.stdout)
    except BrokenPipeError:  # `vnla summary | head`: the reader left, nothing is wrong
        with contextlib.suppress(OSError):
            sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(f"\n{err('vnla: interrupted', 'red')}", file=sys.stderr)
        return 2
    except Exception as error:  # noqa: BLE001 - no traceback reaches a user (--debug shows it)
        if args.debug:
            import traceback

            traceback.print_exc()
        code, message = _explain(error)
        print(f"{err('vnla: error:', 'red')} {message}", file=sys.stderr)
        return code


def _explain(error: Exception) -> tuple[int, str]:
    """The exit status and the one message for an error that ended a command."""
    from vnla.model.errors import DataError, VnlaError
    from vnla.record.atomic import WriteError

    if isinstance(error, DataError):
        return 1, str(error)
    if isinstance(error, WriteError | _UsageError):
        return 2, str(error)
    if isinstance(error, OSError):
        where = error.filename if error.filename is not None else "input/output"
        return 2, f"{where}: {error.strerror or error}"
    if isinstance(error, KeyError) and error.args:
        return 2, str(error.args[0])
    if isinstance(error, VnlaError | LookupError | ValueError):
        return 2, str(error)
    return 2, (
        f"{type(error).__name__}: {error} (this is a bug in vnla: run again with --debug for the "
        "traceback, and report it)"
    )


def _run(args: argparse.Namespace, out: TextIO) -> int:
    started = time.perf_counter()
    ds = _dataset(args)
    if args.verbose and not args.quiet and args.command != "validate":
        where = args.data or "bundled data"
        took = time.perf_counter() - started
        print(f"vnla: {where}: {len(ds)} records loaded in {took:.2f} s", file=sys.stderr)
    code = _COMMANDS[args.command](ds, args, out)
    if args.verbose and not args.quiet:
        print(f"vnla: {args.command} done in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return code


def _existing(path: str, what: str) -> None:
    """Refuse a path that is not there, or is neither a regular file nor a folder (a FIFO would hang)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        msg = f"{what}{path}: no such file or folder"
        raise _UsageError(msg) from None
    except OSError as error:
        msg = f"{what}{path}: {error.strerror or error}"
        raise _UsageError(msg) from None
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        msg = f"{what}{path}: not a regular file or folder ({_kind(mode)})"
        raise _UsageError(msg)


def _dataset(args: argparse.Namespace) -> Dataset:
    import vnla

    if args.command == "validate" or not args.data:
        return vnla.dataset()
    _existing(args.data, "--data ")
    return vnla.load(args.data)


def _emit_json(payload: Any, out: TextIO) -> None:
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


# --------------------------------------------------------------------------- summary, show, events
def _summary(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla
    from vnla.render.dates import format_when
    from vnla.render.formatting import format as render

    visits = [e for e in ds.timeline() if e.kind.is_visit]
    framework = [e.name.preferred("en") for e in ds.framework()]
    targets = [
        {
            "id": t.id,
            "description": t.description,
            "value": str(t.value) if t.value is not None else None,
            "unit": t.unit,
            "horizon": str(t.horizon),
        }
        for t in ds.targets
    ]
    if args.format == "json":
        _emit_json(
            {
                "counts": ds.counts(),
                "visits": [vnla.converter.unstructure(v) for v in visits],
                "framework": framework,
                "targets": targets,
            },
            out,
        )
        return 0
    lang = args.lang
    _, kind_word, english = _words(lang)
    bold = _Style(args.color, out)
    counts = ", ".join(_count(key, n, lang) for key, n in ds.counts().items() if n)
    title = _("vnla dataset:")
    print(f"{bold(title, 'bold')} {counts}", file=out)
    heading = _("The framework today ({n} elements):").format(n=len(framework))
    print(f"\n{bold(heading, 'bold')} {render(ds.framework(), lang, dataset=ds)}", file=out)
    visits_heading = _("Visits:")
    print(f"\n{bold(visits_heading, 'bold')}", file=out)
    lines: list[tuple[str | None, str]] = []
    for visit in visits:
        lines.append((None, render(visit, lang, dataset=ds)))
        lines.extend(
            (kind_word(sub.kind), render(sub, lang, dataset=ds))
            for sub in _in_time_order(ds.subevents(visit.id, recursive=True))
        )
    # a visit's line starts at the margin; its sub-events' kinds make a column after it
    width = max([22] + [_width(kind) for kind, _line in lines if kind is not None])
    for kind, line in lines:
        print(f"  {line}" if kind is None else f"      {_pad(kind, width)}  {line}", file=out)
    targets_heading = _("Targets:")
    print(f"\n{bold(targets_heading, 'bold')}", file=out)
    rows = []
    for t in ds.targets:
        when = format_when(t.horizon.when, lang) if t.horizon.when is not None else ""
        horizon = f"{kind_word(t.horizon.kind)} {when}".strip()
        rows.append(["", horizon, f"{render(t, lang, dataset=ds)}  ({english(t.description)})"])
    _table(rows, out)
    sources = [s for s in ds.sources if s.file]
    pages = len(ds.sources) - len(sources)
    counted = _("{documents} documents and {pages} web pages").format(documents=len(sources), pages=pages)
    sources_heading = _("Sources:")
    print(f"\n{bold(sources_heading, 'bold')} {counted}", file=out)
    _table(
        [
            ["", s.id, render(s.published, lang) if s.published else _("undated"), english(s.title)]
            for s in sources
        ],
        out,
    )
    return 0


def _words(lang: str) -> tuple[Callable[[str], str], Callable[[Any], str], Callable[[str], str]]:
    """
    The output language's words: its catalog's ``gettext``, the words of a closed vocabulary, and English.

    In English the vocabulary is written as the record writes it ("state-visit"); in Vietnamese and Lao
    it is the catalog's word, and English text is marked as English ("[en: ...]").
    """
    from vnla.render.i18n import mark, translation, word

    if lang == "en":
        return str, lambda value: str(getattr(value, "value", value)), str
    return (
        translation(lang).gettext,
        lambda value: word(value, lang),
        lambda text: mark(text, "en") if text else text,
    )


#: The records of each collection counted, one and several, for ``vnla summary``.
_COUNTS: Final = {
    "sources": (N_("{n} source"), N_("{n} sources")),
    "terms": (N_("{n} term"), N_("{n} terms")),
    "countries": (N_("{n} country"), N_("{n} countries")),
    "organizations": (N_("{n} organization"), N_("{n} organizations")),
    "people": (N_("{n} person"), N_("{n} people")),
    "places": (N_("{n} place"), N_("{n} places")),
    "framework_elements": (N_("{n} framework element"), N_("{n} framework elements")),
    "framework_stages": (N_("{n} framework stage"), N_("{n} framework stages")),
    "mechanisms": (N_("{n} mechanism"), N_("{n} mechanisms")),
    "events": (N_("{n} event"), N_("{n} events")),
    "documents": (N_("{n} document"), N_("{n} documents")),
    "targets": (N_("{n} target"), N_("{n} targets")),
    "figures": (N_("{n} figure"), N_("{n} figures")),
    "projects": (N_("{n} project"), N_("{n} projects")),
    "foundings": (N_("{n} founding"), N_("{n} foundings")),
    "anniversaries": (N_("{n} anniversary"), N_("{n} anniversaries")),
    "errata": (N_("{n} erratum"), N_("{n} errata")),
}


def _count(key: str, n: int, lang: str) -> str:
    """``n`` records of the collection ``key`` in the output language ("144 sources", "144 ແຫຼ່ງຂໍ້ມູນ")."""
    forms = _COUNTS.get(key)
    if forms is None:
        return f"{n} {key.replace('_', ' ')}"
    if lang == "en":
        return f"{n} {key.replace('_', ' ')}"
    from vnla.render.i18n import translate

    # Vietnamese and Lao do not inflect for number: one form, the catalog's
    return translate(lang, forms[1]).format(n=n)


def _show(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla
    from vnla.render.formatting import format as render

    record = ds.get(args.id) or ds.resolve(args.id)
    payload = vnla.converter.unstructure(record)
    if args.format == "json":
        _emit_json({"kind": ds.kind_of(record.id), "record": payload}, out)
        return 0
    style = _Style(args.color, out)
    lang = args.lang
    _, kind_word, _english = _words(lang)
    heading = style(f"{kind_word(ds.kind_of(record.id))} {record.id}", "bold")
    print(f"{heading}: {render(record, lang, dataset=ds)}", file=out)
    _print_tree(payload, record, out, "  ", _Tree(ds, lang))
    referrers = ds.referencing(record.id)
    if referrers:
        referred = _("referred to by:")
        print(f"  {referred} {', '.join(r.id for r in referrers)}", file=out)
    return 0


def _(message: str) -> str:
    """An English message of the command line, marked for the catalogs (translated by ``_words``)."""
    return message


class _Tree:
    """
    How ``vnla show`` writes a record's fields in the output language.

    In English, as the record has them.  In Vietnamese and Lao: the fields' names and the
    closed vocabularies in the catalog's words, a referenced id followed by its name, and
    free text marked with its language (a quote with its source's, a name with its own, a note
    or a title as English) unless it is in the reader's language.
    """

    def __init__(self, ds: Dataset, lang: str) -> None:
        self.ds = ds
        self.lang = lang
        self.english = lang == "en"

    def key(self, name: str) -> str:
        if self.english:
            return name
        from vnla.render.i18n import field_label

        return field_label(name, self.lang)

    def scalar(self, key: str, value: Any, obj: Any, owner: Any) -> str:
        """A leaf: ``value`` (plain data) of the field ``key`` of ``owner``; ``obj`` is the model's value."""
        from vnla.model.records import When
        from vnla.render.dates import format_day, format_when

        if isinstance(obj, When):
            return format_when(obj, self.lang)
        if isinstance(obj, date) and isinstance(value, str):
            return format_day(obj, self.lang)
        if isinstance(obj, Decimal) and not self.english:
            from vnla.render.formatting import to_text

            return to_text(obj, self.lang)  # "2.560.000.000" in Vietnamese
        if self.english or value is None or isinstance(value, int | float):
            return str(value)
        return self._words(key, value, obj, owner)

    def _words(self, key: str, value: Any, obj: Any, owner: Any) -> str:
        import enum

        from vnla.model.records import Evidence, Name, Source
        from vnla.render.formatting import to_text
        from vnla.render.i18n import mark, word

        if isinstance(obj, bool | enum.Enum):
            return word(obj, self.lang)
        text = str(value)
        if key in ("id", "url", "file", "unit", "path") or not text:
            return text
        record = self.ds.get(text) if key not in ("text", "quote", "note", "title", "says") else None
        if record is not None:  # a reference: the id, and the record's name in the reader's words
            return f"{text} ({to_text(record, self.lang, dataset=self.ds)})"
        lang = "en"
        if isinstance(owner, Name) and key == "text":
            lang = owner.lang
        elif isinstance(owner, Evidence) and key == "quote":
            source = self.ds.get(owner.source)
            lang = source.lang if isinstance(source, Source) else "en"
        elif key in ("lang", "untranslated"):
            return f"{text} ({_language_name(text, self.lang)})"
        elif key == "written":
            return text  # a number as its source writes it ("2,5"): no language to mark
        return text if lang == self.lang else mark(text, lang)


def _language_name(code: str, lang: str) -> str:
    """The name of the language ``code`` in ``lang``'s words, from CLDR; the code when CLDR has none."""
    from babel import Locale

    try:
        name = Locale.parse(lang).languages.get(code)
    except (ValueError, TypeError):
        name = None
    return name or code


def _format_when(when: Any, lang: str) -> str:
    from vnla.render.dates import format_when

    return format_when(when, lang)


def _format_day(day: date, lang: str) -> str:
    from vnla.render.dates import format_day

    return format_day(day, lang)


def _print_tree(value: Any, obj: Any, out: TextIO, indent: str, tree: _Tree) -> None:
    """The unstructured record as an indented tree; ``obj`` (the record itself) is walked alongside."""
    for line in _tree_lines(value, obj, indent, tree):
        print(line, file=out)


def _tree_lines(value: Any, obj: Any, indent: str, tree: _Tree, field: str = "") -> Iterator[str]:
    from vnla.model.records import When

    if isinstance(value, dict):
        for key, item in value.items():
            part = getattr(obj, key, None)
            label = tree.key(key)
            if isinstance(item, dict | list) and item and not isinstance(part, When | date):
                yield f"{indent}{label}:"
                yield from _tree_lines(item, part, indent + "  ", tree, key)
            elif isinstance(item, list):
                yield f"{indent}{label}: {item}"
            else:
                yield f"{indent}{label}: {tree.scalar(key, item, part, obj)}"
    elif isinstance(value, list):
        parts = list(obj) if isinstance(obj, tuple | list) and len(obj) == len(value) else [None] * len(value)
        for item, part in zip(value, parts, strict=True):
            if isinstance(item, dict | list) and item and not isinstance(part, When | date):
                # the item's first line goes on its dash: "- role: visitor"
                lines = list(_tree_lines(item, part, indent + "  ", tree))
                yield f"{indent}- {lines[0][len(indent) + 2 :]}"
                yield from lines[1:]
            else:
                yield f"{indent}- {tree.scalar(field, item, part, None)}"


def _event_key(event: Event) -> tuple[date, date, str]:
    """Where an event stands in time: its first possible day (or its last, when only that is known)."""
    first = event.when.earliest or event.when.latest or date.max
    last = event.when.latest or first
    return (first, last, event.id)


def _in_time_order(events: Iterable[Event]) -> list[Event]:
    """By :func:`_event_key`."""
    return sorted(events, key=_event_key)


def _tree_order(events: Sequence[Event]) -> Iterator[tuple[int, Event]]:
    """``(depth, event)`` in time order, each event right before its own sub-events (those listed)."""
    listed = {e.id for e in events}
    children: dict[str | None, list[Event]] = {}
    for event in events:
        parent = event.parent if event.parent in listed else None
        children.setdefault(parent, []).append(event)

    def walk(parent: str | None, depth: int) -> Iterator[tuple[int, Event]]:
        for event in _in_time_order(children.get(parent, ())):
            yield depth, event
            yield from walk(event.id, depth + 1)

    yield from walk(None, 0)


def _event_kind(kind: str | None) -> None:
    """Refuse an unknown ``--kind``, listing the kinds and suggesting the nearest."""
    import difflib

    from vnla.model.records import EventKind

    if kind is None:
        return
    kinds = sorted(k.value for k in EventKind)
    if kind in kinds:
        return
    near = difflib.get_close_matches(kind, kinds, n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    msg = f"--kind {kind!r}: not an event kind{hint} (one of: {', '.join(kinds)})"
    raise _UsageError(msg)


def _events(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla
    from vnla.render.dates import format_when

    _event_kind(args.kind)
    if args.start is not None and args.end is not None and args.start > args.end:
        msg = (
            f"--from {args.start.isoformat()} is after --to {args.end.isoformat()}: no day is in that period"
        )
        raise _UsageError(msg)
    found = ds.find_events(
        start=args.start,
        end=args.end,
        participant=args.participant,
        place=args.place,
        kind=args.kind,
        within=args.within,
    )
    ordered = list(_tree_order(found))
    if args.format == "json":
        _emit_json([vnla.converter.unstructure(e) for _, e in ordered], out)
        return 0
    from vnla.render.formatting import title_of

    _, kind_word, _english = _words(args.lang)
    rows = [
        [
            "  " * depth + format_when(e.when, args.lang),
            kind_word(e.kind),
            e.id,
            title_of(e, args.lang, dataset=ds),
        ]
        for depth, e in ordered
    ]
    _table(rows, out)
    return 0


# --------------------------------------------------------------------------- export, validate, schema
def _write_text(handle: TextIO, text: str) -> None:
    """Write ``text`` in pieces (the export's one writer; tests make it fail half-way)."""
    piece = 1 << 16
    for start in range(0, len(text), piece):
        handle.write(text[start : start + piece])


#: The export formats that write a folder of tables rather than one file.
_FOLDER_FORMATS: Final = ("csv", "parquet", "datapackage")


def _export_tables(ds: Dataset, args: argparse.Namespace) -> int:
    from vnla.render import datapackage

    if args.output == "-":
        msg = f"--format {args.format} writes a folder of tables: give it with -o FOLDER"
        raise _UsageError(msg)
    if args.format == "parquet":
        import importlib.util

        if importlib.util.find_spec("pyarrow") is None:  # say what is missing before writing anything
            msg = "--format parquet needs pyarrow: pip install 'vnla[arrow]'"
            raise _UsageError(msg)
        written = datapackage.write_parquet(ds, args.output)
    else:
        written = datapackage.write_datapackage(ds, args.output)
    if args.verbose and not args.quiet:
        print(f"vnla: wrote {len(written)} files in {args.output}", file=sys.stderr)
    return 0


def _export(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla
    from vnla.record.atomic import atomic_writer

    if args.format in _FOLDER_FORMATS:
        return _export_tables(ds, args)
    if args.format == "popolo":
        from vnla.render.popolo import to_popolo

        text = json.dumps(to_popolo(ds), ensure_ascii=False, indent=2) + "\n"
    else:
        text = vnla.to_json(ds) + "\n"
    if args.output == "-":
        _write_text(out, text)
        return 0
    with atomic_writer(args.output) as handle:
        _write_text(handle, text)
    if args.verbose and not args.quiet:
        print(f"vnla: wrote {args.output} ({len(text.encode())} bytes)", file=sys.stderr)
    return 0


def _validate(_ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla
    from vnla.record.loading import texts_from_folder
    from vnla.rules.checks import Severity, check

    if args.path:
        _existing(args.path, "")
    if args.texts and not os.path.isdir(args.texts):
        msg = f"--texts {args.texts}: not a folder"
        raise _UsageError(msg)
    try:
        loaded = vnla.load(args.path, bundled=not args.alone) if args.path else vnla.dataset()
    except vnla.DataError as error:
        if args.format == "json":
            _emit_json(
                {"ok": False, "problems": [vnla.converter.unstructure(p) for p in error.problems]}, out
            )
        else:
            for problem in error.problems:
                print(problem, file=out)
            if not args.quiet:
                print(f"{len(error.problems)} problem(s)", file=sys.stderr)
        return 1
    texts = texts_from_folder(loaded, args.texts) if args.texts else None
    report = check(loaded, rules=args.rules, texts=texts, lang=args.lang)
    if args.format == "json":
        payload = json.loads(report.to_json())
        # "problems": what stopped the data from loading (none here); "records": what loaded;
        # "counts", "rules", "findings": the consistency report, as Report.to_json() has them.
        _emit_json({**payload, "problems": [], "records": loaded.counts()}, out)
    else:
        print(report.to_text(min_severity=Severity(args.min_severity)), file=out)
        print(f"{args.path or 'bundled data'}: {len(loaded)} records loaded", file=out)
    return 0 if report.ok else 1


def _schema(_ds: Dataset, _args: argparse.Namespace, out: TextIO) -> int:
    import vnla

    _emit_json(vnla.json_schema(), out)
    return 0


# --------------------------------------------------------------------------- check
#: The formats of ``vnla check`` that write one row (or result) per finding, through vnla.batch.
_BATCH_FORMATS: Final = ("jsonl", "parquet", "sarif", "claimreview")


def _check(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    if args.format in _BATCH_FORMATS:
        return _check_archive(ds, args, out)
    if args.jobs != 1 or args.scheduler:
        option = "--jobs" if args.jobs != 1 else "--scheduler"
        msg = f"{option} works with --format {', '.join(_BATCH_FORMATS)}, not {args.format}"
        raise _UsageError(msg)
    if args.output:
        from vnla.record.atomic import atomic_writer

        with atomic_writer(args.output) as handle:
            return _check_files(ds, args, handle)
    return _check_files(ds, args, out)


def _check_files(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    from vnla.checker import Checker, load_config
    from vnla.checker.source import _fewer_collections

    if args.config:
        _regular_file(args.config, "--config")
    config = load_config(args.config) if args.config else None
    checker = Checker(dataset=ds, config=config)
    show = _shown(args.show, checker.config.show)
    inputs, problems = _inputs(args)
    files = [path for path, table in inputs if not table]
    progress = _Progress(files) if not (args.no_progress or args.quiet) and sys.stderr.isatty() else None
    writer: _TextWriter | _JsonWriter
    if args.format == "json":
        writer, verdicts = _JsonWriter(out), None
    else:
        # the findings nobody reads are counted, not made: only those shown or that may fail the check
        writer, verdicts = (
            _TextWriter(out, show, _Style(args.color, out), lang=args.lang, dataset=ds),
            show | checker.failing_verdicts(),
        )
    run = _CheckRun(args, checker, writer, verdicts=verdicts, progress=progress)
    # A short-lived process: the dataset and its index stay to the end, so the garbage
    # collector need not walk them again and again.
    gc.freeze()
    try:
        # and the many short-lived objects a check makes, which hold no cycles, are collected less often
        with _fewer_collections():
            for path, table in inputs:
                if table:
                    run.table(path)
                else:
                    run.file(path, problems.get(path))
    finally:
        gc.unfreeze()
    if progress:
        progress.clear()
    writer.close(run.totals, texts=any(table for _path, table in inputs))
    return run.totals.exit_code


def _inputs(args: argparse.Namespace) -> tuple[list[tuple[str, bool]], dict[str, str]]:
    """
    Each input in turn, and whether it is a table of records (JSON Lines, Parquet) rather than
    a text file (a folder stands for its text files, in order); and why some files cannot be read.
    """
    _refuse_unread_columns(args)
    inputs: list[tuple[str, bool]] = []
    problems: dict[str, str] = {}
    for given in args.files:
        if _is_table(given):
            inputs.append((given, True))
        else:
            found, said = _text_files([given], follow_symlinks=args.follow_symlinks)
            inputs += [(path, False) for path in found]
            problems |= said
    return inputs, problems


class _CheckRun:
    """``vnla check`` with text or JSON output: each input checked in turn, into the writer and the totals."""

    def __init__(
        self,
        args: argparse.Namespace,
        checker: Checker,
        writer: _TextWriter | _JsonWriter,
        *,
        verdicts: set[Verdict] | None,
        progress: _Progress | None,
    ) -> None:
        self.args = args
        self.checker = checker
        self.writer = writer
        self.verdicts = verdicts
        self.progress = progress
        self.totals = _Totals()
        self.lang = None if args.text_lang == "auto" else args.text_lang
        self.fail_on = checker.config.fail_on

    def _failed(self, name: str, reason: str, stats: dict[str, Any]) -> None:
        """A text not checked: said on standard error and in the output, and counted."""
        if self.progress:
            self.progress.clear()
        print(f"vnla check: {name}: {reason}", file=sys.stderr)
        self.totals.failed += 1
        self.writer.failed(name, reason, stats)

    def _checked(self, stats: dict[str, Any]) -> None:
        if not self.writer.started:
            self.writer.start(stats)
        self.writer.end(stats)
        self.totals.characters += stats.get("characters", 0)
        for verdict, count in stats["counts"].items():
            self.totals.counts[verdict] += count

    def file(self, path: str, problem: str | None) -> None:
        """A text file, read as it is checked."""
        from vnla.checker import InputError

        stats: dict[str, Any] = {}
        self.writer.begin(path)
        if problem is not None:
            self._failed(path, problem, stats)
            return
        try:
            for finding in self.checker.stream_file(
                path,
                published=self.args.published,
                lang=self.lang,
                markup=None if self.args.markup == "auto" else self.args.markup,
                progress=self.progress.advance if self.progress else None,
                stats=stats,
                verdicts=self.verdicts,
            ):
                if not self.writer.started:
                    self.writer.start(stats)
                self.writer.finding(finding)
                self.totals.add(finding, self.fail_on)
        except InputError as error:
            self._failed(error.path, error.reason, stats)
            return
        self._checked(stats)

    def table(self, path: str) -> None:
        """
        The records of a table (JSON Lines, Parquet), each a text of its own named ``TABLE#ID``
        (the id its rows have in ``--format jsonl``), its findings placed in its own text.
        """
        from vnla.batch import InputFormatError

        records = 0
        try:
            for record in _table_records(path, self.args):
                records += 1
                name = f"{path}#{record.id}"
                self.writer.begin(name)
                if record.error is not None:
                    self._failed(name, record.error, {})
                    continue
                report = self.checker.check_text(
                    record.text,
                    published=record.published or self.args.published,
                    lang=record.lang or self.lang,
                )
                stats: dict[str, Any] = {
                    "lang": report.lang,
                    "published": report.published,
                    "characters": report.characters,
                    "counts": report.counts(),
                }
                self.writer.start(stats)
                for finding in report.findings:
                    if self.verdicts is None or finding.verdict in self.verdicts:
                        self.writer.finding(finding)
                        self.totals.add(finding, self.fail_on)
                self._checked(stats)
        except InputFormatError as error:  # the table cannot be read at all: said, and the next input checked
            self.writer.begin(path)
            self._failed(path, str(error).removeprefix(f"{path}: "), {})
            return
        if not records and not self.args.quiet:
            print(f"vnla check: {path}: no rows to check", file=sys.stderr)


def _shown(option: str | None, default: Iterable[Verdict]) -> set[Verdict]:
    """The verdicts ``--show`` asks the text output to list."""
    from vnla.checker import Verdict

    if option == "all":
        return set(Verdict)
    if not option:
        return set(default)
    try:
        return {Verdict(v.strip()) for v in option.split(",") if v.strip()}
    except ValueError:
        msg = f"--show {option!r}: expected verdicts among ok, variant, contradiction, unknown, or 'all'"
        raise ValueError(msg) from None


#: What a folder given to ``vnla check`` stands for: its files with these suffixes (texts, and
#: pages, read as HTML: :data:`vnla.checker.source.HTML_SUFFIXES`, which a test compares).
_TEXT_SUFFIXES: Final = (".txt", ".md", ".html", ".htm", ".xhtml")


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    for test, words in (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return words
    return "not a regular file"


def _regular_file(path: str, what: str) -> None:
    """Refuse, before anything opens it, a ``--config`` that is not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # missing or unreadable: the reader says so, with its own words
    if not stat.S_ISREG(mode):
        msg = f"{what} {path}: not a regular file ({_kind(mode)}); give a TOML file"
        raise _UsageError(msg)


def _inside(path: str, root: str) -> bool:
    real = os.path.realpath(path)
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _text_files(paths: Sequence[str], *, follow_symlinks: bool = False) -> tuple[list[str], dict[str, str]]:
    """
    The files to check: each path, a folder replaced by its text files (sorted, hidden ones left out).

    Also returns why some cannot be checked, by path: a folder with no text file,
    anything that is not a regular file (a named pipe would hang the reader, a
    device never ends), and, unless ``follow_symlinks``, a symbolic link in a
    folder that leads out of it.  Nothing here opens a file.
    """
    files: list[str] = []
    problems: dict[str, str] = {}
    for path in paths:
        if path == "-":
            files.append(path)
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError:
            files.append(path)  # the reader names what is wrong with it
            continue
        if not stat.S_ISDIR(mode):
            files.append(path)
            if not stat.S_ISREG(mode):
                problems[path] = f"not a regular file ({_kind(mode)})"
            continue
        found = _folder_files(path, follow_symlinks, problems)
        if found:
            files += found
        else:
            files.append(path)
            problems[path] = f"a folder with no text file or page in it ({', '.join(_TEXT_SUFFIXES)})"
    return files, problems


def _outside(path: str, folder: str) -> str:
    return (
        f"a symbolic link leading out of {folder} (to {os.path.realpath(path)}); --follow-symlinks checks it"
    )


def _folder_files(folder: str, follow_symlinks: bool, problems: dict[str, str]) -> list[str]:
    """The text files under ``folder``; files that cannot be checked are in ``problems`` too."""
    root = os.path.realpath(folder)
    found: list[str] = []
    seen: set[str] = set()
    for current, subfolders, names in os.walk(folder, followlinks=follow_symlinks):
        real = os.path.realpath(current)
        if real in seen:  # a link back up the tree
            subfolders[:] = []
            continue
        seen.add(real)
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]  # .git and the like
        for name in subfolders:  # not walked into: said, when it leads out
            full = os.path.join(current, name)
            if not follow_symlinks and os.path.islink(full) and not _inside(full, root):
                found.append(full)
                problems[full] = _outside(full, folder)
        for name in names:
            if name.startswith(".") or not name.lower().endswith(_TEXT_SUFFIXES):
                continue
            full = os.path.join(current, name)
            found.append(full)
            if os.path.islink(full) and not follow_symlinks and not _inside(full, root):
                problems[full] = _outside(full, folder)
                continue
            try:
                mode = os.stat(full).st_mode
            except OSError as error:
                problems[full] = error.strerror or str(error)
                continue
            if not stat.S_ISREG(mode):
                problems[full] = f"not a regular file ({_kind(mode)})"
    found.sort()
    return found


#: One encoder for every finding: ``json.dumps`` with options makes a new one each call.
_JSON: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class _Totals:
    """Counts over every file of a ``vnla check`` run, and its exit status."""

    def __init__(self) -> None:
        from vnla.checker.report import _SEVERITY_RANK, Verdict

        self.files = 0
        self.failed = 0
        self.characters = 0
        self.failing = False
        self.counts: dict[str, int] = {"ok": 0, "variant": 0, "contradiction": 0, "unknown": 0}
        # read once: add() runs once a finding
        self._rank = _SEVERITY_RANK
        self._ok = Verdict.OK

    def add(self, finding: TextFinding, fail_on: Any) -> None:
        if finding.verdict is not self._ok and self._rank[finding.severity] >= self._rank[fail_on]:
            self.failing = True

    @property
    def exit_code(self) -> int:
        if self.failed:
            return 2
        return 1 if self.failing else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "checked": self.files - self.failed,
            "failed": self.failed,
            "characters": self.characters,
            **self.counts,
        }


class _TextWriter:
    """One line per finding shown, a summary line per file, and totals for several files."""

    def __init__(
        self,
        out: TextIO,
        show: set[Verdict],
        style: _Style | None = None,
        *,
        lang: str = "en",
        dataset: Dataset | None = None,
    ) -> None:
        self.out = out
        self.show = show
        self.style = style
        self.started = False
        self.path = ""
        self.files = 0
        self.lang = lang
        self.dataset = dataset
        self.text_lang = "en"
        self._, self.word, self.english = _words(lang)

    def begin(self, path: str) -> None:
        self.path = "<stdin>" if path == "-" else path
        self.started = False
        self.files += 1

    def start(self, stats: dict[str, Any]) -> None:
        self.started = True
        self.text_lang = stats.get("lang") or "en"

    def _line(self, finding: TextFinding) -> str:
        """A finding in the output language: the record's words, vnla's words, and the rest marked."""
        from vnla.model.records import Event
        from vnla.render.formatting import title_of, to_text
        from vnla.render.i18n import mark
        from vnla.render.messages import written

        record = self.dataset.get(finding.record) if self.dataset is not None and finding.record else None
        rule = finding.rule.partition(".")[0]
        if isinstance(record, Event) and rule == "dates":
            canonical = _format_when(record.when, self.lang)
        elif record is not None and hasattr(record, "names") and rule in ("names", "framework"):
            canonical = title_of(record, self.lang, dataset=self.dataset)
        elif finding.canonical and self.text_lang != self.lang:
            # written for a reader of the text's language ("Chủ tịch Quốc hội")
            canonical = mark(finding.canonical, self.text_lang)
        else:
            canonical = finding.canonical or ""
        shown = f" -> {canonical}" if canonical else ""
        said = repr(finding.text) if self.text_lang == self.lang else mark(finding.text, self.text_lang)
        # the judges' explanation in the output language (vnla.render.messages); other English marked
        message = written(finding.message, self.lang, self.dataset)
        where = f"{self.path}:{finding.line}:{finding.column}"
        line = f"{where}: {self.word(finding.verdict)} {finding.rule} {said}{shown}"
        line += f": {message}" if message else ":"
        for e in finding.evidence[:2]:
            line += f"\n    {e.source}: " + to_text(e, self.lang, dataset=self.dataset)
        return line

    def finding(self, finding: TextFinding) -> None:
        from vnla.checker.report import _finding_line

        if finding.verdict in self.show:
            line = _finding_line(self.path, finding) if self.lang == "en" else self._line(finding)
            if self.style is not None and self.style.on:
                verdict = finding.verdict.value if self.lang == "en" else self.word(finding.verdict)
                # "path:line:column: verdict rule ...": the verdict follows the position
                line = line.replace(f": {verdict} ", f": {self.style(verdict, _VERDICT_COLOUR[verdict])} ", 1)
            print(line, file=self.out)

    def failed(self, path: str, reason: str, _stats: dict[str, Any]) -> None:
        _ = self._
        said = _("not checked: {reason}").format(reason=self.english(reason))
        print(f"{'<stdin>' if path == '-' else path}: {said}", file=self.out)

    def _counts(self, counts: dict[str, int]) -> str:
        return ", ".join(f"{n} {self.word(v)}" for v, n in counts.items())

    def end(self, stats: dict[str, Any]) -> None:
        _ = self._
        counts = self._counts(stats["counts"])
        lang = stats.get("lang") or "?"
        if self.lang != "en" and lang != "?":
            lang = _language_name(lang, self.lang)
        published = stats.get("published")
        characters = stats.get("characters", 0)
        if published:
            when = published.isoformat() if self.lang == "en" else _format_day(published, self.lang)
            about = _("{characters} characters, {lang}, published {date}").format(
                characters=characters, lang=lang, date=when
            )
        else:
            about = _("{characters} characters, {lang}").format(characters=characters, lang=lang)
        print(f"{self.path}: {counts} ({about})", file=self.out)

    def close(self, totals: _Totals, *, texts: bool = False) -> None:
        """The totals; ``texts`` when some were a table's records, not files."""
        _ = self._
        totals.files = self.files
        if self.files > 1:
            counts = self._counts(totals.counts)
            checked = totals.files - totals.failed
            said = (
                _("total: {checked} of {files} texts checked: {counts}")
                if texts
                else _("total: {checked} of {files} files checked: {counts}")
            )
            print(said.format(checked=checked, files=totals.files, counts=counts), file=self.out)


class _JsonWriter:
    """The documented JSON document, written as the files are checked (findings are not held)."""

    def __init__(self, out: TextIO) -> None:
        from vnla.checker import RunReport

        self.out = out
        self.started = False
        self.path = ""
        self.first_file = True
        self.first_finding = True
        self.files = 0
        self.counts: dict[str, int] = {}
        #: The JSON of a finding before its span, and after its column, by everything but where it is.
        self._parts: dict[tuple[Any, ...], tuple[str, str]] = {}
        out.write(f'{{"format": "vnla-check", "version": {RunReport.version}, "files": [')

    def begin(self, path: str) -> None:
        self.path = "<stdin>" if path == "-" else path
        self.started = False
        self.first_finding = True
        self.counts = {"ok": 0, "variant": 0, "contradiction": 0, "unknown": 0}
        self.files += 1

    def _head(self, stats: dict[str, Any]) -> None:
        published = stats.get("published")
        head = {
            "path": self.path,
            "lang": stats.get("lang"),
            "published": published.isoformat() if published else None,
        }
        self.out.write(("\n" if self.first_file else ",\n") + json.dumps(head, ensure_ascii=False)[:-1])
        self.out.write(', "findings": [')
        self.first_file = False

    def start(self, stats: dict[str, Any]) -> None:
        self.started = True
        self._head(stats)

    def finding(self, finding: TextFinding) -> None:
        self.counts[finding.verdict._value_] += 1
        # Findings differ mostly in where they are: the JSON of the rest is made once for each
        # kind of finding met ("Vietnam", ok), and the span, line and column are put between.
        key = (
            finding.kind,
            finding.verdict,
            finding.severity,
            finding.rule,
            finding.text,
            finding.canonical,
            finding.record,
            finding.value,
            finding.message,
            finding.erratum,
            finding.evidence,
        )
        parts = self._parts.get(key)
        if parts is None:
            whole = _JSON.encode(finding.to_dict())
            cut = whole.index(', "span": ')
            parts = (whole[:cut], whole[whole.index(', "text": ', cut) :])
            if len(self._parts) > 50_000:
                self._parts.clear()
            self._parts[key] = parts
        start, end = finding.span
        where = f'"span": [{start}, {end}], "line": {finding.line}, "column": {finding.column}'
        self.out.write(("\n  " if self.first_finding else ",\n  ") + f"{parts[0]}, {where}{parts[1]}")
        self.first_finding = False

    def _tail(self, stats: dict[str, Any], error: str | None) -> None:
        tail = {
            "error": error,
            "characters": stats.get("characters", 0),
            "lines": stats.get("lines", 0),
            "counts": self.counts,
        }
        self.out.write("], " + json.dumps(tail, ensure_ascii=False)[1:])

    def failed(self, _path: str, reason: str, stats: dict[str, Any]) -> None:
        if not self.started:
            self._head({"published": stats.get("published")})
        self._tail({}, reason)

    def end(self, stats: dict[str, Any]) -> None:
        self._tail(stats, None)

    def close(self, totals: _Totals, *, texts: bool = False) -> None:
        del texts  # the document's "files" hold a table's records as they hold files
        totals.files = self.files
        self.out.write(f'\n], "totals": {json.dumps(totals.to_dict())}, "exit_code": {totals.exit_code}}}\n')


class _Progress:
    """
    A progress bar on standard error: bytes read of all the files, and the speed.

    Each redraw overwrites the whole of the previous line (the line is padded
    with spaces to the longest drawn), so a shorter figure leaves no debris.
    """

    def __init__(self, paths: Sequence[str], stream: TextIO | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = 0
        for path in paths:
            with contextlib.suppress(OSError):
                self.total += os.path.getsize(path) if path != "-" else 0
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.drawn = 0  # the length of the longest line drawn

    def line(self, now: float) -> str:
        """The bar as it reads now."""
        fraction = min(1.0, self.done / self.total) if self.total else 0.0
        width = 30
        bar = "#" * int(fraction * width) + "." * (width - int(fraction * width))
        speed = self.done / max(now - self.started, 1e-6) / 1e6
        return f"[{bar}] {fraction:4.0%} {self.done / 1e6:.1f}/{self.total / 1e6:.1f} MB {speed:.1f} MB/s"

    def advance(self, size: int) -> None:
        self.done += size
        now = time.monotonic()
        if now - self.shown < 0.1 and self.done < self.total:
            return
        self.shown = now
        self._draw(self.line(now))

    def _draw(self, text: str) -> None:
        padding = " " * max(0, self.drawn - len(text))
        self.drawn = max(self.drawn, len(text))
        self.stream.write(f"\r{text}{padding}")
        self.stream.flush()

    def clear(self) -> None:
        if self.drawn:
            # at least a bar's usual width, so whatever was drawn before this bar goes too
            self.stream.write("\r" + " " * max(self.drawn, 72) + "\r")
            self.stream.flush()
            self.drawn = 0


# --------------------------------------------------------------------------- check, archives
def _check_archive(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    """``vnla check --format jsonl|parquet|sarif|claimreview``: rows through vnla.batch, as they come."""
    from vnla.checker import Checker, Verdict, load_config

    if args.format == "parquet" and not args.output:
        msg = "--format parquet writes a file: give one with -o PATH"
        raise _UsageError(msg)
    if args.scheduler and args.jobs != 1:
        msg = "--jobs and --scheduler: give one (the cluster's workers are its processes)"
        raise _UsageError(msg)
    if args.config:
        _regular_file(args.config, "--config")
    checker = Checker(dataset=ds, config=load_config(args.config) if args.config else None)
    verdicts: set[Verdict] | None
    if args.format == "claimreview":
        verdicts = {Verdict.CONTRADICTION}
    elif args.format == "sarif":
        verdicts = _shown(args.show, checker.config.show)
    else:
        verdicts = _shown(args.show, ()) or None  # every finding unless --show names some
    tally = _ArchiveTally(checker.config.fail_on)
    records = tally.read(_archive_records(args))
    progress = _RecordProgress() if not (args.no_progress or args.quiet) and sys.stderr.isatty() else None
    if args.scheduler:
        rows = _on_cluster(args.scheduler, records, checker, verdicts)
    else:
        rows = _check_records(records, jobs=args.jobs, checker=checker, verdicts=verdicts, progress=progress)
    try:
        written = _write_rows(tally.count(rows), args, out, verdicts)
    except ImportError as error:  # an extra that is not installed: the message says which
        raise _UsageError(str(error)) from None
    finally:
        if progress:
            progress.clear()
    if not args.quiet and args.output:
        print(
            f"vnla check: {tally.records} records ({tally.failed} not checked), {written} rows "
            f"written to {args.output}",
            file=sys.stderr,
        )
    return tally.exit_code


def _check_records(records: Any, **options: Any) -> Iterator[Any]:
    from vnla.batch import check_records

    return check_records(records, **options)


def _on_cluster(address: str, records: Any, checker: Any, verdicts: Any) -> Iterator[Any]:
    """The rows of the records, checked on the Dask cluster at ``address``, in input order."""
    try:
        client_class = importlib.import_module("distributed").Client  # only here: the dask extra
    except ImportError:
        msg = "--scheduler needs the dask extra: pip install 'vnla[dask]'"
        raise _UsageError(msg) from None
    from vnla.batch.dask import check_records_on

    try:
        client = client_class(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:
        msg = f"--scheduler {address}: cannot connect ({error})"
        raise _UsageError(msg) from None
    with client:
        yield from check_records_on(client, records, checker=checker, verdicts=verdicts)


def _is_table(path: str) -> bool:
    """Whether an input is a table of records (JSON Lines, Parquet, a folder of Parquet files), not text."""
    if path.endswith((".jsonl", ".ndjson", ".parquet")):
        return True
    try:
        return os.path.isdir(path) and any(name.endswith(".parquet") for name in os.listdir(path))
    except OSError:
        return False  # an unreadable folder: the text files' reader says what is wrong with it


def _refuse_unread_columns(args: argparse.Namespace) -> None:
    """The column options name a table's columns: with no table among the inputs, they would do nothing."""
    named = (
        args.meta_columns
        or args.date_column
        or args.lang_column
        or args.id_column != "id"
        or args.text_column != "text"
    )
    if named and not any(_is_table(path) for path in args.files):
        msg = (
            "--id-column, --text-column, --date-column, --lang-column and --meta-column read a .jsonl "
            "or .parquet input"
        )
        raise _UsageError(msg)


def _table_records(path: str, args: argparse.Namespace) -> Iterator[Any]:
    """The records of a table, its columns named by the options."""
    from vnla.batch import read_input

    return read_input(
        path,
        id_column=args.id_column,
        text_column=args.text_column,
        date_column=args.date_column,
        lang_column=args.lang_column,
        meta_columns=args.meta_columns,
    )


def _archive_records(args: argparse.Namespace) -> Iterator[Any]:
    """The records ``vnla check`` reads, input by input: the rows of a table, and text files (a folder's)."""
    import attrs

    from vnla.batch import read_text_files

    _refuse_unread_columns(args)
    published, lang = args.published, None if args.text_lang == "auto" else args.text_lang
    for path in args.files:
        if _is_table(path):
            records = _table_records(path, args)
        else:
            files, problems = _text_files([path], follow_symlinks=args.follow_symlinks)
            records = _file_records(files, problems, read_text_files)
        markup = args.markup
        for record in records:
            if (
                (published and record.published is None)
                or (lang and record.lang is None)
                or markup not in ("auto", record.markup)
            ):
                yield attrs.evolve(
                    record,
                    published=record.published or published,
                    lang=record.lang or lang,
                    markup=record.markup if markup == "auto" else markup,
                )
            else:
                yield record


def _file_records(files: list[str], problems: dict[str, str], reader: Any) -> Iterator[Any]:
    from vnla.batch import Record

    for path in files:
        if path in problems:
            yield Record(id=path, error=problems[path])
        elif path == "-":
            yield Record(id="<stdin>", text=sys.stdin.read())
        else:
            yield from reader([path])


class _ArchiveTally:
    """Records seen, records not checked, and whether a finding fails the check, as rows go by."""

    def __init__(self, fail_on: Any) -> None:
        from vnla.checker.report import _SEVERITY_RANK

        self.rank = _SEVERITY_RANK
        self.floor = _SEVERITY_RANK[fail_on]
        self.records = 0
        self.failed = 0
        self.failing = False

    def read(self, records: Iterable[Any]) -> Iterator[Any]:
        for record in records:
            self.records += 1
            yield record

    def count(self, rows: Iterable[Any]) -> Iterable[Any]:
        if hasattr(rows, "watch"):  # vnla.batch's rows: tallied a chunk at a time, still as record batches
            watched: Iterable[Any] = rows.watch(self.chunk)
            return watched
        return self._count(rows)

    def chunk(self, tally: Any) -> None:
        from vnla.rules.checks import Severity

        self.failed += tally.errors
        self.failing = self.failing or any(self.rank[Severity(s)] >= self.floor for s in tally.flagged)

    def _count(self, rows: Iterable[Any]) -> Iterator[Any]:
        from vnla.rules.checks import Severity

        floor = self.floor
        for row in rows:
            if row["error"] is not None:
                self.failed += 1
            elif row["verdict"] != "ok" and self.rank[Severity(row["severity"])] >= floor:
                self.failing = True
            yield row

    @property
    def exit_code(self) -> int:
        if self.failed:
            return 2
        return 1 if self.failing else 0


def _write_rows(rows: Iterable[Any], args: argparse.Namespace, out: TextIO, verdicts: Any) -> int:
    """Write the rows in ``args.format`` to ``args.output`` (or ``out``); return how many were written."""
    from vnla.batch import ClaimReviewWriter, SarifWriter, write_jsonl, write_parquet
    from vnla.record.atomic import atomic_writer

    if args.format == "parquet":
        return write_parquet(rows, args.output, meta=args.meta_columns)
    if args.format == "jsonl":
        return write_jsonl(rows, args.output or out)
    with atomic_writer(args.output) if args.output else contextlib.nullcontext(out) as handle:
        count = 0
        writer = SarifWriter(handle, show=verdicts) if args.format == "sarif" else ClaimReviewWriter(handle)
        for row in rows:
            writer.row(row)
            count += 1
        writer.close()
        return count


class _RecordProgress:
    """A progress line on standard error for an archive: records and megabytes checked, and the speed."""

    def __init__(self) -> None:
        self.bar = _Progress([])
        self.records = 0
        self.characters = 0

    def __call__(self, records: int, characters: int) -> None:
        self.records += records
        self.characters += characters
        now = time.monotonic()
        if now - self.bar.shown < 0.1:
            return
        self.bar.shown = now
        speed = self.characters / max(now - self.bar.started, 1e-6) / 1e6
        self.bar._draw(f"{self.records} records, {self.characters / 1e6:.1f} M characters, {speed:.2f} M/s")

    def clear(self) -> None:
        self.bar.clear()


_COMMANDS: Final[dict[str, Callable[[Dataset, argparse.Namespace, TextIO], int]]] = {
    "summary": _summary,
    "show": _show,
    "events": _events,
    "export": _export,
    "validate": _validate,
    "schema": _schema,
    "check": _check,
}
