# SPDX-License-Identifier: MIT
"""
Dates of a founding, a birth or a death that a record card's field gives ("Born: ...", "Sinh:",
"ເກີດ:" under the subject's name), or that follow a part set off after a person's name ("Ho Chi
Minh, whose portrait hung in the school, was born on ..."): the judges pass the right date and
catch a wrong one, and leave a date whose subject the text does not make sure unknown.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def _dates(text: str, lang: str = "en", published: str = "2026-03-10") -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("card", "lang", "date", "verdict"),
    [
        ("Name: Kaysone Phomvihane\nBorn: {}\n", "en", "13 December 1920", "ok"),
        ("Name: Kaysone Phomvihane\nBorn: {}\n", "en", "13 December 1921", "contradiction"),
        ("Kaysone Phomvihane\nPrime Minister of the Lao PDR\nDied: {}\n", "en", "21 November 1993", "contradiction"),
        ("Họ tên: Cay-xỏn Phôm-vi-hản\nSinh: {}\n", "vi", "13/12/1921", "contradiction"),
        ("ທ່ານ ໄກສອນ ພົມວິຫານ\nເກີດ: {}\n", "lo", "13 ທັນວາ 1921", "contradiction"),
        ("ທ່ານ ໄກສອນ ພົມວິຫານ\nເກີດ: {}\n", "lo", "13 ທັນວາ 1920", "ok"),
        # a country named in the subject's line is part of its name, not the subject
        ("No. L-001\nTitle: Treaty of Amity and Cooperation between Vietnam and Laos\nSigned: {}\n", "en",
         "18 June 1977", "contradiction"),
        ("Title: Treaty of Amity and Cooperation between Vietnam and Laos\nSigned: {}\n", "en",
         "18 July 1977", "ok"),
    ],
)  # fmt: skip
def test_a_card_field_dates_its_subject(card: str, lang: str, date: str, verdict: str) -> None:
    assert _dates(card.format(date), lang) == [(date, verdict)]


def test_each_card_of_a_list_has_its_own_subject() -> None:
    text = "Souphanouvong\nBorn: 13 July 1909\nKaysone Phomvihane\nBorn: 13 December 1921\n"
    assert _dates(text) == [("13 July 1909", "ok"), ("13 December 1921", "contradiction")]


@pytest.mark.parametrize(
    "card",
    [
        # a blank line ends the card: the name above it is another block's
        "Kaysone Phomvihane\n\nBorn: 13 December 1921\n",
        # two people on the subject's line: which one's birth it is, the card does not say
        "Kaysone Phomvihane and Souphanouvong\nBorn: 13 December 1921\n",
        # the label is not the words of a birth alone
        "Name: Kaysone Phomvihane\nBorn in the year of: 13 December 1921\n",
    ],
)
def test_a_card_whose_subject_is_unsure_leaves_the_date_unknown(card: str) -> None:
    assert _dates(card) == [("13 December 1921", "unknown")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ho Chi Minh, whose portrait hung in the school in Hanoi, was born on 19 May 1891.",
            [("19 May 1891", "contradiction")],
        ),
        (
            "Ho Chi Minh, whose portrait hung in the school, was born on 19 May 1890 and died on 2 September 1968.",
            [("19 May 1890", "ok"), ("2 September 1968", "contradiction")],
        ),
        (
            "Chủ tịch Hồ Chí Minh, người sáng lập Đảng, đã sinh ngày 19/5/1891.",
            [("ngày 19/5/1891", "contradiction")],
        ),
        # the subject of "who was born" is the noun right before it, not the name
        ("Kaysone Phomvihane met his wife, who was born on 19 May 1891.", [("19 May 1891", "unknown")]),
        # a part set off that names its own subject ("whose son, ...,") is no apposition of the name
        ("Kaysone Phomvihane, whose son, a doctor, was born in 1955.", [("in 1955", "unknown")]),
    ],
)
def test_a_birth_after_a_part_set_off_is_the_persons(text: str, expected: list[tuple[str, str]]) -> None:
    lang = "vi" if "Chủ tịch" in text else "en"
    assert _dates(text, lang) == expected


def test_a_birth_of_someone_unrecorded_dates_no_title() -> None:
    text = "Prime Minister Kaysone Phomvihane and his wife, who was born on 19 May 1931, came to Hanoi."
    report = CHECKER.check_text(text, published="2026-03-10", lang="en")
    titles = [f.verdict.value for f in report.findings if f.kind == "title"]
    assert titles == ["ok"]


@pytest.mark.parametrize(
    "text",
    [
        "Nguyen Phu Trong led the Party until his death on 19 July 2024, and To Lam visited Laos on 11-12 July 2024.",
        "To Lam's state visit to Laos came in July 2024; his predecessor, who died on 19 July 2024, was mourned.",
    ],
)
def test_a_life_day_the_record_does_not_hold_is_no_events_day(text: str) -> None:
    # death words before it: the day is a life's, not the visit's, though the visit is named
    assert ("19 July 2024", "unknown") in _dates(text)
