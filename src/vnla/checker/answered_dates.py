# SPDX-License-Identifier: MIT
"""
The founding, birth or death a date is of when it answers a question that asks for it: a quiz,
an exam or a Q&A whose answer line opens with the date ("12. In which year was the Communist
Party of Vietnam founded?" / "ANSWER: 1930"; "Câu 1. Việt Nam và Lào thiết lập quan hệ ngoại
giao vào ngày nào?" / "→ Đáp án: ngày 5/9/1962"; "ຄຳຖາມທີ 1: ... ເມື່ອໃດ?" / "ຄຳຕອບ: ວັນທີ 5
ກັນຍາ 1962").  :class:`~vnla.checker.founding_dates.FoundingDates` asks.
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
    _DAY_WORDS_ONLY,
    _FOUNDED_WORDS,
    _NATIONAL_DAY,
    _any_word,
)
from vnla.lang.words import merged

__all__ = ["AnsweredDates"]

#: An answer's label at the head of its line, then a colon: the word files'
#: ``dates.answer_labels`` ("ANSWER", "Đáp án", "ຄຳຕອບ"), an arrow or a bullet before it at most.
_ANSWER_LABEL: Final = re.compile(
    rf"[^\S\n]*+(?:[→>*•-][^\S\n]*+)?(?:{_any_word(merged('dates', 'answer_labels')).pattern})[^\S\n]*+:",
    re.IGNORECASE,
)
#: What opens an answer's line: an arrow, or an answer's label (:data:`_ANSWER_LABEL`).
_ANSWER_OPENS: Final = re.compile(rf"[^\S\n]*+(?:->|=>|→|⇒)|{_ANSWER_LABEL.pattern}", re.IGNORECASE)
#: Words that ask for a time (``dates.when_questions``: "when", "in which year", "ngày nào", "ເມື່ອໃດ").
_WHEN: Final = re.compile(_any_word(merged("dates", "when_questions")).pattern, re.IGNORECASE)
#: Founding, birth or death words anywhere in a question ("founded", "thiết lập", "ລົງນາມ").
_FOUNDED_IN: Final = re.compile(_FOUNDED_WORDS, re.IGNORECASE)
#: How far before an answer's line its question may end (a blank line or two between).
_QUESTION_REACH: Final = 400


class AnsweredDates(ScopeReader):
    """The foundings, births and deaths of dates that answer a question, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_date(self, start: int, year: int, now: int | None) -> str | None:
        """
        The founding a date at ``start`` answers: the date opens an answer's line right after its
        label, the line before (blank lines apart) ends with a question that asks when (or the
        label and the date follow the question on its own line), and that
        question names one founding with its words (or one person with words of a birth or a
        death), not an anniversary; and the date's ``year`` is nearer the founding's than the
        publication's (``now``).
        """
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        label = _ANSWER_LABEL.match(text, line_start)
        if label is not None:
            q_end = text.rfind("?", max(0, line_start - _QUESTION_REACH), line_start)
            if q_end < 0 or text[q_end + 1 : line_start].strip():
                return None
        else:
            # the question and its answer on one line: "... ເກີດ ວັນ ໃດ? ຄຳຕອບ: ວັນທີ 13 ກໍລະກົດ 1909."
            q_end = text.rfind("?", line_start, start)
            label = _ANSWER_LABEL.match(text, q_end + 1) if q_end >= 0 else None
        if label is None or _DAY_WORDS_ONLY.fullmatch(text, label.end(), start) is None:
            return None
        q_line = text.rfind("\n", 0, q_end) + 1
        asking = [q for q in self._questions(q_line, q_end + 1) if _WHEN.search(text, *q)]
        if q_line == line_start:
            asking = asking[-1:]  # on the answer's own line, the question right before it
        if len(asking) != 1 or _ANNIVERSARY_WORDS.search(text, *asking[0]):
            return None
        fid = self._asked(*asking[0])
        return fid if fid is not None and nearer_the_founding(self.index, fid, year, now) else None

    def question_of(self, start: int) -> tuple[int, int] | None:
        """
        The question a date at ``start`` answers, on a line of its own that an arrow or an
        answer's label opens, right after the question's line (blank lines apart): one question
        of that line, and one that asks when ("Câu 1. Đại hội XIV ... diễn ra trong những ngày
        nào?" / "-> Từ 19 đến 23/1/2026"); else ``None``.
        """
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        if _ANSWER_OPENS.match(text, line_start) is None:
            return None
        q_end = text.rfind("?", max(0, line_start - _QUESTION_REACH), line_start)
        if q_end < 0 or text[q_end + 1 : line_start].strip():
            return None
        asking = [
            q for q in self._questions(text.rfind("\n", 0, q_end) + 1, q_end + 1) if _WHEN.search(text, *q)
        ]
        return asking[0] if len(asking) == 1 else None

    def _questions(self, s: int, e: int) -> list[tuple[int, int]]:
        """
        The questions of the line ``text[s:e]``, each from after the mark before it (a number's,
        a label's or another sentence's: "12.", "ຄຳຖາມທີ 1:") to its question mark.
        """
        text = self.text
        questions = []
        at = s
        while (mark := text.find("?", at, e)) >= 0:
            head = max(text.rfind(m, at, mark) for m in ".!:") + 1 or at
            questions.append((max(at, head), mark))
            at = mark + 1
        return questions

    def _asked(self, s: int, e: int) -> str | None:
        """
        The one founding, birth or death the question ``text[s:e]`` asks about: what its words
        found (a founding's name, a body's, the two's named without them), else the one
        country whose founding they say, or the one person whose birth or death.
        """
        text, index = self.text, self.index
        verb = _FOUNDED_IN.search(text, s, e)
        kind = founding_kind(verb) if verb is not None else None
        asked: set[str] = set()
        countries: set[str] = set()
        for _ns, _ne, rid in self.positions.within(self.named, s, e):
            if rid in index.national_day:  # a country's, only where nothing else is asked
                if kind == "founded" or _NATIONAL_DAY.search(text, s, e):
                    countries.add(index.national_day[rid])
            elif rid in index.foundings:
                asked.add(rid)
            elif kind is not None and (founding := founding_of(index, rid, kind)) is not None:
                asked.add(founding)
        bare = index.bare_pattern.search(text, s, e)
        if bare is not None and kind == "founded" and self.scope.of_the_two(s, e, bare[0]):
            founding = index.bare_foundings.get(_bare_key(bare[0]))
            if founding is not None:
                asked.add(founding)
        if not asked:
            asked = countries
        return asked.pop() if len(asked) == 1 else None
