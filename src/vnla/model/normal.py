# SPDX-License-Identifier: MIT
"""
Unicode normalization in linear time, whatever the text.

CPython's :func:`unicodedata.normalize` puts combining marks in canonical order
with an insertion sort, so a run of thousands of marks of alternating classes
takes quadratic time (100,000 marks: about a minute).  No real text has such a
run: Unicode's Stream-Safe Text Format (UAX #15) bounds runs of non-starters at
30.  Here a longer run is normalized 30 marks at a time, as if a combining
grapheme joiner stood between the pieces, which is what the Stream-Safe format
would insert; text without such a run is normalized exactly as by
:func:`unicodedata.normalize`.

>>> normalize("NFC", "Tô Lâm") == "Tô Lâm"
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, Literal

__all__ = ["MAX_NON_STARTERS", "is_normalized", "normalize"]

#: The longest run of non-starters (combining marks) normalized as one, after UAX #15.
MAX_NON_STARTERS: Final = 30
_Form = Literal["NFC", "NFD", "NFKC", "NFKD"]


@functools.cache
def _long_runs() -> re.Pattern[str]:
    """A pattern for runs of more than :data:`MAX_NON_STARTERS` non-starters (built on first use)."""
    ranges: list[str] = []
    start = -1
    for code in range(0x30000):
        combining = unicodedata.combining(chr(code)) != 0
        if combining and start < 0:
            start = code
        elif not combining and start >= 0:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(code - 1))}")
            start = -1
    return re.compile(f"[{''.join(ranges)}]{{{MAX_NON_STARTERS + 1},}}")


def _pieces(text: str) -> list[str] | None:
    """``text`` cut inside its long runs of marks, or ``None`` when it has none."""
    if text.isascii():
        return None
    runs = list(_long_runs().finditer(text))
    if not runs:
        return None
    pieces: list[str] = []
    done = 0
    for run in runs:
        for cut in range(run.start() + MAX_NON_STARTERS, run.end(), MAX_NON_STARTERS):
            pieces.append(text[done:cut])
            done = cut
    pieces.append(text[done:])
    return pieces


def normalize(form: _Form, text: str) -> str:
    """:func:`unicodedata.normalize`, in linear time (see the module's docstring)."""
    pieces = _pieces(text)
    if pieces is None:
        return unicodedata.normalize(form, text)
    return "".join(unicodedata.normalize(form, piece) for piece in pieces)


def is_normalized(form: _Form, text: str) -> bool:
    """:func:`unicodedata.is_normalized`, in linear time (see the module's docstring)."""
    pieces = _pieces(text)
    if pieces is None:
        return unicodedata.is_normalized(form, text)
    return all(unicodedata.is_normalized(form, piece) for piece in pieces)
