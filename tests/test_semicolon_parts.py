# SPDX-License-Identifier: MIT
"""
A sentence's parts between semicolons: a calendar's or a digest's facts, each with its own date.

A title is dated by a date of its own clause before a nearer one past a semicolon, and an
event word of another part that states its own date may say which event a date is, never that
the date is wrong.  Each case has its planted slip, which is still caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text


def _verdicts(text: str, kind: str, published: date = date(2026, 3, 1)) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang="en")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_a_calendars_next_entry_is_not_the_previous_entrys_event() -> None:
    text = (
        "Calendar: 19–23 January, CPV 14th Congress (Hanoi); 26–27 January, Thongloun Sisoulith "
        "in Hanoi; 5 February, To Lam in Vientiane."
    )
    assert _verdicts(text, "date") == [
        ("19–23 January", "ok"),
        ("26–27 January", "unknown"),
        ("5 February", "unknown"),
    ]


def test_a_slip_in_the_entry_of_the_event_word_is_still_caught() -> None:
    text = "Calendar: 19–25 January, CPV 14th Congress (Hanoi); 26–27 January, Thongloun Sisoulith in Hanoi."
    assert _verdicts(text, "date")[0] == ("19–25 January", "contradiction")


def test_a_part_with_no_date_of_its_own_lends_its_event_word() -> None:
    text = "The CPV 14th Congress opened in Hanoi; it closed on 25 January 2026."
    assert _verdicts(text, "date") == [("25 January 2026", "contradiction")]


def test_another_dated_parts_event_word_may_still_say_which_event() -> None:
    text = (
        "Tổng Bí thư Tô Lâm thăm cấp Nhà nước Lào (1–2/12/2025); Tổng Bí thư, Chủ tịch nước "
        "Thongloun Sisoulith thăm Việt Nam (26–27/1/2026)."
    )
    report = check_text(text, published="2026-03-01", lang="vi")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"] == [
        ("1–2/12/2025", "ok"),
        ("26–27/1/2026", "ok"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When To Lam visited Laos in July 2024 he did so as State President; by December 2025 "
            "he was back as General Secretary.",
            [("as State President", "ok")],
        ),
        # the slip: in December 2025 he was General Secretary, not President (his term as
        # President ran from May to October 2024)
        (
            "When To Lam visited Laos in December 2025 he came as State President; in July 2024 he "
            "had come as General Secretary.",
            [("as State President", "contradiction")],
        ),
    ],
)
def test_a_title_is_dated_by_its_own_clause_before_one_past_a_semicolon(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _verdicts(text, "title") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a comma and "and" part the clauses too
        (
            "In July 2024 she watched President To Lam arrive in Vientiane, and in March 2026 she "
            "went to the LPRP's anniversary.",
            "en",
            [("President To Lam", "ok")],
        ),
        (
            "ເດືອນກໍລະກົດ2024, ທ່ານເບິ່ງໂທລະທັດເຫັນທ່ານໂຕເລິມປະທານປະເທດຫວຽດນາມມາຢ້ຽມຢາມລາວ, ແລະເດືອນມີນາປີນີ້ທ່ານໄດ້ໄປຮ່ວມງານ.",
            "lo",
            [("ໂຕເລິມປະທານປະເທດຫວຽດນາມ", "ok")],
        ),
        # the slip in its own clause is still caught
        (
            "In March 2026 she watched President To Lam arrive in Vientiane, and in July 2024 she "
            "went to the LPRP's anniversary.",
            "en",
            [("President To Lam", "contradiction")],
        ),
    ],
)
def test_a_title_is_dated_by_its_own_clause_before_one_past_a_comma_and_and(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    report = check_text(text, published="2026-03-20", lang=lang)
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"] == expected
