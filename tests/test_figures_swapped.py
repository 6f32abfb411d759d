# SPDX-License-Identifier: MIT
"""
A figure the record cannot date (no period stated, a stock older than the text by more than six
months, or a month the record holds no stock for) that is a recorded figure of its metric with
two neighbouring digits swapped is a slip of the keyboard: a contradiction that names the
recorded figure.  Anything less sure stays unknown.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def _figures(text: str, lang: str = "vi", published: str = "2025-12-10") -> list[tuple[str, str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [
        (f.text, f.verdict.value, str(f.message)) for f in report.findings if f.kind in ("figure", "amount")
    ]


@pytest.mark.parametrize(
    ("said", "recorded"),
    [("5,36 tỷ USD", "5.63 bn USD"), ("6,53 tỷ USD", "5.63 bn USD")],
)
def test_swapped_digits_of_a_stock_are_a_slip(said: str, recorded: str) -> None:
    found = _figures(f"Việt Nam có 267 dự án đầu tư tại Lào với tổng vốn {said}.")
    (capital,) = [f for f in found if f[0] == said]
    assert capital[1] == "contradiction"
    assert recorded in capital[2]
    assert "two digits swapped" in capital[2]


def test_a_count_with_swapped_digits_is_a_slip() -> None:
    found = {t: v for t, v, _m in _figures("Việt Nam có 276 dự án đầu tư tại Lào với tổng vốn 5,63 tỷ USD.")}
    assert found["276 dự án"] == "contradiction"


@pytest.mark.parametrize(
    "said",
    [
        "5,63 tỷ USD",  # the recorded digits: unknown, as the stock is old
        "5,6 tỷ USD",  # another precision: no swap of the written digits
        "3,65 tỷ USD",  # digits not neighbours
        "5,64 tỷ USD",  # another digit, not a swap
    ],
)
def test_other_digits_are_not_called_swapped(said: str) -> None:
    found = {t: v for t, v, _m in _figures(f"Việt Nam có 267 dự án đầu tư tại Lào với tổng vốn {said}.")}
    assert found[said] == "unknown"


def test_two_digits_are_too_few_to_call_a_swap() -> None:
    # 76 projects is 67 with its digits swapped, but two digits meet that way by chance too
    found = {t: v for t, v, _m in _figures("Việt Nam có 76 dự án đầu tư tại Lào với tổng vốn 5,63 tỷ USD.")}
    assert found["76 dự án"] == "unknown"


def test_a_flow_with_swapped_digits_stays_unknown() -> None:
    # trade over months the text does not name may have any value: 2.63 is no sure slip of the
    # 2.36 billion of January to September 2025
    found = {t: v for t, v, _m in _figures("Kim ngạch thương mại hai chiều đạt 2,63 tỷ USD.")}
    assert found["2,63 tỷ USD"] == "unknown"
