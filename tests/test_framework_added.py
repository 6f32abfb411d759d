# SPDX-License-Identifier: MIT
"""
An element said to be the one the framework gained on a day (``framework.added``): "the addition
of special solidarity to the formula in December 2025" is a slip, as the Joint Statement of 2
December 2025 added strategic cohesion; the element it added passes.  The claim is read from
words right before the wording (``framework.added_before``), right after it
(``framework.added_after``), or a link after words of adding or of the newest element
(``framework.added_links``), in a sentence that names no other element; its day is every date
of the sentence, or a document it names, or (of the newest element) the publication day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import vnla
from vnla.checker import check_text
from vnla.model.records import FrameworkStage
from vnla.render.messages import written

PUBLISHED = date(2026, 3, 1)


def _added(text: str, lang: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.verdict.value, f.text) for f in report.findings if f.rule == "framework.added"]


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("The most recent change is the addition of special solidarity to the formula in December 2025.", "en",
         "special solidarity"),
        ("In December 2025 the two sides added special solidarity to the formula.", "en", "special solidarity"),
        ("Special solidarity was added to the framework on 2 December 2025.", "en", "Special solidarity"),
        ("The element added in the Joint Statement of 2 December 2025 was comprehensive cooperation.", "en",
         "comprehensive cooperation"),
        ('The newest element, added in December 2025, is "great friendship".', "en", "great friendship"),
        ("The newest element is special solidarity.", "en", "special solidarity"),
        ('Cụm từ mới nhất, được thêm vào tháng 12/2025, là "hợp tác toàn diện".', "vi", "hợp tác toàn diện"),
        ('Ngày 2/12/2025, hai bên bổ sung cụm từ "đoàn kết đặc biệt" vào khuôn khổ quan hệ.', "vi",
         "đoàn kết đặc biệt"),
        ("Hữu nghị vĩ đại được bổ sung vào khuôn khổ quan hệ tháng 12/2025.", "vi", "Hữu nghị vĩ đại"),
        ("ຄຳ ໃໝ່ ທີ່ ສຸດ ທີ່ ເພີ່ມ ເຂົ້າ ມາ ໃນ ປີ 2025 ແມ່ນ 'ການຮ່ວມມືຮອບດ້ານ'.", "lo", "ການຮ່ວມມືຮອບດ້ານ"),
        ('ຄຳທີ່ເພີ່ມເຂົ້າມາໃໝ່ໃນຖະແຫຼງການຮ່ວມຫວຽດນາມ - ລາວວັນທີ໒ທັນວາ໒໐໒໕ແມ່ນ "ມິດຕະພາບອັນຍິ່ງໃຫຍ່".', "lo",
         "ມິດຕະພາບອັນຍິ່ງໃຫຍ່"),
        ("ຄວາມສາມັກຄີພິເສດ ໄດ້ຖືກເພີ່ມເຂົ້າ ໃນ ເດືອນ ທັນວາ 2025.", "lo", "ຄວາມສາມັກຄີພິເສດ"),
        # other elements named, but not in a listing with the one right after the words of adding
        ("On 2 December 2025 the Joint Statement added special solidarity to great friendship and comprehensive "
         "cooperation.", "en", "special solidarity"),
        ("ຖະແຫຼງການ ຮ່ວມ ວັນທີ ໒ ທັນວາ ໒໐໒໕ ໄດ້ ເພີ່ມ ການຮ່ວມມືຮອບດ້ານ ເປັນ ເສົາ ໃໝ່ ຄຽງ ຄູ່ ກັບ "
         "ມິດຕະພາບອັນຍິ່ງໃຫຍ່ ແລະ ຄວາມສາມັກຄີພິເສດ.", "lo", "ການຮ່ວມມືຮອບດ້ານ"),
        # the other elements behind a semicolon; the newly added words, of the publication day
        ('ຖ້ອຍຄຳທີ່ເພີ່ມໃໝ່ນັ້ນແມ່ນ "ຄວາມສາມັກຄີພິເສດ"; ຖ້ອຍຄຳເກົ່າມີມິດຕະພາບອັນຍິ່ງໃຫຍ່ແລະການຮ່ວມມືຮອບດ້ານ.', "lo",
         "ຄວາມສາມັກຄີພິເສດ"),
    ],
)  # fmt: skip
def test_another_element_said_added_is_a_slip(text: str, lang: str, said: str) -> None:
    assert _added(text, lang) == [("contradiction", said)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The most recent change is the addition of strategic cohesion to the formula in December 2025.",
            "en",
        ),
        ("The newest element is strategic cohesion.", "en"),
        ('Cụm từ mới nhất, được thêm vào tháng 12/2025, là "gắn kết chiến lược".', "vi"),
        ('ຄຳທີ່ເພີ່ມເຂົ້າມາໃໝ່ໃນຖະແຫຼງການຮ່ວມຫວຽດນາມ - ລາວວັນທີ໒ທັນວາ໒໐໒໕ແມ່ນ "ຜູກມັດຍຸດທະສາດ".', "lo"),
        (
            "On 2 December 2025 the Joint Statement added strategic cohesion to great friendship, special "
            "solidarity and comprehensive cooperation.",
            "en",
        ),
    ],
)
def test_the_element_added_passes(text: str, lang: str) -> None:
    report = check_text(text, published=PUBLISHED, lang=lang)
    framework = {f.verdict.value for f in report.findings if f.kind == "framework"}
    assert framework == {"ok"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # other words between: no adding is said ("added weight to")
        ("On 2 December 2025 the leaders added weight to special solidarity.", "en"),
        # a second element: which was added is not read from a few words
        ("Strategic cohesion, added in December 2025, joins special solidarity.", "en"),
        # a date of another thing in the sentence: its adding may be that day's
        ("Special solidarity, added to the formula in 2017, was reaffirmed on 2 December 2025.", "en"),
        # denied
        ("Special solidarity was not added in December 2025.", "en"),
        # "thêm" and "ເພີ່ມທະວີ" also say "further", "strengthen"
        ("Ngày 2/12/2025, hai bên củng cố thêm đoàn kết đặc biệt.", "vi"),
        ("ວັນທີ 2 ທັນວາ 2025 ສອງຝ່າຍ ເພີ່ມທະວີ ຄວາມສາມັກຄີພິເສດ.", "lo"),
        # no date, and not the newest: when it was added is not said
        ("Special solidarity was added to the formula long ago.", "en"),
        # a year in which no stage dated by its document began
        ("The newest element in 2018 was comprehensive cooperation.", "en"),
        # the wording after the words of adding opens a listing: it is what was added to
        (
            "Ngày 2/12/2025, hai bên bổ sung vào hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện "
            "một yếu tố mới là gắn kết chiến lược.",
            "vi",
        ),
    ],
)
def test_no_claim_of_the_adding_passes(text: str, lang: str) -> None:
    assert _added(text, lang) == []


def test_the_newest_element_is_of_the_publication_day() -> None:
    """Before 2 December 2025, the newest element of a dated stage is not known: no finding."""
    assert _added("The newest element is special solidarity.", "en", date(2025, 6, 1)) == []


def test_every_element_against_the_record() -> None:
    """For each stage dated by its document, each element it did not add is a slip on its day."""
    ds = vnla.dataset()
    stages = sorted(ds.framework_stages, key=lambda s: s.began or date.min)
    checked = 0
    for stage in stages:
        if stage.document is None or stage.began is None:
            continue
        before = FrameworkStage.in_force(stages, stage.began - timedelta(days=1))
        gained = {e for e in stage.elements if before is None or e not in before.elements}
        day = f"{stage.began.day} {stage.began:%B %Y}"
        for element in ds.framework_elements:
            wording = element.name.preferred("en")
            assert wording is not None
            found = _added(f"The element added on {day} was {wording}.", "en")
            assert found == ([] if element.id in gained else [("contradiction", wording)]), element.id
            checked += 1
    assert checked >= 4


def test_the_message_is_translated() -> None:
    report = check_text(
        "Hữu nghị vĩ đại được bổ sung vào khuôn khổ quan hệ tháng 12/2025.", published=PUBLISHED, lang="vi"
    )
    (finding,) = [f for f in report.findings if f.rule == "framework.added"]
    assert "khuôn khổ quan hệ được bổ sung gắn kết chiến lược" in written(finding.message, "vi")
    assert "ກອບການພົວພັນໄດ້ເພີ່ມ" in written(finding.message, "lo")
    assert finding.canonical == "gắn kết chiến lược"
