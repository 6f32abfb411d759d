# SPDX-License-Identifier: MIT
"""
What the twenty-second blind corpus (heldout22) showed: false contradictions from readings
too loose or too narrow, each mended from its general cause and checked here on sentences of
our own, with the reading that must still hold beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def verdicts(text: str, lang: str, published: date, kind: str) -> dict[str, str]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return {f.text: f.verdict.value for f in report.findings if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # "gaining the balance" is a surplus, not the trade's turnover
        ("ປີ 2024 ລາວໄດ້ດຸນການຄ້າກັບຫວຽດນາມປະມານ 732,7 ລ້ານໂດລາ.", "ປະມານ 732,7 ລ້ານໂດລາ", "ok"),
        ("ປີ 2024 ລາວ ໄດ້ດຸນ ການຄ້າ ກັບ ຫວຽດນາມ ປະມານ 723,7 ລ້ານ ໂດລາ.", "ປະມານ 723,7 ລ້ານ ໂດລາ", "contradiction"),
    ],
)
def test_lao_words_of_a_surplus(text: str, said: str, verdict: str) -> None:
    assert verdicts(text, "lo", date(2026, 6, 12), "amount")[said] == verdict
