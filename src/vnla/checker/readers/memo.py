# SPDX-License-Identifier: MIT
"""
What readers remember of the windows of text they have read: news repeat their datelines,
"the 50th anniversary of …" and the same titles, so a window read once is not read again.

Each memory is bounded and emptied when full, changes no finding (a reading depends on the
words of its key alone), and lives as long as the process; :func:`forget` empties them all
(a benchmark that must time a first check of a text calls it).

>>> memo: Memo[str, int] = Memo(2)
>>> memo.keep("a", 1), memo.keep("b", 2), memo.keep("c", 3), dict(memo)
(1, 2, 3, {'c': 3})
>>> forget()
>>> len(memo)
0
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["Memo", "forget"]

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """A reader's bounded memory: a dict emptied when it holds ``size`` readings."""

    __slots__ = ("size",)

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size
        _MEMOS.append(self)

    def keep(self, key: K, value: V) -> V:
        """Remember ``value`` under ``key`` (emptying the memory first if it is full); return it."""
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


#: Every memory made, so that :func:`forget` reaches them all.
_MEMOS: list[Memo[Any, Any]] = []


def forget() -> None:
    """Empty every reader's memory: the next check of any text reads it afresh."""
    for memo in _MEMOS:
        memo.clear()
