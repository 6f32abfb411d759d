# SPDX-License-Identifier: MIT
"""
What the seventeenth blind corpus taught, each shown on sentences of our own: rows of a table
laid out with dot leaders or with bars between cells, horizons in brackets, "the year as a
whole", a note cell of several sums, the Lao word for a week, a date past a semicolon from a
named year, and a newspaper's issue date.  The record: bilateral trade USD 2.2 billion in 2024,
USD 2.98 billion in 2025 (up 32.7%), USD 2.36 billion in January-September 2025 (up 57%), Laos'
2024 surplus about USD 732.7 million; targets USD 5 billion near-term, USD 10 billion longer-term.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla import check_text
from vnla.checker.normal import normal


def _verdicts(
    text: str, published: date, lang: str = "en", kinds: tuple[str, ...] = ("amount", "change")
) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind in kinds]


LEADERS = (
    "NUMBERS\n"
    "   Two-way trade, 2024 ........................ USD {a} billion\n"
    "   Lao surplus with Vietnam, 2024 .............. about USD 732.7 million\n"
    "   Two-way trade, 2025 ......................... USD 2.98 billion\n"
)


def test_rows_with_dot_leaders_are_rows() -> None:
    # each row its own line, its leader a colon
    assert normal(LEADERS.format(a="2.2"))[0].splitlines()[1] == " Two-way trade, 2024: USD 2.2 billion"
    assert _verdicts(LEADERS.format(a="2.2"), date(2026, 7, 31)) == [
        ("USD 2.2 billion", "ok"),
        ("about USD 732.7 million", "ok"),
        ("USD 2.98 billion", "ok"),
    ]
    assert _verdicts(LEADERS.format(a="2.7"), date(2026, 7, 31))[0] == ("USD 2.7 billion", "contradiction")


def test_a_leader_of_spaced_dots_is_a_colon_too() -> None:
    assert (
        normal("Two-way trade, 2024 . . . . . . USD 2.2 billion")[0] == "Two-way trade, 2024: USD 2.2 billion"
    )


def test_an_ellipsis_is_no_leader() -> None:
    assert normal("He waited.... and waited.")[0] == "He waited.... and waited."


@pytest.mark.parametrize(("near", "longer", "expected"), [("5", "10", "ok"), ("10", "5", "contradiction")])
def test_a_horizon_in_brackets_is_its_figures(near: str, longer: str, expected: str) -> None:
    text = f"Trade targets: USD {near} billion (near term) and USD {longer} billion (longer term)."
    assert {v for _t, v in _verdicts(text, date(2026, 7, 31))} == {expected}


@pytest.mark.parametrize(("value", "expected"), [("2.98", "ok"), ("2.89", "contradiction")])
def test_the_year_as_a_whole(value: str, expected: str) -> None:
    text = (
        "Customs data put two-way trade at USD 2.36 billion in the first nine months of 2025, and the "
        f"ministry said that the year as a whole reached USD {value} billion."
    )
    found = _verdicts(text, date(2026, 2, 16))
    assert found[-1] == (f"USD {value} billion", expected)
    if expected == "contradiction":  # against the year's figure, not the nine months'
        report = check_text(text, published=date(2026, 2, 16), lang="en")
        assert "for 2025;" in str(report.findings[-1].message)


TABLE = (
    "Thương mại hai chiều:\n\n"
    "Năm / kỳ            | Kim ngạch hai chiều        | Ghi chú\n"
    "2024                | 2,2 tỷ USD                 | tăng khoảng 34%; Lào xuất siêu khoảng 732,7 triệu USD\n"
    "Quý I/2025          | 979 triệu USD              | Việt Nam xuất 346 triệu USD, nhập 633 triệu USD\n"
    "Năm 2025            | {v} tỷ USD                 | tăng 32,7%\n"
)


def test_a_table_with_bars_between_its_cells() -> None:
    found = dict(_verdicts(TABLE.format(v="2,98"), date(2026, 4, 2), "vi"))
    assert found["2,2 tỷ USD"] == found["979 triệu USD"] == found["2,98 tỷ USD"] == "ok"
    assert found["khoảng 732,7 triệu USD"] == "ok"  # the note's own metric: the surplus
    # a note of several sums is no caption's trade: its verbs name each one's flow ("Việt Nam xuất
    # 346 triệu USD, nhập 633 triệu USD": Vietnam's exports, and its imports, Laos' exports)
    assert found["346 triệu USD"] == found["633 triệu USD"] == "ok"
    swapped = TABLE.replace("xuất 346 triệu USD, nhập 633", "xuất 633 triệu USD, nhập 346")
    found = dict(_verdicts(swapped.format(v="2,98"), date(2026, 4, 2), "vi"))
    assert found["346 triệu USD"] == found["633 triệu USD"] == "contradiction"
    assert dict(_verdicts(TABLE.format(v="2,89"), date(2026, 4, 2), "vi"))["2,89 tỷ USD"] == "contradiction"


def test_rows_with_bars_are_not_one_wrapped_sentence_but_an_indented_cell_goes_on() -> None:
    assert len(normal(TABLE.format(v="2,98"))[0].splitlines()) == 6
    wrapped = "7 | Tờ báo đưa tin Đại hội đại biểu toàn quốc lần thứ XII của Đảng Nhân dân Cách mạng\n  Lào | 01 | Tốt"
    assert "\n" not in normal(wrapped)[0]


def test_the_lao_word_for_a_week_is_no_weekday() -> None:
    # "less than two weeks later, on 5 February 2026" (a Thursday): no Sunday is said
    text = "ຫຼັງຈາກນັ້ນ ບໍ່ ຮອດ ສອງ ອາທິດ, ວັນທີ 5 ກຸມພາ 2026, ທ່ານ ໂຕເລິມ ກໍ ມາ ຢ້ຽມຢາມ ວຽງຈັນ ອີກ."
    assert _verdicts(text, date(2026, 10, 15), "lo", ("date",)) == [("ວັນທີ 5 ກຸມພາ 2026", "ok")]
    # the weekday's full name is still read
    sunday = "ວັນອາທິດ, ວັນທີ 5 ກຸມພາ 2026, ທ່ານ ໂຕເລິມ ມາ ຢ້ຽມຢາມ ວຽງຈັນ."
    assert ("ວັນອາທິດ, ວັນທີ 5 ກຸມພາ 2026", "contradiction") in _verdicts(
        sunday, date(2026, 10, 15), "lo", ("date",)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date past a semicolon is another part's: not the named year's
        (
            "2027 is the Vietnam - Laos, Laos - Vietnam Solidarity Year; the council will submit a plan in December 2026.",
            "unknown",
        ),
        # nor in another clause
        (
            "2027 is the Vietnam - Laos, Laos - Vietnam Solidarity Year, and the council will submit a plan in "
            "December 2026.",
            "unknown",
        ),
        # in the name's own clause it is the year's
        ("The Vietnam - Laos, Laos - Vietnam Solidarity Year 2027 opens in December 2026.", "contradiction"),
    ],
)
def test_a_named_years_date_is_in_its_part_of_the_sentence(text: str, expected: str) -> None:
    assert [v for _t, v in _verdicts(text, date(2026, 8, 28), "en", ("date",))][-1] == expected


def test_a_newspapers_issue_date_is_no_events() -> None:
    # the LPRP's 12th Congress met on 6-8 January 2026; the paper came out on the 9th
    text = "7 | Tờ báo | Tốt | Báo ra ngày 9/1/2026, đưa tin Đại hội Đảng Nhân dân Cách mạng Lào họp từ ngày 6 đến ngày 8/1/2026."
    found = dict(_verdicts(text, date(2026, 7, 27), "vi", ("date",)))
    assert found["ngày 9/1/2026"] == "unknown"
