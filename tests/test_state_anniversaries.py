# SPDX-License-Identifier: MIT
"""
An anniversary of a country's state name, with no founding words ("the 51st anniversary of the
Lao PDR", "kỷ niệm 50 năm nước CHDCND Lào", "ຄົບຮອບ 50 ປີ ສປປ ລາວ"), counts from the state's
founding, its national day, when the name ends its noun phrase; the common name ("Laos") and a
name that goes on ("the Lao PDR joining ASEAN") count from nothing the record holds.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 6, 10)


def _ordinals(text: str, lang: str) -> list[str]:
    return [
        f.verdict.value
        for f in check_text(text, published=PUBLISHED, lang=lang).findings
        if f.kind == "ordinal"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In 2025 Laos marked the 50th anniversary of the Lao PDR.", "en", "ok"),
        ("In 2025 Laos marked the 55th anniversary of the Lao PDR.", "en", "contradiction"),
        ("The 50th anniversary of the Lao People's Democratic Republic fell in 2025.", "en", "ok"),
        ("In 2025 Vietnam marked the 80th anniversary of the Socialist Republic of Vietnam.", "en", "ok"),
        (
            "In 2025 Vietnam marked the 81st anniversary of the Socialist Republic of Vietnam.",
            "en",
            "contradiction",
        ),
        ("A concert on 2 December 2026 will mark the 51st anniversary of the Lao PDR.", "en", "ok"),
        ("Năm 2025, Lào long trọng kỷ niệm 50 năm nước CHDCND Lào.", "vi", "ok"),
        ("Năm 2025, Lào long trọng kỷ niệm 55 năm nước CHDCND Lào.", "vi", "contradiction"),
        ("ປີ 2025 ສະເຫຼີມສະຫຼອງ ຄົບຮອບ 50 ປີ ສປປ ລາວ ໃນວັນທີ 2 ທັນວາ.", "lo", "ok"),
        ("ປີ 2025 ສະເຫຼີມສະຫຼອງ ຄົບຮອບ 55 ປີ ແຫ່ງ ສປປ ລາວ.", "lo", "contradiction"),
        ("ປີ 2025 ສະເຫຼີມສະຫຼອງຄົບຮອບ55ປີສປປລາວ.", "lo", "contradiction"),
    ],
)
def test_an_anniversary_of_a_state_name_counts_from_its_founding(text: str, lang: str, expected: str) -> None:
    assert _ordinals(text, lang) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In 2027 the region marks the 30th anniversary of the Lao PDR joining ASEAN.",
        "In 2025 people marked the 55th anniversary of Laos.",
        "In 2025 the 20th anniversary of the Lao PDR Football Federation was marked.",
    ],
)
def test_a_name_that_is_not_the_state_or_goes_on_counts_from_nothing(text: str) -> None:
    assert "contradiction" not in _ordinals(text, "en")
