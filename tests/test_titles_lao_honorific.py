# SPDX-License-Identifier: MIT
"""
Lao writes an honorific between a title and the name after it ("ນາຍົກລັດຖະມົນຕີ ທ່ານ ສອນໄຊ
ສີພັນດອນ", Prime Minister Mr Sonexay Siphandone), and may run the title, its country, the
honorific and the name together unspaced ("ປະທານສະພາແຫ່ງຊາດຫວຽດນາມທ່ານເຈິ່ນເກິມຕູ"): the titles
are the name's all the same.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("ນາຍົກລັດຖະມົນຕີ ທ່ານ ເຈິ່ນເກິມຕູ ມາ ວຽງຈັນ.", "contradiction"),
        ("ປະທານສະພາແຫ່ງຊາດຫວຽດນາມທ່ານເຈິ່ນເກິມຕູຮ່ວມຄະນະມາວຽງຈັນວັນທີ໕ກຸມພາ.", "contradiction"),
        ("ນາຍົກລັດຖະມົນຕີຫວຽດນາມເຈິ່ນເກິມຕູມາວຽງຈັນ.", "contradiction"),
        ("ປະທານສະພາແຫ່ງຊາດຫວຽດນາມທ່ານເຈິ່ນແທັງເໝິນຮ່ວມຄະນະມາວຽງຈັນວັນທີ໕ກຸມພາ.", "ok"),
    ],
)
def test_a_title_before_an_honorific_and_a_name(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 4, 27), lang="lo")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [verdict]


# A Lao list of who's who sets the titles off after the name with a dash between spaces.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("- ທ່ານ ເຈິ່ນແທັງເໝິນ — ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ ຫວຽດນາມ", "contradiction"),
        ("- ທ່ານ ທອງສະຫວັນ ພົມວິຫານ — ລັດຖະມົນຕີກະຊວງການຕ່າງປະເທດ", "ok"),
    ],
)
def test_a_lao_title_set_off_by_a_dash_after_the_name(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 2, 5), lang="lo")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [verdict]
