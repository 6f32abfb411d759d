# SPDX-License-Identifier: MIT
"""
An anniversary or a birthday owned by a name right before it ("Kaysone Phomvihane's 105th birth
anniversary", "the LPRP's 70th anniversary", "the Lao PDR's 50th anniversary", "Ho Chi Minh's
136th birthday") counts from that record's founding, birth or death; a country's common name
("Laos's 51st anniversary") and a person the record has no birth of count from nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _ordinals(text: str) -> list[str]:
    report = check_text(text, published=date(2026, 6, 10), lang="en")
    return [f.verdict.value for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2025 the LPRP's 70th anniversary was celebrated.", "ok"),
        ("In 2025 the LPRP's 71st anniversary was celebrated.", "contradiction"),
        ("In 2025 the Lao PDR's 50th anniversary was celebrated.", "ok"),
        ("In 2025 the Lao PDR's 51st anniversary was celebrated.", "contradiction"),
        ("In 2025 Kaysone Phomvihane’s 105th birth anniversary was marked.", "ok"),
        ("In 2025 Kaysone Phomvihane's 106th birth anniversary was marked.", "contradiction"),
        ("In 2025 Kaysone Phomvihane's 106th birthday was marked.", "contradiction"),
        ("The museum reopened on 19 May 2026, Ho Chi Minh's 136th birthday.", "ok"),
        ("In 2026 Ho Chi Minh's 57th death anniversary was marked.", "ok"),
        ("In 2026 Ho Chi Minh's 56th death anniversary was marked.", "contradiction"),
        ("The museum reopened on 19 May 2026, the 137th birthday of President Ho Chi Minh.", "contradiction"),
    ],
)
def test_a_possessive_names_what_the_anniversary_counts_from(text: str, expected: str) -> None:
    assert _ordinals(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In 2025 Laos's 51st anniversary was celebrated.",  # the common name: of what?
        "In 2025 To Lam's 68th birthday was marked.",  # the record has no birth of his
        "In 2025 the hotel's 51st anniversary was marked in Vientiane.",
    ],
)
def test_an_owner_the_record_cannot_count_from_is_no_slip(text: str) -> None:
    assert "contradiction" not in _ordinals(text)


@pytest.mark.parametrize(("ordinal", "expected"), [("105th", "ok"), ("106th", "contradiction")])
def test_a_persons_pronoun_names_the_one_person_named_before(ordinal: str, expected: str) -> None:
    text = f"Kaysone Phomvihane was born in 1920. In 2025 Laos marked his {ordinal} birth anniversary."
    assert _ordinals(text) == [expected]


def test_a_pronoun_with_two_people_before_it_names_neither() -> None:
    text = "To Lam met Thongloun Sisoulith. In 2025 he marked his 70th birthday."
    assert "contradiction" not in _ordinals(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the one person the anniversary's sentence names, a pronoun for them after it
        ("Kaysone Phomvihane was born on 13 December 1920; this December marks the 107th anniversary of his birth.", "en", "contradiction"),
        ("Kaysone Phomvihane was born on 13 December 1920; this December marks the 106th anniversary of his birth.", "en", "ok"),
        ("Kaysone Phomvihane died on 21 November 1992; this November marks the 35th anniversary of his death.", "en", "contradiction"),
        ("ທ່ານ ໄກສອນ ພົມວິຫານ ເກີດ ວັນທີ ໑໓ ທັນວາ ໑໙໒໐; ປີ ໒໐໒໕ ເປັນ ວັນເກີດ ຄົບຮອບ ໑໐໖ ປີ ຂອງ ທ່ານ.", "lo", "contradiction"),
        ("ທ່ານ ໄກສອນ ພົມວິຫານ ເກີດ ວັນທີ ໑໓ ທັນວາ ໑໙໒໐; ປີ ໒໐໒໕ ເປັນ ວັນເກີດ ຄົບຮອບ ໑໐໕ ປີ ຂອງ ທ່ານ.", "lo", "ok"),
        # no pronoun: whose birth is not said
        ("Kaysone Phomvihane visited Hanoi; this December marks the 107th birth anniversary.", "en", "unknown"),
        # another record named after the anniversary
        ("Kaysone Phomvihane was born in 1920; 2026 marks the 71st anniversary of the LPRP, which he led.", "en", "ok"),
    ],
)  # fmt: skip
def test_the_life_of_the_one_person_of_its_sentence(text: str, lang: str, expected: str) -> None:
    report = check_text(text, published=date(2026, 6, 10), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [expected]


def test_a_pronoun_inside_another_word_stands_for_no_one() -> None:
    # "ông" (he) inside "không" (not) is no pronoun: whose birth is not said
    text = "Chủ tịch Cay-xỏn Phôm-vi-hản về thăm trường năm 1980; năm nay kỷ niệm 107 năm ngày sinh, không ai quên."
    report = check_text(text, published=date(2026, 6, 10), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == ["unknown"]
