# SPDX-License-Identifier: MIT
"""
Readings that heldout27's false contradictions called for, each from a general cause and shown
on sentences of our own: the judges pass the right reading and still catch a slip.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def _found(text: str, kind: str, lang: str, published: date = date(2026, 3, 10)) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        # the words of a birth or a death right after an anniversary: a person's, not a party's
        ("Ông là Tổng Bí thư đầu tiên của Đảng Nhân dân Cách mạng Lào.\nNăm 2026 đánh dấu 106 năm ngày sinh.",
         "vi", "106 năm", "unknown"),
        ("Ông là Tổng Bí thư đầu tiên của Đảng Nhân dân Cách mạng Lào.\nNăm 2026 đánh dấu 71 năm.",
         "vi", "71 năm", "ok"),
        # "birthday" in the anniversary's own words may be a body's
        ("The Lao People's Revolutionary Party was founded on 22 March 1955, so this year the party celebrates"
         " its seventieth birthday.", "en", "seventieth birthday", "contradiction"),
    ],
)  # fmt: skip
def test_words_of_a_life_after_an_anniversary_make_it_a_persons(
    text: str, lang: str, said: str, verdict: str
) -> None:
    found = _found(text, "ordinal", lang)
    assert any(said in t and v == verdict for t, v in found), found
