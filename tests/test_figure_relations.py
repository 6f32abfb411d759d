# SPDX-License-Identifier: MIT
"""
What a sentence's sums say of each other: a sum right after a change and words of its base
("up 32.7% from 2.25 billion USD", "tăng 32,7% so với mức 2,25 tỷ USD") is the base period's, not
the period the change came to.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def amounts(text: str, lang: str) -> dict[str, str]:
    report = CHECKER.check_text(text, published=date(2026, 6, 15), lang=lang)
    return {f.text: f.verdict.value for f in report.findings if f.kind == "amount"}


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        (
            "Trade in 2025 reached 2.98 billion USD, up 32.7% from 2.25 billion USD.",
            "en",
            "2.25 billion USD",
            "ok",
        ),
        (
            "Trade in 2025 reached 2.98 billion USD, up 32.7% compared with 2.25 billion USD.",
            "en",
            "2.25 billion USD",
            "ok",
        ),
        ("Kim ngạch năm 2025 đạt 2,98 tỷ USD, tăng 32,7% so với mức 2,25 tỷ USD.", "vi", "2,25 tỷ USD", "ok"),
        # the base's sum against the base's period: 2024's trade was about 2.2 billion USD
        (
            "Trade in 2025 reached 2.98 billion USD, up 32.7% from 2.5 billion USD.",
            "en",
            "2.5 billion USD",
            "contradiction",
        ),
    ],
)
def test_a_sum_after_a_changes_base_words_is_the_bases(text: str, lang: str, said: str, verdict: str) -> None:
    assert amounts(text, lang)[said] == verdict
