# SPDX-License-Identifier: MIT
"""
The false contradictions the blind corpus heldout30 found, each mended from a general cause and
shown here on sentences of its kind, with the slip next to it that must still be caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(text: str, kind: str, lang: str, published: date = date(2026, 3, 1)) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        # a table's row that opens with its own date is not the row above's document misdated
        ("              1986-12-15  the CPV's 6th Congress opens (Doi moi)", "ok"),
        ("       2026-09-05  Saturday   65th   diplomatic relations", "unknown"),
    ],
)
def test_a_row_opening_with_a_date_is_not_the_document_named_at_the_end_of_the_row_above(
    row: str, verdict: str
) -> None:
    text = "              1977-07-18  Treaty of Amity and Cooperation\n" + row + "\n"
    day = row.split(maxsplit=1)[0]
    assert [v for t, v in found(text, "date", "en") if t.startswith(day)] == [verdict]


def test_a_document_joined_to_its_date_by_words_is_still_misdated() -> None:
    text = "The Treaty of Amity and Cooperation of 18 July 1978 is the base of the relationship."
    assert ("18 July 1978", "contradiction") in found(text, "date", "en")


@pytest.mark.parametrize(
    ("words", "day", "verdict"),
    [
        ("ໄດ້ ຮັບ ເລືອກ ຄືນ ໃໝ່", "23", "ok"),
        ("ໄດ້ຮັບເລືອກຄືນໃໝ່", "23", "ok"),
        ("ໄດ້ຮັບເລືອກຄືນໃໝ່", "25", "contradiction"),
    ],
)
def test_lao_was_chosen_again_starts_a_term(words: str, day: str, verdict: str) -> None:
    # "re-elected" in Lao without ຕັ້ງ: the date is the new term's start, not a date of the visit
    # the sentence names before it
    text = (
        "ຕິດຕາມ ຂ່າວ ການ ຢ້ຽມຢາມ ທາງ ລັດຖະກິດ ຂອງ ທ່ານ ທອງລຸນ ສີສຸລິດ ຢູ່ ນະຄອນຫຼວງ ຮ່າໂນ້ຍ ໃນ ວັນທີ 26-27 ມັງກອນ, "
        f"ພ້ອມ ທັງ ຂ່າວ ເລຂາທິການໃຫຍ່ ໂຕເລິມ {words} ໃນ ວັນທີ {day} ມັງກອນ 2026."
    )
    assert (f"ວັນທີ {day} ມັງກອນ 2026", verdict) in found(text, "date", "lo")


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # a late leader's title in a sentence dated by a year before his term: maybe an honorific,
        # never surely right (Kaysone Phomvihane was President from 1991)
        ("In 1979, President Kaysone Phomvihane visited Hanoi.", "en", "unknown"),
        # said of the name ("đang là", was then), the title claims the office that year: a slip
        (
            "Trường được thành lập năm 1979, khi Kaysone Phomvihane đang là Chủ tịch nước Lào.",
            "vi",
            "contradiction",
        ),
        # in his term, or after his death (an honorific): right
        ("In 1991, President Kaysone Phomvihane visited Hanoi.", "en", "ok"),
        ("In 2010, President Kaysone Phomvihane was honoured with a statue.", "en", "ok"),
        ("In 1985, Prime Minister Kaysone Phomvihane visited Hanoi.", "en", "ok"),
    ],
)
def test_a_late_leaders_title_is_judged_in_the_year_its_sentence_states(
    text: str, lang: str, verdict: str
) -> None:
    [(_title, said)] = found(text, "title", lang)
    assert said == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a chain of titles one of which someone else held that day: a slip, whatever the rest
        ("Ngày 10/9/2024, Tổng Bí thư, Thủ tướng Tô Lâm đón nhà lãnh đạo Lào.", "contradiction"),
        ("Ngày 10/9/2024, Tổng Bí thư, Chủ tịch nước Tô Lâm đón nhà lãnh đạo Lào.", "ok"),
        # joined by "and", the titles may be two people's: the first may not be the name's
        (
            "Ngày 2/12/2025, Tổng Bí thư đã hội kiến Thủ tướng Lào và Chủ tịch Quốc hội Lào Xaysomphone Phomvihane.",
            "unknown",
        ),
    ],
)
def test_a_chained_title_another_held_that_day_is_a_contradiction(text: str, verdict: str) -> None:
    [(_title, said)] = found(text, "title", "vi")
    assert said == verdict
