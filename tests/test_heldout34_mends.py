# SPDX-License-Identifier: MIT
"""
The false contradictions of the blind corpus heldout34, each mended from its general cause and
shown here on sentences of our own, with the slip that must still be caught beside each.

- A day after words of a coming back (``dates.return_words``: "he came back on 5 February") may
  be another occasion than the event word before them names: a slip found for it is unknown.
- An arrow or a bar leads to a series' next entry ("2024: 2,2 tỷ USD → 2025: ..."): the year
  after it is not the sum's before it.
- A capacity ("came to Laos as President") in a sentence that tells of the past and states no
  date is not the publication day's: of an office the person once held, it is unknown.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _found(text: str, lang: str, published: date, kind: str) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "General Secretary To Lam attended the ceremony in the capital; he came back on 5 February 2026.",
            "en",
            "5 February 2026",
        ),
        (
            "Tổng Bí thư Tô Lâm dự lễ kỷ niệm tại thủ đô, rồi quay lại vào ngày 5/2/2026.",
            "vi",
            "ngày 5/2/2026",
        ),
        ("ທ່ານ ໂຕເລິມ ເຂົ້າຮ່ວມ ພິທີ ສະເຫຼີມສະຫຼອງ ຢູ່ ນະຄອນຫຼວງ ແລະ ກັບມາ ອີກ ໃນ ວັນທີ 5 ກຸມພາ 2026.", "lo",
         "ວັນທີ 5 ກຸມພາ 2026"),
    ],
)  # fmt: skip
def test_a_day_after_words_of_a_coming_back_is_not_the_event_s(text: str, lang: str, day: str) -> None:
    found = dict(_found(text, lang, date(2026, 4, 18), "date"))
    assert found[day] == "unknown"


def test_without_the_coming_back_the_slip_is_caught() -> None:
    text = "General Secretary To Lam attended the ceremony in the capital on 3 December 2025."
    assert ("3 December 2025", "contradiction") in _found(text, "en", date(2026, 4, 18), "date")


def test_again_is_an_occasion_of_the_same_kind() -> None:
    """'again' is not a coming back: the visit of 5 February is still found misdated."""
    text = "To Lam paid a state visit to Laos on 1-2 December 2025 and again on 4 February 2026."
    assert ("4 February 2026", "contradiction") in _found(text, "en", date(2026, 4, 18), "date")


@pytest.mark.parametrize("arrow", ["→", "->", "|", "⇒"])
def test_an_arrow_leads_to_the_next_entry_of_a_series(arrow: str) -> None:
    text = f"Kim ngạch thương mại: 2022: 1,65 tỷ USD {arrow} 2024: 2,2 tỷ USD {arrow} 2025: 2,98 tỷ USD."
    assert _found(text, "vi", date(2026, 6, 1), "amount") == [
        ("1,65 tỷ USD", "ok"),
        ("2,2 tỷ USD", "ok"),
        ("2,98 tỷ USD", "ok"),
    ]


def test_a_wrong_sum_in_a_series_is_still_caught() -> None:
    text = "Kim ngạch thương mại: 2022: 1,65 tỷ USD → 2024: 2,2 tỷ USD → 2025: 2,5 tỷ USD."
    assert ("2,5 tỷ USD", "contradiction") in _found(text, "vi", date(2026, 6, 1), "amount")


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # the past, no date: he was President from May to October 2024
        ("To Lam came to Laos as President.", "en", "unknown"),
        ("Ông Tô Lâm đã sang Lào với tư cách Chủ tịch nước.", "vi", "unknown"),
        # the future: the publication day's, when he is not
        ("Thongloun Sisoulith will come to Hanoi as Prime Minister.", "en", "contradiction"),
        # a date stated: that day's
        ("In July 2023 To Lam came to Laos as President.", "en", "contradiction"),
        # an office the person never held
        ("Thongloun Sisoulith came to Hanoi as Minister of National Defence.", "en", "contradiction"),
    ],
)
def test_a_capacity_of_the_past_with_no_date(text: str, lang: str, verdict: str) -> None:
    found = _found(text, lang, date(2026, 10, 2), "title")
    assert [v for _t, v in found] == [verdict]
