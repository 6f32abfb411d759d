# SPDX-License-Identifier: MIT
"""
Titles said of the name after them (``titles.office``): a title that opens its clause after
"The current" ("The current President of Laos is ...", "Hiện nay", "ປັດຈຸບັນ": the word files'
``titles.named_as_lead``), before "is now", "hiện nay là", "bây giờ là" or "ກໍ່ແມ່ນທ່ານ"
(``titles.named_as``), and a Vietnamese title with its body's
name right after it and no word of "of" ("Tổng Bí thư Đảng Nhân dân Cách mạng Lào ..."). A
former holder so named is caught; the holder passes.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 3, 28)

# Bounnhang Vorachith was President of Laos and LPRP General Secretary from 2016 to 2021;
# Thongloun Sisoulith has held both offices since 2021
CASES = [
    ("en", "The current President of Laos is {name}."),
    ("en", "The President of Laos is now {name}."),
    ("vi", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào hiện nay là {name}."),
    ("vi", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào {name} phát biểu tại hội nghị."),
    # "now" before the title, or "now is" after it (heldout34)
    ("vi", "Hiện nay Tổng Bí thư Đảng Nhân dân Cách mạng Lào là đồng chí {name}."),
    ("vi", "Chủ tịch nước Lào bây giờ là {name}."),
    # "is also Mr" after it; "at present" before it (the Chairman of Vietnam's National Assembly:
    # Tran Thanh Man, not Luong Cuong, the State President)
    ("lo", "ປະທານສະພາແຫ່ງຊາດຫວຽດນາມກໍ່ແມ່ນທ່ານ{name}."),
    ("lo", "ປັດຈຸບັນ ປະທານສະພາແຫ່ງຊາດ ຫວຽດນາມ ແມ່ນ ທ່ານ {name}."),
]
#: The Lao templates' names for the wrong holder and the holder.
LAO = {"Bounnhang Vorachith": "ເລືອງເກື່ອງ", "Thongloun Sisoulith": "ເຈິ່ນແທັງເໝິນ"}


def _titles(text: str, lang: str) -> list[str]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(("lang", "template"), CASES)
def test_a_former_holder_is_caught(lang: str, template: str) -> None:
    name = "Bounnhang Vorachith"
    assert _titles(template.format(name=LAO[name] if lang == "lo" else name), lang) == ["contradiction"]


@pytest.mark.parametrize(("lang", "template"), CASES)
def test_the_holder_is_not(lang: str, template: str) -> None:
    name = "Thongloun Sisoulith"
    assert _titles(template.format(name=LAO[name] if lang == "lo" else name), lang) in (["ok"], ["unknown"])


def test_other_words_before_the_title_still_open_no_claim() -> None:
    # "When I studied, the President of Laos is ...": more than one word, not of the lead list
    text = "In those days the President of Laos is Bounnhang Vorachith, my teacher said."
    assert _titles(text, "en") == []
