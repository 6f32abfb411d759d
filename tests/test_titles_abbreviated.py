# SPDX-License-Identifier: MIT
"""
Vietnamese notes and tables write titles as abbreviations (the word file's ``titles.roles``):
TBT (Tổng Bí thư), CTN (Chủ tịch nước), TTg (Thủ tướng), CTQH (Chủ tịch Quốc hội), PTTg (Phó
Thủ tướng).  Each is judged as the title written out.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _titles(text: str, lang: str = "vi") -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 3, 5), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10–13/9/2024: Thongloun Sisoulith sang Việt Nam, CTN Võ Văn Thưởng đón.",
            [("CTN Võ Văn Thưởng", "contradiction")],  # no longer President after March 2024
        ),
        (
            "Ngày 2/12/2025 tại Viêng Chăn, TBT Tô Lâm và TBT, CTN Thongloun Sisoulith đồng chủ trì.",
            [("TBT Tô Lâm", "ok"), ("TBT, CTN Thongloun Sisoulith", "ok")],
        ),
        (
            "Ngày 5/2/2026, TTg Phạm Minh Chính và CTQH Trần Thanh Mẫn tháp tùng.",
            [("TTg Phạm Minh Chính", "ok"), ("CTQH Trần Thanh Mẫn", "ok")],
        ),
    ],
)
def test_abbreviated_titles_are_judged(text: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(text) == expected


def test_an_abbreviation_of_another_thing_is_no_title() -> None:
    # TBT: the WTO's technical barriers to trade
    assert _titles("Laos applies the WTO TBT Agreement and notifies TBT measures.", "en") == []
