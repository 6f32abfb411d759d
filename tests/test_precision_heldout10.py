# SPDX-License-Identifier: MIT
"""
False contradictions a tenth blind corpus (``tests/fixtures/eval/heldout10``) found, each fixed
at its cause and shown here on sentences of our own: the clean form passes and the slip beside
it is still caught.
"""

from __future__ import annotations

from vnla.checker import Checker
from vnla.checker.normal import normal

CHECKER = Checker()


def findings(text: str, lang: str, published: str) -> list[tuple[str, str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.kind, f.text, f.verdict.value) for f in report.findings]


def contradictions(text: str, lang: str, published: str) -> list[str]:
    return [t for _k, t, v in findings(text, lang, published) if v == "contradiction"]


# ------------------------------------------------------------------ a quarter named after its word
def test_the_first_quarter_written_after_its_word_in_lao() -> None:
    """ "ໄຕມາດທຳອິດ" is the first quarter, spaced or not: its trade is no whole year's."""
    for text, sum_of in (
        ("ໄຕມາດທຳອິດປີ2025ມູນຄ່າການຄ້າບັນລຸ{}.", "{}ລ້ານໂດລາ"),
        ("ໄຕມາດ ທຳອິດ ປີ 2025 ມູນຄ່າການຄ້າ ບັນລຸ {}.", "{} ລ້ານໂດລາ"),
    ):
        right, wrong = sum_of.format(979), sum_of.format(997)
        assert ("amount", right, "ok") in findings(text.format(right), "lo", "2025-07-18")
        assert contradictions(text.format(wrong), "lo", "2025-07-18") == [wrong]


# ------------------------------------------------------------------ a date heading's line
def test_a_short_line_that_ends_with_a_year_is_a_heading_not_the_next_sentences_date() -> None:
    diary = "ວັນພຸດ ທີ {} ມັງກອນ 2026\nມື້ວານນີ້ ທ່ານ ທອງລຸນ ສີສຸລິດ ໄດ້ ສິ້ນສຸດ ການຢ້ຽມຢາມ ຫວຽດນາມ ຢ່າງເປັນທາງການ."
    assert normal(diary.format(28))[0] == diary.format(28)
    assert not contradictions(diary.format(28), "lo", "2026-01-28")
    english = "Wednesday, 28 January 2026\nThe Lao leader ended his state visit to Vietnam yesterday."
    assert normal(english)[0] == english
    # a long hard-wrapped line that ends with a year still goes on in the next
    wrapped = "General Secretary To Lam paid a state visit to Laos in the first week of February 2026\nand held talks."
    assert "\n" not in normal(wrapped)[0]
