# SPDX-License-Identifier: MIT
"""
A deputy's title (an office several hold at once) the record does not give a person is
``unknown``, as the record may lack it, unless the person headed a body then, which no deputy
does: on the sentence's day, and now also through a period the sentence states ("In 2025, Vice
President Xaysomphone Phomvihane ...": he chaired the National Assembly all that year).
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _title(text: str, lang: str = "en") -> tuple[str, str]:
    report = check_text(text, published=date(2026, 4, 20), lang=lang)
    [finding] = [f for f in report.findings if f.kind == "title"]
    return finding.verdict.value, str(finding.message)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In 2025, Vice President Xaysomphone Phomvihane visited Pakngum.", "en"),
        ("In March 2025, Vice President Xaysomphone Phomvihane visited Pakngum.", "en"),
        ("ໃນ ປີ 2025, ທ່ານ ໄຊສົມພອນ ພົມວິຫານ ຮອງປະທານປະເທດ ລົງ ຢ້ຽມຢາມ ເມືອງ ປາກງື່ມ.", "lo"),
    ],
)
def test_a_deputys_title_for_a_head_through_the_period_is_a_slip(text: str, lang: str) -> None:
    verdict, message = _title(text, lang)
    assert verdict == "contradiction"
    assert (
        "in 2025" in message or "in March 2025" in message
    )  # the period's offices, not the publication day's


def test_a_period_the_record_does_not_show_him_heading_throughout_stays_unknown() -> None:
    # no source shows his chairmanship after the start of 2026: the period is not wholly his
    verdict, _message = _title("In 2026, Vice President Xaysomphone Phomvihane visited Pakngum.")
    assert verdict == "unknown"


def test_a_deputys_title_the_record_holds_in_the_period_is_ok() -> None:
    assert _title("In 2019, Deputy Prime Minister Sonexay Siphandone visited Hanoi.")[0] == "ok"
