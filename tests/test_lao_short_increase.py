# SPDX-License-Identifier: MIT
"""
"ເພີ່ມ" alone before a percentage says an increase, as "ເພີ່ມຂຶ້ນ" does ("(ເພີ່ມ 16,2%)"), and so
does a table's column headed "ເພີ່ມ": the change is judged against the record's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 9, 8)


def _changes(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang="lo")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "change"]


@pytest.mark.parametrize(("number", "verdict"), [("16,2", "contradiction"), ("12,6", "ok")])
def test_short_increase_before_a_percentage(number: str, verdict: str) -> None:
    text = f"ການຄ້າ ປີ 2019 ປະມານ 1,1-1,2 ຕື້ ໂດລາ (ເພີ່ມ {number}%)."
    assert _changes(text) == [(f"{number}%", verdict)]


def test_a_column_headed_increase() -> None:
    text = (
        "■ ຕົວເລກການຄ້າ\n"
        "| ໄລຍະ | ມູນຄ່າ | ເພີ່ມ |\n"
        "| 7 ເດືອນຕົ້ນປີ 2025 | ປະມານ 2 ຕື້ໂດລາ | 69% |\n"
        "| ໝົດປີ 2025 | 2,98 ຕື້ໂດລາ | 32,7% |\n"
    )
    assert _changes(text) == [("69%", "contradiction"), ("32,7%", "ok")]
