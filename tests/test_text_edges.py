# SPDX-License-Identifier: MIT
"""
Text edges (issue 12, point 7): a byte order mark, zero-width characters and soft hyphens
are invisible to ``check_text`` as they are to ``resolve``, with spans still pointing at the
text as given; UTF-16 and UTF-32 files with a byte order mark are read, and one without is
named as such.
"""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnla
from vnla.checker import InputError, check_file, check_text
from vnla.names import resolve

if TYPE_CHECKING:
    from pathlib import Path

NEWS = (
    "HANOI, Dec. 3, 2025 (VNA) – General Secretary Tô Lâm visited Vientiane on Tuesday. "
    "Prime Minister Phạm Minh Chính met Sonexay Siphandone.\n"
)
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def _found(text: str) -> list[tuple[str, str, str]]:
    """(kind, written text, verdict) of each finding: the span cut from the text as given."""
    return [(f.kind, text[f.span[0] : f.span[1]], f.verdict.value) for f in check_text(text).findings]


def test_a_leading_byte_order_mark_keeps_the_date_line() -> None:
    plain = check_text(NEWS).findings
    marked = check_text("\ufeff" + NEWS).findings
    assert [(f.kind, f.rule, f.verdict) for f in marked] == [(f.kind, f.rule, f.verdict) for f in plain]
    assert [f.span for f in marked] == [(s + 1, e + 1) for s, e in (f.span for f in plain)]
    assert "contradiction" not in {f.verdict.value for f in marked}
    published = [f for f in marked if f.rule == "dates.published"]
    assert published and ("\ufeff" + NEWS)[slice(*published[0].span)] == "Dec. 3, 2025"


@pytest.mark.parametrize("char", INVISIBLE)
def test_an_invisible_character_inside_a_name_hides_nothing(char: str) -> None:
    ds = vnla.dataset()
    for name, record in [(f"Tô{char}Lâm", "to-lam"), (f"Vien{char}tiane", "vientiane")]:
        if char != "\u00ad" and name.startswith("Vien") and char == "\u200b":
            continue  # a zero-width space between syllables is a word break; "Vien tiane" is no name
        assert resolve(ds, name).id == record
        text = f"{name} said."
        found = [(kind, written) for kind, written, _ in _found(text)]
        assert any(written == name for _, written in found), (name, found)


def test_a_soft_hyphen_and_a_joiner_inside_a_word() -> None:
    assert _found("Talks in Vien\u00adtiane.") == [("place", "Vien\u00adtiane", "ok")]
    assert _found("General Secretary Tô\u200dLâm") == [
        ("title", "General Secretary Tô\u200dLâm", "ok"),
        ("person", "Tô\u200dLâm", "ok"),
    ]


@given(st.lists(st.sampled_from(INVISIBLE), min_size=1, max_size=4), st.integers(0, len(NEWS)))
@settings(max_examples=30, deadline=None)
def test_spans_point_into_the_text_as_given(chars: list[str], at: int) -> None:
    text = NEWS[:at] + "".join(chars) + NEWS[at:]
    for finding in check_text(text).findings:
        start, end = finding.span
        assert 0 <= start < end <= len(text)
        written = text[start:end]
        assert written == written.strip(" ")  # the span covers the words, not the space around


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }.get(encoding, b"")
    path = tmp_path / "news.txt"
    path.write_bytes(bom + NEWS.encode(encoding))
    expected = [(f.kind, f.span, f.verdict) for f in check_text(NEWS).findings]
    assert [(f.kind, f.span, f.verdict) for f in check_file(path).findings] == expected


def test_utf8_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(NEWS.encode("utf-8-sig"))
    expected = [(f.kind, f.span, f.verdict) for f in check_text(NEWS).findings]
    assert [(f.kind, f.span, f.verdict) for f in check_file(path).findings] == expected


def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(NEWS.encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 or UTF-32 without a byte order mark"):
        check_file(path)


def test_a_bad_utf16_file_is_named_utf16(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Talks".encode("utf-16-le") + b"\x00\xd8" + b"a\x00")
    with pytest.raises(InputError, match="not UTF-16: invalid"):
        check_file(path)


def test_a_nul_character_in_utf16_is_binary(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(codecs.BOM_UTF16_LE + "a\0b".encode("utf-16-le"))
    with pytest.raises(InputError, match="binary file"):
        check_file(path)


def test_plain_binary_is_still_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary file") as raised:
        check_file(path)
    assert "UTF-16" not in str(raised.value)
