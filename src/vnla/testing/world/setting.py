# SPDX-License-Identifier: MIT
"""
The setting of a generated dataset: its three sources, the roles and the trade metric, the party
and the capital.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from vnla.model.records import (
    Evidence,
    Name,
    Organization,
    OrgKind,
    Place,
    PlaceKind,
    Source,
    SourceKind,
    Term,
    Vocabulary,
    When,
)
from vnla.testing.world.pools import PLACES, ROLES
from vnla.testing.world.wording import en_day

if TYPE_CHECKING:
    from vnla.testing.world.core import World

__all__ = ["add_setting"]


def add_setting(w: World) -> None:
    """The sources every fact is stated by, and the terms, organization and place the others refer to."""
    p, pre = w.p, w.pre
    place_en, _place_vi, place_lo = PLACES[p["place"]]
    w.place_en = place_en
    w.signature = f"{place_en}, {en_day(w.published)}"
    w.said(w.signature)
    archive_day: date = p["archive_day"]
    report_day: date = p["report_day"]
    if p["relative"] and p["subevents"]:
        # The report, published a few days after the first talks, says only "on <weekday>".
        report_day = w.start + timedelta(days=p["subevents"][0] + p["report_lag"])
    news = SourceKind.NEWS_REPORT
    sources = (
        (w.statement, "Joint Statement", SourceKind.JOINT_STATEMENT, w.published, w.signature),
        (w.report, "A news report", news, report_day, f"date {report_day.isoformat()}"),
        (w.archive, "An older report", news, archive_day, f"date {archive_day.isoformat()}"),
    )
    for source_id, title, kind, day, quote in sources:
        w.add(
            "sources",
            Source(
                id=source_id,
                title=title,
                kind=kind,
                published=When.on(day),
                text_bundled=source_id == w.statement,  # its quotes are its text, the clauses
                evidence=(Evidence(source=source_id, quote=quote),),
            ),
        )
    for key, (en, vi) in ROLES.items():
        w.add(
            "terms",
            Term(
                id=f"{pre}-role-{key}",
                vocabulary=Vocabulary.ROLE,
                names=(Name(text=en, lang="en"), Name(text=vi, lang="vi")),
            ),
        )
    w.add(
        "terms",
        Term(
            id=f"{pre}-trade",
            vocabulary=Vocabulary.METRIC,
            unit="USD",
            names=(Name(text="Bilateral trade turnover", lang="en"),),
        ),
    )
    w.add(
        "organizations",
        Organization(
            id=f"{pre}-party",
            kind=OrgKind.PARTY,
            names=(Name(text="The Party", lang="en"), Name(text="Đảng", lang="vi")),
            evidence=(w.noted("the party of the leaders who signed"),),
        ),
    )
    w.add(
        "places",
        Place(
            id=f"{pre}-capital",
            kind=PlaceKind.CAPITAL,
            names=(
                Name(text=place_en, lang="en"),
                Name(text=p["place_vi"], lang="vi"),
                Name(text=place_lo, lang="lo"),
            ),
            evidence=(w.noted("where the statement was signed"),),
        ),
    )
