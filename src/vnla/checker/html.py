# SPDX-License-Identifier: MIT
"""
The text of an HTML page, as a reader sees it, with where each of its characters stands in the
page: what the checker reads of a saved or scraped news page (``markup="html"``).

Each block (a paragraph, a heading, a list item, a table cell, a line break…) is a line;
inline tags (``<b>``, ``<a>``, ``<span>``…) are dropped and the words around them kept;
character references (``&amp;``, ``&nbsp;``, ``&#8211;``) are the characters they stand for;
what no reader sees (``<script>``, ``<style>``, ``<head>`` but its ``<title>``, comments) is
left out; and runs of white space in the page's source are one space, as a browser shows them.
"""

from __future__ import annotations

import html
import re
from array import array
from html.parser import HTMLParser
from typing import Final

__all__ = ["html_text"]

#: Elements that start and end a line of text (HTML's block and table elements, and <br>).
_BLOCKS: Final = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
    ]
)
#: Elements whose content no reader sees.
_HIDDEN: Final = frozenset(("script", "style", "noscript", "template", "svg", "head", "iframe", "object"))
#: White space in a page's source, which a browser shows as one space.
_WHITE: Final = re.compile(r"[ \t\n\r\f]+")


class _Reader(HTMLParser):
    """Collects a page's text in pieces, each with where it starts in the page."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.places = array("q")
        self.hidden = 0  # how many hidden elements the parser is inside
        self.title = False  # inside <title> (shown, though inside <head>)
        # where each line of the page starts, for the parser's (line, column) positions
        self.lines = [0] + [m.end() for m in re.finditer("\n", source)]

    def _at(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def _add(self, text: str, at: int, *, one: bool = False) -> None:
        """Text the reader sees; ``one``: all of it stands at ``at`` (a tag, a reference)."""
        if not text or (self.hidden and not self.title):
            return
        self.parts.append(text)
        self.places.extend([at] * len(text) if one else range(at, at + len(text)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag == "title":
            self.title = True
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._add("\n", self._at(), one=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _BLOCKS:
            self._add("\n", self._at(), one=True)

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._add("\n", self._at(), one=True)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag == "title":
            self.title = False

    def handle_data(self, data: str) -> None:
        at = self._at()
        if self.hidden and not self.title:
            return
        last = 0
        for m in _WHITE.finditer(data):  # each run of white space one space, at its first
            self._add(data[last : m.start()], at + last)
            self._add(" ", at + m.start(), one=True)
            last = m.end()
        self._add(data[last:], at + last)

    def handle_entityref(self, name: str) -> None:
        self._add(html.unescape(f"&{name};"), self._at(), one=True)

    def handle_charref(self, name: str) -> None:
        self._add(html.unescape(f"&#{name};"), self._at(), one=True)


def html_text(source: str) -> tuple[str, array[int]]:
    """
    The text a reader sees of an HTML page (see the module's docstring), and where each of its
    characters stands in ``source``, with the length of ``source`` last.

    >>> text, places = html_text("<p>To <b>Lam</b> &amp; Thongloun</p><p>met.</p>")
    >>> text
    '\\nTo Lam & Thongloun\\n\\nmet.\\n'
    >>> places[4], places[8]  # "L" of Lam, after the <b>; the "&" of "&amp;"
    (9, 17)
    """
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    reader.places.append(len(source))
    return "".join(reader.parts), reader.places
