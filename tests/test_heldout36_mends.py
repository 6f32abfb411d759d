# SPDX-License-Identifier: MIT
"""
The false contradictions heldout36 found on its first measure, each mended where it went wrong
(sentences of the same shapes as the corpus's, some of them the corpus's own, shortened, with
cases of our own around them):

- an ordinal of a day ("on February 3rd") is no bare anniversary;
- an age whose sentence gives it a subject of its own ("the party turned 95") does not count
  from the founding the sentence before names (Đổi mới);
- Lao: a title after a predicate ("ແມ່ນ") that follows a name is that name's, not the next
  name's, when the next has a predicate of its own;
- a target word right after a sum said reached opens the next clause ("ບັນລຸ 2,98 ຕື້ ໂດລາ
  ເປົ້າໝາຍ ..."), but one set off by a dash is said of the sum ("ở mức 5 tỷ USD – mục tiêu");
- Lao: a period after a sum that lies past the next figure is not the sum's ("ບັນລຸ 2 ຕື້ ໂດລາ
  ເພີ່ມຂຶ້ນ 79% ແລະ ເກົ້າ ເດືອນ ທຳອິດ ...").
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text


def _verdicts(text: str, lang: str, published: date, kind: str) -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_a_days_ordinal_is_no_anniversary() -> None:
    text = "This year Vietnam marks 40 years of Doi Moi. And this month, on February 3rd, the party met."
    assert ("3rd", "contradiction") not in _verdicts(text, "en", date(2026, 2, 19), "ordinal")
    assert all(words != "3rd" for words, _v in _verdicts(text, "en", date(2026, 2, 19), "ordinal"))


def test_an_age_with_a_subject_of_its_own() -> None:
    text = (
        "This year Vietnam marks 40 years of Doi Moi, launched at the 6th National Congress in "
        "December 1986. And this month the party turned 95."
    )
    assert ("turned 95", "unknown") in _verdicts(text, "en", date(2026, 2, 19), "ordinal")


def test_an_age_after_the_founding_still_counts_from_it() -> None:
    text = "Vietnam and Laos established diplomatic relations on 5 September 1962. This September marks the 62nd anniversary."
    assert _verdicts(text, "en", date(2026, 2, 19), "ordinal") == [("62nd anniversary", "contradiction")]


@pytest.mark.parametrize(
    "text",
    [
        "ທ່ານເລືອງເກື່ອງແມ່ນປະທານປະເທດທ່ານຟ້າມມິງຈິງແມ່ນນາຍົກລັດຖະມົນຕີ.",
        "ທ່ານ ເລືອງເກື່ອງ ແມ່ນ ປະທານປະເທດ ທ່ານ ຟ້າມມິງຈິງ ແມ່ນ ນາຍົກລັດຖະມົນຕີ.",
    ],
)
def test_a_lao_title_after_a_predicate_is_the_name_befores(text: str) -> None:
    titles = _verdicts(text, "lo", date(2026, 10, 8), "title")
    assert not any(v == "contradiction" for _w, v in titles)
    assert not any(words.startswith("ປະທານປະເທດ") for words, _v in titles)


def test_a_lao_title_before_a_name_without_a_predicate_is_still_its() -> None:
    text = "ປະທານປະເທດ ທ່ານ ຟ້າມມິງຈິງ ໄດ້ຕ້ອນຮັບ ຄະນະ."
    assert _verdicts(text, "lo", date(2026, 10, 8), "title") == [("ປະທານປະເທດ ທ່ານ ຟ້າມມິງຈິງ", "contradiction")]


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        (
            "ມູນຄ່າ ການຄ້າ ສອງ ຝ່າຍ ປີ 2025 ບັນລຸ 2,98 ຕື້ ໂດລາ ເປົ້າໝາຍ ຕໍ່ໄປ ແມ່ນ 10 ຕື້ ໂດລາ ໃນ ໄລຍະ ຍາວ.",
            "lo",
            date(2026, 11, 30),
            [("2,98 ຕື້ ໂດລາ", "ok"), ("10 ຕື້ ໂດລາ", "ok")],
        ),
        (
            "Viet Nam-Laos trade hits 5 billion USD goal in 2025.",
            "en",
            date(2026, 1, 6),
            [("5 billion USD", "contradiction")],
        ),
        (
            "Kim ngạch thương mại hai chiều năm 2025 tăng mạnh. Mẹo nhỏ: thêm một đường ngang ở mức "
            "5 tỷ USD – mục tiêu gần mà hai nước đã thống nhất.",
            "vi",
            date(2026, 6, 1),
            [("5 tỷ USD", "ok")],
        ),
    ],
)
def test_a_target_word_after_a_sum(
    text: str, lang: str, published: date, expected: list[tuple[str, str]]
) -> None:
    assert _verdicts(text, lang, published, "amount") == expected


@pytest.mark.parametrize(
    ("text", "published", "amount", "change"),
    [
        (
            "ຂໍ້ຄວາມ: ເຈັດ ເດືອນ ທຳອິດ ຂອງ ປີ 2025 ການຄ້າ ສອງ ຝ່າຍ ບັນລຸ ປະມານ 2 ຕື້ ໂດລາ ເພີ່ມຂຶ້ນ 79% ແລະ "
            "ເກົ້າ ເດືອນ ທຳອິດ ບັນລຸ 2,36 ຕື້ ໂດລາ.",
            date(2026, 7, 1),
            ("ປະມານ 2 ຕື້ ໂດລາ", "ok"),
            ("79%", "ok"),
        ),
        (
            "ປີ໒໐໒໔ການຄ້າລາວ-ຫວຽດນາມບັນລຸ໒,໒ຕື້ໂດລາເພີ່ມຂຶ້ນປະມານ໓໔% ແລະໄຕມາດທຳອິດປີ໒໐໒໕ຫວຽດນາມສົ່ງສິນຄ້າມາລາວ໓໔໖ລ້ານໂດລາ.",
            date(2026, 10, 8),
            ("໒,໒ຕື້ໂດລາ", "ok"),
            ("ປະມານ໓໔%", "ok"),
        ),
    ],
)
def test_a_lao_period_past_the_next_figure(
    text: str, published: date, amount: tuple[str, str], change: tuple[str, str]
) -> None:
    assert amount in _verdicts(text, "lo", published, "amount")
    assert _verdicts(text, "lo", published, "change") == [change]
