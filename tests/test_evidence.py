# SPDX-License-Identifier: MIT
"""Evidence says what it is: a quote verbatim in its source, or a note (a paraphrase); no markdown in either."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

import vnla
from vnla import check
from vnla.model.records import Evidence
from vnla.record.loading import texts_from_folder

DATA = Path(vnla.__file__).parent / "data"
SEEDS = Path(__file__).parent / "fixtures" / "seeds"

#: Markdown a research note leaves behind: code spans, bold, table rows, links.
_MARKDOWN = re.compile(r"`|\*\*|__|(?:^|\s)\|(?:\s|$)|\]\(")


def _evidence(value: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
    """Every evidence table under ``value``, with its path."""
    out: list[tuple[str, dict[str, Any]]] = []
    if isinstance(value, dict):
        if "source" in value and ("quote" in value or "note" in value):
            out.append((path, value))
        for key, item in value.items():
            out.extend(_evidence(item, f"{path}.{key}"))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(_evidence(item, f"{path}[{i}]"))
    return out


def _problems(text: str) -> list[str]:
    found = []
    if _MARKDOWN.search(text):
        found.append("markdown")
    for opening, closing in ("()", "[]", "{}"):
        if text.count(opening) != text.count(closing):
            found.append(f"unbalanced {opening}{closing}")
    if text.count('"') % 2:
        found.append("an unclosed double quote")
    return found


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.name)
def test_no_markdown_in_evidence(path: Path) -> None:
    with path.open("rb") as f:
        data = tomllib.load(f)
    bad = [
        (where, field, entry[field], problems)
        for where, entry in _evidence(data, "$")
        for field in ("quote", "note")
        if isinstance(entry.get(field), str) and (problems := _problems(entry[field]))
    ]
    assert not bad, "\n".join(f"{path.name} {w}.{f}: {t!r} ({', '.join(p)})" for w, f, t, p in bad)


def test_markdown_is_seen() -> None:
    assert _problems("Lao script: `ໂຕເລິມ` (VNA Lao service") == ["markdown", "unbalanced ()"]
    assert _problems("| CPV founded | **1930-02-03** |") == ["markdown"]
    assert _problems("elected on 2024-05-22 (472 of 473 votes)") == []


def test_every_quote_is_verbatim_where_the_text_is_held() -> None:
    """The seeds and the bundled joint statement: every quote citing them is in their text."""
    ds = vnla.dataset()
    texts = texts_from_folder(ds, SEEDS)
    assert len(texts) == 5
    report = check(ds, rules=["evidence.quote-in-source"], texts=texts)
    assert report.ok, report.to_text()
    held = {s.id for s in ds.sources if s.text_bundled} | set(texts)
    quoted = [e for e in ds.evidence if e.source in held and not e.is_note]
    assert len(quoted) > 100  # the test looked at them


def test_a_note_is_evidence_without_a_quote() -> None:
    note = Evidence(source="web:vns-1730802", note="the hosts at Wattay airport")
    assert (note.is_note, note.quote, note.text) == (True, "", "the hosts at Wattay airport")
    quote = Evidence(source="vns-2026-01-26", quote="on Monday in Hà Nội")
    assert (quote.is_note, quote.text) == (False, "on Monday in Hà Nội")
    with pytest.raises(ValueError, match="a quote or a note"):
        Evidence(source="vns-2026-01-26")
