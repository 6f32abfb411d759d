# SPDX-License-Identifier: MIT
"""
What an anniversary counts from: a founding named with it ("the 75th anniversary of the
Lao People's Army"), the subject's after "its", a person's death where death words stand
with it, or a country's national day where national-day words do.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.folding import _bare_key
from vnla.checker.lives import LIFE_REACH, death_or, lives_only, of_a_life, of_its_one_person
from vnla.checker.national_days import _RIGHT_AFTER, NationalDays, bracket_end
from vnla.checker.owners import Owners
from vnla.checker.party_foundings import UnnamedParties
from vnla.checker.sentences import list_heading
from vnla.checker.tables import row_at
from vnla.checker.vocabulary import (
    _BETWEEN,
    _BOTH,
    _COMMA_AND,
    _FOUNDED_RIGHT_AFTER,
    _FOUNDING_AFTER,
    _FOUNDING_BEFORE,
    _JOINER,
    _NAME_GOES_ON,
    _NATIONAL_DAY,
    _OF_AFTER,
    _POSSESSIVE_BEFORE,
    _RELATIVE,
    _alternation,
)
from vnla.lang.lao import is_lao
from vnla.lang.parsing import parse_dates, parse_lao_dates
from vnla.lang.words import merged
from vnla.model.records import Precision

if TYPE_CHECKING:
    from collections.abc import Collection

    from vnla.checker.index import _Index
    from vnla.checker.positions import Positions
    from vnla.checker.scope import SentenceScope
    from vnla.checker.sentences import Sentences
    from vnla.lang.parsing import OrdinalMention

__all__ = ["Foundings"]

#: From right after a name to an anniversary in a bracket said of it: the bracket, and a few
#: words of time at most ("(đầu năm nay kỷ niệm ...", "(this year its ...").
_BRACKET_OPENS: Final = re.compile(r"[^\S\n]*+\([^()\n\d]{0,24}")
#: From right after a name to an anniversary said of it, the two countries it is between ("Hiệp
#: ước ... giữa hai nước tròn 50 năm"; ``countries.between_words`` and ``both_words``).
_OF_THE_TWO: Final = re.compile(rf"{_BETWEEN.pattern}(?:{_BOTH.pattern})[^\S\n]*+", re.IGNORECASE)
#: A bracket right after an anniversary, with what it holds ("its 70th anniversary (22 March 2026)").
_BRACKET_DAY: Final = re.compile(r"[^\S\n]*+\((?P<inside>[^()\n]{4,40})\)")


def founded_before(text: str, ns: int, ne: int, s: int) -> bool:
    """
    Whether founding words stand right before the country named at ``text[ns:ne]`` (``s``:
    its sentence's start), which ends its noun phrase: "the founding of the Lao PDR",
    "thành lập nước CHDCND Lào", "ວັນສ້າງຕັ້ງ ສປປ ລາວ" (not "the founding of Vietnam's People's Army").
    """
    return (
        _FOUNDING_BEFORE.search(text, max(s, ns - 40), ns) is not None
        and _NAME_GOES_ON.match(text, ne) is None
    )


def founding_of(index: _Index, rid: str, verb: str) -> str | None:
    """
    What the record ``rid`` was founded (``verb`` "founded": a body, a document, a starting
    point, a country, whose founding is its national day's), born or died ("born", "died") by.
    """
    if verb == "founded":
        return (
            rid if rid in index.foundings else index.founding_of_org.get(rid) or index.national_day.get(rid)
        )
    return index.birth_of.get(rid) if verb == "born" else index.death_of.get(rid)


def founding_kind(verb: re.Match[str]) -> str:
    """What the words of a founding say: "founded", "born" or "died" (the group that matched)."""
    return "founded" if verb["founded"] else "born" if verb["born"] else "died"


#: Right after an ordinal, the end of its entry of a list: its date in brackets at most, then a comma.
_ENTRY_END: Final = re.compile(r"[^\S\n]*+(?:\([^()\n]{0,40}\)[^\S\n]*+)?,")


def founding_by_its_day(
    index: _Index,
    text: str,
    end: int,
    e: int,
    *,
    day_first: bool = False,
    among: Collection[str] | None = None,
) -> list[str]:
    """
    The one founding whose day and month a date in a bracket right after an anniversary
    (ending at ``end`` in ``text``, the sentence ending at ``e``) gives, when nothing names
    what it counts from ("the Party marked its 70th anniversary (22 March 2026)": the LPRP was
    founded on 22 March); none for several or none.
    """
    bracket = _BRACKET_DAY.match(text, end, e)
    if bracket is None:
        return []  # most anniversaries: no bracket after them
    # (a text that writes the day before the month reads "(2/9/2026)" as 2 September)
    inside = bracket["inside"]
    read = parse_dates(inside) or (parse_lao_dates(inside) if day_first else ())
    days = [
        m.when.earliest
        for m in read
        if m.when is not None and m.when.precision is Precision.DAY and m.when.earliest is not None
    ]
    if len(days) != 1:
        return []
    day = days[0]
    found = [
        fid
        for fid, founding in index.foundings.items()
        if (among is None or fid in among)
        and founding.when.precision is Precision.DAY
        and founding.when.earliest is not None
        and (founding.when.earliest.month, founding.when.earliest.day) == (day.month, day.day)
    ]
    return found if len(found) == 1 else []


def national_by_its_day(index: _Index, text: str, end: int, e: int, *, day_first: bool = False) -> list[str]:
    """
    The national day whose day and month a bracket right after the national-day words after
    an ordinal ending at ``end`` gives (the sentence ending at ``e``), if one does ("kỷ niệm 81
    năm Quốc khánh (2/9/2026)": Vietnam's).
    """
    words = _NATIONAL_DAY.search(text, end, min(e, end + 30))
    if words is None or not _RIGHT_AFTER.fullmatch(text, end, words.start()):
        return []
    national = index.national_day.values()
    return founding_by_its_day(index, text, words.end(), e, day_first=day_first, among=national)


#: Right before an anniversary: an article and one word ("the party turned 95"), a subject of its
#: own that no record names, whose anniversary it is, not surely that of the founding the
#: sentence before names (``ordinals.subject_articles``).
_ARTICLE_SUBJECT: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_alternation(merged('ordinals', 'subject_articles')) or '(?!)'})"
    r"[^\S\n]++[^\W\d_]++[^\S\n]*+\Z",
    re.IGNORECASE,
)


class Foundings:
    """The foundings the anniversaries of a chunk count from, read in the chunk of a sentence scope."""

    __slots__ = (
        "day_first",
        "index",
        "named",
        "national_days",
        "ordinal_ends",
        "ordinal_starts",
        "owners",
        "parties",
        "positions",
        "scope",
        "sentences",
        "text",
    )

    def __init__(self, scope: SentenceScope, *, day_first: bool = False) -> None:
        #: whether the text writes numeric days day first (Vietnamese and Lao: "2/9/2026")
        self.day_first = day_first
        #: the countries of a sentence (a national day is a country's), and the chunk it reads
        self.scope = scope
        #: where the chunk's ordinals start, once read (:meth:`Context.set_ordinals`): a founding
        #: named after an ordinal is its only before the next ("the 62nd anniversary of
        #: diplomatic relations ... and the 47th anniversary of the Treaty": the Treaty is the 47th's)
        self.ordinal_starts: list[int] = []
        #: and where they end
        self.ordinal_ends: list[int] = []
        self.text = scope.text
        self.index: _Index = scope.index
        self.named = scope.named
        self.sentences: Sentences = scope.sentences
        self.positions: Positions = scope.positions
        #: the parties' foundings named without the party ("96 năm Ngày thành lập Đảng")
        self.parties = UnnamedParties(scope)
        #: the names an ordinal is owned by ("Kaysone Phomvihane's 105th"), state names after it
        self.owners = Owners(scope)
        #: whether an ordinal is a national day's, and whose
        self.national_days = NationalDays(scope)

    def near(self, ordinal: OrdinalMention) -> list[str]:
        """
        The foundings an anniversary counts from (:meth:`_near`); only a person's birth or death
        where the words of one stand with it (:func:`~vnla.checker.lives.lives_only`).
        """
        found = self._near(ordinal)
        if not found:
            return found
        return lives_only(
            self.index, self.text, ordinal.span, self.sentences.sentence(*ordinal.span)[1], found
        )

    def _near(self, ordinal: OrdinalMention) -> list[str]:
        """
        The foundings an anniversary counts from: named with it or right after it (or the
        subject's, after "its"), else a national day's.

        A country stands for its national day only where national-day words stand with the
        ordinal ("the 50th National Day", "the 50th anniversary of its National Day") and no
        other country is named: "the 63rd anniversary of relations between Vietnam and Laos"
        and "Japan marks its 70th anniversary of ties with Laos" count from nothing the record
        holds.
        """
        start, end = ordinal.span
        s, e = self.sentences.sentence(start, end)
        # national-day words in the ordinal's clause: another clause's are another entry's
        # ("18 July (treaty, 50th anniversary); 2 December (National Day, 52nd anniversary)")
        text = self.text
        national = self.national_days.of_ordinal(ordinal, (s, e), self.ordinal_starts)
        # a national day the ordinal is of ("the 50th National Day", "50 năm Quốc khánh", "ວັນຊາດ
        # ຄົບຮອບ 50 ປີ") counts from no party or body named near it ("... with To Lam of the CPV")
        own = national and self.national_days.own(ordinal, (s, e))
        # whose national day, a bracketed day right after its words says ("kỷ niệm 81 năm Quốc
        # khánh (2/9/2026)": Vietnam's), whatever country the sentence names
        dated = national_by_its_day(self.index, text, end, e, day_first=self.day_first)
        # a party's founding named without the party, right by the ordinal, is nearer than
        # national-day words before it ("50 năm Quốc khánh và 70 năm thành lập Đảng")
        party = None if own or dated else self.parties.of_ordinal(start, end, (s, e))
        # a founding named without the two countries, right after the ordinal, is nearer than
        # a name farther on ("kỷ niệm 65 năm quan hệ ngoại giao và 45 năm Hiệp ước ...")
        bare = None if own or party or dated else self._bare(start, end, (s, e))
        named = (
            dated
            if dated
            else [party]
            if party is not None
            else self._named(
                start,
                end,
                (s, e),
                countries=national,
                before=bare[1] if bare else None,
                number=ordinal.number,
                only_countries=own,
            )
        )
        if named is not None:
            return named
        if bare is not None:
            return [bare[0]]
        possessed = self._possessed(start, end, (s, e))
        if possessed:
            return possessed
        if ordinal.noun == "anniversary" and not national:
            # "ສາຍພົວພັນທາງການທູດ ລາວ-ຫວຽດນາມ ສ້າງຕັ້ງຂຶ້ນ ໃນວັນທີ 5 ກັນຍາ 1962, ປີນີ້ ຄົບຮອບ 63
            # ປີ": the founding the sentence opens with, its subject; "Vietnam and Laos
            # established diplomatic relations on 5 September 1962. This September therefore
            # marks the 62nd anniversary.": a sentence that names nothing counts from the one
            # founding the sentence before names
            subject = self._subject(start, s)
            # else a founding of the sentence before, the life of the one person this one names
            # (a pronoun after it), or the founding whose day a bracket after it gives
            return (
                [subject]
                if subject is not None
                else (
                    []
                    if _ARTICLE_SUBJECT.search(text, max(s, start - 40), start)
                    else self._from_before(start, end, (s, e))
                )
                or of_its_one_person(
                    self.index, text, self.positions.within(self.named, s, e), (start, end), e
                )
                or founding_by_its_day(self.index, text, end, e)
            )
        if ordinal.noun == "years" or not national:
            return []
        return self.national_days.counted(ordinal, (s, e), own=own)

    def _subject(self, start: int, s: int) -> str | None:
        """
        The founding a sentence (starting at ``s``) opens with, a word before it at most, or
        names right before an anniversary at ``start`` ("Ngày 18/7 vừa qua, Hiệp ước tròn 50
        năm"), the two countries it is between at most ("Năm nay, Hiệp ước ... giữa hai nước tròn
        50 năm"), or before a bracket that holds it, a few words between, when nothing else is
        named between the sentence's start and the anniversary, nor another ordinal: the
        sentence's subject, whose anniversary it is.  A person's birth, or a country's national
        day, is no such subject.
        """
        names = self.positions.within(self.named, s, start)
        if len(names) != 1:
            return None  # none, or another name between: "The LPRP congratulated Vietnam on the 80th ..."
        ns, ne, rid = names[0]
        # or in a bracket right after the name ("thành lập Đảng Cộng sản Việt Nam (đầu năm nay kỷ
        # niệm 96 năm)"): the bracket is said of it
        opens = (
            len(self.text[s:ns].split()) <= 1
            or not self.text[ne:start].strip()
            or _BRACKET_OPENS.fullmatch(self.text, ne, start) is not None
            or _OF_THE_TWO.fullmatch(self.text, ne, start) is not None
        )
        if not opens or self.index.kinds.get(rid) in ("person", "country", "place"):
            return None
        at = bisect.bisect_left(self.ordinal_starts, start)
        if at and self.ordinal_starts[at - 1] >= s:
            return None
        return self.index.founding_of(rid)

    def _possessed(self, start: int, end: int, sentence: tuple[int, int]) -> list[str]:
        """
        The founding a possessive right before an anniversary stands for ("its", "their"): the
        one the sentence opens with ("Diplomatic relations between Vietnam and the Lao PDR were
        established on ...; 2026 marks their 64th anniversary"), or, when the possessive opens
        the sentence, the one founding the sentence before names, whatever this one names after
        it ("The Treaty ... still frames the relationship. Its 49th anniversary falls in 2027,
        ... the Solidarity Year"); none without a possessive.
        """
        s, e = sentence
        if not _POSSESSIVE_BEFORE.search(self.text, max(s, start - 12), start):
            return []
        opening = self.scope.opening_founding(s, e)
        if opening is not None:
            return [opening]
        if len(self.text[s:start].split()) == 1:
            return self._from_before(start, end, sentence, named_here=True)
        return []

    def _from_before(
        self, start: int, end: int, sentence: tuple[int, int], *, named_here: bool = False
    ) -> list[str]:
        """
        The founding of the sentence before an anniversary's that names nothing but it: the one
        founding that sentence names (a record's, or one of the two countries' named without them
        where it names both and no other country); none when it names none or several, or when
        the anniversary's is an entry of a list ("22 ມີນາ - ... ຄົບຮອບ 72 ປີ\n18 ກໍລະກົດ - ...
        ຄົບຮອບ 50 ປີ": each line is its own day's) or the sentence before is a table's row.
        """
        s, e = sentence
        text, index = self.text, self.index
        if (
            s < 2
            or (_OF_AFTER.match(text, end) and not of_a_life(text, end, e, self._names_any))
            or (not named_here and self.positions.within(self.named, s, e))
        ):
            return []
        ps, pe = self.sentences.sentence(s - 2, s - 1)
        if "\n" in text[ps:start] and (list_heading(text, start) is not None or row_at(text, ps) is not None):
            # an entry of a list, a calendar's line, or a line after a table's row ("| 2 Sep | National
            # Day of Vietnam, 1945 | 81st |" over "| 5 Sep | Diplomatic relations, 1962 | 64th |"):
            # the entry or row before is another's (a header's is no row: it names the column's)
            return []
        foundings = {
            f
            for ns, ne, rid in self.positions.within(self.named, ps, pe)
            if rid not in index.national_day and (f := index.founding_of(rid)) is not None
        }
        if self.scope.countries_in(ps, pe) == {"VN", "LA"} and not self.scope.others_in(ps, pe):
            for found in index.bare_pattern.finditer(text, ps, pe):
                bare = index.bare_foundings.get(_bare_key(found[0]))
                if bare is not None:
                    foundings.add(bare)
        if len(foundings) != 1:
            return []
        # a person's: the death where death words stand with the anniversary ("Souphanouvong died on
        # 9 January 1995. 2026 marks the 31st anniversary of his death.", "... 31 năm ngày mất của ông")
        return death_or(index, text, foundings.pop(), max(s, start - 24), min(e, end + LIFE_REACH))

    def _names_any(self, lo: int, hi: int) -> bool:
        """Whether the text names anything in ``[lo, hi)``."""
        return bool(self.positions.within(self.named, lo, hi))

    def _named(
        self,
        start: int,
        end: int,
        sentence: tuple[int, int],
        *,
        countries: bool,
        before: int | None = None,
        number: int | None = None,
        only_countries: bool = False,
    ) -> list[str] | None:
        """
        The founding a name near an ordinal gives (a country's only when ``countries``, and
        only a country's when ``only_countries``; after the ordinal, one that starts ``before``
        a position), or ``None``.
        """
        s, e = sentence
        index = self.index
        within = self.positions.within

        def founding_of(rid: str, ns: int, ne: int) -> str | None:
            if only_countries and rid not in index.national_day and rid not in national_days:
                return None  # a national day's ordinal counts from a country or a national day
            # a country counts from its founding only as its national day, named with it
            # ("the 50th National Day of the Lao PDR"), not in a later clause
            if (
                rid in index.national_day
                and not founded_before(self.text, ns, ne, s)
                and not (ns > end and _FOUNDED_RIGHT_AFTER.match(self.text, ne))
                and not self.owners.states(end, (ns, ne), rid)
                and (not countries or (ns > end and not _RIGHT_AFTER.fullmatch(self.text, end, ns)))
            ):
                return None
            return index.founding_of(rid, number)

        owner = self.owners.of_ordinal(start, s)
        if owner is not None:
            # "Kaysone Phomvihane's 105th birth anniversary", "the Lao PDR's 50th anniversary"
            ns, ne, rid = owner
            if rid not in index.national_day:
                founding = founding_of(rid, ns, ne)
            else:  # a country's state name, not its common one ("Laos's 51st anniversary")
                founding = index.founding_of(rid, number) if self.owners.is_state((ns, ne), rid) else None
            if founding is not None:
                return death_or(self.index, self.text, founding, start, min(e, end + 16))
        national_days = set(index.national_day.values()) if only_countries else set()
        lo = self._lao_before(start, s, own=only_countries)
        if lo is not None:  # Lao names what it counts first: "ວັນຊາດ ສປປ ລາວ ຄົບຮອບ 50 ປີ"
            for ns, ne, rid in reversed(within(self.named, lo, start)):
                founding = founding_of(rid, ns, ne)
                if founding is not None:
                    return death_or(self.index, self.text, founding, max(s, ns - 24), start)
        until = min(self._reach(start, end, e), e if before is None else before)
        for ns, ne, rid in within(self.named, max(s, start - 200), until):
            founding = founding_of(rid, ns, ne) if ne > start else None
            if founding is not None:
                return death_or(self.index, self.text, founding, start, min(e, ne + 16))
        if _POSSESSIVE_BEFORE.search(self.text, max(s, start - 12), start) or _FOUNDING_AFTER.match(
            self.text, end
        ):
            # "the Party marks its 75th anniversary", "Đảng ... kỷ niệm 75 năm ngày thành lập": the
            # founding of the subject, the last one named
            # (not a person's birth: "its" is no person's, and a person is born, not founded:
            # "The treaty President Kaysone Phomvihane signed ...; its 50th anniversary")
            for ns, ne, rid in reversed(within(self.named, s, start)):
                founding = founding_of(rid, ns, ne) if index.kinds.get(rid) != "person" else None
                if founding is not None:
                    return death_or(self.index, self.text, founding, ns, start)
        # an aside in brackets that names what it counts first: "22 March (the LPRP's founding,
        # 72nd anniversary)"
        opening = self.text.rfind("(", s, start)
        if opening >= 0 and ")" not in self.text[opening:start]:
            for ns, ne, rid in reversed(within(self.named, opening, start)):
                founding = founding_of(rid, ns, ne)
                if founding is not None:
                    return death_or(self.index, self.text, founding, ns, start)
        return None

    def _bare(self, start: int, end: int, sentence: tuple[int, int]) -> tuple[str, int] | None:
        """
        A founding of the two countries named without them (:attr:`_Index.bare_foundings`)
        right after the ordinal ("the 64th anniversary of their diplomatic ties", "kỷ niệm 48
        năm ký Hiệp ước Hữu nghị và Hợp tác"), or in Lao right before it, where the sentence
        names both Vietnam and Laos and no other country, or a bracket right after the words
        gives the founding's day: else such words may be anyone's.  With the founding, where its
        words start.
        """
        s, e = sentence
        text, index = self.text, self.index
        found = None
        lo = self._lao_before(start, s)
        if lo is not None:  # Lao names what it counts first: right before the ordinal
            before = list(index.bare_pattern.finditer(text, lo, start))
            if before and _RIGHT_AFTER.fullmatch(text, before[-1].end(), start):
                found = before[-1]
        if found is None:
            found = index.bare_pattern.search(text, end, self._reach(start, end, e))
            if found is not None and not _RIGHT_AFTER.fullmatch(text, end, found.start()):
                found = None
        if found is None or self.scope.other_country(start, end) is not None:
            return None
        founding = index.bare_foundings.get(_bare_key(found[0]))
        if founding is None:
            return None
        if not self.scope.of_the_two(s, e, found[0]) and not founding_by_its_day(
            index, text, found.end(), e, day_first=self.day_first, among=(founding,)
        ):
            # (but a bracket right after the words that gives the founding's day says whose they
            # are: "the 63rd anniversary of diplomatic relations (5 September 1962)")
            return None
        return founding, found.start()

    def _reach(self, start: int, end: int, e: int) -> int:
        """
        How far after an ordinal at ``text[start:end]`` what it counts may be named: 90
        characters, within its sentence (ending at ``e``) and its clause (to a semicolon), before
        the next ordinal ("the 62nd anniversary of diplomatic relations ... and the 47th
        anniversary of the Treaty").
        """
        starts = self.ordinal_starts
        after = bisect.bisect_right(starts, start)
        reach = min(e, end + 90, starts[after] if after < len(starts) else e)
        semicolon = self.text.find(";", end, reach)
        reach = bracket_end(self.text, end, reach if semicolon < 0 else semicolon)
        # nor past a comma and "and", which open another clause ("by 2030, the Party's 100th
        # anniversary, and Laos' goal ... by 2055, the LPRP's 100th"), or past a comma below
        if "," not in self.text[end:reach]:
            return reach
        comma = self.text.find(",", end, reach)
        # Lao sets a comma only between clauses ("ຄົບຮອບ໕໐ປີທາງໂທລະທັດ ໃນວັນທີ ..., ມີທ່ານ ..."); and
        # a comma right after the ordinal ends its clause in any language ("năm 2027: quan hệ ngoại
        # giao tròn 65 năm, Hiệp ước tròn 50 năm, Đảng ... tròn 72 năm"), unless an aside set off
        # by it leads on to what the ordinal is of ("the 51st anniversary, on 2 December 2026, of")
        aside = self.text.find(",", comma + 1, reach)
        if is_lao(self.text[start]) or (
            not self.text[end:comma].strip() and not (aside >= 0 and _OF_AFTER.match(self.text, aside + 1))
        ):
            return comma
        joined = _COMMA_AND.search(self.text, end, reach)
        return reach if joined is None else joined.start()

    def _lao_before(self, start: int, s: int, *, own: bool = False) -> int | None:
        """
        Where a Lao ordinal at ``start`` may find what it counts named before it ("ວັນຊາດ ສປປ
        ລາວ ຄົບຮອບ 50 ປີ"; ``s``: the sentence's start), or ``None`` (not Lao).  After an
        earlier ordinal of its sentence, only past an "and" or a semicolon ("ວັນຊາດ ຄົບຮອບ 50
        ປີ ແລະ ພັກ ... ຄົບຮອບ 70 ປີ", "ພັກ...ຄົບຮອບ 95 ປີ;ໃນເດືອນມີນາ,ພັກ...ຄົບຮອບ 70 ປີ"):
        what stands right after that ordinal is its own ("ຄົບຮອບ 65 ປີ ແຫ່ງ ການສ້າງຕັ້ງ ... ແລະ
        ຄົບຮອບ 50 ປີ").
        """
        text = self.text
        if not is_lao(text[start]):
            return None
        # a relative word links the ordinal's clause to the sentence's subject, however far back
        lo = s if _RELATIVE.search(text, max(s, start - 60), start) else max(s, start - 60)
        if own:  # a national day's own words: not before a semicolon, which parts another country's
            lo = max(lo, text.rfind(";", lo, start) + 1)  # ("2ກັນຍາ(ວັນຊາດຫວຽດນາມ);2ທັນວາ(ວັນຊາດຄົບຮອບ51ປີ)")
        at = bisect.bisect_left(self.ordinal_starts, start)
        if at and self.ordinal_starts[at - 1] >= s:
            previous = self.ordinal_ends[at - 1]
            joiner = _JOINER.search(text, previous, start)
            semicolon = text.rfind(";", previous, start)
            # or past the comma that ends its entry of a list, its date in brackets at most
            # ("ພັກ ... ຄົບຮອບ 70 ປີ (22 ມີນາ 1955), ວັນເກີດ ປະທານ ... ຄົບຮອບ 105 ປີ")
            entry = _ENTRY_END.match(text, previous, start)
            if joiner is None and semicolon < 0 and entry is None:
                return None
            lo = max(
                lo,
                joiner.end() if joiner is not None else 0,
                semicolon + 1,
                entry.end() if entry is not None else 0,
            )
        return lo
