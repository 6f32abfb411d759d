# SPDX-License-Identifier: MIT
"""
The false contradictions the blind corpus heldout31 found, each mended from a general cause and
shown here on sentences of its kind, with the slip next to it that must still be caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(text: str, kind: str, lang: str, published: date = date(2026, 2, 25)) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


# ------------------------------------------------------------ a term of another party's number
@pytest.mark.parametrize(
    ("term", "verdict"),
    [
        # near Laos's name, a 14th term is the CPV's (the LPRP has held 12 congresses): not a slip
        ("khóa XIV", "unknown"),
        # a 13th term near Laos's name is one off the LPRP's 12th: a slip of its own
        ("khóa XIII", "contradiction"),
    ],
)
def test_a_term_numbered_past_the_partys_congresses_may_be_anothers(term: str, verdict: str) -> None:
    text = (
        "Hôm đó Tô Lâm sang Viêng Chăn. Báo viết đây là chuyến công du nước ngoài đầu tiên trên cương vị "
        f"Tổng Bí thư {term}, mà chọn Lào trước."
    )
    assert found(text, "ordinal", "vi") == [(term, verdict)]


# ------------------------------------------------------------ a framework's addition, then a semicolon
@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the date after a semicolon is another fact's: no date of the element's joining
        ("; tháng 1/2026, Tổng Bí thư Tô Lâm đón Thongloun Sisoulith.", "unknown"),
        # the element's joining dated in its own part: still a slip
        (" tháng 1/2026.", "contradiction"),
    ],
)
def test_a_date_past_a_semicolon_is_no_framework_additions(after: str, expected: str) -> None:
    text = f'Tuyên bố chung bổ sung "gắn kết chiến lược" vào khuôn khổ quan hệ{after}'
    assert ("tháng 1/2026", expected) in found(text, "date", "vi", date(2026, 8, 20))


# ------------------------------------------------------------ a day word beside a date of its own
@pytest.mark.parametrize(
    ("text", "lang", "word", "verdict"),
    [
        # a log's entry: the date beside the word says the day, the word counts from the entry's
        (
            "14:06 Centre: Tomorrow, 3 December, the 48th meeting of the committee will open.",
            "en",
            "Tomorrow",
            "unknown",
        ),
        (
            "14:06 ສູນ: ມື້ອື່ນ ວັນທີ 3 ທັນວາ ຈະ ມີ ກອງປະຊຸມ ຄັ້ງທີ 48 ຂອງ ຄະນະກຳມະການ ຮ່ວມມື ສອງ ລັດຖະບານ.",
            "lo",
            "ມື້ອື່ນ",
            "unknown",
        ),
        # alone, the word is read against the publication date, and the slip is caught
        (
            "Tomorrow the 48th meeting of the Intergovernmental Committee will open.",
            "en",
            "Tomorrow",
            "contradiction",
        ),
    ],
)
def test_a_day_word_beside_a_date_of_its_own_is_not_read_against_the_publication(
    text: str, lang: str, word: str, verdict: str
) -> None:
    assert (word, verdict) in found(text, "date", lang, date(2025, 12, 10))


# ------------------------------------------------------------ a day without its year, of the year before
@pytest.mark.parametrize(
    ("days", "verdict"),
    [
        # read in 2027 (the January after November 2026), the days fit the LPRP's congress of 2026
        ("6–8 January", "ok"),
        # days no congress held: still a slip
        ("7–9 January", "contradiction"),
    ],
)
def test_a_day_without_its_year_is_of_the_event_it_fits_in_the_year_before(days: str, verdict: str) -> None:
    text = (
        f"The Lao People's Revolutionary Party held its 12th Congress in Vientiane ({days}), the Communist "
        "Party of Vietnam held its 14th National Party Congress in Hanoi (19–23 January)."
    )
    assert found(text, "date", "en", date(2026, 11, 10))[0] == (days, verdict)


# ------------------------------------------------------------ a day to come, of an event held already
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # words of a kind of event only: a session to come, not the committee's of 3 December
        ("RE: Background note for interpreters, business matchmaking session of 12 December.", "unknown"),
        # a numbered meeting the record holds: its day misstated
        ("The 48th session will open on 12 December.", "contradiction"),
        # a day already past at the publication: a slip of the session's day
        ("The business matchmaking session of 5 December was lively.", "contradiction"),
    ],
)
def test_a_day_to_come_of_a_kind_of_event_held_already_may_be_anothers(text: str, verdict: str) -> None:
    assert found(text, "date", "en", date(2025, 12, 8))[-1][1] == verdict


# ------------------------------------------------------------ a run of counts after a list of foundings
LIST = (
    "The outer ring carries three anchors:\n(a) Vietnam–Laos diplomatic relations — 5 September 1962;\n"
    "(b) the Treaty of Amity and Cooperation — 18 July 1977;\n(c) birth of Ho Chi Minh — 19 May 1890.\n"
)


def test_a_run_of_counts_is_not_the_nearest_foundings() -> None:
    text = LIST + "With the mark set to 2026, the windows read, in order: 64th, 49th, 51st, 71st and 136th."
    assert [v for _t, v in found(text, "ordinal", "en", date(2026, 4, 16))][:2] == ["unknown", "unknown"]


def test_a_count_named_beside_its_founding_is_still_judged() -> None:
    text = LIST + "In 2026 the windows read the 65th anniversary of Vietnam–Laos diplomatic relations."
    assert found(text, "ordinal", "en", date(2026, 4, 16)) == [("65th anniversary", "contradiction")]


# ------------------------------------------------------------ a timeline entry's place after a comma
@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("· 3 December 2025: Intergovernmental Committee, 48th meeting, Hanoi", "contradiction"),
        ("· 3 December 2025: Intergovernmental Committee, 48th meeting, Vientiane", "ok"),
        ("3 December 2025 - 48th meeting of the Intergovernmental Committee, Hanoi", "contradiction"),
        # no entry: a place of something else ("officials from Hanoi")
        ("On 3 December 2025 the 48th meeting heard officials, Hanoi", "ok"),
    ],
)
def test_a_place_ending_a_timelines_entry_after_a_comma_is_its_events(line: str, verdict: str) -> None:
    assert found(line, "place", "en", date(2026, 2, 3))[-1][1] == verdict
