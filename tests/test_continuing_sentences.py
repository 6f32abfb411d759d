# SPDX-License-Identifier: MIT
"""
A sentence that states no date and opens with a pronoun (``dates.opening_pronouns``: "He",
"Ông", "ເພິ່ນ") goes on with the sentence before, in its paragraph: that one's date dates its
titles ("On 26 January 2026 Thongloun Sisoulith arrived in Hanoi. He was welcomed by Vice
President ..."). Not a sentence that speaks of the present (``dates.present_words``: "He is now
...", "Ông hiện là ..."), nor one after a blank line: those are the text's own day.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _titles(text: str, lang: str) -> dict[str, str]:
    report = check_text(text, published=date(2026, 11, 27), lang=lang)
    return {f.text: f.verdict.value for f in report.findings if f.kind == "title"}


@pytest.mark.parametrize(
    ("text", "lang", "title", "verdict"),
    [
        # dated by the sentence before: 26 January 2026, inside the record's list of Vice Presidents
        ("Ngày 26/1/2026, Thongloun Sisoulith tới Hà Nội. Ông được Phó Chủ tịch nước Võ Văn Thưởng đón tiếp.", "vi", "Phó Chủ tịch nước Võ Văn Thưởng", "contradiction"),
        ("On 26 January 2026 Thongloun Sisoulith arrived in Hanoi. He was welcomed by Vice President Vo Van Thuong.", "en", "Vice President Vo Van Thuong", "contradiction"),
        ("On 26 January 2026 Thongloun Sisoulith arrived in Hanoi. He was welcomed by Vice President Vo Thi Anh Xuan.", "en", "Vice President Vo Thi Anh Xuan", "ok"),
        # the text's own day, past the list: the record cannot say
        ("On 26 January 2026 Thongloun Sisoulith arrived in Hanoi. He is now hosted by Vice President Vo Van Thuong.", "en", "Vice President Vo Van Thuong", "unknown"),
        ("On 26 January 2026 Thongloun Sisoulith arrived in Hanoi.\n\nHe was welcomed by Vice President Vo Van Thuong.", "en", "Vice President Vo Van Thuong", "unknown"),
    ],
)  # fmt: skip
def test_a_pronoun_goes_on_with_the_sentence_before(text: str, lang: str, title: str, verdict: str) -> None:
    assert _titles(text, lang)[title] == verdict
