# SPDX-License-Identifier: MIT
"""
Print the timeline of visits and meetings, each visit with what happened during it.

Dates are as precise as the sources give them: a day, a range of days, or only
bounds ("within Dec 1 – 2, 2025") when a source says "during the visit"; they are
written as every vnla command writes them, by ``vnla.render.format_when``.

Run it with ``python examples/timeline.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import vnla
from vnla.render import format_when

if TYPE_CHECKING:
    from vnla.model import Event, When


def describe(when: When) -> str:
    """A date in words, never more precise than it is: "Dec 1 – 2, 2025", "after February 2, 2026"."""
    return format_when(when, "en")


def line(ds: vnla.Dataset, event: Event, depth: int) -> str:
    place = f" ({ds[event.place].name.preferred('en')})" if event.place else ""
    return f"{describe(event.when):<36} {'  ' * depth}{event.title}{place}"


def main() -> None:
    ds = vnla.dataset()
    for event in ds.timeline():
        if event.parent is not None:
            continue  # printed under its visit
        print(line(ds, event, 0))
        stack = [(child, 1) for child in reversed(ds.subevents(event.id))]
        while stack:
            child, depth = stack.pop()
            print(line(ds, child, depth))
            stack.extend((grandchild, depth + 1) for grandchild in reversed(ds.subevents(child.id)))


if __name__ == "__main__":
    main()
