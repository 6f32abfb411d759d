# SPDX-License-Identifier: MIT
"""
A line written in capitals, as banners, T-shirts and headings are ("65 NĂM QUAN HỆ NGOẠI GIAO
VIỆT NAM – LÀO", "KỶ NIỆM 64 NĂM ..."), is read for its ordinals as in lower case; the finding
keeps the words as written.  A Roman numeral in such a line stays a numeral ("ĐẠI HỘI XIV"):
it is not lowered with the words around it.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.parsing import parse_ordinals

PUBLISHED = date(2026, 3, 10)


def _ordinals(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang="vi")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KỶ NIỆM 63 NĂM NGÀY THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM – LÀO (5/9/1962 – 5/9/2025)",
            [("KỶ NIỆM 63 NĂM", "ok")],
        ),
        (
            "KỶ NIỆM 65 NĂM NGÀY THIẾT LẬP QUAN HỆ NGOẠI GIAO VIỆT NAM – LÀO (5/9/1962 – 5/9/2025)",
            [("KỶ NIỆM 65 NĂM", "contradiction")],
        ),
        ("Băng rôn:\nCHÀO MỪNG 71 NĂM NGÀY THÀNH LẬP ĐẢNG NHÂN DÂN CÁCH MẠNG LÀO", [("71 NĂM", "ok")]),
    ],
)
def test_a_line_in_capitals_is_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _ordinals(text) == expected


def test_a_roman_numeral_in_capitals_is_kept() -> None:
    assert _ordinals("CHÀO MỪNG ĐẠI HỘI XIV CỦA ĐẢNG CỘNG SẢN VIỆT NAM") == [("ĐẠI HỘI XIV", "ok")]


def test_parse_ordinals_reads_lines_in_capitals() -> None:
    """The public parser reads them too, and keeps the words as written and their places."""
    text = "Trên băng rôn:\nĐẠI HỘI XIV VÀ 65 NĂM QUAN HỆ NGOẠI GIAO\nthe 50th anniversary"
    found = [(o.number, o.noun, o.text, text[slice(*o.span)]) for o in parse_ordinals(text)]
    assert found == [
        (14, "congress", "ĐẠI HỘI XIV", "ĐẠI HỘI XIV"),
        (65, "anniversary", "65 NĂM", "65 NĂM"),
        (50, "anniversary", "50th anniversary", "50th anniversary"),
    ]
