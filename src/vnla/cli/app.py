# SPDX-License-Identifier: MIT
"""
The ``vnla`` command line: ``summary``, ``show``, ``events``, ``export``, ``validate``, ``schema``, ``check``.

Results go to standard output, diagnostics to standard error.  Every command
takes ``--format text|json``; exit status is 0 on success, 1 when the data
has problems (for ``check``: when a text contradicts the record), 2 on bad
usage or input that cannot be read.

>>> from vnla.cli import main
>>> main(["events", "--from", "2026-02-01", "--kind", "state-visit"])
2026-02-05  state-visit  visit-2026-02-laos  State visit of General Secretary To Lam to Laos
0
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import time
from datetime import date
from typing import TYPE_CHECKING, Any, Final, TextIO

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from vnla.checker.engine import TextFinding, Verdict
    from vnla.record.dataset import Dataset

__all__ = ["main"]


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        msg = f"not a date: {text!r} (expected YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnla",
        description="The Vietnam–Laos relationship as typed, sourced data.",
    )
    parser.add_argument("--data", metavar="PATH", help="also load your own data (file or folder)")
    parser.add_argument(
        "--lang",
        choices=("en", "vi", "lo"),
        default="en",
        help="language of text output: dates, names, amounts (default: en)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--format", choices=("text", "json"), default="text")
        return sub

    add("summary", "what the dataset holds: visits, framework, targets, sources")
    show = add("show", "one record by id or by name, with its evidence")
    show.add_argument("id", help="an id such as 'to-lam', or a name such as 'Tô Lâm'")
    events = add("events", "events in time order, filtered")
    events.add_argument("--from", dest="start", type=_date, metavar="DATE")
    events.add_argument("--to", dest="end", type=_date, metavar="DATE")
    events.add_argument("--with", dest="participant", metavar="NAME", help="a participant's id or name")
    events.add_argument("--kind", help="an event kind such as state-visit or talks")
    events.add_argument("--place", help="a place's id or name")
    events.add_argument("--within", metavar="ID", help="sub-events of this visit")
    export = add("export", "the whole dataset as JSON (the only export format)")
    export.set_defaults(format="json")
    export.add_argument("-o", "--output", default="-", help="file to write (default: standard output)")
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
    add("schema", "the JSON Schema of the data format").set_defaults(format="json")
    check = add(
        "check", "check articles against the record: names, titles, framework wording, figures, dates"
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files ('-' for standard input); a folder stands for its *.txt and *.md "
        "files, in its subfolders too",
    )
    check.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="publication date (YYYY-MM-DD) for 'on Monday' and dates without a year "
        "(default: a date line at the top of each file, if any)",
    )
    check.add_argument(
        "--lang", dest="text_lang", choices=("en", "vi"), help="language of the texts (default: detected)"
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
    check.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    check.epilog = (
        "exit status: 0 when no finding is as severe as the house style's fail-on (default: no "
        "contradiction); 1 when one is; 2 on bad usage, a bad house-style file, or a file that "
        "could not be read (the other files are still checked)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    from vnla.model.errors import DataError, VnlaError

    out = sys.stdout
    try:
        ds = _dataset(args)
        handler = _COMMANDS[args.command]
        return handler(ds, args, out)
    except BrokenPipeError:  # `vnla summary | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
    except DataError as error:
        print(f"vnla: {error}", file=sys.stderr)
        return 1
    except (VnlaError, KeyError, ValueError) as error:
        message = error.args[0] if isinstance(error, KeyError) and error.args else error
        print(f"vnla: {message}", file=sys.stderr)
        return 2


def _dataset(args: argparse.Namespace) -> Dataset:
    import vnla

    if args.command == "validate":
        return vnla.dataset()
    if args.data:
        return vnla.load(args.data)
    return vnla.dataset()


def _emit_json(payload: Any, out: TextIO) -> None:
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _summary(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla

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
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in ds.counts().items() if n)
    print(f"vnla dataset: {counts}", file=out)
    print(f"\nThe framework today ({len(framework)} elements): {vnla.format(ds.framework(), lang)}", file=out)
    print("\nVisits:", file=out)
    for visit in visits:
        print(f"  {vnla.format(visit, lang, dataset=ds)}", file=out)
        for sub in ds.subevents(visit.id, recursive=True):
            print(f"      {sub.kind.value:<22}  {vnla.format(sub, lang, dataset=ds)}", file=out)
    print("\nTargets:", file=out)
    for t in ds.targets:
        print(f"  {t.horizon!s:<22}  {vnla.format(t, lang)}  ({t.description})", file=out)
    sources = [s for s in ds.sources if s.file]
    print(f"\nSources: {len(sources)} documents and {len(ds.sources) - len(sources)} web pages", file=out)
    for source in sources:
        published = vnla.format(source.published, lang) if source.published else "undated"
        print(f"  {source.id:<32} {published:<24} {source.title}", file=out)
    return 0


def _show(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla

    record = ds.get(args.id) or ds.resolve(args.id)
    payload = vnla.converter.unstructure(record)
    if args.format == "json":
        _emit_json({"kind": ds.kind_of(record.id), "record": payload}, out)
        return 0
    print(f"{ds.kind_of(record.id)} {record.id}", file=out)
    _print_tree(payload, out, indent="  ")
    referrers = ds.referencing(record.id)
    if referrers:
        print(f"  referred to by: {', '.join(r.id for r in referrers)}", file=out)
    return 0


def _print_tree(value: Any, out: TextIO, indent: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, dict | list):
                print(f"{indent}{key}:", file=out)
                _print_tree(item, out, indent + "  ")
            else:
                print(f"{indent}{key}: {item}", file=out)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                first, *rest = item.items() if item else [("", "")]
                print(
                    f"{indent}- {first[0]}: {first[1]}"
                    if not isinstance(first[1], dict | list)
                    else f"{indent}-",
                    file=out,
                )
                remainder = dict(rest) if not isinstance(first[1], dict | list) else item
                _print_tree(remainder, out, indent + "  ")
            else:
                print(f"{indent}- {item}", file=out)


def _events(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla

    events = ds.find_events(
        start=args.start,
        end=args.end,
        participant=args.participant,
        place=args.place,
        kind=args.kind,
        within=args.within,
    )
    if args.format == "json":
        _emit_json([vnla.converter.unstructure(e) for e in events], out)
        return 0
    for event in events:
        when = str(event.when) if args.lang == "en" else vnla.format(event.when, args.lang)
        print(f"{when:<10}  {event.kind.value}  {event.id}  {event.title}", file=out)
    return 0


def _export(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla

    text = vnla.to_json(ds)
    if args.output == "-":
        out.write(text + "\n")
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    return 0


def _validate(_ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    import vnla
    from vnla.record.loading import texts_from_folder
    from vnla.rules.checks import Severity, check

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
            print(f"{len(error.problems)} problem(s)", file=sys.stderr)
        return 1
    texts = texts_from_folder(loaded, args.texts) if args.texts else None
    report = check(loaded, rules=args.rules, texts=texts)
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


def _check(ds: Dataset, args: argparse.Namespace, out: TextIO) -> int:
    from vnla.checker.engine import Checker, InputError, _fewer_collections, load_config

    config = load_config(args.config) if args.config else None
    checker = Checker(dataset=ds, config=config)
    show = _shown(args.show, checker.config.show)
    files, empty = _text_files(args.files)
    progress = _Progress(files) if not args.no_progress and sys.stderr.isatty() else None
    writer: _TextWriter | _JsonWriter
    if args.format == "json":
        writer, verdicts = _JsonWriter(out), None
    else:
        # the findings nobody reads are counted, not made: only those shown or that may fail the check
        writer, verdicts = _TextWriter(out, show), show | checker.failing_verdicts()
    # A short-lived process: the dataset and its index stay to the end, so the garbage
    # collector need not walk them again and again.
    gc.freeze()
    try:
        # and the many short-lived objects a check makes, which hold no cycles, are collected less often
        with _fewer_collections():
            totals = _Totals()
            for path in files:
                stats: dict[str, Any] = {}
                writer.begin(path)
                if path in empty:
                    reason = f"a folder with no {' or '.join(_TEXT_SUFFIXES)} file in it"
                    print(f"vnla check: {path}: {reason}", file=sys.stderr)
                    totals.failed += 1
                    writer.failed(path, reason, stats)
                    continue
                try:
                    for finding in checker.stream_file(
                        path,
                        published=args.published,
                        lang=args.text_lang,
                        progress=progress.advance if progress else None,
                        stats=stats,
                        verdicts=verdicts,
                    ):
                        if not writer.started:
                            writer.start(stats)
                        writer.finding(finding)
                        totals.add(finding, checker.config.fail_on)
                except InputError as error:
                    if progress:
                        progress.clear()
                    print(f"vnla check: {error.path}: {error.reason}", file=sys.stderr)
                    totals.failed += 1
                    writer.failed(path, error.reason, stats)
                    continue
                if not writer.started:
                    writer.start(stats)
                writer.end(stats)
                totals.characters += stats.get("characters", 0)
                for verdict, count in stats["counts"].items():
                    totals.counts[verdict] += count
    finally:
        gc.unfreeze()
    if progress:
        progress.clear()
    writer.close(totals)
    return totals.exit_code


def _shown(option: str | None, default: Iterable[Verdict]) -> set[Verdict]:
    """The verdicts ``--show`` asks the text output to list."""
    from vnla.checker.engine import Verdict

    if option == "all":
        return set(Verdict)
    if not option:
        return set(default)
    try:
        return {Verdict(v.strip()) for v in option.split(",") if v.strip()}
    except ValueError:
        msg = f"--show {option!r}: expected verdicts among ok, variant, contradiction, unknown, or 'all'"
        raise ValueError(msg) from None


#: What a folder given to ``vnla check`` stands for: its files with these suffixes.
_TEXT_SUFFIXES: Final = (".txt", ".md")


def _text_files(paths: Sequence[str]) -> tuple[list[str], set[str]]:
    """
    The files to check: each path, a folder replaced by its text files (sorted, hidden ones left out).

    Also returns the folders with no text file, which are reported as such.
    """
    files: list[str] = []
    empty: set[str] = set()
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            files.append(path)
            continue
        found = []
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = [name for name in subfolders if not name.startswith(".")]  # .git and the like
            found += [
                os.path.join(folder, name)
                for name in names
                if name.endswith(_TEXT_SUFFIXES) and not name.startswith(".")
            ]
        found.sort()
        if found:
            files += found
        else:
            files.append(path)
            empty.add(path)
    return files, empty


#: One encoder for every finding: ``json.dumps`` with options makes a new one each call.
_JSON: Final = json.JSONEncoder(ensure_ascii=False, check_circular=False)


class _Totals:
    """Counts over every file of a ``vnla check`` run, and its exit status."""

    def __init__(self) -> None:
        from vnla.checker.engine import _SEVERITY_RANK, Verdict

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

    def __init__(self, out: TextIO, show: set[Verdict]) -> None:
        self.out = out
        self.show = show
        self.started = False
        self.path = ""
        self.files = 0

    def begin(self, path: str) -> None:
        self.path = "<stdin>" if path == "-" else path
        self.started = False
        self.files += 1

    def start(self, _stats: dict[str, Any]) -> None:
        self.started = True

    def finding(self, finding: TextFinding) -> None:
        from vnla.checker.engine import _finding_line

        if finding.verdict in self.show:
            print(_finding_line(self.path, finding), file=self.out)

    def failed(self, path: str, reason: str, _stats: dict[str, Any]) -> None:
        print(f"{'<stdin>' if path == '-' else path}: not checked: {reason}", file=self.out)

    def end(self, stats: dict[str, Any]) -> None:
        counts = ", ".join(f"{n} {v}" for v, n in stats["counts"].items())
        lang = stats.get("lang") or "?"
        published = stats.get("published")
        when = f", published {published.isoformat()}" if published else ""
        print(f"{self.path}: {counts} ({stats.get('characters', 0)} characters, {lang}{when})", file=self.out)

    def close(self, totals: _Totals) -> None:
        totals.files = self.files
        if self.files > 1:
            counts = ", ".join(f"{n} {v}" for v, n in totals.counts.items())
            checked = totals.files - totals.failed
            print(f"total: {checked} of {totals.files} files checked: {counts}", file=self.out)


class _JsonWriter:
    """The documented JSON document, written as the files are checked (findings are not held)."""

    def __init__(self, out: TextIO) -> None:
        from vnla.checker.engine import RunReport

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

    def close(self, totals: _Totals) -> None:
        totals.files = self.files
        self.out.write(f'\n], "totals": {json.dumps(totals.to_dict())}, "exit_code": {totals.exit_code}}}\n')


class _Progress:
    """A progress bar on standard error: bytes read of all the files, and the speed."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.total = 0
        for path in paths:
            with contextlib.suppress(OSError):
                self.total += os.path.getsize(path) if path != "-" else 0
        self.done = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def advance(self, size: int) -> None:
        self.done += size
        now = time.monotonic()
        if now - self.shown < 0.1 and self.done < self.total:
            return
        self.shown = now
        fraction = min(1.0, self.done / self.total) if self.total else 0.0
        width = 30
        bar = "#" * int(fraction * width) + "." * (width - int(fraction * width))
        speed = self.done / max(now - self.started, 1e-6) / 1e6
        sys.stderr.write(
            f"\r[{bar}] {fraction:4.0%} {self.done / 1e6:.1f}/{self.total / 1e6:.1f} MB {speed:.1f} MB/s"
        )
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r" + " " * 72 + "\r")
        sys.stderr.flush()


_COMMANDS = {
    "summary": _summary,
    "show": _show,
    "events": _events,
    "export": _export,
    "validate": _validate,
    "schema": _schema,
    "check": _check,
}
