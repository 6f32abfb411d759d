# SPDX-License-Identifier: MIT
"""Forgiving, strict arguments: dates as ISO strings, enums by value or member, one family of unknowns."""

from __future__ import annotations

import pickle
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnla
from vnla.model.coerce import as_day, as_enum, as_language, as_period
from vnla.model.records import EventKind, Label, Name


@pytest.fixture(scope="module")
def ds() -> vnla.Dataset:
    return vnla.dataset()


# --------------------------------------------------------------------------- dates
@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)))
def test_a_day_as_a_string_is_the_day(day: date) -> None:
    assert as_period(day.isoformat()) == (day, day) == as_period(day)
    first, last = as_period(day.isoformat()[:7])
    assert first.day == 1 and first <= day <= last and last.month == day.month
    first, last = as_period(day.isoformat()[:4])
    assert (first, last) == (date(day.year, 1, 1), date(day.year, 12, 31))


@pytest.mark.parametrize("bad", ["2026-13", "2026-02-30", "26-01-01", "yesterday", "2026/01/26", ""])
def test_a_bad_date_names_the_argument(bad: str) -> None:
    with pytest.raises(ValueError, match=r"^start: "):
        as_period(bad, argument="start")


def test_a_datetime_or_a_number_is_refused() -> None:
    with pytest.raises(TypeError, match=r"\.date\(\)"):
        as_period(datetime(2026, 1, 26, 12, 0))
    with pytest.raises(TypeError, match="int"):
        as_period(2026)


def test_find_events_takes_strings_and_months(ds: vnla.Dataset) -> None:
    by_date = ds.find_events(start=date(2026, 1, 26))
    assert ds.find_events(start="2026-01-26") == by_date
    january = ds.find_events(start="2026-01", end="2026-01")
    assert (
        january
        and all(e.latest is None or e.latest >= date(2026, 1, 1) for e in january)
        and all(e.earliest is None or e.earliest <= date(2026, 1, 31) for e in january)
    )
    assert ds.find_events(start="2026") == ds.find_events(start=date(2026, 1, 1))
    assert ds.find_events(end="2025") == ds.find_events(end=date(2025, 12, 31))
    with pytest.raises(ValueError, match="end: no such day"):
        ds.find_events(end="2026-02-30")
    # a period that ends before it starts holds no event: refused, not answered with nothing
    with pytest.raises(ValueError, match="start 2026-03-01 is after end 2026-01-31"):
        ds.find_events(start="2026-03", end="2026-01")
    assert ds.find_events(start="2026-01-26", end="2026-01-26")  # one day is a period


def test_framework_takes_strings(ds: vnla.Dataset) -> None:
    assert ds.framework("2025-11-30") == ds.framework(date(2025, 11, 30))
    assert ds.framework("2019") == ds.framework(date(2019, 12, 31))
    assert ds.framework_stage("2019-10") == ds.framework_stage(date(2019, 10, 31))


def test_offices_of_takes_a_period(ds: vnla.Dataset) -> None:
    on_a_day = ds.offices_of("to-lam", on="2024-08-01")
    in_the_year = ds.offices_of("to-lam", on="2024")
    assert set(on_a_day) <= set(in_the_year)
    assert ds.offices_of("To Lam", on=date(2024, 8, 1)) == on_a_day


def test_check_text_takes_a_string_day() -> None:
    text = "Thủ tướng Trần Thanh Mẫn"
    assert vnla.check_text(text, published="2026-02-05") == vnla.check_text(text, published=date(2026, 2, 5))
    with pytest.raises(ValueError, match="published: expected a day"):
        vnla.check_text(text, published="2026-02")


def test_published_must_be_a_day() -> None:
    assert as_day("2026-01-27") == date(2026, 1, 27)
    with pytest.raises(ValueError, match="period"):
        as_day("2026")


# --------------------------------------------------------------------------- enums
def test_an_enum_by_value_member_or_name(ds: vnla.Dataset) -> None:
    assert ds.find_events(kind="state-visit") == ds.find_events(kind=EventKind.STATE_VISIT)
    assert as_enum(EventKind, "STATE_VISIT") is EventKind.STATE_VISIT
    assert as_enum(EventKind, "state visit") is EventKind.STATE_VISIT


def test_a_wrong_enum_lists_the_valid_values_and_the_nearest(ds: vnla.Dataset) -> None:
    with pytest.raises(ValueError, match="kind: unknown event kind 'talk'; did you mean 'talks'") as info:
        ds.find_events(kind="talk")
    for kind in EventKind:
        assert repr(kind.value) in str(info.value)
    with pytest.raises(ValueError, match="Valid:"):
        as_enum(EventKind, 3)


# --------------------------------------------------------------------------- unknowns
def test_unknown_ids_raise_one_family_with_suggestions(ds: vnla.Dataset) -> None:
    with pytest.raises(vnla.UnknownId) as info:
        ds["to-lamm"]
    assert isinstance(info.value, KeyError | LookupError | vnla.Unknown | vnla.VnlaError)
    assert info.value.suggestions[0] == "to-lam"
    assert str(info.value) == "unknown id 'to-lamm'; did you mean 'to-lam'?"
    with pytest.raises(vnla.UnknownId, match="no person with id 'hanoi'"):
        ds.person("hanoi")
    with pytest.raises(vnla.UnknownId, match="no metric with id 'trade'") as info:
        ds.find_targets(metric="trade")
    assert "bilateral-trade-turnover" in info.value.suggestions
    # a name given where an id goes: the id of what it names comes first, in any language
    for name, lookup, expected in (
        ("To Lam", ds.__getitem__, "to-lam"),
        ("Tô Lâm", ds.person, "to-lam"),
        ("Viêng Chăn", ds.place, "vientiane"),
        ("ວຽງຈັນ", ds.place, "vientiane"),
    ):
        with pytest.raises(vnla.UnknownId) as info:
            lookup(name)
        assert info.value.suggestions == (expected,)


def test_get_keeps_returning_the_default(ds: vnla.Dataset) -> None:
    assert ds.get("to-lamm") is None
    assert ds.get("to-lamm", default="none") == "none"


def test_unknown_names_are_in_the_family(ds: vnla.Dataset) -> None:
    with pytest.raises(vnla.Unknown) as info:
        ds.find_events(participant="Nobody Atall")
    assert isinstance(info.value, vnla.UnknownName)
    with pytest.raises(vnla.Unknown):
        ds.offices_of("Nobody Atall")


@pytest.mark.parametrize(
    ("tag", "lang"),
    [("en", "en"), ("vi", "vi"), ("lo", "lo"), ("vi-VN", "vi"), ("lo_LA", "lo"), ("lao", "lo"), ("vie", "vi"),
     ("eng", "en"), ("fr", "fr"), ("fra", "fr")],
)  # fmt: skip
def test_languages(tag: str, lang: str) -> None:
    assert as_language(tag) == lang


def test_preferred_in_lao_is_lao_not_english(ds: vnla.Dataset) -> None:
    name = ds.person("to-lam").name
    assert name.preferred("lao") == name.preferred("lo") == "ໂຕເລິມ"
    assert name.preferred("fr") == "To Lam"  # a language without a name: the English one, as documented


@pytest.mark.parametrize("tag", ["xx", "zz-ZZ", "", "english!", "123"])
def test_an_unknown_language_raises_with_suggestions(tag: str) -> None:
    label = Label(names=(Name(text="To Lam", lang="en"),))
    with pytest.raises(vnla.UnknownLanguage) as info:
        label.preferred(tag)
    assert isinstance(info.value, ValueError)
    assert info.value.suggestions


def test_a_language_name_suggests_its_code() -> None:
    with pytest.raises(vnla.UnknownLanguage, match="did you mean 'vi'"):
        as_language("Vietnamese")


def test_the_errors_pickle() -> None:
    for error in (
        vnla.UnknownId("x", ("y",), "person"),
        vnla.UnknownLanguage("xx", ("en",)),
        vnla.UnknownName("x", ("y",)),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert (type(again), str(again), again.suggestions) == (type(error), str(error), error.suggestions)
