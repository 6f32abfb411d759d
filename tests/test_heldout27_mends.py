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


WHO_WHEN = "Person | Date | Title\n{rows}\n"


@pytest.mark.parametrize(
    ("rows", "lang", "said", "verdict"),
    [
        # a table of who held what when: the title in the row's last cell, at the row's date
        ("Sonexay Siphandone | 3 December 2025 | Prime Minister", "en", "Prime Minister", "ok"),
        ("Sonexay Siphandone | 3 December 2025 | Deputy Prime Minister", "en", "Deputy Prime Minister",
         "contradiction"),
        ("ສອນໄຊສີພັນດອນ | 3/12/2025 | ນາຍົກລັດຖະມົນຕີ", "lo", "ນາຍົກລັດຖະມົນຕີ", "ok"),
        ("ຟານວັນຢາງ | 3/12/2025 | ລັດຖະມົນຕີກະຊວງປ້ອງກັນຄວາມສະຫງົບ", "lo", "ລັດຖະມົນຕີກະຊວງປ້ອງກັນຄວາມສະຫງົບ",
         "contradiction"),
    ],
)  # fmt: skip
def test_a_tables_row_gives_its_name_the_title_of_its_cell(
    rows: str, lang: str, said: str, verdict: str
) -> None:
    found = _found(WHO_WHEN.format(rows=rows), "title", lang)
    assert any(t.endswith(said) and v == verdict for t, v in found), found


def test_a_title_that_ends_a_row_is_not_the_next_rows_names() -> None:
    rows = "ເລືອງເກື່ອງ | 26/1/2026 | ປະທານປະເທດ\nໄຊສົມພອນພົມວິຫານ | 2/12/2025 | ປະທານສະພາແຫ່ງຊາດ"
    found = _found(WHO_WHEN.format(rows=rows), "title", "lo")
    assert all(v != "contradiction" for _t, v in found), found
    assert not any("\n" in t for t, _v in found), found


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # an entry's own time stamp (a bookmark's, a citation's), opening a part of its line
        ("[4] To Lam's one-day visit to Laos\n    web: kpl.gov.la · Added: 6 February 2026\n", "en", "6 February 2026"),
        ("[໔] ເລຂາທິການໃຫຍ່ ໂຕເລິມ ຢ້ຽມຢາມ ສປປ ລາວ ໜຶ່ງ ມື້\n    ເວັບ: kpl.gov.la · ເພີ່ມ: ໐໖/໐໒/໒໐໒໖\n", "lo",
         "໐໖/໐໒/໒໐໒໖"),
        ("Báo cáo về chuyến thăm Lào của Tổng Bí thư. Truy cập ngày 6/2/2026.", "vi", "6/2/2026"),
    ],
)  # fmt: skip
def test_an_entrys_time_stamp_is_no_events_date(text: str, lang: str, said: str) -> None:
    found = _found(text, "date", lang)
    assert any(said in t and v == "unknown" for t, v in found), found


def test_a_stamp_word_inside_a_sentence_is_no_stamp() -> None:
    found = _found("The ministry added 6 February 2026 to the state visit's dates.", "date", "en")
    assert ("6 February 2026", "contradiction") in found


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        # the words of what another event is about, an owner's words between: the date is the briefing's
        ('Post: "The Lao leader briefed Vietnamese leaders in Hanoi on 26 January 2026 on the outcomes of his'
         " Party's congress.\"", "en", "26 January 2026", "ok"),
        ("ແຈ້ງ ຜົນ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ທີ່ ຮ່າໂນ້ຍ, ໒໖ ມັງກອນ ໒໐໒໖", "lo", "໒໖ ມັງກອນ ໒໐໒໖", "ok"),
        # without them, the congress's own date
        ("The Lao party's 12th National Congress closed in Vientiane on 26 January 2026.", "en", "26 January 2026",
         "contradiction"),
    ],
)  # fmt: skip
def test_a_date_of_what_another_event_is_about_is_that_events(
    text: str, lang: str, said: str, verdict: str
) -> None:
    found = _found(text, "date", lang)
    assert (said, verdict) in found, found


@pytest.mark.parametrize(
    ("target", "verdict"),
    [("USD 10 billion", "ok"), ("USD 12 billion", "contradiction")],
)
def test_later_on_after_a_target_makes_it_the_longer_terms(target: str, verdict: str) -> None:
    text = f"Both governments aim for USD 5 billion of trade in the near term and {target} later on."
    assert (target, verdict) in _found(text, "amount", "en")


@pytest.mark.parametrize(
    ("amount", "verdict"),
    [("USD 346 million", "ok"), ("USD 364 million", "contradiction")],
)
def test_a_second_flow_verb_after_and_is_the_subjects(amount: str, verdict: str) -> None:
    # Laos sold (its exports, 633 million) and bought (Vietnam's exports to Laos, 346 million)
    text = (
        f"First quarter of 2025: Laos sold Vietnam goods worth USD 633 million and bought {amount} from it."
    )
    found = _found(text, "amount", "en")
    assert ("USD 633 million", "ok") in found
    assert (amount, verdict) in found


@pytest.mark.parametrize(
    ("listed", "verdict"),
    [
        ("2022 USD 1.65 billion · 2023 USD 1.6 billion · 2024 USD 2.2 billion", "ok"),
        ("2022 USD 1.65 billion · 2023 USD 1.6 billion · 2024 USD 2.5 billion", "contradiction"),
    ],
)
def test_each_sum_of_a_run_in_list_takes_the_year_before_it(listed: str, verdict: str) -> None:
    # a currency between two numbers is the second's; a list's dot parts its items
    text = f"• Two-way trade 2025: USD 2.98 billion.\n• Earlier years: {listed}.\n"
    found = _found(text, "amount", "en")
    assert ("USD 1.65 billion", "ok") in found, found
    assert ("USD 1.6 billion", "ok") in found, found
    assert (listed.rsplit("· 2024 ", 1)[1], verdict) in found, found


@pytest.mark.parametrize(("n", "verdict"), [("49th", "ok"), ("50th", "contradiction")])
def test_an_anniversary_in_a_bracket_counts_from_what_the_bracket_names(n: str, verdict: str) -> None:
    # the national day named in the next entry's bracket is not this anniversary's
    text = (
        f"Dates to open a conversation: 18 July (the Treaty of Amity and Cooperation, {n} anniversary this"
        " year), 5 September (diplomatic relations), 2 December (Lao National Day)."
    )
    found = _found(text, "ordinal", "en", published=date(2026, 5, 1))
    assert (f"{n} anniversary", verdict) in found, found


@pytest.mark.parametrize(
    ("day", "verdict"), [("3 December 2025", "ok"), ("4 December 2025", "contradiction")]
)
def test_a_date_in_a_quoted_label_is_its_event_words(day: str, verdict: str) -> None:
    # the next line's "12th Congress" is another pin's
    text = (
        f'    Then the pin for "48th Intergovernmental Committee session, {day}" sits on Vientiane\n'
        '    And the pin for "Briefing on the LPRP\'s 12th Congress, 26 January 2026" sits on Hanoi\n'
    )
    found = _found(text, "date", "en")
    assert (day, verdict) in found, found
    assert ("26 January 2026", "ok") in found, found
    [message] = [
        f.message
        for f in CHECKER.check_text(text, published=date(2026, 3, 10), lang="en").findings
        if f.text == day
    ]
    assert "48th meeting" in message


def test_a_tenure_after_another_office_named_between_is_not_the_titles() -> None:
    text = (
        "The LPRP's 12th Congress re-elected Thongloun Sisoulith as General Secretary; he remains President"
        " of the Lao PDR, an office he has held since March 2021."
    )
    assert ("March 2021", "contradiction") not in _found(text, "date", "en", published=date(2026, 2, 12))
    # with no other office between, the start is the title's
    slip = "The LPRP's 12th Congress re-elected Thongloun Sisoulith as General Secretary, in office since March 2021."
    assert ("March 2021", "contradiction") in _found(slip, "date", "en", published=date(2026, 2, 12))


@pytest.mark.parametrize(
    ("days", "verdict"),
    [
        ("24 January to 9 February 2026", "unknown"),  # a period that holds the visit: no slip of its days
        ("25 to 28 January 2026", "contradiction"),  # the visit's days said wrong
        ("26 to 29 January 2026", "contradiction"),  # wrong at one end only
    ],
)
def test_a_period_that_holds_an_events_days_is_no_slip_of_them(days: str, verdict: str) -> None:
    text = f"Thongloun Sisoulith paid a state visit to Vietnam, the report says, in the window of {days}."
    assert (days, verdict) in _found(text, "date", "en")


def test_a_to_dos_boxes_are_a_lists_entries_each_its_own() -> None:
    # each box's anniversary is its own line's, not the line above's party's
    text = (
        "[ ] Calendar 2027 · due 15/12/2026\n"
        "    [ ] 22 ມີນາ 2027 – ພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ 72 ປີ\n"
        "    [ ] 18 ກໍລະກົດ 2027 – ສົນທິສັນຍາຄົບຮອບ 50 ປີ\n"
    )
    found = _found(text, "ordinal", "lo", published=date(2026, 11, 20))
    assert all(v != "contradiction" for _t, v in found), found
    assert any("72" in t and v == "ok" for t, v in found), found


def test_a_cell_date_beside_a_cell_that_dates_its_own_words_is_the_rows() -> None:
    text = (
        "No | Left context | Keyword | Right context | Source | Date\n"
        "03 | …the 48th meeting of the Intergovernmental Committee on 3 December 2025 stressed | strategic"
        " cohesion | in the economy… | news_0320 | 5 December 2025\n"
    )
    found = _found(text, "date", "en")
    assert ("5 December 2025", "unknown") in found, found
    assert ("3 December 2025", "ok") in found, found
    # a timeline's date cell, its event's words undated: the event's date, judged
    timeline = "Date | Event\n4 December 2025 | 48th meeting of the Intergovernmental Committee\n"
    assert ("4 December 2025", "contradiction") in _found(timeline, "date", "en")


@pytest.mark.parametrize(("n", "verdict"), [("51st", "ok"), ("52nd", "contradiction")])
def test_a_year_in_a_bracket_that_opens_on_another_ordinal_is_that_ones(n: str, verdict: str) -> None:
    text = (
        f"PP2. Meeting in 2026, when Laos celebrates the {n} anniversary of the proclamation of the Lao PDR"
        " on 2 December 1975 [VN: and looking ahead to the 65th anniversary of our diplomatic ties in 2027];"
    )
    found = _found(text, "ordinal", "en", published=date(2026, 11, 19))
    assert (f"{n} anniversary", verdict) in found, found
    assert ("65th anniversary", "ok") in found, found


@pytest.mark.parametrize(
    ("listing", "verdict"),
    [
        ("ມິດຕະພາບອັນຍິ່ງໃຫຍ່ ຄວາມສາມັກຄີຮອບດ້ານ ການຮ່ວມມືພິເສດ ແລະ ຜູກມັດຍຸດທະສາດ", "contradiction"),
        ("ມິດຕະພາບອັນຍິ່ງໃຫຍ່ ຄວາມສາມັກຄີພິເສດ ການຮ່ວມມືຮອບດ້ານ ແລະ ຜູກມັດຍຸດທະສາດ", "ok"),
    ],
)
def test_a_lao_listing_parted_by_spaces_is_a_listing(listing: str, verdict: str) -> None:
    # Lao lists the elements with spaces alone: swapped qualifiers there are slips
    found = _found(f"ສອງ ຝ່າຍ ຈະ ຮັກສາ {listing} ໃຫ້ ໝັ້ນຄົງ.", "framework", "lo")
    assert len(found) == 4, found
    assert (verdict == "ok") == all(v == "ok" for _t, v in found), found


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # a bare ordinal that ends its phrase, after an anniversary or a national day
        ("2 December: the Lao National Day. 2025 was its 50th anniversary; 2026 brings the 51st.", "51st", "ok"),
        ("2 December: the Lao National Day. 2025 was its 50th anniversary; 2026 brings the 52nd.", "52nd",
         "contradiction"),
        ("In 2026 the calendar has 2 December (Lao National Day, 52nd this year).", "52nd", "contradiction"),
    ],
)  # fmt: skip
def test_a_bare_ordinal_after_an_anniversary_is_one(text: str, said: str, verdict: str) -> None:
    found = _found(text, "ordinal", "en", published=date(2026, 5, 1))
    assert (said, verdict) in found, found


def test_a_bare_ordinal_of_a_congress_is_no_anniversary() -> None:
    text = "The LPRP marked its 70th anniversary in 2025; the congress it held in January 2026 was the Party's 12th."
    found = _found(text, "ordinal", "en", published=date(2026, 5, 1))
    assert all(t != "12th" for t, _v in found), found
