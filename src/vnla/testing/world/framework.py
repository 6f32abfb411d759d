# SPDX-License-Identifier: MIT
"""
The framework of a generated dataset: three elements since long ago, four since the visit.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from vnla.model.records import (
    FrameworkElement,
    FrameworkStage,
    Name,
    NameKind,
    When,
)

if TYPE_CHECKING:
    from vnla.testing.world.core import World

__all__ = ["add_framework"]


def add_framework(w: World) -> None:
    """The four elements (the fourth with a variant name) and the two stages of the framework."""
    pre, archive_day = w.pre, w.p["archive_day"]
    elements = (
        ("great-friendship", "great friendship", "hữu nghị vĩ đại"),
        ("special-solidarity", "special solidarity", "đoàn kết đặc biệt"),
        ("comprehensive-cooperation", "comprehensive cooperation", "hợp tác toàn diện"),
        ("strategic-cohesion", "strategic cohesion", "gắn kết chiến lược"),
    )
    for slug, en, vi in elements:
        extra = (
            (Name(text="strategic alignment", lang="en", kind=NameKind.VARIANT),) if slug[0] == "s" else ()
        )
        w.add(
            "framework_elements",
            FrameworkElement(
                id=f"{pre}-{slug}",
                names=(
                    Name(text=en, lang="en"),
                    Name(text=vi, lang="vi"),
                    *extra[: slug == "strategic-cohesion"],
                ),
                evidence=(w.noted("one of the pillars the statement names"),),
            ),
        )
    ids3 = tuple(f"{pre}-{e[0]}" for e in elements[:3])
    w.add(
        "framework_stages",
        FrameworkStage(
            id=f"{pre}-framework-1",
            since=When.on(archive_day - timedelta(days=30)),
            elements=ids3,
            evidence=(
                w.said("the great friendship, special solidarity and comprehensive cooperation", w.archive),
            ),
        ),
    )
    w.add(
        "framework_stages",
        FrameworkStage(
            id=f"{pre}-framework-2",
            since=When.on(w.start),
            elements=(*ids3, f"{pre}-strategic-cohesion"),
            evidence=(
                w.said(
                    "great friendship, special solidarity, comprehensive cooperation and strategic cohesion"
                ),
            ),
        ),
    )
