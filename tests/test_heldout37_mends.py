# SPDX-License-Identifier: MIT
"""
The false contradictions heldout37 showed at its first measure, each mended where it arose
(the texts are the corpus's own sentences, shortened, and variants of them):

- a table's row gave its founding to the anniversary of the row below ("| 5 Sep | Diplomatic
  relations, 1962 | 64th |" counted from Vietnam's National Day in the row above);
- months written without their year after a sum took the whole year said before it ("grew fast
  last year: about 2 billion USD in the first seven months"), not that year's seven months;
- "cuộc họp" (a meeting) read as "họp" (met), a verb of the visit's own clause, so the meeting's
  day was the visit's;
- a Lao field's line ("ຄຳ ສຳຄັນ: ການຄ້າ, ເປົ້າໝາຍ, ສະຖິຕິ", keywords) read as wrapping into the
  next, whose sums then took its word of a target.
"""

from __future__ import annotations

from datetime import date

from vnla.checker import check_text
from vnla.checker.normal import wraps


def _verdicts(text: str, kind: str, lang: str, published: date) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


_TABLE = (
    "| Date | Event | In 2026 |\n|---|---|---|\n"
    "| 2 Sep | National Day of Vietnam, 1945 | {vn} |\n"
    "| 5 Sep | Diplomatic relations, 1962 | 64th |\n"
)


def test_a_rows_founding_is_not_the_next_rows() -> None:
    published = date(2026, 6, 30)
    assert _verdicts(_TABLE.format(vn="81st"), "ordinal", "en", published) == [
        ("81st", "ok"),
        ("64th", "unknown"),
    ]
    # the row's own founding still counts its own anniversary
    assert ("80th", "contradiction") in _verdicts(_TABLE.format(vn="80th"), "ordinal", "en", published)


def test_months_without_their_year_take_the_year_said_before_them() -> None:
    published = date(2026, 9, 22)
    said = "Trade between Vietnam and Laos grew fast last year: about {n} billion USD in the first seven months alone."
    assert _verdicts(said.format(n=2), "amount", "en", published) == [("about 2 billion USD", "ok")]
    assert _verdicts(said.format(n=2.5), "amount", "en", published) == [
        ("about 2.5 billion USD", "contradiction")
    ]
    # a year after a sum of its own clause is that sum's: the months are not its
    both = "Trade between Vietnam and Laos was 2.98 billion USD in 2025 and 2 billion USD in the first seven months."
    assert _verdicts(both, "amount", "en", published)[0] == ("2.98 billion USD", "ok")


def test_a_meeting_noun_is_no_verb_of_the_visits_clause() -> None:
    published = date(2026, 2, 6)
    heading = (
        "BÁO CÁO NHANH\nKết quả chuyến thăm cấp Nhà nước tới Lào của Tổng Bí thư Tô Lâm\n"
        "(phục vụ cuộc họp giao ban của Thường trực Tỉnh ủy sáng 9/2/2026)"
    )
    assert _verdicts(heading, "date", "vi", published) == [("sáng 9/2/2026", "unknown")]
    # the verb still opens a clause of the event's own
    congress = "Hội nghị thông báo kết quả Đại hội XII của Đảng Nhân dân Cách mạng Lào, họp tại Viêng Chăn từ 6 đến 9/1/2026."
    assert _verdicts(congress, "date", "vi", published) == [("từ 6 đến 9/1/2026", "contradiction")]


def test_a_lao_fields_line_ends_its_field() -> None:
    keywords = (
        "ຄຳ ສຳຄັນ: ການຄ້າ, ເປົ້າໝາຍ, ສະຖິຕິ\nໂດຍ ອີງ ໃສ່ ຕົວເລກ ທາງການ, ມູນຄ່າ ການຄ້າ ປີ ໒໐໑໙ ປະມານ ໑.໑ - ໑.໒ ຕື້ ໂດລາ."
    )
    assert not wraps(keywords, keywords.index("\n"))
    assert _verdicts(keywords, "amount", "lo", date(2026, 11, 2)) == [("ປະມານ ໑.໑ - ໑.໒ ຕື້ ໂດລາ", "ok")]
    # a heading run into a sentence that wraps is no field's line, nor a speaker's words or a
    # caption's that wrap (a field's value is a list of short items)
    for wrapped in (
        "ເລື່ອງ ທີ ສາມ: ຄຳເວົ້າ. ໃນ ການຢ້ຽມຢາມ ທາງລັດຖະກິດ ຂອງ ທ່ານ\nເລຂາທິການໃຫຍ່ ໂຕເລິມ ຢູ່ ລາວ",
        "ພະນັກງານ: ທ່ານເປັນນາຍົກລັດຖະມົນຕີແຕ່ປີ 2015,\nແລ້ວເປັນເລຂາທິການໃຫຍ່ແລະປະທານປະເທດແຕ່ປີ 2021.",
        "ຮູບ 5: ທ່ານ ໂຕເລິມ ແລະ ທ່ານ ທອງລຸນ ສີສຸລິດ ເປັນ ປະທານຮ່ວມ\nກອງປະຊຸມລະດັບສູງ ລະຫວ່າງ ສອງພັກ",
    ):
        assert wraps(wrapped, wrapped.index("\n")), wrapped
