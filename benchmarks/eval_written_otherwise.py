# SPDX-License-Identifier: MIT
"""
The same words written otherwise: ``python benchmarks/eval_written_otherwise.py``.

Checks every text of the labelled corpora (``tests/fixtures/eval/``) as written and written
otherwise (two spaces, no-break and narrow spaces, tabs, zero-width spaces between Lao words,
Windows line breaks, spaces at the ends of lines, decomposed accents, a byte order mark,
hard-wrapped at 70 columns, and as an HTML page with ``markup="html"``), and prints, for each
way, how many texts get other findings (kind, verdict and words, spaces aside) than as written.
``--corpus NAME[,NAME]`` limits the corpora; ``--show N`` lists N texts that differ for each way.
A checkout's ``src`` on ``PYTHONPATH`` measures that checkout.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
import tomllib
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from vnla.checker import Checker

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "fixtures" / "eval"


def _wrapped(text: str) -> str:
    return "\n".join(
        textwrap.fill(p, 70, break_on_hyphens=False, break_long_words=False) for p in text.split("\n")
    )


def _page(text: str) -> str:
    return (
        "<html><body><div>"
        + "".join(f"<p class='x'>{p}</p>" for p in text.split("\n"))
        + "</div></body></html>"
    )


#: Each way of writing: how the text is written so, and its markup.
WAYS: dict[str, tuple[Callable[[str], str], str]] = {
    "two spaces": (lambda t: t.replace(" ", "  "), "text"),
    "no-break spaces": (lambda t: t.replace(" ", "\u00a0"), "text"),
    "narrow no-break spaces": (lambda t: t.replace(" ", "\u202f"), "text"),
    "tabs": (lambda t: t.replace(" ", "\t"), "text"),
    "zero-width spaces between Lao words": (
        lambda t: re.sub(r"(?<=[\u0e80-\u0eff]) (?=[\u0e80-\u0eff])", " \u200b", t),
        "text",
    ),
    "Windows line breaks": (lambda t: t.replace("\n", "\r\n"), "text"),
    "spaces at the ends of lines": (lambda t: t.replace("\n", " \n"), "text"),
    "decomposed (NFD)": (lambda t: unicodedata.normalize("NFD", t), "text"),
    "a byte order mark": (lambda t: "\ufeff" + t, "text"),
    "hard-wrapped at 70 columns": (_wrapped, "text"),
    "an HTML page": (_page, "html"),
}
_BLANK = re.compile(r"[\s\u200b\ufeff]+")


def _seen(checker: Checker, text: str, published: str, lang: str, markup: str) -> list[tuple[str, str, str]]:
    """The findings as kind, verdict and words (composed, spaces as one)."""
    return sorted(
        (f.kind, f.verdict.value, _BLANK.sub(" ", unicodedata.normalize("NFC", f.text)).strip())
        # (markup only for a page: a checkout before markup measures the other ways)
        for f in checker.check_text(
            text, published=published, lang=lang, **({"markup": markup} if markup != "text" else {})
        ).findings
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", help="corpora, comma-separated (default: all)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="list N texts that differ")
    args = parser.parse_args(argv)
    wanted = set(args.corpus.split(",")) if args.corpus else None
    texts = []
    for labels in sorted(EVAL.glob("*/labels.toml")):
        if wanted is not None and labels.parent.name not in wanted:
            continue
        for entry in tomllib.loads(labels.read_text(encoding="utf-8"))["texts"]:
            text = (labels.parent / entry["file"]).read_text(encoding="utf-8")
            texts.append(
                (f"{labels.parent.name}/{entry['file']}", text, str(entry["published"]), entry["lang"])
            )
    checker = Checker()
    plain = {name: _seen(checker, text, day, lang, "text") for name, text, day, lang in texts}
    print(f"{len(texts)} texts; texts whose findings differ from those of the text as written:")
    for way, (write, markup) in WAYS.items():
        try:
            differ = [
                name
                for name, text, day, lang in texts
                if _seen(checker, write(text), day, lang, markup) != plain[name]
            ]
        except TypeError:  # a checkout that reads no markup
            print(f"  {way}: not read by this checkout")
            continue
        print(f"  {way}: {len(differ)}")
        for name in differ[: args.show]:
            print(f"    {name}")
    print(
        "command: python benchmarks/eval_written_otherwise.py"
        + (" " + " ".join(sys.argv[1:]) if argv is None and sys.argv[1:] else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
