# SPDX-License-Identifier: MIT
"""
An election's day at a gathering (``dates.tenure`` through :mod:`vnla.checker.gatherings`): a
date after "re-elected ... at the 12th Congress" or before "at the 14th National Congress" is
the day the term began, and a day of the congress that is not it is caught, in English,
Vietnamese and Lao (spaced and unspaced); the right day passes; a sentence whose election is
dated at its congress keeps that date for its other titles, as does one whose sentence tells the
election.
"""

from __future__ import annotations

from datetime import date

import pytest

from vnla.checker import check_text

PUBLISHED = date(2026, 4, 15)

# Thongloun Sisoulith's new term as General Secretary began on 8 January 2026, the last day of the
# LPRP's 12th Congress (6-8 January); To Lam's on 23 January 2026, the last of the CPV's 14th
# Congress (19-23 January). Each text has the right day ({d} = right) or another day of the congress.
CASES = [
    (
        "en",
        "Thongloun Sisoulith was re-elected General Secretary of the Lao People's Revolutionary Party "
        "at its 12th National Congress on {d} January 2026 and visited Hanoi.",
        "8",
        "6",
    ),
    (
        "en",
        "To Lam made his first trip abroad after being re-elected on {d} January at the 14th National "
        "Congress of the Communist Party of Vietnam.",
        "23",
        "21",
    ),
    (
        "en",
        "General Secretary To Lam was re-elected at the 14th National Congress on {d} January 2026.",
        "23",
        "20",
    ),
    (
        "vi",
        "Ông Thongloun Sisoulith được bầu lại làm Tổng Bí thư tại Đại hội XII của Đảng Nhân dân Cách "
        "mạng Lào ngày {d}/1/2026.",
        "8",
        "6",
    ),
    (
        "vi",
        "Tổng Bí thư Tô Lâm được bầu lại tại Đại hội đại biểu toàn quốc lần thứ XIV của Đảng ngày {d}/1/2026.",
        "23",
        "21",
    ),
    (
        "lo",
        "ທ່ານ ທອງລຸນ ສີສຸລິດ ໄດ້ຮັບເລືອກຕັ້ງຄືນ ເປັນ ເລຂາທິການໃຫຍ່ ໃນ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XII ຂອງ "
        "ພັກປະຊາຊົນປະຕິວັດລາວ ວັນທີ {d} ມັງກອນ 2026.",
        "8",
        "6",
    ),
    (
        "lo",
        "ທ່ານທອງລຸນສີສຸລິດໄດ້ຮັບເລືອກຕັ້ງຄືນເປັນເລຂາທິການໃຫຍ່ໃນກອງປະຊຸມໃຫຍ່ຄັ້ງທີXIIຂອງພັກປະຊາຊົນປະຕິວັດລາວວັນທີ {d} ມັງກອນ 2026.",
        "8",
        "7",
    ),
]


def _date_verdicts(text: str, lang: str) -> list[tuple[str, str, str]]:
    report = check_text(text, published=PUBLISHED, lang=lang)
    return [(f.verdict.value, f.rule, f.text) for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(("lang", "template", "right", "wrong"), CASES)
def test_another_day_of_the_congress_is_caught(lang: str, template: str, right: str, wrong: str) -> None:
    found = _date_verdicts(template.format(d=wrong), lang)
    assert [(v, r) for v, r, _t in found] == [("contradiction", "dates.tenure")], found


@pytest.mark.parametrize(("lang", "template", "right", "wrong"), CASES)
def test_the_day_the_term_began_passes(lang: str, template: str, right: str, wrong: str) -> None:
    found = _date_verdicts(template.format(d=right), lang)
    assert [v for v, _r, _t in found] == ["ok"], found


def test_without_a_title_the_office_is_the_one_begun_at_the_congress() -> None:
    # two people named before the words: whose election it is is not said, and the date is the
    # congress's own, within its days
    text = (
        "To Lam and Thongloun Sisoulith met after being re-elected on 21 January at the 14th "
        "National Congress of the Communist Party of Vietnam."
    )
    assert [v for v, _r, _t in _date_verdicts(text, "en")] == ["ok"]


def test_an_election_at_a_congress_dates_its_sentence() -> None:
    # Thongloun was Prime Minister in January 2021 (2016-2021): the title is that month's, not
    # the publication's
    text = (
        "Thongloun Sisoulith, Prime Minister from April 2016, was elected General Secretary at the "
        "11th Congress of the LPRP in January 2021 and State President in March 2021."
    )
    report = check_text(text, published=date(2026, 1, 20), lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == ["ok"]
    assert all(f.verdict.value == "ok" for f in report.findings)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thongloun Sisoulith, Prime Minister, was elected General Secretary in January 2021."),
        ("vi", "Ông Thongloun Sisoulith, Thủ tướng Lào, được bầu làm Tổng Bí thư vào tháng 1/2021."),
        ("vi", "Thủ tướng Thongloun Sisoulith được bầu làm Tổng Bí thư vào tháng 1/2021."),
    ],
)
def test_an_election_its_sentence_tells_dates_the_sentence(lang: str, text: str) -> None:
    # the election is the sentence's news: its other titles are that month's, and Thongloun was
    # Prime Minister then (2016-2021), not on the day of publication
    report = check_text(text, published=date(2026, 1, 20), lang=lang)
    assert [(f.kind, f.verdict.value) for f in report.findings if f.kind in ("title", "date")] == [
        ("title", "ok"),
        ("date", "ok"),
    ]
