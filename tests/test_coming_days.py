# SPDX-License-Identifier: MIT
"""
A day written without its year that words around it make the next one ("vào ngày 18/7 tới",
"this coming 18 July", "ວັນທີ 18 ກໍລະກົດ ທີ່ຈະມາເຖິງ": the word files' ``dates.coming_after``
and ``coming_before``) is of the publication's year when it is still to come in it.  An
anniversary said to fall on it is counted in that year, however far ahead.  One past in that
year is read as before: the next is a year off, and more often the day is the slip.  "tới" before
"nay" (until now) or before another date ends a span, and makes nothing the next one.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _findings(text: str, lang: str, published: date) -> list[tuple[str, str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.kind, f.text, f.verdict.value) for f in report.findings if f.kind in ("ordinal", "date")]


_VI = "Tòa soạn chuẩn bị loạt bài kỷ niệm tròn {n} năm Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào vào ngày 18/7 {w}."
_EN = "We are preparing a series for the {n} anniversary of the Treaty of Amity and Cooperation this coming 18 July."
_LO = "ພວກເຮົາ ກະກຽມ ບົດ ຄົບຮອບ {n} ປີ ສົນທິສັນຍາ ມິດຕະພາບ ແລະ ການຮ່ວມມື ລາວ-ຫວຽດນາມ ວັນທີ 18 ກໍລະກົດ ທີ່ຈະມາເຖິງ."


@pytest.mark.parametrize(
    ("wrong", "right", "lang"),
    [
        ((_VI.format(n=48, w="tới"), "tròn 48 năm"), (_VI.format(n=49, w="tới"), "tròn 49 năm"), "vi"),
        (
            (_VI.format(n=48, w="sắp tới"), "tròn 48 năm"),
            (_VI.format(n=49, w="sắp tới"), "tròn 49 năm"),
            "vi",
        ),
        ((_EN.format(n="48th"), "48th anniversary"), (_EN.format(n="49th"), "49th anniversary"), "en"),
        ((_LO.format(n=48), "ຄົບຮອບ 48 ປີ"), (_LO.format(n=49), "ຄົບຮອບ 49 ປີ"), "lo"),
    ],
)
def test_the_coming_day_dates_the_anniversary(
    wrong: tuple[str, str], right: tuple[str, str], lang: str
) -> None:
    published = date(2026, 2, 7)  # the 49th anniversary falls on 18 July 2026, 161 days ahead
    assert ("ordinal", wrong[1], "contradiction") in _findings(wrong[0], lang, published)
    assert ("ordinal", right[1], "ok") in _findings(right[0], lang, published)


def test_a_coming_day_past_in_the_year_is_read_as_before() -> None:
    # published on 20 July 2026, two days after 18 July: the next is a year off, and the day more
    # likely the slip; read as the nearest, 2026's, whose anniversary is the 49th
    text = _VI.format(n=49, w="tới")
    assert ("ordinal", "tròn 49 năm", "ok") in _findings(text, "vi", date(2026, 7, 20))
    assert ("ordinal", "tròn 50 năm", "contradiction") in _findings(
        text.replace("49", "50"), "vi", date(2026, 7, 20)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 18/7 tới nay, tòa soạn đã đăng loạt bài kỷ niệm tròn 48 năm Hiệp ước Hữu nghị và Hợp tác.",
        "Triển lãm kỷ niệm 48 năm Hiệp ước Hữu nghị và Hợp tác mở từ ngày 18/7 tới 20/7.",
    ],
)
def test_a_span_makes_no_coming_day(text: str) -> None:
    # read as before: the nearest 18 July, 2025's, whose anniversary is the 48th
    assert ("ordinal", "48 năm", "contradiction") not in _findings(text, "vi", date(2025, 10, 7))
    assert all(
        v != "contradiction" for k, _t, v in _findings(text, "vi", date(2025, 10, 7)) if k == "ordinal"
    )
