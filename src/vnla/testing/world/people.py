# SPDX-License-Identifier: MIT
"""
The people of a generated dataset, each holding one office since before anything they attend.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.model.records import (
    Name,
    NameOrder,
    Office,
    Person,
    When,
)
from vnla.testing.world.pools import PEOPLE, ROLES

if TYPE_CHECKING:
    from vnla.testing.world.core import World

__all__ = ["add_people"]


def add_people(w: World) -> None:
    """One person per drawn name, with the office of the drawn role; ``w.people`` lists them."""
    p, pre = w.p, w.pre
    for i, (index, role) in enumerate(zip(p["people"], p["roles"], strict=True)):
        en, native, lang, family, given = PEOPLE[index]
        person_id = f"{pre}-person-{i}"
        title, _vi = ROLES[role]
        w.add(
            "people",
            Person(
                id=person_id,
                names=(
                    Name(text=en, lang="en"),
                    Name(text=p["native"][i] if lang == "vi" else native, lang=lang),
                ),
                family_name=family,
                given_name=given,
                name_order=NameOrder.FAMILY_FIRST if lang == "vi" else NameOrder.GIVEN_FIRST,
                offices=(
                    Office(
                        role=f"{pre}-role-{role}",
                        organization=f"{pre}-party",
                        title=title,
                        held=When.bounded(not_before=p["office_from"]),
                    ),
                ),
                evidence=(w.noted("one of the leaders who signed"),),
            ),
        )
        w.people.append((person_id, en, role))
