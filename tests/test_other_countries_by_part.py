# SPDX-License-Identifier: MIT
"""
Another country named only in another part of a sentence, between semicolons, where the
figure's own part names both Vietnam and Laos, does not make the figure maybe that country's
("... trade between Vietnam and Laos reached ..., up 23.7 per cent ...; and calls on British
firms to ..."): it is judged. A country in the figure's own part still holds it back.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "That this House notes that trade between Vietnam and Laos reached 2.98 billion US dollars "
            "in 2025, up 23.7 per cent on the previous year; and calls on British engineering firms "
            "to take part.",
            "23.7 per cent",
            "contradiction",
        ),
        (
            "Vietnam-Laos trade reached USD 2.98 billion in 2025, up 23.7%; Cambodia-Laos trade rose 10%.",
            "10%",
            "unknown",
        ),
        ("Trade reached USD 2.98 billion in 2025; Thailand and Vietnam grew 23.7%.", "23.7%", "unknown"),
    ],
)
def test_another_country_in_another_part_of_the_sentence(text: str, said: str, verdict: str) -> None:
    report = CHECKER.check_text(text, published=date(2026, 9, 8), lang="en")
    assert (said, verdict) in [(f.text, f.verdict.value) for f in report.findings]
