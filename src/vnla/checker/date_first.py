# SPDX-License-Identifier: MIT
"""
The founding of a clause that opens with its date: founding words and the name of what was
founded after it ("Ngày 5/9/1962, hai nước chính thức thiết lập quan hệ ngoại giao", "On 18 July
1977 the two countries signed the Treaty ..."), or the name and then the words ("On 18 July 1977
the Treaty of Amity and Cooperation was signed", "On 21 November 1992, Kaysone Phomvihane died").
:class:`~vnla.checker.founding_dates.FoundingDates` asks.
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.folding import _bare_key
from vnla.checker.foundings import founding_kind, founding_of
from vnla.checker.named_dates import nearer_the_founding
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import (
    _ANNIVERSARY_WORDS,
    _FOUNDED_AFTER,
    _FOUNDED_WORDS,
    _HONORIFICS_ONLY,
    _SUBJECT_LINK,
    _WHEN_AFTER,
)

__all__ = ["DateFirst"]

#: After a date that opens its clause, the founding words of its clause: a comma or a timeline's
#: dash or colon ("• 02/12/1975 – Hai nước thiết lập ..."), at most eight words (its subject: "hai nước
#: Việt Nam và Lào", "the two countries"), then the words ("thiết lập", "signed"), which a Lao
#: letter may follow, as Lao is written without spaces ("ວັນທີ22ມີນາ1955ສ້າງຕັ້ງພັກ..."), and which
#: a Lao subject may run into unspaced ("ສອງຝ່າຍສ້າງຕັ້ງ...", "ຫວຽດນາມ ໄດ້ສ້າງຕັ້ງ...").
_DATE_THEN_FOUNDED: Final = re.compile(
    rf"(?:,|[^\S\n]*+[–—:-])?\s*+(?:[^\W\d_]++[\s,]*+){{0,8}}?[\u0e80-\u0eff]{{0,24}}?{_FOUNDED_WORDS}"
    r"(?![^\W\u0e80-\u0eff])",
    re.IGNORECASE,
)


#: After a country's founding words, the object it signs or founds: a word with a capital ("ký
#: Hiệp ước ...", "signed the Treaty": "the" and a capital).
_OBJECT_AFTER: Final = re.compile(r"[^\S\n]++(?:the[^\S\n]++)?(\w)")


class DateFirst(ScopeReader):
    """The foundings of clauses that open with their dates, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_date(self, start: int, end: int, year: int | None, now: int | None) -> str | None:
        """
        The founding of a date at ``text[start:end]`` that opens its clause (:meth:`_opening`,
        :meth:`_then_name`; ``year``: the date's, ``None`` for a date written without one;
        ``now``: the publication's), or ``None``.
        """
        fid = self._opening(start, end)
        if fid is not None:
            # not a date nearer the publication's year than the founding's: "Ngày 3/2/2026, ngày
            # thành lập Đảng Cộng sản Việt Nam" dates the anniversary
            return fid if year is None or nearer_the_founding(self.index, fid, year, now) else None
        return self._then_name(start, end, year, now)

    def _opening(self, start: int, end: int) -> str | None:
        """
        The founding of a clause that opens with its date, then founding words and the name of
        what was founded: "Ngày 5/9/1962, hai nước chính thức thiết lập quan hệ ngoại giao",
        "ngày 18/7/1977 ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào", "On 18 July 1977 the
        two countries signed the Treaty ...", "• 02/12/1975 – Hai nước thiết lập quan hệ ngoại
        giao.".  A founding named without the two countries is theirs only where the sentence
        is of the two (:meth:`~vnla.checker.scope.SentenceScope.of_the_two`: it names both, or
        says "hai nước" after text that does) and names no other country.
        """
        text, index = self.text, self.index
        s, e = self.sentences.sentence(start, end)
        verb = _DATE_THEN_FOUNDED.match(text, end, min(e, end + 48))
        if verb is None or verb["founded"] is None:
            return None
        if _ANNIVERSARY_WORDS.search(text, end, verb.start("founded")):
            return None  # "Năm 2026 là kỷ niệm bao nhiêu năm Ngày thành lập Đảng ...": the anniversary's year
        # the date opens its clause (not "lập quan hệ ngoại giao ngày 5/9/1962 và ký ..."), or a
        # clause of what happened on it follows ("It started on 5 September 1962, when the two
        # countries set up diplomatic relations"; ``dates.when_words``)
        if not self._opens_its_clause(start, end, s) and _WHEN_AFTER.match(text, end) is None:
            return None
        link = _SUBJECT_LINK.match(text, verb.end())
        at = link.end() if link is not None else verb.end()
        names = [n for n in self.positions.within(self.named, at, min(e, at + 80)) if n[0] <= at + 4]
        if names:
            rid = names[0][2]
            return rid if rid in index.foundings else index.founding_of_org.get(rid)
        bare = index.bare_pattern.match(text, at)
        if bare is None or not self.scope.of_the_two(s, e, bare[0]) or self.scope.other_country(start, end):
            return None
        return index.bare_foundings.get(_bare_key(bare[0]))

    def _then_name(self, start: int, end: int, year: int | None, now: int | None) -> str | None:
        """
        The founding of a clause that opens with its date, then the name of what was founded,
        born or died ("the" or a person's titles before it at most) and the words of its
        founding, with links only between: "On 18 July 1977 the Treaty of Amity and Cooperation
        was signed", "On 21 November 1992, Kaysone Phomvihane died in Vientiane", "ວັນທີ 21
        ພະຈິກ 1992 ທ່ານ ໄກສອນ ພົມວິຫານ ເຖິງແກ່ອະສັນຍະກຳ".  Not a date nearer the publication's
        year than the founding's ("On 18 July 2027 the Treaty, signed in 1977, turns 50").
        """
        if year is None:
            return None
        text = self.text
        s, e = self.sentences.sentence(start, end)
        names = self.positions.within(self.named, end, min(e, end + 60))
        if not names:
            return None
        ns, ne, rid = names[0]
        if _HONORIFICS_ONLY.fullmatch(text, end, ns) is None:
            return None
        verb = _FOUNDED_AFTER.match(text, ne)
        if verb is None or "," in text[ne : verb.end()] or "(" in text[ne : verb.end()]:
            return None
        # the date opens its clause: "On 18 July 1977", not "... of 1976 the Treaty was signed";
        # a country that signs or founds something named after is not founded ("Việt Nam ký Hiệp
        # ước ...")
        after = _OBJECT_AFTER.match(text, verb.end())
        if not self._opens_its_clause(start, end, s) or (
            self.index.kinds.get(rid) == "country" and after is not None and after[1].isupper()
        ):
            return None
        fid = founding_of(self.index, rid, founding_kind(verb))
        return fid if fid is not None and nearer_the_founding(self.index, fid, year, now) else None

    def _opens_its_clause(self, start: int, end: int, s: int) -> bool:
        """Whether the date at ``text[start:end]`` opens its clause, a word before it at most."""
        before, _after = self.sentences.clause(start, end)
        return len(self.text[max(s, before + 1) : start].split()) <= 1
