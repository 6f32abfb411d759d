# SPDX-License-Identifier: MIT
"""
The general causes behind the false contradictions of the eighteenth blind corpus (heldout18),
each shown on sentences of our own: it passes clean and still catches a planted slip.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _verdicts(text: str, kind: str, published: date, lang: str = "en") -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_an_event_word_behind_a_semicolon_with_its_own_date_does_not_date_this_one() -> None:
    # the session of the second part is its own date's, not the Joint Statement's day's
    text = (
        "Theo Tuyên bố chung ngày 2/12/2025, quan hệ hai nước được nâng lên tầm mới; tại Kỳ họp lần thứ "
        "49 Ủy ban liên Chính phủ Việt Nam - Lào ngày 3/12/2025, hai bên thống nhất."
    )
    dates = _verdicts(text, "date", date(2026, 2, 12), "vi")
    assert ("ngày 2/12/2025", "ok") in dates  # the Joint Statement's own day
    assert ("ngày 3/12/2025", "ok") in dates
    # the session's own date, wrong, is still a slip
    wrong = text.replace("3/12/2025", "4/12/2025").replace("49", "48")
    assert ("ngày 4/12/2025", "contradiction") in _verdicts(wrong, "date", date(2026, 2, 12), "vi")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("25 Jan.-1 Feb. 2021", "ok"),
        ("25 Jan.-2 Feb. 2021", "contradiction"),
        ("25 Jan. - 1 Feb. 2021", "ok"),
    ],
)
def test_a_range_of_abbreviated_months_with_their_stops_is_one_date(said: str, expected: str) -> None:
    text = f"The 13th National Congress ({said}) elected a new Central Committee."
    assert _verdicts(text, "date", date(2026, 6, 15)) == [(said, expected)]


@pytest.mark.parametrize(("month", "expected"), [("August 2024", "ok"), ("June 2024", "contradiction")])
def test_from_a_month_after_a_title_is_the_start_of_its_term(month: str, expected: str) -> None:
    text = f"General Secretary To Lam (from {month}) spoke at the meeting."
    assert _verdicts(text, "date", date(2026, 6, 15)) == [(month, expected)]


def test_an_index_entry_ending_with_its_pages_is_no_wrapped_sentence() -> None:
    # each line is its own entry: the visit of the line above does not date "Aug. 2024"
    text = (
        "To Lam\n"
        "    President (May-Oct. 2024), 240; state visit to Laos (11-12 July 2024), 241, 245\n"
        "    General Secretary of the Communist Party of Vietnam (from Aug. 2024), 250-95\n"
    )
    assert ("Aug. 2024", "contradiction") not in _verdicts(text, "date", date(2026, 6, 15))
    # a hard-wrapped sentence whose line ends with a decimal comma still goes on
    wrapped = (
        "Kim ngạch thương mại hai chiều Việt Nam – Lào năm 2023 đạt 1,6 tỷ USD, năm 2024 đạt 2,2\n"
        "tỷ USD, tăng khoảng 34%.\n"
    )
    assert ("2,2\ntỷ USD", "ok") in _verdicts(wrapped, "amount", date(2026, 3, 1), "vi")


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("General Secretary To Lam paid a state visit to Laos on Thursday last week.", "en", "ok"),
        (
            "General Secretary To Lam paid a state visit to Laos on Wednesday last week.",
            "en",
            "contradiction",
        ),
        ("Tổng Bí thư Tô Lâm thăm cấp Nhà nước Lào vào thứ Năm tuần trước.", "vi", "ok"),
        ("ເລຂາທິການໃຫຍ່ ໂຕເລິມ ຢ້ຽມຢາມທາງລັດຖະກິດ ຢູ່ ສປປ ລາວ ໃນ ວັນພະຫັດ ອາທິດ ແລ້ວ.", "lo", "ok"),
    ],
)
def test_a_weekday_of_last_week_is_that_weeks(text: str, lang: str, day: str) -> None:
    # published on Friday 13 February 2026: Thursday last week is 5 February, not the day before
    first = _verdicts(text, "date", date(2026, 2, 13), lang)[0]
    assert first[1] == day


@pytest.mark.parametrize(("value", "expected"), [("ເກືອບ 2,5 ຕື້ ໂດລາ", "ok"), ("3,5 ຕື້ ໂດລາ", "contradiction")])
def test_the_first_months_of_a_year_in_lao_words(value: str, expected: str) -> None:
    text = f"ສິບ ເດືອນ ທຳອິດ ຂອງ ປີ 2025 ການຄ້າ ສອງ ຝ່າຍ ລາວ-ຫວຽດນາມ ໄດ້ {value}."
    assert _verdicts(text, "amount", date(2026, 1, 31), "lo") == [(value, expected)]


def test_a_day_word_in_a_logs_entry_counts_from_the_entrys_date() -> None:
    text = (
        "Monday 19 January\n07:00 The radio said the 14th Congress of the Communist Party of Vietnam "
        "opened today in Hanoi.\n\nFriday 30 January\nThe radio said the Congress opened yesterday.\n"
    )
    dates = _verdicts(text, "date", date(2026, 1, 31))
    assert ("today", "ok") in dates
    assert ("yesterday", "contradiction") in dates  # 29 January, from the entry's day
    report = check_text(text, published=date(2026, 1, 31), lang="en")
    [wrong] = [f for f in report.findings if f.text == "yesterday"]
    assert "against the date of its entry 2026-01-30" in str(wrong.message)


def test_a_calendars_year_on_the_line_above_its_days() -> None:
    text = "Item 7 - Desk calendar 2027 (pre-order)\nKey dates: 22 March ({} anniversary of the LPRP's founding).\n"
    assert _verdicts(text.format("72nd"), "ordinal", date(2026, 9, 1)) == [("72nd anniversary", "ok")]
    assert _verdicts(text.format("73rd"), "ordinal", date(2026, 9, 1)) == [
        ("73rd anniversary", "contradiction")
    ]


def test_a_lists_lead_that_names_one_year_dates_its_entries() -> None:
    text = (
        "2. Activities funded in 2025\n"
        "2025 was a year of many anniversaries, so the association spent more:\n"
        "a) a dinner for the {} anniversary of the Treaty of Amity and Cooperation (18 July);\n"
    )
    assert _verdicts(text.format("48th"), "ordinal", date(2026, 3, 28)) == [("48th anniversary", "ok")]
    assert _verdicts(text.format("49th"), "ordinal", date(2026, 3, 28)) == [
        ("49th anniversary", "contradiction")
    ]


def test_vn_stands_for_vietnam_in_notes() -> None:
    text = "  - VN: 2030 (100 năm thành lập Đảng) → nước đang phát triển có công nghiệp hiện đại.\n"
    before = "Hội nghị thông báo kết quả Đại hội XII của Đảng Nhân dân Cách mạng Lào.\n\nMỤC TIÊU\n"
    assert _verdicts(before + text, "ordinal", date(2026, 11, 3), "vi")[-1] == ("100 năm", "ok")


@pytest.mark.parametrize(
    ("value", "expected"), [("USD 1.6 billion", "ok"), ("USD 1.9 billion", "contradiction")]
)
def test_a_when_clause_after_a_year_is_that_years(value: str, expected: str) -> None:
    text = (
        "Two-way trade in 2024 was USD 2.2 billion, itself about 34 per cent higher than in 2023, "
        f"when the figure stood at {value}."
    )
    assert (value, expected) in _verdicts(text, "amount", date(2026, 3, 10))


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("WEDNESDAY, 5 SEPTEMBER 1962", "ok"),
        ("TUESDAY, 5 SEPTEMBER 1962", "contradiction"),
        ("18 JULY 1976", "contradiction"),
    ],
)
def test_a_date_in_capitals_is_read(said: str, expected: str) -> None:
    # a heading's date in capitals: the weekday and the founding it dates are judged
    what = (
        "VIETNAM AND LAOS ESTABLISH DIPLOMATIC RELATIONS"
        if "1962" in said
        else "THE TREATY OF AMITY AND COOPERATION IS SIGNED"
    )
    found = _verdicts(f"{said}: {what}.", "date", date(2026, 4, 22))
    assert found and found[0] == (said, expected)


@pytest.mark.parametrize(("ordinal", "number"), [("sixty-fifth", 65), ("twenty first", 21), ("fifth", 5)])
def test_a_compound_ordinal_word_is_one_number(ordinal: str, number: int) -> None:
    from vnla.lang.parsing import parse_ordinals

    [mention] = parse_ordinals(f"the {ordinal} anniversary of the treaty")
    assert (mention.number, mention.text) == (number, f"{ordinal} anniversary")
