# SPDX-License-Identifier: MIT
"""
An anniversary in a month named with no year: the month's day within a year of the
publication, either way, so a count that falls in another year is a contradiction ("in
September ... the 65th anniversary of diplomatic relations" in March 2026: 2025 or 2026, never
2027), and a count of one of those years stays right.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Expect flags on the quay in September for the 65th anniversary of diplomatic relations (5 September 1962).",
            "contradiction",
        ),
        ("In July we marked the 50th anniversary of the Treaty of Amity and Cooperation.", "contradiction"),
        (
            "Expect flags on the quay in September for the 64th anniversary of diplomatic relations (5 September 1962).",
            "ok",
        ),
        ("September brings the 63rd anniversary of diplomatic relations (5 September 1962).", "ok"),
    ],
)
def test_a_count_out_of_the_months_reach_is_a_contradiction(text: str, verdict: str) -> None:
    report = CHECKER.check_text(text, published=date(2026, 3, 10), lang="en")
    [said] = [f.verdict.value for f in report.findings if f.kind == "ordinal"]
    assert said == verdict
