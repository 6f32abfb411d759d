# SPDX-License-Identifier: MIT
"""
Who led a recorded event: a leader of the record named as leading the event a sentence's date
names ("welcomed", "held talks with", "co-chaired by", "đón", "hội đàm với", "ເປັນປະທານຮ່ວມໂດຍ"),
whom the record does not have take part, is a contradiction on the name; the right leaders,
words that name no leader ("attended", "hosted a banquet") and another clause's names pass.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _people(text: str, lang: str = "en", published: date = date(2026, 2, 10)) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "On 5 February 2026, To Lam held talks with Thongloun Sisoulith and Sonexay Siphandone.",
            "en",
            "Sonexay Siphandone",
        ),
        (
            "On 3 December 2025, the 48th meeting was co-chaired by Prime Minister Pham Minh Chinh and "
            "National Assembly Chairman Tran Thanh Man.",
            "en",
            "Tran Thanh Man",
        ),
        (
            "Tháng 9/2024, Tổng Bí thư Nguyễn Phú Trọng đón Tổng Bí thư, Chủ tịch nước Lào Thongloun "
            "Sisoulith sang thăm cấp Nhà nước Việt Nam.",
            "vi",
            "Nguyễn Phú Trọng",
        ),
        (
            "The 48th meeting met in Vientiane on 3 December 2025, chaired on the two sides by Pham Minh "
            "Chinh and Phankham Viphavanh.",
            "en",
            "Phankham Viphavanh",
        ),
        (
            "ວັນທີ 3 ທັນວາ 2025, ມີກອງປະຊຸມຄັ້ງທີ 48 ຂອງຄະນະກຳມະການຮ່ວມມືສອງລັດຖະບານທີ່ວຽງຈັນ, "
            "ຮ່ວມເປັນປະທານໂດຍທ່ານສອນໄຊສີພັນດອນແລະທ່ານເຈິ່ນແທັງເໝິນ.",
            "lo",
            "ເຈິ່ນແທັງເໝິນ",
        ),
        (
            "Ngày 5/2/2026, Tổng Bí thư Tô Lâm hội đàm với Thủ tướng Lào Sonexay Siphandone.",
            "vi",
            "Sonexay Siphandone",
        ),
        (
            "Ngày 26/1/2026, Chủ tịch Quốc hội Trần Thanh Mẫn và Tổng Bí thư, Chủ tịch nước Lào Thongloun "
            "Sisoulith đồng chủ trì hội nghị thông báo kết quả Đại hội XII.",
            "vi",
            "Trần Thanh Mẫn",
        ),
    ],
)
def test_a_leader_the_event_did_not_have_is_a_slip(text: str, lang: str, wrong: str) -> None:
    found = _people(text, lang)
    assert (wrong, "contradiction") in found
    assert [name for name, verdict in found if verdict == "contradiction"] == [wrong]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On 5 February 2026, To Lam held talks with Thongloun Sisoulith in Vientiane.", "en"),
        (
            "On 3 December 2025, the 48th meeting was co-chaired by Prime Minister Pham Minh Chinh and "
            "Prime Minister Sonexay Siphandone.",
            "en",
        ),
        (
            "On 5 February 2026, To Lam held talks with Thongloun Sisoulith; Sonexay Siphandone hosted a banquet.",
            "en",
        ),
        (
            "On 5 February 2026, To Lam held talks with Thongloun Sisoulith, and Sonexay Siphandone welcomed him.",
            "en",
        ),
        (
            "On 5 February 2026, To Lam held talks with Thongloun Sisoulith, which Tran Thanh Man attended.",
            "en",
        ),
        (
            "Cuộc gặp ngày 2/12/2025 do Tổng Bí thư Tô Lâm và Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith "
            "đồng chủ trì, và Kỳ họp lần thứ 48 ngày 3/12/2025 do Thủ tướng Phạm Minh Chính chủ trì.",
            "vi",
        ),
        ("ວັນທີ 5 ກຸມພາ 2026, ທ່ານ ໂຕເລິມ ໄດ້ເຈລະຈາກັບ ທ່ານ ທອງລຸນ ສີສຸລິດ ຢູ່ນະຄອນຫຼວງວຽງຈັນ.", "lo"),
    ],
)
def test_the_right_leaders_and_other_roles_pass(text: str, lang: str) -> None:
    assert all(verdict != "contradiction" for _name, verdict in _people(text, lang))


def test_a_name_in_two_dated_clauses_is_judged_once() -> None:
    text = (
        "Tháng 9/2024, Tổng Bí thư Nguyễn Phú Trọng đón Tổng Bí thư, Chủ tịch nước Lào Thongloun "
        "Sisoulith sang thăm cấp Nhà nước Việt Nam từ ngày 10 đến 13/9."
    )
    assert _people(text, "vi").count(("Nguyễn Phú Trọng", "contradiction")) == 1


def test_a_leader_of_the_visit_may_have_led_other_talks_of_it() -> None:
    # President Luong Cuong, of Thongloun Sisoulith's visit of January 2026, held talks of his own
    text = "On 26 January 2026, President Luong Cuong held talks with Thongloun Sisoulith at the Presidential Palace."
    assert all(verdict != "contradiction" for _name, verdict in _people(text))
    # but a briefing's co-chairs are its only ones
    briefing = (
        "Hội nghị thông báo kết quả Đại hội XII ngày 26/1/2026 do Tổng Bí thư Tô Lâm và Chủ tịch nước "
        "Lương Cường đồng chủ trì."
    )
    assert ("Lương Cường", "contradiction") in _people(briefing, "vi")


def test_welcoming_a_visit_is_a_slip_only_of_one_who_had_died() -> None:
    living = "On 10 September 2024, Prime Minister Pham Minh Chinh welcomed Thongloun Sisoulith's state visit to Vietnam."
    assert all(verdict != "contradiction" for _name, verdict in _people(living))
    dead = "On 10 September 2024, General Secretary Nguyen Phu Trong welcomed Thongloun Sisoulith on his state visit."
    assert ("Nguyen Phu Trong", "contradiction") in _people(dead)


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        (
            "Ngày 2/12/2025, Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào "
            "do Tổng Bí thư Tô Lâm và Thủ tướng Sonexay Siphandone đồng chủ trì.",
            "vi",
            "Sonexay Siphandone",
        ),
        (
            "On 3 December 2025, the 48th meeting was co-chaired by Prime Minister Pham Minh Chinh and "
            "Deputy Prime Minister Nguyen Chi Dung.",
            "en",
            "Nguyen Chi Dung",
        ),
    ],
)
def test_one_who_attended_without_chairing_is_no_co_chair(text: str, lang: str, wrong: str) -> None:
    # the record has the Prime Minister attend the Parties' meeting, and the Deputy Prime Minister
    # in the delegation to the 48th meeting: neither chaired it
    report = check_text(text, published=date(2026, 2, 10), lang=lang)
    slips = [f for f in report.findings if f.verdict.value == "contradiction"]
    assert [f.text for f in slips] == [wrong]
    assert "took part without leading it" in slips[0].message


def test_the_co_chairs_themselves_pass() -> None:
    text = (
        "Ngày 2/12/2025, Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào "
        "do Tổng Bí thư Tô Lâm và Tổng Bí thư Thongloun Sisoulith đồng chủ trì."
    )
    assert all(verdict == "ok" for _name, verdict in _people(text, "vi"))


@pytest.mark.parametrize(
    ("text", "lang", "wrong"),
    [
        ("In December 2025, Luong Cuong paid a state visit to Laos.", "en", "Luong Cuong"),
        ("On 1-2 December 2025, Nguyen Phu Trong paid a state visit to Laos.", "en", "Nguyen Phu Trong"),
        ("The state visit of Luong Cuong to Laos on 1-2 December 2025 was a success.", "en", "Luong Cuong"),
        ("Ngày 1-2/12/2025, Chủ tịch nước Lương Cường thăm cấp Nhà nước Lào.", "vi", "Lương Cường"),
        ("ວັນທີ 1-2 ທັນວາ 2025 ທ່ານ ເລືອງເກື່ອງ ໄດ້ ຢ້ຽມຢາມ ທາງລັດຖະກິດ ຢູ່ ສປປ ລາວ.", "lo", "ເລືອງເກື່ອງ"),
    ],
)
def test_a_state_visits_visitor_the_record_has_not_is_a_slip(text: str, lang: str, wrong: str) -> None:
    assert (wrong, "contradiction") in _people(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "On 1-2 December 2025, To Lam paid a state visit to Laos.",
        # a visit to another country on those days is another visit
        "On 1-2 December 2025, To Lam was in Laos, while Luong Cuong paid a state visit to Cambodia.",
    ],
)
def test_the_visitor_and_another_countrys_visit_pass(text: str) -> None:
    assert "contradiction" not in {v for _t, v in _people(text)}
