# SPDX-License-Identifier: MIT
"""The model classes: validators, date arithmetic, immutability."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.model import (
    Clause,
    Document,
    DocumentKind,
    Evidence,
    Horizon,
    HorizonKind,
    Label,
    Name,
    NameKind,
    Participant,
    ParticipantRole,
    Precision,
    Side,
    Target,
    When,
)

days = st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31))


def test_evidence_rejects_blank_and_non_nfc_quotes() -> None:
    with pytest.raises(ValueError, match="quote must not be empty"):
        Evidence(source="s", quote="  ")
    with pytest.raises(ValueError, match="NFC"):
        Evidence(source="s", quote="To\u0302 La\u0302m")


def test_ids_are_slugs() -> None:
    with pytest.raises(ValueError, match="must be an id"):
        Evidence(source="has space", quote="x")


@given(days, days)
def test_between_orders_and_contains_both_ends(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    when = When.between(start, end)
    assert when.contains(start) and when.contains(end)
    assert not when.contains(start - timedelta(days=1))
    assert not when.contains(end + timedelta(days=1))
    assert (when.start, when.end) == (start, end)
    assert when.precision is (Precision.DAY if start == end else Precision.RANGE)


@given(days, days)
def test_end_before_start_is_refused(a: date, b: date) -> None:
    if a == b:
        return
    lo, hi = min(a, b), max(a, b)
    with pytest.raises(ValueError, match="end before start"):
        When(precision=Precision.RANGE, earliest=hi, latest=lo)


@given(st.integers(1800, 2200), st.integers(1, 12))
def test_month_bounds_are_its_first_and_last_day(year: int, month: int) -> None:
    when = When.in_month(year, month)
    assert when.earliest == date(year, month, 1)
    assert when.latest is not None
    assert (when.latest + timedelta(days=1)).day == 1
    assert when.start is None and when.end is None
    assert when.year == year


@given(
    st.sampled_from([Precision.DAY, Precision.RANGE, Precision.MONTH, Precision.YEAR]),
    days,
    days,
    st.integers(1800, 2200),
)
def test_moved_to_keeps_the_days_of_the_year_and_comes_back(
    precision: Precision, a: date, b: date, year: int
) -> None:
    when = {
        Precision.DAY: lambda: When.on(a),
        Precision.RANGE: lambda: When.between(min(a, b), max(a, b)),
        Precision.MONTH: lambda: When.in_month(a.year, a.month),
        Precision.YEAR: lambda: When.in_year(a.year),
    }[precision]()
    moved = when.moved_to(year)
    assert when.earliest is not None and when.latest is not None
    if moved is None:  # only a 29 February has no day in some years
        assert (when.earliest.month, when.earliest.day) == (2, 29) or (
            when.latest.month,
            when.latest.day,
        ) == (2, 29)
        return
    assert moved.precision is when.precision
    assert moved.earliest is not None and moved.latest is not None
    assert moved.earliest.year == year
    assert (moved.earliest.month, moved.earliest.day) == (when.earliest.month, when.earliest.day)
    if precision is not Precision.MONTH:  # (a month's last day follows its year: February)
        assert (moved.latest.month, moved.latest.day) == (when.latest.month, when.latest.day)
        assert moved.latest.year - moved.earliest.year == when.latest.year - when.earliest.year
    assert moved.moved_to(when.earliest.year) == when


def test_moved_to_has_no_open_bounds() -> None:
    assert When.bounded(after=date(2026, 2, 2)).moved_to(2027) is None


@given(days)
def test_after_excludes_the_day_and_not_before_includes_it(day: date) -> None:
    assert When.bounded(after=day).earliest == day + timedelta(days=1)
    assert When.bounded(not_before=day).earliest == day
    assert When.bounded(before=day).latest == day - timedelta(days=1)
    assert not When.bounded(after=day).contains(day)


@given(days, days, days)
def test_within_implies_overlap_and_containment(a: date, b: date, c: date) -> None:
    outer = When.between(min(a, b), max(a, b))
    inner = When.on(c)
    if inner.within(outer):
        assert outer.contains(c)
        assert inner.overlaps(outer)
    else:
        assert not outer.contains(c)


def test_bounds_need_a_bound() -> None:
    with pytest.raises(ValueError, match="bounds need"):
        When(precision=Precision.BOUNDS)


def test_qualifier_only_on_years() -> None:
    assert str(When.in_year(2026, qualifier="early")) == "early 2026"
    with pytest.raises(ValueError, match="qualifier"):
        When(precision=Precision.DAY, earliest=date(2026, 1, 1), latest=date(2026, 1, 1), qualifier="early")


def test_label_requires_an_english_preferred_name_and_one_per_language() -> None:
    with pytest.raises(ValueError, match="preferred English"):
        Label(names=(Name(text="Tô Lâm", lang="vi"),))
    with pytest.raises(ValueError, match="two preferred names"):
        Label(names=(Name(text="A", lang="en"), Name(text="B", lang="en")))
    ok = Label(names=(Name(text="To Lam", lang="en"), Name(text="Lâm", lang="vi", kind=NameKind.SHORT)))
    assert ok.preferred("vi") == "To Lam"  # falls back to English: a short form is not preferred


def test_bad_language_tag() -> None:
    with pytest.raises(ValueError, match="BCP 47"):
        Name(text="x", lang="Vietnamese")


def test_participant_needs_someone() -> None:
    with pytest.raises(ValueError, match="needs a person"):
        Participant(role=ParticipantRole.HOST, side=Side.HOST)


def test_target_values_are_exact_and_need_units() -> None:
    horizon = Horizon(kind=HorizonKind.NEAR_TERM)
    with pytest.raises(ValueError, match="needs a unit"):
        Target(id="t", metric="m", description="d", horizon=horizon, value=Decimal(5))
    with pytest.raises(ValueError, match="finite"):
        Target(id="t", metric="m", description="d", horizon=horizon, value=Decimal("NaN"), unit="USD")
    with pytest.raises(ValueError, match="needs 'when'"):
        Horizon(kind=HorizonKind.BY_DATE)


def test_clauses_must_be_numbered_in_order() -> None:
    names = (Name(text="Doc", lang="en"),)
    with pytest.raises(ValueError, match="numbered 1, 2, 3"):
        Document(
            id="d",
            kind=DocumentKind.JOINT_STATEMENT,
            names=names,
            clauses=(Clause(number=2, text="b"), Clause(number=1, text="a")),
        )
    doc = Document(
        id="d", kind=DocumentKind.JOINT_STATEMENT, names=names, clauses=(Clause(number=1, text="a"),)
    )
    assert doc.clause(1).text == "a"
    with pytest.raises(KeyError, match="no clause 2"):
        doc.clause(2)


def test_models_are_frozen() -> None:
    evidence = Evidence(source="s", quote="q")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        evidence.quote = "changed"  # type: ignore[misc]
