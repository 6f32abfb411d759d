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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Trade was USD 2.2 billion in 2024 and USD 2.98 billion in 2025, a rise of about USD 780 million.",
            "en",
        ),
        ("Trade in 2025 rose by USD 780 million to USD 2.98 billion.", "en"),
        ("In 2025 trade between Vietnam and Laos grew USD 780 million on the year before.", "en"),
        ("Năm 2025 kim ngạch thương mại Việt Nam - Lào đạt 2,98 tỷ USD, tăng 780 triệu USD.", "vi"),
    ],
)
def test_a_sum_a_figure_changed_by_is_not_what_it_came_to(text: str, lang: str) -> None:
    # the record holds 2025's trade (USD 2.98 billion), not how much it rose by
    found = _verdicts(text, date(2026, 3, 10), lang)
    assert "contradiction" not in {v for _t, v in found}
    assert [v for t, v in found if "780" in t] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trade between Vietnam and Laos in 2025 rose to USD 2.89 billion.", "en"),
        ("Năm 2025 kim ngạch thương mại Việt Nam - Lào tăng lên 2,89 tỷ USD.", "vi"),
    ],
)
def test_a_sum_a_figure_rose_to_is_still_judged(text: str, lang: str) -> None:
    assert _verdicts(text, date(2026, 3, 10), lang)[-1][1] == "contradiction"
