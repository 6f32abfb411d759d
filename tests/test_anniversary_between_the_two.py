# SPDX-License-Identifier: MIT
"""
A founding that opens its sentence's clause counts the anniversary after it when the two
countries it is between stand between them ("Năm nay, Hiệp ước Hữu nghị và Hợp tác giữa hai
nước tròn 50 năm"; ``countries.between_words`` and ``both_words``), as it does with nothing
between.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 6, 21)


@pytest.mark.parametrize(("number", "verdict"), [(50, "contradiction"), (49, "ok")])
def test_the_treaty_between_the_two_countries(number: int, verdict: str) -> None:
    text = f"Năm nay, Hiệp ước Hữu nghị và Hợp tác giữa hai nước tròn {number} năm."
    report = check_text(text, published=PUBLISHED, lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [verdict]


def test_other_words_between_still_leave_it_unknown() -> None:
    text = "Năm nay, Hiệp ước Hữu nghị và Hợp tác mà ông tôi nhắc mãi tròn 50 năm."
    report = check_text(text, published=PUBLISHED, lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == ["unknown"]
