# SPDX-License-Identifier: MIT
"""
A congress's number against the date of its sentence: the date is the congress's only where
nothing says it is another's.  A date the dates judge finds another event for (a visit), a
congress of the same party the sentence numbers itself, a person between the date and the
congress, or a span of years, dates no congress; a date right with the congress still catches
a wrong number, and the dates judge still catches a misdated congress.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def verdicts(text: str, kind: str, published: str = "2026-02-10") -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "At its 14th Congress in January 2026, the CPV reviewed the five years since the 13th Congress.",
        "At its 12th Congress in January 2026, the LPRP reviewed the five years since the 11th Congress.",
        "On 26 January 2026 To Lam recalled the 13th Congress of his party.",
        "Thongloun Sisoulith paid a state visit to Hanoi on 26–27 January 2026, his first trip abroad "
        "after the LPRP's 11th Congress.",
        "Năm 2025 Đảng Nhân dân Cách mạng Lào kỷ niệm 70 năm Ngày thành lập (22/3/1955 – 22/3/2025) và "
        "chuẩn bị cho Đại hội đại biểu toàn quốc lần thứ XII của Đảng vào đầu năm 2026.",
        # a year in words dates the congress; the year a later clause gives is another time's
        "Early this year I followed the LPRP's 12th Congress on the same radio I had listened to in 1975.",
        "Đầu năm nay, tôi theo dõi Đại hội XII của Đảng Nhân dân Cách mạng Lào trên chiếc đài tôi vẫn nghe "
        "từ năm 1978.",
        # a number behind a semicolon numbers its own clause's event
        "Thongloun Sisoulith becomes General Secretary of the LPRP at the party's 11th Congress; he is "
        "elected President of the Lao PDR in March 2021.",
    ],
)
def test_a_date_of_something_else_dates_no_congress(text: str) -> None:
    found = verdicts(text, "ordinal") + verdicts(text, "date")
    assert found
    assert all(v != "contradiction" for _t, v in found), found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Thongloun briefed To Lam on the 11th Congress of his party, which re-elected him on January 8.",
            "11th Congress",
        ),
        ("The 11th Congress of the LPRP closed on 8 January 2026.", "11th Congress"),
        ("The 12th Congress of the Lao party took place in January 2021.", "12th Congress"),
        (
            "ການຢ້ຽມຢາມ ແມ່ນ ການເດີນທາງໄປຕ່າງປະເທດ ຄັ້ງທຳອິດ ຂອງ ທ່ານ ນັບແຕ່ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XI ຂອງ "
            "ພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ເລືອກຕັ້ງ ທ່ານ ເປັນ ເລຂາທິການໃຫຍ່ ຄືນໃໝ່ ໃນວັນທີ 8 ມັງກອນ.",
            "ຄັ້ງທີ XI",
        ),
    ],
)
def test_a_date_right_with_a_congress_catches_its_number(text: str, number: str) -> None:
    assert any(t.endswith(number) and v == "contradiction" for t, v in verdicts(text, "ordinal"))


def test_a_congress_misdated_by_a_day_stays_the_dates_slip() -> None:
    text = "Thongloun briefed To Lam on the 11th Congress of his party, which re-elected him on January 9."
    assert verdicts(text, "date") == [("January 9", "contradiction")]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The 48th meeting of the Intergovernmental Committee was held in Hanoi.", "contradiction"),
        ("The 48th meeting of the Intergovernmental Committee was held in Vientiane.", "ok"),
        (
            "08h30  Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào tại Hà Nội, đồng chủ trì với "
            "Thủ tướng Sonexay Siphandone.",
            "contradiction",
        ),
        # another country's committee: its 48th meeting may be anywhere
        ("The 48th meeting of the Vietnam-Cambodia committee was held in Hanoi.", "ok"),
    ],
)
def test_a_numbered_meetings_place_is_judged_without_a_date(text: str, verdict: str) -> None:
    """The 48th meeting of the Intergovernmental Committee met in Vientiane on 3 December 2025."""
    places = verdicts(text, "place")
    assert [v for _t, v in places][:1] == [verdict]


# A year alone in brackets is a date: the congress's, when it stands right after it.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Phạm vi thời gian: từ Đại hội XIII của Đảng Cộng sản Việt Nam (2021) đến hết năm 2026.", "ok"),
        ("The period runs from the CPV's 13th Congress (2021) to the end of 2026.", "ok"),
        ("The CPV's 14th Congress (2021) re-elected To Lam.", "contradiction"),
        ("The CPV's 13th Congress (2021) re-elected Nguyen Phu Trong.", "ok"),
    ],
)
def test_a_year_in_brackets_after_a_congress_dates_it(text: str, verdict: str) -> None:
    assert [v for _t, v in verdicts(text, "ordinal")] == [verdict]
    assert next(t for t, _v in verdicts(text, "date")) == "2021"


# A numbered meeting of a mechanism its sentence names, in the one month the sentence states:
# the month holds one of its sessions (the 48th meeting of the Intergovernmental Committee, 3
# December 2025). A meeting of a mechanism the sentence does not name is left unknown.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In December 2025 the 47th meeting of the Vietnam–Laos Intergovernmental Committee was held.", "contradiction"),
        ("In December 2025 the 48th meeting of the Vietnam–Laos Intergovernmental Committee was held.", "ok"),
        ("Tháng 12/2025, Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra tại Viêng Chăn.", "contradiction"),
        ("In December 2025 the 47th meeting of the ASEAN Coordinating Council was held.", "unknown"),
    ],
)  # fmt: skip
def test_a_numbered_meeting_in_a_stated_month(text: str, verdict: str) -> None:
    assert [v for _t, v in verdicts(text, "ordinal", published="2026-05-10")] == [verdict]


def test_a_numbered_meeting_in_a_stated_year() -> None:
    # the Intergovernmental Committee met once in 2025: its 48th meeting
    text = "In 2025 the 47th meeting of the Vietnam–Laos Intergovernmental Committee was held in Vientiane."
    assert [v for _t, v in verdicts(text, "ordinal", published="2026-05-10")] == ["contradiction"]


# A Roman numeral before a congress counts it in English too: the LPRP's 12th Congress met on 6-8
# January 2026, the CPV's 14th on 19-23 January 2026.
@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("The LPRP's XII Congress met in Vientiane in January 2026.", ["ok"]),
        ("The LPRP's XIII Congress met in Vientiane in January 2026.", ["contradiction"]),
        (
            "The LPRP's XII Congress (6–8 January) re-elected Thongloun Sisoulith; the CPV's XIII National "
            "Congress (19–23 January) re-elected To Lam.",
            ["ok", "contradiction"],
        ),
        # a numeral that a full stop ends is a heading's number, not the congress's
        ("II. Congress years of the two parties", []),
    ],
)
def test_a_roman_numeral_before_a_congress_counts_it(text: str, verdicts: list[str]) -> None:
    assert [v for _t, v in verdicts_of(text)] == verdicts


def verdicts_of(text: str) -> list[tuple[str, str]]:
    return verdicts(text, "ordinal", published="2026-06-01")


# A day "days after" another congress: the congress after those words is not the day's, and the
# party attached to it (which held no congress of the first one's number) is not the first one's.
@pytest.mark.parametrize(
    ("text", "date_verdict", "ordinal_verdict"),
    [
        (
            "The 14th Congress opened on 19 January 2026, days after the LPRP's 12th Congress.",
            "ok",
            "unknown",
        ),
        (
            "The CPV's 96th anniversary fell on 3 February 2026, days after its 14th Congress closed.",
            "unknown",
            "ok",
        ),
        (
            "Đại hội XIV của Đảng diễn ra từ 19 đến 23/1/2026, chỉ hai tuần sau Đại hội XII của Đảng Nhân dân "
            "Cách mạng Lào.",
            "ok",
            "unknown",
        ),
        # the party attached to the other congress held one of this number: it may be meant
        (
            '"Đại hội XIII của Đảng Nhân dân Cách mạng Lào (tháng 1/2026)" đã được sửa thành Đại hội XII.',
            None,
            None,
        ),
    ],
)
def test_a_congress_days_after_another(
    text: str, date_verdict: str | None, ordinal_verdict: str | None
) -> None:
    found = verdicts(text, "date", published="2026-09-10")
    if date_verdict is not None:
        assert [v for t, v in found if t[-4:].isdigit()] == [date_verdict]
        assert next(v for _t, v in verdicts(text, "ordinal", published="2026-09-10")) == ordinal_verdict
    else:
        ordinals = verdicts(text, "ordinal", published="2026-09-10")
        assert ordinals[-1] == ("Đại hội XII", "ok")


# Two congresses, each with its month in the bracket right after its name: each bracket dates its own
# congress, so a wrong number is caught where the two months together said nothing.
@pytest.mark.parametrize(
    ("cpv", "lprp", "expected"),
    [
        (
            "XIII",
            "XII",
            [("Đại hội lần thứ XIII", "contradiction"), ("Đại hội đại biểu toàn quốc lần thứ XII", "ok")],
        ),
        (
            "XIV",
            "XI",
            [("Đại hội lần thứ XIV", "ok"), ("Đại hội đại biểu toàn quốc lần thứ XI", "contradiction")],
        ),
        ("XIV", "XII", [("Đại hội lần thứ XIV", "ok"), ("Đại hội đại biểu toàn quốc lần thứ XII", "ok")]),
    ],
)
def test_each_congress_is_dated_by_the_bracket_after_its_name(
    cpv: str, lprp: str, expected: list[tuple[str, str]]
) -> None:
    text = (
        f"Đại hội lần thứ {cpv} của Đảng Cộng sản Việt Nam (tháng 1/2026) và Đại hội đại biểu toàn quốc "
        f"lần thứ {lprp} của Đảng Nhân dân Cách mạng Lào (tháng 1/2026) đã thành công."
    )
    assert verdicts(text, "ordinal", "2026-03-10") == expected


# "the Party" alone after a congress's number: the writer's (in Lao the LPRP), before a mark or a
# relative word ("ຂອງພັກທີ່ໄຂຂຶ້ນ...", which opened); but the party its sentence named last, if any.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XI ຂອງພັກທີ່ໄຂຂຶ້ນໃນເດືອນມັງກອນ 2026 ໄດ້ເລືອກຜູ້ໃດເປັນເລຂາທິການໃຫຍ່?",
            [("ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XI", "contradiction")],
        ),
        (
            "ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII ຂອງພັກທີ່ໄຂຂຶ້ນໃນເດືອນມັງກອນ 2026 ໄດ້ເລືອກຜູ້ໃດເປັນເລຂາທິການໃຫຍ່?",
            [("ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII", "ok")],
        ),
        (
            "ຕຳແໜ່ງ: ເລຂາທິການໃຫຍ່ ພັກກອມມູນິດ ຫວຽດນາມ; ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ 14 ຂອງ ພັກ (19-23 ມັງກອນ 2026) "
            "ໄດ້ ເລືອກຕັ້ງ ທ່ານ ຄືນໃໝ່.",
            [("ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ 14", "ok")],
        ),
    ],
)
def test_the_party_alone_is_the_writers_or_the_one_named_last(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert verdicts(text, "ordinal", "2026-06-05") == expected
