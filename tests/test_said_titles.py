# SPDX-License-Identifier: MIT
"""
A title said of a name ("Kaysone Phomvihane là Chủ tịch nước", "is President") or given as the
capacity a person acted in ("visited Hanoi as President") claims the office at the time its
sentence states: a late leader's office of a later term is a slip there.  Before the name
("President Kaysone Phomvihane" in 1979) it stays the name he is remembered by, unknown.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 7, 27)


def _titles(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Trường được thành lập năm 1979, khi Kaysone Phomvihane đang là Chủ tịch nước Lào.", "vi"),
        ("Năm 1979, Kaysone Phomvihane là Chủ tịch nước Lào.", "vi"),
        ("In 1979 Kaysone Phomvihane is President of Laos, the poster says.", "en"),
        ("In 1979 Kaysone Phomvihane visited Hanoi as President of Laos.", "en"),
        # a relative clause ("ຊຶ່ງ ເປັນ", who was), spaced or not: a living leader's office of another time
        ("ໃນ ປີ 2024 ທ່ານ ສອນໄຊ ສີພັນດອນ ຊຶ່ງ ເປັນ ຮອງນາຍົກລັດຖະມົນຕີ ໃນ ເວລາ ນັ້ນ ໄດ້ ມາ ຢ້ຽມ ດ່ານ.", "lo"),
        ("ໃນປີ 2024 ທ່ານສອນໄຊສີພັນດອນເຊິ່ງເປັນຮອງນາຍົກລັດຖະມົນຕີໄດ້ມາຢ້ຽມດ່ານ.", "lo"),
    ],
)
def test_a_title_said_of_a_name_outside_its_term_is_caught(text: str, lang: str) -> None:
    assert _titles(text, lang) == ["contradiction"]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # before the name: the title he is remembered by
        ("Năm 1979, Chủ tịch nước Kaysone Phomvihane thăm Hà Nội.", "vi", "unknown"),
        ("In 1979 President Kaysone Phomvihane visited Hanoi.", "en", "unknown"),
        # in his term
        ("Năm 1992, Kaysone Phomvihane là Chủ tịch nước Lào.", "vi", "ok"),
        ("In 1992 Kaysone Phomvihane visited Hanoi as President of Laos.", "en", "ok"),
        # no date stated: the title of a late leader
        ("Kaysone Phomvihane là Chủ tịch nước Lào.", "vi", "ok"),
        ("ໃນປີ 2024 ທ່ານສອນໄຊສີພັນດອນເຊິ່ງເປັນນາຍົກລັດຖະມົນຕີໄດ້ມາຢ້ຽມດ່ານ.", "lo", "ok"),
    ],
)
def test_otherwise_as_before(text: str, lang: str, verdict: str) -> None:
    assert _titles(text, lang) == [verdict]
