# SPDX-License-Identifier: MIT
"""
A day given without its year is read in the year nearest the publication; where that misses the
event the sentence names, but the same day and month fall within the event's dates a year before
or after, the text did not say the other year, and the day is the record's (``dates.event``).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

# The 48th meeting of the Intergovernmental Committee was held on 3 December 2025.
MEETING = (
    "Pham Minh Chinh stayed on in Vientiane for the 48th meeting of the Intergovernmental Committee on {day}."
)


def _dates(text: str, published: date) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("day", "published", "verdict"),
    [
        # read as 3 December 2026 (nearest a September 2026 publication): the record's day, a year before
        ("3 December", date(2026, 9, 1), "ok"),
        ("3 December", date(2025, 12, 10), "ok"),
        # another day and month is a slip however the year is read
        ("4 December", date(2026, 9, 1), "contradiction"),
        # a year given is the text's own: a slip
        ("3 December 2024", date(2026, 9, 1), "contradiction"),
    ],
)
def test_a_day_without_its_year_on_the_events_day_and_month(day: str, published: date, verdict: str) -> None:
    assert _dates(MEETING.format(day=day), published) == [(day, verdict)]


def test_the_message_says_the_year_the_record_has() -> None:
    report = check_text(MEETING.format(day="3 December"), published=date(2026, 9, 1), lang="en")
    [finding] = [f for f in report.findings if f.kind == "date"]
    assert "without its year" in str(finding.message) and "2025" in str(finding.message)


# ------------------------------------------------------------- Vietnamese day-first days, written short
def _vi_dates(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 2, 10), lang="vi")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # days of a month with their year, no "ngày" before them
        ("Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào, 5/2/2026.", "5/2/2026", "ok"),
        ("Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào, 5-6/2/2026.", "5-6/2/2026", "contradiction"),
        # days in brackets, the year unsaid
        ("Chuyến thăm Hà Nội của Tổng Bí thư, Chủ tịch nước Lào (26–27/1).", "26–27/1", "ok"),
        ("Chuyến thăm Hà Nội của Tổng Bí thư, Chủ tịch nước Lào (27–28/1).", "27–28/1", "contradiction"),
        # "hôm" (on the day) before a day, as "ngày"
        ("Tại cuộc hội đàm ở Hà Nội hôm 26/1, hai Tổng Bí thư nhắc lại mục tiêu.", "hôm 26/1", "ok"),
        (
            "Tại cuộc hội đàm ở Hà Nội hôm 27/1, hai Tổng Bí thư nhắc lại mục tiêu.",
            "hôm 27/1",
            "contradiction",
        ),
        # a weekday before a day in brackets: 5 February 2026 was a Thursday
        ("Hôm thứ Năm (5/2), Tổng Bí thư Tô Lâm hội đàm tại Viêng Chăn.", "thứ Năm (5/2)", "ok"),
        ("Hôm thứ Tư (5/2), Tổng Bí thư Tô Lâm hội đàm tại Viêng Chăn.", "thứ Tư (5/2)", "contradiction"),
    ],
)
def test_vietnamese_days_written_short(text: str, words: str, expected: str) -> None:
    # (a weekday's day has two findings: the weekday's and the event's)
    found = {v for w, v in _vi_dates(text) if w == words}
    assert expected in found and ("contradiction" in found) == (expected == "contradiction"), _vi_dates(text)


@pytest.mark.parametrize("text", ["Hồ sơ (1/2): thăm Hà Nội.", "Đoàn thăm Hà Nội (28-27/1)."])
def test_what_is_no_short_vietnamese_day(text: str) -> None:
    # one day in brackets may be a part's number; days of a month the wrong way round are none
    assert _vi_dates(text) == []


def test_a_title_is_judged_on_any_day_of_a_range() -> None:
    # the record shows Tran Cam Tu as Standing Member of the Secretariat on 27 January 2026
    text = (
        "Thường trực Ban Bí thư Trần Cẩm Tú tiễn Tổng Bí thư, Chủ tịch nước Lào tại sân bay Nội Bài, "
        "kết thúc chuyến thăm cấp Nhà nước 26 - 27/1/2026."
    )
    report = check_text(text, published=date(2026, 1, 28), lang="vi")
    titles = [f for f in report.findings if f.kind == "title" and "Thường trực" in f.text]
    assert [f.verdict.value for f in titles] == ["ok"], titles


def test_a_posting_date_under_a_long_title_is_the_texts_own() -> None:
    text = (
        "Tiêu đề: 3 điều cần biết về chuyến thăm Lào của Tổng Bí thư Tô Lâm\n"
        "Ngày đăng: 3/12/2025 · Biên tập: Thảo My"
    )
    report = check_text(text, published=date(2025, 12, 3), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == ["unknown"]


# Days without a year inside brackets a year opens are of that year: the CPV's 13th Congress met
# on 25 January-1 February 2021, the LPRP's 11th on 13-15 January 2021.
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        (
            "Congress years: 2021 (CPV 13th Congress, 25 January–1 February; LPRP 11th Congress, 13–15 January).",
            ["ok", "ok"],
        ),
        ("Congress years: 2021 (LPRP 11th Congress, 16–18 January).", ["contradiction"]),
        # a bracket a year does not open: the year nearest the publication (the 14th, 19-23 January 2026)
        ("Congress years: the latest (CPV 14th Congress, 19–23 January).", ["ok"]),
    ],
)
def test_days_in_brackets_a_year_opens_are_of_that_year(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v in _dates(text, date(2026, 6, 2))] == verdicts


def test_a_slip_in_brackets_a_year_opens_is_of_that_years_event() -> None:
    report = check_text(
        "Congress years: 2021 (LPRP 11th Congress, 16–18 January).", published=date(2026, 6, 2)
    )
    [finding] = [f for f in report.findings if f.kind == "date"]
    assert (finding.verdict.value, finding.record) == ("contradiction", "congress-lprp-11")


# A calendar's year dates the days without a year on its line, and in the list it heads: To Lam's
# state visit to Laos was on 11-12 July 2024; the LPRP was founded on 22 March 1955, Lao National
# Day is 2 December 1975.
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("Wall calendar 2024\n- 11–12 July: state visit of President To Lam to Laos", ["ok"]),
        ("Wall calendar 2024\n- 11–13 July: state visit of President To Lam to Laos", ["contradiction"]),
        ("Calendar 2024: 11–12 July, state visit of President To Lam to Laos.", ["ok"]),
        (
            "A 2024 wall calendar marks 11–13 July, the state visit of President To Lam to Laos.",
            ["contradiction"],
        ),
    ],
)
def test_days_in_a_calendar_of_a_year_are_of_that_year(text: str, verdicts: list[str]) -> None:
    assert [v for t, v in _dates(text, date(2026, 6, 10)) if "July" in t] == verdicts


@pytest.mark.parametrize(
    ("text", "lang", "verdicts"),
    [
        (
            "Desk calendar 2027, key days: 22 March (the LPRP's founding, 72nd anniversary); 2 December "
            "(Lao National Day, 52nd anniversary).",
            "en",
            ["ok", "ok"],
        ),
        (
            "ປະຕິທິນປີ2027:22ມີນາ(ວັນສ້າງຕັ້ງພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ72ປີ);2ທັນວາ(ວັນຊາດຄົບຮອບ52ປີ).",
            "lo",
            ["ok", "ok"],
        ),
        (
            "ປະຕິທິນປີ2027:22ມີນາ(ວັນສ້າງຕັ້ງພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ71ປີ);2ທັນວາ(ວັນຊາດຄົບຮອບ51ປີ).",
            "lo",
            ["contradiction", "contradiction"],
        ),
    ],
)
def test_anniversaries_in_a_calendar_of_a_year_count_to_that_year(
    text: str, lang: str, verdicts: list[str]
) -> None:
    report = check_text(text, published=date(2026, 8, 10), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == verdicts


def test_a_year_on_one_line_and_a_day_on_the_next_are_two_dates() -> None:
    """A heading's year and a list entry's day: not a month written "2024 - 11"."""
    assert [t for t, _v in _dates("Wall calendar 2024\n- 11 July: the visit", date(2026, 6, 10))] == [
        "11 July"
    ]


# A day dated by its distance from an event named after it: the talks in Hanoi were on 26 January
# 2026, the Parties' high-level meeting on 2 December 2025 and the 48th meeting of the
# Intergovernmental Committee on 3 December 2025.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Lao delegation arrived in Hanoi on 25 January, a day before the official talks.", "ok"),
        ("Ngày 25/1, một ngày trước hội đàm chính thức, đoàn Lào đã đến Hà Nội.", "ok"),
        # another distance: the day is not the talks', and nothing else is named before the words
        ("The Lao delegation arrived in Hanoi on 24 January, a day before the official talks.", "unknown"),
        # the event before the words is the date's own, misdated
        (
            "Pham Minh Chinh and Sonexay Siphandone co-chaired the 48th meeting of the Vietnam–Laos "
            "Intergovernmental Committee in Vientiane on December 4, the day after the two Parties' "
            "high-level meeting.",
            "contradiction",
        ),
    ],
)
def test_a_day_counted_from_another_event(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 2, 6))
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]


# A list entry that opens with its day and a full stop: the day heads the entry's sentence (the
# CPV's 14th Congress met on 19-23 January 2026; its founding, 3 February 1930, turned 96 in 2026).
@pytest.mark.parametrize(
    ("text", "kind", "verdict"),
    [
        ("* 19-25 January. The 14th National Congress of the Communist Party of Vietnam met in Hanoi.", "date", "contradiction"),
        ("* 19-23 January. The 14th National Congress of the Communist Party of Vietnam met in Hanoi.", "date", "ok"),
        ("* 3 February. The Embassy marked the 95th anniversary of the founding of the Communist Party of Vietnam.", "ordinal", "contradiction"),
        ("* 3 February. The Embassy marked the 96th anniversary of the founding of the Communist Party of Vietnam.", "ordinal", "ok"),
    ],
)  # fmt: skip
def test_an_entrys_opening_day_heads_its_sentence(text: str, kind: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 4, 20), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == kind][:1] == [verdict]


# Words after a day without its year that say the year: the Parties' High-level Meeting was held
# in Vientiane on 2 December 2025, "last year" for a text of July 2026 (read as the nearest 2
# December, 2026's, the day would date nothing).
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 2 December last year the High-level Meeting between the two Parties was held in Hanoi.", "contradiction"),
        ("On 2 December last year the High-level Meeting between the two Parties was held in Vientiane.", "ok"),
    ],
)  # fmt: skip
def test_a_year_said_in_words_after_a_day(text: str, place: str) -> None:
    report = check_text(text, published=date(2026, 7, 3))
    assert [f.verdict.value for f in report.findings if f.kind == "place"] == [place]


# CLDR's abbreviated weekdays before a day ("Tue 26 Jan") are checked as the full names are:
# 26 January 2026 was a Monday.
@pytest.mark.parametrize(
    ("text", "weekday_slip"),
    [
        ("| 3 | Tue 26 Jan | Taxis: CPV headquarters (official welcome) | 310,000 |", True),
        ("| 3 | Mon 26 Jan | Taxis: CPV headquarters (official welcome) | 310,000 |", False),
        # an abbreviation alone is a word, not a weekday
        ("Sat there on 26 Jan, the delegates waited.", False),
    ],
)
def test_abbreviated_weekdays_before_a_day(text: str, weekday_slip: bool) -> None:
    report = check_text(text, published=date(2026, 2, 20), lang="en")
    assert any(f.rule == "dates.weekday" for f in report.findings) == weekday_slip


# "issued" labels the text's own time stamp where it opens a part of its line, and joins a
# document's name to its date (the Joint Statement is dated 2 December 2025).
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Version 4, issued Saturday 24 January 2026 (replaces version 3)", "unknown"),
        ("The Vietnam–Laos Joint Statement issued on 3 December 2025 sets the goals.", "contradiction"),
        ("The Vietnam–Laos Joint Statement issued on 2 December 2025 sets the goals.", "ok"),
    ],
)
def test_issued(text: str, verdict: str) -> None:
    assert [v for _t, v in _dates(text, date(2026, 1, 24))] == [verdict]
