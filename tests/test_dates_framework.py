# SPDX-License-Identifier: MIT
"""
The date an element joined the framework (``dates.framework``): after words of its adding
("added", "bổ sung", "ເພີ່ມເຂົ້າ"), of an element the sentence names or of the newest ("the
fourth element"), against the stage of the framework that first holds it, dated by the Joint
Statement of 2 December 2025 that wrote it in (and the talks of 1 December that agreed it).
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker, rules

CHECKER = Checker()


def dates(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    report = CHECKER.check_text(text, published="2026-02-10", lang=lang)
    return [(f.text, f.verdict.value, f.rule) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("lang", "text", "right", "wrong"),
    [
        (
            "en",
            "They spoke of great friendship, special solidarity, comprehensive cooperation and strategic "
            "connectivity, the last element having been added only in {}.",
            "December 2025",
            "2024",
        ),
        ("en", "The fourth element was added on {} at the talks.", "1 December 2025", "1 December 2024"),
        (
            "vi",
            'Bộ trưởng cho rằng việc hai bên bổ sung "gắn kết chiến lược" vào khuôn khổ quan hệ từ {} là '
            "bước phát triển.",
            "tháng 12/2025",
            "tháng 10/2025",
        ),
        ("lo", "ອົງປະກອບທີສີ່ນີ້ໄດ້ເພີ່ມເຂົ້າໃນ{},ໃນຖະແຫຼງການຮ່ວມ.", "ປີ 2025", "ປີ 2024"),
    ],
)
def test_the_date_an_element_joined_the_framework_is_judged(
    lang: str, text: str, right: str, wrong: str
) -> None:
    assert [(v, r) for _t, v, r in dates(text.format(right), lang)] == [("ok", "dates.framework")]
    assert [(v, r) for _t, v, r in dates(text.format(wrong), lang)] == [("contradiction", "dates.framework")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an element of the first stage the record holds: its first date is only when a source attests it
        ("en", "Special solidarity was added to the ties in 1977."),
        # an aside's date after a person's name
        ("lo", 'ສອງຝ່າຍໄດ້ເພີ່ມອົງປະກອບທີສີ່ຄື"ຜູກມັດຍຸດທະສາດ" ແລະ ທ່ານທອງລຸນສີສຸລິດ(2016-2021)ກ່າວ.'),
        # no words of adding
        ("en", "The fourth element is strategic cohesion; trade grew in 2024."),
    ],
)
def test_other_dates_near_an_element_are_not_its_joining(lang: str, text: str) -> None:
    assert all(r != "dates.framework" for _t, _v, r in dates(text, lang))


def test_the_rule_is_listed() -> None:
    assert "dates.framework" in rules()


# Words that say the framework was set or adopted date it as words of adding do: its fourth
# element, strategic cohesion, joined in the Joint Statement of 2 December 2025. A listing of its
# elements said to be set in a year before that is one slip, which the framework judge reports on
# the element (see the test after this one): the year is left unknown.
@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            'The framework "great friendship, special solidarity, comprehensive cooperation and strategic '
            'cohesion" was set in 2019.',
            "unknown",
        ),
        ("The framework with its fourth element, strategic cohesion, was set in 2019.", "contradiction"),
        ("The four-element framework, with strategic cohesion, was adopted in December 2025.", "ok"),
        (
            'Khuôn khổ "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện, gắn kết chiến lược" mà hai nước '
            "xác lập từ năm 2019.",
            "unknown",
        ),
        # the three elements it held from 2019: no stage the record dates by a document
        (
            'Khuôn khổ "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện" được xác lập từ năm 2019.',
            "unknown",
        ),
    ],
)
def test_words_of_setting_the_framework_date_it(text: str, verdict: str) -> None:
    assert [v for _t, v, _r in dates(text, "vi" if "Khuôn" in text else "en")] == [verdict]


def test_a_listing_said_to_be_set_up_on_a_wrong_date_is_one_finding() -> None:
    """
    The whole wording said to be set up in a year its newest element was not yet in: the
    framework judge reports the element at that date, and the year is not reported again (one
    slip, one contradiction); a right year is ok, and the newest element singled out still
    dates its own joining.
    """
    text = (
        'Cuộc thi làm rõ khuôn khổ "hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện, gắn kết chiến '
        'lược" mà hai nước xác lập từ {}.'
    )
    wrong = CHECKER.check_text(text.format("năm 2019"), published="2026-05-04", lang="vi").findings
    assert [(f.kind, f.text) for f in wrong if f.verdict.value == "contradiction"] == [
        ("framework", "gắn kết chiến lược")
    ]
    assert [(v, r) for _t, v, r in dates(text.format("tháng 12/2025"), "vi")] == [("ok", "dates.framework")]
    single = 'Hai nước bổ sung "gắn kết chiến lược" vào khuôn khổ quan hệ từ năm 2019.'
    assert [(v, r) for _t, v, r in dates(single, "vi")] == [("contradiction", "dates.framework")]
