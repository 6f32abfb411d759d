# SPDX-License-Identifier: MIT
"""
The venues stage: a place said to be where an event named right before it was held ("the 12th
National Congress of the Lao People's Revolutionary Party was held in Hanoi"), a locative and
the word files' ``places.held_words`` between at most, is judged against the event's recorded
place (``places.event``), with no date in the sentence needed. The event is not another thing's
complement (``places.thing_of``: "the briefing on the results of ..."); a visit, which holds
events in several places, is not read so.

The LPRP's 12th Congress met in Vientiane; the Opening Ceremony of the UN Convention against
Cybercrime was held in Hanoi.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _places(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = check_text(text, published="2026-04-10", lang=lang)
    return [(f.text, f.verdict.value, f.rule) for f in report.findings if f.kind == "place"]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "The 12th National Congress of the Lao People's Revolutionary Party was held in Hanoi.",
            "en",
            "Hanoi",
        ),
        (
            "At the 12th National Congress of the Lao People's Revolutionary Party in Hanoi, Thongloun was re-elected.",
            "en",
            "Hanoi",
        ),
        (
            "Speaking at the 12th National Congress of the Lao People's Revolutionary Party in Hanoi, Thongloun "
            "thanked the delegates.",
            "en",
            "Hanoi",
        ),
        (
            "Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng tổ chức tại Viêng Chăn.",
            "vi",
            "Viêng Chăn",
        ),
        (
            "ກອງປະຊຸມໃຫຍ່ຜູ້ແທນທົ່ວປະເທດຄັ້ງທີ XII ຂອງພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ຈັດຂຶ້ນທີ່ນະຄອນຫຼວງຮ່າໂນ້ຍ.",
            "lo",
            "ນະຄອນຫຼວງຮ່າໂນ້ຍ",
        ),
        # a relative clause of its holding, a celebration's own verb, a solemn holding
        (
            "The 50th National Day celebration, which took place in Luang Prabang, was grand.",
            "en",
            "Luang Prabang",
        ),
        ("The 50th National Day celebration was celebrated in Luang Prabang.", "en", "Luang Prabang"),
        (
            "Lễ kỷ niệm 50 năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào được tổ chức trọng thể tại Luông Pha Băng.",
            "vi",
            "Luông Pha Băng",
        ),
    ],
)
def test_an_event_said_to_be_held_where_it_was_not_is_a_slip(text: str, lang: str, said: str) -> None:
    assert _places(text, lang) == [(said, "contradiction", "places.event")]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        (
            "The 12th National Congress of the Lao People's Revolutionary Party was held in Vientiane.",
            "en",
            "Vientiane",
        ),
        ("Lễ mở ký Công ước Liên hợp quốc về chống tội phạm mạng tổ chức tại Hà Nội.", "vi", "Hà Nội"),
        (
            "ກອງປະຊຸມໃຫຍ່ ຜູ້ແທນທົ່ວປະເທດ ຄັ້ງທີ XII ຂອງ ພັກປະຊາຊົນປະຕິວັດລາວ ໄດ້ ຈັດ ຂຶ້ນ ທີ່ ນະຄອນຫຼວງ ວຽງຈັນ.",
            "lo",
            "ນະຄອນຫຼວງ ວຽງຈັນ",
        ),
        # the event does not head its clause: the briefing took place in Hanoi
        (
            "The briefing on the results of the 12th Congress of the Lao People's Revolutionary Party took "
            "place in Hanoi.",
            "en",
            "Hanoi",
        ),
        # an event that another thing's words lead to: the place is not said of it
        (
            "Delegates back from the 12th National Congress of the Lao People's Revolutionary Party in Hanoi "
            "were tired.",
            "en",
            "Hanoi",
        ),
        # another verb between: the place is the talks'
        (
            "Thongloun, re-elected at the 12th National Congress of the Lao People's Revolutionary Party, held "
            "talks in Hanoi.",
            "en",
            "Hanoi",
        ),
    ],
)
def test_the_right_place_or_one_not_said_of_the_event_is_ok(text: str, lang: str, said: str) -> None:
    assert _places(text, lang) == [(said, "ok", "names.recorded")]


def test_a_visit_is_not_read_so() -> None:
    # a visit holds events in several places: "tại Vinh" may be one of its stops
    text = "Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào tại Vinh."
    assert _places(text, "vi") == [("Vinh", "ok", "names.recorded")]


def test_a_place_the_dates_judge_found_is_judged_once() -> None:
    text = "The 12th National Congress of the Lao People's Revolutionary Party was held in Hanoi on 6-8 January 2026."
    assert _places(text, "en") == [("Hanoi", "contradiction", "places.event")]


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        (
            "Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào cùng ngày tại Hà Nội.",
            "vi",
            "Hà Nội",
            "contradiction",
        ),
        (
            "Cuộc gặp cấp cao giữa Đảng Cộng sản Việt Nam và Đảng Nhân dân Cách mạng Lào cùng ngày tại Viêng Chăn.",
            "vi",
            "Viêng Chăn",
            "ok",
        ),
        (
            "The 12th National Congress of the Lao People's Revolutionary Party opened the same day in Hanoi.",
            "en",
            "Hanoi",
            "contradiction",
        ),
        (
            "ກອງປະຊຸມໃຫຍ່ຜູ້ແທນທົ່ວປະເທດຄັ້ງທີ XII ຂອງພັກປະຊາຊົນປະຕິວັດລາວ ໃນວັນດຽວກັນ ໄດ້ຈັດຂຶ້ນທີ່ຮ່າໂນ້ຍ.",
            "lo",
            "ຮ່າໂນ້ຍ",
            "contradiction",
        ),
    ],
)
def test_words_of_time_may_stand_between_the_event_and_its_place(
    text: str, lang: str, said: str, verdict: str
) -> None:
    # the word files' ``places.time_words``: "the same day" says when, not where
    assert (said, verdict) in [(t, v) for t, v, _rule in _places(text, lang)]
