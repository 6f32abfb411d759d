# SPDX-License-Identifier: MIT
"""
The bundled data against its sources: every quote verbatim, every fact sourced.

These tests read the five seed documents and REFERENCE.md from
``tests/fixtures`` (copies of ``shared/``), so they run on any clone.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import attrs
import pytest

import vnla
from vnla.model import Source, SourceKind, Term

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def texts(seed_texts: dict[str, str], reference_text: str) -> dict[str, str]:
    """The text each source's quotes must be found in, whitespace collapsed."""
    out = {}
    for source in vnla.dataset().sources:
        if source.file:
            out[source.id] = squash(seed_texts[source.file])
        else:
            out[source.id] = squash(reference_text)
    return out


def test_every_seed_is_a_source_exactly_once() -> None:
    files = [s.file for s in vnla.dataset().sources if s.file]
    assert sorted(files) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_web_pages_are_cited_by_an_address_from_reference(reference_text: str) -> None:
    for source in vnla.dataset().sources:
        if source.kind is SourceKind.WEB_PAGE:
            assert source.url and source.url in reference_text, source.id
            assert source.id.startswith("web:") and source.file is None, source.id
        else:
            assert not source.id.startswith("web:"), source.id


def test_every_quote_is_verbatim_in_its_source(texts: dict[str, str]) -> None:
    missing = [
        f"{c.record} {c.path}: {c.evidence.quote!r} not in {c.evidence.source}"
        for c in vnla.dataset().citations()
        if not c.evidence.is_note and squash(c.evidence.quote) not in texts[c.evidence.source]
    ]
    assert not missing, "\n".join(missing)


def test_errata_quotes_are_verbatim(texts: dict[str, str]) -> None:
    for erratum in vnla.dataset().errata:
        assert squash(erratum.quote) in texts[erratum.source], erratum.id
        assert erratum.says in erratum.quote or squash(erratum.says) in texts[erratum.source], erratum.id


def test_every_fact_has_evidence() -> None:
    unsourced = []
    for record in vnla.dataset():
        if isinstance(record, Term | Source):
            continue  # vocabulary and the sources themselves
        if not vnla.dataset().evidence_for(record.id) and not getattr(record, "clauses", ()):
            unsourced.append(record.id)
    assert not unsourced


def test_text_is_nfc_everywhere() -> None:
    for record in vnla.dataset():
        for attribute in attrs.fields(type(record)):
            value = getattr(record, attribute.name)
            if isinstance(value, str):
                assert unicodedata.is_normalized("NFC", value), (record.id, attribute.name)


def test_joint_statement_is_bundled_whole(seed_texts: dict[str, str]) -> None:
    ds = vnla.dataset()
    statement = ds.get("joint-statement-2025-12-02")
    source = ds.get(statement.source)
    assert [c.number for c in statement.clauses] == list(range(1, 11))
    assert squash(ds.source_text(source.id)) == squash(seed_texts[source.file])


def test_vietnamese_and_lao_names_have_an_english_gloss() -> None:
    for record, _name in vnla.dataset().named():
        label = getattr(record, "name", None)
        english = label.preferred("en") if label is not None else record.title
        assert english, record.id
