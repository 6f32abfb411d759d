# SPDX-License-Identifier: MIT
"""
A sum whose own period's words stand right after it and cannot be placed alone ("for the whole
year") takes no period from the months before it in its clause: with words of a whole year, it
is the whole of the one year the sentence's periods lie in.  Bilateral trade was USD 2.36
billion in January-September 2025 and USD 2.98 billion in 2025, up 32.7 per cent.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _verdicts(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published="2026-03-01", lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind in ("amount", "figure", "change")]


def test_the_whole_year_after_months_is_that_years_whole() -> None:
    text = (
        "The note puts Vietnam–Laos trade at USD 2.36 billion for January-September 2025 and "
        "USD 2.98 billion for the whole year, up 32.7 per cent."
    )
    assert _verdicts(text) == [
        ("USD 2.36 billion", "ok"),
        ("USD 2.98 billion", "ok"),
        ("32.7 per cent", "ok"),
    ]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        (
            "The note puts Vietnam–Laos trade at USD 2.36 billion for January-September 2025 and "
            "USD 2.89 billion for the whole year.",
            "USD 2.89 billion",
        ),
        (
            "The note puts Vietnam–Laos trade at USD 2.63 billion for January-September 2025 and "
            "USD 2.98 billion for the whole year.",
            "USD 2.63 billion",
        ),
    ],
)
def test_a_slip_of_either_period_is_still_caught(text: str, slip: str) -> None:
    assert [t for t, v in _verdicts(text) if v == "contradiction"] == [slip]


def test_the_whole_year_of_no_one_year_is_no_period() -> None:
    report = check_text(
        "Vietnam–Laos trade came to USD 2.98 billion for the whole year.", published="2026-03-01"
    )
    [finding] = [f for f in report.findings if f.kind == "amount"]
    assert str(finding.message).startswith("no period stated")
