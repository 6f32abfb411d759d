# SPDX-License-Identifier: MIT
"""
The false contradictions the blind corpus heldout28 found, each mended from a general cause and
shown here on sentences of its kind, with the slip next to it that must still be caught: a
chapter list's time-stamped lines are entries of their own; a title and name quoted alone, as
words said, in a sentence that states no date; a date in a relative clause opened after a
person's name.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(text: str, kind: str, published: date = date(2026, 2, 12)) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_a_time_stamped_line_is_an_entry_of_its_own() -> None:
    chapters = (
        "CHAPTERS\n"
        "12:10 Congress season — the LPRP meets from 6 to 8 January, the CPV from 19 to 23 January\n"
        "18:40 Thongloun Sisoulith in Hanoi, 26–27 January: the welcome, the talks, and the briefing\n"
    )
    assert ("19 to 23 January", "ok") in found(chapters, "date")
    # the talks' own line is still judged: a wrong day there is caught
    assert ("24–25 January", "contradiction") in found(
        chapters.replace("26–27 January", "24–25 January"), "date"
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ('A listener asked why we said "President To Lam" in episode 61.', "unknown"),
        # a title the person never held is wrong whenever the words were said
        ('A listener asked why we said "General Secretary Luong Cuong" in episode 61.', "contradiction"),
        # quoted to be set right: the text's claim, which it rejects
        (
            'The witness described the leader as "President To Lam". That is not right: he came as General Secretary.',
            "ok",
        ),
    ],
)
def test_a_title_quoted_alone_as_words_said_is_of_the_time_they_were_said(text: str, verdict: str) -> None:
    [(_said, found_verdict)] = found(text, "title")[:1]
    assert found_verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # another person's clause: October 2023 is Luong Cuong's
        (
            "On the Vietnamese side, General Secretary To Lam and Luong Cuong, who has been State President "
            "since October 2023.",
            "unknown",
        ),
        ("Tổng Bí thư Tô Lâm, người đã thăm Lào tháng 7/2024, gặp sinh viên.", "unknown"),
        ("General Secretary To Lam, who visited Laos in July 2024, met students.", "unknown"),
        # no clause between: the date is the title's
        ("General Secretary To Lam and Luong Cuong met in October 2023.", "contradiction"),
        # the name's own clause, of a title the publication's day refutes too
        (
            "Xaysomphone Phomvihane, National Assembly Vice Chairman of Laos, who met the teachers in 2024, spoke.",
            "contradiction",
        ),
    ],
)
def test_a_date_in_a_relative_clause_after_a_name_does_not_date_the_title(text: str, verdict: str) -> None:
    [(_said, found_verdict)] = found(text, "title", published=date(2026, 5, 12))[:1]
    assert found_verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the record ends Nguyen Ba Hung's term as ambassador by his successor's credentials (30 September 2024)
        ("On 5 February 2026, Ambassador Nguyen Ba Hung welcomed To Lam at the airport.", "contradiction"),
        ("Ngày 5/2/2026, Đại sứ Nguyễn Bá Hùng đón Tổng Bí thư Tô Lâm tại sân bay.", "contradiction"),
        ("On 11 July 2024, Ambassador Nguyen Ba Hung welcomed To Lam at the airport.", "ok"),
        ("On 5 February 2026, Ambassador Nguyen Minh Tam welcomed To Lam at the airport.", "ok"),
    ],
)
def test_an_ambassador_after_the_successors_credentials_is_no_longer_in_post(text: str, verdict: str) -> None:
    [(_said, found_verdict)] = found(text, "title", published=date(2026, 3, 1))[:1]
    assert found_verdict == verdict


def test_an_ambassador_whose_successor_is_seen_in_post_is_no_longer_in_post() -> None:
    # Khamphao Ernthavanh was the Lao Ambassador to Vietnam on 11 July 2024
    text = "In February 2026, Lao Ambassador Thongsavanh Phomvihane met the students."
    assert found(text, "title", published=date(2026, 3, 1))[:1] == [
        ("Lao Ambassador Thongsavanh Phomvihane", "contradiction")
    ]
    text = "On 5 February 2026, Lao Ambassador Khamphao Ernthavanh met the students."
    assert found(text, "title", published=date(2026, 3, 1))[:1] == [
        ("Lao Ambassador Khamphao Ernthavanh", "ok")
    ]


@pytest.mark.parametrize(
    ("text", "kind", "said", "verdict"),
    [
        # "cuộc gặp cấp cao" (high-level meeting) is the two Parties' meeting, held in Vientiane on 2 December 2025
        (
            "Ngày 2/12/2025, Cuộc gặp cấp cao giữa hai Đảng diễn ra tại Hà Nội, do Tổng Bí thư Tô Lâm và "
            "Tổng Bí thư Thongloun Sisoulith đồng chủ trì.",
            "place",
            "Hà Nội",
            "contradiction",
        ),
        (
            "Ngày 2/12/2025, Cuộc gặp cấp cao giữa hai Đảng diễn ra tại Viêng Chăn.",
            "place",
            "Viêng Chăn",
            "ok",
        ),
        (
            "Ngày 3/12/2025, Cuộc gặp cấp cao giữa hai Đảng diễn ra tại Viêng Chăn.",
            "date",
            "Ngày 3/12/2025",
            "contradiction",
        ),
    ],
)
def test_a_high_level_meeting_in_vietnamese_is_the_two_parties(
    text: str, kind: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in found(text, kind, published=date(2026, 6, 10))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "ຄົບ N ປີ" (full N years) counts an anniversary as "ຄົບຮອບ N ປີ" does; "ຈາກໄປ" (departed) is a death
        ("ເດືອນ ມັງກອນ ນີ້ ທ່ານ ສຸພານຸວົງ ໄດ້ ຈາກໄປ ຄົບ 30 ປີ.", "contradiction"),
        ("ເດືອນ ມັງກອນ ນີ້ ທ່ານ ສຸພານຸວົງ ໄດ້ ຈາກໄປ ຄົບ 31 ປີ.", "ok"),
        ("ເດືອນ ມັງກອນ ນີ້ ທ່ານ ສຸພານຸວົງ ໄດ້ ຈາກໄປ ຄົບ ໓໑ ປີ.", "ok"),
    ],
)
def test_full_years_in_lao_count_an_anniversary(text: str, verdict: str) -> None:
    [(_said, found_verdict)] = found(text, "ordinal", published=date(2026, 1, 20))
    assert found_verdict == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a pronoun after a field's label opens its sentence; the name after a label leads its own
        ("Lời giải: Chủ tịch Cay-xỏn Phôm-vi-hản. Ghi chú: ông sinh ngày 13/12/1920.", "ok"),
        ("Lời giải: Chủ tịch Cay-xỏn Phôm-vi-hản. Ghi chú: ông sinh ngày 13/12/1921.", "contradiction"),
        # another person between: not said whose
        (
            "Lời giải: Chủ tịch Cay-xỏn Phôm-vi-hản và Hồ Chí Minh. Ghi chú: ông sinh ngày 13/12/1921.",
            "unknown",
        ),
    ],
)
def test_a_pronoun_after_a_fields_label_stands_for_the_person_before(text: str, verdict: str) -> None:
    assert [v for _said, v in found(text, "date", published=date(2026, 7, 7))] == [verdict]


def test_a_date_quoted_alone_dates_no_title() -> None:
    # a date cited as words (and set right after), not the time of its sentence
    text = (
        'The autumn supplement dated the set for President To Lam\'s state visit to "July 2023". '
        "That was a keying error: the visit took place on 11-12 July 2024."
    )
    report = CHECKER.check_text(text, published=date(2026, 3, 1), lang="en")
    [title] = [f for f in report.findings if f.kind == "title"]
    assert title.verdict.value == "unknown"
    # unquoted, the date is the sentence's
    report = CHECKER.check_text(
        text.replace('"July 2023"', "July 2023"), published=date(2026, 3, 1), lang="en"
    )
    [title] = [f for f in report.findings if f.kind == "title"]
    assert title.verdict.value == "contradiction"
