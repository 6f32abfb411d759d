# SPDX-License-Identifier: MIT
"""
Print the people and places of the dataset with their names in English, Vietnamese and Lao.

Each cell is ``Label.display(lang)``: the preferred name in that language.  A
dash means the data records none (``display`` would fall back to English).

Run it with ``python examples/names_table.py``.
"""

from __future__ import annotations

import vnla
from vnla.model import Label, NameKind

LANGUAGES = ("en", "vi", "lo")


def cell(label: Label, lang: str) -> str:
    if not label.of_kind(NameKind.PREFERRED, lang):
        return "—"
    return label.display(lang)


def main() -> None:
    ds = vnla.dataset()
    for title, records in (("People", ds.people), ("Places", ds.places)):
        rows = [[cell(r.name, lang) for lang in LANGUAGES] for r in records]
        # Lao goes last: its vowel and tone marks take no width of their own,
        # so padding a Lao column by len() would misalign the next one.
        en_width, vi_width = (max(len(row[i]) for row in rows) for i in (0, 1))
        print(f"{title}\n{'English':<{en_width}}  {'Tiếng Việt':<{vi_width}}  ພາສາລາວ")
        for en, vi, lo in rows:
            print(f"{en:<{en_width}}  {vi:<{vi_width}}  {lo}")
        print()


if __name__ == "__main__":
    main()
