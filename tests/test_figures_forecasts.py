# SPDX-License-Identifier: MIT
"""
A forecast is no target, however its horizon is said ("Analysts forecast trade of USD 4 billion
by 2027": ``amounts.forecast_over_horizon``), and a sum in dong is not compared with the
record's dollars; a province's trade is a part of the two countries'.  The record's USD 4
billion target was for 2020; trade in 2025 was USD 2.98 billion.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text


def _amounts(text: str, lang: str = "en") -> list[str]:
    report = check_text(text, published=date(2026, 5, 10), lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "amount"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Analysts forecast two-way trade of USD 4 billion by 2027.", "en"),
        ("Trade between Vietnam and Laos is forecast to reach USD 10 billion in the near term.", "en"),
        ("Các chuyên gia dự báo kim ngạch thương mại Việt Nam - Lào đạt 4 tỷ USD vào năm 2027.", "vi"),
        ("Trade was worth about 75,000 billion dong in 2025.", "en"),
    ],
)
def test_forecasts_and_other_currencies_are_not_judged(text: str, lang: str) -> None:
    assert _amounts(text, lang) == ["unknown"]


def test_a_target_said_with_its_horizon_is_still_judged() -> None:
    # the record's near-term target is USD 5 billion
    assert _amounts("The two countries set a near-term trade target of USD 10 billion.") == ["contradiction"]
    assert _amounts("Trade is expected to reach USD 10 billion in the near term.") == ["contradiction"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nghe An province traded USD 250 million with Laos in 2025.", "en"),
        ("Tỉnh Nghệ An có kim ngạch thương mại với Lào đạt 250 triệu USD năm 2025.", "vi"),
        ("ແຂວງ ຄຳມ່ວນ ມີມູນຄ່າການຄ້າ ກັບ ຫວຽດນາມ 300 ລ້ານໂດລາ ໃນປີ 2025.", "lo"),
    ],
)
def test_a_provinces_trade_is_a_part_of_the_two_countries(text: str, lang: str) -> None:
    # a province's trade with the other country is a part of the two countries' (USD 2.98
    # billion in 2025), which the record does not hold
    assert _amounts(text, lang) == ["unknown"]
