# SPDX-License-Identifier: MIT
"""The questions a new user asks, answered from the bundled data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import vnla
from vnla.model import EventKind, HorizonKind, Precision


@pytest.fixture(scope="module")
def ds() -> vnla.Dataset:
    return vnla.dataset()


def test_the_three_visits_and_their_dates(ds: vnla.Dataset) -> None:
    december = ds["visit-2025-12-laos"]
    assert (december.start, december.end, december.place) == (
        date(2025, 12, 1),
        date(2025, 12, 2),
        "vientiane",
    )
    january = ds["visit-2026-01-vietnam"]
    assert (january.start, january.end, january.place) == (date(2026, 1, 26), date(2026, 1, 27), "hanoi")
    february = ds["visit-2026-02-laos"]
    assert february.start == date(2026, 2, 5)
    assert {e.source for e in february.date_evidence} == {"web:vns-1764911"}
    for constraint in february.date_constraints:
        assert february.when.within(constraint.when), constraint
    assert any(c.when.earliest == date(2026, 2, 3) for c in february.date_constraints)


def test_who_met_whom(ds: vnla.Dataset) -> None:
    talks = ds["talks-2026-01-26-hanoi"]
    assert {"to-lam", "thongloun-sisoulith"} <= set(talks.people())
    assert talks.parent == "visit-2026-01-vietnam"
    attended = ds["talks-2026-02-05-vientiane"].people()
    assert {"pham-minh-chinh", "tran-thanh-man"} <= set(attended)


def test_party_meeting_has_both_names(ds: vnla.Dataset) -> None:
    meeting = ds["party-meeting-2025-12-02"]
    assert meeting.kind is EventKind.PARTY_MEETING and meeting.start == date(2025, 12, 2)
    assert meeting.mechanism == "party-high-level-meeting"
    titles = {n.text.lower() for n in meeting.names}
    assert any("annual" in t for t in titles) and any("high-level" in t for t in titles)


def test_subevents_fall_within_their_visit(ds: vnla.Dataset) -> None:
    for visit in (e for e in ds.events if e.kind.is_visit):
        for sub in ds.subevents(visit.id, recursive=True):
            assert sub.when.within(visit.when), (visit.id, sub.id, str(sub.when))


def test_no_invented_days(ds: vnla.Dataset) -> None:
    """Sub-events the sources do not date keep the visit's bounds, not a day."""
    wreath = ds["wreath-laying-2025-12"]
    assert wreath.start is None and wreath.when.precision is not Precision.DAY
    assert (wreath.earliest, wreath.latest) == (date(2025, 12, 1), date(2025, 12, 2))


def test_congresses(ds: vnla.Dataset) -> None:
    lprp, cpv = ds["congress-lprp-12"], ds["congress-cpv-14"]
    assert (lprp.ordinal, lprp.start, lprp.end) == (12, date(2026, 1, 6), date(2026, 1, 8))
    assert (cpv.ordinal, cpv.start, cpv.end) == (14, date(2026, 1, 19), date(2026, 1, 23))


def test_trade_targets(ds: vnla.Dataset) -> None:
    near, longer, *others = ds.find_targets(metric="bilateral-trade-turnover")
    assert [t.id for t in others] == [  # REFERENCE.md §4's targets
        "target-trade-5bn-usd-asap-2025-01",
        "target-trade-5bn-usd-two-to-three-years",
        "target-trade-4bn-usd-2020",
    ]
    assert (near.value, near.unit, near.horizon.kind) == (Decimal("5e9"), "USD", HorizonKind.NEAR_TERM)
    assert (longer.value, longer.unit, longer.horizon.kind) == (
        Decimal("1e10"),
        "USD",
        HorizonKind.LONGER_TERM,
    )
    assert {"joint-statement-2025-12-02-en", "vna-2025-12-03"} <= {e.source for e in ds.evidence_for(near.id)}
    assert {"vns-2026-01-26", "vna-2026-02-02", "report-talks-laos-2026", "vna-2025-12-03"} <= {
        e.source for e in ds.evidence_for(longer.id)
    }


@pytest.mark.parametrize(
    "target",
    [
        "goal-vietnam-2045",
        "goal-laos-2055",
        "target-expressway-vinh-thanh-thuy-start",
        "target-cybercrime-ratification",
        "target-solidarity-year-2027",
    ],
)
def test_other_targets_are_present(ds: vnla.Dataset, target: str) -> None:
    assert ds.kind_of(target) == "target"


def test_expressway_start_is_early_2026(ds: vnla.Dataset) -> None:
    start = ds["target-expressway-vinh-thanh-thuy-start"].horizon.when
    assert start is not None and str(start) == "early 2026"


@pytest.mark.parametrize(
    "project",
    [
        "hanoi-vientiane-expressway",
        "expressway-vientiane-thanh-thuy",
        "expressway-vinh-thanh-thuy",
        "vientiane-vung-ang-railway",
        "port-no-3-vung-ang",
        "power-lines-northern-laos-vietnam",
        "vn-la-industrial-park-model",
        "cross-border-economic-zone-model",
    ],
)
def test_projects_are_present(ds: vnla.Dataset, project: str) -> None:
    assert ds.kind_of(project) == "project"


def test_expressway_sections(ds: vnla.Dataset) -> None:
    sections = {p.id for p in ds.projects if p.parent == "hanoi-vientiane-expressway"}
    assert sections == {"expressway-vientiane-thanh-thuy", "expressway-vinh-thanh-thuy"}


def test_joint_statement_clauses(ds: vnla.Dataset) -> None:
    statement = ds["joint-statement-2025-12-02"]
    assert statement.signed is not None and statement.signed.start == date(2025, 12, 2)
    assert len(statement.clauses) == 10
    assert "target-trade-5bn-usd" in statement.clause(6).mentions.targets
    assert "vientiane-vung-ang-railway" in statement.clause(6).mentions.projects
    assert "defence-security" in statement.clause(5).topics


def test_framework_history(ds: vnla.Dataset) -> None:
    before = [e.id for e in ds.framework(date(2025, 11, 30))]
    after = [e.id for e in ds.framework(date(2025, 12, 2))]
    assert before == ["great-friendship", "special-solidarity", "comprehensive-cooperation"]
    assert after == [*before, "strategic-cohesion"]
    variants = {n.text for n in ds["strategic-cohesion"].names if n.lang == "en"}
    assert {
        "strategic cohesion",
        "strategic alignment",
        "strategic connectivity",
        "strategic bond",
        "strategic solidarity",
        "strategic linkage",
    } <= {v.lower() for v in variants}


def test_anniversary_arithmetic(ds: vnla.Dataset) -> None:
    for anniversary in ds.anniversaries:
        assert anniversary.expected_year(ds) == anniversary.year, anniversary.id


def test_find_events_filters(ds: vnla.Dataset) -> None:
    in_2026 = ds.find_events(start=date(2026, 1, 1))
    assert all(e.latest is None or e.latest >= date(2026, 1, 1) for e in in_2026)
    with_man = ds.find_events(participant="tran-thanh-man")
    assert "talks-2026-02-05-vientiane" in [e.id for e in with_man]
    in_hanoi = ds.find_events(place="hanoi", kind=EventKind.TALKS)
    assert [e.id for e in in_hanoi] == ["talks-2026-01-26-hanoi"]
    inside = ds.find_events(within="visit-2025-12-laos")
    assert "signing-politburo-agreement-2025-12-02" in [e.id for e in inside]
    assert all(e.id != "visit-2025-12-laos" for e in inside)


def test_timeline_is_sorted(ds: vnla.Dataset) -> None:
    dated = [e.earliest for e in ds.timeline() if e.earliest is not None]
    assert dated == sorted(dated)


def test_get_never_raises_and_getitem_does(ds: vnla.Dataset) -> None:
    assert ds.get("nope") is None and ds.get("nope", 5) == 5
    with pytest.raises(KeyError, match="unknown id 'nope'"):
        ds["nope"]


def test_every_evidence_is_iterable(ds: vnla.Dataset) -> None:
    assert len(ds.evidence) == len(ds.citations()) > 100
    assert all(c.record in ds for c in ds.citations())


def test_offices(ds: vnla.Dataset) -> None:
    roles = {o.role for o in ds.offices_of("to-lam", on=date(2026, 1, 26))}
    assert "general-secretary" in roles


def test_merge_with_colliding_ids_fails(ds: vnla.Dataset) -> None:
    with pytest.raises(vnla.DataError, match="duplicate id"):
        ds.merge(ds)
