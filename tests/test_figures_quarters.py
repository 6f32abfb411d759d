# SPDX-License-Identifier: MIT
"""
Quarters and sums: "first-quarter 2025" (the year right after the quarter's word), "quý I"
with no year (of the publication's year, or of a year that opens the sentence: "In 2025, ...
in the first quarter"), and a sum of both directions said in a few words after them ("for a
quarter total of").  In the first quarter of 2025, Vietnam exported USD 346 million of goods
to Laos, Laos USD 633 million to Vietnam, and the two traded USD 979 million.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text


def _verdicts(text: str, published: date, lang: str = "en") -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind in ("amount", "figure", "change")]


@pytest.mark.parametrize(
    ("text", "published", "lang", "expected"),
    [
        # the year right after "first-quarter", with no "of"
        ("First-quarter 2025 Lao exports to Vietnam: US$633 million.", date(2026, 1, 20), "en", "ok"),
        (
            "First-quarter 2025 Lao exports to Vietnam: US$663 million.",
            date(2026, 1, 20),
            "en",
            "contradiction",
        ),
        # a year that opens the sentence is the quarter's
        (
            "In 2025, Vietnam's exports to Laos in the first quarter alone reached US$346 million.",
            date(2026, 4, 20),
            "en",
            "ok",
        ),
        (
            "In 2025, Vietnam's exports to Laos in the first quarter alone reached US$436 million.",
            date(2026, 4, 20),
            "en",
            "contradiction",
        ),
        (
            "Năm 2025, Việt Nam xuất khẩu sang Lào riêng quý I đã đạt 436 triệu USD.",
            date(2026, 4, 20),
            "vi",
            "contradiction",
        ),
        # "quý I" with no year: the publication's year's
        ("Trong quý I, Việt Nam xuất khẩu sang Lào đạt 346 triệu USD.", date(2025, 5, 20), "vi", "ok"),
        (
            "Trong quý I, Việt Nam xuất khẩu sang Lào đạt 436 triệu USD.",
            date(2025, 5, 20),
            "vi",
            "contradiction",
        ),
        # a year said for another figure, not opening the sentence, is not the quarter's: 2026's
        # first quarter, of which the record holds nothing
        (
            "Trade reached US$2.98 billion in 2025, and in the first quarter Vietnam's exports to Laos came to "
            "US$436 million.",
            date(2026, 4, 20),
            "en",
            "unknown",
        ),
    ],
)
def test_a_quarters_year(text: str, published: date, lang: str, expected: str) -> None:
    assert _verdicts(text, published, lang)[-1][1] == expected


def test_the_letter_q_with_no_year_is_no_quarter() -> None:
    # "Q: I ..." is an interview's question, not the first quarter
    text = "Q: I read that Vietnam's exports to Laos were US$436 million. A: In some months."
    assert _verdicts(text, date(2025, 5, 20)) == [("US$436 million", "unknown")]


@pytest.mark.parametrize(("total", "expected"), [("979", "ok"), ("997", "contradiction")])
def test_a_sum_of_both_directions_in_a_few_words(total: str, expected: str) -> None:
    text = (
        "The first-quarter 2025 breakdown shows Vietnamese exports to Laos of US$346 million and Lao "
        f"exports to Vietnam of US$633 million, for a quarter total of US${total} million."
    )
    assert _verdicts(text, date(2026, 1, 20)) == [
        ("US$346 million", "ok"),
        ("US$633 million", "ok"),
        (f"US${total} million", expected),
    ]


def test_a_total_of_one_flow_is_that_flows() -> None:
    text = (
        "Trade between Vietnam and Laos in the first seven months of 2025 came to US$2.0 billion, and "
        "the nine-month total was US$2.36 billion."
    )
    assert _verdicts(text, date(2026, 4, 20))[-1] == ("US$2.36 billion", "ok")
