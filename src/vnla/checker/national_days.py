# SPDX-License-Identifier: MIT
"""
Whether an anniversary's ordinal is a national day's, and whose, for
:class:`~vnla.checker.foundings.Foundings`: national-day words with the ordinal ("the 50th
National Day", "50 năm Quốc khánh", "ວັນຊາດ ຄົບຮອບ 50 ປີ") and no other country named make it
one; the countries named near them, or in its clause, say whose.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _JOINER, _NATIONAL_DAY

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnla.lang.parsing import OrdinalMention

__all__ = ["NationalDays", "bracket_end"]

#: Between an ordinal and what stands right after it ("50th National Day of the ", "50 năm Quốc
#: khánh nước "): a few words, no clause break.
_RIGHT_AFTER: Final = re.compile(r"[^,;:.!?()\n]{0,25}")
#: How near national-day words a country is named with them ("ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 50 ປີ").
_BY_THE_WORDS: Final = 40


def bracket_end(text: str, end: int, reach: int) -> int:
    """
    Where the words said of an ordinal ending at ``end`` stop, by ``reach`` at most: at the end
    of a bracket it stands in ("18 July (the Treaty ..., 49th anniversary this year), 5 September
    (...), 2 December (Lao National Day, ...)": the national day is another entry's).

    >>> text = "18 July (the Treaty, 49th anniversary), 2 December (Lao National Day)"
    >>> text[: bracket_end(text, text.index("49th") + 4, len(text))]
    '18 July (the Treaty, 49th anniversary'
    """
    opening = text.rfind("(", max(0, end - 200), end)
    if opening < 0 or ")" in text[opening:end]:
        return reach
    closing = text.find(")", end, reach)
    return reach if closing < 0 else closing


class NationalDays(ScopeReader):
    """The national days of anniversaries' ordinals, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_ordinal(
        self, ordinal: OrdinalMention, sentence: tuple[int, int], ordinal_starts: Sequence[int]
    ) -> bool:
        """
        Whether an ordinal of ``sentence`` is a national day's: its noun says so, or national-day
        words stand in its clause, from 60 characters before it to :meth:`_reach` after it, and
        the ordinal's words name no other country (``ordinal_starts``: where the sentence's
        ordinals start).
        """
        start, end = ordinal.span
        s, e = sentence
        text = self.text
        return (
            ordinal.noun == "national-day"
            or _NATIONAL_DAY.search(
                text, max(s, start - 60, text.rfind(";", s, start) + 1), self._reach(end, e, ordinal_starts)
            )
            is not None
        ) and self.scope.other_country(start, end) is None

    def own(self, ordinal: OrdinalMention, sentence: tuple[int, int]) -> bool:
        """
        Whether national-day words are the ordinal's own: its noun, right after it ("50 năm Quốc
        khánh") or, in Lao, right before it ("ວັນຊາດຄົບຮອບ50 ປີ").
        """
        start, end = ordinal.span
        s, e = sentence
        if ordinal.noun == "national-day":
            return True
        after = _NATIONAL_DAY.search(self.text, end, min(e, end + 30))
        if after is not None and _RIGHT_AFTER.fullmatch(self.text, end, after.start()):
            return True
        return any(m.end() >= start - 2 for m in _NATIONAL_DAY.finditer(self.text, max(s, start - 30), start))

    def counted(self, ordinal: OrdinalMention, sentence: tuple[int, int], *, own: bool) -> list[str]:
        """
        The national days a national day's ordinal may count from (``own``: its words are the
        ordinal's own, :meth:`own`): those of the countries named in its clause, else both.
        """
        start, end = ordinal.span
        s, _e = sentence
        index = self.index
        # a country another clause names is not the national day's ("2 September (Vietnam's
        # National Day); 2 December (National Day, 51st anniversary)")
        clause = self.text.rfind(";", s, start) + 1
        # national-day words of the ordinal's own with no country named by them may be either
        # country's ("... ມາ ຢ້ຽມຢາມ ວຽງຈັນ ໃນ ໂອກາດ ວັນຊາດ ຄົບຮອບ 50 ປີ", in a long sentence that
        # names Vietnam elsewhere): the one whose count fits is meant
        near = (max(clause, start - _BY_THE_WORDS), end + _BY_THE_WORDS)
        named_by_them = not own or bool(
            self.scope.countries_near(start, end, bodies=False, after=near[0], before=near[1])
        )
        countries = (
            self.scope.countries_near(start, end, bodies=not own, after=clause) if named_by_them else []
        ) or list(index.national_day)
        return [index.national_day[c] for c in countries if c in index.national_day]

    def _reach(self, end: int, e: int, starts: Sequence[int]) -> int:
        """
        How far after an ordinal ending at ``end`` national-day words may make it a national day's:
        60 characters in its sentence (ending at ``e``), to a semicolon, to the end of a bracket it
        stands in, and to an "and" before the sentence's next ordinal (``starts``: where the
        ordinals start), whose they are ("ພັກ ... ຄົບຮອບ 71 ປີ ແລະ ວັນຊາດ ຄົບຮອບ 51 ປີ", "the 71st
        anniversary of the LPRP and the 51st National Day").
        """
        text = self.text
        reach = min(e, end + 60)
        semicolon = text.find(";", end, reach)
        reach = reach if semicolon < 0 else semicolon
        reach = bracket_end(text, end, reach)
        after = bisect.bisect_right(starts, end)
        if after < len(starts) and starts[after] < e:
            joiner = _JOINER.search(text, end, min(reach, starts[after]))
            if joiner is not None:
                return joiner.start()
        return reach
