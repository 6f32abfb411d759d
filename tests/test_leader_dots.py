# SPDX-License-Identifier: MIT
"""
Dots that lead the eye along a line to its value (three or more, a space or a tab either side,
the line going on) end no sentence: "Vietnamese investment in Laos, April 2025 ... 267 projects,
USD 5.36 billion" keeps its metric and month for the sums.  An ellipsis written against its word
("He waited... Then") still ends one.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.checker.sentences import Sentences

PUBLISHED = date(2026, 7, 31)


@pytest.mark.parametrize(
    ("value", "verdict"), [("USD 5.36 billion", "contradiction"), ("USD 5.63 billion", "ok")]
)
def test_the_sum_after_leader_dots_keeps_its_metric(value: str, verdict: str) -> None:
    text = f"   Vietnamese investment in Laos, April 2025 ... 267 projects, {value}\n"
    report = check_text(text, published=PUBLISHED, lang="en")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "amount"] == [(value, verdict)]


@pytest.mark.parametrize(
    ("text", "at", "ends"),
    [
        ("Arrival ........... Monday, 16 March 2026", 18, False),
        ("Arrival ........... Monday, 16 March 2026", 8, False),
        ("He waited... Then he left.", 11, True),
        ("The list ends ...\nNext line", 16, True),
    ],
)
def test_which_dots_end_a_sentence(text: str, at: int, ends: bool) -> None:
    assert text[at] == "."
    assert Sentences(text).ends_sentence(at) is ends
