# SPDX-License-Identifier: MIT
"""
The false contradictions the blind corpus heldout33 found, each mended from a general cause and
shown here on sentences of its kind, with the slip next to it that must still be caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(text: str, kind: str, lang: str, published: date) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


# ------------------------------------------------------------ a comma right after an anniversary
def test_a_name_past_a_comma_right_after_an_anniversary_is_not_what_it_counts() -> None:
    text = "Năm 2027: quan hệ ngoại giao tròn 65 năm, Hiệp ước tròn 50 năm, Đảng Nhân dân Cách mạng Lào tròn 72 năm."
    assert all(v != "contradiction" for _t, v in found(text, "ordinal", "vi", date(2026, 6, 10)))


@pytest.mark.parametrize(("n", "verdict"), [("51st", "ok"), ("52nd", "contradiction")])
def test_an_aside_between_an_anniversary_and_its_of_still_names_it(n: str, verdict: str) -> None:
    text = f"We send good wishes ahead of the {n} anniversary, on 2 December 2026, of the founding of the Lao PDR."
    assert (f"{n} anniversary", verdict) in found(text, "ordinal", "en", date(2026, 11, 20))


# ------------------------------------------------------------ a target set off after its sum
def test_a_target_word_set_off_after_a_sum_makes_it_a_target() -> None:
    text = (
        "Cột B là kim ngạch thương mại hai chiều. Thêm một đường ngang ở mức 5 tỷ USD – mục tiêu gần "
        "mà hai nước đã thống nhất."
    )
    assert ("5 tỷ USD", "ok") in found(text, "amount", "vi", date(2026, 6, 10))


def test_a_target_with_its_own_sum_after_the_dash_leaves_the_first_sum_actual() -> None:
    text = "Năm 2025 kim ngạch đạt 3,98 tỷ USD – mục tiêu 5 tỷ USD vẫn còn xa."
    assert ("3,98 tỷ USD", "contradiction") in found(text, "amount", "vi", date(2026, 6, 10))


# ------------------------------------------------------------ a chat log's message heads
CHAT = (
    "[7 May, 13:15] Chanthala: Our National Day is 2 December 1975.\n\n"
    "[8 May, 21:30] Minh: I read that the 48th meeting of the Intergovernmental Committee was held "
    "on {day} December 2025, co-chaired by the two Prime Ministers.\n"
)


@pytest.mark.parametrize(("day", "verdict"), [("3", "ok"), ("4", "contradiction")])
def test_a_messages_day_is_not_the_event_it_tells_of(day: str, verdict: str) -> None:
    dates = dict(found(CHAT.format(day=day), "date", "en", date(2026, 6, 10)))
    assert dates["8 May"] == "unknown"
    assert dates[f"{day} December 2025"] == verdict


# ------------------------------------------------------------ a title held "since"
def test_a_title_held_since_a_month_it_fits_is_no_slip_of_another_clauses_years() -> None:
    text = (
        "In Vietnam, Nguyen Phu Trong, who was also State President in 2016-2017, and To Lam, "
        "General Secretary since August 2024."
    )
    assert ("To Lam, General Secretary", "unknown") in found(text, "title", "en", date(2026, 3, 10))


def test_a_title_held_since_a_month_it_does_not_fit_is_still_caught() -> None:
    # the month itself is the slip, which the dates judge catches; the title has no such excuse
    text = "In Vietnam, Nguyen Phu Trong, who was also State President in 2016-2017, and To Lam, General Secretary since August 2023."
    found_dates = found(text, "date", "en", date(2026, 3, 10))
    assert ("August 2023", "contradiction") in found_dates
    assert ("To Lam, General Secretary", "unknown") not in found(text, "title", "en", date(2026, 3, 10))


# ------------------------------------------------------------ months of "last year"
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (
            "From January to September last year, trade between Vietnam and Laos was 2.36 billion dollars.",
            "en",
            "ok",
        ),
        (
            "From January to September last year, trade between Vietnam and Laos was 2.63 billion dollars.",
            "en",
            "contradiction",
        ),
        (
            "In the first nine months of last year, trade between Vietnam and Laos was 2.36 billion dollars.",
            "en",
            "ok",
        ),
        (
            "Chín tháng đầu năm ngoái, kim ngạch thương mại Việt Nam - Lào đạt 2,63 tỷ USD.",
            "vi",
            "contradiction",
        ),
    ],
)
def test_months_of_last_year_are_the_years_before_the_publication(text: str, lang: str, verdict: str) -> None:
    assert [v for _t, v in found(text, "amount", lang, date(2026, 3, 10))] == [verdict]


# ------------------------------------------------------------ a day set before an event
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 2 February, before the visit, we interviewed two former experts.", "en"),
        ("On 2 February, ahead of the state visit, we interviewed two former experts.", "en"),
        ("- Thứ Hai 2/2: bài trước chuyến thăm, phỏng vấn hai cựu chuyên gia.", "vi"),
    ],
)
def test_a_day_set_before_an_event_is_not_its_day(text: str, lang: str) -> None:
    assert all(v != "contradiction" for _t, v in found(text, "date", lang, date(2026, 2, 7)))


@pytest.mark.parametrize(("day", "verdict"), [("5", "ok"), ("6", "contradiction")])
def test_a_day_whose_phrase_of_sequence_has_ended_is_still_the_events(day: str, verdict: str) -> None:
    text = f"On {day} February, after the welcome ceremony, To Lam held talks with Thongloun Sisoulith."
    assert (f"{day} February", verdict) in found(text, "date", "en", date(2026, 2, 7))
