# SPDX-License-Identifier: MIT
"""
A title in the plural, or after a word of two, before a list of names is each name's ("Prime
Ministers Pham Minh Chinh and Sonexay Siphandone", "hai Thủ tướng Phạm Minh Chính và ...";
the word files' ``titles.plural_roles`` and ``titles.plural_before``): each is judged for the
date of the sentence, the first with the title's words, the others on their names.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _titles(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 3, 10), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On 3 December 2025 Prime Ministers Pham Minh Chinh and Phankham Viphavanh co-chaired it.",
            "en",
            [("Prime Ministers Pham Minh Chinh", "ok"), ("Phankham Viphavanh", "contradiction")],
        ),
        (
            "On 3 December 2025 the two Prime Ministers Pham Minh Chinh and Sonexay Siphandone met.",
            "en",
            [("Prime Ministers Pham Minh Chinh", "ok"), ("Sonexay Siphandone", "ok")],
        ),
        (
            "Ngày 3/12/2025, hai Thủ tướng Phạm Minh Chính và Phankham Viphavanh đồng chủ trì kỳ họp.",
            "vi",
            [("Thủ tướng Phạm Minh Chính", "ok"), ("Phankham Viphavanh", "contradiction")],
        ),
        (
            "Năm 2019, hai Thủ tướng Nguyễn Xuân Phúc và Thongloun Sisoulith phát biểu.",
            "vi",
            [("Thủ tướng Nguyễn Xuân Phúc", "ok"), ("Thongloun Sisoulith", "ok")],
        ),
        (
            "On 3 December 2025 Prime Ministers Pham Minh Chinh, Phankham Viphavanh and Sonexay Siphandone met.",
            "en",
            [
                ("Prime Ministers Pham Minh Chinh", "ok"),
                ("Phankham Viphavanh", "contradiction"),
                ("Sonexay Siphandone", "ok"),
            ],
        ),
    ],
)
def test_a_plural_title_is_each_listed_names(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a singular title: the name after "and" is not given it
        ("On 3 December 2025 Prime Minister Pham Minh Chinh and Phankham Viphavanh met.", "en"),
        # a verb between the names: no list
        ("On 3 December 2025 Prime Ministers Pham Minh Chinh met Phankham Viphavanh.", "en"),
        ("Ngày 3/12/2025, Thủ tướng Phạm Minh Chính và Phankham Viphavanh gặp nhau.", "vi"),
    ],
)
def test_a_name_outside_a_plural_titles_list_is_not_given_it(text: str, lang: str) -> None:
    assert ("Phankham Viphavanh", "contradiction") not in _titles(text, lang)
