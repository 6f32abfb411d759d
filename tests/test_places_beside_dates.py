# SPDX-License-Identifier: MIT
"""
A place set off right beside the date that names an event, a comma between, is the event's
place (``places.event``): "Kỳ họp lần thứ 48 ..., 03/12/2025, Hà Nội.", "(Hanoi, 3 December
2025)".  A place before a date at the head of a line is a dateline's, not the event's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=date(2026, 3, 10), lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "place"]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "2. Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào, 03/12/2025, Hà Nội. Xong.",
            "vi",
            "Hà Nội",
        ),
        (
            "The 48th meeting of the Intergovernmental Committee (Hanoi, 3 December 2025) agreed on a plan.",
            "en",
            "Hanoi",
        ),
        ("[5] ບົດສະຫຼຸບກອງປະຊຸມຄັ້ງທີ48(ຮ່າໂນ້ຍ,3ທັນວາ2025).", "lo", "ຮ່າໂນ້ຍ"),
    ],
)
def test_a_wrong_place_beside_the_events_date_is_a_slip(text: str, lang: str, place: str) -> None:
    assert (place, "contradiction") in _places(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the right place
        (
            "The 48th meeting of the Intergovernmental Committee (Vientiane, 3 December 2025) agreed on a plan.",
            "en",
        ),
        ("2. Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào, 03/12/2025, Viêng Chăn. Xong.", "vi"),
        # a dateline: where the news was sent from
        (
            "Hà Nội, 3/12/2025 - Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào diễn ra tại Viêng Chăn.",
            "vi",
        ),
        # a place that does not close its clause is not set off beside the date
        (
            "The 48th meeting of the Intergovernmental Committee on 3 December 2025, Hanoi said, went well.",
            "en",
        ),
    ],
)
def test_the_right_place_or_a_datelines_is_no_slip(text: str, lang: str) -> None:
    assert all(verdict != "contradiction" for _place, verdict in _places(text, lang))


@pytest.mark.parametrize(
    ("place", "verdict"),
    [("Hanoi", "contradiction"), ("Vientiane", "ok")],
)
def test_a_place_between_commas_before_the_events_date_is_its_place(place: str, verdict: str) -> None:
    # a catalogue's caption: the event's name, its place and its date, set off by commas
    text = f"Delegate's pin from the 12th National Congress of the Lao People's Revolutionary Party, {place}, January 2026."
    assert _places(text, "en") == [(place, verdict)]


def test_a_place_between_commas_before_a_date_that_goes_on_is_not_the_events() -> None:
    # the date does not close the clause: the place and date may be another thing's
    text = "Pin of the 12th National Congress of the Lao People's Revolutionary Party, Hanoi, January 2026 edition of the fair."
    assert _places(text, "en") == [("Hanoi", "ok")]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "His last assignments include the 48th meeting of the Vietnam–Laos Intergovernmental Committee"
            " held in Hanoi on 3 December 2025, and To Lam's one-day visit to Vientiane on 5 February 2026.",
            "en",
            "Hanoi",
        ),
        (
            "Ảnh gồm kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào tại Hà Nội ngày 3/12/2025"
            " và chuyến thăm Viêng Chăn của Tổng Bí thư Tô Lâm ngày 5/2/2026.",
            "vi",
            "Hà Nội",
        ),
    ],
)
def test_a_wrong_place_by_one_of_several_dates_is_its_events(text: str, lang: str, place: str) -> None:
    # the right place is named too, but by the sentence's other date: it is that date's
    assert (place, "contradiction") in _places(text, lang)


def test_the_right_places_by_several_dates_are_no_slip() -> None:
    text = (
        "His last assignments include the 48th meeting of the Vietnam–Laos Intergovernmental Committee"
        " held in Vientiane on 3 December 2025, and the talks in Hanoi on 26 January 2026."
    )
    assert _places(text, "en") == [("Vientiane", "ok"), ("Hanoi", "ok")]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "To Lam paid a one-day state visit to Laos on 15 February 2026, after Thongloun Sisoulith's"
            " state visit to Hanoi on 26-27 January 2026.",
            "en",
            "15 February 2026",
        ),
        (
            "Ông Thongloun Sisoulith thăm Hà Nội ngày 26-27/1/2026; Tổng Bí thư Tô Lâm thăm Lào ngày 15/2/2026.",
            "vi",
            "ngày 15/2/2026",
        ),
    ],
)
def test_a_place_nearer_another_date_does_not_rule_out_this_dates_event(
    text: str, lang: str, said: str
) -> None:
    # Hanoi is the January visit's place: the February visit to Laos is still the later date's event
    report = check_text(text, published=date(2026, 3, 10), lang=lang)
    dates = [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]
    assert (said, "contradiction") in dates
    right = text.replace("15 February", "5 February").replace("15/2", "5/2")
    report = check_text(right, published=date(2026, 3, 10), lang=lang)
    assert all(f.verdict.value == "ok" for f in report.findings if f.kind == "date")
