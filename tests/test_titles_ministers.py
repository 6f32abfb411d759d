# SPDX-License-Identifier: MIT
"""
A minister's full title ("Bộ trưởng Bộ Ngoại giao", "Defense Minister", "ລັດຖະມົນຕີວ່າການກະຊວງ
ການຕ່າງປະເທດ"; the word files' ``titles.roles``) is read as the role its short form names, so
the minister the record has passes and another person caught.  Each case passes the true title
and catches the swapped one.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

# On 5 February 2026: Le Hoai Trung is Vietnam's Minister of Foreign Affairs (no longer acting
# since 25 October 2025), Phan Van Giang its Minister of National Defence, Thongsavanh Phomvihane
# the Lao Minister of Foreign Affairs.
PUBLISHED = date(2026, 2, 6)


def _titles(text: str, lang: str) -> list[tuple[str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.record or "") for f in report.findings if f.kind == "title"]


@pytest.mark.parametrize(
    ("right", "wrong", "lang"),
    [
        (
            "Ngày 5/2/2026, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tháp tùng Tổng Bí thư.",
            "Ngày 5/2/2026, Bộ trưởng Bộ Ngoại giao Phan Văn Giang tháp tùng Tổng Bí thư.",
            "vi",
        ),
        (
            "Ngày 5/2/2026, Bộ trưởng Bộ Quốc phòng Phan Văn Giang tháp tùng Tổng Bí thư.",
            "Ngày 5/2/2026, Bộ trưởng Bộ Công an Phan Văn Giang tháp tùng Tổng Bí thư.",
            "vi",
        ),
        (
            "Ngày 5/2/2026, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tháp tùng Tổng Bí thư.",
            "Ngày 5/2/2026, Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tháp tùng Tổng Bí thư.",
            "vi",
        ),
        (
            "On 5 February 2026, Defense Minister Phan Van Giang accompanied To Lam.",
            "On 5 February 2026, Defense Minister Le Hoai Trung accompanied To Lam.",
            "en",
        ),
        (
            "ວັນທີ 5 ກຸມພາ 2026, ທ່ານ ທອງສະຫວັນ ພົມວິຫານ ລັດຖະມົນຕີວ່າການກະຊວງການຕ່າງປະເທດ ລາວ ໄດ້ຕ້ອນຮັບ.",
            "ວັນທີ 5 ກຸມພາ 2026, ທ່ານ ທອງສະຫວັນ ພົມວິຫານ ລັດຖະມົນຕີວ່າການກະຊວງປ້ອງກັນປະເທດ ລາວ ໄດ້ຕ້ອນຮັບ.",
            "lo",
        ),
    ],
)
def test_a_ministers_full_title_is_judged(right: str, wrong: str, lang: str) -> None:
    assert [v for v, _r in _titles(right, lang)] == ["ok"]
    assert [v for v, _r in _titles(wrong, lang)] == ["contradiction"]


def test_a_deputy_of_a_full_title_is_not_the_minister() -> None:
    """ "Phó Bộ trưởng Bộ Công an": a deputy's office, which several hold at once: no slip."""
    text = "Ngày 5/2/2026, Phó Bộ trưởng Bộ Công an Phan Văn Giang tháp tùng Tổng Bí thư."
    assert [v for v, _r in _titles(text, "vi")] == ["unknown"]


def test_a_list_of_names_and_full_titles_after_dashes() -> None:
    """A delegation's list, "Name – Title": each full title is judged for its name."""
    text = (
        "Đoàn gồm:\n"
        "• Lê Hoài Trung – Quyền Bộ trưởng Bộ Ngoại giao.\n"
        "• Phan Văn Giang – Bộ trưởng Bộ Công an.\n"
        "• Phạm Minh Chính – Thủ tướng Chính phủ.\n"
    )
    verdicts = [v for v, _r in _titles(text, "vi")]
    assert verdicts[:2] == ["contradiction", "contradiction"]
    assert "contradiction" not in verdicts[2:]


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "On 26 January 2026 the delegation included Xaysomphone Phomvihane, Chairman of the National Assembly.",
            "On 26 January 2026 the delegation included Sounthone Xayachack, Chairman of the National Assembly.",
        ),
        (
            "On 26 January 2026 the delegation included President of the National Assembly Xaysomphone Phomvihane.",
            "On 26 January 2026 the delegation included President of the National Assembly Sounthone Xayachack.",
        ),
    ],
)
def test_the_chairman_of_the_national_assembly_with_no_country(right: str, wrong: str) -> None:
    """ "Chairman of the National Assembly" names the role; the person's country names the body."""
    assert [v for v, _r in _titles(right, "en")] == ["ok"]
    assert [v for v, _r in _titles(wrong, "en")] == ["contradiction"]


# To Lam was State President from 22 May to 21 October 2024 only.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day without its year: its nearest year (2025) is a guess, and the title fits 2024
        (
            "Chapter 11. The year of the visits, 2024\n    President To Lam in Vientiane on 11–12 July.",
            "unknown",
        ),
        # the year written: the title is a slip
        ("President To Lam visited Vientiane on 11 July 2025.", "contradiction"),
        # a day without its year that no year before fits either (Phankham Viphavanh was Lao
        # Prime Minister from March 2021 to December 2022)
        ("Lao Prime Minister Phankham Viphavanh visited Hanoi on 11 July.", "contradiction"),
    ],
)
def test_a_title_on_a_day_without_its_year(text: str, expected: str) -> None:
    report = check_text(text, published=date(2025, 10, 1), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [expected]


# Bounnhang Vorachith was General Secretary and President of Laos from 2016 to 2021.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year in a name, which no date of the sentence gives
        (
            "Nhiều người còn nhớ Năm Đoàn kết hữu nghị 2017, khi Tổng Bí thư, Chủ tịch nước Lào "
            "Bounnhang Vorachith thăm Việt Nam.",
            "unknown",
        ),
        # a year the title does not fit either
        (
            "Xin kính mời đọc thư chúc mừng của Tổng Bí thư, Chủ tịch nước Lào Bounnhang Vorachith gửi "
            "tới chương trình kỷ niệm 2025!",
            "contradiction",
        ),
    ],
)
def test_a_year_in_a_name_may_date_the_title(text: str, expected: str) -> None:
    report = check_text(text, published=date(2025, 11, 28), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [expected]


def test_a_dates_own_year_is_judged_with_its_date() -> None:
    """ "Jul 11–12, 2024 – General Secretary To Lam ...": To Lam became General Secretary in August."""
    report = check_text("Jul 11–12, 2024 – General Secretary To Lam pays a state visit to Laos.", lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == ["contradiction"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question of a time it does not give: To Lam was State President in 2024
        ("Chủ tịch nước Tô Lâm thăm cấp Nhà nước Lào khi nào?", "unknown"),
        # the same title stated of today
        ("Chủ tịch nước Tô Lâm hôm nay thăm Lào.", "contradiction"),
        # a title the person never held, asked of
        ("Thủ tướng Lào Vilay Lakhamphong thăm Việt Nam khi nào?", "contradiction"),
    ],
)
def test_a_question_that_gives_no_date(text: str, expected: str) -> None:
    report = check_text(text, published=date(2026, 2, 10), lang="vi")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Phó Thủ tướng Chính phủ", the formal title of a Deputy Prime Minister: the Prime
        # Minister is no deputy of his own government
        ("Phó Thủ tướng Chính phủ Phạm Minh Chính dự lễ ký kết.", "contradiction"),
        # a deputy the record does not list may be one it lacks
        ("Phó Thủ tướng Chính phủ Đỗ Văn Chiến dự lễ ký kết.", "unknown"),
    ],
)
def test_a_deputy_prime_ministers_formal_title(text: str, expected: str) -> None:
    assert [v for v, _r in _titles(text, "vi")] == [expected]
