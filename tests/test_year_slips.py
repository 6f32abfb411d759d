# SPDX-License-Identifier: MIT
"""
A date with the day and month of a dated document or event its sentence names, a year or two
from the record's, beside its name and with no words tying it to it
(``vnla.checker.judges.year_slips``): the year is the slip.  A sentence that counts an anniversary, a date further off, and two things of the
same day and month in different years are not judged so.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 3, 10), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "L1 | Print, the signing of the Treaty of Amity and Cooperation | 18 July 1978 | USD 4,000",
            "en",
            "18 July 1978",
        ),
        ('SUPER: "18 JULY 1976 - TREATY OF AMITY AND COOPERATION"', "en", "18 JULY 1976"),
        ("- 18/7/1978: Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào", "vi", "18/7/1978"),
        ("- ວັນທີ 18 ກໍລະກົດ 1976: ສົນທິສັນຍາ ມິດຕະພາບ-ການຮ່ວມມື ລາວ-ຫວຽດນາມ", "lo", "ວັນທີ 18 ກໍລະກົດ 1976"),
    ],
)
def test_the_day_of_a_named_thing_in_a_year_beside_it_is_a_slip(text: str, lang: str, said: str) -> None:
    assert (said, "contradiction") in _dates(text, lang)


def test_the_message_gives_the_records_day() -> None:
    report = check_text('"18 JULY 1976 - TREATY OF AMITY AND COOPERATION"', published=date(2026, 3, 10))
    (finding,) = [f for f in report.findings if f.kind == "date"]
    assert finding.message == (
        "the record dates Treaty of Amity and Cooperation July 18, 1977; the text says July 18, 1976: "
        "the same day of another year"
    )
    assert finding.canonical == "July 18, 1977"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the anniversary of the day, a year on
        (
            "On 18 July 1978 the two countries marked the first anniversary of the Treaty of Amity and Cooperation.",
            "en",
        ),
        ("Ngày 2/12/1976, nhân dân Lào kỷ niệm một năm Quốc khánh.", "vi"),
        # further than two years from the record's
        ("On 18 July 1987 a delegation studied the Treaty of Amity and Cooperation.", "en"),
        # the day, and another day of the year
        ("On 19 July 1978 a delegation studied the Treaty of Amity and Cooperation.", "en"),
        # the text says the date is a slip
        ("The novel dates the proclamation of the Lao PDR to 2 December 1976. This is a slip.", "en"),
        # a body's founding: a day set off beside its name may be any of its story's
        ("The LPRP, 22 March 1956, is marked.", "en"),
        # a thing a year apart, and a clause of its own
        ("On 18 July 1976 the Treaty of Amity and Cooperation, signed a year later, was prepared.", "en"),
        ("He arrived on 18 July 1978 when the Treaty of Amity and Cooperation was on everyone's mind.", "en"),
        # past a verb: another thing's day
        ("The Treaty of Amity and Cooperation, signed in Vientiane, was honoured on 18 July 1978.", "en"),
    ],
)
def test_other_days_and_anniversaries_are_not_slips(text: str, lang: str) -> None:
    assert all(verdict != "contradiction" for _said, verdict in _dates(text, lang))


def test_the_records_own_day_stays_ok() -> None:
    assert _dates("The Treaty of Amity and Cooperation was signed on 18 July 1977.", "en") == [
        ("18 July 1977", "ok")
    ]
