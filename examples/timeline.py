# SPDX-License-Identifier: MIT
"""
Print the timeline of visits and meetings, each visit with what happened during it.

Dates are as precise as the sources give them: a day, a range of days, or only
bounds ("between 1 and 2 December") when a source says "during the visit".

Run it with ``python examples/timeline.py``.
"""

from __future__ import annotations

import vnla
from vnla.model import Event, Precision, When


def describe(when: When) -> str:
    """A date in words, never more precise than it is."""
    if when.precision is Precision.RANGE:
        return f"{when.earliest} to {when.latest}"
    if when.precision is Precision.BOUNDS:
        if when.earliest and when.latest:
            return f"between {when.earliest} and {when.latest}"
        return f"on or after {when.earliest}" if when.earliest else f"on or before {when.latest}"
    return str(when)  # a day, a month ("2025-12") or a year ("early 2026")


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
