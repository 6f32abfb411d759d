# SPDX-License-Identifier: MIT
"""
Titles said of a name ("Luong Cuong is State President", "Lương Cường là Chủ tịch nước", "ທ່ານ
ເລືອງເກື່ອງເປັນປະທານປະເທດ"; the word files' ``titles.predicates``) are read and judged as titles
before a name are.  Each case passes the true title and catches the swapped one.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

# On 3 December 2025 Luong Cuong was State President (from 21 October 2024); To Lam had not been
# State President since 21 October 2024.
PUBLISHED = date(2025, 12, 3)


def _titles(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("right", "wrong", "lang"),
    [
        ("Luong Cuong is State President.", "To Lam is State President.", "en"),
        ("Luong Cuong is the State President of Vietnam.", "To Lam is the State President of Vietnam.", "en"),
        ("Lương Cường là Chủ tịch nước.", "Tô Lâm là Chủ tịch nước.", "vi"),
        ("Lương Cường hiện là Chủ tịch nước.", "Tô Lâm hiện là Chủ tịch nước.", "vi"),
        ("ທ່ານເລືອງເກື່ອງເປັນປະທານປະເທດ.", "ທ່ານໂຕເລິມເປັນປະທານປະເທດ.", "lo"),
        ("ທ່ານ ເລືອງເກື່ອງ ເປັນ ປະທານປະເທດ.", "ທ່ານ ໂຕເລິມ ເປັນ ປະທານປະເທດ.", "lo"),
    ],
)
def test_a_title_said_of_a_name_is_judged(right: str, wrong: str, lang: str) -> None:
    assert [v for _t, v in _titles(right, lang)] == ["ok"]
    assert [v for _t, v in _titles(wrong, lang)] == ["contradiction"]


def test_two_clauses_each_say_a_title() -> None:
    text = "Luong Cuong is State President and To Lam is State President too."
    assert [v for _t, v in _titles(text, "en")] == ["ok"]  # "too" is no end: the second is not read
    text = "Luong Cuong is State President and To Lam is State President."
    assert [v for _t, v in _titles(text, "en")] == ["ok", "contradiction"]


@pytest.mark.parametrize(
    "text",
    [
        "To Lam is not State President.",  # a denial: not read
        "To Lam was State President.",  # the past, of no stated time
        "To Lam is State President Luong Cuong's guest.",  # the title is the next name's
        "To Lam is State President-elect.",  # words after the title
    ],
)
def test_only_a_title_surely_said_of_the_name_is_read_so(text: str) -> None:
    assert all(not t.startswith("To Lam") for t, _v in _titles(text, "en"))


def test_a_lao_first_holder_is_not_an_office_at_the_sentences_date() -> None:
    """The first President is judged as the line's first (``titles.first-holder``), not as an office held then."""
    text = "ໃນວັນທີ 2 ທັນວາ 1975,ໂດຍມີທ່ານສຸພານຸວົງເປັນປະທານປະເທດຄົນທຳອິດ."
    report = check_text(text, published=PUBLISHED, lang="lo")
    found = [(f.rule, f.verdict.value) for f in report.findings if f.kind == "title"]
    assert found == [("titles.first-holder", "ok")]


@pytest.mark.parametrize(("name", "verdict"), [("Luong Cuong", "ok"), ("To Lam", "contradiction")])
def test_an_apposition_with_a_qualifier_that_starts_a_title(name: str, verdict: str) -> None:
    """ "State" is a qualifier and the first word of "State President": the title is read whole."""
    assert [v for _t, v in _titles(f"{name}, State President, spoke.", "en")] == [verdict]
