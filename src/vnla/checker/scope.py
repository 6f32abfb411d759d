# SPDX-License-Identifier: MIT
"""
The countries a sentence is about: the ones it names, nearest first; another country or
bloc than Vietnam and Laos ("Vietnam-Cambodia trade"), which makes what stands next to it
something the record does not hold; and whether its trade is the two countries' or one
country's with the world.  Readers' judges ask these questions of a :class:`SentenceScope`
the context holds; the answers of a sentence are found once, as its figures ask in turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vnla.checker.folding import _bare_key
from vnla.checker.sentences import semicolon_part
from vnla.checker.tables import row_at
from vnla.checker.vocabulary import (
    _BILATERAL,
    _BOTH,
    _CONTRAST_JOIN,
    _COUNTRY_TOTAL,
    _COUNTRY_WORD,
    _JOINED,
    _PART,
    _PART_PLACES,
    _PARTNER_BEFORE,
    _QUALIFIER_COUNTRY,
    _RANKING_BEFORE,
    _RUN_END,
    _WHOLE,
    _WRITERS_COUNTRY,
    other_countries,
)

if TYPE_CHECKING:
    from vnla.checker.index import _Index
    from vnla.checker.positions import Positions
    from vnla.checker.sentences import Sentences

__all__ = ["ScopeReader", "SentenceScope"]

#: How far before a sentence that says "the two countries" the text is looked at for the two it
#: means (see :meth:`SentenceScope.both_meant`).
_BOTH_REACH: Final = 1500
#: The longest line looked at whole for other countries' names (see :meth:`SentenceScope.line_of_others`).
_LONGEST_LINE: Final = 2000


#: The kinds of place whose trade is a part of the two countries' ("Nghe An's trade with Laos").
_TRADING_PLACES: Final = frozenset({"capital", "city", "province", "port", "border-gate"})


def _place_of_trade(text: str, index: _Index, named: list[tuple[int, int, str]]) -> str | None:
    """
    The name of a recorded province, city, port or border gate among ``named`` that words around
    it make the trade's owner (``amounts.part_places``: "Nghe An's trade", "trade between Nghe
    An and Laos"), as written, or ``None``.
    """
    for ns, ne, rid in named:
        place = index.records.get(rid)
        kind = getattr(getattr(place, "kind", None), "value", None)
        if index.kinds.get(rid) != "place" or kind not in _TRADING_PLACES:
            continue
        # (the words after the name start after its spaces, a possessive's right at it)
        tail = ne + len(text[ne : ne + 8]) - len(text[ne : ne + 8].lstrip(" \t"))
        for before, after in _PART_PLACES:
            if before.search(text, max(0, ns - 40), ns) and (
                after.match(text, ne) or after.match(text, tail)
            ):
                return text[ns:ne]
    return None


class SentenceScope:
    """
    The countries each sentence of a chunk names, and what they make of its trade.

    Positions are offsets in ``text`` (the chunk); ``named`` is the matcher's names with a
    record, ``(start, end, id)`` in order.
    """

    __slots__ = ("_only", "_others", "_part", "_whole", "index", "named", "positions", "sentences", "text")

    def __init__(
        self,
        text: str,
        index: _Index,
        named: list[tuple[int, int, str]],
        sentences: Sentences,
        positions: Positions,
    ) -> None:
        self.text = text
        self.index = index
        self.named = named
        self.sentences = sentences
        self.positions = positions
        #: by sentence, the other countries it names, and what makes its trade other than the two's
        self._others: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self._whole: dict[tuple[int, int], str | None] = {}
        self._part: dict[tuple[int, int], str | None] = {}
        #: Vietnam and Laos as the chunk names them, and whether it names another country at all
        self._only: tuple[frozenset[str], bool] | None = None

    def contrast_part(self, start: int, end: int) -> tuple[int, int]:
        """
        The part of the sentence of ``text[start:end]`` between the clauses about other subjects
        that a comma and a word of ``countries.contrast_joins`` open before and after it ("The
        14th Congress met on 19-23 January, while the LPRP held ..."): the sentence when none.
        """
        s, e = self.sentences.sentence(start, end)
        lo = s
        for m in _CONTRAST_JOIN.finditer(self.text, s, start):
            lo = m.start()
        after = _CONTRAST_JOIN.search(self.text, end, e)
        return lo, after.start() if after is not None else e

    def countries_near(
        self, start: int, end: int, *, bodies: bool = True, after: int = 0, before: int | None = None
    ) -> list[str]:
        """
        Countries a sentence names (a country, body, place, event, person or adjective; with
        ``bodies`` false, only a country by its name), nearest first; from ``after`` on, and
        before ``before``, only.
        """
        s, e = self.sentences.sentence(start, end)
        s, e = max(s, after), e if before is None else min(e, before)
        found: list[tuple[int, str]] = []
        for ns, ne, rid in self.positions.within(self.named, s, e):
            if not bodies and rid not in self.index.national_day:
                continue
            country = self.index.country_of.get(rid)
            penalty = 0
            if country is None:
                country, penalty = self.index.person_country.get(rid), 1000  # a person says less than a body
            if country:
                found.append((min(abs(ns - end), abs(start - ne)) + penalty, country))
        for m in _COUNTRY_WORD.finditer(self.text, s, e) if bodies else ():
            country = _QUALIFIER_COUNTRY.get(" ".join(m[1].lower().split()))
            if country:
                found.append((min(abs(m.start() - end), abs(start - m.end())), country))
        return list(dict.fromkeys(c for _d, c in sorted(found)))

    def other_country(self, start: int, end: int) -> str | None:
        """
        The nearest country or bloc other than Vietnam and Laos that the sentence around
        ``text[start:end]`` names ("Vietnam-Cambodia trade", "Thái Lan", "ASEAN"), as written;
        ``None`` when it names none, or when only other clauses do and the span's own clause
        names both Vietnam and Laos ("Laos' trade with Vietnam reached ..., second after China").

        What stands next to such a name may be about that country, which the record does not
        know: a judge says so (``unknown``) rather than compare it with Vietnam's and Laos's.
        """
        return self._other(start, end, pair_in=False)

    def other_country_of_wording(self, start: int, end: int) -> str | None:
        """
        :meth:`other_country` for a wording of the two countries' relationship (a framework
        element's): ``None`` also when the sentence names both Vietnam and Laos and the
        wording's own clause no other country, as in "Vietnam and Laos share a special
        solidarity, a model for relations between nations, the Cambodian envoy said".
        "Vietnam and the United States upgraded ties to a comprehensive strategic
        partnership" names no Laos: the wording may be the other country's.
        """
        return self._other(start, end, pair_in=True)

    def line_of_others(self, start: int, end: int) -> tuple[int, bool]:
        """
        Where the line around ``text[start:end]`` ends, and whether it names another country
        at all: one look a line (a paragraph of news), which spares finding the sentences of
        the many spans whose line names none.  A line longer than 2,000 characters is looked
        at sentence by sentence instead.
        """
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        if line_end - line_start > _LONGEST_LINE:
            s, e = self.sentences.sentence(start, end)
            return e, bool(self.others_in(s, e))
        return line_end, bool(other_countries().find(text, line_start, line_end))

    def others_in(self, s: int, e: int) -> list[tuple[int, str]]:
        """
        The other countries the sentence ``text[s:e]`` names, ``(position, name)`` in order,
        but those its subject is only ranked against (:meth:`_not_ranked_against`).
        """
        others = self._others.get((s, e))
        if others is None:  # found once a sentence: its figures and ordinals ask in turn
            others = self._others[s, e] = self._not_ranked_against(
                other_countries().find(self.text, s, e), s, e
            )
        return others

    def _other(self, start: int, end: int, *, pair_in: bool) -> str | None:
        """The other country nearest ``text[start:end]`` (see :meth:`other_country`), as written."""
        s, e = self.sentences.sentence(start, end)
        others = self.others_in(s, e)
        if not others:
            return None
        before, after = self.sentences.clause(start, end)
        clause = (max(s, before + 1), min(e, after))
        inside = [(at, name) for at, name in others if clause[0] <= at < clause[1]]
        if not inside and {"VN", "LA"} <= self.countries_in(*((s, e) if pair_in else clause)):
            return None
        # the others only in other parts of the sentence, between semicolons, where the span's
        # own part names both Vietnam and Laos ("trade between Vietnam and Laos reached ..., up
        # 23.7 per cent ...; and calls on British firms to ...")
        lo, hi = semicolon_part(self.text, s, e, start, end)
        if not any(lo <= at < hi for at, _name in others) and {"VN", "LA"} <= self.countries_in(lo, hi):
            return None
        return min(
            inside or others, key=lambda o: (min(abs(o[0] - end), abs(start - o[0] - len(o[1]))), o[0])
        )[1]

    def _not_ranked_against(self, others: list[tuple[int, str]], s: int, e: int) -> list[tuple[int, str]]:
        """
        The other countries of the sentence ``text[s:e]`` less those its subject is ranked
        against at the end of a clause ("the third-largest investor in Laos, behind China and
        Thailand.", "chỉ sau Trung Quốc"): the figure before them is still the subject's.  A
        run of such names followed by more words ("after China's 10 billion USD") is kept.
        """
        if not others:
            return others
        text = self.text
        ranked: set[int] = set()
        run: list[int] = []
        ends = [at + len(name) for at, name in others]
        # whether each name is joined to the next ("China and Thailand"); the last to none
        joined = [
            _JOINED.fullmatch(text, ends[i], others[i + 1][0]) is not None for i in range(len(others) - 1)
        ]
        joined.append(False)
        for i, (at, _name) in enumerate(others):
            if run and joined[i - 1]:
                run.append(i)  # "behind China and Thailand": the run goes on
            elif _RANKING_BEFORE.search(text, max(s, at - 24), at):
                run = [i]
            else:
                run = []
            if run and not joined[i] and _RUN_END.match(text, ends[i], e):
                ranked.update(run)
        return [o for i, o in enumerate(others) if i not in ranked] if ranked else others

    def whole_trade(self, start: int, end: int) -> str | None:
        """
        The words that make the trade of the sentence around ``text[start:end]`` other than
        Vietnam–Laos trade, as written, or ``None``.

        Trade is the two countries' when the sentence names both, has a bilateral word
        ("two-way", "song phương") or a partner word before one of them ("trade with Laos",
        "with our Lao friends").  Otherwise a word of the world ("global trade", "ngoại
        thương") or a single country ("Laos' total trade", "Vietnam's import-export turnover")
        makes it trade with the world, which the record does not hold, unless the sentence goes
        on with the two countries' trade of its paragraph (:meth:`_goes_on_with_the_two`).  A
        sentence that names neither is read in its article's context: ``None``.  In a table's
        row, the figure's own cell is read, then its column's header and the table's caption:
        another cell's words (``| 2024 | 2,52 tỷ USD | Lào xuất siêu ... |``) are another
        figure's, and a header or caption of the two countries' trade ("Thương mại Việt Nam -
        Lào") makes every cell's so.
        """
        key = self.sentences.sentence(start, end)
        if "|" in self.text[key[0] : key[1]]:
            row = row_at(self.text, start)
            if row is not None:
                leads = row.leads(start)
                if any(self._bilateral(*span) for span in leads):
                    return None
                i = row.cell_at(start)
                cell = (start, end) if i is None else row.cells[i]
                return next(filter(None, (self._whole_trade(*span) for span in (cell, *leads))), None)
        if key not in self._whole:  # the same for every figure of the sentence
            whole = self._whole_trade(*key)
            if whole is not None and self._goes_on_with_the_two(*key):
                whole = None
            self._whole[key] = whole
        return self._whole[key]

    def _goes_on_with_the_two(self, s: int, e: int) -> bool:
        """
        Whether the sentence ``text[s:e]``, which names one of Vietnam and Laos and no world
        word, goes on with the two countries' trade of its paragraph: a sentence before it in
        the paragraph, with only such sentences between, speaks of their trade ("Trade between
        Vietnam and Laos reached US$2.2 billion in 2024. Laos posted a surplus of US$732.7
        million."), and none of them, nor it, names another country.
        """
        text = self.text
        if _WHOLE.search(text, s, e) or _COUNTRY_TOTAL.search(text, s, e) or self.others_in(s, e):
            return False
        at = s
        for _ in range(3):  # three sentences back at most
            ps, pe = self.sentences.sentence(at - 2, at - 1) if at >= 2 else (at, at)
            if (
                ps >= at
                or text.count("\n", min(pe, at), at) > 1  # the text or its paragraph starts here
                or _WHOLE.search(text, ps, pe)
                or self.others_in(ps, pe)
            ):
                return False
            if self._bilateral(ps, pe):
                return True
            if not self._two_named(ps, pe):
                return False  # a sentence of neither: the thread is lost
            at = ps
        return False

    def part_trade(self, start: int, end: int) -> str | None:
        """
        The words that make the trade of the sentence around ``text[start:end]`` a part of the
        two countries' (a province's, a border gate's), as written, or ``None``: "Qua cửa khẩu
        quốc tế Cầu Treo, tổng kim ngạch ... của tỉnh", "the province's trade with Laos".  Not
        where the figure's own part of the sentence, after a colon or a semicolon, names the two
        countries' trade as a whole ("hàng hóa qua cửa khẩu tăng nhanh: kim ngạch thương mại hai
        chiều Việt Nam – Lào năm 2023 đạt ...").
        """
        key = self.sentences.sentence(start, end)
        if key not in self._part:  # the same for every figure of the sentence
            part = _PART.search(self.text, *key)
            self._part[key] = (
                _place_of_trade(self.text, self.index, self.positions.within(self.named, *key))
                if part is None
                else part[0]
            )
        words = self._part[key]
        if words is None:
            return None
        text, s = self.text, key[0]
        own = max(text.rfind(":", s, start), text.rfind(";", s, start))
        if own >= 0 and _PART.search(text, own, start) is None and self._the_twos_trade(own, start):
            return None
        return words

    def _the_twos_trade(self, s: int, e: int) -> bool:
        """Whether ``text[s:e]`` names both countries and their trade as such ("hai chiều", "bilateral")."""
        named = self._two_named(s, e)
        return len({c for _ns, _ne, c in named}) == 2 and _BILATERAL.search(self.text, s, e) is not None

    def _whole_trade(self, s: int, e: int) -> str | None:
        """:meth:`whole_trade` of the sentence ``text[s:e]``."""
        text = self.text
        named = self._two_named(s, e)
        if self._bilateral(s, e, named):
            return None
        whole = _WHOLE.search(text, s, e)
        if whole is not None:
            return whole[0]
        return text[named[0][0] : named[0][1]] if named else None

    def _bilateral(self, s: int, e: int, named: list[tuple[int, int, str]] | None = None) -> bool:
        """
        Whether ``text[s:e]`` speaks of the two countries' trade: it names both, has a bilateral
        word, or a partner word before one of them (``named``: where it names them, if known).
        """
        named = self._two_named(s, e) if named is None else named
        return bool(
            len({country for _ns, _ne, country in named}) == 2
            or _BILATERAL.search(self.text, s, e)
            or any(_PARTNER_BEFORE.search(self.text, max(s, ns - 24), ns) for ns, _ne, _c in named)
        )

    def of_the_two(self, s: int, e: int, said: str | None = None) -> bool:
        """
        Whether the sentence ``text[s:e]`` speaks of Vietnam and Laos, whom a founding named
        without them ("quan hệ ngoại giao", "diplomatic relations") is then of: it names the two,
        or it names no country and goes on with the sentence before, if that names both and no
        other ("Năm 1977, hai nước ký Hiệp ước ... Việt Nam - Lào. ... 65 năm quan hệ ngoại
        giao."), or says "the two countries" after text that names the two and no other, or in
        a text that names the two and no other anywhere (:meth:`only_the_two`), or comes after
        such text at all.

        ``said`` is the founding's words as written: in Vietnamese, Vietnam is the writer's own
        country and need not be named ("Lào ... 65 năm quan hệ ngoại giao"), as Laos need not
        be in Lao.
        """
        # (the country a founding's words written in a language leave unnamed: the writer's own)
        implied = _WRITERS_COUNTRY.get(self.index.bare_langs.get(_bare_key(said), "")) if said else None
        countries = self.countries_in(s, e)
        if countries == {"VN", "LA"}:
            return True
        if implied is not None and countries | {implied} == {"VN", "LA"}:
            # the other named, the writer's own not: where no other country is named near at all
            return not other_countries().find(self.text, max(0, s - _BOTH_REACH), e)
        if countries:
            return False
        if _BOTH.search(self.text, s, e) is not None and self.only_the_two(implied):
            return True  # "the two countries", in a text of the two and no other country
        if s < 2:
            return False
        ps, pe = self.sentences.sentence(s - 2, s - 1)
        named = self.countries_in(ps, pe) | ({implied} if implied else set())
        before = named == {"VN", "LA"} and not self.others_in(ps, pe)
        return before or self.both_meant(s, e, implied) or self.about_the_two(s, e, implied)

    def only_the_two(self, implied: str | None = None) -> bool:
        """
        Whether the chunk names Vietnam and Laos (one of them may be ``implied``, the writer's
        own) and no other country anywhere: "the two countries" in it are those two, before it
        names them too ("Năm nay hai nước kỷ niệm 62 năm quan hệ ngoại giao", its first line).
        """
        if self._only is None:
            end = len(self.text)
            self._only = (frozenset(self.countries_in(0, end)), bool(self.others_in(0, end)))
        countries, others = self._only
        return not others and countries | ({implied} if implied else set()) >= {"VN", "LA"}

    def both_meant(self, s: int, e: int, implied: str | None = None) -> bool:
        """
        Whether the sentence ``text[s:e]`` says "the two countries" (``countries.both_words``)
        after text that names Vietnam and Laos and no other country, within
        :data:`_BOTH_REACH` characters before it: the two it means.
        """
        return _BOTH.search(self.text, s, e) is not None and self.about_the_two(s, s, implied)

    def about_the_two(self, s: int, e: int, implied: str | None = None) -> bool:
        """
        Whether the text before the sentence at ``s``, from :data:`_BOTH_REACH` characters before
        it, names Vietnam and Laos last of all countries, in sentences of their own (one of them
        ``implied``, the writer's own), and the sentence to ``e`` no other country or bloc: a
        lesson on the two that asks
        "Năm 2027 là kỷ niệm 65 năm quan hệ ngoại giao" means theirs, though it spoke of Cambodia
        before it came to them.
        """
        lo = max(0, s - _BOTH_REACH)
        last = {country: at for at, _end, country in self._two_named(lo, s)}
        if implied is not None:
            last.setdefault(implied, s)
        if len(last) < 2:  # Vietnam and Laos, both
            return False
        # from the sentence that names the earlier of the two last: a country named with either
        # ("Nhật Bản và Lào lập quan hệ") may be the one the founding is with
        since = self.sentences.sentence(min(last.values()), min(last.values()))[0]
        return not other_countries().find(self.text, since, e)

    def opening_founding(self, s: int, e: int) -> str | None:
        """
        The founding of the two countries that the sentence ``text[s:e]`` opens with, named
        without them ("Diplomatic relations between Vietnam and the Lao PDR were established on
        5 September 1962; 2026 marks their 64th anniversary"), one word before it at most, where
        the sentence names Vietnam and Laos and no other country; else ``None``.
        """
        text, index = self.text, self.index
        found = index.bare_pattern.search(text, s, min(e, s + 60))
        if (
            found is None
            or len(text[s : found.start()].split()) > 1
            or self.countries_in(s, e) != {"VN", "LA"}
            or self.others_in(s, e)
        ):
            return None
        return index.bare_foundings.get(_bare_key(found[0]))

    def countries_in(self, start: int, end: int) -> set[str]:
        """Vietnam and Laos (``"VN"``, ``"LA"``), as named in ``text[start:end]`` by name or by adjective."""
        return {country for _s, _e, country in self._two_named(start, end)}

    def _two_named(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Where ``text[start:end]`` names Vietnam or Laos, by name or adjective ("Lao", "Việt"), in order."""
        named = self.positions.within(self.named, start, end)
        found = [(ns, ne, rid) for ns, ne, rid in named if rid in ("VN", "LA")]
        for m in _COUNTRY_WORD.finditer(self.text, start, end):
            country = _QUALIFIER_COUNTRY.get(" ".join(m[1].lower().split()))
            if country:
                found.append((m.start(1), m.end(1), country))
        return sorted(found)


class ScopeReader:
    """
    What a reader of a sentence scope's chunk reads with: the scope, and its text, index, names,
    sentences and positions (the readers of foundings' dates share them).
    """

    __slots__ = ("index", "named", "positions", "scope", "sentences", "text")

    def __init__(self, scope: SentenceScope) -> None:
        self.scope = scope
        self.text = scope.text
        self.index: _Index = scope.index
        self.named = scope.named
        self.sentences: Sentences = scope.sentences
        self.positions: Positions = scope.positions
