# SPDX-License-Identifier: MIT
"""
A country's name that is a Vietnamese given name too ("Đức", Germany; "Nga", Russia; "Mỹ",
America: the word files' ``countries.given_names``) names no country inside a person's full
name, a run of three capitalised words ("Trần Đức Lộc", "Trịnh Thu Nga").  Such a text still
speaks of Vietnam and Laos alone, so "hai nước" (the two countries) are they.  Where it stands
as a country ("Tại Đức", in Germany), it is one, and the anniversary may be that country's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.checker.vocabulary import other_countries

_BEFORE = "Việt Nam và Lào là hai nước láng giềng. "


def _ordinals(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 12, 1), lang="vi")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    "name", ["Ông bà Trần Đức Lộc ở Hà Tĩnh nhắn", "Bà Trịnh Thu Nga nhắn", "Chị Nguyễn Thị Mỹ Linh nhắn"]
)
def test_a_full_name_names_no_country(name: str) -> None:
    text = f"{_BEFORE}{name}: Năm nay hai nước tròn 61 năm quan hệ ngoại giao."
    assert other_countries().find(text, 0, len(text)) == []
    assert _ordinals(text) == [("tròn 61 năm", "contradiction")]
    assert _ordinals(text.replace("61 năm", "64 năm")) == [("tròn 64 năm", "ok")]


@pytest.mark.parametrize("where", ["Tại Đức", "Ở nước Nga", "Còn Mỹ"])
def test_the_country_itself_is_one(where: str) -> None:
    text = f"{_BEFORE}{where}, năm nay hai nước tròn 61 năm quan hệ ngoại giao."
    assert [name for _at, name in other_countries().find(text, 0, len(text))] == [
        where.rsplit(maxsplit=1)[-1]
    ]
    assert _ordinals(text) == [("tròn 61 năm", "unknown")]
