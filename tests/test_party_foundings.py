# SPDX-License-Identifier: MIT
"""
A party's founding named without the party (``dates.party_founding_words``: "Ngày thành lập
Đảng", "ວັນສ້າງຕັ້ງພັກ", "the Party"): the party of the one country its sentence names before
it, else the party named last just before, else, in Vietnamese and Lao, the writer's own.  The
CPV was founded on 3 February 1930 (its 96th anniversary in 2026), the LPRP on 22 March 1955
(its 71st in 2026).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text

PUBLISHED = date(2026, 2, 8)


def _ordinals(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("template", "right", "wrong", "lang"),
    [
        # the writer's own party
        ("Ngày 3/2/2026, cả nước kỷ niệm {n} năm Ngày thành lập Đảng.", "96", "97", "vi"),
        ("ປີນີ້ ຄົບຮອບ {n} ປີ ວັນສ້າງຕັ້ງພັກ.", "71", "72", "lo"),
        # the country the sentence names
        ("Ngày 22/3/2026, Lào kỷ niệm {n} năm Ngày thành lập Đảng.", "71", "72", "vi"),
        ("Laos marks the {n} anniversary of the Party's founding in March.", "71st", "72nd", "en"),
        # the party named just before
        # right by the ordinal, nearer than national-day words before it; in Lao before it
        ("Năm 2026, Lào kỷ niệm 51 năm Quốc khánh và {n} năm thành lập Đảng.", "71", "72", "vi"),
        ("ປີ 2026 ລາວ ສະເຫຼີມສະຫຼອງ ວັນຊາດ ຄົບຮອບ 51 ປີ ແລະ ວັນສ້າງຕັ້ງພັກ ຄົບຮອບ {n} ປີ.", "71", "72", "lo"),
        (
            "Đảng Nhân dân Cách mạng Lào ra đời năm 1955. Năm 2026 là tròn {n} năm thành lập Đảng.",
            "71",
            "72",
            "vi",
        ),
    ],
)
def test_a_partys_founding_named_without_the_party(template: str, right: str, wrong: str, lang: str) -> None:
    assert _ordinals(template.format(n=right), lang)[-1:] == ["ok"]
    assert _ordinals(template.format(n=wrong), lang)[-1:] == ["contradiction"]
    assert "contradiction" not in _ordinals(template.format(n=right), lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a party committee's founding ("Đảng bộ"), not the Party's
        ("Năm 2026, tỉnh kỷ niệm 50 năm Ngày thành lập Đảng bộ tỉnh.", "vi"),
        # another country's party
        ("Năm 2026, Nhật Bản kỷ niệm 70 năm thành lập Đảng.", "vi"),
        # "the party" in small letters is any party; English has no writer's own
        ("The 96th anniversary of the party was marked by the union.", "en"),
        ("The 96th anniversary of the Party was marked.", "en"),
    ],
)
def test_no_party_is_guessed_where_none_is_meant(text: str, lang: str) -> None:
    assert "contradiction" not in _ordinals(text, lang)
    assert "ok" not in _ordinals(text, lang)
