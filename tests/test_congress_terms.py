# SPDX-License-Identifier: MIT
"""
The term a party leader's title names ("Tổng Bí thư khóa XIII", "his 13th term as party chief",
"ເລຂາທິການໃຫຍ່ ... ສະໄໝທີ XIII") against the term in office on its sentence's day, which the
party's latest congress closed by then elected.  A term runs from its congress to the next, so a
congress's own days do not date it.  Each slip is caught beside its clean form.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def ordinals(text: str, lang: str, published: str = "2026-02-05") -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(
    ("text", "lang", "right", "wrong"),
    [
        (
            "Đây là chuyến công du nước ngoài đầu tiên của đồng chí Tô Lâm trên cương vị Tổng Bí thư {}.",
            "vi",
            "khóa XIV",
            "khóa XIII",
        ),
        (
            "Đây là chuyến thăm đầu tiên kể từ khi Đại hội XIV bầu lại ông Tô Lâm làm Tổng Bí thư "
            "Ban Chấp hành Trung ương Đảng {}.",
            "vi",
            "khóa XIV",
            "khóa XIII",
        ),
        ("It is the first foreign trip of To Lam's {} as party chief.", "en", "14th term", "13th term"),
        (
            "ທ່ານ ໂຕເລິມ ເລຂາທິການໃຫຍ່ ຄະນະບໍລິຫານງານສູນກາງພັກກອມມູນິດຫວຽດນາມ {} ໄດ້ມາຢ້ຽມຢາມລາວ.",
            "lo",
            "ສະໄໝທີ XIV",
            "ສະໄໝທີ XIII",
        ),
    ],
)
def test_a_leaders_term_is_the_one_in_office_on_the_day(text: str, lang: str, right: str, wrong: str) -> None:
    assert (right, "ok") in ordinals(text.format(right), lang)
    assert (wrong, "contradiction") in ordinals(text.format(wrong), lang)


def test_the_day_a_sentence_states_decides() -> None:
    text = "Ngày 2/12/2025, Tổng Bí thư {} Tô Lâm thăm Lào."
    assert ("khóa XIII", "ok") in ordinals(text.format("khóa XIII"), "vi")
    assert ("khóa XIV", "contradiction") in ordinals(text.format("khóa XIV"), "vi")


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        # a term is no event on the congress's days: the 13th term ran until January 2026
        ("Năm 2025, Tổng Bí thư khóa XIII Tô Lâm thăm Lào.", "vi", "2026-02-05"),
        # a plenum of the term, named at any date, with no leader's title beside the term
        ("Hội nghị Trung ương 8 khóa XIII của Đảng Cộng sản Việt Nam đã bàn về nhân sự.", "vi", "2026-02-05"),
        # a title once held
        ("Former General Secretary of the 13th term Nguyen Phu Trong was honoured.", "en", "2026-02-05"),
        # a day within the congress that elected the next term
        (
            "On 20 January 2026, General Secretary To Lam of the 13th term addressed the congress.",
            "en",
            "2026-02-05",
        ),
    ],
)
def test_a_term_the_day_cannot_judge_is_no_slip(text: str, lang: str, published: str) -> None:
    assert all(verdict != "contradiction" for _text, verdict in ordinals(text, lang, published))
