# SPDX-License-Identifier: MIT
"""
An event's opening and closing days (``vnla.checker.judges.event_edges``): a day said with the
words of a closing ("closed on", "bế mạc", "ປິດລົງ") of an event the record dates to several
days must be its last; with the words of an opening, its first (or the day after, when a
preparatory session came first).  The CPV's 14th Congress ran from 19 to 23 January 2026, the
LPRP's 12th from 6 to 8 January 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def dates(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published=date(2026, 6, 2), lang=lang)
    return [(f.text, f.verdict.value, f.canonical) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "canonical"),
    [
        (
            "The CPV's 14th National Congress closed on 21 January 2026.",
            "en",
            "21 January 2026",
            "January 23, 2026",
        ),
        (
            "The 14th National Congress of the Communist Party of Vietnam, which closed in Hanoi on January 22, "
            "re-elected To Lam.",
            "en",
            "January 22",
            "January 23, 2026",
        ),
        (
            "The CPV's 14th National Congress opened on 21 January 2026.",
            "en",
            "21 January 2026",
            "January 19, 2026",
        ),
        (
            "Đại hội XIV của Đảng Cộng sản Việt Nam bế mạc ngày 21/1/2026.",
            "vi",
            "ngày 21/1/2026",
            "23 tháng 1, 2026",
        ),
        (
            "ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII ຂອງພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ປິດລົງໃນວັນທີ 7 ມັງກອນ 2026.",
            "lo",
            "ວັນທີ 7 ມັງກອນ 2026",
            None,
        ),
        (
            "ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ຂອງ ພັກປະຊາຊົນປະຕິວັດລາວ ເລີ່ມ ວັນທີ 8 ມັງກອນ 2026.",
            "lo",
            "ວັນທີ 8 ມັງກອນ 2026",
            None,
        ),
    ],
)
def test_a_day_said_to_open_or_close_an_event_that_is_not_its_first_or_last_is_a_slip(
    text: str, lang: str, said: str, canonical: str | None
) -> None:
    [(got, verdict, written)] = dates(text, lang)
    assert (got, verdict) == (said, "contradiction")
    if canonical is not None:
        assert written == canonical  # the right day, as the text's language writes it


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The CPV's 14th National Congress closed on 23 January 2026.", "en"),
        ("The CPV's 14th National Congress opened on 19 January 2026.", "en"),
        # the official opening after a preparatory session on the first day
        ("The CPV's 14th National Congress opened on 20 January 2026.", "en"),
        ("Đại hội XIV của Đảng Cộng sản Việt Nam vừa bế mạc hôm 23/1.", "vi"),
        ("ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII ຂອງພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ປິດລົງໃນວັນທີ 8 ມັງກອນ 2026.", "lo"),
        # the words are no edge of the event: too many words before the day, or no day of its own
        ("The CPV's 14th National Congress began with a speech by To Lam on 21 January 2026.", "en"),
        ("The CPV's 14th National Congress closed, and on 21 January 2026 the delegates left.", "en"),
    ],
)
def test_a_first_or_last_day_and_other_words_are_not_slips(text: str, lang: str) -> None:
    assert [verdict for _said, verdict, _c in dates(text, lang)] == ["ok"]


# A part of a visit named nearer the day than the visit ("an official welcome on 27 January at
# the start of his state visit"): the part is the one dated. The welcome was on 26 January, the
# talks in Hanoi too; the visit ran on 26-27 January 2026.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Thongloun Sisoulith was given an official welcome on 27 January 2026 at the start of his state visit.", "contradiction"),
        ("Thongloun Sisoulith was given an official welcome on 26 January 2026 at the start of his state visit.", "ok"),
        ("Thongloun Sisoulith held talks on 27 January 2026 during his state visit.", "contradiction"),
        ("Thongloun Sisoulith was in Hanoi on 27 January 2026 on his state visit.", "ok"),
        ("Thongloun Sisoulith ended his state visit on 27 January 2026 after talks the day before.", "ok"),
    ],
)  # fmt: skip
def test_a_part_of_a_visit_named_nearer_the_day_is_the_one_dated(text: str, verdict: str) -> None:
    assert [v for _said, v, _c in dates(text, "en")] == [verdict]
