# SPDX-License-Identifier: MIT
"""
The false contradictions the blind corpus heldout29 found, each mended from a general cause and
shown here on sentences of its kind, with the slip next to it that must still be caught.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(text: str, kind: str, lang: str, published: date = date(2026, 6, 1)) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


@pytest.mark.parametrize(
    ("year", "verdict"),
    [("2030", "ok"), ("2031", "contradiction")],
)
def test_the_party_after_a_line_that_names_both_parties_is_the_writers(year: str, verdict: str) -> None:
    # "Đảng" alone, in Vietnamese, after a line naming the CPV and the LPRP: the CPV (1930)
    text = (
        "- Năm 2027: kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/2027) và 72 năm "
        "Ngày thành lập Đảng Nhân dân Cách mạng Lào (22/3/2027).\n"
        f"- Giai đoạn 2028–2030: hướng tới năm {year}, tròn 100 năm thành lập Đảng.\n"
    )
    assert ("tròn 100 năm", verdict) in found(text, "ordinal", "vi")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # unspaced Lao: a day's range right after the congress word is no congress's number
        ("ທ່ານທອງລຸນສີສຸລິດໄດ້ຮັບເລືອກຄືນທີ່ກອງປະຊຸມໃຫຍ່໖-໘ມັງກອນ໒໐໒໖.", None),
        # the number with the ordinal marker still counts the congress
        ("ທ່ານທອງລຸນສີສຸລິດໄດ້ຮັບເລືອກຄືນທີ່ກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XIII ຂອງພັກປະຊາຊົນປະຕິວັດລາວ ເດືອນມັງກອນ 2026.", "contradiction"),
    ],
)  # fmt: skip
def test_a_days_range_after_the_lao_congress_word(text: str, verdict: str | None) -> None:
    verdicts = [v for _t, v in found(text, "ordinal", "lo")]
    assert verdicts == ([] if verdict is None else [verdict])


@pytest.mark.parametrize(
    ("text", "ratios"),
    [
        # "ເທົ່າໃດ" asks how much: no ratio of the year before it
        ("ການຄ້າສອງປະເທດປີ 2025 ເທົ່າໃດ? ປີ 2025 ມູນຄ່າການຄ້າສອງຝ່າຍບັນລຸ 2,98 ຕື້ໂດລາ.", []),
        ("ມູນຄ່າການຄ້າສອງຝ່າຍປີ 2025 ເພີ່ມຂຶ້ນ 1,3 ເທົ່າ ທຽບໃສ່ປີ 2024.", [("1,3 ເທົ່າ", "ok")]),
        ("ມູນຄ່າການຄ້າສອງຝ່າຍປີ 2025 ເພີ່ມຂຶ້ນ 3 ເທົ່າ ທຽບໃສ່ປີ 2024.", [("3 ເທົ່າ", "contradiction")]),
    ],
)  # fmt: skip
def test_lao_words_that_begin_with_times_are_no_ratio(text: str, ratios: list[tuple[str, str]]) -> None:
    assert found(text, "ratio", "lo") == ratios


@pytest.mark.parametrize(
    ("number", "verdict"),
    [("XIV", "ok"), ("XIII", "contradiction")],
)
def test_the_party_alone_after_a_congress_is_the_writers(number: str, verdict: str) -> None:
    # "của Đảng" with a bracket after it, in Vietnamese: the CPV, whatever party is named later
    text = (
        f"Cử tri phấn khởi trước kết quả Đại hội {number} của Đảng (19–23/1/2026), "
        "Đại hội XII của Đảng bạn Lào (6–8/1/2026)."
    )
    assert (f"Đại hội {number}", verdict) in found(text, "ordinal", "vi")


@pytest.mark.parametrize(
    ("text", "said", "verdict"),
    [
        # the congress's own date right after its words, after the date: this one is another thing's
        ("To Lam succeeded him on 3 August 2024 and was re-elected at the 14th Congress in January 2026.", "3 August 2024", "unknown"),
        ("To Lam was re-elected at the 14th Congress on 3 August 2024.", "3 August 2024", "contradiction"),
        # a date after the congress's own is still the congress's
        ("The LPRP held its 12th Congress from 6 to 8 January 2026 and re-elected Thongloun Sisoulith on 10 January.", "10 January", "contradiction"),
    ],
)  # fmt: skip
def test_a_date_before_a_numbered_event_dated_right_after_its_words(
    text: str, said: str, verdict: str
) -> None:
    assert (said, verdict) in found(text, "date", "en")


@pytest.mark.parametrize(
    ("text", "lang", "said", "verdict"),
    [
        # a party's word and a country's name: that country's party, whose congress the date may be
        ("ຫຼັງກອງປະຊຸມໃຫຍ່ຂອງພັກລາວ (6-8 ມັງກອນ 2026) ແລະກອງປະຊຸມໃຫຍ່ຄັ້ງທີ XIV ຂອງພັກກອມມູນິດຫວຽດນາມ (19-23 ມັງກອນ 2026).", "lo", "6-8 ມັງກອນ 2026", "ok"),
        ("Kết quả Đại hội XIV của Đảng (19–23/1/2026), Đại hội XII của Đảng bạn Lào (6–8/1/2026).", "vi", "6–8/1/2026", "ok"),
        ("Kết quả Đại hội XIV của Đảng (19–23/1/2026), Đại hội XII của Đảng bạn Lào (7–9/1/2026).", "vi", "7–9/1/2026", "contradiction"),
    ],
)  # fmt: skip
def test_a_partys_word_with_a_countrys_name(text: str, lang: str, said: str, verdict: str) -> None:
    assert (said, verdict) in found(text, "date", lang)


@pytest.mark.parametrize(
    ("count", "verdict"),
    [("64", "ok"), ("65", "contradiction")],
)
def test_lao_diplomatic_relations_written_without_tang(count: str, verdict: str) -> None:
    # "ສາຍພົວພັນການທູດ" (as Pasaxon writes it, without ທາງ), after a national day's anniversary
    text = (
        "ວາງແຜນສົ່ງກ່ອນວັນສຳຄັນເຊັ່ນວັນຊາດຫວຽດນາມ 2 ກັນຍາ 2026 (ຄົບຮອບ 81 ປີ) "
        f"ແລະວັນຄົບຮອບ {count} ປີສາຍພົວພັນການທູດ (5 ກັນຍາ 2026)."
    )
    assert (f"ຄົບຮອບ {count} ປີ", verdict) in found(text, "ordinal", "lo")
