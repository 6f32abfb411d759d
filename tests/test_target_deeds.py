# SPDX-License-Identifier: MIT
"""
A dated target of a project (Vietnam to start building the Vinh – Thanh Thuy section in early
2026): a date in a sentence that names the project, by its name ("the Vinh – Thanh Thuy
section") or by two of its places, is judged against the target's horizon, but only where the
sentence says the target's deed (``horizons.deed_words``: "start", "break ground", "khởi công",
"ເລີ່ມ"); a sentence that only mentions the section dates something else.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _dates(text: str, lang: str) -> dict[str, str]:
    report = check_text(text, published=date(2026, 3, 1), lang=lang)
    return {f.text: f.verdict.value for f in report.findings if f.kind == "date"}


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        ("Vietnam intends to break ground on the Vinh–Thanh Thuy section of the expressway in early 2027.", "en", "early 2027", "contradiction"),
        ("On our side, construction of the Vinh - Thanh Thuy section will start in late 2026.", "en", "late 2026", "contradiction"),
        ("On our side, construction of the Vinh – Thanh Thuy section will start in early 2026.", "en", "early 2026", "ok"),
        ("Vietnam will start building the section from Vinh to Thanh Thuy border in mid-2026.", "en", "mid-2026", "contradiction"),
        # no deed of the target: the date is something else's
        ("The Vinh – Thanh Thuy section was discussed in 2025.", "en", "in 2025", "unknown"),
    ],
)  # fmt: skip
def test_a_date_of_the_targets_deed(text: str, lang: str, said: str, verdict: str) -> None:
    assert _dates(text, lang)[said] == verdict
