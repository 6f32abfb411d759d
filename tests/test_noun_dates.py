# SPDX-License-Identifier: MIT
"""
A date right after a noun of a founding, a birth or a death and the name of what it dates ("the
founding of the LPRP on 22 March 1955", "Ngày sinh của Chủ tịch Kaysone Phomvihane 13/12/1920",
"ວັນເກີດຂອງທ່ານໄກສອນພົມວິຫານ ວັນທີ 13 ທັນວາ 1920", "the establishment of diplomatic relations on
5 September 1962"), or after a spaced dash that sets it off after such words ("(d) founding of
the LPRP — 22 March 1955;"), is judged against that founding, birth or death; a date of the
publication's years so placed dates an anniversary, and a date on the next line is the next
row's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def date_verdicts(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published=date(2026, 9, 1), lang=lang)
    return [(f.text, f.verdict.value, f.record) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "record"),
    [
        ("We marked the founding of the LPRP on {}.", "en", "22 March 1955", "founding-lprp"),
        ("The birth of Kaysone Phomvihane on {} was a turning point.", "en", "13 December 1920", None),
        ("The death of President Kaysone Phomvihane on {} was mourned.", "en", "21 November 1992", None),
        ("The proclamation of the Lao PDR on {} was key.", "en", "2 December 1975", None),
        (
            "The establishment of diplomatic relations on {} was key for Vietnam and Laos.",
            "en",
            "5 September 1962",
            None,
        ),
        ("Ngày sinh của Chủ tịch Kaysone Phomvihane {} được nhắc lại.", "vi", "13/12/1920", None),
        ("Ngày mất của Chủ tịch Kaysone Phomvihane {} được nhắc lại.", "vi", "21/11/1992", None),
        ("ວັນເກີດຂອງທ່ານໄກສອນພົມວິຫານ {} ແມ່ນສຳຄັນ.", "lo", "ວັນທີ 13 ທັນວາ 1920", None),
        ("(d) founding of the LPRP — {};", "en", "22 March 1955", "founding-lprp"),
        ("(d) birth of Kaysone Phomvihane — {};", "en", "13 December 1920", None),
        ("(g) Lao National Day – {}.", "en", "2 December 1975", None),
    ],
)
def test_a_date_after_a_noun_of_its_founding_is_judged(
    text: str, lang: str, said: str, record: str | None
) -> None:
    right = date_verdicts(text.format(said), lang)
    assert [(t, v) for t, v, _r in right] == [(said, "ok")]
    if record is not None:
        assert right[0][2] == record
    # the year one off: a slip, of the same founding
    wrong_said = said[:-1] + str(int(said[-1]) + 1) if said[-1] != "9" else said[:-1] + "8"
    wrong = date_verdicts(text.format(wrong_said), lang)
    assert [(t, v) for t, v, _r in wrong] == [(wrong_said, "contradiction")]
    assert wrong[0][2] == right[0][2]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # an anniversary's day in the publication's years
        (
            "Vietnam and Laos marked the establishment of diplomatic relations on {}.",
            "en",
            "5 September 2025",
        ),
        ("The birth anniversary of Kaysone Phomvihane on {} was marked.", "en", "13 December 2025"),
        ("(g) Lao National Day – {}.", "en", "2 December 2026"),
        # a person named with no word of a birth or a death before the name
        ("We met Kaysone Phomvihane on {}.", "en", "13 December 1921"),
        ("Kaysone Phomvihane — {}.", "en", "13 December 1921"),
    ],
)
def test_a_date_no_founding_word_makes_the_foundings_is_no_slip(text: str, lang: str, said: str) -> None:
    assert [v for _t, v, _r in date_verdicts(text.format(said), lang)] != ["contradiction"]


def test_a_date_on_the_next_line_is_the_next_rows() -> None:
    text = (
        "Anchors shipped with version 2.3:\n\n"
        "  1890-05-19  birth of Ho Chi Minh\n"
        "  1909-07-13  birth of Souphanouvong\n"
        "  1920-12-13  birth of Kaysone Phomvihane\n"
    )
    assert "contradiction" not in {v for _t, v, _r in date_verdicts(text, "en")}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a country's name set off by a comma before its founding words: the country's founding
        (
            "The parties signed it in the spirit of the Lao PDR, proclaimed on 2 December 1976.",
            "contradiction",
        ),
        ("We honour the Lao PDR, which was proclaimed on 2 December 1975.", "ok"),
        # after a pair of countries, the words are the pair's (their relations'), still judged right
        (
            "Diplomatic relations between Vietnam and the Lao PDR, established on 5 September 1962, grew.",
            "ok",
        ),
    ],
)
def test_a_country_set_off_before_its_founding_words(text: str, verdict: str) -> None:
    assert [v for _t, v, _r in date_verdicts(text, "en")] == [verdict]
