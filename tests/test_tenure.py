# SPDX-License-Identifier: MIT
"""
The tenure rule (``dates.tenure``): a date said to start a person's tenure of the office titled
right before it is compared with the starts of the person's terms in that office, in English,
Vietnamese and Lao; a wrong start is caught, a right one passes, and a date that starts
something else (a visit since ..., another person's) is left to the other rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text, rules

PUBLISHED = date(2026, 3, 1)

# Sonexay Siphandone has been Prime Minister since 2022-12-30; Luong Cuong State President since
# 2024-10-21; Thongloun Sisoulith General Secretary since 2021-01-15 (re-elected 2026-01-08).
CASES = [
    ("en", "Prime Minister Sonexay Siphandone, in office since {y}, co-chaired the meeting.", "2022", "2021"),
    (
        "vi",
        "Chủ tịch nước Lương Cường, người được Quốc hội bầu vào chức vụ này từ tháng 10/{y}, đã tiếp ông.",
        "2024",
        "2023",
    ),
    ("lo", "ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ນັບແຕ່ປີ {y} ໄດ້ກ່າວ.", "2021", "2016"),
]


def _tenure(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.rule or "") for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(("lang", "text", "right", "wrong"), CASES)
def test_a_tenures_start_is_judged(lang: str, text: str, right: str, wrong: str) -> None:
    assert _tenure(text.format(y=right), lang) == [("ok", "dates.tenure")]
    assert _tenure(text.format(y=wrong), lang) == [("contradiction", "dates.tenure")]


def test_a_re_election_is_a_start_too() -> None:
    assert _tenure("ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ນັບແຕ່ປີ 2026 ໄດ້ກ່າວ.", "lo") == [("ok", "dates.tenure")]


def test_the_message_names_the_starts_in_the_readers_language() -> None:
    report = check_text(CASES[0][1].format(y="2021"), published=PUBLISHED, lang="en")
    (finding,) = [f for f in report.findings if f.rule == "dates.tenure"]
    assert "2022-12-30" in str(finding.message)
    assert "since 2021" in str(finding.message)


@pytest.mark.parametrize(
    "text",
    [
        "General Secretary To Lam, who has visited Laos since 2021, arrived.",  # an event word between
        "Prime Minister Sonexay Siphandone met Tran Thanh Man, in office since 2021.",  # another person
        "General Secretary and President Thongloun Sisoulith, in office since 2016, spoke.",  # two offices
    ],
)
def test_a_date_that_starts_something_else_is_left_to_the_other_rules(text: str) -> None:
    # the date is read, and judged by the rule of a date with no event, not as a tenure's start
    assert _tenure(text, "en") == [("unknown", "dates.date")]


def test_the_rule_is_listed() -> None:
    assert "dates.tenure" in rules()
