# SPDX-License-Identifier: MIT
"""
The seeds, fully (issue 15, point 6): invitations and the visits that answered them, first visits
in an office, the two centenary goals, both countries' plans for 2026–2030, the 13th-term
references, the MoUs, the repatriation of remains and the expert groups, and the slips recorded
as errata; the rules that check them, each caught on a planted violation and quiet on clean data;
the loader's clear errors for the new fields.
"""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

import vnla
from vnla.model import EventKind, When
from vnla.model.errors import DataError
from vnla.rules import check


def replace(ds: vnla.Dataset, record: Any) -> vnla.Dataset:
    for key in ("events", "foundings", "documents", "people"):
        records = getattr(ds, key)
        if any(r.id == record.id for r in records):
            return attrs.evolve(ds, **{key: tuple(record if r.id == record.id else r for r in records)})
    raise AssertionError(record.id)


def findings(ds: vnla.Dataset, rule: str) -> list[tuple[str, str]]:
    return [(f.severity.value, f.message) for f in check(ds, rules=rule).findings]


@pytest.fixture(scope="module")
def ds() -> vnla.Dataset:
    return vnla.dataset()


# --------------------------------------------------------------------------- the record
def test_the_invitation_to_an_official_visit_was_answered_by_the_state_visit(ds: vnla.Dataset) -> None:
    [invitation] = ds.get("visit-2025-12-laos").invitations
    assert (invitation.by, invitation.to, invitation.country) == ("to-lam", "thongloun-sisoulith", "VN")
    assert invitation.visit is EventKind.OFFICIAL_VISIT and invitation.accepted
    answer = ds.get(invitation.answered_by)
    assert answer.kind is EventKind.STATE_VISIT and str(answer.when) == "2026-01-26/2026-01-27"


def test_the_return_visit_invited_at_the_hanoi_talks_is_the_february_visit(ds: vnla.Dataset) -> None:
    [invitation] = ds.get("talks-2026-01-26-hanoi").invitations
    assert (invitation.by, invitation.to, invitation.answered_by) == (
        "thongloun-sisoulith",
        "to-lam",
        "visit-2026-02-laos",
    )
    assert invitation.visit is None  # "a return visit": the source gives no level


@pytest.mark.parametrize(
    ("visit", "person", "roles", "country"),
    [
        ("visit-2026-02-laos", "to-lam", ("general-secretary",), "LA"),
        ("visit-2026-01-vietnam", "thongloun-sisoulith", ("general-secretary", "president"), "VN"),
    ],
)
def test_which_country_was_visited_first_and_in_what_capacity(
    ds: vnla.Dataset, visit: str, person: str, roles: tuple[str, ...], country: str
) -> None:
    event = ds.get(visit)
    [first] = event.first_visits
    assert (first.person, first.roles, event.host_country) == (person, roles, country)
    assert first.capacity and first.evidence


def test_the_two_centenary_goals(ds: vnla.Dataset) -> None:
    goals = {t.id: t for t in ds.targets if t.country == "VN" and t.metric == "development-status"}
    assert {g: str(t.horizon.when) for g, t in goals.items()} == {
        "goal-vietnam-2030": "2030",
        "goal-vietnam-2045": "2045",
    }
    assert ds.get(goals["goal-vietnam-2030"].anniversary).founding == "founding-cpv"
    assert ds.get(goals["goal-vietnam-2045"].anniversary).founding == "founding-srv"


def test_both_countries_plans_for_2026_2030(ds: vnla.Dataset) -> None:
    plans = {d.parties: d for d in ds.documents if d.kind.value == "plan"}
    for country in ("VN", "LA"):
        assert str(plans[(country,)].period) == "2026-01-01/2030-12-31"


def test_the_13th_term_is_recorded(ds: vnla.Dataset) -> None:
    congress = ds.get("congress-cpv-13")
    assert (congress.ordinal, str(congress.when)) == (13, "2021-01-25/2021-02-01")


def test_the_mous_the_remains_and_the_expert_groups(ds: vnla.Dataset) -> None:
    assert ds.get("mous-parties-states-governments").kind.value == "collection"
    assert ds.get("defence-security-cooperation-documents").kind.value == "collection"
    assert ds.get("repatriation-of-remains").kind.value == "repatriation"
    assert ds.get("vietnamese-expert-groups").kind.value == "expert-groups"
    assert ds.get("thanh-thuy-border-gate").kind.value == "border-gate"


@pytest.mark.parametrize(
    ("erratum", "says", "correction"),
    [
        ("erratum-js-peaceful-development", "peaceful development", "peaceful evolution"),
        ("erratum-js-border-area-on-laos", "border area on Laos", "the border area on the Lao side"),
        ("erratum-js-careers-of-previous-generations", "careers", "cause"),
        ("erratum-js-cause-of-innovation", "innovation", "renewal (Đổi mới)"),
        (
            "erratum-js-2045-developing-country",
            "a developing country with high average income",
            "a developed, high-income country",
        ),
    ],
)
def test_the_slips_are_errata_with_their_correction(
    ds: vnla.Dataset, erratum: str, says: str, correction: str
) -> None:
    record = ds.get(erratum)
    assert (record.says, record.correction) == (says, correction)
    assert record.says in record.quote and record.note


def test_the_seeds_report_the_new_slips() -> None:
    text = (Path(__file__).parent / "fixtures" / "seeds" / "002_00e3922e169d0842.txt").read_text(
        encoding="utf-8"
    )
    report = vnla.check_text(text, published=date(2025, 12, 2))
    errata = {f.record for f in report.findings if f.kind == "erratum"}
    assert {"erratum-js-careers-of-previous-generations", "erratum-js-2045-developing-country"} <= errata


# --------------------------------------------------------------------------- the rules, clean
@pytest.mark.parametrize(
    "rule",
    ["events.invitation-answered", "events.first-visit", "foundings.person-dates", "documents.plan-period"],
)
def test_the_rules_pass_the_bundled_data(ds: vnla.Dataset, rule: str) -> None:
    assert [s for s, _m in findings(ds, rule) if s != "info"] == []


def test_an_invitation_answered_at_another_level_is_information(ds: vnla.Dataset) -> None:
    [(severity, message)] = findings(ds, "events.invitation-answered")
    assert severity == "info"
    assert "official visit" in message and "state visit" in message


# --------------------------------------------------------------------------- the rules, planted
def _invitation(ds: vnla.Dataset, **changes: Any) -> vnla.Dataset:
    talks = ds.get("talks-2026-01-26-hanoi")
    [invitation] = talks.invitations
    return replace(ds, attrs.evolve(talks, invitations=(attrs.evolve(invitation, **changes),)))


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({"answered_by": "visit-2024-07-laos"}, "before the invitation was extended"),
        ({"answered_by": "talks-2026-02-05-vientiane"}, "a talks, not a visit"),
        ({"to": "pham-minh-chinh"}, "'pham-minh-chinh' is not among its visitors"),
        ({"country": "VN"}, "it went to LA, the invitation was to VN"),
    ],
)
def test_an_invitation_s_wrong_answer_is_an_error(
    ds: vnla.Dataset, changes: dict[str, str], said: str
) -> None:
    found = findings(_invitation(ds, **changes), "events.invitation-answered")
    assert any(severity == "error" and said in message for severity, message in found), found


def test_an_earlier_visit_in_the_term_is_an_error(ds: vnla.Dataset) -> None:
    """Thongloun's re-election as General Secretary on 8 January 2026 began the capacity: a visit abroad after it comes first."""
    earlier = attrs.evolve(
        ds.get("visit-2024-09-vietnam"), when=When.between(date(2026, 1, 12), date(2026, 1, 13))
    )
    [(severity, message)] = findings(replace(ds, earlier), "events.first-visit")
    assert severity == "error"
    assert "'visit-2024-09-vietnam'" in message and "came before it" in message


def test_a_first_visit_in_an_office_not_held_is_an_error(ds: vnla.Dataset) -> None:
    visit = ds.get("visit-2026-02-laos")
    [first] = visit.first_visits
    planted = attrs.evolve(visit, first_visits=(attrs.evolve(first, roles=("prime-minister",)),))
    [(severity, message)] = findings(replace(ds, planted), "events.first-visit")
    assert severity == "error" and "prime-minister" in message


def test_a_first_visit_of_someone_not_visiting_is_an_error(ds: vnla.Dataset) -> None:
    visit = ds.get("visit-2026-02-laos")
    [first] = visit.first_visits
    planted = attrs.evolve(visit, first_visits=(attrs.evolve(first, person="thongloun-sisoulith"),))
    [(severity, message)] = findings(replace(ds, planted), "events.first-visit")
    assert severity == "error" and "not among its visitors" in message


def test_a_death_on_another_day_than_the_person_s_is_an_error(ds: vnla.Dataset) -> None:
    death = attrs.evolve(ds.get("death-ho-chi-minh"), when=When.on(date(1969, 9, 3)))
    [(severity, message)] = findings(replace(ds, death), "foundings.person-dates")
    assert severity == "error" and "died September 2, 1969" in message


def test_a_death_the_person_s_record_lacks_is_a_warning(ds: vnla.Dataset) -> None:
    person = attrs.evolve(ds.get("ho-chi-minh"), died=None)
    [(severity, message)] = findings(replace(ds, person), "foundings.person-dates")
    assert severity == "warning" and "no 'died'" in message


def test_a_five_year_plan_of_six_years_is_an_error(ds: vnla.Dataset) -> None:
    plan = attrs.evolve(
        ds.get("lao-10th-five-year-plan"), period=When.between(date(2025, 1, 1), date(2030, 12, 31))
    )
    [(severity, message)] = findings(replace(ds, plan), "documents.plan-period")
    assert severity == "error" and "covers 6 calendar years" in message


def test_a_plan_that_starts_before_the_congress_that_adopted_it_is_an_error(ds: vnla.Dataset) -> None:
    plan = attrs.evolve(
        ds.get("vn-five-year-plan-2026-2030"),
        event="congress-cpv-14",
        period=When.between(date(2025, 1, 1), date(2029, 12, 31)),
    )
    [(severity, message)] = findings(replace(ds, plan), "documents.plan-period")
    assert severity == "error" and "before 'congress-cpv-14'" in message


# --------------------------------------------------------------------------- the loader
def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "mine.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    with pytest.raises(DataError) as info:
        vnla.load(path)
    problems = [str(p) for p in info.value.problems]
    assert all(p.startswith(str(path)) for p in problems)
    return problems


EVENT = """
[[events]]
id = "my-visit"
kind = "state-visit"
title = "A visit"
when = 2026-03-01
"""


@pytest.mark.parametrize(
    ("table", "path", "reason"),
    [
        (
            '[[events.invitations]]\nby = "to-lam"\nto = "thongloun-sisoulith"\ncountry = "VN"\nvisit = "talks"\n',
            "$.events[0].invitations[0].visit",
            "an invitation is to a visit",
        ),
        (
            '[[events.invitations]]\nby = "to-lam"\ncountry = "VN"\n',
            "$.events[0].invitations[0]",
            "to",
        ),
        (
            '[[events.first_visits]]\nperson = "to-lam"\nroles = []\ncapacity = "General Secretary"\n',
            "$.events[0].first_visits[0].roles",
            "roles is empty",
        ),
        (
            '[[events.invitations]]\nby = "to-lam"\nto = "thongloun-sisoulith"\ncountry = "VN"\nanswered_by = "no-such-visit"\n',
            "$.events[0].invitations[0].answered_by",
            "no-such-visit",
        ),
    ],
)
def test_the_new_fields_are_validated_with_file_and_path(
    tmp_path: Path, table: str, path: str, reason: str
) -> None:
    problems = _problems(tmp_path, EVENT + table)
    assert any(f"@ {path}" in p and reason in p for p in problems), problems


def test_a_founding_is_a_birth_or_a_death_not_both(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path,
        """
        [[foundings]]
        id = "my-founding"
        when = 1969-09-02
        person = "ho-chi-minh"
        death_of = "ho-chi-minh"
        names = [{ text = "A founding", lang = "en" }]
        """,
    )
    assert any("$.foundings[0]" in p and "not both" in p for p in problems), problems


# --------------------------------------------------------------------------- the checker
@pytest.mark.parametrize(
    ("period", "verdict"),
    [("(2021-2025)", "contradiction"), ("for 2021–2025", "contradiction"), ("(2026-2030)", "ok")],
)
def test_a_plan_s_period_in_a_text_is_checked(period: str, verdict: str) -> None:
    text = f"Laos will implement the 10th five-year socio-economic development plan {period}."
    report = vnla.check_text(text, published=date(2026, 2, 5))
    [finding] = [f for f in report.findings if f.kind == "date"]
    assert (finding.verdict.value, finding.record) == (verdict, "lao-10th-five-year-plan")


@pytest.mark.parametrize(("year", "verdict"), [(2035, "contradiction"), (2030, "ok")])
def test_a_centenary_goal_s_year_in_a_text_is_checked(year: int, verdict: str) -> None:
    text = (
        f"Vietnam aims to become an upper-middle income country by {year}, the 100th anniversary "
        "of the founding of the Communist Party of Vietnam."
    )
    report = vnla.check_text(text, published=date(2026, 2, 5))
    [finding] = [f for f in report.findings if f.kind == "date"]
    assert (finding.verdict.value, finding.record) == (verdict, "goal-vietnam-2030")


# --------------------------------------------------------------------------- what was agreed
@pytest.mark.parametrize(
    ("event", "about"),
    [
        ("talks-2026-02-05-vientiane", "government-monitoring-mechanisms"),
        ("talks-2026-02-05-vientiane", "joint-statement-2025-12-02"),
        ("talks-2026-01-26-hanoi", "vientiane-vung-ang-railway"),
        ("party-meeting-2025-12-02", "target-trade-5bn-usd"),
        ("visit-2025-12-laos", "repatriation-of-remains"),
    ],
)
def test_what_the_seeds_say_was_agreed(ds: vnla.Dataset, event: str, about: str) -> None:
    agreements = [a for a in ds.get(event).agreed if about in a.about]
    assert agreements and all(a.summary and a.evidence for a in agreements)


def test_an_agreement_about_a_target_that_names_another_event_is_an_error(ds: vnla.Dataset) -> None:
    talks = ds.get("talks-2026-02-05-vientiane")
    moved = [
        attrs.evolve(a, about=("target-trade-5bn-usd",)) if "target-trade-10bn-usd" in a.about else a
        for a in talks.agreed
    ]
    [(severity, message)] = findings(
        replace(ds, attrs.evolve(talks, agreed=tuple(moved))), "events.agreed-about"
    )
    assert severity == "error" and "'target-trade-5bn-usd' names party-meeting-2025-12-02" in message


def test_an_agreed_mechanism_agreed_elsewhere_is_an_error(ds: vnla.Dataset) -> None:
    meeting = ds.get("party-meeting-2025-12-02")
    planted = attrs.evolve(
        meeting,
        agreed=(
            *meeting.agreed,
            attrs.evolve(meeting.agreed[0], about=("government-monitoring-mechanisms",)),
        ),
    )
    [(severity, message)] = findings(replace(ds, planted), "events.agreed-about")
    assert severity == "error" and "agreed_at" in message
