# SPDX-License-Identifier: MIT
"""
The consistency rules in the reader's language, and their words as data (issue 11 point 3,
issue 14 point 3).

* ``documents.plan-period`` reads a plan's length of years from its names in any language
  with a word file (``dates.years_long``: "five-year", "5 năm", "5 ປີ", spaced or not), and a
  bad pattern in a word file is a :class:`~vnla.model.errors.DataError` naming file and path;
* the figure and event rules write their dates in the language :func:`vnla.rules.check` is
  given, as the other rules do (CLDR's months through babel), English unchanged.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

import vnla
from vnla.lang.dates import format_day, format_when
from vnla.lang.words import load_words
from vnla.model import When
from vnla.model.errors import DataError
from vnla.model.records import Name
from vnla.rules import check
from vnla.rules.events import _named_years
from vnla.rules.figures import period_text


@pytest.fixture(scope="module")
def ds() -> vnla.Dataset:
    return vnla.dataset()


def _replace(ds: vnla.Dataset, record: Any, key: str) -> vnla.Dataset:
    records = getattr(ds, key)
    assert any(r.id == record.id for r in records)
    return attrs.evolve(ds, **{key: tuple(record if r.id == record.id else r for r in records)})


def _plan(ds: vnla.Dataset, *names: tuple[str, str], period: When | None = None) -> Any:
    """Laos' plan under other names; an English one that gives no length where none is given in English."""
    plan = ds.get("lao-10th-five-year-plan")
    if not any(lang == "en" for _text, lang in names):
        names = (("socio-economic development plan", "en"), *names)
    return attrs.evolve(
        plan,
        names=tuple(Name(text=text, lang=lang) for text, lang in names),
        untranslated=tuple(sorted({"vi", "lo"} - {lang for _text, lang in names})),
        period=period or plan.period,
    )


# --------------------------------------------------------------------------- words as data
@pytest.mark.parametrize(
    ("name", "lang", "years"),
    [
        ("10th five-year socio-economic development plan", "en", 5),
        ("5-year socio-economic development plan for 2026-2030", "en", 5),
        ("Ten Year Plan", "en", 10),
        ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026-2030", "vi", 5),
        ("kế hoạch năm năm", "vi", 5),
        ("ແຜນພັດທະນາເສດຖະກິດ-ສັງຄົມ 5 ປີ ຄັ້ງທີ X", "lo", 5),
        ("ແຜນພັດທະນາເສດຖະກິດ-ສັງຄົມ໕ປີ", "lo", 5),  # unspaced, Lao digits
        ("25-year strategy", "en", 25),
        # no length of years: a year, a plan of one year, a number of another word
        ("socio-economic development plan for 2026", "en", None),
        ("Kế hoạch năm 2026", "vi", None),
        ("ແຜນການປີ 2026", "lo", None),
    ],
)
def test_a_plan_s_length_of_years_is_read_from_its_name(
    ds: vnla.Dataset, name: str, lang: str, years: int | None
) -> None:
    assert _named_years(_plan(ds, (name, lang))) == years


@pytest.mark.parametrize(
    ("names", "lang"),
    [
        ((("Kế hoạch phát triển kinh tế - xã hội 5 năm", "vi"),), "vi"),
        ((("ແຜນພັດທະນາເສດຖະກິດ-ສັງຄົມ 5 ປີ", "lo"),), "lo"),
        ((("10th five-year socio-economic development plan", "en"),), "en"),
    ],
)
def test_a_five_year_plan_of_six_years_is_caught_by_its_name_in_any_language(
    ds: vnla.Dataset, names: tuple[tuple[str, str], ...], lang: str
) -> None:
    six = When.between(date(2025, 1, 1), date(2030, 12, 31))
    planted = _replace(ds, _plan(ds, *names, period=six), "documents")
    [finding] = check(planted, rules="documents.plan-period", lang=lang).findings
    assert finding.severity.value == "error"
    assert "a 5-year plan by its name" in finding.message and "covers 6 calendar years" in finding.message
    assert format_when(six, lang) in finding.message
    # and the same plan with its five years is clean
    clean = _replace(ds, _plan(ds, *names), "documents")
    assert not check(clean, rules="documents.plan-period", lang=lang).findings


@pytest.mark.parametrize(
    ("toml", "path"),
    [
        ('[dates]\nyears_long = ["year"]\n', "$.dates.years_long[0]"),
        ('[dates]\nyears_long = ["{n}-year", "{n} {m} year"]\n', "$.dates.years_long[1]"),
        ('[dates]\nyears_long = ["{n}"]\n', "$.dates.years_long[0]"),
        ('[dates]\nyears_long = "{n}-year"\n', "$.dates.years_long"),
        ('[dates]\nfuture_words = ["soon", "soon"]\n', "$.dates.future_words[1]"),
    ],
)
def test_a_bad_word_pattern_is_a_data_error_naming_file_and_path(
    tmp_path: Path, toml: str, path: str
) -> None:
    file = tmp_path / "xx.toml"
    file.write_text(f'lang = "xx"\n{toml}', encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_words(file)
    [problem] = caught.value.problems
    assert (problem.file, problem.path) == ("xx.toml", path)


# --------------------------------------------------------------------------- dates in the reader's language
def test_period_text_writes_cldr_months_in_each_language() -> None:
    months = When.between(date(2025, 1, 1), date(2025, 10, 31))
    assert period_text(months) == "January–October 2025"  # English as before
    assert period_text(months, lang="vi") == "tháng 1\u2009–\u2009tháng 10 năm 2025"
    assert period_text(months, lang="lo") == "ມັງກອນ\u2009–\u2009ຕຸລາ 2025"
    assert period_text(When.in_month(2025, 4), lang="vi", cumulative=True) == "as of tháng 4 năm 2025"
    assert period_text(When.on(date(2025, 1, 2)), lang="lo") == format_day(date(2025, 1, 2), "lo")


@pytest.mark.parametrize("lang", ["vi", "lo"])
def test_the_figure_rules_write_their_periods_in_the_language_asked(ds: vnla.Dataset, lang: str) -> None:
    english = check(ds, rules="figures.period-contains").findings
    written = check(ds, rules="figures.period-contains", lang=lang).findings
    assert len(english) == len(written) >= 1
    for en, there in zip(english, written, strict=True):
        assert "January–September 2025" in en.message
        assert "January" not in there.message and "September" not in there.message
        assert period_text(When.between(date(2025, 1, 1), date(2025, 9, 30)), lang=lang) in there.message


@pytest.mark.parametrize("lang", ["vi", "lo"])
def test_the_event_rules_write_their_dates_in_the_language_asked(ds: vnla.Dataset, lang: str) -> None:
    death = attrs.evolve(ds.get("death-ho-chi-minh"), when=When.on(date(1969, 9, 3)))
    planted = _replace(ds, death, "foundings")
    [en] = check(planted, rules="foundings.person-dates").findings
    [there] = check(planted, rules="foundings.person-dates", lang=lang).findings
    assert "September 3, 1969" in en.message and "September" not in there.message
    assert format_day(date(1969, 9, 3), lang) in there.message
    assert format_day(date(1969, 9, 2), lang) in there.message
    # a first visit preceded by another in the term: its days, and the term's start
    earlier = attrs.evolve(
        ds.get("visit-2024-09-vietnam"), when=When.between(date(2026, 1, 12), date(2026, 1, 13))
    )
    moved = _replace(ds, earlier, "events")
    [there] = check(moved, rules="events.first-visit", lang=lang).findings
    assert format_when(earlier.when, lang) in there.message
    assert "January" not in there.message and "Jan " not in there.message
