# SPDX-License-Identifier: MIT
"""
A founding of the two named without them ("quan hệ ngoại giao", "ສາຍພົວພັນທາງການທູດ") in a text
that names only the other country: Vietnamese leaves Vietnam unnamed as the writer's own, Lao
leaves Laos.  Such a text's anniversaries count from the two's founding where no third country
is named since, and in the sentence; English names both, as before.

Diplomatic relations date from 5 September 1962: 2026 is their 64th year, the 65th is 2027's.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _anniversary(text: str, lang: str) -> str:
    report = check_text(text, published="2026-03-01", lang=lang)
    [finding] = [f for f in report.findings if f.kind == "ordinal"]
    return finding.verdict.value


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Đoàn công tác sang Lào tháng 3. Năm nay kỷ niệm 64 năm quan hệ ngoại giao.", "vi", "ok"),
        ("Đoàn công tác sang Lào tháng 3. Năm nay kỷ niệm 65 năm quan hệ ngoại giao.", "vi", "contradiction"),
        # a country of its own named before, then only Laos
        (
            "Hội thảo có khách Đức. Đoàn công tác sang Lào tháng 3. Năm nay kỷ niệm 65 năm quan hệ ngoại giao.",
            "vi",
            "contradiction",
        ),
        ("ຄະນະຜູ້ແທນໄປຢ້ຽມຢາມຫວຽດນາມ ໃນເດືອນມີນາ. ປີນີ້ ສາຍພົວພັນທາງການທູດ ຄົບຮອບ 64 ປີ.", "lo", "ok"),
        (
            "ຄະນະຜູ້ແທນໄປຢ້ຽມຢາມຫວຽດນາມ ໃນເດືອນມີນາ. ປີນີ້ ສາຍພົວພັນທາງການທູດ ຄົບຮອບ 65 ປີ.",
            "lo",
            "contradiction",
        ),
    ],
)
def test_the_writers_own_country_need_not_be_named(text: str, lang: str, verdict: str) -> None:
    assert _anniversary(text, lang) == verdict


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # another country named after Laos: the relations may be theirs
        (
            "Lào và Thái Lan thiết lập quan hệ ngoại giao năm 1950. Năm nay kỷ niệm 76 năm quan hệ ngoại giao.",
            "vi",
        ),
        # Laos named in the sentence, another country near it
        (
            "Lào và Thái Lan thiết lập quan hệ ngoại giao năm 1950. Năm nay Lào kỷ niệm 76 năm quan hệ ngoại giao.",
            "vi",
        ),
        ("ຄະນະຜູ້ແທນໄປຢ້ຽມຢາມຫວຽດນາມ ແລະ ໄທ ໃນເດືອນມີນາ. ປີນີ້ ສາຍພົວພັນທາງການທູດ ຄົບຮອບ 65 ປີ.", "lo"),
        # English has no writer's own country: Laos alone is not the two
        (
            "The delegation went to Laos in March. This year marks the 65th anniversary of diplomatic relations.",
            "en",
        ),
    ],
)
def test_a_founding_of_another_pair_or_of_an_unnamed_one_is_unknown(text: str, lang: str) -> None:
    assert _anniversary(text, lang) == "unknown"
