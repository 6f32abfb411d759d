# SPDX-License-Identifier: MIT
"""
Titles said of a person as the capacity in which the person acted ("To Lam visited Laos as
General Secretary", "ທ່ານໂຕເລິມໄດ້ມາຢ້ຽມຢາມລາວໃນຖານະເລຂາທິການໃຫຍ່", "với tư cách Chủ tịch
nước"): the word files' ``titles.capacity`` right before one title, and one person named before
them in the clause, the clause's subject.  The titles reader asks for the titles no chain took.
A title taken on ("succeeded him as President in October 2024") is the tenure rule's, and one in
a sentence that reports speech ("An earlier story said that ... as State President") may be
another's words: neither is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnla.checker.mentions import TitleMention
from vnla.checker.vocabulary import _NOT_THE_ROLE, _any_word, _reports_speech
from vnla.lang.words import merged

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.drafts import _Match

__all__ = ["capacity_titles"]

#: The words of a capacity right before a title ("as", "in his capacity as", "với tư cách",
#: "ໃນຖານະ"), then spaces.
_CAPACITY: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'capacity') or ['(?!)']).pattern})\s*+$", re.IGNORECASE
)
#: A title taken on ("was elected as", "succeeded him as"; the word files' ``titles.became``),
#: ending right before the title.
_BECAME_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'became') or ['(?!)']).pattern})\s*+$", re.IGNORECASE
)
#: What ends the clause a capacity's subject is named in.
_CLAUSE_END: Final = re.compile(r"[.;:!?\n]")
#: How far before the words their clause's subject is looked for.
_REACH: Final = 160


def capacity_titles(ctx: Context, taken: set[int]) -> list[tuple[TitleMention, _Match]]:
    """
    The titles after capacity words, each with the one person its clause names before them (or
    the one named right before them), for the role matches not in ``taken`` (the chains' own).
    """
    text = ctx.text
    out = []
    for m in ctx.roles:
        if id(m) in taken or m.pat.role is None:
            continue
        cap = _CAPACITY.search(text, max(0, m.start - 32), m.start)
        if cap is None or _NOT_THE_ROLE.search(text, max(0, m.start - 24), m.start) is not None:
            continue  # most titles: no capacity words right before them (a deputy's is no role)
        if _BECAME_BEFORE.search(text, max(0, m.start - 40), m.start) is not None:
            continue  # "succeeded him as President in ...": a term's start, the tenure rule's
        lo = max(0, cap.start() - _REACH)
        ends = list(_CLAUSE_END.finditer(text, lo, cap.start()))
        if ends:
            lo = ends[-1].end()
        s, _e = ctx.sentence(cap.start(), m.end)
        if _reports_speech(text, s, cap.start()):
            continue  # "An earlier story said that ... as State President": another's words
        persons = ctx.within(ctx.persons, lo, cap.start())
        if persons and not text[persons[-1][1] : cap.start()].strip():
            # the name right before the words, of a list of them ("lists Pham Minh Chinh as Prime
            # Minister, Tran Thanh Man as National Assembly Chairman and ...")
            persons = persons[-1:]
        if len({pid for _s, _e, pid in persons}) != 1 or ctx.within(ctx.persons, cap.start(), m.start):
            continue  # no subject, or two: whose capacity is not said
        pid = persons[-1][2]
        title = ((m.start, None, m.pat.role[0]),)
        out.append((TitleMention((cap.start(), m.end), pid, title, at_the_time=True), m))
    return out
