# SPDX-License-Identifier: MIT
"""
An anniversary in a month its sentence names with no year, about as far before the publication
as after it (``ordinals.anniversary``): the tense says which. A sentence in the future speaks of
the next one, one in the past of the last; a count of the other year is caught, the right one
passes, and a sentence with neither tense keeps the lenient reading (either year).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

# published on 14 March 2026: 5 September 2025 (the 63rd anniversary of diplomatic relations) and
# 5 September 2026 (the 64th) are about as far away
PUBLISHED = date(2026, 3, 14)

CASES = [
    (
        "en",
        "The two countries will mark the {n} anniversary of Vietnam–Laos diplomatic relations in September.",
        "64th",
        "65th",
    ),
    (
        "en",
        "In September the two countries marked the {n} anniversary of Vietnam–Laos diplomatic relations.",
        "63rd",
        "64th",
    ),
    ("vi", "Tháng 9 tới, hai nước sẽ kỷ niệm {n} năm quan hệ ngoại giao Việt Nam - Lào.", "64", "65"),
    ("lo", "ໃນເດືອນກັນຍາ ສອງປະເທດ ຈະ ສະເຫຼີມສະຫຼອງ ຄົບຮອບ {n} ປີ ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ.", "64", "65"),
]


def _ordinals(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(("lang", "template", "right", "wrong"), CASES)
def test_the_other_years_count_is_caught(lang: str, template: str, right: str, wrong: str) -> None:
    assert _ordinals(template.format(n=wrong), lang) == ["contradiction"]


@pytest.mark.parametrize(("lang", "template", "right", "wrong"), CASES)
def test_the_count_of_the_year_the_tense_gives_passes(
    lang: str, template: str, right: str, wrong: str
) -> None:
    assert _ordinals(template.format(n=right), lang) == ["ok"]


def test_without_a_tense_either_year_passes() -> None:
    for n in ("63rd", "64th"):
        text = f"September: the {n} anniversary of Vietnam–Laos diplomatic relations."
        assert _ordinals(text, "en") == ["ok"], n


# May 2026 brought the 136th anniversary of Ho Chi Minh's birth (19 May 1890); published in June
BESIDE_THE_FOUNDING_YEAR = [
    ("vi", "Tháng 5: kỷ niệm {n} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890)."),
    ("lo", "ເດືອນພຶດສະພາ: ຫ້ອງການຈັດງານລະນຶກວັນເກີດປະທານໂຮ່ຈີມິນ (ວັນທີ19ພຶດສະພາ1890) ຄົບຮອບ{n}ປີ."),
]


@pytest.mark.parametrize(("lang", "template"), BESIDE_THE_FOUNDING_YEAR)
def test_a_month_beside_the_founding_year_still_dates_the_anniversary(lang: str, template: str) -> None:
    def ordinals(n: int) -> list[str]:
        report = check_text(template.format(n=n), published=date(2026, 6, 30), lang=lang)
        return [f.verdict.value for f in report.findings if f.kind == "ordinal"]

    assert ordinals(137) == ["contradiction"]
    assert ordinals(136) == ["ok"]
