# SPDX-License-Identifier: MIT
"""
The founding, birth or death a date is of when the date is set off after the name of what it
dates: in brackets ("the 63rd anniversary of diplomatic relations (5 September 1962)", "ວັນເກີດ
ປະທານ ໄກສອນ ພົມວິຫານ ຄົບຮອບ 105 ປີ (13 ທັນວາ 1920)"), or after a colon that ends the label
opening its line ("Ngày thành lập Đảng Nhân dân Cách mạng Lào: 22/3/1955", "Quốc khánh Lào:
2/12/1975"); or after a record card's field label that is the words of a founding, a birth or
a death alone ("Born: 13 December 1920" under "Name: Kaysone Phomvihane").
:class:`~vnla.checker.founding_dates.FoundingDates` asks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.folding import _bare_key
from vnla.checker.foundings import founded_before, founding_kind, founding_of
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import (
    _DAY_WORDS_ONLY,
    _FOUNDED_WORDS,
    _FOUNDING_BEFORE,
    _NATIONAL_DAY,
    _alternation,
    _any_word,
    founded_ending,
    words_end,
)
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.index import _Index

__all__ = ["NamedDates", "nearer_the_founding"]

#: An anniversary's count between a name and the bracket of its founding day ("ພັກປະຊາຊົນປະຕິວັດລາວ
#: ຄົບຮອບ 70 ປີ (22 ມີນາ 1955)"): the word files' ``ordinals.anniversary_heads``, a number and
#: ``ordinals.anniversary_years``.
_COUNT_BETWEEN: Final = re.compile(
    rf"(?:{_any_word(merged('ordinals', 'anniversary_heads')).pattern})\s*+[\d\u0ed0-\u0ed9]++\s*+"
    rf"(?:{_alternation(merged('ordinals', 'anniversary_years'))})?[\s,]*+$",
    re.IGNORECASE,
)
#: Before a person's name, words that make a date set off after it the birth's ("ວັນເກີດ ປະທານ
#: ໄກສອນ ພົມວິຫານ (13 ທັນວາ 1920)"; the word files' ``dates.birthday_words``) or the death's
#: (``ordinals.death_words``); titles may stand between.
_BIRTHDAY: Final = _any_word(merged("dates", "birthday_words"))
_DEATH_DAY: Final = _any_word(merged("ordinals", "death_words"))
#: Right before a date (day words between at most), a word that says it is the date of the name
#: before it ("... is", "... là", "... ແມ່ນ"; the word files' ``dates.copulas``).
_COPULA: Final = re.compile(rf"(?:{_any_word(merged('dates', 'copulas')).pattern})", re.IGNORECASE)
#: After a body's name, before such a word: "'s founding date" (``dates.founding_date_after``).
_FOUNDING_DATE_AFTER: Final = re.compile(
    rf"(?:{_alternation(merged('dates', 'founding_date_after')) or '(?!)'})\s*+$", re.IGNORECASE
)
#: What closes a date set off by a comma after a name: a comma, a stop, a semicolon, a bracket or
#: a table's cell ("| Death of Souphanouvong, 9 January 1995 | ...").
_APPOSITION_END: Final = re.compile(r"[^\S\n]*+(?:[,;.)|]|$)")
#: A dash set off by spaces on both sides ("... the LPRP — 22 March"), words before it.
_SPACED_DASH: Final = re.compile(r"(?<=\S)[^\S\n]++[–—-][^\S\n]++")
#: A line's label may open with a bullet or a number ("• ", "3. ").
_LABEL_HEAD: Final = re.compile(r"[^\S\n]*+(?:[•*·-]|\d{1,2}[.)])?[^\S\n]*+")


def nearer_the_founding(index: _Index, fid: str, year: int, now: int | None) -> bool:
    """
    Whether a date's ``year`` is nearer the founding ``fid``'s than the publication's (``now``;
    without it, within five years of the founding's): "(2 December 2025)" after "the 50th
    National Day" dates the celebration, not the founding.
    """
    founded = index.foundings[fid].when.year
    if founded is None:
        return False
    return abs(year - founded) < abs(year - now) if now is not None else abs(year - founded) <= 5


#: A record card's field label that is nothing but the words of a founding, a birth or a death
#: ("Born", "Signed", "Sinh", "ເກີດ"; the word files' ``dates.founded_words``, ``born_words``,
#: ``died_words``).
_CARD_FIELD: Final = re.compile(_FOUNDED_WORDS, re.IGNORECASE)
#: How many lines above such a field the line that names the card's subject may stand.
_CARD_REACH: Final = 5

#: Between the two countries that end a name: a dash, spaces around it.
_PAIR_DASH: Final = re.compile(r"\s*+[-–—]\s*+")


class NamedDates(ScopeReader):
    """The foundings, births and deaths of dates set off after a name, read in a sentence scope's chunk."""

    __slots__ = ()

    def bracketed(self, start: int, year: int, now: int | None) -> str | None:
        """
        The founding whose name stands right before the bracket that opens a date at ``start``
        ("the 63rd anniversary of diplomatic relations (5 September 1962)", "ຄົບຮອບ 80 ປີ
        ວັນຊາດ (2 ກັນຍາ 1945)"), an anniversary's count between them at most, when the date's
        ``year`` is nearer the founding's than the publication's (``now``).  A country's is its
        national day only with national-day or founding words right before its name; a person's
        is the birth or the death that words before the name say.
        """
        text = self.text
        bracket = text.rfind("(", max(0, start - 12), start)
        if _DAY_WORDS_ONLY.fullmatch(text, bracket + 1, start) is None:
            return None
        s, _e = self.sentences.sentence(start, start)
        at = words_end(text, bracket)  # where the words before the bracket end
        count = _COUNT_BETWEEN.search(text, max(s, at - 24), at)
        if count is not None:
            at = words_end(text, count.start())
        return self._named_before(s, at, start, year, now) if at > s else None

    def apposed(self, start: int, end: int, year: int, now: int | None) -> str | None:
        """
        The founding whose name stands right before a comma that opens a date at ``text[start:end]``,
        when a comma, a stop or a bracket closes it ("ສ່ວນ ວັນຊາດ ສປປ ລາວ, ວັນທີ 2 ທັນວາ 1975, ປີນີ້
        ...", "Lao National Day, 2 December 1975, ..."), or before a dash with spaces on both sides
        (a list of anchors: "(d) founding of the LPRP — 22 March 1955;"; a dash with no space before
        it joins two dates or names, "1955–2025"), and the date's ``year`` is nearer the founding's
        than the publication's (``now``).  As after a label, a body's founding counts only after
        founding words, and a person's birth or death after words that say which.
        """
        text = self.text
        if _APPOSITION_END.match(text, end) is None:
            return None
        comma = text.rfind(",", max(0, start - 12), start)
        if comma >= 0 and _DAY_WORDS_ONLY.fullmatch(text, comma + 1, start) is not None:
            mark = comma
        else:
            dash = None
            for dash in _SPACED_DASH.finditer(text, max(0, start - 14), start):  # noqa: B007
                pass  # the last one, right before the date's words
            if dash is None or _DAY_WORDS_ONLY.fullmatch(text, dash.end(), start) is None:
                return None
            mark = dash.start()
        s, _e = self.sentences.sentence(start, start)
        at = words_end(text, mark)
        return self._named_before(s, at, start, year, now, label=True) if at > s else None

    def predicated(self, start: int, year: int, now: int | None) -> str | None:
        """
        The founding, birth or death a date at ``start`` is said to be the day of, after a word like
        "is" and the name right before it: "The founding date of the LPRP is 22 March 1955", "Ngày
        thành lập Đảng Nhân dân Cách mạng Lào là 22/3/1955", "ວັນເກີດ ປະທານ ໄກສອນ ພົມວິຫານ ແມ່ນ
        ວັນທີ 13 ທັນວາ 1920", "The LPRP's founding date is ..." (a body's after words of its
        founding, as after a label), when the date's ``year`` is nearer the founding's than the
        publication's (``now``).
        """
        text = self.text
        copula = None
        for copula in _COPULA.finditer(text, max(0, start - 24), start):  # noqa: B007
            pass  # the last one (most dates: none, found at C speed)
        if copula is None or _DAY_WORDS_ONLY.fullmatch(text, copula.end(), start) is None:
            return None
        s, _e = self.sentences.sentence(start, start)
        if copula.start() < s:
            return None
        at = words_end(text, copula.start())
        possessed = _FOUNDING_DATE_AFTER.search(text, max(s, at - 24), at)
        if possessed is not None:
            at = words_end(text, possessed.start())
            return self._named_before(s, at, start, year, now) if at > s else None
        return self._named_before(s, at, start, year, now, label=True) if at > s else None

    def labelled(self, start: int, year: int, now: int | None) -> str | None:
        """
        The founding a date at ``start`` is given for after the label that opens its line and
        ends with a colon: a founding's name ("Quốc khánh Lào: 2/12/1975"), founding words and a
        body's name ("Ngày thành lập Đảng Nhân dân Cách mạng Lào: 22/3/1955") or a founding of
        the two named without them ("Ngày thiết lập quan hệ ngoại giao: 5/9/1962"), when the
        date's ``year`` is nearer the founding's than the publication's (``now``).
        """
        text = self.text
        colon = text.rfind(":", max(0, start - 12), start)
        if _DAY_WORDS_ONLY.fullmatch(text, colon + 1, start) is None:
            return None
        line_start = text.rfind("\n", 0, colon) + 1
        head = _LABEL_HEAD.match(text, line_start)
        s = head.end() if head is not None else line_start
        at = words_end(text, colon)
        if at <= s:
            return None
        field = _CARD_FIELD.fullmatch(text, s, at)
        if field is not None:
            return self._card(line_start, founding_kind(field), year, now)
        return self._named_before(s, at, start, year, now, label=True)

    def _card(self, line_start: int, kind: str, year: int, now: int | None) -> str | None:
        """
        The founding, birth or death (``kind``) of a record card's subject, for a date in the
        field whose line starts at ``line_start`` ("Kaysone Phomvihane" or "Name: Kaysone
        Phomvihane", then "Born: 13 December 1920"): the one record of that kind named on the
        nearest line above that names any, in the card (no blank line between, no line of
        another such field of the same kind, at most :data:`_CARD_REACH` lines up).  A founding's
        subject is not a country when something else founded is named on that line ("Title:
        Treaty of Amity and Cooperation between Vietnam and Laos", then "Signed: 18 July 1977").
        """
        text, index = self.text, self.index
        end = line_start - 1  # the end of the line above
        for _ in range(_CARD_REACH):
            if end < 0:
                return None
            lo = text.rfind("\n", 0, end) + 1
            line = text[lo:end]
            if not line.strip():
                return None  # a blank line ends the card
            above = _LABEL_HEAD.match(text, lo)
            colon = line.find(":")
            field = (
                _CARD_FIELD.fullmatch(text, above.end() if above else lo, words_end(text, lo + colon))
                if colon >= 0
                else None
            )
            if field is not None and founding_kind(field) == kind:
                return None  # another card's field of the same kind: its subject is above it
            fitting: dict[str, str] = {}
            for _s, _e, rid in self.positions.within(self.named, lo, end):
                fid = founding_of(index, rid, kind)
                if fid is not None:
                    fitting[rid] = fid
            if kind == "founded" and any(index.kinds.get(rid) != "country" for rid in fitting):
                fitting = {rid: fid for rid, fid in fitting.items() if index.kinds.get(rid) != "country"}
            if fitting:
                found = set(fitting.values())
                if len(found) != 1:
                    return None
                fid = found.pop()
                return fid if nearer_the_founding(index, fid, year, now) else None
            end = lo - 1
        return None

    def _named_before(
        self, s: int, at: int, start: int, year: int, now: int | None, *, label: bool = False
    ) -> str | None:
        """
        The founding of the name that ends at ``at`` (``s``: where its sentence or label starts),
        for a date at ``start`` of the ``year``; a body's only after founding words in a label.
        """
        text, index = self.text, self.index
        fid: str | None = None
        names = [n for n in self.positions.within(self.named, max(s, at - 120), at) if n[1] == at]
        if names and index.kinds.get(names[-1][2]) == "country":
            # the two countries that end a name ("ສົນທິສັນຍາ ມິດຕະພາບ ແລະ ການຮ່ວມມື ລາວ - ຫວຽດນາມ"):
            # the name before them
            names = self._before_the_pair(s, names[-1][0]) or names
        if names:
            ns, _ne, rid = names[-1]
            if rid in index.foundings:
                fid = rid
            elif rid in index.founding_of_org:
                if not label or _FOUNDING_BEFORE.search(text, max(s, ns - 40), ns) is not None:
                    fid = index.founding_of_org[rid]
            elif rid in index.national_day:
                if _NATIONAL_DAY.search(text, max(s, ns - 30), ns) or founded_before(text, ns, at, s):
                    fid = index.national_day[rid]
            elif index.kinds.get(rid) == "person":
                fid = self._life_day(rid, max(s, ns - 40), ns)
        elif (day := _NATIONAL_DAY.search(text, max(s, at - 30), at)) is not None and day.end() == at:
            countries = self.scope.countries_near(start, start)
            if len(countries) == 1 and countries[0] in index.national_day:
                fid = index.national_day[countries[0]]
        else:
            fid = self._bare_before(s, at, start)
        return fid if fid is not None and nearer_the_founding(index, fid, year, now) else None

    def _before_the_pair(self, s: int, at: int) -> list[tuple[int, int, str]]:
        """
        The name of a founding right before the two countries of which the second starts at
        ``at`` ("... ການຮ່ວມມື ລາວ - ຫວຽດນາມ", "Hiệp ước ... Việt Nam - Lào"), spaces between;
        none else.
        """
        text, kinds = self.text, self.index.kinds
        before = self.positions.within(self.named, max(s, at - 160), at)
        if len(before) < 2:
            return []
        (ds, de, did), (cs, ce, cid) = before[-2], before[-1]
        if (
            kinds.get(cid) != "country"
            or _PAIR_DASH.fullmatch(text, ce, at) is None
            or text[de:cs].strip()
            or (did not in self.index.foundings and did not in self.index.founding_of_org)
        ):
            return []
        return [(ds, de, did)]

    def _life_day(self, pid: str, lo: int, ns: int) -> str | None:
        """The birth or the death of the person ``pid`` that words in ``text[lo:ns]`` say, if either."""
        before = self.text[lo:ns]
        before = before[max(before.rfind(mark) for mark in ".;:!?\n") + 1 :]  # the words of its clause
        if _DEATH_DAY.search(before):
            return founding_of(self.index, pid, "died")
        return founding_of(self.index, pid, "born") if _BIRTHDAY.search(before) else None

    def _bare_before(self, s: int, at: int, start: int) -> str | None:
        """
        The founding of the two named without them that ends at ``at`` after its founding words
        ("Ngày thiết lập quan hệ ngoại giao"), where the sentence is of the two and names no other.
        """
        text, index = self.text, self.index
        found = None
        for found in index.bare_pattern.finditer(text, max(s, at - 60), at):  # noqa: B007
            pass  # the last one
        if found is None or found.end() != at or not founded_ending(text, found.start()):
            return None
        s2, e2 = self.sentences.sentence(start, start)
        if not self.scope.of_the_two(s2, e2, found[0]) or self.scope.other_country(start, start):
            return None
        return index.bare_foundings.get(_bare_key(found[0]))
