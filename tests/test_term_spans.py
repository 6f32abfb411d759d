# SPDX-License-Identifier: MIT
"""
A span of years said of a person's office right before it (``dates.term``): "Kaysone Phomvihane
served as Prime Minister from 1975 to 1991" is right; "... as President from 1975 to 1991" is
wrong, as the record has others in that office of one holder in the years his terms leave out; a
span within his terms that ends elsewhere is unknown, and a body's term ("the 2021-2026 term") or
a life ("(1920-1992)") is no person's years in an office.  The spans themselves are read in the
three languages: "from 2016 to 2021", "từ năm 2016 đến năm 2021", "ປີ 2016 ຫາ 2021".
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.checker import Checker
from vnla.lang.parsing import parse_dates, parse_lao_dates

CHECKER = Checker()


def verdict(text: str, said: str, lang: str = "en") -> tuple[str, str]:
    report = CHECKER.check_text(text, published=date(2026, 10, 20), lang=lang)
    found = [(f.verdict.value, f.rule) for f in report.findings if f.kind == "date" and f.text == said]
    assert found, [(f.text, f.verdict.value) for f in report.findings]
    return found[0]


@pytest.mark.parametrize(
    ("text", "said", "lang"),
    [
        ("Kaysone Phomvihane served as Lao President from 1975 to 1991.", "1975 to 1991", "en"),
        ("Kaysone Phomvihane was President of Laos from 1975 to 1991.", "1975 to 1991", "en"),
        ("Kaysone Phomvihane (President 1975-1991) led Laos.", "1975-1991", "en"),
        ("Choummaly Sayasone was General Secretary from 2006 to 2018.", "2006 to 2018", "en"),
        ("Phankham Viphavanh was Prime Minister in 2021-2023.", "2021-2023", "en"),
        ("Ông Choummaly Sayasone là Tổng Bí thư từ năm 2006 đến năm 2018.", "2006 đến năm 2018", "vi"),
        (
            "ທ່ານ ຈູມມະລີ ໄຊຍະສອນ ເປັນ ເລຂາທິການໃຫຍ່ ໃນ ປີ ໒໐໐໖ ຫາ ໒໐໑໘.",
            "ປີ ໒໐໐໖ ຫາ ໒໐໑໘",
            "lo",
        ),
    ],
)
def test_years_in_an_office_others_held_are_a_slip(text: str, said: str, lang: str) -> None:
    assert verdict(text, said, lang) == ("contradiction", "dates.term")


@pytest.mark.parametrize(
    ("text", "said", "lang"),
    [
        ("Kaysone Phomvihane served as Prime Minister from 1975 to 1991.", "1975 to 1991", "en"),
        ("Kaysone Phomvihane (Prime Minister 1975-1991) led Laos.", "1975-1991", "en"),
        ("Prime Minister Kaysone Phomvihane (1975-1991) led Laos.", "1975-1991", "en"),
        ("Choummaly Sayasone was General Secretary from 2006 to 2016.", "2006 to 2016", "en"),
        ("Thongloun Sisoulith was Prime Minister from 2016 to 2021.", "2016 to 2021", "en"),
        # a term the record has with no end runs to the next holder's start
        ("Souphanouvong was President from 1975 to 1991.", "1975 to 1991", "en"),
        ("Tổng Bí thư Nguyễn Phú Trọng (2011-2024) là người bạn lớn của Lào.", "2011-2024", "vi"),
    ],
)
def test_years_of_a_run_of_terms_are_right(text: str, said: str, lang: str) -> None:
    assert verdict(text, said, lang) == ("ok", "dates.term")


def test_years_within_the_terms_that_end_elsewhere_are_unknown() -> None:
    assert verdict("Thongloun Sisoulith was Prime Minister from 2016 to 2020.", "2016 to 2020") == (
        "unknown",
        "dates.term",
    )


@pytest.mark.parametrize(
    ("text", "said", "lang"),
    [
        # a body's term, not the person's years
        ("Nguyen Phu Trong, General Secretary for the 2021-2026 term, died in 2024.", "2021-2026", "en"),
        ("Thủ tướng Phạm Minh Chính nhiệm kỳ 2021-2026 phát biểu.", "2021-2026", "vi"),
        # another verb between the name and the title
        ("To Lam met President Souphanouvong's family, 1975 to 1991.", "1975 to 1991", "en"),
        # a deputy's title
        ("Kaysone Phomvihane was Deputy President from 1975 to 1991.", "1975 to 1991", "en"),
    ],
)
def test_other_spans_are_not_terms(text: str, said: str, lang: str) -> None:
    assert verdict(text, said, lang)[1] != "dates.term"


def test_a_life_after_a_name_stays_a_life() -> None:
    text = "Tổng Bí thư Nguyễn Phú Trọng (1945-2024) là người bạn lớn của Lào."
    assert verdict(text, "1945-2024", "vi")[1] != "dates.term"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The plan runs from 2016 to 2020.", "2016 to 2020"),
        ("Kế hoạch từ năm 2016 đến năm 2020.", "2016 đến năm 2020"),
        ("Kế hoạch từ 2016 tới 2020.", "2016 tới 2020"),
    ],
)
def test_from_one_year_to_another_is_a_span(text: str, said: str) -> None:
    (mention,) = parse_dates(text)
    assert (mention.text, mention.when.earliest, mention.when.latest) == (
        said,
        date(2016, 1, 1),
        date(2020, 12, 31),
    )


def test_a_year_before_a_sum_is_no_span() -> None:
    # "đến" before a number that is no year: the year alone
    (mention,) = parse_dates("Năm 2024 tới 2200 tỷ đồng.")
    assert mention.text == "Năm 2024"


@given(st.integers(1950, 2049), st.integers(1, 50), st.sampled_from([" ຫາ ", "ຫາ", " - ", " ເຖິງ ປີ "]))
def test_lao_spans_of_years_read_both_ends(first: int, length: int, to: str) -> None:
    last = min(first + length, 2099)  # a span's end is a year of the 20th or 21st century
    (mention,) = parse_lao_dates(f"ປີ {first}{to}{last}.")
    assert mention.when is not None
    assert (mention.when.earliest, mention.when.latest) == (date(first, 1, 1), date(last, 12, 31))


def test_a_span_of_years_leaves_the_years_other_dates_state() -> None:
    # the teaching years 2019-2025 are no anniversary's, but 2025 is also the end of the
    # National Day's span: the 105th birth anniversary is of that year
    text = (
        "He taught in Vientiane from 2019 to 2025, on the occasion of the 50th anniversary of the "
        "National Day of the Lao People's Democratic Republic (2 December 1975 – 2 December 2025) and "
        "the 105th birth anniversary of President Kaysone Phomvihane."
    )
    report = CHECKER.check_text(text, published=date(2026, 3, 20), lang="en")
    assert {f.text: f.verdict.value for f in report.findings if f.kind == "ordinal"} == {
        "50th anniversary": "ok",
        "105th birth anniversary": "ok",
    }


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Thongloun Sisoulith was Prime Minister from April 2016 to March 2021; Phankham Viphavanh held
        # the office all through 2022
        ("Thongloun Sisoulith served as Prime Minister from 2016 to 2022.", "contradiction"),
        ("Thongloun Sisoulith served as Prime Minister from 2016 to 2021.", "ok"),
        # Souphanouvong's presidency ended between October 1986 and August 1991: the record has him in
        # the office all through 1976, though not all through 1987-1990
        ("Kaysone Phomvihane, President of Laos 1975-1991.", "contradiction"),
        ("Kaysone Phomvihane, President of Laos 1987-1991.", "unknown"),
    ],
)
def test_a_span_is_wrong_where_the_record_has_others_all_through_one_of_its_years(
    text: str, verdict: str
) -> None:
    report = Checker().check_text(text, published=date(2026, 8, 28), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "date"] == [verdict]
