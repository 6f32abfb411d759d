# SPDX-License-Identifier: MIT
"""
The golden outputs of ``vnla check``: which inputs, and how the JSON of one input is made.

``record.py`` writes :func:`produce`'s result for every :func:`cases` entry to
``out/<name>.json``; ``tests/test_golden.py`` makes it again with the code under
test and compares.  Both load this file by its path, so they cannot drift apart.

The inputs are the five seed documents (``tests/fixtures/seeds``), each with its
publication day, and the news corpus (``tests/fixtures/news``), each with the day
its ``MANIFEST.toml`` gives.  Each is run through the command line as a CI job
runs it, ``vnla check --format json --show all --published DAY FILE``: the JSON
document is the documented, stable format, and it holds every finding (ok and
unknown too) with its span, line, column, verdict, severity, rule, record,
canonical form, value, message, erratum and evidence.  The language is left to
detection (no ``--lang``).

Nothing in a golden file depends on the machine: the file's path is written
relative to the repository, and there are no timings and no package version
(``"version"`` in the report is the version of the JSON format, part of it).
"""

from __future__ import annotations

import contextlib
import difflib
import io
import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

#: The repository: tests/golden/_produce.py is two folders below it.
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = FIXTURES / "seeds"
NEWS = FIXTURES / "news"
#: Where the golden JSON files are.
OUT = Path(__file__).resolve().parent / "out"

#: The publication days of the seeds, as tests/test_text.py passes them: each
#: source's ``published`` in the bundled data (the seeds' README has the same
#: days).  000 is undated ("not before 2026-02-03"), so it is checked on its
#: first possible day and on the day of the visit it reports (2026-02-05).
#: Written out here, not read from the dataset, so the inputs do not depend on
#: the code under test.
SEED_DAYS: dict[str, tuple[str, ...]] = {
    "000_822e18ed662340d9.txt": ("2026-02-03", "2026-02-05"),
    "001_12d21b6b6f823ac9.txt": ("2026-01-26",),
    "002_00e3922e169d0842.txt": ("2025-12-02",),
    "003_ed1d6924f378d886.txt": ("2025-12-03",),
    "004_87513d8424a99979.txt": ("2026-02-02",),
}


class Case(NamedTuple):
    """One input: a file and the publication day it is checked with."""

    name: str
    path: Path
    published: date

    @property
    def where(self) -> str:
        """The file's path relative to the repository, with forward slashes."""
        return self.path.relative_to(ROOT).as_posix()


def cases() -> list[Case]:
    """Every input, seeds first, then the news corpus in the manifest's order."""
    found = [
        Case(f"seeds-{Path(file).stem}-{day}", SEEDS / file, date.fromisoformat(day))
        for file, days in SEED_DAYS.items()
        for day in days
    ]
    manifest = tomllib.loads((NEWS / "MANIFEST.toml").read_text(encoding="utf-8"))
    for text in manifest["texts"]:
        published = text["published"]
        found.append(Case(f"news-{Path(text['file']).stem}-{published}", NEWS / text["file"], published))
    return found


def argv(case: Case, path: str | None = None) -> list[str]:
    """The ``vnla`` arguments for one input (``path`` in place of the file's own)."""
    return [
        "check",
        "--format",
        "json",
        "--show",
        "all",
        "--published",
        case.published.isoformat(),
        case.path.as_posix() if path is None else path,
    ]


def produce(case: Case) -> dict[str, Any]:
    """
    Run ``vnla check`` on one input with the vnla that is imported; the golden document.

    The CLI's own JSON document is kept whole under ``"report"``, with the file's
    path made relative; beside it are the input, the command, the exit status
    ``main`` returned and whatever it wrote to standard error.
    """
    from vnla.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv(case))
    report = json.loads(out.getvalue())
    given = case.path.as_posix()
    for file in report.get("files", []):
        if file.get("path") == given:
            file["path"] = case.where
    document = {
        "input": {"path": case.where, "published": case.published.isoformat(), "lang": None},
        "command": ["vnla", *argv(case, case.where)],
        "exit_status": status,
        "stderr": err.getvalue().replace(given, case.where),
        "report": report,
    }
    if str(ROOT) in dumps(document):
        msg = f"{case.name}: the output still holds the absolute path {str(ROOT)!r}"
        raise ValueError(msg)
    return document


def dumps(document: dict[str, Any]) -> str:
    """A golden document as it is stored: sorted keys, two-space indent, UTF-8 as is."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _line(finding: dict[str, Any]) -> str:
    return json.dumps(finding, ensure_ascii=False, sort_keys=True)


def _short(finding: dict[str, Any]) -> str:
    where = f"{finding.get('line')}:{finding.get('column')}"
    shown = f" -> {finding['canonical']}" if finding.get("canonical") else ""
    return f"{where} {finding.get('verdict')} {finding.get('rule')} {finding.get('text')!r}{shown}"


def _fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [
        f"        {key}: {old.get(key, '<absent>')!r} -> {new.get(key, '<absent>')!r}"
        for key in sorted(set(old) | set(new))
        if old.get(key, "<absent>") != new.get(key, "<absent>")
    ]


def explain_findings(golden: list[dict[str, Any]], now: list[dict[str, Any]], *, limit: int = 6) -> list[str]:
    """The first differences between two lists of findings, one finding a line, fields that changed."""
    lines: list[str] = []
    matcher = difflib.SequenceMatcher(a=[_line(f) for f in golden], b=[_line(f) for f in now], autojunk=False)
    shown = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if shown >= limit:
            lines.append("    ... (more differences)")
            break
        shown += 1
        if tag == "replace" and i2 - i1 == j2 - j1:
            for at, (old, new) in enumerate(zip(golden[i1:i2], now[j1:j2], strict=True), start=i1):
                lines.append(f"    changed #{at}: {_short(old)}")
                lines.extend(_fields(old, new))
            continue
        lines.extend(f"    - golden #{i}: {_short(golden[i])}" for i in range(i1, i2))
        lines.extend(f"    + now    #{j}: {_short(now[j])}" for j in range(j1, j2))
    return lines


def _counts(document: dict[str, Any]) -> Any:
    files = document.get("report", {}).get("files") or [{}]
    return files[0].get("counts")


def explain(golden: dict[str, Any], now: dict[str, Any], name: str) -> str:
    """A readable account of how ``now`` differs from ``golden`` for input ``name``."""
    lines = [f"vnla check output for {name} differs from its golden file tests/golden/out/{name}.json"]
    lines.append(f"  counts: golden {_counts(golden)}, now {_counts(now)}")
    for key in ("exit_status", "stderr", "input", "command"):
        if golden.get(key) != now.get(key):
            lines.append(f"  {key}: golden {golden.get(key)!r}, now {now.get(key)!r}")
    old_report, new_report = golden.get("report", {}), now.get("report", {})
    for key in sorted(set(old_report) | set(new_report)):
        if key != "files" and old_report.get(key) != new_report.get(key):
            lines.append(f"  report.{key}: golden {old_report.get(key)!r}, now {new_report.get(key)!r}")
    old_files, new_files = old_report.get("files", []), new_report.get("files", [])
    if len(old_files) != len(new_files):
        lines.append(f"  report.files: golden {len(old_files)} files, now {len(new_files)}")
    for old, new in zip(old_files, new_files, strict=False):
        for key in sorted(set(old) | set(new)):
            if key != "findings" and old.get(key) != new.get(key):
                lines.append(f"  file.{key}: golden {old.get(key)!r}, now {new.get(key)!r}")
        if old.get("findings") != new.get("findings"):
            lines.append("  findings (golden #index / now #index: line:column verdict rule 'text'):")
            lines.extend(explain_findings(old.get("findings", []), new.get("findings", [])))
    if len(lines) == 2:  # nothing named above: show the text diff
        diff = difflib.unified_diff(
            dumps(golden).splitlines(), dumps(now).splitlines(), "golden", "now", lineterm="", n=2
        )
        lines.extend(list(diff)[:60])
    lines.append("  (if the change is intended, re-record: see tests/golden/record.py)")
    return "\n".join(lines)
