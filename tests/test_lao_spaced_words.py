# SPDX-License-Identifier: MIT
"""
Lao is written with spaces between words or none, and a writer who spaces may put a space
between any two syllables ("ມູນຄ່າ ການ ຄ້າ" for "ມູນຄ່າການຄ້າ", trade value).  The figures'
word files and the framework's field words are read either way, as the other word lists are:
a spaced text's metric, target and field are the unspaced text's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.lao import unspaced

PUBLISHED = date(2026, 8, 30)


def _verdicts(text: str, kind: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang="lo")
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize("spaced", [True, False])
def test_a_target_of_trade_value_written_spaced_or_not(spaced: bool) -> None:
    text = "ສອງ ຝ່າຍ ຕັ້ງ ເປົ້າໝາຍ ມູນຄ່າ ການ ຄ້າ ໄລຍະ ໃກ້ 5 ຕື້ ໂດລາ ແລະ ໄລຍະ ຍາວ 8 ຕື້ ໂດລາ."
    text = text if spaced else unspaced(text)
    found = _verdicts(text, "amount")
    assert [v for _t, v in found] == ["ok", "contradiction"]  # the longer-term target is 10 billion


def test_the_metric_of_the_sentence_before_written_spaced() -> None:
    text = "ປີ 2025 ມູນຄ່າ ການ ຄ້າ ເກືອບ 3 ຕື້ ໂດລາ. ສອງ ຝ່າຍ ຕັ້ງ ເປົ້າໝາຍ ໄລຍະ ໃກ້ 5 ຕື້ ໂດລາ ແລະ ໄລຍະ ຍາວ 8 ຕື້ ໂດລາ."
    assert _verdicts(text, "amount") == [
        ("ເກືອບ 3 ຕື້ ໂດລາ", "ok"),
        ("5 ຕື້ ໂດລາ", "ok"),
        ("8 ຕື້ ໂດລາ", "contradiction"),
    ]


@pytest.mark.parametrize("field", ["ໃນ ຂົງເຂດ", "ໃນຂົງເຂດ"])
def test_a_field_word_written_spaced_or_not(field: str) -> None:
    """A strategic partnership limited to a field may be that field's, not the element: unknown."""
    text = f"ສອງ ຝ່າຍ ສ້າງ ຫຸ້ນສ່ວນຍຸດທະສາດ {field} ພະລັງງານ."
    assert _verdicts(text, "framework") == [("ຫຸ້ນສ່ວນຍຸດທະສາດ", "unknown")]
