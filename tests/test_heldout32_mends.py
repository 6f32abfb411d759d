# SPDX-License-Identifier: MIT
"""
The false contradictions the blind corpus heldout32 found, each mended from a general cause and
shown here on sentences of its kind, with the slip next to it that must still be caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(text: str, kind: str, lang: str, published: date) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


# ------------------------------------------------------------ a log whose entries open with fields
LOG = (
    "Crew notes\n\n"
    "Flight 2 · 1 December 2025 · ATR72 · Luang Prabang-Vientiane\n"
    "The airport may close for the motorcade. Tomorrow is the {n} anniversary of the National Day.\n\n"
    "Flight 6 · 7 February 2026 · A320 · Vientiane-Hanoi\n"
    "To Lam visited Vientiane again on {day} February 2026; reporters on board.\n"
)


@pytest.mark.parametrize(("n", "verdict"), [("50th", "ok"), ("51st", "contradiction")])
def test_a_day_word_in_an_entry_is_read_against_the_entrys_day(n: str, verdict: str) -> None:
    # "tomorrow" in the entry of 1 December 2025 is 2 December 2025, not the day after the
    # publication (5 March 2026)
    text = LOG.format(n=n, day=5)
    assert (f"{n} anniversary", verdict) in found(text, "ordinal", "en", date(2026, 3, 5))


@pytest.mark.parametrize(("day", "verdict"), [("5", "ok"), ("6", "contradiction")])
def test_an_entrys_head_date_is_the_entrys_not_the_events(day: str, verdict: str) -> None:
    dates = dict(found(LOG.format(n="50th", day=day), "date", "en", date(2026, 3, 5)))
    # the flight's day is no day of the visit the entry tells of ...
    assert dates["7 February 2026"] == "unknown"
    # ... and the visit's own day is still judged
    assert dates[f"{day} February 2026"] == verdict


def test_a_tables_row_is_no_entrys_head() -> None:
    text = "| Date | Meeting |\n|---|---|\n| 4 December 2025 | 48th meeting of the Intergovernmental Committee |\n"
    assert ("4 December 2025", "contradiction") in found(text, "date", "en", date(2026, 3, 5))


@pytest.mark.parametrize(("n", "verdict"), [("50", "ok"), ("51", "contradiction")])
def test_a_lao_day_word_in_an_entry_is_read_against_the_entrys_day(n: str, verdict: str) -> None:
    text = (
        "ບັນທຶກ ລູກເຮືອ\n\n"
        "ຖ້ຽວທີ 2 · 1 ທັນວາ 2025 · ATR72 · ຫຼວງພະບາງ-ວຽງຈັນ\n"
        f"ສະໜາມບິນ ອາດ ປິດ ບາງ ຊ່ວງ. ມື້ອື່ນແມ່ນງານສະເຫຼີມສະຫຼອງວັນຊາດຄົບຮອບ {n} ປີ.\n"
    )
    assert (f"ຄົບຮອບ {n} ປີ", verdict) in found(text, "ordinal", "lo", date(2026, 3, 5))


# ------------------------------------------------------------ a list of months, one the event's
@pytest.mark.parametrize(
    ("months", "lang", "said", "verdict"),
    [
        # one of the months listed holds the congress: the list is the stay's time, no slip
        ("in January and February 2026", "en", "February 2026", "unknown"),
        ("trong tháng 1 và tháng 2/2026", "vi", "tháng 2/2026", "unknown"),
        # none of them does: still a slip
        ("in March and April 2026", "en", "April 2026", "contradiction"),
        ("in February 2026", "en", "February 2026", "contradiction"),
    ],
)
def test_a_month_that_ends_a_list_of_months(months: str, lang: str, said: str, verdict: str) -> None:
    text = (
        f"My stay, {months}, took me to Hanoi during the 14th National Congress of the Communist Party of Vietnam."
        if lang == "en"
        else f"Chuyến đi {months} đưa tôi tới Hà Nội đúng dịp Đại hội XIV của Đảng Cộng sản Việt Nam."
    )
    assert (said, verdict) in found(text, "date", lang, date(2026, 9, 30))
