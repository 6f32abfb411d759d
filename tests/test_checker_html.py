# SPDX-License-Identifier: MIT
"""HTML pages (``markup="html"``): the text a reader sees is checked, and findings point into the page."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnla.batch import Record, read_input
from vnla.batch.records import reports_of
from vnla.checker import Checker, check_file
from vnla.checker.html import html_text
from vnla.cli import main

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"

PAGE = """<!doctype html>
<html><head><title>Vietnam and Laos hold talks</title>
<style>p { color: red }</style><script>var note = "To Lam visited Laos in 2019";</script></head>
<body><!-- To Lam, in a comment -->
<article><h1>Leaders meet in Vientiane</h1>
<p>VIENTIANE, Dec. 2 (VNA) &ndash; General Secretary <b>To Lam</b> and
   Lao leader <a href="/p/1">Thongloun Sisoulith</a> held talks on Tuesday.</p>
<p>The two sides aim to raise bilateral trade to 5&nbsp;billion&nbsp;USD.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


# ---------------------------------------------------------------------------------- html_text()
def test_the_text_a_reader_sees() -> None:
    text, _ = html_text(PAGE)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines == [
        "Vietnam and Laos hold talks",
        "Leaders meet in Vientiane",
        "VIENTIANE, Dec. 2 (VNA) \u2013 General Secretary To Lam and Lao leader Thongloun Sisoulith held "
        "talks on Tuesday.",
        "The two sides aim to raise bilateral trade to 5\u00a0billion\u00a0USD.",
    ]


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<ul><li>one</li><li>two</li></ul>", "\n\none\n\ntwo\n\n"),
        ("<td>2024</td><td>2.2</td>", "\n2024\n\n2.2\n"),
        ("x &amp; y &lt;z&gt; &#8211; &#x2013; &unknown;", "x & y <z> \u2013 \u2013 &unknown;"),
        ("<script>a<b</script>c<style>d</style>e<noscript>f</noscript>g", "ceg"),
        ("one\n  two\t three", "one two three"),
        ("<p>unclosed <b>bold", "\nunclosed bold"),
    ],
)
def test_blocks_are_lines_and_the_rest_is_dropped_or_decoded(page: str, shown: str) -> None:
    assert html_text(page)[0] == shown


_TAGS = st.sampled_from(["<p>", "</p>", "<b>", "</b>", "<br>", "<div class='x'>", "</div>", "<!-- c -->"])
_WORDS = st.sampled_from(["To Lam", "Viêng Chăn", " ", "\n", "&amp;", "&nbsp;", "10", "ທອງລຸນ", "<"])


@given(st.lists(st.one_of(_TAGS, _WORDS), max_size=20))
def test_each_character_shown_stands_where_the_page_writes_it(parts: list[str]) -> None:
    page = "".join(parts)
    text, places = html_text(page)
    assert len(places) == len(text) + 1
    assert places[-1] == len(page)
    assert list(places) == sorted(places)
    for char, at in zip(text, places, strict=False):
        written = page[at]
        if written == "&":
            continue  # a reference: one character for several
        if char in " \n":
            assert written.isspace() or written == "<"  # a space of the source, or a block's tag
        else:
            assert written == char


# ---------------------------------------------------------------------------------- checking a page
def test_a_page_is_checked_as_its_text_and_findings_point_into_the_page(checker: Checker) -> None:
    report = checker.check_text(PAGE, published="2025-12-03", markup="html")
    found = {(f.kind, f.verdict.value, f.text) for f in report.findings}
    assert ("date", "ok", "on Tuesday") in found
    assert ("amount", "ok", "5&nbsp;billion&nbsp;USD") in found
    assert ("person", "ok", "To Lam") in found
    for f in report.findings:
        start, end = f.span
        assert PAGE[start:end] == f.text
        assert not f.text.endswith(">")  # a name's closing tag is not quoted with it
        line_start = PAGE.rfind("\n", 0, start) + 1
        assert (f.line, f.column) == (PAGE.count("\n", 0, start) + 1, start - line_start + 1)
    # what no reader sees is not checked: the script's 2019, the comment
    assert all("2019" not in f.text for f in report.findings)
    assert sum(f.record == "to-lam" and f.kind == "person" for f in report.findings) == 1


def test_a_page_checked_as_text_reads_its_tags(checker: Checker) -> None:
    report = checker.check_text(PAGE, published="2025-12-03")
    assert any(f.record == "to-lam" and f.kind == "person" for f in report.findings)
    assert sum(f.record == "to-lam" and f.kind == "person" for f in report.findings) > 1  # the script's too


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Phankham Viphavanh left the premiership on 30 December 2022; Sonexay Siphandone holds it
        ("He called on Lao Prime Minister <em>Phankham Viphavanh</em> on 1 December 2025.", "contradiction"),
        (
            'He called on Lao Prime Minister <a href="/sonexay">Sonexay Siphandone</a> on 1 December 2025.',
            "ok",
        ),
        ("He called on Lao Prime Minister <b class='n'>Sonexay Siphandone</b> on 1 December 2025.", "ok"),
    ],
)
def test_inline_tags_in_text_stand_between_no_words(checker: Checker, text: str, expected: str) -> None:
    # text pasted with its markup: a title is its name's across the tags, and no finding ends in a tag
    report = checker.check_text(text, published="2025-12-03", lang="en")
    assert [f.verdict.value for f in report.findings if f.kind == "title"] == [expected]
    assert not any(f.text.endswith(">") for f in report.findings)


def _labelled(lang: str, limit: int) -> list[tuple[str, str]]:
    out = []
    for labels in sorted(EVAL.glob("*/labels.toml")):
        for entry in tomllib.loads(labels.read_text(encoding="utf-8"))["texts"]:
            if entry["lang"] == lang:
                out.append(
                    ((labels.parent / entry["file"]).read_text(encoding="utf-8"), str(entry["published"]))
                )
    return out[:limit]


@pytest.mark.parametrize("lang", ["en", "vi", "lo"])
def test_corpus_texts_as_pages_get_the_findings_of_the_texts(checker: Checker, lang: str) -> None:
    for text, published in _labelled(lang, 8):
        page = (
            "<html><body><div>"
            + "".join(f"<p class='x'>{p}</p>" for p in text.split("\n"))
            + "</div></body></html>"
        )
        as_text = [
            (f.kind, f.verdict, f.text)
            for f in checker.check_text(text, published=published, lang=lang).findings
        ]
        as_page = [
            (f.kind, f.verdict, f.text)
            for f in checker.check_text(page, published=published, lang=lang, markup="html").findings
        ]
        assert as_page == as_text


def test_unknown_markup_is_refused(checker: Checker) -> None:
    with pytest.raises(ValueError, match="unknown markup 'xml'; expected 'text' or 'html'"):
        checker.check_text("To Lam", markup="xml")
    with pytest.raises(ValueError, match="text 1: unknown markup 'pdf'"):
        list(checker.check_texts(["a", "b"], markup=["text", "pdf"]))
    with pytest.raises(ValueError, match="markup holds 1 value for more texts"):
        list(checker.check_texts(["a", "b"], markup=["text"]))
    with pytest.raises(ValueError, match="Record markup 'xml'"):
        Record(id="a", text="To Lam", markup="xml")


def test_texts_and_pages_checked_together(checker: Checker) -> None:
    texts = ["To Lam met Thongloun Sisoulith.", "<p>To <b>Lam</b> met <i>Thongloun Sisoulith</i>.</p>"]
    reports = list(checker.check_texts(texts, markup=["text", "html"]))
    assert [[f.record for f in r.findings] for r in reports] == [["to-lam", "thongloun-sisoulith"]] * 2
    assert [f.text for f in reports[1].findings] == ["To <b>Lam", "Thongloun Sisoulith"]  # the page's words


# ------------------------------------------------------------------------ files, folders, archives
def test_a_file_named_html_is_read_as_a_page(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(PAGE, encoding="utf-8")
    report = check_file(page, published="2025-12-03")
    assert report.characters == len(PAGE)
    assert all("2019" not in f.text for f in report.findings)
    assert any(f.text == "5&nbsp;billion&nbsp;USD" for f in report.findings)
    as_text = check_file(page, published="2025-12-03", markup="text")
    assert any(f.text == "in 2019" for f in as_text.findings)  # the script, read as text


def test_a_folder_of_pages_is_an_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("To Lam met Thongloun Sisoulith.\n", encoding="utf-8")
    records = {r.id: r for r in read_input(tmp_path)}
    assert {k: r.markup for k, r in records.items()} == {"a.html": "html", "b.txt": "text"}
    [page_report, _] = reports_of(Checker(), [records["a.html"], records["b.txt"]])
    assert not isinstance(page_report, str)
    assert all("2019" not in f.text for f in page_report.findings)
    assert main(["check", str(tmp_path), "--format", "jsonl", "--published", "2025-12-03"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {Path(row["id"]).name for row in rows} == {"a.html", "b.txt"}
    page_rows = [row for row in rows if row["id"].endswith("a.html")]
    assert page_rows
    assert all(PAGE[row["start"] : row["end"]] == row["text"] for row in page_rows)


def test_the_markup_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"  # a page saved under another name
    page.write_text(PAGE, encoding="utf-8")
    assert main(["check", str(page), "--markup", "html", "--show", "all", "--published", "2025-12-03"]) == 0
    as_page = capsys.readouterr().out
    assert main(["check", str(page), "--markup", "text", "--show", "all", "--published", "2025-12-03"]) == 0
    as_text = capsys.readouterr().out
    assert "2019" not in as_page
    assert as_page != as_text


def test_the_command_and_the_archive_reader_read_the_same_files() -> None:
    from vnla.batch.inputs import TEXT_SUFFIXES
    from vnla.checker.source import HTML_SUFFIXES
    from vnla.cli.app import _TEXT_SUFFIXES

    assert set(_TEXT_SUFFIXES) == set(TEXT_SUFFIXES) == {".txt", ".md", *HTML_SUFFIXES}


def test_a_page_record_pickles() -> None:
    import pickle

    record = Record(id="a", text=PAGE, markup="html")
    assert pickle.loads(pickle.dumps(record)) == record
