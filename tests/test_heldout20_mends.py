# SPDX-License-Identifier: MIT
"""
The false contradictions the twentieth blind corpus (heldout20) showed came from general
causes; each is tested here on sentences of our own.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _found(text: str, lang: str, published: date = date(2026, 3, 2)) -> list[tuple[str, str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.kind, f.text, f.verdict.value) for f in report.findings]


# ------------------------------------------------------------------ a year a sum runs into (Lao)
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("ໃນບົດຮຽນໄດ້ໃຊ້ຕົວເລກການຄ້າປີ20252,98ຕື້ໂດລາ, ເພີ່ມຂຶ້ນ32,7%.", "2,98ຕື້ໂດລາ"),
        ("ມູນຄ່າການຄ້າທັງປີ\u0ed2\u0ed0\u0ed2\u0ed5\u0ed2,\u0ed9\u0ed8ຕື້ໂດລາ.", "\u0ed2,\u0ed9\u0ed8ຕື້ໂດລາ"),
    ],
)
def test_a_year_glued_to_a_sum_is_the_sums_period_not_part_of_it(text: str, amount: str) -> None:
    found = _found(text, "lo")
    assert ("amount", amount, "ok") in found  # 2.98 billion USD in 2025, not 20,252.98 billion
    assert not any(verdict == "contradiction" for _kind, _text, verdict in found)


def test_a_wrong_sum_after_a_glued_year_is_still_a_slip() -> None:
    # 1.5 billion USD is no 2025 figure: the year is read, and the sum judged for it
    assert ("amount", "1,5ຕື້ໂດລາ", "contradiction") in _found("ມູນຄ່າການຄ້າປີ20251,5ຕື້ໂດລາ.", "lo")


def test_a_decimal_mark_between_lao_digits_ends_no_sentence() -> None:
    text = (
        "ປີ\u0ed2\u0ed0\u0ed2\u0ed5ມູນຄ່າການຄ້າລາວ-ຫວຽດນາມບັນລຸ\u0ed2.\u0ed9\u0ed8ຕື້ໂດລາເພີ່ມຂຶ້ນ\u0ed3\u0ed2.\u0ed7%!"
    )
    found = _found(text, "lo")
    assert ("amount", "\u0ed2.\u0ed9\u0ed8ຕື້ໂດລາ", "ok") in found
    assert ("change", "\u0ed3\u0ed2.\u0ed7%", "ok") in found
