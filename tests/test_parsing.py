# SPDX-License-Identifier: MIT
"""The figure, date and ordinal parsers, on the forms the sources use."""

from __future__ import annotations

import heapq
import time
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.lang import parsing
from vnla.lang.parsing import (
    infer_year,
    parse_amounts,
    parse_dates,
    parse_horizons,
    parse_ordinals,
    roman_to_int,
)
from vnla.model import HorizonKind, Precision, When

# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("10 billion USD", "10000000000", "USD"),
        ("US$10 billion", "10000000000", "USD"),
        ("5 billion USD", "5000000000", "USD"),
        ("$2.98 billion", "2980000000", "USD"),
        ("10 tỷ USD", "10000000000", "USD"),
        ("10 tỷ US$", "10000000000", "USD"),
        ("2,5 tỷ USD", "2500000000", "USD"),
        ("USD 1.9 bn", "1900000000", "USD"),
        ("1.6 billion USD", "1600000000", "USD"),
        ("almost US$3 billion", "3000000000", "USD"),
        ("US$732.7 m", "732700000", "USD"),
        ("10 milliards de dollars", "10000000000", "USD"),
        ("1,000 USD", "1000", "USD"),
        ("1.000 tỷ đồng", "1000000000000", "VND"),
        ("2,5 billion USD", "2500000000", "USD"),
        ("1,234.5 million USD", "1234500000", "USD"),
    ],
)
def test_amounts(text: str, value: str, unit: str) -> None:
    (amount,) = parse_amounts(f"they said {text} today")
    assert (amount.value, amount.unit) == (Decimal(value), unit)
    assert amount.text in text and text.endswith(amount.text)


@pytest.mark.parametrize("text", ["554 km", "the 14th Congress", "in 2025", "267 projects", "5 m high"])
def test_numbers_without_a_currency_are_not_amounts(text: str) -> None:
    assert parse_amounts(text) == ()


def test_integer_amounts_print_in_full() -> None:
    assert str(parse_amounts("10 billion USD")[0].value) == "10000000000"


def test_near_and_longer_term_are_two_amounts_with_their_own_horizons() -> None:
    text = "the near-term turnover target of 5 billion USD and a longer-term target of 10 billion USD"
    near, longer = parse_amounts(text)
    assert near.horizon is not None and near.horizon.kind is HorizonKind.NEAR_TERM
    assert longer.horizon is not None and longer.horizon.kind is HorizonKind.LONGER_TERM
    assert (near.horizon_text, longer.horizon_text) == ("near-term", "longer-term")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("raising bilateral trade to 10 billion USD in the coming period", HorizonKind.SOON),
        ("striving to soon complete the goal of 5 billion USD in the coming time", HorizonKind.SOON),
        ("10 billion USD by 2030", HorizonKind.BY_DATE),
        ("a target of US$10 billion in two-way trade", None),
        ("mục tiêu trước mắt 5 tỷ USD", HorizonKind.NEAR_TERM),
        ("về lâu dài 10 tỷ USD", HorizonKind.LONGER_TERM),
    ],
)
def test_horizon_words_next_to_an_amount(text: str, kind: HorizonKind | None) -> None:
    (amount,) = parse_amounts(text)
    assert (amount.horizon.kind if amount.horizon else None) is kind


def test_horizon_words_far_away_do_not_count() -> None:
    text = "a long-term pillar of cooperation. " + "x " * 60 + "the target is 10 billion USD"
    assert parse_amounts(text)[0].horizon is None


def test_dated_horizons() -> None:
    (by, period) = (h for h, _span, _words in parse_horizons("by 2030, in the 2026–2030 period"))
    assert by.kind is HorizonKind.BY_DATE and by.when == When.in_year(2030)
    assert period.kind is HorizonKind.PERIOD
    assert period.when == When.bounded(not_before=date(2026, 1, 1), not_after=date(2030, 12, 31))


# --------------------------------------------------------------------------- dates
PUBLISHED = date(2026, 2, 2)  # a Monday


@pytest.mark.parametrize(
    ("text", "when", "needs_year"),
    [
        ("December 1 to 2, 2025", "2025-12-01/2025-12-02", False),
        ("from January 26 to 27", "2026-01-26/2026-01-27", True),
        ("January 26", "2026-01-26", True),
        ("Dec. 2", "2025-12-02", True),
        ("on December 2", "2025-12-02", True),
        ("December 2025", "2025-12", False),
        ("2 December 2025", "2025-12-02", False),
        ("early 2026", "early 2026", False),
        ("mid-2026", "mid 2026", False),
        ("the end of 2025", "late 2025", False),
        ("in 2027", "2027", False),
        ("2026–2030 period", "not before 2026-01-01, not after 2030-12-31", False),
        ("for the period 2022 - 2027", "not before 2022-01-01, not after 2027-12-31", False),
        ("by 2030", "not after 2030-12-31", False),
        ("ngày 2/12/2025", "2025-12-02", False),
        ("từ ngày 1 đến 2/12", "2025-12-01/2025-12-02", True),
        ("từ ngày 30/11 đến ngày 2/12/2025", "2025-11-30/2025-12-02", False),
        ("tháng 12/2025", "2025-12", False),
        ("tháng 12 năm 2025", "2025-12", False),
        ("ngày 26-27/1/2026", "2026-01-26/2026-01-27", False),
        ("ngày 1-12", "2025-12-01", True),
        ("ngày 2 tháng 12 năm 2025", "2025-12-02", False),
        ("Chiều 26/1, tại Trụ sở Trung ương Đảng", "2026-01-26", True),
        ("Sáng 2/12/2025, Tổng Bí thư", "2025-12-02", False),
        ("tối ngày 1-12", "2025-12-01", True),
        ("Rạng sáng 27/1", "2026-01-27", True),
        ("Sáng nay (2/2), hai bên", "2026-02-02", True),
        ("Chiều qua (1/2) tại Hà Nội", "2026-02-01", True),
        ("Hôm nay (2/2), hai bên", "2026-02-02", True),
        ("Thứ Hai, 26/01/2026, 14:30 (GMT+7)", "2026-01-26", False),
        ("Chủ nhật, 1/2/2026", "2026-02-01", False),
        ("talks held yesterday in Hanoi", "2026-02-01", True),
        ("Today, the two sides", "2026-02-02", True),
        ("they meet again tomorrow", "2026-02-03", True),
        ("hôm qua", "2026-02-01", True),
        ("Hôm kia", "2026-01-31", True),
        ("ngày mai", "2026-02-03", True),
        ("Chiều nay, Tổng Bí thư", "2026-02-02", True),
        ("tối qua", "2026-02-01", True),
        ("đầu năm 2026", "early 2026", False),
        ("năm 2026", "2026", False),
        ("2026-01-06..08", "2026-01-06/2026-01-08", False),
        ("2025-12-03, Vientiane", "2025-12-03", False),
        ("November 30 to December 2, 2025", "2025-11-30/2025-12-02", False),
        ("30 November – 2 December 2025", "2025-11-30/2025-12-02", False),
        ("26–27 January 2026", "2026-01-26/2026-01-27", False),
        ("December 30 to January 2", "2025-12-30/2026-01-02", True),
        ("le 5 février à Vientiane", "2026-02-05", True),
        ("(2 ທັນວາ 1975)", "1975-12-02", False),
    ],
)
def test_dates(text: str, when: str, needs_year: bool) -> None:
    (mention,) = parse_dates(text, published=PUBLISHED)
    assert (str(mention.when), mention.needs_year) == (when, needs_year)
    start, end = mention.span
    assert text[start:end] == mention.text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Lao National Day, 2 December. The celebrations", "2 December"),
        ("They met on Dec. 3, 2025.", "Dec. 3, 2025"),
        ("They met on 3 Dec. 2025.", "3 Dec. 2025"),
    ],
)
def test_a_months_full_stop_is_the_dates_only_before_a_number(text: str, span: str) -> None:
    """An abbreviation's full stop before the day or year is the date's; the sentence's is not."""
    (mention,) = parse_dates(text, published=PUBLISHED)
    assert mention.text == span


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("the talks of 26 January and 5 February 2026", ["2026-01-26", "2026-02-05"]),
        ("on January 26 and February 5, 2026", ["2026-01-26", "2026-02-05"]),
        ("the talks of 1 and 2 December 2025", ["2025-12-01/2025-12-02"]),
        ("on December 1 and 2, 2025", ["2025-12-01/2025-12-02"]),
        ("tại Viêng Chăn ngày 3 và 4/12", ["2025-12-03/2025-12-04"]),
        ("ngày 1 và 2/12/2025", ["2025-12-01/2025-12-02"]),
    ],
)
def test_and_joins_two_days_of_one_month_into_a_range_and_no_others(text: str, dates: list[str]) -> None:
    assert [str(m.when) for m in parse_dates(text, published=PUBLISHED)] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("thăm cấp Nhà nước từ 26-28/1.", ["2026-01-26/2026-01-28"]),
        ("thăm cấp Nhà nước từ 26 – 27/1. Lễ đón", ["2026-01-26/2026-01-27"]),
        # a day alone after "from", or fractions, are no dates
        ("tăng từ 1/3 lên 1/2 tổng kim ngạch", []),
        ("từ 28/1", []),
    ],
)
def test_from_and_a_range_of_days_of_one_month_is_a_date(text: str, dates: list[str]) -> None:
    assert [str(m.when) for m in parse_dates(text, published=date(2026, 5, 21))] == dates


@pytest.mark.parametrize(
    ("text", "weekday"),
    [("THỨ BA, NGÀY 2/12/2025", 1), ("TUESDAY, 2 December 2025", 1), ("Thứ Ba, ngày 2/12/2025", 1)],
)
def test_a_headings_weekday_and_day_word_in_capitals_are_read(text: str, weekday: int) -> None:
    (mention,) = parse_dates(text, published=PUBLISHED)
    assert (mention.text, mention.weekday) == (text, weekday)


def test_a_report_of_2_february_means_this_january() -> None:
    (mention,) = parse_dates("the state visit to Vietnam from January 26 to 27", published=date(2026, 2, 2))
    assert mention.when == When.between(date(2026, 1, 26), date(2026, 1, 27))


@pytest.mark.parametrize(
    ("month", "day", "published", "year"),
    [
        (1, 26, date(2026, 2, 2), 2026),
        (12, 2, date(2025, 12, 3), 2025),
        (12, 2, date(2026, 1, 10), 2025),
        (1, 3, date(2025, 12, 28), 2026),
        (7, 3, date(2026, 1, 1), 2025),  # 182 days back is nearer than 183 days ahead
        (7, 1, date(2026, 1, 1), 2026),  # 181 days ahead is nearer than 184 days back
        (2, 29, date(2028, 3, 1), 2028),
    ],
)
def test_year_inference_takes_the_nearest_year(month: int, day: int, published: date, year: int) -> None:
    assert infer_year(month, day, published) == year


def test_no_year_has_31_february() -> None:
    with pytest.raises(ValueError, match="no year has 02-31"):
        infer_year(2, 31, PUBLISHED)
    assert parse_dates("on 31 February", published=PUBLISHED)[0].when is None


def test_without_a_publication_date_a_day_without_a_year_is_unresolved() -> None:
    (mention,) = parse_dates("on January 26")
    assert mention.when is None and mention.needs_year


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("talks on Monday in Hà Nội", date(2026, 1, 26), date(2026, 1, 26)),  # the same Monday
        ("talks on Monday in Hà Nội", date(2026, 1, 27), date(2026, 1, 26)),
        ("concluded on Thursday", date(2026, 2, 6), date(2026, 2, 5)),
        ("last Monday", date(2026, 1, 26), date(2026, 1, 19)),
        ("next Monday", date(2026, 1, 26), date(2026, 2, 2)),
        ("vào thứ Hai", date(2026, 1, 28), date(2026, 1, 26)),
    ],
)
def test_relative_weekdays(text: str, published: date, day: date) -> None:
    (mention,) = parse_dates(text, published=published)
    assert mention.relative and mention.weekday == day.weekday()
    assert mention.when == When.on(day)


def test_a_weekday_with_a_date_belongs_to_the_date() -> None:
    (mention,) = parse_dates("on Monday, January 26, 2026")
    assert not mention.relative and mention.weekday == 0
    assert mention.when == When.on(date(2026, 1, 26))
    (wrong,) = parse_dates("Tuesday 26 January 2026")
    assert wrong.weekday == 1 and wrong.when == When.on(date(2026, 1, 26))


@pytest.mark.parametrize("text", ["Vision 2045", "UNCLOS 1982", "you may 2026", "Mondays", "254 Monday"])
def test_not_dates(text: str) -> None:
    assert [m.when for m in parse_dates(text, published=PUBLISHED) if not m.relative] == []
    assert all(m.text.endswith("Monday") for m in parse_dates(text, published=PUBLISHED))


def test_precision_follows_the_text() -> None:
    mentions = parse_dates("in December 2025, on 2 December 2025, in 2025", published=PUBLISHED)
    assert [m.when.precision for m in mentions if m.when] == [Precision.MONTH, Precision.DAY, Precision.YEAR]


# --------------------------------------------------------------------------- ordinals


@pytest.mark.parametrize(
    ("text", "number", "noun"),
    [
        ("50th anniversary", 50, "anniversary"),
        ("14th National Congress", 14, "congress"),
        ("12th Congress", 12, "congress"),
        ("100th anniversary", 100, "anniversary"),
        ("10th five-year plan", 10, "plan"),
        ("the 10th five-year socio-economic development plan", 10, "plan"),
        ("40 years of Đổi mới", 40, "years"),
        ("13th Party Congress term", 13, "congress"),
        ("Đại hội XIV", 14, "congress"),
        ("Đại hội Đảng lần thứ XIV", 14, "congress"),
        ("Đại hội lần thứ 12", 12, "congress"),
        ("khóa XIV", 14, "term"),
        ("kỷ niệm 50 năm", 50, "anniversary"),
        ("ຄົບຮອບ 50 ປີ", 50, "anniversary"),
        ("the first Congress of the Lao People's Revolutionary Party", 1, "congress"),
        ("48th Vietnam–Laos Intergovernmental Committee", 48, "committee"),
        ("the 14th Central Committee", 14, "central-committee"),
        ("for the 14th tenure", 14, "term"),
        ("the 50th National Day celebration", 50, "national-day"),
        ("the 12th National Assembly Congress", 12, "congress"),
        ("kỳ họp thứ 10", 10, "meeting"),
        ("kỷ niệm lần thứ 64", 64, "anniversary"),
        ("Quốc khánh lần thứ 80", 80, "national-day"),
        ("Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam lần thứ 80", 80, "national-day"),
    ],
)
def test_ordinals(text: str, number: int, noun: str) -> None:
    (mention,) = parse_ordinals(text)
    assert (mention.number, mention.noun) == (number, noun)
    assert text[mention.span[0] : mention.span[1]] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        "the first country to visit",
        "the 2nd day",
        "thirst for change",
        "CIV 12",
        "Quốc khánh năm nay rơi vào thứ 2",  # Monday ("thứ 2"), not the second
    ],
)
def test_not_ordinals(text: str) -> None:
    assert parse_ordinals(text) == ()


def test_two_congresses_in_one_quote() -> None:
    text = "the 14th National Congress of the Communist Party of Việt Nam and the 12th Congress of the LPRP"
    assert [(o.number, o.noun) for o in parse_ordinals(text)] == [(14, "congress"), (12, "congress")]


@pytest.mark.parametrize(("numeral", "value"), [("I", 1), ("IV", 4), ("XII", 12), ("XIV", 14), ("XL", 40)])
def test_roman_numerals(numeral: str, value: int) -> None:
    assert roman_to_int(numeral) == value


@pytest.mark.parametrize("numeral", ["", "IIII", "VX", "ABC"])
def test_bad_roman_numerals(numeral: str) -> None:
    with pytest.raises(ValueError, match="not a Roman numeral"):
        roman_to_int(numeral)


# --------------------------------------------------------------------------- speed and equivalence
FRAGMENTS = [
    "10 billion USD",
    "US$2.98 billion",
    "2,5 tỷ USD",
    "December 1 to 2, 2025",
    "from January 26 to 27",
    "on Monday",
    "2 December 2025",
    "ngày 26-27/1/2026",
    "tháng 12/2025",
    "the 14th National Congress",
    "Đại hội XIV",
    "first Congress",
    "40 years of Đổi mới",
    "2026–2030 period",
    "near-term",
    "in 2027",
    "12",
    "-",
    ", ",
    " ",
    "the",
    "Monday, January 26",
    "$",
    "thirteenth plan",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join))
def test_anchored_scans_find_what_a_full_scan_finds(text: str) -> None:
    """The fast first pass (anchors, then windows) changes nothing but the speed."""
    dates = [m.span() for m in parsing._calendar().date.finditer(text)]
    fast = [m.span() for m in parsing._scan_digits(parsing._calendar().date, text, 32, 64)]
    assert fast == dates
    amount = parsing._money().pattern
    amounts = [m.span() for m in amount.finditer(text)]
    fast = [m.span() for m in parsing._scan_digits(amount, text, 6, 48)]
    assert fast == amounts
    ordinals = [m.span() for m in parsing._ordinal_pattern().finditer(text)]
    anchors = heapq.merge(
        parsing._spans(parsing._DIGITS, text),
        parsing._word_anchors(text),
        parsing._spans(parsing._ordinal_heads().anchors, text),
    )
    fast = [m.span() for m in parsing._scan_at(parsing._ordinal_pattern(), text, anchors, 64)]
    assert fast == ordinals


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map(" ".join), st.dates())
def test_every_span_is_the_text_it_was_read_from(text: str, published: date) -> None:
    for found in (*parse_amounts(text), *parse_dates(text, published=published), *parse_ordinals(text)):
        start, end = found.span
        assert text[start:end] == found.text


@pytest.mark.parametrize(
    "unit",
    [
        "1 " * 40_000,
        "December " * 20_000,
        "2025-" * 30_000,
        "Monday " * 20_000,
        "1st " * 40_000,
        "$1," * 40_000,
    ],
)
def test_adversarial_text_takes_linear_time(unit: str) -> None:
    """Repetitive input that makes backtracking expressions explode is read in well under a second."""
    started = time.perf_counter()
    parse_amounts(unit)
    parse_dates(unit, published=PUBLISHED)
    parse_ordinals(unit)
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("text", ["today's world", "the yesterdays", "qua đó", "Hà Nội nay", "todays"])
def test_words_that_are_no_day(text: str) -> None:
    assert parse_dates(text, published=PUBLISHED) == ()


def test_a_day_word_needs_the_publication_date() -> None:
    (mention,) = parse_dates("They met yesterday.")
    assert (mention.text, mention.when, mention.relative, mention.weekday) == ("yesterday", None, True, None)
