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
    w.add(
        "sources",
        Source(
            id=w.statement,
            title="Joint Statement",
            kind=SourceKind.JOINT_STATEMENT,
            published=When.on(w.published),
            text_bundled=True,
            evidence=(Evidence(source=w.statement, quote=w.signature),),
        ),
    )
    w.add(
        "sources",
        Source(
            id=w.report,
            title="A news report",
            kind=SourceKind.NEWS_REPORT,
            published=When.on(report_day),
            evidence=(Evidence(source=w.report, quote=f"date {report_day.isoformat()}"),),
        ),
    )
    w.add(
        "sources",
        Source(
            id=w.archive,
            title="An older report",
            kind=SourceKind.NEWS_REPORT,
            published=When.on(archive_day),
            evidence=(Evidence(source=w.archive, quote=f"date {archive_day.isoformat()}"),),
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
        ),
    )
