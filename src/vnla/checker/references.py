# SPDX-License-Identifier: MIT
"""
A document named once and spoken of again by a word of its name: "The Treaty of Amity and
Cooperation ... The Treaty was signed on 18 July 1977", "Hiệp ước này được ký ngày ...",
"ສົນທິສັນຍາ ສະບັບ ນີ້ ລົງນາມ ໃນ ...".

The later words are read as the document: they date it, and are dated by it, as its name would
(each is a cue of the scan, see :class:`~vnla.checker.scan.Scan`).  Precision comes first, so
the words stand for a document only when

- they stand with a word that points back ("the", "this", "này", "ນີ້": the word files'
  ``references.before`` and ``references.after``), and are not the start of another name nor
  followed by words that pick out which one is meant ("the Treaty of Paris", "the treaty
  signed in 2007": ``references.not_after``); or they stand alone with a capital that opens no
  sentence, no capital word before them and no word after them but a verb of their clause
  ("45 năm Hiệp ước.", "Hiệp ước được ký ngày ...": ``references.proper_verbs``);
- every document named before them with that word in its name is the same one;
- the word stands nowhere else between that name and them ("... a border treaty ... the
  treaty" may be the border treaty), but in words already read as the same document.

The words of each language are data: ``references.heads`` in ``vnla/data/lang/*.toml``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.vocabulary import _alternation
from vnla.lang.lao import is_lao, unspaced
from vnla.lang.words import merged

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = ["references"]

#: A cue of the scan: where it stands, its event words' kinds and the records it names.
_Cue = tuple[int, int, frozenset[str], tuple[str, ...]]

_HEADS: Final = merged("references", "heads")
_LATIN: Final = _alternation(w for w in _HEADS if not is_lao(w[0])) or "(?!)"
_LAO: Final = _alternation(w for w in _HEADS if is_lao(w[0])) or "(?!)"
_BEFORE: Final = _alternation(merged("references", "before")) or "(?!)"
_AFTER: Final = _alternation(merged("references", "after")) or "(?!)"
_BETWEEN: Final = _alternation(merged("references", "between")) or "(?!)"
_NOT_AFTER: Final = _alternation(merged("references", "not_after")) or "(?!)"
#: After a head word standing alone as a name, words that make it its clause's subject ("Hiệp ước
#: được ký ngày ..."), not the start of another name ("Hiệp ước hoạch định biên giới").
_PROPER_VERB: Final = re.compile(
    rf"\s+(?:{_alternation(merged('references', 'proper_verbs')) or '(?!)'})(?!\w)", re.IGNORECASE
)

#: The words of a name that may stand for its document, wherever they stand.
_HEAD: Final = re.compile(rf"(?<!\w)(?:{_LATIN})(?!\w)|{_LAO}", re.IGNORECASE)
#: The words standing for a document: a pointing word before them ("the Treaty"), or after them,
#: maybe after a classifier ("Hiệp ước này", "ສົນທິສັນຍາ ສະບັບ ນີ້").
_REFERENCE: Final = re.compile(
    rf"(?<!\w)(?:{_BEFORE})\s+(?P<before>{_LATIN})(?!\w)(?!\s+(?:{_NOT_AFTER})(?!\w))"
    rf"|(?<!\w)(?P<latin>{_LATIN})(?:\s+(?:{_BETWEEN}))?\s+(?:{_AFTER})(?!\w)"
    rf"|(?P<lao>{_LAO})\s*(?:(?:{_BETWEEN})\s*)?(?:{_AFTER})"
    # alone, when a capital makes it a name ("45 năm Hiệp ước"): see _proper
    rf"|(?<!\w)(?P<proper>{_LATIN})(?!\w)(?!\s+(?:{_NOT_AFTER})(?!\w))",
    re.IGNORECASE,
)


def _head(words: str) -> str:
    """A head word as it is compared: lower case, spaces as one (none in Lao)."""
    return unspaced(" ".join(words.lower().split()))


#: What ends a sentence, or opens a list's item, before words that open it (a line's end too).
_OPENERS: Final = frozenset(".!?:;\u2022*-")


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``text[start]`` opens its text, line, sentence or list item."""
    lo = max(0, start - 8)
    tail = text[lo:start]
    kept = tail.rstrip()
    if "\n" in tail[len(kept) :]:
        return True
    return kept[-1] in _OPENERS if kept else lo == 0


#: The first letter of the word right before.
_WORD_BEFORE: Final = re.compile(r"(?<!\w)([^\W\d_])\w*+\s++\Z")
#: The next word, right after spaces.
_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_])")


def _proper(text: str, start: int, end: int) -> bool:
    """
    Whether the head word at ``text[start:end]`` stands alone as a name: written with a capital
    that does not open its sentence, with no word with a capital right before it ("the Border
    Treaty"), and no word right after it: words after it may name another ("Hiệp định Paris",
    "Hiệp ước hoạch định biên giới", in lower case as Vietnamese writes a name's descriptor),
    but for a verb of its clause (``references.proper_verbs``: "Hiệp ước được ký ngày ...").
    """
    if not text[start].isupper() or _opens(text, start):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).isupper():
        return False
    return _NEXT_WORD.match(text, end) is None or _PROPER_VERB.match(text, end) is not None


def references(
    text: str,
    cues: list[_Cue],
    hits: Sequence[tuple[int, int, object]],
    kinds: Mapping[str, str],
    heads: Sequence[tuple[int, int]],
) -> list[_Cue]:
    """
    The cues of the words of ``text`` that stand for a document named before them.

    ``cues`` are the scan's (a document's name is one, with the document's id), ``hits`` the
    names found, in order (words inside a name stand for nothing), ``kinds`` the kind of each
    record and ``heads`` where the words of ``references.heads`` stand, in order (the scan's
    automaton finds them with the names: the text is not searched again).

    >>> cues = [(4, 35, frozenset(), ("treaty-amity-cooperation-1977",))]
    >>> kinds = {"treaty-amity-cooperation-1977": "document"}
    >>> text = "The Treaty of Amity and Cooperation turns 50. The Treaty was signed in 1977."
    >>> references(text, cues, [(4, 35, None)], kinds, [(4, 10), (50, 56)])
    [(50, 56, frozenset(), ('treaty-amity-cooperation-1977',))]
    """
    documents = [
        (start, end, ids)
        for start, end, kinds_of_cue, ids in cues
        if not kinds_of_cue and ids and all(kinds.get(i) == "document" for i in ids)
    ]
    if not documents or not heads:
        return []
    hit_starts = [s for s, _e, _o in hits]
    hit_reach = list(itertools.accumulate((e for _s, e, _o in hits), max))  # the furthest end so far
    found: list[_Cue] = []
    # by head word: the records of the documents named with it so far, and where the last ends;
    # and where it last stood unread as a document (another's, maybe)
    named: dict[str, tuple[set[tuple[str, ...]], int]] = {}
    unread: dict[str, int] = {}
    d = 0
    for start, end in heads:
        while d < len(documents) and documents[d][0] <= start:
            ds, de, ids = documents[d]
            for m in _HEAD.finditer(text, ds, de):
                key = _head(m.group())
                records = named[key][0] if key in named else set()
                named[key] = (records | {ids}, de)
            d += 1
        head = _head(text[start:end])
        if any(ds <= start < de for ds, de, _ids in documents[max(0, d - 2) : d]):
            continue  # inside a document's name: its own word
        cue = _reference(text, start, end, hit_starts, hit_reach)
        known = named.get(head)
        if cue is None or known is None or len(known[0]) > 1 or unread.get(head, -1) >= known[1]:
            unread[head] = start
            continue
        found.append((start, cue, frozenset(), next(iter(known[0]))))
    return found


def _reference(text: str, start: int, end: int, hit_starts: list[int], hit_reach: list[int]) -> int | None:
    """
    Where words standing for a document end, when the head word at ``text[start:end]`` opens
    them (:data:`_REFERENCE`, tried in a window around it), and no name found holds them.
    """
    for m in _REFERENCE.finditer(text, max(0, start - _BEFORE_REACH), min(len(text), end + _AFTER_REACH)):
        group = m.lastgroup or ""
        if m.start(group) != start:
            continue
        if group == "proper" and not _proper(text, start, end):
            return None
        at = bisect.bisect_left(hit_starts, m.end()) - 1
        if at >= 0 and hit_reach[at] > start:
            return None  # inside a name, or holding one
        return m.end()
    return None


#: How far before a head its pointing word may start ("the ", "this ").
_BEFORE_REACH: Final = 12
#: How far after a head its classifier and pointing word may end ("ສະບັບ ນີ້", "nói trên").
_AFTER_REACH: Final = 24
