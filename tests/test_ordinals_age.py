# SPDX-License-Identifier: MIT
"""
An age a body or a person "turns" (the word files' ``ordinals.age_heads``) is the anniversary of
its founding or birth: "the LPRP turns 73 on 22 March 2027" is a slip (it turns 72). A number after
the words that counts something else ("the page turns 3 times", "turns 50% higher") is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.parsing import parse_ordinals


def _ordinals(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 11, 10), lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spring (March): the LPRP turns 73 on 22 March 2027.", [("turns 73", "contradiction")]),
        ("Spring (March): the LPRP turns 72 on 22 March 2027.", [("turns 72", "ok")]),
        ("The Communist Party of Vietnam turned 96 this February.", [("turned 96", "ok")]),
        ("The Communist Party of Vietnam turned 95 this February.", [("turned 95", "contradiction")]),
    ],
)
def test_an_age_turned_is_its_foundings_anniversary(text: str, expected: list[tuple[str, str]]) -> None:
    assert _ordinals(text) == expected


@pytest.mark.parametrize(
    "text", ["The page turns 3 times.", "Trade turns 50% higher.", "It turns 2.5 points up."]
)
def test_a_number_after_turns_that_counts_something_else_is_no_age(text: str) -> None:
    assert parse_ordinals(text) == ()
