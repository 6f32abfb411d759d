# SPDX-License-Identifier: MIT
"""
Canonical forms: how a judge writes the recorded fact for a reader of the text's language
(a date, a sum, an ordinal, a title, a record's preferred name).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from vnla.model.records import NameKind
from vnla.render.formatting import format as render
from vnla.render.formatting import format_money

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from decimal import Decimal

    from vnla.model.records import Office, When

__all__: list[str] = []


@functools.lru_cache(maxsize=1024)
def render_when(when: When, lang: str) -> str:
    """A recorded date as a reader of ``lang`` writes it, with plain spaces."""
    return render(when, lang).replace("\u202f", " ").replace("\u2009", " ").replace("\xa0", " ")


@functools.lru_cache(maxsize=256)
def render_money(value: Decimal, unit: str, lang: str) -> str:
    """A recorded amount as a reader of ``lang`` writes it, with plain spaces."""
    return format_money(value, unit, lang).replace("\xa0", " ")


def _preferred(record: Any, lang: str) -> str:
    """A record's preferred name in ``lang`` (English if it has none), for records with or without a label."""
    names = getattr(record, "names", ())
    for wanted in (lang, "en"):
        for name in names:
            if name.kind is NameKind.PREFERRED and name.lang == wanted:
                return str(name.text)
    return str(getattr(record, "title", None) or (names[0].text if names else record.id))


def _office_title(offices: Sequence[Office], lang: str, role_titles: Mapping[tuple[str, str], str]) -> str:
    """
    The titles of offices, as the canonical form of a title written in ``lang``.

    In English, each office's own title, joined by "and"; in Vietnamese or Lao,
    the role's title in that language, joined by commas as those languages list
    titles ("Tổng Bí thư, Chủ tịch nước"), or the English titles when a role has none.
    """
    if lang != "en" and offices and all((o.role, lang) in role_titles for o in offices):
        return ", ".join(dict.fromkeys(role_titles[o.role, lang] for o in offices))
    return " and ".join(dict.fromkeys(o.title for o in offices))


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
