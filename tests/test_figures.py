# SPDX-License-Identifier: MIT
"""Measured figures: the arithmetic of stated figures, the Figure model, its data and its rules."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, localcontext
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import vnla
from vnla.model import (
    Change,
    ChangeKind,
    Evidence,
    Figure,
    FigureStatus,
    Metric,
    Qualifier,
    Source,
    SourceKind,
    When,
)
from vnla.model.arithmetic import (
    Interval,
    base_for,
    change_percent,
    divide,
    interval,
    percent_factor,
    percent_text,
    precision_of,
    read_number,
    scale_between,
    signed_sum,
    sum_of,
)
from vnla.rules import Severity, check
from vnla.rules.figures import period_text
from vnla.strategies import datasets, figures

BN = Decimal(10) ** 9
M = Decimal(10) ** 6

amounts = st.decimals(min_value=0, max_value=10**6, places=3, allow_nan=False, allow_infinity=False)
positive = st.decimals(
    min_value=Decimal("0.01"), max_value=10**6, places=2, allow_nan=False, allow_infinity=False
)
precisions = st.sampled_from([Decimal(1).scaleb(-k) for k in range(4)])
qualifiers = st.none() | st.sampled_from(Qualifier)


# --------------------------------------------------------------------------- arithmetic
@given(amounts, precisions, qualifiers)
def test_a_value_agrees_with_itself_at_its_precision(
    value: Decimal, precision: Decimal, q: Qualifier | None
) -> None:
    assert interval(value, precision, q).contains(value)
    assert interval(value, precision, q).overlaps(interval(value, precision, q))


@given(amounts, precisions)
def test_rounding_tolerance_is_symmetric(value: Decimal, precision: Decimal) -> None:
    span = interval(value, precision)
    if span.low > 0:
        assert span.high is not None and value - span.low == span.high - value == precision / 2


statements = st.tuples(amounts, precisions, qualifiers)


@given(statements, statements)
def test_agreement_is_symmetric(
    a: tuple[Decimal, Decimal, Qualifier | None], b: tuple[Decimal, Decimal, Qualifier | None]
) -> None:
    x, y = interval(*a), interval(*b)
    assert x.overlaps(y) == y.overlaps(x)


@given(amounts, precisions)
def test_a_rounded_value_allows_the_exact_one(value: Decimal, precision: Decimal) -> None:
    assert interval(value.quantize(precision), precision).contains(value)


@example(Decimal(100), Decimal("99.96"))  # a fall that rounds to "-0.0"
@given(positive, positive)
def test_a_change_applied_to_its_base_gives_the_later_value(a: Decimal, b: Decimal) -> None:
    percent = change_percent(a, b)
    with localcontext() as ctx:
        ctx.prec = 28
        assert abs(a * percent_factor(percent) - b) <= b * Decimal("1e-20")
        assert abs(base_for(b, percent_factor(percent)) - a) <= a * Decimal("1e-20")
    # stated to one decimal, the change still fits the two values it relates
    stated = percent.quantize(Decimal("0.1"))
    # the direction is the change's own: -0.04% is stated "-0.0", a fall of less than 0.05%
    kind = ChangeKind.INCREASE if percent >= 0 else ChangeKind.DECREASE
    change = Change(kind=kind, value=abs(stated), base=When.in_year(2024))
    assert change.factors.contains(b / a)


@given(amounts, amounts, precisions)
def test_the_ratio_of_two_figures_is_within_the_ratio_of_their_ranges(
    a: Decimal, b: Decimal, p: Decimal
) -> None:
    ratio = divide(interval(a, p), interval(b, p))
    if ratio is not None and b > 0:
        assert ratio.contains(a / b)


@given(st.lists(st.tuples(amounts, st.sampled_from((1, -1))), min_size=1, max_size=4))
def test_a_signed_sum_of_exact_values_allows_their_sum(terms: list[tuple[Decimal, int]]) -> None:
    total = sum((v * s for v, s in terms), Decimal(0))
    ranges = signed_sum((interval(v, Decimal("0.001")), s) for v, s in terms)
    assert ranges is not None and ranges.contains(total)
    positives = [interval(v, Decimal(1)) for v, s in terms if s == 1]
    if positives:
        assert sum_of(*positives) == signed_sum((r, 1) for r in positives)


@given(st.integers(0, 10**6), st.integers(0, 3), st.sampled_from((".", ",")))
def test_a_written_number_gives_its_precision(digits: int, places: int, mark: str) -> None:
    text = f"{digits}"
    if places:
        text = f"{digits // 10**places}{mark}{digits % 10**places:0{places}d}"
    assert precision_of(text) == Decimal(1).scaleb(-places)
    assert read_number(text) == Decimal(digits).scaleb(-places)


@given(st.integers(1, 10**6), st.integers(0, 12))
def test_the_scale_of_a_written_number(number: int, k: int) -> None:
    assert scale_between(Decimal(number).scaleb(k), Decimal(number)) == k


def test_the_issue_examples() -> None:
    assert interval(Decimal("2.2"), Decimal("0.1")).contains(Decimal("2.246"))
    assert not interval(Decimal("2.3"), Decimal("0.1")).overlaps(interval(Decimal("2.56"), Decimal("0.01")))
    assert interval(Decimal(3), Decimal(1), Qualifier.ALMOST).contains(Decimal("2.98"))
    assert not interval(Decimal(3), Decimal(1)).contains(Decimal("2.45"))
    assert percent_text(change_percent(Decimal("2.2"), Decimal("2.98"))) == "+35.5%"
    assert base_for(Decimal("2.98"), Decimal("1.327")).quantize(Decimal("0.001")) == Decimal("2.246")
    assert str(interval(Decimal(2), Decimal(1), Qualifier.OVER)) == "at least 2"


@pytest.mark.parametrize("bad", ["", "2.2.2", "1,234.5", "-3", "two", "2 bn"])
def test_a_number_that_is_not_written_plainly_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="expected a number written with digits"):
        read_number(bad)


def test_bad_intervals_and_precisions() -> None:
    with pytest.raises(ValueError, match="high end is below its low end"):
        Interval(low=Decimal(2), high=Decimal(1))
    with pytest.raises(ValueError, match="precision must be a positive amount"):
        interval(Decimal(2), Decimal(0))
    with pytest.raises(ValueError, match="not negative"):
        interval(Decimal(-2), Decimal(1))
    with pytest.raises(ValueError, match="a sign is 1 or -1"):
        signed_sum([(interval(Decimal(1), Decimal(1)), 2)])
    assert signed_sum([(interval(Decimal(1), Decimal(1), Qualifier.OVER), -1)]) is None
    assert divide(interval(Decimal(1), Decimal(1)), interval(Decimal(0), Decimal(1))) is None
    with pytest.raises(ZeroDivisionError):
        change_percent(Decimal(0), Decimal(1))
    with pytest.raises(ZeroDivisionError):
        base_for(Decimal(1), Decimal(0))


# --------------------------------------------------------------------------- the model
def figure(id: str = "f", written: str = "2.2", value: Decimal | None = None, **kw: Any) -> Figure:
    defaults: dict[str, Any] = {
        "metric": Metric.TRADE_TURNOVER,
        "period": When.in_year(2024),
        "unit": "USD",
        "evidence": (Evidence(source="s", quote=written),),
    }
    defaults.update(kw)
    number = read_number(written.split("–", maxsplit=1)[0])
    return Figure(id=id, written=written, value=number * BN if value is None else value, **defaults)


def test_a_figure_keeps_how_it_was_written() -> None:
    f = figure(written="2,5", qualifier=Qualifier.ALMOST)
    assert (f.value, f.precision, f.scale) == (Decimal("2.5") * BN, Decimal("0.1"), BN)
    assert str(f.interval.scaled(1 / BN)) == "2.375–2.5"
    assert f.amount_text() == "almost 2,5 bn USD"
    ranged = figure(written="1.1–1.2", upper=Decimal("1.2") * BN, status=FigureStatus.ESTIMATE)
    assert (ranged.point, str(ranged.interval.scaled(1 / BN))) == (Decimal("1.15") * BN, "1.05–1.25")
    projects = figure(
        metric=Metric.INVESTMENT_VN_IN_LA_PROJECTS, written="267", value=Decimal(267), unit="projects"
    )
    assert (projects.precision, projects.scale, projects.amount_text()) == (1, 1, "267 projects")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"value": Decimal("2.3") * BN}, "value 2300000000 is not the written '2.2'"),
        ({"upper": Decimal("2.5") * BN}, "a range needs both"),
        ({"written": "2.2–2.1", "upper": Decimal("2.1") * BN}, "upper end must exceed"),
        ({"written": "2.2–2.5", "upper": Decimal("2.6") * BN}, "upper 2600000000 is not the written '2.5'"),
        ({"unit": "projects"}, "unit must be a currency code"),
        ({"conflicts": ("f",)}, "lists itself"),
        ({"period": When.bounded(after=date(2025, 1, 1))}, "must have both bounds"),
        ({"value": Decimal(-1)}, "non-negative"),
        (
            {"evidence": (Evidence(source="a", quote="2.2"), Evidence(source="b", quote="2.2"))},
            "one source",
        ),
        (
            {"changes": (Change(kind=ChangeKind.INCREASE, value=Decimal(5), base=When.in_year(2024)),)},
            "must start before",
        ),
    ],
)
def test_a_bad_figure_is_refused_with_a_clear_message(changes: dict[str, Any], message: str) -> None:
    base = {"written": "2.2", "value": Decimal("2.2") * BN}
    base.update(changes)
    with pytest.raises(ValueError, match=message):
        figure(**base)


def test_changes() -> None:
    up = Change(kind=ChangeKind.INCREASE, value=Decimal("50.4"), written="50,4", base=When.in_year(2024))
    assert (up.factor, up.precision, str(up)) == (Decimal("1.504"), Decimal("0.1"), "+50,4% on 2024")
    down = Change(kind=ChangeKind.DECREASE, value=Decimal(5), base=When.in_year(2024))
    assert (down.factor, str(down.factors)) == (Decimal("0.95"), "0.945–0.955")
    twice = Change(
        kind=ChangeKind.RATIO, value=Decimal("1.5"), base=When.in_year(2024), qualifier=Qualifier.ABOUT
    )
    assert (twice.text(), str(twice.factors)) == ("about ×1.5", "1.425–1.575")
    more = Change(
        kind=ChangeKind.DECREASE, value=Decimal(5), base=When.in_year(2024), qualifier=Qualifier.OVER
    )
    assert str(more.factors) == "0–0.95"
    with pytest.raises(ValueError, match="at most 100%"):
        Change(kind=ChangeKind.DECREASE, value=Decimal(101), base=When.in_year(2024))
    with pytest.raises(ValueError, match="is not the value"):
        Change(kind=ChangeKind.INCREASE, value=Decimal(5), written="6", base=When.in_year(2024))


@given(figures())
def test_figures_round_trip_through_json(f: Figure) -> None:
    assert vnla.from_json(vnla.to_json(f), Figure) == f


def test_the_json_schema_covers_figures() -> None:
    schema = vnla.json_schema()
    assert schema["properties"]["figures"]["items"] == {"$ref": "#/$defs/Figure"}
    fields = schema["$defs"]["Figure"]
    assert fields["required"] == ["id", "metric", "period", "value", "unit", "written"]
    assert "bilateral-trade-turnover" in fields["properties"]["metric"]["enum"]
    assert schema["$defs"]["Change"]["properties"]["kind"]["enum"] == ["increase", "decrease", "ratio"]
    bundled = json.loads(vnla.to_json(vnla.dataset()))
    assert len(bundled["figures"]) == len(vnla.dataset().figures)


def test_a_conflict_must_name_a_figure() -> None:
    source = Source(id="s", title="S", kind=SourceKind.WEB_PAGE)
    with pytest.raises(vnla.DataError, match="no figure with id 'nope'"):
        vnla.Dataset(sources=(source,), figures=(figure(conflicts=("nope",)),))


def test_a_bad_figure_in_a_file_is_named_with_its_path(tmp_path: Any) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[figures]]\nid = "x"\nmetric = "bilateral-trade-turnover"\nperiod = 2024\n'
        'value = "2300000000"\nunit = "USD"\nwritten = "2.2"\n',
        encoding="utf-8",
    )
    with pytest.raises(vnla.DataError, match=r"not the written '2.2'.*\$\.figures\[0\]"):
        vnla.load(bad, bundled=False)


def test_an_unknown_metric_lists_the_known_ones(tmp_path: Any) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[figures]]\nid = "x"\nmetric = "trade"\nperiod = 2024\nvalue = "2200000000"\nunit = "USD"\n'
        'written = "2.2"\n',
        encoding="utf-8",
    )
    with pytest.raises(
        vnla.DataError, match=r"'trade' is not a valid Metric; expected one of 'bilateral-trade"
    ):
        vnla.load(bad, bundled=False)


# --------------------------------------------------------------------------- the bundled data
def test_every_figure_of_reference_section_4_is_bundled() -> None:
    ds = vnla.dataset()
    stated = {(f.metric, str(f.period), f.written, f.source) for f in ds.figures}
    year = When.in_year
    jan_oct = "2025-01-01/2025-10-31"
    for metric, period, written, source in [
        (Metric.TRADE_TURNOVER, "2019", "1.1–1.2", "web:vietnamplus-166381"),
        (Metric.TRADE_TURNOVER, "2022", "1.65", "web:cafeland-133625"),
        (Metric.TRADE_TURNOVER, "2023", "1.6", "web:vietnamplus-280075"),
        (Metric.TRADE_TURNOVER, "2024", "2.2", "web:laotiantimes-2025-01-07"),
        (Metric.TRADE_TURNOVER, "2024", "2.2", "web:cafef-188250110220734606"),
        (Metric.TRADE_TURNOVER, "2024", "2.25", "reference-notes"),
        (Metric.TRADE_SURPLUS_LA, "2024", "732.7", "web:laotiantimes-2025-01-07"),
        (Metric.TRADE_TURNOVER, "2025-01-01/2025-03-31", "979", "web:doanhnghiephoinhap-101680"),
        (Metric.EXPORTS_VN_TO_LA, "2025-01-01/2025-03-31", "346", "web:doanhnghiephoinhap-101680"),
        (Metric.EXPORTS_LA_TO_VN, "2025-01-01/2025-03-31", "633", "web:doanhnghiephoinhap-101680"),
        (Metric.TRADE_TURNOVER, "2025-01-01/2025-07-31", "2.0", "web:vietlaotrade-decade-record"),
        (Metric.TRADE_TURNOVER, "2025-01-01/2025-07-31", "2.0", "web:soha-198250816162010813"),
        (Metric.TRADE_TURNOVER, "2025-01-01/2025-09-30", "2.36", "web:cafeland-146313"),
        (Metric.TRADE_TURNOVER, jan_oct, "2,5", "reference-notes"),
        (Metric.TRADE_TURNOVER, jan_oct, "2.56", "reference-notes"),
        (Metric.TRADE_TURNOVER, jan_oct, "2.3", "reference-notes"),
        (Metric.TRADE_TURNOVER, "2025", "2.98", "reference-notes"),
        (Metric.TRADE_TURNOVER, "2025", "3", "reference-notes"),
        (Metric.INVESTMENT_VN_IN_LA_PROJECTS, "2025-04", "267", "reference-notes"),
        (Metric.INVESTMENT_VN_IN_LA_CAPITAL, "2025-04", "5.63", "reference-notes"),
    ]:
        assert (metric, period, written, source) in stated
    assert ds["trade-2025-2.98bn"].changes == (
        Change(kind=ChangeKind.INCREASE, value=Decimal("32.7"), base=year(2024)),
    )
    assert ds["trade-2025-2.98bn"].announced == When.on(date(2026, 1, 15))
    assert ds["trade-2019-vietnamplus"].status is FigureStatus.ESTIMATE


def test_reference_targets_are_bundled_with_their_horizons() -> None:
    ds = vnla.dataset()
    assert str(ds["target-trade-4bn-usd-2020"].horizon) == "by-date 2020"
    assert ds["target-trade-5bn-usd-asap-2025-01"].horizon.kind.value == "soon"
    assert "two to three years" in ds["target-trade-5bn-usd-two-to-three-years"].description
    assert str(ds["target-trade-growth-10-15pct-2025"].horizon) == "period 2025"
    assert ds["target-trade-growth-10-15pct-2019"].metric == "bilateral-trade-growth"


@pytest.fixture(scope="module")
def findings() -> dict[tuple[str, ...], Any]:
    report = check(vnla.dataset(), rules="figures")
    assert report.ok and not report.warnings
    return {(f.rule, *f.records): f for f in report.findings}


def test_the_recorded_disagreements_are_information_with_both_sources(
    findings: dict[tuple[str, ...], Any],
) -> None:
    assert all(f.severity is Severity.INFO for f in findings.values())
    assert set(findings) == {
        ("figures.sources-agree", "trade-2024-2.25bn", "trade-2024-cafef"),
        ("figures.sources-agree", "trade-2024-2.25bn", "trade-2024-laotiantimes"),
        ("figures.sources-agree", "trade-2025-2.98bn", "trade-2025-almost-3bn"),
        ("figures.sources-agree", "trade-2025-jan-oct-2.3bn", "trade-2025-jan-oct-2.56bn"),
        ("figures.sources-agree", "trade-2025-jan-oct-2.3bn", "trade-2025-jan-oct-almost-2.5bn"),
        ("figures.sources-agree", "trade-2025-jan-oct-2.56bn", "trade-2025-jan-oct-almost-2.5bn"),
        ("figures.change-stated", "trade-2024-cafef", "trade-2023-vietnamplus"),
        ("figures.change-stated", "trade-2024-laotiantimes", "trade-2023-vietnamplus"),
        (
            "figures.change-stated",
            "trade-2025-2.98bn",
            "trade-2024-2.25bn",
            "trade-2024-cafef",
            "trade-2024-laotiantimes",
        ),
        ("figures.period-contains", "trade-2025-jan-sep-cafeland", "trade-2025-jan-oct-2.3bn"),
    }
    for f in findings.values():
        assert len(f.evidence) == len(f.records)  # one quote per figure involved
    two_sources = findings[("figures.sources-agree", "trade-2024-2.25bn", "trade-2024-laotiantimes")]
    assert two_sources.sources == ("reference-notes", "web:laotiantimes-2025-01-07")


def test_findings_show_their_arithmetic(findings: dict[tuple[str, ...], Any]) -> None:
    change = findings[
        (
            "figures.change-stated",
            "trade-2025-2.98bn",
            "trade-2024-2.25bn",
            "trade-2024-cafef",
            "trade-2024-laotiantimes",
        )
    ].message
    assert "2.98 / 2.2 = +35.5%" in change and "2.98 / 2.25 = +32.4%" in change
    assert "the source says +32.7%, which fits a 2024 base of 2.246 (2.98 / 1.327)" in change
    assert "within the rounding of 2.25 (2.245–2.255, 'trade-2024-2.25bn')" in change
    ten_months = findings[
        ("figures.sources-agree", "trade-2025-jan-oct-2.3bn", "trade-2025-jan-oct-2.56bn")
    ].message
    assert "2.3 allows 2.25–2.35, 2.56 allows 2.555–2.565, and no value fits both" in ten_months
    assert "known disagreement" in ten_months
    almost = findings[("figures.sources-agree", "trade-2025-2.98bn", "trade-2025-almost-3bn")].message
    assert "agree within the precision stated" in almost and "almost 3 allows 2.85–3" in almost
    nine_months = findings[
        ("figures.period-contains", "trade-2025-jan-sep-cafeland", "trade-2025-jan-oct-2.3bn")
    ]
    assert "January–September 2025" in nine_months.message and "2.36 > 2.3" in nine_months.message


# --------------------------------------------------------------------------- planted violations
def world(*figs: Figure) -> vnla.Dataset:
    sources = {e.source for f in figs for e in f.evidence}
    return vnla.Dataset(
        sources=tuple(Source(id=s, title=s, kind=SourceKind.WEB_PAGE) for s in sorted(sources)),
        figures=figs,
    )


def only(ds: vnla.Dataset, rule: str) -> list[Any]:
    """The findings of ``rule``; no other rule about figures finds anything, unless ``rule`` is a family."""
    report = check(ds, rules=rule if rule.count(".") else "figures")
    assert {f.rule for f in report.findings} <= {rule}, report.to_text()
    return list(report.findings)


def quiet(ds: vnla.Dataset) -> bool:
    return check(ds, rules="figures").findings == ()


def src(name: str, quote: str = "q") -> tuple[Evidence, ...]:
    return (Evidence(source=name, quote=quote),)


def test_sources_agree_within_precision_and_qualifier() -> None:
    a = figure("a", "2.2", evidence=src("s1"))
    b = figure("b", "2.246", evidence=src("s2"))
    (found,) = only(world(a, b), "figures.sources-agree")
    assert found.severity is Severity.INFO and "2.2 allows 2.15–2.25" in found.message
    assert (
        only(world(a, attrs.evolve(b, id="c", written="2.2", value=a.value)), "figures.sources-agree") == []
    )
    almost = figure("c", "3", qualifier=Qualifier.ALMOST, evidence=src("s2"))
    (fits,) = only(world(figure("d", "2.98", evidence=src("s1")), almost), "figures.sources-agree")
    assert (
        fits.severity is Severity.INFO and "almost 3 allows 2.85–3, 2.98 allows 2.975–2.985" in fits.message
    )
    # "almost 3" is not 3.1, and 2.3 is not 2.56
    (wrong,) = only(world(figure("d", "3.1", evidence=src("s1")), almost), "figures.sources-agree")
    assert wrong.severity is Severity.ERROR and "no value fits both" in wrong.message
    low, high = figure("e", "2.3", evidence=src("s1")), figure("f", "2.56", evidence=src("s2"))
    (error,) = only(world(low, high), "figures.sources-agree")
    assert error.severity is Severity.ERROR and error.sources == ("s1", "s2")
    (known,) = only(world(attrs.evolve(low, conflicts=("f",)), high), "figures.sources-agree")
    assert known.severity is Severity.INFO and "known disagreement" in known.message


def test_figures_of_other_periods_statuses_or_metrics_are_not_compared() -> None:
    a = figure("a", "2.3", evidence=src("s1"))
    for other in (
        figure("b", "2.56", period=When.in_year(2025), evidence=src("s2")),
        figure("b", "2.56", status=FigureStatus.FORECAST, evidence=src("s2")),
        figure("b", "2.56", metric=Metric.EXPORTS_LA_TO_VN, evidence=src("s2")),
    ):
        assert quiet(world(a, other))


def test_the_plus_32_7_percent_finds_the_base_that_fits() -> None:
    later = figure(
        "y2025",
        "2.98",
        period=When.in_year(2025),
        changes=(Change(kind=ChangeKind.INCREASE, value=Decimal("32.7"), base=When.in_year(2024)),),
        evidence=src("s1"),
    )
    exact = figure("y2024-exact", "2.20", evidence=src("s2"))
    other = figure("y2024-other", "2.25", evidence=src("s3"))
    (found,) = only(world(later, exact), "figures.change-stated")
    assert found.severity is Severity.ERROR
    assert "2.98 / 2.20 = +35.5%; the source says +32.7%, which fits a 2024 base of 2.246" in found.message
    assert "no recorded 2024 figure fits it" in found.message
    (found,) = only(world(later, exact, other), "figures.change-stated")
    assert found.severity is Severity.INFO
    assert "within the rounding of 2.25 (2.245–2.255, 'y2024-other')" in found.message
    assert "'y2024-exact'" not in found.message.split("within")[1]
    right = figure("y2024-right", "2.246", evidence=src("s2"))
    assert quiet(world(later, right))


def test_a_ratio_is_checked_as_a_multiple() -> None:
    later = figure(
        "y2025",
        "3.0",
        period=When.in_year(2025),
        changes=(Change(kind=ChangeKind.RATIO, value=Decimal("1.5"), base=When.in_year(2024)),),
        evidence=src("s1"),
    )
    (found,) = only(world(later, figure("y2024", "2.2", evidence=src("s2"))), "figures.change-stated")
    assert found.severity is Severity.ERROR and "3.0 / 2.2 = ×1.36" in found.message
    assert quiet(world(later, figure("y2024", "2.0", evidence=src("s2"))))


def test_parts_add_up_to_their_whole() -> None:
    quarter = When.between(date(2025, 1, 1), date(2025, 3, 31))
    parts = (
        figure("vn", "346", value=346 * M, metric=Metric.EXPORTS_VN_TO_LA, period=quarter),
        figure("la", "633", value=633 * M, metric=Metric.EXPORTS_LA_TO_VN, period=quarter),
    )
    whole = figure("all", "979", value=979 * M, period=quarter)
    assert quiet(world(whole, *parts))
    (found,) = only(world(attrs.evolve(whole, written="999", value=999 * M), *parts), "figures.parts-sum")
    assert found.severity is Severity.ERROR and "346 + 633 = 979" in found.message
    near = figure("all", "980", value=980 * M, period=quarter)
    (found,) = only(world(near, *parts), "figures.parts-sum")
    assert found.severity is Severity.INFO and "within rounding" in found.message
    surplus = figure("sur", "287", value=287 * M, metric=Metric.TRADE_SURPLUS_LA, period=quarter)
    assert quiet(world(surplus, *parts))
    (found,) = only(world(attrs.evolve(surplus, metric=Metric.TRADE_SURPLUS_VN), *parts), "figures.parts-sum")
    assert "346 - 633 = -287" in found.message


def test_a_part_of_a_period_is_not_more_than_the_period() -> None:
    year = figure("year", "2.98", period=When.in_year(2025), evidence=src("s1"))
    ten = When.between(date(2025, 1, 1), date(2025, 10, 31))
    assert quiet(world(year, figure("ten", "2.56", period=ten, evidence=src("s2"))))
    (found,) = only(
        world(year, figure("ten", "3.1", period=ten, evidence=src("s2"))), "figures.period-contains"
    )
    assert found.severity is Severity.ERROR and "3.1 > 2.98" in found.message
    (found,) = only(
        world(year, figure("ten", "2.981", period=ten, evidence=src("s2"))), "figures.period-contains"
    )
    assert found.severity is Severity.INFO and "only within rounding" in found.message
    stock = figure("stock", "3.1", period=ten, cumulative=True, evidence=src("s2"))
    assert quiet(world(year, stock))


@given(datasets(figures=True))
def test_generated_trade_series_are_consistent(ds: vnla.Dataset) -> None:
    assert len(ds.figures) == 5
    assert check(ds).findings == ()


def test_period_text() -> None:
    assert period_text(When.in_year(2024)) == "2024"
    assert period_text(When.between(date(2025, 1, 1), date(2025, 3, 31))) == "January–March 2025"
    # other periods as every command writes a date (vnla.lang.dates.format_when)
    assert period_text(When.between(date(2025, 1, 2), date(2025, 3, 31))) == "Jan 2\u2009–\u2009Mar 31, 2025"
    assert period_text(When.on(date(2025, 1, 2))) == "January 2, 2025"
