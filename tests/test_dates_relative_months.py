# SPDX-License-Identifier: MIT
"""
Months named by where they stand from the publication's month ("last month", "last December",
"hồi tháng 1", "tháng 12 vừa qua", "ເດືອນແລ້ວນີ້", "ທັນວາທີ່ຜ່ານມາ") are dates, in English,
Vietnamese and Lao: a congress's number or an anniversary's is judged for the month they name,
a wrong one is caught, a right one passes, and words that count from another month are not read.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.checker import check_text
from vnla.lang.months import anchor_phrases, relative_months
from vnla.lang.parsing import parse_dates

FEB = date(2026, 2, 10)


def _months(text: str, published: date = FEB) -> list[tuple[str, str]]:
    return [(words, str(when)) for when, _s, _e, words in relative_months(text, published)]


# --------------------------------------------------------------------------- reading
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last December the leaders met.", [("Last December", "2025-12")]),
        ("this past December", [("this past December", "2025-12")]),
        ("this December", [("this December", "2026-12")]),
        ("next January", [("next January", "2027-01")]),
        ("in December last year", [("December last year", "2025-12")]),
        ("earlier this month", [("earlier this month", "2026-02")]),
        ("last month's talks", [("last month", "2026-01")]),
        ("next month", [("next month", "2026-03")]),
        ("hồi tháng 1", [("hồi tháng 1", "2026-01")]),  # back in: on or before the publication's month
        ("hồi đầu tháng 12", [("hồi đầu tháng 12", "2025-12")]),
        ("Tháng 12 vừa qua", [("Tháng 12 vừa qua", "2025-12")]),
        ("tháng 12 năm ngoái", [("tháng 12 năm ngoái", "2025-12")]),
        ("tháng trước", [("tháng trước", "2026-01")]),
        ("ເດືອນແລ້ວນີ້", [("ເດືອນແລ້ວນີ້", "2026-01")]),
        ("ເດືອນທັນວາທີ່ຜ່ານມາ", [("ເດືອນທັນວາທີ່ຜ່ານມາ", "2025-12")]),
        ("ທັນວາ ປີກາຍ", [("ທັນວາ ປີກາຍ", "2025-12")]),
    ],
)
def test_relative_months_are_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _months(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "hai tháng trước",  # two months ago: counted, not the last month
        "12 tháng qua",  # the past twelve months
        "tháng trước đó",  # the month before that
        "từ tháng 1 tới tháng 3",  # a range, not "the coming January"
        "the last may be first",  # "may" is no month
        "lastDecember",
    ],
)
def test_words_that_count_from_another_month_are_not_read(text: str) -> None:
    assert _months(text) == []


def test_last_december_in_december_is_the_year_before() -> None:
    assert _months("last December", date(2026, 12, 4)) == [("last December", "2025-12")]
    assert _months("hồi tháng 12", date(2026, 12, 4)) == [("hồi tháng 12", "2026-12")]


def test_without_a_publication_date_the_month_is_unknown() -> None:
    assert [w for w, *_ in relative_months("last month", None)] == [None]


def test_the_date_parser_reads_them_as_relative_dates() -> None:
    (found,) = parse_dates("Talks were held last month.", published=FEB)
    assert (found.text, str(found.when), found.relative, found.needs_year) == (
        "last month",
        "2026-01",
        True,
        True,
    )


def test_the_phrases_anchor_the_dates_reader() -> None:
    phrases = {p.lower() for p in anchor_phrases()}
    assert {"last month", "last december", "tháng 12 vừa qua", "ທັນວາທີ່ຜ່ານມາ"} <= phrases


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.integers(min_value=1, max_value=12),
)
def test_last_past_this_and_next_are_ordered(published: date, month: int) -> None:
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]  # fmt: skip
    name = names[month - 1]
    read = {
        words: when
        for when, _s, _e, words in relative_months(f"last {name}, this {name}, next {name}", published)
    }
    last, this, upcoming = (read[f"{w} {name}"] for w in ("last", "this", "next"))
    assert last is not None and this is not None and upcoming is not None
    assert last.earliest is not None and upcoming.earliest is not None and this.earliest is not None
    assert last.earliest.month == this.earliest.month == upcoming.earliest.month == month
    start = date(published.year, published.month, 1)
    # the last is before the publication's month, the next after it
    assert last.earliest < start < upcoming.earliest
    assert this.earliest.year == published.year
    assert (
        0
        < (upcoming.earliest.year - last.earliest.year) * 12 + upcoming.earliest.month - last.earliest.month
        <= 24
    )


# --------------------------------------------------------------------------- judged
# The CPV's 14th Congress sat in January 2026; in a text of 10 February 2026 "last month" is then.
CONGRESS = {
    "en": "The {n} Congress of the Communist Party of Vietnam, held last month, elected To Lam.",
    "vi": "Đại hội {n} của Đảng Cộng sản Việt Nam hồi tháng 1 đã bầu Tổng Bí thư Tô Lâm.",
    "lo": "ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ {n} ຂອງພັກກອມມູນິດຫວຽດນາມ ເດືອນແລ້ວນີ້ ໄດ້ເລືອກຕັ້ງ ທ່ານ ໂຕເລິມ.",
}
NUMBERS = {"en": ("13th", "14th"), "vi": ("XIII", "XIV"), "lo": ("XIII", "XIV")}


@pytest.mark.parametrize("lang", sorted(CONGRESS))
def test_a_congress_number_is_judged_for_the_month_named(lang: str) -> None:
    wrong, right = NUMBERS[lang]
    verdicts = {}
    for n in (wrong, right):
        report = check_text(CONGRESS[lang].format(n=n), published=FEB, lang=lang)
        verdicts[n] = [f.verdict.value for f in report.findings if f.kind == "ordinal"]
    assert verdicts == {wrong: ["contradiction"], right: ["ok"]}


# Lao National Day is 2 December 1975: in December 2025 it was 50 years old.
ANNIVERSARY = {
    "en": "Last December, the General Secretary attended the {n} anniversary of Lao National Day.",
    "vi": "Tháng 12 vừa qua, Tổng Bí thư đã dự lễ kỷ niệm {n} năm Quốc khánh Lào.",
    "lo": "ເດືອນທັນວາທີ່ຜ່ານມາ ໄດ້ສະເຫຼີມສະຫຼອງ ວັນຊາດລາວ ຄົບຮອບ {n} ປີ.",
}
YEARS = {"en": ("51st", "50th"), "vi": ("51", "50"), "lo": ("51", "50")}


@pytest.mark.parametrize("lang", sorted(ANNIVERSARY))
def test_an_anniversary_is_judged_for_the_month_named(lang: str) -> None:
    wrong, right = YEARS[lang]
    verdicts = {}
    for n in (wrong, right):
        report = check_text(ANNIVERSARY[lang].format(n=n), published=FEB, lang=lang)
        verdicts[n] = [f.verdict.value for f in report.findings if f.kind == "ordinal"]
    assert verdicts == {wrong: ["contradiction"], right: ["ok"]}


# --------------------------------------------------------------------------- weeks
def test_weeks_are_some_day_of_a_calendar_week() -> None:
    thursday = date(2026, 2, 12)
    found = {
        words: str(when) for when, _s, _e, words in relative_months("last week, tuần này, ອາທິດໜ້າ", thursday)
    }
    assert found == {
        "last week": "not before 2026-02-02, not after 2026-02-08",
        "tuần này": "not before 2026-02-09, not after 2026-02-15",
        "ອາທິດໜ້າ": "not before 2026-02-16, not after 2026-02-22",
    }
    assert _months("hai tuần trước", thursday) == []  # two weeks ago


# To Lam's one-day state visit to Laos was on Thursday 5 February 2026: "last week" in a text of
# 12 February holds it; in one of 16 February it does not, which is unknown, not a slip (a week
# is said loosely).
WEEKS = {
    "en": "Last week, To Lam paid a one-day state visit to Laos.",
    "vi": "Tuần trước, Tổng Bí thư Tô Lâm thăm cấp nhà nước Lào.",
    "lo": "ອາທິດແລ້ວນີ້, ທ່ານ ໂຕເລິມ ໄດ້ມາຢ້ຽມຢາມ ສປປ ລາວ ແບບລັດຖະກິດ.",
}


@pytest.mark.parametrize("lang", sorted(WEEKS))
@pytest.mark.parametrize(
    ("published", "expected"), [(date(2026, 2, 12), "ok"), (date(2026, 2, 16), "unknown")]
)
def test_last_week_is_judged_loosely(lang: str, published: date, expected: str) -> None:
    report = check_text(WEEKS[lang], published=published, lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [expected]
