# SPDX-License-Identifier: MIT
"""
Where the items of a chunk's sorted lists start, and the items in a stretch of text: the
look-up every reader, judge and sentence question of a chunk makes.
"""

from __future__ import annotations

import bisect
from typing import Any, TypeVar

__all__ = ["Positions"]

_T = TypeVar("_T", bound=tuple[Any, ...])


class Positions:
    """
    The starts of a chunk's lists of ``(start, end, ...)`` tuples, kept once read.

    >>> items = [(0, 4, "Lào"), (10, 15, "Vientiane"), (30, 34, "Hanoi")]
    >>> positions = Positions()
    >>> positions.within(items, 5, 31)
    [(10, 15, 'Vientiane'), (30, 34, 'Hanoi')]
    >>> positions.within(items, 35, 40)
    []
    """

    __slots__ = ("_starts",)

    def __init__(self) -> None:
        #: id of a list -> the list (kept, so that no other list gets its id) and where its items start
        self._starts: dict[int, tuple[list[Any], list[int]]] = {}

    def within(self, items: list[_T], start: int, end: int) -> list[_T]:
        """The items (tuples sorted by start) that start in ``[start, end)``."""
        starts = self.starts(items)
        i = bisect.bisect_left(starts, start)
        return items[i : bisect.bisect_left(starts, end, i)]

    def starts(self, items: list[_T]) -> list[int]:
        """
        Where the items of a list (tuples sorted by start) start, to search with :mod:`bisect`.

        The lists asked about are complete and sorted once the figures are read; their starts
        are kept, as plain numbers search fastest.  A list that has grown since is read again.
        """
        kept = self._starts.get(id(items))
        if kept is None or kept[0] is not items or len(kept[1]) != len(items):
            kept = self._starts[id(items)] = (items, [item[0] for item in items])
        return kept[1]
