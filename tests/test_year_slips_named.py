# SPDX-License-Identifier: MIT
"""
A day of a recorded event in another year, where the sentence names the event by its number and
its body ("the 48th meeting of the Vietnam–Laos Intergovernmental Committee ... 3 December 2024")
or by all of the two or more people who led it ("On 5 February 2025 To Lam and Thongloun
Sisoulith agreed ..."): the year is the slip.  A recorded event dated only "not after" some day
fits any day before it, and leaves the number's event in place.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 6, 30)


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.message) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The 48th meeting of the Vietnam–Laos Intergovernmental Committee was held on 3 December 2024.",
            "en",
        ),
        ("ປີ ກາຍ ກອງປະຊຸມ ຄັ້ງທີ 48 ຂອງ ຄະນະກຳມະການ ຈັດ ວັນທີ 3 ທັນວາ 2024.", "lo"),
    ],
)
def test_a_numbered_meeting_in_another_year(text: str, lang: str) -> None:
    [(verdict, message)] = _dates(text, lang)
    assert verdict == "contradiction"
    assert "intergovernmental-committee-48" in message


def test_a_numbered_meeting_on_its_day_is_ok() -> None:
    text = "The 48th meeting of the Vietnam–Laos Intergovernmental Committee was held on 3 December 2025."
    assert [verdict for verdict, _m in _dates(text, "en")] == ["ok"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 5 February 2025 To Lam and Thongloun Sisoulith agreed to set up a monitoring mechanism.", "en"),
        ("ໃນວັນທີ 5 ກຸມພາ 2025 ທ່ານໂຕເລິມແລະທ່ານທອງລຸນສີສຸລິດໄດ້ເຫັນດີຕັ້ງກົນໄກຕິດຕາມໂຄງການໃຫຍ່.", "lo"),
    ],
)
def test_the_day_of_the_two_leaders_in_another_year(text: str, lang: str) -> None:
    [(verdict, message)] = _dates(text, lang)
    assert verdict == "contradiction"
    assert "the same day of another year" in message
    # the one-day talks they led, not the state visit that began that day
    assert "Talks between To Lam and Thongloun Sisoulith" in message


@pytest.mark.parametrize(
    "text",
    [
        # one of the two named: any day of his
        "On 5 February 2025 To Lam met business leaders.",
        # the same day and month in the record's year
        "On 5 February 2026 To Lam and Thongloun Sisoulith agreed to set up a monitoring mechanism.",
        # another day
        "On 6 February 2025 To Lam and Thongloun Sisoulith agreed to set up a monitoring mechanism.",
    ],
)
def test_otherwise_no_slip(text: str) -> None:
    assert "contradiction" not in [verdict for verdict, _m in _dates(text, "en")]
