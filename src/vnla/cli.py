# SPDX-License-Identifier: MIT
"""
The ``vnla`` command line: ``vnla summary``, ``show``, ``events``, ``export``, ``validate``, ``schema``.

Results go to standard output, diagnostics to standard error.  Every command
takes ``--format text|json``; exit status is 0 on success, 1 when the data
has problems, 2 on bad usage.

>>> from vnla.cli import main
>>> main(["events", "--from", "2026-02-01", "--kind", "state-visit"])
2026-02-05  state-visit  visit-2026-02-laos  State visit of General Secretary To Lam to Laos
0
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnla._dataset import Dataset

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
    validate = add("validate", "load a data file or folder and report every problem")
    validate.add_argument("path")
    validate.add_argument("--alone", action="store_true", help="do not merge with the bundled data")
    add("schema", "the JSON Schema of the data format").set_defaults(format="json")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    from vnla.errors import DataError, VnlaError

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

    try:
        loaded = vnla.load(args.path, bundled=not args.alone)
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
    if args.format == "json":
        _emit_json({"ok": True, "problems": [], "counts": loaded.counts()}, out)
    else:
        print(f"{args.path}: ok ({len(loaded)} records)", file=out)
    return 0


def _schema(_ds: Dataset, _args: argparse.Namespace, out: TextIO) -> int:
    import vnla

    _emit_json(vnla.json_schema(), out)
    return 0


_COMMANDS = {
    "summary": _summary,
    "show": _show,
    "events": _events,
    "export": _export,
    "validate": _validate,
    "schema": _schema,
}
