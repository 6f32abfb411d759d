# SPDX-License-Identifier: MIT
"""The fixture texts the checker's equivalence tests run over (imported by those tests)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_texts(paragraphs: int) -> list[str]:
    """Every seed, news and evaluation text of the fixtures, then the first ``paragraphs`` of the seeds'."""
    files = sorted((FIXTURES / "seeds").glob("*.txt"))
    files += sorted((FIXTURES / "news").glob("*.txt"))
    files += sorted((FIXTURES / "eval").rglob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    seeds = [p for f in files[:5] for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return texts + seeds[:paragraphs]
