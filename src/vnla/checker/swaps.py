# SPDX-License-Identifier: MIT
"""
Swapped wordings of the framework: one element's own word with another's qualifier ("special
friendship", "đoàn kết chiến lược", "ຄວາມສາມັກຄີອັນຍິ່ງໃຫຍ່"), which no element has.  Each
language's file gives each element's own word (``framework.element_heads``); the wordings
are made from the record's names of the elements, and none is a name the record has.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from vnla.lang.lao import is_lao
from vnla.lang.words import LANGUAGES
from vnla.lang.words import words as _words_of

if TYPE_CHECKING:
    from vnla.model.records import FrameworkElement

__all__: list[str] = []


def swapped_wordings(elements: tuple[FrameworkElement, ...]) -> dict[str, tuple[str, ...]]:
    """
    Each swapped wording, lower case, and the elements whose own word it has.

    >>> from vnla.record.loading import dataset
    >>> swaps = swapped_wordings(tuple(dataset().framework_elements))
    >>> swaps["special friendship"], swaps["đoàn kết chiến lược"]
    (('traditional-friendship', 'great-friendship'), ('special-solidarity',))
    >>> "great friendship" in swaps or "strategic solidarity" in swaps  # names the record has
    False
    """
    known = {" ".join(n.text.lower().split()) for e in elements for n in e.names}
    out: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        heads = _words_of(lang).get("framework", "element_heads")
        named = [
            (e.id, n.text.lower(), heads[e.id].lower())
            for e in elements
            if e.id in heads
            for n in e.names
            if n.lang == lang and heads[e.id].lower() in n.text.lower()
        ]
        owners: dict[str, dict[str, None]] = {}  # each own word -> its elements, in order
        for element, _name, head in named:
            owners.setdefault(head, {})[element] = None
        for _qualified, name, head in named:
            for own, elements_of_own in owners.items():
                wording = " ".join(name.replace(head, own, 1).split())
                if own != head and wording not in known:
                    out.setdefault(wording, tuple(elements_of_own))
    return out


def swapped_pattern(swaps: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    """
    The swapped wordings as one pattern, any case: a run of spaces for each space, and in Lao,
    which may write a space between words or none, any spaces or none around the own word.
    ``None`` for no wording.
    """
    heads = _words_of("lo").get("framework", "element_heads")
    spaced, lao = [], []
    for wording in sorted(swaps, key=len, reverse=True):
        if not is_lao(wording[0]):
            spaced.append(r"\s+".join(re.escape(w) for w in wording.split()))
            continue
        head = heads.get(swaps[wording][0], "").lower()
        before, found, after = wording.replace(" ", "").partition(head)
        pieces = [re.escape(p) for p in (before, found, after) if p] if found else [re.escape(wording)]
        lao.append(r"\s*".join(pieces))
    alternatives = []
    if spaced:
        alternatives.append(rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)")
    if lao:
        alternatives.append(rf"(?:{'|'.join(lao)})")
    if not alternatives:
        return None
    # where no wording's first letter stands, no branch is tried (a sentence is searched so quickly)
    firsts = "".join(sorted({re.escape(c) for w in swaps for c in (w[0].lower(), w[0].upper())}))
    return re.compile(rf"(?=[{firsts}])(?:{'|'.join(alternatives)})", re.IGNORECASE)
