# SPDX-License-Identifier: MIT
"""
A person the record holds with no office, given an office of one holder at a time that others
held all through the day or period the sentence speaks of, is a contradiction ("Phet Phomphiphak,
Prime Minister of Laos" in 2026: Sonexay Siphandone was); an office several hold at once, one
whose holders the record does not date, or a spouse named beside the holder, stays `unknown`.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _titles(text: str) -> list[str]:
    report = check_text(text, published=date(2026, 2, 3), lang="en")
    return [f.verdict.value for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Phet Phomphiphak, Prime Minister of Laos, arrived.", "contradiction"),
        ("In 2019, Phet Phomphiphak, Prime Minister of Laos, arrived.", "contradiction"),
        # an office several people hold at once: the record may lack it
        ("Phet Phomphiphak, Deputy Prime Minister of Laos, arrived.", "unknown"),
        # a spouse beside the holder: the title may be the holder's
        ("Naly Sisoulith, Prime Minister of Laos, arrived.", "unknown"),
    ],
)
def test_an_office_of_one_holder_held_by_others_is_no_unlisted_persons(text: str, verdict: str) -> None:
    assert _titles(text) == [verdict]
