# SPDX-License-Identifier: MIT
"""
Sums written as a flow in a participle ("with Vietnam exporting USD 346 million and importing USD
633 million") take that flow's metric, and a currency written between a year and a number is
the number's ("in 2023 USD 1.6 billion"), never the year's. Each passes clean and catches a slip.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text


def _sums(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 4, 10), lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "amount"]


Q1 = "In the first quarter of 2025, two-way trade reached USD 979 million, with Vietnam exporting {} and importing {}."


def test_participles_of_a_flow_name_its_metric() -> None:
    assert _sums(Q1.format("USD 346 million", "USD 633 million")) == [
        ("USD 979 million", "ok"),
        ("USD 346 million", "ok"),
        ("USD 633 million", "ok"),
    ]
    # the two flows swapped are two slips, each against its own flow
    assert _sums(Q1.format("USD 633 million", "USD 346 million"))[1:] == [
        ("USD 633 million", "contradiction"),
        ("USD 346 million", "contradiction"),
    ]


@pytest.mark.parametrize(
    ("year_2023", "expected"),
    [("USD 1.6 billion", "ok"), ("USD 2.6 billion", "contradiction")],
)
def test_a_currency_between_a_year_and_a_number_is_the_numbers(year_2023: str, expected: str) -> None:
    text = f"Trade in 2022 was USD 1.65 billion, in 2023 {year_2023} and in 2024 USD 2.2 billion."
    assert _sums(text) == [("USD 1.65 billion", "ok"), (year_2023, expected), ("USD 2.2 billion", "ok")]


@pytest.mark.parametrize(("value", "expected"), [("USD 2.5 billion", "ok"), ("USD 4.5 billion", "unknown")])
def test_a_part_that_names_a_month_of_its_own_borrows_no_period(value: str, expected: str) -> None:
    # "by October" is a month the reader cannot place: the sum is not the nine months' before
    text = f"In the first nine months of 2025, trade totalled USD 2.36 billion; by October it had passed {value}."
    assert _sums(text) == [("USD 2.36 billion", "ok"), (value, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 trade reached USD 2.2 billion; it later passed {}.",
        "Trade reached USD 2.2 billion in 2024 and later rose to {}.",
        "Năm 2024 kim ngạch thương mại đạt 2,2 tỷ USD, sau đó vượt {}.",
    ],
)
def test_a_sum_said_to_come_later_is_of_no_period_before_it(text: str) -> None:
    # "later" puts the sum after the year named before it, at a time it does not say
    vi = "Năm" in text
    later = "2,98 tỷ USD" if vi else "USD 2.98 billion"
    report = check_text(text.format(later), published=date(2026, 4, 10), lang="vi" if vi else "en")
    sums = [(f.text, f.verdict.value) for f in report.findings if f.kind == "amount"]
    assert sums[-1][1] == "ok"
    assert sums[-1][0].endswith(later)  # ("vượt 2,98 tỷ USD": more than it)
    # "a year later" still dates it: a year on
    if not vi:
        slip = text.replace("later", "a year later").format("USD 2.5 billion")
        assert _sums(slip)[-1] == ("USD 2.5 billion", "contradiction")
