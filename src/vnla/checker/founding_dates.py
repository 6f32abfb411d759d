# SPDX-License-Identifier: MIT
"""
What a date is the date of, when it is a founding's, a birth's or a death's the record holds:
founding words right before it and the name of what was founded right before them ("the
LPRP was founded on March 22, 1955"), a timeline's entry ("18 July 1977 – The Treaty ... is
signed."), or a date in brackets after a founding's name ("... diplomatic relations (5
September 1962)").  The dates judge asks; what anniversaries count from is
:class:`~vnla.checker.foundings.Foundings`'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.answered_dates import AnsweredDates
from vnla.checker.bare_foundings import BareFoundings
from vnla.checker.clause_dates import ClauseDates
from vnla.checker.date_first import DateFirst
from vnla.checker.foundings import founding_kind, founding_of
from vnla.checker.named_dates import NamedDates, nearer_the_founding
from vnla.checker.noun_dates import NounDates
from vnla.checker.pronoun_lives import PronounLives
from vnla.checker.scope import ScopeReader
from vnla.checker.signed_documents import SignedDocuments, document_only
from vnla.checker.vocabulary import (
    _AFTER_PLACE,
    _ANNIVERSARY_WORDS,
    _ARTICLE_BEFORE,
    _COUNTRY_SUBJECT_HEAD,
    _DOCUMENT_DATE,
    _FOUNDED_AFTER,
    _FOUNDED_BEFORE,
    _FOUNDING_BEFORE,
    _HONORIFICS_ONLY,
    _LOCATIVE_BEFORE,
    _TIMELINE_DASH,
    _any_word,
    founded_ending,
)
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.scope import SentenceScope

__all__ = ["FoundingDates"]

#: The kinds of record that birth words may found ("the Party was born on ..."): bodies and countries.
_BORN_BODIES: Final = frozenset({"organization", "country"})
#: Right before a date, the words that make it its subject's founding day (``dates.founding_nouns``:
#: "since its founding on", "ngày thành lập"), in lower case; a bracket may stand after them.
_FOUNDING_NOUNS: Final = tuple(w.lower() for w in merged("dates", "founding_nouns"))

#: "and" (the word files' ``countries.joiners``) right before birth or death words.
_AND_RIGHT_BEFORE: Final = re.compile(
    rf"(?<![^\W\u0e80-\u0eff])(?:{_any_word(merged('countries', 'joiners')).pattern})\s*+$", re.IGNORECASE
)
#: Words that open a relative clause of a name ("who", "người", "ຜູ້ທີ່": ``dates.relative_words``).
_RELATIVE: Final = re.compile(_any_word(merged("dates", "relative_words") or ["(?!)"]).pattern, re.IGNORECASE)
#: After the comma that closes an apposition or a relative clause of a person's name, before
#: birth or death words: at most the verb's own words (``dates.verb_links``: "..., was born on").
_VERB_LINKS: Final = re.compile(
    rf"\s*+(?:(?:{_any_word(merged('dates', 'verb_links') or ['(?!)']).pattern})\s*+)*", re.IGNORECASE
)
#: A label's colon right after a name, and the spaces after it.
_LABEL_COLON: Final = re.compile(r":[^\S\n]*+")
#: What joins two dates of a life: a comma, or "and" (the word files' ``countries.joiners``),
#: right before the second's words.
_LIFE_JOIN: Final = re.compile(
    rf"(?:,|{_any_word(merged('countries', 'joiners')).pattern})\s*+$", re.IGNORECASE
)

#: Right after a date, a bracket that opens with founding words ("(founding of the ...",
#: "(ວັນສ້າງຕັ້ງ..."; ``ordinals.founding_words``), and what closes it.
_BRACKET_FOUNDING: Final = re.compile(
    rf"[^\S\n]*+\([^\S\n]*+(?P<words>{_any_word(merged('ordinals', 'founding_words')).pattern})[^\S\n]*+",
    re.IGNORECASE,
)
_BRACKET_CLOSE: Final = re.compile(r"[^\S\n]*+\)")


#: A dash a date may be set off by after a name (see :meth:`~vnla.checker.named_dates.NamedDates.apposed`).
_DASH_IN: Final = re.compile(r"[–—]| - ")


class FoundingDates(ScopeReader):
    """The foundings, births and deaths the dates of a chunk are of, read in a sentence scope's chunk."""

    __slots__ = ("answered", "bare", "clause", "date_first", "nouns", "pronouns", "set_off", "signed")

    def __init__(self, scope: SentenceScope) -> None:
        super().__init__(scope)
        self.bare = BareFoundings(scope)
        self.answered = AnsweredDates(scope)
        self.set_off = NamedDates(scope)
        self.clause = ClauseDates(scope)
        self.date_first = DateFirst(scope)
        self.nouns = NounDates(scope)
        self.pronouns = PronounLives(scope)
        self.signed = SignedDocuments(scope)

    def of_date(
        self, start: int, end: int, *, year: int | None = None, now: int | None = None, yearless: bool = False
    ) -> str | None:
        """
        The founding, birth or death a date at ``text[start:end]`` is of, or ``None``: founding
        words right before it ("was founded on", "được thành lập", "born in", "qua đời") and,
        right before them, joined by nothing but links like "which was", the name of what was
        founded, born or died ("the LPRP", "Kaysone Phomvihane"); or a timeline's entry (see
        :meth:`_timeline`); or the founding's date set off after its name, in brackets or
        after a label's colon (see :mod:`~vnla.checker.named_dates`; ``year``: the date's,
        ``now``: the publication's).  Only a body, a document or a starting point is founded;
        only a person is born or dies.  A date written without its year (``yearless``: ``year``
        is the one it is read in) is no nearer the publication than the founding for that.
        """
        text = self.text
        # a span of years after them ("kỷ niệm 70 năm ngày thành lập (22/3/1955 – 22/3/2025)")
        # is the anniversary's, not the founding's day
        subject = self._subject_founding(start) if year is not None else None
        if subject is not None:
            before = None
        else:
            before = (
                start
                if self._founded_ending(start)
                else self._place_before(start) or self._bracket_before(start)
            )
        if before is None:
            # most dates: no founding words before them
            found = (
                subject
                or self._set_off(start, end, year, now)
                or self._document_of(start)
                or self.clause.of_date(end)
                or (self.clause.apposed(end, year, now, yearless=yearless) if year is not None else None)
                or self._timeline(start, end, None if yearless else year, now)
                or self.date_first.of_date(start, end, None if yearless else year, now)
                or self._bracket_after(end, None if yearless else year, now)
            )
            if found is not None:
                return found
            named = (
                self._verb_then_name(start)
                or self.nouns.of_date(start, None if yearless else year, now)
                or self.bare.of_date(start, None if yearless else year, now)
            )
            return self._not_celebrated(named, start, year, now)
        s, e = self.sentences.sentence(start, start)
        verb = _FOUNDED_BEFORE.search(text, max(s, before - 40), before)
        founding = None
        if verb is not None:
            founding = (
                (self.signed.before(verb, (s, e)) if document_only(verb) else self._subject_of(verb, (s, e)))
                or self.pronouns.of_verb(verb, s)
                or self.bare.of_subject(verb, (s, e))  # "Diplomatic relations were established on"
            )
        return self._not_celebrated(founding, start, year, now)

    def _set_off(self, start: int, end: int, year: int | None, now: int | None) -> str | None:
        """
        The founding of a date set off after a name, in brackets, between commas, after a spaced dash or
        after a label's colon
        (:mod:`~vnla.checker.named_dates`), or after an answer's label, for the founding its
        question asks about (:mod:`~vnla.checker.answered_dates`).
        """
        if year is None:
            return None
        before = self.text[max(0, start - 12) : start]  # most dates: neither (asked at C speed first)
        if "(" in before and (found := self.set_off.bracketed(start, year, now)) is not None:
            return found
        if ("," in before or _DASH_IN.search(before)) and (
            found := self.set_off.apposed(start, end, year, now)
        ) is not None:
            return found
        if (found := self.set_off.predicated(start, year, now)) is not None:
            return found
        if ":" not in before:
            return None
        return self.set_off.labelled(start, year, now) or self.answered.of_date(start, year, now)

    def _bracket_after(self, end: int, year: int | None, now: int | None) -> str | None:
        """
        The founding a bracket right after a date at ``end`` says it is the day of: founding
        words (``ordinals.founding_words``) and the name of what was founded, then the bracket's
        end ("3 February 1930 (founding of the Communist Party of Vietnam)", "໓ກຸມພາ໑໙໓໐
        (ວັນສ້າງຕັ້ງພັກກອມມູນິດຫວຽດນາມ)"), when the date's ``year`` is nearer the founding's than
        the publication's (``now``): "3/2/2026 (founding of the CPV)" dates the holiday.
        """
        words = _BRACKET_FOUNDING.match(self.text, end) if year is not None else None
        if words is None:
            return None  # most dates: no such bracket after them
        inside = words.start("words")  # a founding's own name may hold the words
        names = self.positions.within(self.named, inside, words.end() + 120)
        if (
            not names
            or names[0][0] not in (inside, words.end())
            or _BRACKET_CLOSE.match(self.text, names[0][1]) is None
        ):
            return None
        fid = founding_of(self.index, names[0][2], "founded")
        return (
            fid
            if fid is not None and year is not None and nearer_the_founding(self.index, fid, year, now)
            else None
        )

    def _not_celebrated(self, fid: str | None, start: int, year: int | None, now: int | None) -> str | None:
        """
        ``fid``, found by founding words before a date at ``start``, unless anniversary words stand
        before them in its sentence and the date's ``year`` is nearer the publication's (``now``)
        than the founding's: "Lễ kỷ niệm 63 năm thiết lập quan hệ ngoại giao Việt Nam - Lào ngày
        5/9/2025" dates the celebration.
        """
        if fid is None or year is None:
            return fid
        s, _e = self.sentences.sentence(start, start)
        if _ANNIVERSARY_WORDS.search(self.text, s, start) is None:
            return fid
        return fid if nearer_the_founding(self.index, fid, year, now) else None

    def _subject_of(self, verb: re.Match[str], sentence: tuple[int, int]) -> str | None:
        """
        What the name before founding, birth or death words (``verb``) founded, was born or died
        by: the nearest name, joined to them by links only, in the ``sentence``.
        """
        s, e = sentence
        at = verb.start()
        kind = founding_kind(verb)
        for ns, ne, rid in reversed(self.positions.within(self.named, max(s, at - 200), at)):
            if ne > at:
                continue
            if kind == "born" and self._born_body(s, (ns, ne), at, rid):
                kind = "founded"  # "the Communist Party of Vietnam was born on 3 February 1930"
            if kind != "founded" and self.index.kinds.get(rid) != "person":
                # "Kaysone Phomvihane, the first General Secretary of the LPRP, born on ...": a
                # person is born or dies, the head of the apposition before the words
                return self._apposition_head(s, at, kind)
            if not self.signed.linked(ne, at, rid, kind):
                if kind != "founded" and (self._life_before(ne, at) or self._shared_subject(s, ns, ne, at)):
                    return self._of_subject(rid, kind)  # "born on 13 December 1920 and died on ..."
                # "Ho Chi Minh, whose portrait hung in the school, was born on ..."
                return self._apposition_head(s, at, kind) if kind != "founded" else None
            if rid in self.index.national_day and not (
                self._heads_its_clause(s, ns) or self._set_off_alone(s, (ns, ne), at)
            ):
                # "Hội Hữu nghị Việt Nam - Lào thành lập ...": the friendship society's; "Diplomatic
                # relations between Vietnam and the Lao PDR were established on ...": the relations'
                return self.scope.opening_founding(s, e) if kind == "founded" else None
            return self._of_subject(rid, kind)
        return None

    def _born_body(self, s: int, name: tuple[int, int], at: int, rid: str) -> bool:
        """
        Whether birth words at ``at`` are said of a body or a country named at ``name``, its
        founding's ("Đảng ... ra đời", "the Party was born on ...", "ພັກ ... ເກີດ ວັນທີ ..."):
        the name heads its clause and links without a comma join it to them (in "Kaysone, the
        first General Secretary of the LPRP, born on ..." the birth is the person's).
        """
        ns, ne = name
        return (
            self.index.kinds.get(rid) in _BORN_BODIES
            and founding_of(self.index, rid, "founded") is not None
            and "," not in self.text[ne:at]
            and self.signed.linked(ne, at, rid, "born")
            and self._heads_its_clause(s, ns)
        )

    def _set_off_alone(self, s: int, name: tuple[int, int], at: int) -> bool:
        """
        Whether a country's name at ``name`` is set off by a comma right after it, before the
        founding words at ``at``, the one country its clause names before them ("in the spirit of
        the Lao PDR, proclaimed on ..."): the words are the country's, where after a pair
        ("relations between Vietnam and the Lao PDR, established on ...") they are the pair's.
        """
        text, kinds = self.text, self.index.kinds
        ns, ne = name
        if not text.startswith(",", ne) or any(c in text[ne:at] for c in ".;:!?\n"):
            return False
        head = max(text.rfind(mark, s, ns) for mark in ".;:!?\n")
        return not any(
            kinds.get(rid) == "country"
            for _a, _b, rid in self.positions.within(self.named, max(s, head + 1), ns)
        )

    def _shared_subject(self, s: int, ns: int, ne: int, at: int) -> bool:
        """
        Whether the person named at ``text[ns:ne]`` is the subject of birth or death words at
        ``at`` that "and" joins to another verb of theirs, in one clause: the name heads the
        sentence ("Souphanouvong became President in 1975 and died on ..."), or a relative word
        follows it (the word files' ``dates.relative_words``: "..., the Red Prince who became
        President in 1975 and died on ...", "người", "ຜູ້ທີ່").  (The name is the nearest before
        the words: no other person stands between.)
        """
        text = self.text
        if any(c in text[ne:at] for c in ".;:!?\n") or _AND_RIGHT_BEFORE.search(text, ne, at) is None:
            return False
        heads = _HONORIFICS_ONLY.fullmatch(text, s, ns) is not None
        return heads or _RELATIVE.search(text, ne, at) is not None

    def _life_before(self, ne: int, at: int) -> bool:
        """
        Whether the words between a person's name (ending at ``ne``) and birth or death words
        at ``at`` are another date of their life, joined to them by a comma or "and": "Kaysone
        Phomvihane was born on 13 December 1920 and died on ...", "sinh ngày 13/7/1909 và mất ngày",
        also after a label's colon right after the name ("Souphanouvong: born 13 July 1909, died
        ...").
        """
        text = self.text
        label = _LABEL_COLON.match(text, ne)  # "Souphanouvong: born 13 July 1909, died ..."
        after = label.end() if label is not None else ne
        first = _FOUNDED_AFTER.match(text, after, at)
        if first is None or any(c in text[after:at] for c in ".;:!?\n"):
            return False
        rest = text[first.end() : at]
        return _LIFE_JOIN.search(rest) is not None and any(c.isdigit() for c in rest)

    def _apposition_head(self, s: int, at: int, kind: str) -> str | None:
        """
        The birth or death (``kind``) of the person whose name a comma follows, before an
        apposition or a relative clause that ends with a comma right before the words at ``at``
        (``s``: the sentence's start), the verb's own words between at most (``dates.verb_links``):
        "Chủ tịch Cay-xỏn Phôm-vi-hản, Tổng Bí thư đầu tiên của Đảng Nhân dân Cách mạng Lào, sinh
        ngày ...", "Ho Chi Minh, whose portrait hung in the school, was born on ...".  No other
        person stands between.
        """
        text = self.text
        kinds = self.index.kinds
        persons = [n for n in self.positions.within(self.named, s, at) if kinds.get(n[2]) == "person"]
        if not persons:
            return None
        _ns, ne, pid = persons[-1]
        if not text.startswith(",", ne) or any(c in text[ne:at] for c in ".;:!?\n"):
            return None
        if text[s:at].rstrip().endswith(","):
            return self._of_subject(pid, kind)
        # one part set off, then the verb's own words, or another date of the life and "and"
        # ("..., was born on 19 May 1890 and died on ...")
        closing = text.find(",", ne + 1, at)
        if closing < 0 or not (
            _VERB_LINKS.fullmatch(text, closing + 1, at) or self._life_before(closing + 1, at)
        ):
            return None
        return self._of_subject(pid, kind)

    def _document_of(self, start: int) -> str | None:
        """
        The founding a document counts from whose name stands right before a date at ``start``,
        joined by the word files' ``dates.document_date_words`` ("the Treaty of Amity and
        Cooperation of 18 July 1977", "Hiệp ước ... ký ngày 18/7/1977"): its signing's day.
        """
        names = self.positions.within(self.named, max(0, start - 120), start)
        if not names:
            return None
        _ns, ne, rid = names[-1]
        if self.index.kinds.get(rid) != "document" or rid not in self.index.founding_of_org:
            return None
        # one of the words, not a comma or a line's end alone ("the Treaty of Amity and
        # Cooperation, 1977 ...", a table's row ending with the name above a row opening with a date)
        joined = _DOCUMENT_DATE.fullmatch(self.text, ne, start) and self.text[ne:start].strip(" ,\t\r\n")
        return self.index.founding_of_org[rid] if joined else None

    def _subject_founding(self, start: int) -> str | None:
        """
        The founding of the subject a date at ``start`` is the founding day of, after the words
        of ``dates.founding_nouns`` ("Đảng Nhân dân Cách mạng Lào tròn 70 tuổi, tính từ ngày
        thành lập 22/3/1955", "the CPV ... since its founding on 3 February 1930"): the one
        founding the bodies and documents named before them in the sentence have.  A person's
        (a birth) or a country's (a national day) is no such subject; two bodies and it is not said
        whose.
        """
        lo = max(0, start - 40)
        head = self.text[lo:start].rstrip(" (\t").lower()
        if not head.endswith(_FOUNDING_NOUNS):
            return None  # most dates: no such words before them (asked at C speed first)
        noun = next(w for w in _FOUNDING_NOUNS if head.endswith(w))
        at = lo + len(head) - len(noun)
        s, _e = self.sentences.sentence(start, start)
        index = self.index
        foundings = {
            founding
            for _ns, _ne, rid in self.positions.within(self.named, s, at)
            if index.kinds.get(rid) not in ("person", "country")
            and (founding := rid if rid in index.foundings else index.founding_of_org.get(rid)) is not None
        }
        return foundings.pop() if len(foundings) == 1 else None

    def _verb_then_name(self, start: int) -> str | None:
        """
        The founding named right before a date at ``start``, after its founding words ("signed
        the Treaty of Amity and Cooperation on 18 July 1977", "thiết lập quan hệ ngoại giao Việt
        Nam - Lào ngày 5/9/1962", "ລົງນາມ ສົນທິສັນຍາ ... ໃນ ວັນທີ ..."): a document or a starting
        point is founded so, and the words between the name and the date are day words only.
        """
        text = self.text
        names = self.positions.within(self.named, max(0, start - 160), start)
        if not names:
            return None
        ns, ne, rid = names[-1]
        if not _AFTER_PLACE.fullmatch(text, ne, start):
            return None
        at = ns
        article = _ARTICLE_BEFORE.search(text, max(0, ns - 8), ns)
        if article is not None:
            at = article.start()
        if not self._founded_ending(at):
            return None  # most names: no founding words before them (asked at C speed first)
        s, _e = self.sentences.sentence(start, start)
        verb = _FOUNDED_BEFORE.search(text, max(s, at - 40), at)
        if verb is None or founding_kind(verb) != "founded":
            return None
        return self._of_subject(rid, "founded")

    def _founded_ending(self, at: int) -> bool:
        """Whether founding, birth or death words end right before ``at`` (asked at C speed first)."""
        return founded_ending(self.text, at)

    def _bracket_before(self, start: int) -> int | None:
        """
        Where founding, birth or death words end before a bracket that opens a date at ``start``
        and holds it alone ("- 1977: Treaty of Amity and Cooperation signed (18 July)"), or a
        comma that sets it off ("ngày Chủ tịch Xuphanuvông qua đời, 9/1/1995"); ``None`` when no
        such words stand there.
        """
        text = self.text
        mark = max(text.rfind("(", max(0, start - 4), start), text.rfind(",", max(0, start - 4), start))
        if mark < 0 or text[mark + 1 : start].strip():
            return None
        return mark if self._founded_ending(mark) else None

    def _place_before(self, start: int) -> int | None:
        """
        Where founding, birth or death words end before a place named right before a date at
        ``start`` ("signed in Vientiane on 2 December 2025", "qua đời tại Hà Nội ngày 2/9/1969"):
        the place and its locative are passed over; ``None`` when no such words stand there.
        """
        text = self.text
        names = self.positions.within(self.named, max(0, start - 80), start)
        if not names:
            return None
        ns, ne, rid = names[-1]
        if self.index.kinds.get(rid) != "place" or not _AFTER_PLACE.fullmatch(text, ne, start):
            return None
        if self._founded_ending(ns):  # the locative is the words' own ("died in", "ສ້າງຕັ້ງຂຶ້ນໃນ")
            return ns
        locative = _LOCATIVE_BEFORE.search(text, max(0, ns - 16), ns)
        return locative.start() if locative is not None and self._founded_ending(locative.start()) else None

    def _timeline(self, start: int, end: int, year: int | None, now: int | None) -> str | None:
        """
        The founding of a timeline's entry: a date that opens its line, a dash (or a full stop),
        the name of what was founded ("The" before it at most) and the words of its founding:
        "18 July 1977 – The Treaty of Amity and Cooperation is signed."; or a founding's own name
        ("13 Dec 1920. Birth of Kaysone Phomvihane"), or a country's after founding words ("2 Dec
        1975. Proclamation of the Lao People's Democratic Republic").  Not a date nearer the
        publication's year (``now``) than the founding's: a calendar's "2 Dec 2026 – Lao National
        Day" is the holiday.
        """
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        dash = _TIMELINE_DASH.match(text, end)
        if dash is None or text[line_start:start].strip(" \t•*-"):
            return None
        at = dash.end()
        line_end = text.find("\n", at)
        names = self.positions.within(self.named, at, line_end if line_end >= 0 else len(text))
        fid = self._entry(text[at : names[0][0]], names[0]) if names else None
        if fid is None or year is None or nearer_the_founding(self.index, fid, year, now):
            return fid
        return None

    def _entry(self, lead: str, name: tuple[int, int, str]) -> str | None:
        """The founding a timeline entry's first name (``lead``: the words before it) is of."""
        _ns, ne, rid = name
        if (
            rid in self.index.national_day
            and _FOUNDING_BEFORE.search(lead)
            and len(lead.split()) <= 3
            and not _ANNIVERSARY_WORDS.search(lead)  # "ພິທີສະເຫຼີມສະຫຼອງຄົບຮອບ໕໐ປີວັນສະຖາປະນາສປປ.ລາວ"
        ):
            return self._of_subject(rid, "founded")  # "Proclamation of the Lao PDR"
        if lead.strip().lower() not in ("", "the") and _HONORIFICS_ONLY.fullmatch(lead) is None:
            return None  # (a person's titles and honorifics may stand first: "ທ່ານໄກສອນພົມວິຫານ")
        if rid in self.index.foundings:
            # "Birth of Kaysone Phomvihane": a founding's own name, unless the entry counts one of
            # its anniversaries ("5 ກັນຍາ 2027: ສາຍພົວພັນທາງການທູດ ... ຄົບຮອບ 65 ປີ")
            line_end = self.text.find("\n", ne)
            rest = self.text[ne : len(self.text) if line_end < 0 else line_end]
            return None if _ANNIVERSARY_WORDS.search(rest) else rid
        verb = _FOUNDED_AFTER.match(self.text, ne)
        return None if verb is None else self._of_subject(rid, founding_kind(verb))

    def _heads_its_clause(self, s: int, ns: int) -> bool:
        """Whether the name at ``ns`` heads its clause, "the" before it at most (``s``: sentence start)."""
        head = self.text[max(s, ns - 60) : ns]
        found = _COUNTRY_SUBJECT_HEAD.search(head)
        # a match at the start of ``head`` with no clause mark there is a clause's head only
        # when ``head`` starts the sentence
        return found is not None and (found.start() > 0 or head[:1] in ",;:([" or ns - s <= 60)

    def _of_subject(self, rid: str, verb: str) -> str | None:
        """What ``rid`` was founded, born or died by (:func:`~vnla.checker.foundings.founding_of`)."""
        return founding_of(self.index, rid, verb)
