# SPDX-License-Identifier: MIT
"""
Mends for the general causes of the false contradictions the blind corpus heldout24 showed, each
tried on our own sentences: a dash that opens a line is a list's bullet, not a range's; days that
are exactly those of the visit an event was part of are the visit's.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text
from vnla.lang.parsing import parse_dates


def _dates(text: str, lang: str, published: date = date(2026, 10, 28)) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "date"]


# ------------------------------------------------------------- a bullet's dash is no range's
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("- Signed on 2 December 2025\n- 3 December 2025: the 48th meeting in Vientiane", "en"),
        (
            "- Ký Tuyên bố chung ngày 2/12/2025\n- 3/12/2025: Kỳ họp lần thứ 48 Ủy ban liên Chính phủ ở Viêng Chăn",
            "vi",
        ),
    ],
)
def test_a_dash_that_opens_a_line_is_a_bullet(text: str, lang: str) -> None:
    found = _dates(text, lang)
    assert len(found) == 2, found
    assert all("\n" not in said for said, _v in found)
    assert all(verdict != "contradiction" for _s, verdict in found)


def test_a_range_split_by_a_wrapped_line_is_still_a_range() -> None:
    # "to" at a line's start, or a dash at a line's end, still joins a range
    assert [str(m.when) for m in parse_dates("from 2 December\nto 3 December 2025")] == [
        "2025-12-02/2025-12-03"
    ]
    assert [str(m.when) for m in parse_dates("2 December -\n3 December 2025")] == ["2025-12-02/2025-12-03"]


# ------------------------------------------------------------ the days of the visit it was part of
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # the talks of 26 January 2026 were part of the state visit of 26-27 January
        ("- 26-27/1/2026: Thongloun sang Việt Nam, hội đàm ở Hà Nội", "vi", "ok"),
        ("- 26-27/1/2026: Thongloun sang VN, hoi dam o Ha Noi", "vi", "ok"),
        ("- 26-27 January 2026: Thongloun Sisoulith in Vietnam, talks with To Lam in Hanoi", "en", "ok"),
        # days that are no visit's stay a slip
        ("- 25-27/1/2026: Thongloun sang Việt Nam, hội đàm ở Hà Nội", "vi", "contradiction"),
    ],
)
def test_days_of_the_visit_an_event_was_part_of_are_the_visits(text: str, lang: str, verdict: str) -> None:
    assert [v for _s, v in _dates(text, lang)][:1] == [verdict]


# ----------------------------------------------------------------- whose national day it is
def _ordinals(text: str, lang: str, published: date) -> list[str]:
    report = check_text(text, published=published, lang=lang)
    return [f.verdict.value for f in report.findings if f.kind == "ordinal"]


@pytest.mark.parametrize(("count", "verdict"), [(81, "ok"), (82, "contradiction")])
def test_a_bracketed_day_after_national_day_words_says_whose(count: int, verdict: str) -> None:
    # 2 September is Vietnam's National Day (1945): its 81st anniversary fell in 2026, though
    # the sentence names Laos ("Việt – Lào") and not Vietnam by its name
    text = f"Ngày hội Hữu nghị Việt – Lào nhân dịp kỷ niệm {count} năm Quốc khánh (2/9/2026)."
    assert _ordinals(text, "vi", date(2026, 8, 17)) == [verdict]


@pytest.mark.parametrize(("count", "verdict"), [(50, "ok"), (52, "contradiction")])
def test_national_day_words_with_no_country_by_them_may_be_either_countrys(count: int, verdict: str) -> None:
    # a long sentence that names Vietnam far from the words: the Lao National Day's 50th fell in
    # December 2025, when To Lam came to Vientiane; no national day's 52nd did
    text = (
        f"ເມື່ອ ວັນທີ 1-2 ທັນວາ 2025 ທ່ານ ເລຂາທິການໃຫຍ່ ໂຕເລິມ ໄດ້ ມາ ຢ້ຽມຢາມ ວຽງຈັນ ໃນ ໂອກາດ ວັນຊາດ "
        f"ຄົບຮອບ {count} ປີ ແລະ ໄດ້ ພົບປະ ກັບ ການນຳ ຫຼາຍ ທ່ານ ເພື່ອ ເສີມສ້າງ ມິດຕະພາບ ກັບ ປະເທດ ຫວຽດນາມ ໃຫ້ ແໜ້ນແຟ້ນ ຕື່ມ."
    )
    assert _ordinals(text, "lo", date(2026, 9, 5)) == [verdict]


# ------------------------------------------------------------------- another cell's years
def test_a_span_of_years_in_another_cell_is_no_figures_horizon() -> None:
    row = (
        "A-19 | Trade montage, 2019-2025 | graphics only: 1.1-1.2 billion dollars (2019, estimate), "
        "USD 1.65 billion (2022) | own graphics | n/a"
    )
    report = check_text(row, published=date(2026, 5, 27), lang="en")
    assert [(f.text, f.verdict.value) for f in report.findings if f.kind == "amount"] == [
        ("1.1-1.2 billion dollars", "ok"),
        ("USD 1.65 billion", "ok"),
    ]
    # a row's label of a term is its figures' still
    label = "| MT1 | Mục tiêu kim ngạch thương mại trước mắt | – | 10 tỷ USD |"
    report = check_text(label, published=date(2026, 5, 27), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "amount"] == ["contradiction"]


# ------------------------------------------------------- a span from a date to something named
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Phần 1: từ ngày 5/9/1962 đến lễ ký Hiệp ước Hữu nghị và Hợp tác vào Thứ Hai, ngày 18/7/1977.",
            "vi",
        ),
        (
            "Part 1 runs from 5 September 1962 to the signing of the Treaty of Amity and Cooperation "
            "on 18 July 1977.",
            "en",
        ),
    ],
)
def test_a_date_that_starts_a_span_to_something_named_is_not_its_date(text: str, lang: str) -> None:
    assert all(verdict != "contradiction" for _s, verdict in _dates(text, lang))


def test_the_named_things_own_date_is_still_judged() -> None:
    text = "The Treaty of Amity and Cooperation was signed on 5 September 1962."
    assert _dates(text, "en") == [("5 September 1962", "contradiction")]


# ------------------------------------------------------------ an anniversary's day after it
@pytest.mark.parametrize(
    ("day", "verdict"),
    [("3 ກຸມພາ 2026", "ok"), ("4 ກຸມພາ 2026", None)],
)
def test_a_day_right_after_an_anniversary_is_its_day_not_a_later_events(
    day: str, verdict: str | None
) -> None:
    # the CPV was founded on 3 February 1930; the LPRP's congress named later was in January 2026
    text = (
        f"ມີຮູບງານສະເຫຼີມສະຫຼອງວັນສ້າງຕັ້ງພັກກອມມູນິດຫວຽດນາມຄົບຮອບ 96 ປີວັນທີ {day} "
        "ແລະຮູບກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XII ຂອງພັກປະຊາຊົນປະຕິວັດລາວວັນທີ 6-8 ມັງກອນ 2026 ຢູ່ວຽງຈັນ"
    )
    report = check_text(text, published=date(2026, 5, 12), lang="lo")
    first = next(f for f in report.findings if f.kind == "date")
    if verdict is not None:
        assert (first.verdict.value, first.rule) == (verdict, "dates.anniversary")
    else:  # another day is not the anniversary's: left to the other readings
        assert first.rule != "dates.anniversary"


# ------------------------------------------------------- founded on a recorded founding's day
@pytest.mark.parametrize(("count", "verdict"), [("70th", "contradiction"), ("71st", "ok")])
def test_a_thing_founded_on_a_recorded_foundings_day_counts_from_it(count: str, verdict: str) -> None:
    # the LPRP was founded on 22 March 1955: the party, not named, founded that day, is it
    text = f"In 2026 the Lao ruling party, founded on 22 March 1955, marks its {count} anniversary."
    report = check_text(text, published=date(2026, 3, 14), lang="en")
    found = {f.kind: (f.verdict.value, f.rule) for f in report.findings if f.kind in ("date", "ordinal")}
    assert found["ordinal"][0] == verdict
    dates = [(f.text, f.verdict.value, f.rule) for f in report.findings if f.text == "22 March 1955"]
    assert dates == [("22 March 1955", "ok", "dates.founding")]


def test_a_day_that_is_no_foundings_is_left_to_the_other_readings() -> None:
    report = check_text(
        "The club, founded on 21 March 1955, marks its 70th anniversary.",
        published=date(2026, 3, 14),
        lang="en",
    )
    assert all(f.rule != "dates.founding" for f in report.findings)


# ------------------------------------------------------ a founding dated the sentence before
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The Lao PDR was proclaimed on 2 December 1975. This December brings its 52nd anniversary.",
            "contradiction",
        ),
        ("The Lao PDR was proclaimed on 2 December 1975. This December brings its 51st anniversary.", "ok"),
        # another subject named in the anniversary's sentence counts from something else
        (
            "The Lao PDR was proclaimed on 2 December 1975. This December the university marks its 52nd anniversary.",
            "unknown",
        ),
    ],
)
def test_an_anniversary_counts_from_the_founding_the_sentence_before_dates(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 4, 1), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == [verdict]


# ----------------------------------------------------------- foundings read in more shapes
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # a founding's date set off after its name, closed by a table's cell
        ("A-05 | Death of Souphanouvong, 9 January 1994 | radio bulletin | FD", "en", "contradiction"),
        ("A-05 | Death of Souphanouvong, 9 January 1995 | radio bulletin | FD", "en", "ok"),
        # "ກຳເນີດ" (came into being) is a word of a body's founding
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ທີ່ ກຳເນີດ ໃນ ວັນທີ 22 ເມສາ 1955", "lo", "contradiction"),
        ("ພັກປະຊາຊົນປະຕິວັດລາວ ທີ່ ກຳເນີດ ໃນ ວັນທີ 22 ມີນາ 1955", "lo", "ok"),
    ],
)
def test_foundings_read_in_more_shapes(text: str, lang: str, verdict: str) -> None:
    assert [v for _s, v in _dates(text, lang)] == [verdict]


# ------------------------------------------------------------------ "khi ấy là" (then was)
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # Thongloun Sisoulith was Prime Minister from 2016 to 2021
        ("Trong năm 2022, Thongloun Sisoulith, khi ấy là Thủ tướng Lào, đã gửi thư cảm ơn.", "contradiction"),
        ("Trong năm 2019, Thongloun Sisoulith, khi ấy là Thủ tướng Lào, đã gửi thư cảm ơn.", "ok"),
        # with no date, a title of the time: like a former one
        ("Thongloun Sisoulith, khi ấy là Thủ tướng Lào, đã gửi thư cảm ơn.", "ok"),
    ],
)
def test_a_title_of_the_time_set_off_after_a_name(text: str, verdict: str) -> None:
    report = check_text(text, published=date(2026, 9, 2), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [verdict]


def test_a_title_set_off_after_a_name_may_end_at_a_table_cell() -> None:
    # Bounnhang Vorachith was General Secretary and President until 2021
    row = "Laos: Bounnhang Vorachith, General Secretary and President | Sonexay Siphandone, Prime Minister"
    report = check_text(row, published=date(2026, 3, 9), lang="en")
    titles = [(f.text, f.verdict.value) for f in report.findings if f.kind == "title"]
    assert titles[0] == ("Bounnhang Vorachith, General Secretary and President", "contradiction")


@pytest.mark.parametrize(("day", "verdict"), [("1", "contradiction"), ("2", "ok")])
def test_a_documents_date_after_words_of_adding_is_the_documents(day: str, verdict: str) -> None:
    # the Joint Statement is dated 2 December 2025, though the visit that agreed the wording ran 1-2 December
    text = (
        "The relationship is one of great friendship, special solidarity, comprehensive cooperation and "
        f"strategic cohesion, the wording set out in the Vietnam–Laos Joint Statement issued in Vientiane on {day} December 2025."
    )
    assert _dates(text, "en", date(2026, 4, 22)) == [(f"{day} December 2025", verdict)]


def test_an_anniversary_after_two_dated_foundings_counts_from_neither() -> None:
    # the sentence before dates the Treaty, the one before that diplomatic relations: "that
    # friendship" may be either's
    text = (
        'Việt Nam và Lào chính thức là bạn bè "có giấy tờ" từ ngày 5/9/1962, khi hai nước thiết lập quan hệ '
        "ngoại giao. Năm 1977, "
        "hai nước còn ký Hiệp ước Hữu nghị và Hợp tác vào ngày 18/7. Sang năm 2027, tình bạn ấy tròn 65 năm, "
        "và hai nước sẽ cùng tổ chức Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam."
    )
    report = check_text(text, published=date(2026, 11, 20), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "ordinal"] == ["unknown"]


@pytest.mark.parametrize(
    ("said", "verdict"),
    [("khoảng 5,36 tỷ USD", "contradiction"), ("khoảng 5,6 tỷ USD", "ok"), ("khoảng 5,62 tỷ USD", "ok")],
)
def test_about_an_exact_figure_with_other_digits_is_a_slip(said: str, verdict: str) -> None:
    # Vietnamese investment in Laos was 5.63 billion USD registered as of April 2025
    text = f"Tính đến tháng 4/2025, Việt Nam có 267 dự án đầu tư tại Lào với tổng vốn đăng ký {said}."
    report = check_text(text, published=date(2026, 7, 6), lang="vi")
    assert [f.verdict.value for f in report.findings if f.text == said] == [verdict]


def test_lines_opened_by_a_year_under_a_metric_heading_are_its_items() -> None:
    text = "Two-way trade, as reported:\n2022: USD 1.65 billion, up 42.1%\n2023: USD 1.6 billion\n"
    report = check_text(text, published=date(2026, 9, 1), lang="en")
    figures = [(f.text, f.verdict.value) for f in report.findings if f.kind in ("amount", "change")]
    # the 2022 figure was up 24.1% on 2021
    assert figures == [("USD 1.65 billion", "ok"), ("42.1%", "contradiction"), ("USD 1.6 billion", "ok")]


# ------------------------------------------------------------ a place in a region, apposed
@pytest.mark.parametrize(
    ("text", "lang", "verdicts"),
    [
        ("I used Vung Ang Port, the deep-water harbour in Nghe An province.", "en", ["ok", "contradiction"]),
        ("I used Vung Ang Port, the deep-water harbour in Ha Tinh province.", "en", ["ok", "ok"]),
        (
            "Cao tốc nối với cảng Vũng Áng – cảng biển nước sâu thuộc tỉnh Nghệ An – cho hàng hóa.",
            "vi",
            ["ok", "contradiction"],
        ),
    ],
)
def test_a_place_said_to_lie_in_a_region_after_an_apposition(
    text: str, lang: str, verdicts: list[str]
) -> None:
    # Vung Ang Port is in Ha Tinh province
    report = check_text(text, published=date(2026, 10, 19), lang=lang)
    assert [f.verdict.value for f in report.findings if f.kind == "place"] == verdicts


@pytest.mark.parametrize(("province", "verdict"), [("Hà Tĩnh", "contradiction"), ("Nghệ An", "ok")])
def test_an_address_names_the_region_a_place_lies_in(province: str, verdict: str) -> None:
    # Vinh is a city of Nghe An province
    text = f"Trụ sở: số 12 đường Lê Mao, thành phố Vinh, tỉnh {province}."
    report = check_text(text, published=date(2026, 8, 17), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "place"] == ["ok", verdict]


@pytest.mark.parametrize(("town", "verdict"), [("Hanoi", "contradiction"), ("Vientiane", "ok")])
def test_a_comma_sets_a_site_in_its_town(town: str, verdict: str) -> None:
    # the Unknown Martyrs Memorial is in Laos; a list of towns is no site in a town
    text = (
        f"A-10 | Wreath-laying at the Unknown Martyrs Memorial, {town}, during the December 2025 visit | PN"
    )
    report = check_text(text, published=date(2026, 5, 27), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "place"] == ["ok", verdict]
    towns = check_text("Hanoi, Vientiane and Vinh were on the route.", published=date(2026, 5, 27), lang="en")
    assert all(f.verdict.value == "ok" for f in towns.findings)
