# SPDX-License-Identifier: MIT
"""
False contradictions a ninth blind corpus (``tests/fixtures/eval/heldout9``) found, each fixed
at its cause and shown here on sentences of our own: each case passes the clean form and still
catches the slip beside it.
"""

from __future__ import annotations

import pytest

from vnla.checker import Checker

CHECKER = Checker()


def found(
    text: str, kind: str, published: str = "2026-02-10", lang: str | None = None
) -> list[tuple[str, str]]:
    report = CHECKER.check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


# ------------------------------------------------------------ a late leader's title, given early
def test_a_late_leaders_title_before_its_term_is_an_honorific() -> None:
    """Kaysone Phomvihane was President from 1991; the founders are named so at any date."""
    assert found("On 5 March 1977, President Kaysone Phomvihane visited Hanoi.", "title") == [
        ("President Kaysone Phomvihane", "unknown")
    ]
    # a founding's date dates no title: judged for the publication's day, a late leader's title is
    # one once held (heldout10)
    text = "Both sides invoked President Kaysone Phomvihane and the Treaty of Amity and Cooperation of 18 July 1977."
    assert found(text, "title") == [("President Kaysone Phomvihane", "ok")]
    # a living person's title before the term is still a slip (Luong Cuong: President from October 2024)
    assert found("In March 2020, President Luong Cuong visited Laos.", "title") == [
        ("President Luong Cuong", "contradiction")
    ]
    # an office the late leader never held is still a slip
    assert found(text.replace("President Kaysone", "General Secretary Souphanouvong"), "title") == [
        ("General Secretary Souphanouvong", "contradiction")
    ]
    # a late leader is named by the office held last: one held only in the middle of a career
    # is a slip before its term (Nguyen Phu Trong: President 2018-2021, General Secretary until
    # his death in 2024), while the office held last is still an honorific
    assert found("On 5 May 2017, President Nguyen Phu Trong received Lao guests.", "title") == [
        ("President Nguyen Phu Trong", "contradiction")
    ]
    assert found("On 5 May 2009, General Secretary Nguyen Phu Trong received Lao guests.", "title") == [
        ("General Secretary Nguyen Phu Trong", "unknown")
    ]


# ------------------------------------------------------- the date nearest a title is its date
def test_a_title_is_judged_at_the_period_nearest_it() -> None:
    """To Lam was State President from May to October 2024."""
    clean = (
        "From the anniversary of 2022 to the state visits of July 2024, when President To Lam visited Laos."
    )
    assert found(clean, "title") == [("President To Lam", "ok")]
    slip = "After the state visits of July 2024, and in March 2023 President To Lam visited Laos."
    assert found(slip, "title") == [("President To Lam", "contradiction")]
    # a month its sentence states with no day dates the title as a day would, though the title
    # is right on the day of publication (To Lam: General Secretary from 3 August 2024)
    month = "In July 2024, General Secretary To Lam paid a state visit to Laos."
    assert found(month, "title", published="2025-11-10") == [("General Secretary To Lam", "contradiction")]
    president = month.replace("General Secretary", "President")
    assert found(president, "title", published="2025-11-10") == [("President To Lam", "ok")]
    # a year alone does not: "In 2024, General Secretary To Lam ..." fits its last months
    year = "In 2024, General Secretary To Lam paid a state visit to Laos."
    assert found(year, "title", published="2025-11-10") == [("General Secretary To Lam", "ok")]


# ----------------------------------------------------------------- a data row's own date field
def test_a_data_rows_date_field_is_when_it_was_posted() -> None:
    text = (
        "id,ngay_dang,chuyen_muc,tieu_de\n"
        '10481,30/01/2026,"Đối ngoại","Ngày 26/1/2026 tại Hà Nội, Tổng Bí thư Tô Lâm hội đàm với '
        'Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith."\n'
    )
    dates = found(text, "date", lang="vi")
    assert ("30/01/2026", "unknown") in dates
    assert ("Ngày 26/1/2026", "ok") in dates
    # a sentence that opens with its date is no data row: its date is still judged
    prose = "Ngày 30/1/2026, tại Hà Nội, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith."
    assert found(prose, "date", lang="vi") == [("Ngày 30/1/2026", "contradiction")]


# ------------------------------------------------------------- a line that ends with a comma
@pytest.mark.parametrize(("number", "verdict"), [("65", "ok"), ("66", "contradiction")])
def test_a_short_line_ending_with_a_comma_goes_on(number: str, verdict: str) -> None:
    """A column of a page's text wraps short lines: the year of the line before dates the anniversary."""
    text = (
        "Năm 2027 là Năm Đoàn kết hữu nghị Việt Nam - Lào,\n"
        f"Lào - Việt Nam, kỷ niệm {number} năm Ngày thiết lập quan hệ ngoại giao (5/9/1962).\n"
    )
    assert (f"kỷ niệm {number} năm", verdict) in found(text, "ordinal", published="2025-12-15", lang="vi")


# --------------------------------------------------------------------------- "our Party"
@pytest.mark.parametrize(
    ("number", "days", "verdicts"),
    [
        ("XIV", "19 đến 23/1/2026", {"Đại hội XIV": "ok", "từ 19 đến 23/1/2026": "ok"}),
        ("XIII", "19 đến 23/1/2026", {"Đại hội XIII": "contradiction", "từ 19 đến 23/1/2026": "ok"}),
        ("XIV", "19 đến 25/1/2026", {"Đại hội XIV": "ok", "từ 19 đến 25/1/2026": "contradiction"}),
    ],
)
def test_our_party_is_the_writers(number: str, days: str, verdicts: dict[str, str]) -> None:
    """In Vietnamese, "Đảng ta" after a congress is the CPV, not the LPRP the sentence names."""
    text = f"Đại hội XII Đảng Nhân dân Cách mạng Lào họp từ 6 đến 8/1/2026, Đại hội {number} của Đảng ta từ {days}."
    got = dict(found(text, "ordinal", lang="vi") + found(text, "date", lang="vi"))
    assert {k: got[k] for k in verdicts} == verdicts


def test_our_party_elsewhere_in_the_sentence_names_no_congress() -> None:
    """ "người đứng đầu Đảng ta" (the head of our Party) says nothing of the congress named later."""
    text = (
        "Người đứng đầu Đảng ta chúc mừng đồng chí Thongloun Sisoulith được bầu lại làm Tổng Bí thư Ban "
        "Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào tại Đại hội đại biểu toàn quốc lần thứ XII, "
        "diễn ra từ ngày 6 đến 8/1 tại Viêng Chăn."
    )
    assert ("từ ngày 6 đến 8/1", "ok") in found(text, "date", published="2026-01-27", lang="vi")


# ----------------------------------------------------- "today" before a word of saying
def test_today_before_a_word_of_saying_is_the_sayings_day() -> None:
    text = "Hôm nay chúng ta vui mừng được biết: thứ Hai tuần tới, Tổng Bí thư Tô Lâm sẽ thăm cấp Nhà nước tới Lào."
    assert ("Hôm nay", "contradiction") not in found(text, "date", published="2025-11-28", lang="vi")
    # without a word of saying between, "today" is the visit's day, and a slip
    slip = "Hôm nay Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào."
    assert ("Hôm nay", "contradiction") in found(slip, "date", published="2025-11-28", lang="vi")


# -------------------------------------------- a numbered meeting with its own date in brackets
def test_a_numbered_meeting_dated_in_brackets_gives_no_other_date() -> None:
    text = (
        "The 48th meeting of the Intergovernmental Committee (3 December 2025) and the monitoring "
        "mechanisms both sides agreed on 5 February 2026 are reviewed."
    )
    assert ("5 February 2026", "contradiction") not in found(text, "date")
    # two dates said in words of one numbered meeting are both its
    slip = "The 48th meeting of the Intergovernmental Committee opened on 3 December 2025 and closed on 6 December 2025."
    assert ("6 December 2025", "contradiction") in found(slip, "date")


def test_a_checker_judges_a_late_leaders_title_by_each_texts_publication_date() -> None:
    """The judgment of a title is kept for the next text only where the person's death reads the same."""
    checker = Checker()
    text = "On 5 March 1977, President Kaysone Phomvihane visited Hanoi."

    def title(published: str | None) -> str:
        report = checker.check_text(text, published=published, lang="en")
        return next(f.verdict.value for f in report.findings if f.kind == "title")

    assert title(None) == "contradiction"  # no publication date: nothing says he had died
    assert title("2026-02-10") == "unknown"


# ------------------------------------------------------------------ a rise from one sum to another
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Bilateral trade rose from US$1.65 billion in 2023 to US$2.98 billion in 2025, nearly doubling in two years.",
            "en",
        ),
        (
            "Kim ngạch thương mại hai nước tăng từ 1,65 tỷ USD năm 2023 lên 2,98 tỷ USD năm 2025, gần gấp đôi.",
            "vi",
        ),
    ],
)
def test_a_ratio_after_a_rise_from_one_sum_to_another_is_on_the_first(text: str, lang: str) -> None:
    report = CHECKER.check_text(text, published="2026-03-01", lang=lang)
    (ratio,) = [f for f in report.findings if f.kind == "ratio"]
    assert ratio.verdict.value == "ok"
    assert "2025 on 2023" in str(ratio.message)
    # without the sum it rose from, the ratio is on the year before, and a slip
    alone = CHECKER.check_text(
        "Bilateral trade reached US$2.98 billion in 2025, nearly doubling.", published="2026-03-01"
    )
    assert [f.verdict.value for f in alone.findings if f.kind == "ratio"] == ["contradiction"]


# ------------------------------------------------------------- a claim set right in its sentence
def test_a_books_claim_set_right_later_in_the_sentence_is_not_a_slip() -> None:
    said = "On page 47 the author writes that the Treaty of Amity and Cooperation was signed in 1978"
    assert ("in 1978", "ok") in found(said + "; the right date is 18 July 1977.", "date")
    assert ("in 1978", "contradiction") in found(said + ".", "date")
    lao = "ໃນໜ້າ ໔໗ ຜູ້ຂຽນ ຂຽນວ່າ ສົນທິສັນຍາ ມິດຕະພາບ-ການຮ່ວມມື ລາວ-ຫວຽດນາມ ໄດ້ລົງນາມ ໃນປີ ໑໙໗໘; ທີ່ຖືກຕ້ອງ ແມ່ນ ວັນທີ ໑໘ ກໍລະກົດ ໑໙໗໗."
    assert ("ປີ ໑໙໗໘", "ok") in found(lao, "date", lang="lo")


# ------------------------------------------------------------- a sum compared with a target
def test_a_sum_compared_with_a_target_is_no_target() -> None:
    text = (
        "ສອງຝ່າຍ ຕັ້ງເປົ້າ ຍົກມູນຄ່າການຄ້າສອງຝ່າຍ ໃຫ້ໄດ້ 5 ຕື້ ໂດລາ ໃນໄລຍະສັ້ນ ແລະ 10 ຕື້ ໂດລາ ໃນໄລຍະຍາວ, "
        "ທຽບກັບ 2,36 ຕື້ ໂດລາ ໃນ 9 ເດືອນ ຕົ້ນປີ 2025."
    )
    report = CHECKER.check_text(text, published="2025-12-05", lang="lo")
    rules = {f.text: (f.verdict.value, f.rule) for f in report.findings if f.kind == "amount"}
    assert rules["10 ຕື້ ໂດລາ"] == ("ok", "figures.target")
    assert rules["2,36 ຕື້ ໂດລາ"][1] != "figures.target"
    assert rules["2,36 ຕື້ ໂດລາ"][0] != "contradiction"
