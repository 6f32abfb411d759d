# SPDX-License-Identifier: MIT
"""
Titles in a bracket right after a name are the name's, as after an apposition's comma:
"Luong Tam Quang (Minister of Foreign Affairs)" is a contradiction (he is Minister of Public
Security), "Lương Tam Quang (Bộ trưởng Công an)" is not.  A bracket that holds anything else
after the titles ("(President, 1991-1992)", "(Vietnam)") says no title of the name.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 2, 5)


def _titles(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Luong Tam Quang (Minister of Foreign Affairs) joined the delegation.", "en", "contradiction"),
        ("Ông Lương Tam Quang (Bộ trưởng Ngoại giao) dự lễ.", "vi", "contradiction"),
        # a one-holder office someone else held that day
        ("Tran Cam Tu (Vice President of Vietnam) saw the guests off.", "en", "contradiction"),
        ("Pham Minh Chinh (Prime Minister of Vietnam) met the guests.", "en", "ok"),
        ("Ông Phạm Minh Chính (Thủ tướng) tiếp đoàn.", "vi", "ok"),
    ],
)
def test_titles_in_a_bracket_after_a_name_are_its(text: str, lang: str, verdict: str) -> None:
    found = _titles(text, lang)
    assert [v for _t, v in found] == [verdict], found


@pytest.mark.parametrize(
    "text",
    [
        "Kaysone Phomvihane (President, 1991-1992) led the party.",
        "Luong Tam Quang (Vietnam). Minister of Foreign Affairs.",
        "Luong Tam Quang (photo: Minister of Foreign Affairs archive) joined.",
    ],
)
def test_a_bracket_of_other_words_says_no_title(text: str) -> None:
    assert _titles(text, "en") == []
