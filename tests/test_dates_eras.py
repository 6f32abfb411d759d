# SPDX-License-Identifier: MIT
"""
Years of the Buddhist era (``dates.era_years``: "ພ.ສ. 2520", "B.E. 2520"), 543 years ahead of the
Christian era: read as the year they are, judged as any year; and in brackets after a date, as
that date's year said again (``dates.era``).  Each case passes clean text and catches a slip.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.checker import check_text
from vnla.lang.parsing import parse_dates

PUBLISHED = date(2026, 3, 1)


def _dates(text: str) -> list[tuple[str, str, str]]:
    report = check_text(text, published=PUBLISHED)
    return [(f.text, f.verdict.value, f.rule or "") for f in report.findings if f.kind == "date"]


@pytest.mark.parametrize(
    ("text", "written", "year"),
    [
        ("ລົງນາມໃນປີ ພ.ສ. 2520.", "ພ.ສ. 2520", "1977"),
        ("ລົງນາມໃນປີ ພ.ສ ໒໕໒໐.", "ພ.ສ ໒໕໒໐", "1977"),  # Lao digits, no last dot
        ("ກອງປະຊຸມໃຫຍ່ໃນພ.ສ. 2498ເປັນຕົ້ນມາ", "ພ.ສ. 2498", "1955"),  # unspaced
        ("signed in B.E. 2520", "B.E. 2520", "1977"),
    ],
)
def test_a_buddhist_era_year_is_read_as_the_year_it_is(text: str, written: str, year: str) -> None:
    assert [(m.text, str(m.when)) for m in parse_dates(text)] == [(written, year)]


def test_era_words_inside_a_latin_word_are_no_era() -> None:
    assert parse_dates("QB.E. 2520") == ()


@given(st.integers(min_value=1900, max_value=2100))
def test_an_era_year_is_543_ahead(year: int) -> None:
    (mention,) = parse_dates(f"in B.E. {year + 543}")
    assert mention.when is not None
    assert mention.when.year == year


@pytest.mark.parametrize(
    ("template", "right", "wrong"),
    [
        ("ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມືລາວ-ຫວຽດນາມລົງນາມໃນປີ ພ.ສ. {y}.", "2520", "2521"),
        ("The Treaty of Amity and Cooperation was signed in B.E. {y}.", "2520", "2521"),
    ],
)
def test_an_era_year_is_judged_as_any_year(template: str, right: str, wrong: str) -> None:
    """The Treaty of Amity and Cooperation was signed on 18 July 1977: B.E. 2520."""
    assert [v for t, v, _r in _dates(template.format(y=right)) if right in t] == ["ok"]
    assert [v for t, v, _r in _dates(template.format(y=wrong)) if wrong in t] == ["contradiction"]


@pytest.mark.parametrize(
    "template",
    [
        "ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມືລາວ-ຫວຽດນາມລົງນາມໃນວັນທີ 18 ກໍລະກົດ 1977(ພ.ສ. {y}).",
        "The Treaty of Amity and Cooperation was signed on 18 July 1977 (B.E. {y}).",
    ],
)
def test_an_era_year_in_brackets_says_the_dates_year_again(template: str) -> None:
    right = _dates(template.format(y="2520"))
    assert [(v, r) for t, v, r in right if "2520" in t] == [("ok", "dates.era")]
    wrong = check_text(template.format(y="2521"), published=PUBLISHED)
    (slip,) = [f for f in wrong.findings if f.kind == "date" and "2521" in f.text]
    assert (slip.verdict.value, slip.rule) == ("contradiction", "dates.era")
    assert slip.canonical is not None
    assert slip.canonical.endswith("2520")
    # the date before it is judged on its own, against the record
    assert [v for t, v, _r in _dates(template.format(y="2521")) if "1977" in t] == ["ok"]


@pytest.mark.parametrize(
    "template",
    [
        "ສົນທິສັນຍາມິດຕະພາບ-ການຮ່ວມມືລາວ-ຫວຽດນາມໄດ້ລົງນາມໃນວັນທີ 18 ກໍລະກົດ (ພ.ສ. {y}).",
        "The Treaty of Amity and Cooperation was signed on 18 July (B.E. {y}).",
    ],
)
def test_a_year_in_brackets_dates_the_day_without_one_before_it(template: str) -> None:
    """Before, the day took the year nearest the publication day, 2026, and was a slip either way."""
    assert [v for t, v, _r in _dates(template.format(y="2520")) if "18" in t] == ["ok"]
    assert [v for t, v, _r in _dates(template.format(y="2521")) if "18" in t] == ["contradiction"]
