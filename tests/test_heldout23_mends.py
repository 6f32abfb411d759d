# SPDX-License-Identifier: MIT
"""
The general causes of heldout23's false contradictions, each tested on sentences of our own:

* a sum whose period stands right after it, in a sentence whose sums all put their periods after
  them, keeps it ("from USD 1.6 billion in 2023 to USD 2.2 billion in 2024 and USD 2.98 billion
  in 2025"), where the rule for languages that put periods first gave it to the next sum;
* horizon words before a semicolon are not a figure's after it ("a longer-term goal; the nearer
  one is USD 5 billion"), and "nearer" says the near term;
* a sentence that is a place and a date alone ("Caption: Vientiane, 11 July 2024.") dates the
  undated sentence after it on its line, for a title that fits that day.

Trade was 1.6 billion USD in 2023, 2.2 billion in 2024 and 2.98 billion in 2025; the near-term
target is 5 billion USD, the longer-term one 10 billion. To Lam was State President from 22 May
to 21 October 2024.
"""

from __future__ import annotations

import pytest

from vnla import check_text


def _findings(text: str, kind: str, published: str = "2026-08-28", lang: str = "en") -> list[tuple[str, str]]:
    report = check_text(text, published=published, lang=lang)
    return [(f.text, f.verdict.value) for f in report.findings if f.kind == kind]


def test_sums_with_their_periods_after_them_keep_them() -> None:
    text = (
        "Two-way trade between Vietnam and Laos rose from USD 1.65 billion in 2022 (+24.1% on the year "
        "before) and USD 1.6 billion in 2023 to USD 2.2 billion in 2024 and USD 2.98 billion in 2025."
    )
    assert ("USD 2.2 billion", "ok") in _findings(text, "amount")
    # a slip is still one
    slipped = text.replace("USD 2.2 billion in 2024", "USD 2.6 billion in 2024")
    assert ("USD 2.6 billion", "contradiction") in _findings(slipped, "amount")


def test_periods_first_still_go_to_the_sum_after_them() -> None:
    text = "ມູນຄ່າການຄ້າ ປີ 2023 ບັນລຸ 1,6 ຕື້ໂດລາ, ປີ 2024 ບັນລຸ 2,2 ຕື້ໂດລາ ແລະ ປີ 2025 ບັນລຸ 2,98 ຕື້ໂດລາ."
    assert _findings(text, "amount", lang="lo") == [
        ("1,6 ຕື້ໂດລາ", "ok"),
        ("2,2 ຕື້ໂດລາ", "ok"),
        ("2,98 ຕື້ໂດລາ", "ok"),
    ]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The USD 10 billion trade target is a longer-term goal; the nearer one is USD 5 billion.", "ok"),
        ("The USD 10 billion trade target is a longer-term goal; the nearer one is USD 4 billion.", "contradiction"),
        # with no horizon of its own, a target after the semicolon is not the longer term's
        ("The USD 10 billion trade target is a longer-term goal; the trade target for now is USD 5 billion.", "ok"),
    ],
)  # fmt: skip
def test_horizon_words_before_a_semicolon_are_not_the_next_figures(text: str, verdict: str) -> None:
    assert _findings(text, "amount")[-1][1] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Caption: Vientiane, 11 July 2024. State visit of President To Lam.", "unknown"),
        ("Ảnh: Viêng Chăn, 11/7/2024. Chủ tịch nước Tô Lâm thăm cấp Nhà nước Lào.", "unknown"),
        # not a place and a date alone, or a sentence with its own date: judged as before
        ("Vientiane is big. State visit of President To Lam.", "contradiction"),
        ("Vientiane, 11 July 2024. President To Lam visited Laos on 5 February 2026.", "contradiction"),
    ],
)
def test_a_place_and_a_date_alone_date_the_sentence_after_them(text: str, verdict: str) -> None:
    lang = "vi" if "Ảnh" in text else "en"
    [(_said, found)] = _findings(text, "title", lang=lang)
    assert found == verdict


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # an anniversary in a bracket right after the founding's name counts from it
        ("- 3/2/1930: thành lập Đảng Cộng sản Việt Nam (đầu năm nay kỷ niệm 97 năm).", "vi", "contradiction"),
        ("- 3/2/1930: thành lập Đảng Cộng sản Việt Nam (đầu năm nay kỷ niệm 96 năm).", "vi", "ok"),
        # a bracketed day after an anniversary names the founding of that day and month
        ("This year the Party marked its 70th anniversary (22 March 2026).", "en", "contradiction"),
        ("This year the Party marked its 71st anniversary (22 March 2026).", "en", "ok"),
        # a day no founding has, or no bracket: what it counts from is not said
        ("This year the school marked its 70th anniversary (14 May 2026).", "en", "unknown"),
        ("This year the Party marked its 70th anniversary.", "en", "unknown"),
    ],
)  # fmt: skip
def test_an_anniversary_bracketed_after_a_founding_or_before_its_day(
    text: str, lang: str, verdict: str
) -> None:
    [(_said, found)] = _findings(text, "ordinal", published="2026-05-18", lang=lang)
    assert found == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Caption: Vientiane, 2 December 2025. Ceremony for the 51st anniversary of the Lao National Day.", "contradiction"),
        ("Caption: Vientiane, 2 December 2025. Ceremony for the 50th anniversary of the Lao National Day.", "ok"),
        # the caption is of another line: the publication's year
        ("Caption: Vientiane, 2 December 2025.\nCeremony for the 51st anniversary of the Lao National Day.", "ok"),
    ],
)  # fmt: skip
def test_a_captions_place_and_date_date_an_anniversary_after_them(text: str, verdict: str) -> None:
    [(_said, found)] = _findings(text, "ordinal")
    assert found == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a head word alone as a name, then a verb of its clause: the document named before
        ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào là nền tảng. Các em nhớ rằng Hiệp ước được ký ngày 27/7/1977.", "contradiction"),
        ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào là nền tảng. Các em nhớ rằng Hiệp ước được ký ngày 18/7/1977.", "ok"),
        # words that may start another name after it: not read so
        ("Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào là nền tảng. Các em nhớ rằng Hiệp ước hoạch định biên giới ký ngày 27/7/1977.", "unknown"),
    ],
)  # fmt: skip
def test_a_documents_head_word_then_a_verb_stands_for_it(text: str, verdict: str) -> None:
    assert [v for _t, v in _findings(text, "date", published="2026-07-01", lang="vi")] == [verdict]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Năm 1979, Việt Nam ký Hiệp ước hoạch định biên giới ngày 27/7/1979.", "vi"),
        ("In 1979, Vietnam signed the Treaty of Peace with Cambodia.", "en"),
    ],
)
def test_a_country_that_signs_something_named_after_is_not_founded(text: str, lang: str) -> None:
    assert "contradiction" not in {v for _t, v in _findings(text, "date", published="2026-07-01", lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "verdicts"),
    [
        # a title that opens its clause, said of the name after "is", "là ông"
        ("The President of Laos is Bounnhang Vorachith.", "en", ["contradiction"]),
        ("The President of Laos is Thongloun Sisoulith.", "en", ["unknown"]),  # no source after February 2026
        (
            "Thủ tướng Lào là ông Sonexay Siphandone; Phó Chủ tịch Quốc hội Lào là ông Xaysomphone Phomvihane.",
            "vi",
            ["unknown", "contradiction"],
        ),
        # the title does not open its clause, or another part of the sentence states a date
        ("He said the President of Laos is Bounnhang Vorachith.", "en", []),
        ("Chủ tịch nước Lào là ông Thongloun Sisoulith; ông được bầu lần đầu vào tháng 3/2021.", "vi", []),
    ],
)
def test_a_title_said_of_the_name_after_is(text: str, lang: str, verdicts: list[str]) -> None:
    assert [v for _t, v in _findings(text, "title", published="2026-11-05", lang=lang)] == verdicts


def test_a_lists_name_then_a_dash_and_titles_to_the_lines_end() -> None:
    text = (
        "- Vilay Lakhamphong - Minister of National Defence\n"
        "- Le Hoai Trung - Acting Minister of Foreign Affairs of Vietnam\n"
        "- Khamlieng Outhakaysone - Minister of National Defence\n"
    )
    assert [v for _t, v in _findings(text, "title", published="2026-01-26")] == [
        "contradiction",  # Vilay Lakhamphong is Minister of Public Security
        "contradiction",  # Le Hoai Trung has been Foreign Minister since 25 October 2025
        "ok",
    ]
    # in running text a line's end within an apposition is no end of it
    wrapped = "Xaysomphone Phomvihane, President of the Lao\nNational Assembly, spoke."
    assert "contradiction" not in [v for _t, v in _findings(wrapped, "title", published="2026-01-26")]


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        # a date in brackets after a founding's name that ends with the two countries
        ("ຄົບຮອບ 49 ປີ ແຫ່ງ ການລົງນາມ ສົນທິສັນຍາ ມິດຕະພາບ ແລະ ການຮ່ວມມື\nລາວ - ຫວຽດນາມ (18 ກໍລະກົດ 1978).", "lo", "contradiction"),
        ("ຄົບຮອບ 49 ປີ ແຫ່ງ ການລົງນາມ ສົນທິສັນຍາ ມິດຕະພາບ ແລະ ການຮ່ວມມື ລາວ - ຫວຽດນາມ (18 ກໍລະກົດ 1977).", "lo", "ok"),
        ("the 49th anniversary of the Treaty of Amity and Cooperation Laos - Vietnam (18 July 1978).", "en", "contradiction"),
        # the two countries alone are no founding
        ("the talks of Laos - Vietnam (18 July 1978).", "en", "unknown"),
    ],
)  # fmt: skip
def test_a_bracketed_date_after_a_name_ending_with_the_two_countries(
    text: str, lang: str, verdict: str
) -> None:
    assert [v for _t, v in _findings(text, "date", published="2026-07-10", lang=lang)] == [verdict]


@pytest.mark.parametrize(
    ("text", "lang", "verdicts"),
    [
        # a bracket right after a date, with founding words and the name of what was founded
        ("໓ກຸມພາ໑໙໓໑ (ວັນສ້າງຕັ້ງພັກກອມມູນິດຫວຽດນາມ) ແລະ໒໒ມີນາ໑໙໕໕ (ວັນສ້າງຕັ້ງພັກປະຊາຊົນປະຕິວັດລາວ).", "lo", ["contradiction", "ok"]),
        ("3 February 1931 (founding of the Communist Party of Vietnam).", "en", ["contradiction"]),
        ("Ngày 3/2/1930 (thành lập Đảng Cộng sản Việt Nam).", "vi", ["ok"]),
        # a date nearer the publication: the holiday, not the founding
        ("Holidays: 3 February 2026 (founding of the Communist Party of Vietnam).", "en", ["unknown"]),
    ],
)  # fmt: skip
def test_a_bracket_after_a_date_that_says_what_it_founded(text: str, lang: str, verdicts: list[str]) -> None:
    assert [v for _t, v in _findings(text, "date", published="2026-06-15", lang=lang)] == verdicts


def test_a_title_once_held_after_was_is_not_read_so() -> None:
    # "was": of a time the sentence may not state, not the text's day
    text = "When I studied in Vientiane, the President of Laos was Bounnhang Vorachith."
    assert "contradiction" not in [v for _t, v in _findings(text, "title", published="2026-11-05")]


def test_two_spaces_for_one_make_no_columns() -> None:
    # a wrapped sentence whose next line holds a gap of two doubled spaces (".  -" typed with
    # two spaces for one): no row laid out in columns, so the sentence still runs across the line
    text = "ສົນທິສັນຍາ ມິດຕະພາບ ແລະ ການຮ່ວມມື ທີ່ ລົງນາມ\nວັນທີ 18 ກໍລະກົດ 1977, ເພາະ ປີໜ້າ ຈະ ຄົບຮອບ 50 ປີ.  - ອາຈານ ບົວພັນ"
    as_written = _findings(text, "date", published="2026-09-25", lang="lo")
    doubled = _findings(text.replace(" ", "  "), "date", published="2026-09-25", lang="lo")
    assert [v for _t, v in as_written] == [v for _t, v in doubled] == ["ok"]
