# SPDX-License-Identifier: MIT
"""
A listing given as what the framework became on the day its stage began (``framework.listing``):
"On 2 December 2025 the relationship was upgraded to ...", "Since 2 December 2025 the two sides
have called the relationship ...", "ນັບແຕ່ວັນທີ2ທັນວາ2025ເປັນຕົ້ນມາ ... ວ່າ ...". The earlier three
elements so given are a slip (a warning); the four pass; so do the three where the sentence
names the element added ("added strategic cohesion to the formula of ..."), or where the day is
only the listing's ("On 2 December 2025 the leaders reaffirmed ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2025, 12, 20)
THREE = "great friendship, special solidarity and comprehensive cooperation"
FOUR = "great friendship, special solidarity, comprehensive cooperation and strategic cohesion"


def _listings(text: str, lang: str = "en") -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.rule) for f in report.findings if f.rule == "framework.listing"]


@pytest.mark.parametrize(
    ("template", "lang"),
    [
        ('On 2 December 2025 the relationship was upgraded to "{}".', "en"),
        ('Since 2 December 2025 the two sides have officially called the relationship "{}".', "en"),
    ],
)
def test_the_earlier_three_given_as_the_new_framework_are_a_slip(template: str, lang: str) -> None:
    assert _listings(template.format(THREE), lang) == [("contradiction", "framework.listing")]
    assert _listings(template.format(FOUR), lang) == []


def test_in_lao_with_since_glued_to_the_date() -> None:
    text = (
        "ນັບແຕ່ວັນທີ2ທັນວາ2025ເປັນຕົ້ນມາ,ສອງຝ່າຍເອີ້ນສາຍພົວພັນຢ່າງເປັນທາງການວ່າ"
        '"ມິດຕະພາບອັນຍິ່ງໃຫຍ່,ຄວາມສາມັກຄີພິເສດແລະການຮ່ວມມືຮອບດ້ານ".'
    )
    assert _listings(text, "lo") == [("contradiction", "framework.listing")]


@pytest.mark.parametrize(
    "text",
    [
        f'On 2 December 2025 the two sides added "strategic cohesion" to the formula of {THREE}.',
        f'On 2 December 2025 the leaders reaffirmed the "{THREE}".',
        f'On 1 December 2025 the relationship was still described as "{THREE}".',
    ],
)
def test_the_three_elsewhere_pass(text: str) -> None:
    assert _listings(text) == []
