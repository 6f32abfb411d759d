# SPDX-License-Identifier: MIT
"""
A Lao month named with its month word and no year may run into the next word, as unspaced Lao
writes it ("ເດືອນມີນາມີງານ ...", March has a celebration): the month still dates an
anniversary its sentence counts, as "In March" and "Tháng 3" do.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.months import named_months

PUBLISHED = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("text", "month"),
    [("ເດືອນມີນາມີງານສະເຫຼີມສະຫຼອງ", 3), ("ໃນເດືອນທັນວາພວກເຮົາໄປວຽງຈັນ", 12), ("ເດືອນ ກໍລະກົດ ມີ ງານ", 7)],
)
def test_a_month_word_and_name_are_read_unspaced(text: str, month: int) -> None:
    assert [m for m, _s, _e in named_months(text)] == [month]


@pytest.mark.parametrize("text", ["ມີນາຍົກລັດຖະມົນຕີ", "ເດືອນມີນາ 2026", "ເດືອນມີນາ2026"])
def test_no_month_alone_where_a_name_starts_a_word_or_a_year_follows(text: str) -> None:
    assert named_months(text) == []


@pytest.mark.parametrize(("number", "verdict"), [(72, "contradiction"), (71, "ok")])
def test_the_month_dates_the_anniversary(number: int, verdict: str) -> None:
    text = f"ເດືອນມີນາມີງານສະເຫຼີມສະຫຼອງພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ {number} ປີ."
    report = check_text(text, published=PUBLISHED, lang="lo")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [verdict]
