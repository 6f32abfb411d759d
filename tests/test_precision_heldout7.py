# SPDX-License-Identifier: MIT
"""
False contradictions a seventh blind corpus (``tests/fixtures/eval/heldout7``) found, each fixed
at its general cause: every case passes clean text and still catches the slip beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def verdicts(text: str, kind: str, published: date, lang: str | None = None) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    kinds = {"figure": ("amount", "change", "figure", "ratio")}.get(kind, (kind,))
    return [(f.text, f.verdict.value) for f in report.findings if f.kind in kinds]


# ------------------------------------------------------------------ numbers run into Lao words
@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # the qualifier run into the number ("ປະມານ", about) is read with it, as a spaced one is
        ("ໃນປີ 2024,ລາວເກີນດຸນການຄ້າກັບຫວຽດນາມປະມານ732,7 ລ້ານໂດລາ.", "ປະມານ732,7 ລ້ານໂດລາ", "ok"),
        ("ໃນປີ 2024,ລາວເກີນດຸນການຄ້າກັບຫວຽດນາມປະມານ532,7 ລ້ານໂດລາ.", "ປະມານ532,7 ລ້ານໂດລາ", "contradiction"),
        ("ມາຮອດເດືອນເມສາ 2025,ຫວຽດນາມມີ267 ໂຄງການລົງທຶນຢູ່ລາວ,ທຶນຈົດທະບຽນ5,63 ຕື້ໂດລາ.", "5,63 ຕື້ໂດລາ", "ok"),
    ],
)
def test_a_number_run_into_a_lao_word_is_read_whole(text: str, figure: str, verdict: str) -> None:
    """Before, "732,7" after a Lao letter was read from its last digit: "7 ລ້ານໂດລາ"."""
    found = verdicts(text, "figure", date(2026, 1, 31), "lo")
    assert (figure, verdict) in found
    assert all(not t.startswith(("7 ", "63 ")) for t, _v in found)


# ---------------------------------------------------------------------- a text's own time stamp
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Ảnh: Nhóm phóng viên ảnh – 12 ảnh – Cập nhật 28/01/2026 08:15\nẢnh 1. Lễ đón Tổng Bí thư Thongloun Sisoulith.",
            "vi",
        ),
        (
            "ຊ່າງພາບ: ກອງບັນນາທິການ ພາບ - ອັບເດດ ວັນພຸດ ທີ 3 ທັນວາ 2025\nຮູບ 1: ທ່ານ ໂຕເລິມ ຢ້ຽມຢາມ ລາວ ຢ່າງເປັນທາງການ.",
            "lo",
        ),
        ("Photos: the state visit of To Lam to Laos - Updated: 3 December 2025", "en"),
    ],
)
def test_a_date_after_an_update_label_is_the_texts_not_an_events(text: str, lang: str) -> None:
    assert [v for _t, v in verdicts(text, "date", date(2026, 1, 28), lang)][:1] == ["unknown"]


def test_a_date_after_updated_inside_a_sentence_is_still_judged() -> None:
    text = "The state visit of To Lam to Laos, the story updated 3 December 2025, was on 1-2 December."
    found = verdicts(text, "date", date(2025, 12, 5), "en")
    assert found == [("3 December 2025", "contradiction"), ("1-2 December", "ok")]


# -------------------------------------------------------------- a note's number after a full stop
def test_a_sentence_ends_at_a_full_stop_before_a_notes_number() -> None:
    """ "... in July 2024.[5] On 1-2 December 2025, General Secretary To Lam ...": two sentences."""
    text = (
        "ທ່ານໂຕເລິມໃນຖານະປະທານປະເທດຫວຽດນາມໄດ້ຢ້ຽມຢາມລາວໃນວັນທີ 11-12 ກໍລະກົດ 2024.[5] ໃນວັນທີ 1-2 ທັນວາ "
        "2025,ທ່ານໂຕເລິມເລຂາທິການໃຫຍ່ໄດ້ຢ້ຽມຢາມສປປ.ລາວ."
    )
    # (the first sentence's title is a capacity, "ໃນຖານະປະທານປະເທດ", judged on its own day)
    later = "ໂຕເລິມເລຂາທິການໃຫຍ່"
    assert [v for v in verdicts(text, "title", date(2026, 3, 22), "lo") if v[0] == later] == [(later, "ok")]
    # (a year far off: "1-2 ທັນວາ 2023" is now read as the visit of 1-2 December 2025 misdated,
    # and the title judged on the visit's day)
    slip = text.replace("1-2 ທັນວາ 2025", "1-2 ທັນວາ 2020")
    found = verdicts(slip, "title", date(2026, 3, 22), "lo")
    assert [v for v in found if v[0] == later] == [(later, "contradiction")]
    assert ("ໃນຖານະປະທານປະເທດ", "ok") in found


# ------------------------------------------------------------ days a year or more apart are no event's
def test_a_founding_to_anniversary_span_is_no_events_date() -> None:
    text = "ໃນພິທີສະເຫຼີມສະຫຼອງວັນສ້າງຕັ້ງພັກປະຊາຊົນປະຕິວັດລາວຄົບຮອບ71 ປີ(22/3/1955-22/3/2026) ທ່ານທອງລຸນໄດ້ກ່າວ."
    found = verdicts(text, "date", date(2026, 3, 21), "lo")
    assert found and all(v != "contradiction" for _t, v in found)
    assert verdicts(text.replace("71", "70", 1), "ordinal", date(2026, 3, 21), "lo") == [
        ("ຄົບຮອບ70 ປີ", "contradiction")
    ]


# --------------------------------------------------------------- anniversaries still to come
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("4. In which year will the LPRP mark its 100th anniversary?", "en"),
        ("The LPRP will mark its 100th anniversary.", "en"),
        ("Câu 4. Đảng Nhân dân Cách mạng Lào sẽ kỷ niệm 100 năm thành lập vào năm nào?", "vi"),
        ("ຂໍ້ 4.ພັກປະຊາຊົນປະຕິວັດລາວຈະຄົບຮອບ 100 ປີໃນປີໃດ?", "lo"),
    ],
)
def test_an_anniversary_to_come_without_a_year_is_unknown(text: str, lang: str) -> None:
    assert [v for _t, v in verdicts(text, "ordinal", date(2026, 6, 1), lang)] == ["unknown"]


def test_an_anniversary_to_come_in_a_stated_year_is_still_judged() -> None:
    text = "This year the LPRP will mark its 100th anniversary."
    assert [v for _t, v in verdicts(text, "ordinal", date(2026, 6, 1), "en")] == ["contradiction"]


# ------------------------------------------------------- a national day's own ordinal, a party near
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "In December 2025 we celebrated the {n}th National Day with General Secretary To Lam of the "
            "Communist Party of Vietnam.",
            "en",
        ),
        (
            "ໃນເດືອນທັນວາ 2025,ພວກເຮົາໄດ້ສະເຫຼີມສະຫຼອງວັນຊາດຄົບຮອບ{n} ປີໂດຍມີທ່ານໂຕເລິມເລຂາທິການໃຫຍ່ພັກກອມມູນິດຫວຽດນາມມາຮ່ວມ.",
            "lo",
        ),
    ],
)
def test_a_national_days_ordinal_does_not_count_from_a_party_named_after_it(text: str, lang: str) -> None:
    """Laos's 50th National Day fell in December 2025; the CPV, founded in 1930, is another founding."""
    assert [v for _t, v in verdicts(text.format(n=50), "ordinal", date(2026, 3, 21), lang)] == ["ok"]
    assert [v for _t, v in verdicts(text.format(n=55), "ordinal", date(2026, 3, 21), lang)] == [
        "contradiction"
    ]


def test_a_country_named_with_its_national_day_is_still_the_one_counted() -> None:
    assert verdicts("Vietnam's 50th National Day fell in 2025.", "ordinal", date(2026, 3, 21), "en") == [
        ("50th National Day", "contradiction")
    ]


# ------------------------------------------------------------- a part of the two countries' trade
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Qua cửa khẩu quốc tế Cầu Treo, tổng kim ngạch xuất nhập khẩu năm 2025 của tỉnh ước đạt 412 "
            "triệu USD, tăng 18% so với năm trước.",
            "vi",
        ),
        ("3.ມູນຄ່າການຄ້າຜ່ານດ່ານຊາຍແດນໃນແຂວງປີ 2025 ບັນລຸ418 ລ້ານໂດລາ.", "lo"),
        ("The province's trade with Laos reached 412 million USD in 2025, up 18%.", "en"),
    ],
)
def test_a_provinces_or_border_gates_trade_is_not_the_two_countries(text: str, lang: str) -> None:
    found = verdicts(text, "figure", date(2026, 1, 30), lang)
    assert found and {v for _t, v in found} == {"unknown"}


def test_the_two_countries_trade_is_still_judged() -> None:
    text = "Two-way trade between Vietnam and Laos reached 2.5 billion USD in 2025, up 32.7%."
    assert ("2.5 billion USD", "contradiction") in verdicts(text, "figure", date(2026, 1, 30), "en")


# ------------------------------------------------------------------ a sum after the flows it adds
@pytest.mark.parametrize(("total", "verdict"), [("979", "ok"), ("999", "contradiction")])
def test_a_total_after_the_flows_is_their_sum_not_the_last_flows_figure(total: str, verdict: str) -> None:
    text = (
        "Q1 2025: Vietnamese exports to Laos US$346 million; Lao exports to Vietnam US$633 million; "
        f"total US${total} million."
    )
    assert verdicts(text, "figure", date(2026, 1, 30), "en")[-1] == (f"US${total} million", verdict)


def test_a_flows_own_total_is_still_that_flows() -> None:
    text = "Q1 2025: Lao exports to Vietnam reached a total of US$733 million."
    assert verdicts(text, "figure", date(2026, 1, 30), "en") == [("US$733 million", "contradiction")]


# ------------------------------------------------------------ from one year's sum to the next's
@pytest.mark.parametrize(("second", "verdict"), [("2.2", "ok"), ("2.5", "contradiction")])
def test_the_period_right_after_the_sum_before_is_that_sums(second: str, verdict: str) -> None:
    text = f"Two-way trade rose from US$1.6 billion in 2023 to about US${second} billion in 2024."
    assert verdicts(text, "figure", date(2026, 3, 1), "en") == [
        ("US$1.6 billion", "ok"),
        (f"about US${second} billion", verdict),
    ]


@pytest.mark.parametrize(("second", "verdict"), [("2.2", "ok"), ("2.5", "contradiction")])
def test_a_year_before_to_and_a_sum_is_no_range_of_sums(second: str, verdict: str) -> None:
    """ "in 2023 to US$2.2 billion" was read as a range from 2,023 to 2.2 billion."""
    text = f"Two-way trade rose from US$1.6 billion in 2023 to US${second} billion in 2024."
    assert verdicts(text, "figure", date(2026, 3, 1), "en") == [
        ("US$1.6 billion", "ok"),
        (f"US${second} billion", verdict),
    ]


# ------------------------------------------------------------------ a place and its nearest date
@pytest.mark.parametrize(
    ("text", "lang", "place", "verdict"),
    [
        (
            "Thongloun Sisoulith is expected in Hanoi on 26–27 January for an official friendship "
            "visit, his first abroad since the 12th Congress of the LPRP (6–8 January).",
            "en",
            "Hanoi",
            "ok",
        ),
        (
            "ຕໍ່ມາ,ທ່ານທອງລຸນສີສຸລິດໄດ້ຢ້ຽມຢາມທາງລັດຖະກິດຢູ່ຮ່າໂນ້ຍໃນວັນທີ 26-27 ມັງກອນ 2026,"
            "ແລະທ່ານໂຕເລິມໄດ້ຢ້ຽມຢາມລາວໃນວັນທີ 5 ກຸມພາ 2026.",
            "lo",
            "ຮ່າໂນ້ຍ",
            "ok",
        ),
        (
            "ຕໍ່ມາ,ທ່ານທອງລຸນສີສຸລິດໄດ້ຢ້ຽມຢາມທາງລັດຖະກິດຢູ່ວຽງຈັນໃນວັນທີ 26-27 ມັງກອນ 2026,"
            "ແລະທ່ານໂຕເລິມໄດ້ຢ້ຽມຢາມລາວໃນວັນທີ 5 ກຸມພາ 2026.",
            "lo",
            "ວຽງຈັນ",
            "contradiction",
        ),
    ],
)
def test_a_place_is_judged_with_the_event_of_its_nearest_date(
    text: str, lang: str, place: str, verdict: str
) -> None:
    assert verdicts(text, "place", date(2026, 1, 20), lang) == [(place, verdict)]


# ------------------------------------------------------------------ "first ... since the 12th Congress"
def test_an_ordinal_word_counts_nothing_across_the_and_since() -> None:
    text = (
        "Thongloun is expected in Hanoi, his first abroad since the 12th Congress of the LPRP (6–8 January)."
    )
    assert verdicts(text, "ordinal", date(2026, 1, 20), "en") == [("12th Congress", "ok")]
    assert verdicts(text.replace("12th", "11th"), "ordinal", date(2026, 1, 20), "en") == [
        ("11th Congress", "contradiction")
    ]


# ------------------------------------------------------- the record's days for a wrong range of days
def test_a_wrong_range_of_a_visit_dates_its_sentence_with_all_the_visits_days() -> None:
    """
    The visit was on 1-2 December 2025, and the stage with "gắn kết chiến lược" began on the
    2nd: a visit said to last to the 3rd is the slip, and the wording of its days is right.
    """
    text = (
        "Nhân chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư Tô Lâm từ ngày 1 đến 3/12/2025, hai bên "
        'đã nâng tầm quan hệ lên "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện và gắn kết chiến lược".'
    )
    assert verdicts(text, "date", date(2026, 1, 15), "vi") == [("từ ngày 1 đến 3/12/2025", "contradiction")]
    assert {v for _t, v in verdicts(text, "framework", date(2026, 1, 15), "vi")} == {"ok"}


# ------------------------------------------------------- a digest's numbered congresses, part by part
@pytest.mark.parametrize(("day", "verdict"), [("19/1", "ok"), ("9/1", "contradiction")])
def test_a_date_is_of_the_congress_its_own_part_numbers(day: str, verdict: str) -> None:
    """The CPV's 14th Congress opened on 19 January 2026; the LPRP's 12th sat on 6-8 January."""
    text = (
        f"Trong không khí chào mừng Đại hội XIV của Đảng Cộng sản Việt Nam diễn ra từ ngày {day} tới, "
        "Đài xin điểm lại: Đại hội đại biểu toàn quốc lần thứ XII của Đảng Nhân dân Cách mạng Lào đã "
        "diễn ra thành công từ ngày 6 đến 8/1 tại thủ đô Viêng Chăn; đồng chí Thongloun Sisoulith được "
        "bầu lại làm Tổng Bí thư."
    )
    found = verdicts(text, "date", date(2026, 1, 15), "vi")
    assert found[0] == (f"ngày {day}", verdict)
    assert found[1] == ("từ ngày 6 đến 8/1", "ok")


# ------------------------------------------------- a day of one event, a place of another: which?
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 26 January 2026 To Lam held talks in Vientiane.", "en"),
        (
            "ໃນ ວັນທີ 26 ມັງກອນ 2026 ທີ່ຜ່ານມາ, ທ່ານ ໂຕເລິມ ໄດ້ ເປັນ ປະທານ ພິທີຕ້ອນຮັບ ຢ່າງເປັນທາງການ, "
            "ຈາກນັ້ນ ສອງ ທ່ານ ໄດ້ ດຳເນີນ ການເຈລະຈາ ຢູ່ ນະຄອນຫຼວງ ວຽງຈັນ.",
            "lo",
        ),
    ],
)
def test_a_day_of_talks_in_hanoi_said_of_talks_in_vientiane_is_unknown(text: str, lang: str) -> None:
    """Talks were held in Hanoi on 26 January 2026 and in Vientiane on 5 February: either may be the slip."""
    found = verdicts(text, "date", date(2026, 1, 27), lang)
    assert [v for _t, v in found] == ["unknown"]


def test_a_day_no_event_of_its_kind_had_is_still_the_slip() -> None:
    text = "On 27 January 2026 To Lam held talks in Vientiane."
    assert verdicts(text, "date", date(2026, 1, 28), "en") == [("27 January 2026", "contradiction")]


def test_a_day_named_surely_leaves_the_place_as_the_slip() -> None:
    text = "On 26 January 2026 To Lam held talks with Thongloun Sisoulith in Vientiane."
    assert verdicts(text, "place", date(2026, 1, 27), "en") == [("Vientiane", "contradiction")]


# ------------------------------------------------------------ a year before each sum of a list
@pytest.mark.parametrize(("second", "verdict"), [("2,2", "ok"), ("2,5", "contradiction")])
def test_each_sum_of_a_lao_list_takes_the_year_before_it(second: str, verdict: str) -> None:
    text = f"ມູນຄ່າການຄ້າສອງຝ່າຍໃນປີ 2023 ບັນລຸ1,6 ຕື້ໂດລາ,ປີ 2024 ບັນລຸ{second} ຕື້ໂດລາແລະປີ 2025 ບັນລຸ2,98 ຕື້ໂດລາ."
    assert verdicts(text, "figure", date(2026, 3, 22), "lo") == [
        ("1,6 ຕື້ໂດລາ", "ok"),
        (f"{second} ຕື້ໂດລາ", verdict),
        ("2,98 ຕື້ໂດລາ", "ok"),
    ]


# ------------------------------------------------------------------------ figures, as written
@pytest.mark.parametrize(
    ("text", "lang", "figure", "verdict"),
    [
        # a percent sign run into the Lao word after it
        ("ປີ 2025 ມູນຄ່າການຄ້າສອງຝ່າຍບັນລຸ2,98 ຕື້ໂດລາ,ເພີ່ມຂຶ້ນ23,7%ທຽບໃສ່ປີ 2024.", "lo", "23,7%", "contradiction"),
        ("ປີ 2025 ມູນຄ່າການຄ້າສອງຝ່າຍບັນລຸ2,98 ຕື້ໂດລາ,ເພີ່ມຂຶ້ນ32,7%ທຽບໃສ່ປີ 2024.", "lo", "32,7%", "ok"),
        # Lao digits
        ("• ໙ ເດືອນ ຕົ້ນປີ ໒໐໒໕ - ມູນຄ່າ ການຄ້າ ໒,໓໖ ຕື້ ໂດລາ, ເພີ່ມຂຶ້ນ ໕໗%.", "lo", "໕໗%", "ok"),
        ("• ໙ ເດືອນ ຕົ້ນປີ ໒໐໒໕ - ມູນຄ່າ ການຄ້າ ໒,໓໖ ຕື້ ໂດລາ, ເພີ່ມຂຶ້ນ ໗໕%.", "lo", "໗໕%", "contradiction"),
        ("• ໙ ເດືອນ ຕົ້ນປີ ໒໐໒໕ - ມູນຄ່າ ການຄ້າ ໒,໓໖ ຕື້ ໂດລາ.", "lo", "໒,໓໖ ຕື້ ໂດລາ", "ok"),
        # the spoken "đô" (dollar) of Vietnamese
        (
            "Năm 2025 buôn bán hai nước được 2,98 tỷ đô. Mục tiêu dài hạn là 15 tỷ đô.",
            "vi",
            "15 tỷ đô",
            "contradiction",
        ),
        (
            "Năm 2025 buôn bán hai nước được 2,98 tỷ đô. Mục tiêu dài hạn là 10 tỷ đô.",
            "vi",
            "2,98 tỷ đô",
            "ok",
        ),
    ],
)
def test_figures_are_read_as_they_are_written(text: str, lang: str, figure: str, verdict: str) -> None:
    assert (figure, verdict) in verdicts(text, "figure", date(2026, 2, 6), lang)


# ------------------------------------------------------------------------ where a place lies
@pytest.mark.parametrize(
    ("text", "lang", "region", "verdict"),
    [
        (
            "The Thanh Thuy border gate lies in Ha Tinh province, opposite Nam On.",
            "en",
            "Ha Tinh",
            "contradiction",
        ),
        ("The Thanh Thuy border gate lies in Nghe An province, opposite Nam On.", "en", "Nghe An", "ok"),
        ("Cửa khẩu Thanh Thủy thuộc tỉnh Hà Tĩnh.", "vi", "Hà Tĩnh", "contradiction"),
        ("Cửa khẩu Thanh Thủy nằm ở tỉnh Nghệ An.", "vi", "Nghệ An", "ok"),
        # a region in brackets right after the place
        ("- Thanh Thuy border gate (Ha Tinh province): open.", "en", "Ha Tinh", "contradiction"),
        ("- Vung Ang Port (Ha Tinh): transit cargo moves.", "en", "Ha Tinh", "ok"),
        ("B01-B03 | Cảng Vũng Áng (Nghệ An) | Dịch vụ cảng", "vi", "Nghệ An", "contradiction"),
        # a bracket that goes on after the region is another aside
        ("The route runs from Thanh Thuy border gate (Ha Tinh time zone) onwards.", "en", "Ha Tinh", "ok"),
    ],
)
def test_words_of_lying_in_a_region_are_read_as_a_locative(
    text: str, lang: str, region: str, verdict: str
) -> None:
    assert (region, verdict) in verdicts(text, "place", date(2026, 5, 20), lang)


# ---------------------------------------------------------------- "became State President in ..."
@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        ("Luong Cuong became State President in October 2024.", "en", "ok"),
        ("Luong Cuong became State President in October 2023.", "en", "contradiction"),
        ("Luong Cuong succeeded him as President in October 2023.", "en", "contradiction"),
        ("Ông Lương Cường được bầu làm Chủ tịch nước vào tháng 10/2024.", "vi", "ok"),
        ("Ông Lương Cường được bầu làm Chủ tịch nước vào tháng 10/2023.", "vi", "contradiction"),
        # after the first term the record has: a later term it may not hold
        ("Thongloun Sisoulith was re-elected President in 2026.", "en", "unknown"),
        # before it, with nobody else in the office then in the record: unknown
        ("Sonexay Siphandone became Prime Minister in 2015.", "en", "unknown"),
        # a deputy's title is no office of the record's
        ("Luong Cuong became Vice President in October 2023.", "en", "unknown"),
    ],
)
def test_a_title_a_person_took_on_is_dated_by_the_date_right_after_it(
    text: str, lang: str, verdict: str
) -> None:
    """Vo Van Thuong was State President from March 2023 to March 2024; Luong Cuong from 21 October 2024."""
    assert [v for _t, v in verdicts(text, "date", date(2026, 5, 20), lang)] == [verdict]
