# SPDX-License-Identifier: MIT
"""
A title said as the capacity in which a person acted ("visited Laos as State President",
"ໃນຖານະເລຂາທິການໃຫຍ່", "với tư cách Chủ tịch nước") is judged as that person's title at the time
its sentence states (``titles.office``), not on the day of writing; a title taken on ("succeeded
him as") is left to the tenure rule, and one in reported speech is not read.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _titles(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 2, 5), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "In July 2024 To Lam visited Laos as State President.", [("as State President", "ok")]),
        (
            "en",
            "In July 2024 To Lam visited Laos as General Secretary.",
            [("as General Secretary", "contradiction")],
        ),
        # no time stated: the day of writing
        ("en", "To Lam visited Laos as General Secretary.", [("as General Secretary", "ok")]),
        (
            "lo",
            "ໃນວັນທີ 11-12 ກໍລະກົດ 2024 ທ່ານໂຕເລິມໄດ້ມາຢ້ຽມຢາມລາວໃນຖານະເລຂາທິການໃຫຍ່.",
            [("ໃນຖານະເລຂາທິການໃຫຍ່", "contradiction")],
        ),
        (
            "vi",
            "Tháng 7/2024, Tô Lâm thăm Lào với tư cách Chủ tịch nước.",
            [("với tư cách Chủ tịch nước", "ok")],
        ),
    ],
)
def test_a_capacity_is_the_title_of_its_sentences_time(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _titles(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title taken on: the tenure rule's
        "Luong Cuong succeeded him as President in October 2023.",
        # two persons before the words: whose capacity is not said
        "In January 2026 Vilay Lakhamphong joined Thongloun Sisoulith's delegation as Prime Minister.",
        # reported speech: another text's words
        "An earlier story said that To Lam's visit was his first trip abroad as State President.",
    ],
)
def test_what_is_not_a_capacity_claim(text: str) -> None:
    assert all(verdict != "contradiction" for _t, verdict in _titles(text, "en") if _t.startswith("as "))
