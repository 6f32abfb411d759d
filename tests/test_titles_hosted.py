# SPDX-License-Identifier: MIT
"""
An ambassador's title names the country that hosts the ambassador ("Vietnamese Ambassador to
Laos", "Đại sứ Việt Nam tại Lào"): the title is read with it, before or after the name, and the
host is not the title's own country, which is the sending state's (in Vietnamese, the country
named before the host word).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _titles(text: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 3, 1))
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        (
            "On 5 February 2026, Vietnamese Ambassador to Laos Nguyen Minh Tam welcomed the delegation.",
            "Vietnamese Ambassador to Laos Nguyen Minh Tam",
            "ok",
        ),
        (
            "On 5 February 2026, Nguyen Minh Tam, Vietnamese Ambassador to Laos, welcomed the delegation.",
            "Nguyen Minh Tam, Vietnamese Ambassador to Laos",
            "ok",
        ),
        (
            "On 5 February 2026, Lao Ambassador to Vietnam Khamphao Ernthavanh welcomed the delegation.",
            "Lao Ambassador to Vietnam Khamphao Ernthavanh",
            "ok",
        ),
        # the predecessor, no longer in post
        (
            "On 5 February 2026, Vietnamese Ambassador to Laos Nguyen Ba Hung welcomed the delegation.",
            "Vietnamese Ambassador to Laos Nguyen Ba Hung",
            "contradiction",
        ),
        (
            "Ngày 5/2/2026, ông Nguyễn Bá Hùng, Đại sứ Việt Nam tại Lào, đón đoàn.",
            "Nguyễn Bá Hùng, Đại sứ Việt Nam tại Lào",
            "contradiction",
        ),
        # Vietnamese names the sending state, then the host, before the name
        (
            "Ngày 5/2/2026, Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm đón đoàn.",
            "Đại sứ Việt Nam tại Lào Nguyễn Minh Tâm",
            "ok",
        ),
        (
            "Ngày 5/2/2026, Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng đón đoàn.",
            "Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng",
            "contradiction",
        ),
        (
            "Ngày 5/2/2026, Đại sứ Lào tại Việt Nam Nguyễn Minh Tâm đón đoàn.",
            "Đại sứ Lào tại Việt Nam Nguyễn Minh Tâm",
            "contradiction",
        ),
        # the sending state is the qualifier's: a Vietnamese ambassador is no Lao one
        (
            "On 5 February 2026, Lao Ambassador to Vietnam Nguyen Minh Tam welcomed the delegation.",
            "Lao Ambassador to Vietnam Nguyen Minh Tam",
            "contradiction",
        ),
    ],
)
def test_an_ambassadors_host_is_read_with_the_title_and_is_not_its_country(
    text: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in _titles(text)


def test_a_host_word_after_another_title_reads_nothing() -> None:
    # "to" after a Prime Minister's title is no host: the title stops before it
    titles = _titles("On 5 February 2026, Prime Minister to Laos Pham Minh Chinh spoke.")
    assert all("to Laos" not in said for said, _verdict in titles)
