# SPDX-License-Identifier: MIT
"""
Birth words said of a body or a country date its founding: "the Communist Party of Vietnam was
born on ...", "ພັກ ... ເກີດ ວັນທີ ...", when the name heads its clause and links without a comma
join it to the words.  In an apposition ("Kaysone Phomvihane, the first General Secretary of the
LPRP, born on ...") the birth stays the person's.  "Came into being" is a founding's words in
English, as "ra đời" and "ກຳເນີດ" are in Vietnamese and Lao.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 6, 20)


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.message) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "founding"),
    [
        ("The Communist Party of Vietnam was born on 3 February 1931.", "en", "Communist Party of Vietnam"),
        ("The Lao PDR was born on 2 December 1976.", "en", "Lao National Day"),
        ("ພັກກອມມູນິດຫວຽດນາມ ເກີດ ວັນທີ 3 ກຸມພາ 1931.", "lo", "Communist Party of Vietnam"),
        (
            "The Lao People's Revolutionary Party came into being on 22 March 1956.",
            "en",
            "Lao People's Revolutionary Party",
        ),
    ],
)
def test_a_body_born_on_another_day_is_caught(text: str, lang: str, founding: str) -> None:
    [(verdict, message)] = _dates(text, lang)
    assert verdict == "contradiction"
    assert founding in message


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Communist Party of Vietnam was born on 3 February 1930.", "en"),
        ("ພັກກອມມູນິດຫວຽດນາມ ເກີດ ວັນທີ 3 ກຸມພາ 1930.", "lo"),
        ("The Lao People's Revolutionary Party came into being on 22 March 1955.", "en"),
    ],
)
def test_a_body_born_on_its_founding_day_is_ok(text: str, lang: str) -> None:
    assert [verdict for verdict, _message in _dates(text, lang)] == ["ok"]


def test_in_an_apposition_the_birth_stays_the_persons() -> None:
    text = "Kaysone Phomvihane, the first General Secretary of the LPRP, born on 13 December 1921, led the country."
    [(verdict, message)] = _dates(text, "en")
    assert verdict == "contradiction"
    assert "Birth of Kaysone Phomvihane" in message
