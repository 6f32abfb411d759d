# SPDX-License-Identifier: MIT
"""
The subjects of founding words that a document's signing adds: the parties that signed it, in a
relative clause of its name ("the Treaty of Amity and Cooperation (that) the two countries
signed on 18 July 1977", "Hiệp ước ... mà hai nước ký ngày ..."; the word files'
``dates.signers``), and the words said of a document only ("concluded": ``dates.document_words``).
:class:`~vnla.checker.founding_dates.FoundingDates` asks.
"""

from __future__ import annotations

import re
from typing import Final

from vnla.checker.foundings import founding_of
from vnla.checker.scope import ScopeReader
from vnla.checker.vocabulary import _LINKS, _SUBJECT_LINK, _any_word
from vnla.lang.words import merged

__all__ = ["SignedDocuments", "document_only"]

#: Of the founding words, those said of a document only (``dates.document_words``: "concluded").
_DOCUMENT_WORDS: Final = frozenset(w.lower() for w in merged("dates", "document_words"))
#: Between a document's name and its signing words, the parties that signed it in a relative
#: clause, with links before and after them.
_SIGNED_BY: Final = re.compile(
    rf"{_LINKS}(?:{_any_word(merged('dates', 'signers') or ['(?!)']).pattern}){_LINKS}", re.IGNORECASE
)


def document_only(verb: re.Match[str]) -> bool:
    """Whether founding words are said of a document only ("concluded", "concluded on")."""
    return verb.group().strip().lower() in _DOCUMENT_WORDS


class SignedDocuments(ScopeReader):
    """The documents signed, read as the subjects of founding words in a sentence scope's chunk."""

    __slots__ = ()

    def linked(self, ne: int, at: int, rid: str, kind: str) -> bool:
        """
        Whether a name ending at ``ne`` is the subject of founding, birth or death words at
        ``at``: links only between them, or, for a document, the parties that signed it ("the
        Treaty ... (that) the two countries signed on 18 July 1977").
        """
        if _SUBJECT_LINK.fullmatch(self.text, ne, at):
            return True
        return (
            kind == "founded"
            and self.index.kinds.get(rid) == "document"
            and _SIGNED_BY.fullmatch(self.text, ne, at) is not None
        )

    def before(self, verb: re.Match[str], sentence: tuple[int, int]) -> str | None:
        """
        The founding of the document named right before words said of a document only (``verb``:
        "concluded"), joined to them by links or its signers; else ``None``.
        """
        s, _e = sentence
        at = verb.start()
        named = [n for n in self.positions.within(self.named, max(s, at - 200), at) if n[1] <= at]
        if not named or self.index.kinds.get(named[-1][2]) != "document":
            return None
        _ns, ne, rid = named[-1]
        return founding_of(self.index, rid, "founded") if self.linked(ne, at, rid, "founded") else None
