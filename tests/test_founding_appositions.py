# SPDX-License-Identifier: MIT
"""
A date set beside the founding day it is (``dates.founding_appositions``): "On 2 December 1974,
the founding day of the Lao PDR, ...", "Ngày 2/12/1974, ngày Quốc khánh Lào", "ວັນທີ 2 ທັນວາ
1974, ວັນປະກາດສ້າງຕັ້ງ ສປປ ລາວ" are judged against the founding; the founding day's later
anniversaries, set beside it the same way, are not.  A country's name after an opening
quotation mark heads its clause too ('"Lao PDR founded on ..."').
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def date_verdicts(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published=date(2026, 10, 26), lang=lang)
    return [(f.text, f.verdict.value, f.record) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict", "record"),
    [
        (
            "On 2 December 1974, the founding day of the Lao PDR, he was in hospital.",
            "en",
            "2 December 1974",
            "contradiction",
            "founding-lao-pdr",
        ),
        (
            "On 2 December 1975, the founding day of the Lao PDR, he was in hospital.",
            "en",
            "2 December 1975",
            "ok",
            "founding-lao-pdr",
        ),
        (
            "On 22 March 1956, the founding day of the LPRP, he joined the army.",
            "en",
            "22 March 1956",
            "contradiction",
            "founding-lprp",
        ),
        (
            "On 3 December, the National Day of the Lao PDR, we met.",
            "en",
            "3 December",
            "contradiction",
            None,
        ),
        (
            "Ngày 2/12/1974, ngày Quốc khánh Lào, ông nằm viện.",
            "vi",
            "Ngày 2/12/1974",
            "contradiction",
            "founding-lao-pdr",
        ),
        (
            "Ngày 2/12/1975, ngày thành lập nước CHDCND Lào, ông nằm viện.",
            "vi",
            "Ngày 2/12/1975",
            "ok",
            "founding-lao-pdr",
        ),
        (
            "ທ່ານເລົ່າວ່າວັນທີ໒ທັນວາ໑໙໗໔, ວັນປະກາດສ້າງຕັ້ງສປປລາວ, ທ່ານນອນຢູ່ໂຮງໝໍ.",
            "lo",
            "ວັນທີ໒ທັນວາ໑໙໗໔",
            "contradiction",
            "founding-lao-pdr",
        ),
        (
            "ທ່ານ ເລົ່າ ວ່າ ວັນທີ 2 ທັນວາ 1975, ວັນ ປະກາດ ສ້າງຕັ້ງ ສປປ ລາວ, ທ່ານ ນອນ ຢູ່ ໂຮງໝໍ.",
            "lo",
            "ວັນທີ 2 ທັນວາ 1975",
            "ok",
            "founding-lao-pdr",
        ),
        (
            'The banner reads: "Lao PDR founded on 2 December 1976".',
            "en",
            "2 December 1976",
            "contradiction",
            "founding-lao-pdr",
        ),
        (
            '(ກ)ບົດນຳ:"ສາທາລະນະລັດປະຊາທິປະໄຕປະຊາຊົນລາວສ້າງຕັ້ງວັນທີ໒ທັນວາ໑໙໗໖"-ເສັ້ນທາງ໕໑ປີ.',
            "lo",
            "ວັນທີ໒ທັນວາ໑໙໗໖",
            "contradiction",
            "founding-lao-pdr",
        ),
    ],
)
def test_a_founding_day_beside_a_date(
    text: str, lang: str, said: str, verdict: str, record: str | None
) -> None:
    found = [(t, v, r) for t, v, r in date_verdicts(text, lang) if t == said]
    assert found and found[0][1] == verdict
    if record is not None:
        assert found[0][2] == record


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # the founding day's anniversary, set beside its day
        (
            "On 2 December 2024, the National Day of the Lao PDR, he was in Vientiane.",
            "en",
            "2 December 2024",
        ),
        ("Ngày 3/2/2026, ngày thành lập Đảng Cộng sản Việt Nam, trời mưa.", "vi", "Ngày 3/2/2026"),
        # another day's words after the comma
        (
            "On 1 December 1975, the eve of the founding of the Lao PDR, he travelled.",
            "en",
            "1 December 1975",
        ),
        # a person is born, not founded
        ("On 14 December 1920, the founding day of Kaysone Phomvihane, nothing.", "en", "14 December 1920"),
    ],
)
def test_no_founding_day_beside_other_dates(text: str, lang: str, said: str) -> None:
    assert all(v != "contradiction" for t, v, _r in date_verdicts(text, lang) if t == said)
