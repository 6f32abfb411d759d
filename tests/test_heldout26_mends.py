# SPDX-License-Identifier: MIT
"""
Mends for what the twenty-sixth blind corpus (heldout26) showed, each on sentences of our own:
the judges pass the clean form and still catch the planted one.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def _verdicts(text: str, published: str, lang: str, kind: str) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


# A day given without its year, in a list of days to come published in February: the next
# December may be meant as well as the last, so an anniversary that fits either is no slip.
@pytest.mark.parametrize(("count", "verdict"), [("51st", "ok"), ("50th", "ok"), ("53rd", "contradiction")])
def test_a_day_without_its_year_far_from_the_publication_may_be_the_next(count: str, verdict: str) -> None:
    text = f"UPCOMING DATES\n- 2 December: the {count} Lao National Day.\n"
    assert _verdicts(text, "2026-02-12", "en", "ordinal") == [(f"{count} Lao National Day", verdict)]


# ... told of in the past, it is the last one.
@pytest.mark.parametrize(("count", "verdict"), [("96th", "ok"), ("95th", "contradiction")])
def test_a_day_without_its_year_told_in_the_past_is_the_last(count: str, verdict: str) -> None:
    text = f"On 3 February the Embassy marked the {count} anniversary of the founding of the Communist Party of Vietnam."
    assert _verdicts(text, "2026-04-08", "en", "ordinal") == [(f"{count} anniversary", verdict)]


# ... and coming within months of the publication, it is the next.
@pytest.mark.parametrize(("count", "verdict"), [("81", "ok"), ("80", "contradiction")])
def test_a_day_without_its_year_coming_soon_is_the_next(count: str, verdict: str) -> None:
    text = f"• 2 ກັນຍາ: ວັນຊາດ ສສ.ຫວຽດນາມ ຄົບຮອບ {count} ປີ.\n"
    assert _verdicts(text, "2026-06-25", "lo", "ordinal") == [(f"ຄົບຮອບ {count} ປີ", verdict)]


# A country named with a congress number two beyond any its party has held is no sure sign of
# whose congress it is: the other party's, of that number, may be meant.
def test_a_congress_number_far_beyond_the_countrys_party_is_unknown() -> None:
    text = "Lào là nước đầu tiên Tổng Bí thư đến thăm sau Đại hội XIV."
    assert _verdicts(text, "2026-09-10", "vi", "ordinal") == [("Đại hội XIV", "unknown")]


def test_a_congress_number_one_beyond_is_still_a_slip() -> None:
    text = "Kỳ Đại hội Đảng Nhân dân Cách mạng Lào tháng 1/2026 là Đại hội lần thứ XIII."
    found = _verdicts(text, "2026-09-22", "vi", "ordinal")
    assert ("Đại hội lần thứ XIII", "contradiction") in found


# A search result's or a listing's date heads its snippet, which dates what it tells itself.
@pytest.mark.parametrize(
    ("text", "lang", "date"),
    [
        (
            "To Lam holds talks with Thongloun Sisoulith in Vientiane\n"
            "6 February 2026 — Yesterday, 5 February 2026, To Lam and Thongloun Sisoulith held talks.\n",
            "en",
            "6 February 2026",
        ),
        (
            "ເລຂາທິການໃຫຍ່ ໂຕເລິມ ເຈລະຈາ ກັບ ທ່ານ ທອງລຸນ ສີສຸລິດ ຢູ່ ວຽງຈັນ\n"
            "6 ກຸມພາ 2026 — ວານນີ້ ວັນທີ 5 ກຸມພາ 2026, ທ່ານ ໂຕເລິມ ແລະ ທ່ານ ທອງລຸນ ໄດ້ ເຈລະຈາ.\n",
            "lo",
            "6 ກຸມພາ 2026",
        ),
    ],
)
def test_the_date_that_heads_a_snippet_is_the_items(text: str, lang: str, date: str) -> None:
    found = dict(_verdicts(text, "2026-09-22", lang, "date"))
    assert found[date] == "unknown"


def test_a_timelines_entry_still_dates_its_event() -> None:
    text = "6 February 2026 — To Lam holds talks with Thongloun Sisoulith in Vientiane.\n"
    assert _verdicts(text, "2026-09-22", "en", "date") == [("6 February 2026", "contradiction")]


# An anniversary "of his death" (or a death word by it) after a sentence that dates the
# person's life counts from the death; "of his birth" from the birth; no founding else.
@pytest.mark.parametrize(
    ("text", "lang", "ordinal", "verdict"),
    [
        ("Souphanouvong died on 9 January 1995. 2026 marks the 31st anniversary of his death.", "en", "31st anniversary", "ok"),
        ("Souphanouvong died on 9 January 1995. 2026 marks the 30th anniversary of his death.", "en", "30th anniversary", "contradiction"),
        ("Souphanouvong was born on 13 July 1909. 2026 marks the 117th anniversary of his birth.", "en", "117th anniversary", "ok"),
        ("Xuphanuvông sinh ngày 13/7/1909 và mất ngày 9/1/1995. Năm 2026 là kỷ niệm 31 năm ngày mất của ông.", "vi", "kỷ niệm 31 năm", "ok"),
        ("Xuphanuvông sinh ngày 13/7/1909 và mất ngày 9/1/1995. Năm 2026 là kỷ niệm 30 năm ngày mất của ông.", "vi", "kỷ niệm 30 năm", "contradiction"),
        ("ທ່ານສຸພານຸວົງເສຍຊີວິດວັນທີ 9 ມັງກອນ 1995. ປີ 2026 ຄົບຮອບ 30 ປີແຫ່ງການຈາກໄປຂອງທ່ານ.", "lo", "ຄົບຮອບ 30 ປີ", "contradiction"),
        ("Souphanouvong became President in 1975. 2026 marks the 51st anniversary of his appointment.", "en", "51st anniversary", "unknown"),
    ],
)  # fmt: skip
def test_an_anniversary_of_his_death_counts_from_the_death_told_before(
    text: str, lang: str, ordinal: str, verdict: str
) -> None:
    assert _verdicts(text, "2026-11-13", lang, "ordinal") == [(ordinal, verdict)]


# A table's cell bar heads a clause: a country's name right after it is the subject of its
# founding words ("| Nước Cộng hòa Dân chủ Nhân dân Lào ra đời ngày ...").
@pytest.mark.parametrize(("year", "verdict"), [("1975", "ok"), ("1976", "contradiction")])
def test_a_country_heading_a_table_cell_is_its_foundings_subject(year: str, verdict: str) -> None:
    text = f"015 | 00:01:53:15 | ÔNG TƯ | Nước Cộng hòa Dân chủ Nhân dân Lào ra đời ngày 2/12/{year}.\n"
    assert _verdicts(text, "2026-03-10", "vi", "date") == [(f"ngày 2/12/{year}", verdict)]


# A day of the anniversary's sentence, in another clause, that is the founding's day of a later
# year is the anniversary's day; the founding's own day, however misdated, is not.
@pytest.mark.parametrize(("count", "verdict"), [("51", "ok"), ("52", "contradiction")])
def test_the_foundings_day_in_another_clause_dates_the_anniversary(count: str, verdict: str) -> None:
    text = (
        f"Nhân dịp kỷ niệm {count} năm Quốc khánh nước Cộng hòa Dân chủ Nhân dân Lào, bảo tàng mở cửa "
        "tự do vào ngày 2/12/2026, từ 8 giờ."
    )
    assert _verdicts(text, "2026-11-20", "vi", "ordinal") == [(f"kỷ niệm {count} năm", verdict)]


def test_a_misdated_founding_day_is_not_the_anniversarys() -> None:
    text = "• ໑໓ ທັນວາ: ວັນຄ້າຍວັນເກີດ ທ່ານ ໄກສອນ ພົມວິຫານ (໑໓ ທັນວາ ໑໙໒໑), ຄົບຮອບ ໑໐໖ ປີ.\n"
    assert _verdicts(text, "2026-06-25", "lo", "ordinal") == [("ຄົບຮອບ ໑໐໖ ປີ", "ok")]


# In a list of names each with its capacity, the name right before "as" is its subject.
def test_each_name_of_a_list_takes_the_capacity_after_it() -> None:
    text = (
        "The card lists Pham Minh Chinh as Prime Minister, Tran Thanh Man as National Assembly Chairman "
        "and Phan Van Giang as Minister of Public Security."
    )
    found = _verdicts(text, "2026-02-05", "en", "title")
    assert found == [
        ("as Prime Minister", "ok"),
        ("as National Assembly Chairman", "ok"),
        ("as Minister of Public Security", "contradiction"),
    ]


# A name set off after its titles closes at a question mark too (his defence post is recorded
# as seen in January only: unknown in March, not a slip).
@pytest.mark.parametrize(
    ("title", "verdict"), [("Defence Minister", "unknown"), ("Foreign Minister", "contradiction")]
)
def test_a_name_set_off_after_its_title_may_close_a_question(title: str, verdict: str) -> None:
    text = f"Did the Lao delegation in Hanoi in January include the {title}, Khamlieng Outhakaysone? It did."
    found = _verdicts(text, "2026-03-10", "en", "title")
    assert found == [(f"the {title}, Khamlieng Outhakaysone", verdict)]


# Lao says who holds a title with "ແມ່ນ" (is) as well as "ເປັນ".
@pytest.mark.parametrize(
    ("title", "verdict"), [("ລັດຖະມົນຕີກະຊວງປ້ອງກັນປະເທດ", "ok"), ("ລັດຖະມົນຕີກະຊວງປ້ອງກັນຄວາມສະຫງົບ", "contradiction")]
)
def test_a_lao_title_said_with_maen(title: str, verdict: str) -> None:
    found = _verdicts(f"ທ່ານຟານວັນຢາງແມ່ນ{title}ຂອງຫວຽດນາມ.", "2026-02-05", "lo", "title")
    assert [v for _t, v in found] == [verdict]


# A quoted line of a name, a dash and its titles ends at the quotation's end (the Prime
# Minister's term has no recorded end: not a slip, and not sure either).
@pytest.mark.parametrize(
    ("title", "verdict"), [("Thủ tướng Lào", "unknown"), ("Chủ tịch Quốc hội Lào", "contradiction")]
)
def test_a_quoted_line_of_a_name_and_its_title(title: str, verdict: str) -> None:
    text = f'Chú thích ảnh:\n"Sonexay Siphandone – {title}"\n"Lương Cường – Chủ tịch nước Việt Nam"\n'
    found = _verdicts(text, "2026-03-10", "vi", "title")
    assert found[0] == (f"Sonexay Siphandone – {title}", verdict)


# A document's date after a phrase of its own, a comma and "dated".
@pytest.mark.parametrize(("day", "verdict"), [("2", "ok"), ("3", "contradiction")])
def test_a_documents_date_after_a_phrase_of_its_own(day: str, verdict: str) -> None:
    text = f"He signed the Joint Statement with his Lao counterpart, dated {day} December 2025."
    assert _verdicts(text, "2026-03-10", "en", "date") == [(f"{day} December 2025", verdict)]


def test_a_phrase_that_names_another_thing_cuts_the_documents_date() -> None:
    # the letter's date, from someone named between: no date of the statement
    text = "He read the Joint Statement and a letter from Thongloun Sisoulith, dated 3 December 2025."
    assert _verdicts(text, "2026-03-10", "en", "date") == [("3 December 2025", "unknown")]


# A meeting said to be between the two Parties is theirs, not the session of a committee the
# sentence does not name that fell the next day.
@pytest.mark.parametrize(("day", "verdict"), [("2", "ok"), ("3", "contradiction")])
def test_a_meeting_between_the_parties_is_not_a_committees(day: str, verdict: str) -> None:
    text = f"The meeting between the Communist Party of Vietnam and the Lao People's Revolutionary Party in Vientiane, on {day} December 2025."
    assert _verdicts(text, "2026-03-10", "en", "date") == [(f"{day} December 2025", verdict)]


# "đi xa" (passed on) is a Vietnamese death's word: "ngày Người đi xa (21/11/1992)".
@pytest.mark.parametrize(("year", "verdict"), [("1992", "ok"), ("1991", "contradiction")])
def test_di_xa_is_a_death(year: str, verdict: str) -> None:
    text = f"Tôi thuộc ngày sinh của Chủ tịch Cay-xỏn Phôm-vi-hản (13/12/1920) và ngày Người đi xa (21/11/{year})."
    found = dict(_verdicts(text, "2026-09-10", "vi", "date"))
    assert found[f"21/11/{year}"] == verdict


def test_di_xa_of_no_life_is_no_death() -> None:
    text = "Đoàn xe còn phải đi xa ngày 2/9/2026 mới tới Viêng Chăn."
    assert _verdicts(text, "2026-09-10", "vi", "date") == [("ngày 2/9/2026", "unknown")]
