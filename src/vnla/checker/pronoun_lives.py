# SPDX-License-Identifier: MIT
"""
The birth or death a date is of when a pronoun stands for the person before the words: "Ho Chi
Minh led the struggle until his death on 2 September 1969", "Kaysone Phomvihane ... he died in
1992", "Ho Chi Minh's death on ...".  The person is the one named before the pronoun in its
sentence, or in the sentence before when the pronoun opens its own ("... Kaysone became
President. He died in 1992"): with none, or two, it is not said whose.
:class:`~vnla.checker.founding_dates.FoundingDates` asks.
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.folding import _pattern_key
from vnla.checker.foundings import founding_kind, founding_of
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _FOUNDED_WORDS, _JOINER, _LIFE_PRONOUNS, _LINKS, _alternation, _any_word
from vnla.lang.words import merged

__all__ = ["PronounLives"]

#: The word files' ``dates.life_pronouns``: those that stand as words ("his", "ông", "ທ່ານ"),
#: and those that end a name ("'s").
_WORDS: Final = merged("dates", "life_pronouns")
_ENDINGS: Final = _alternation(w for w in _WORDS if not w[0].isalpha()) or "(?!)"
_PRONOUNS: Final = _LIFE_PRONOUNS.pattern
#: Right before birth or death words: a pronoun for a person and links at most ("his", "he
#: was", "ທ່ານໄດ້"), or an ending right after the name ("Ho Chi Minh's").
_PRONOUN_BEFORE: Final = re.compile(
    rf"(?:(?P<ending>{_ENDINGS})|{_PRONOUNS})"
    rf"{_LINKS}\Z",
    re.IGNORECASE,
)
#: Right before death words, words of "until" (the word files' ``dates.until_words``: "đến khi")
#: and links at most: the death is the one person's its sentence names before them.
_UNTIL_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('dates', 'until_words') or ['(?!)']).pattern}){_LINKS}\Z", re.IGNORECASE
)
#: Pronouns said of one person only, as written ("Bác", Uncle Ho): they stand for the one person
#: the sentence before names, wherever it names him.
_REVERENT: Final = frozenset(merged("dates", "reverent_pronouns"))
#: Right before birth or death words, "and" and links at most: a second verb of the subject of
#: the words before ("He was born in 1909 and died on ..."), whose pronoun it shares.
_AND_BEFORE: Final = re.compile(rf"(?<!\w)(?:{_JOINER.pattern}){_LINKS}\Z", re.IGNORECASE)
#: Words of a birth or a death (or a founding), to find the one "and" joins a second to.
_LIFE_VERB: Final = re.compile(_FOUNDED_WORDS, re.IGNORECASE)
#: The most words (besides a time's and a title's) before the person a pronoun of the next
#: sentence stands for: "In 1991 Kaysone ...".
_LEAD_WORDS: Final = 1
#: A pronoun for a person that opens a sentence ("He studied in Hanoi.", "Bác sinh ngày ...").
_OPENING_PRONOUN: Final = re.compile(rf"\s*+(?:{_PRONOUNS})(?![^\W\u0e80-\u0eff])", re.IGNORECASE)
#: A field's label that opens a line ("Note: ", "Ghi chú: ", "Lời giải: "): a pronoun after it
#: still opens its sentence, and a name after it still leads its own.
_FIELD_LABEL: Final = re.compile(r"\s*+[^\W\d_][\w'’.-]*+(?:[^\S\n][\w'’.-]++){0,3}+[^\S\n]*+:[^\S\n]*+")
#: The most sentences a pronoun may reach back over others a pronoun opens, to its person.
_CHAIN: Final = 3
#: The most characters a pronoun and its links may take before the words.
_REACH: Final = 32


class PronounLives(ScopeReader):
    """The births and deaths of the people pronouns stand for, read in a sentence scope's chunk."""

    __slots__ = ()

    def of_verb(self, verb: re.Match[str], s: int) -> str | None:
        """
        The birth or death of the person a pronoun right before the words ``verb`` stands for
        (``s``: its sentence's start): the one person named in the sentence before it, after
        its last semicolon; or before "and" right before the words, the pronoun of the birth or
        death said before it.
        """
        kind = founding_kind(verb)
        if kind == "founded":
            return None
        pid = self._person(verb, s)
        if pid is None:
            pid = self._joined(verb, s)
        return self._until(verb, kind, s) if pid is None else founding_of(self.index, pid, kind)

    def _joined(self, verb: re.Match[str], s: int) -> str | None:
        """
        The person of the words of a birth or a death before "and" right before ``verb``, in its
        part of the sentence, when a pronoun stands for them ("ông sinh ngày 13/12/1920 và mất
        ngày ...": the death is the one person's the pronoun of the birth stands for).
        """
        text, at = self.text, verb.start()
        join = _AND_BEFORE.search(text, max(s, at - _REACH), at)
        if join is None:
            return None  # most such words: no "and" before them
        part = text.rfind(";", s, join.start()) + 1 or s
        said = list(_LIFE_VERB.finditer(text, part, join.start()))
        earlier = said[-1] if said else None  # the words "and" follows
        if earlier is None or founding_kind(earlier) == "founded":
            return None
        return self._person(earlier, s)

    def _person(self, verb: re.Match[str], s: int) -> str | None:
        """The person a pronoun right before the words ``verb`` stands for (``s``: its sentence's start)."""
        text, at = self.text, verb.start()
        pronoun = _PRONOUN_BEFORE.search(text, max(s, at - _REACH), at)
        if pronoun is None:
            return None
        kinds = self.index.kinds
        s = text.rfind(";", s, pronoun.start()) + 1 or s  # a part of its own after a semicolon
        opens = (
            pronoun["ending"] is None
            and (not text[s : pronoun.start()].strip() or _FIELD_LABEL.fullmatch(text, s, pronoun.start()))
            and s >= 2
        )
        reverent = text[pronoun.start() : pronoun.end()].strip() in _REVERENT
        if opens:
            # a pronoun that opens its sentence stands for the one person of the sentence before
            # ("In 1991 Kaysone became President. He died in Vientiane on ..."), or of the one
            # before a run of sentences a pronoun opens ("... He studied in Hanoi. He died ..."),
            # or, a reverent one, before a run of sentences that name no one ("Bác Hồ đọc Tuyên
            # ngôn độc lập. Năm nay là lễ Quốc khánh lần thứ 80. Bác sinh ngày ...")
            s = self._antecedent(s, reverent=reverent)
        persons = [
            n for n in self.positions.within(self.named, s, pronoun.start()) if kinds.get(n[2]) == "person"
        ]
        if len({pid for _ns, _ne, pid in persons}) != 1:
            return None
        if opens and not reverent and not self._leads(s, persons[0][0]):
            return None
        _ns, ne, pid = persons[-1]
        if pronoun["ending"] is not None and ne != pronoun.start():
            return None  # "'s" after another word ("the country's death on"): not the person's
        return pid

    def _until(self, verb: re.Match[str], kind: str, s: int) -> str | None:
        """
        The death of the one person a sentence (from ``s``) names before words of "until" right
        before the death words ``verb`` ("Cay-xỏn Phôm-vi-hản ..., sau đó ông làm Chủ tịch nước
        đến khi mất ngày ..."), if so.
        """
        text, at = self.text, verb.start()
        until = _UNTIL_BEFORE.search(text, max(s, at - _REACH), at) if kind == "died" else None
        if until is None:
            return None  # most life words: no such words before them
        s = text.rfind(";", s, until.start()) + 1 or s
        kinds = self.index.kinds
        pids = {
            pid
            for _ns, _ne, pid in self.positions.within(self.named, s, until.start())
            if kinds.get(pid) == "person"
        }
        return founding_of(self.index, pids.pop(), kind) if len(pids) == 1 else None

    def _antecedent(self, s: int, *, reverent: bool = False) -> int:
        """
        The start of the sentence whose person a pronoun opening the sentence at ``s`` stands
        for: the one before, or, while that one names no person and a pronoun opens it too (or
        the pronoun is ``reverent``, said of one person only), the one before it (:data:`_CHAIN`
        sentences back at most).
        """
        text, kinds = self.text, self.index.kinds
        before = self.sentences.sentence(s - 2, s - 1)[0]
        for _ in range(_CHAIN):
            named = any(kinds.get(n[2]) == "person" for n in self.positions.within(self.named, before, s))
            if named or before < 2 or (not reverent and _OPENING_PRONOUN.match(text, before) is None):
                break
            s, before = before, self.sentences.sentence(before - 2, before - 1)[0]
        return before

    def _leads(self, s: int, start: int) -> bool:
        """
        Whether the person named at ``start`` is the subject that opens the sentence starting at
        ``s``: a field's label, a time and a title before the name at most ("In 1991 Kaysone ...",
        "President Kaysone ...", "Lời giải: Chủ tịch Cay-xỏn ..."), not "The ambassador spoke of
        Kaysone".
        """
        label = _FIELD_LABEL.match(self.text, s, start)
        lead = _pattern_key(self.text[label.end() if label else s : start]).replace(",", " ").strip()
        for key in self.index.role_keys:
            if lead == key or lead.endswith(" " + key):
                lead = lead[: len(lead) - len(key)]
                break
        words = [w for w in lead.split() if not any(c.isdigit() for c in w)]
        return len(words) <= _LEAD_WORDS
