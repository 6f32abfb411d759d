# SPDX-License-Identifier: MIT
"""Each stage of the checker's pipeline on its own: source, scan, sentences, readers, judges, registry."""

from __future__ import annotations

import io
import tomllib
from datetime import date
from pathlib import Path

import pytest

from vnla.checker import Checker, InputError, Verdict, rules
from vnla.checker import registry as reg
from vnla.checker.context import Caches, Context
from vnla.checker.drafts import _Proto
from vnla.checker.judges import dates as judge_dates
from vnla.checker.judges import titles as judge_titles
from vnla.checker.mentions import TitleMention, UnknownPersonMention
from vnla.checker.readers import amounts, dates, framework, ordinals, titles
from vnla.checker.scan import Scan
from vnla.checker.sentences import Sentences
from vnla.checker.source import _decode, _pieces_of


def _context(text: str, published: date | None = date(2026, 2, 5), lang: str = "en") -> Context:
    checker = Checker()
    scan = Scan(checker._index, checker._names, text, lang).run()
    return Context(scan, caches=Caches(), published=published)


# --------------------------------------------------------------------------- source
def test_the_source_cuts_a_stream_into_owned_overlapping_pieces() -> None:
    text = "".join(f"line {i}\n" for i in range(500))
    pieces = list(_pieces_of([text[:1000], text[1000:]], chunk=256, overlap=32))
    assert len(pieces) > 5
    owned = "".join(text[p.own_start : p.own_end] for p in pieces)
    assert owned == text
    for p in pieces:
        assert text[p.start : p.start + len(p.text)] == p.text
        assert p.start <= p.own_start <= p.own_end <= p.start + len(p.text)
        assert p.line == text.count("\n", 0, p.start) + 1


def test_the_source_drops_a_bom_and_refuses_binary_data() -> None:
    assert "".join(_decode(io.BytesIO("\ufeffTô Lâm".encode()), "a.txt", None)) == "Tô Lâm"
    with pytest.raises(InputError, match="NUL byte at byte offset 2"):
        list(_decode(io.BytesIO(b"ab\0c"), "b.txt", None))
    with pytest.raises(InputError, match="not UTF-8"):
        list(_decode(io.BytesIO(b"ab\xffc"), "c.txt", None))


# --------------------------------------------------------------------------- scan
def test_the_scan_finds_names_titles_cues_and_anchors_in_one_pass() -> None:
    ctx = _context("General Secretary To Lam held talks in Vientiane on Tuesday; 10 billion USD.")
    assert [rid for _s, _e, rid in ctx.persons] == ["to-lam"]
    assert [rid for _s, _e, rid in ctx.entities] == ["vientiane"]
    assert [m.pat.role[0] for m in ctx.roles if m.pat.role] == ["general-secretary"]
    assert any("talks" in kinds for _s, _e, kinds, _ids in ctx.cues)
    assert [kind for _s, _e, kind in ctx.scan.anchors] == ["weekday"]
    assert [ctx.text[s:e] for s, e in ctx.scan.digits[1:]] == ["10"]


def test_a_one_word_name_matches_only_as_written() -> None:
    assert [rid for _s, _e, rid in _context("Tô Lâm").persons] == ["to-lam"]
    assert _context("làm việc").persons == []


# --------------------------------------------------------------------------- sentences
def test_sentences_end_at_marks_but_not_after_abbreviations() -> None:
    text = "Talks were held on Dec. 2 in Hanoi. Mr. Tô Lâm spoke! Then they left."
    sentences = Sentences(text)
    assert text[slice(*sentences.sentence(20, 22))] == "Talks were held on Dec. 2 in Hanoi."
    at = text.index("spoke")
    assert text[slice(*sentences.sentence(at, at + 5))] == " Mr. Tô Lâm spoke!"


def test_a_wrapped_line_does_not_end_a_sentence() -> None:
    line = "General Secretary To Lam and the Lao leader held talks in the capital with"
    text = f"{line}\nThongloun Sisoulith on Tuesday.\nNext."
    s, e = Sentences(text).sentence(len(line) + 2, len(line) + 5)
    assert text[s:e] == f"{line}\nThongloun Sisoulith on Tuesday."


# --------------------------------------------------------------------------- readers
def test_readers_turn_candidates_into_typed_mentions() -> None:
    ctx = _context(
        "Lao Party General Secretary and President Thongloun Sisoulith attended the 50th anniversary "
        "of the Lao National Day on December 2, 2025, and the two sides aim to raise bilateral trade "
        "to 10 billion USD. President Abc Defgh spoke."
    )
    read_dates = dates.read(ctx)
    assert [(d.text, str(d.when)) for d in read_dates] == [("December 2, 2025", "2025-12-02")]
    assert ctx.dates == read_dates  # kept for the judges that ask
    assert [(a.value, a.unit) for a in amounts.read(ctx)] == [(10_000_000_000, "USD")]
    assert [(o.number, o.noun) for o in ordinals.read(ctx)] == [(50, "anniversary")]
    mentions = titles.read(ctx)
    chain = next(m for m in mentions if isinstance(m, TitleMention))
    assert chain.person == "thongloun-sisoulith"
    assert [(country, role) for _start, country, role in chain.titles] == [
        (None, "president"),
        ("LA", "general-secretary"),
    ]
    unknown = [m for m in mentions if isinstance(m, UnknownPersonMention)]
    assert [ctx.text[slice(*m.span)] for m in unknown] == ["Abc Defgh"]
    assert framework.read(ctx) == []


def test_the_framework_reader_finds_an_unknown_last_element() -> None:
    text = (
        "great friendship, special solidarity, comprehensive cooperation and strategic synergy between them"
    )
    found = framework.read(_context(text))
    # the unknown wording, and the listing of the three elements before it (judged by its day)
    assert [getattr(m, "text", None) for m in found] == [None, "strategic synergy"]
    assert [len(m.items) for m in found if isinstance(m, framework.ListingMention)] == [3]


# --------------------------------------------------------------------------- judges
def test_a_judge_compares_a_mention_with_the_record() -> None:
    ctx = _context("Prime Minister Tran Thanh Man spoke.")
    (mention,) = [m for m in titles.read(ctx) if isinstance(m, TitleMention)]
    out: list[_Proto] = []
    judge_titles.judge(ctx, mention, out)
    (draft,) = out
    assert (draft.verdict, draft.record, draft.canonical) == (
        Verdict.CONTRADICTION,
        "tran-thanh-man",
        "National Assembly Chairman",
    )
    assert draft.evidence  # every contradiction shows its source


def test_the_dates_judge_adds_a_weekday_contradiction_before_the_date() -> None:
    ctx = _context("Tuesday, December 3, 2025")
    out: list[_Proto] = []
    for mention in dates.read(ctx):
        judge_dates.judge(ctx, mention, out)
    assert [(p.rule, p.verdict) for p in out] == [
        ("dates.weekday", Verdict.CONTRADICTION),
        ("dates.date", Verdict.UNKNOWN),
    ]


# --------------------------------------------------------------------------- registry
def test_a_new_fact_kind_is_a_reader_a_judge_and_a_registry_entry() -> None:
    def read_exclamations(ctx: Context) -> list[UnknownPersonMention]:
        return [UnknownPersonMention((i, i + 1), "!") for i, c in enumerate(ctx.text) if c == "!"]

    def judge_exclamation(ctx: Context, mention: UnknownPersonMention, out: list[_Proto]) -> None:
        out.append(_Proto(*mention.span, "exclamation", Verdict.VARIANT, "style.exclamation"))

    ctx = _context("Tô Lâm visited Vientiane!")
    stages = (*reg.STAGES, reg.Stage("exclamation", read_exclamations, judge_exclamation))
    drafts = reg.run(ctx, stages)
    assert [(p.kind, p.start) for p in drafts] == [("exclamation", 24)]
    assert [s.kind for s in reg.STAGES] == [
        "date",
        "amount",
        "ordinal",
        "title",
        "first-holder",
        "framework",
        "place",
        "venue",
        "period",
        "denial",
        "reported",
        "spouse",
        "erratum",
    ]


def test_every_rule_a_finding_comes_from_is_listed_with_what_it_checks() -> None:
    # the labelled corpora give findings of every rule; each must be one rules() lists
    listed = rules()
    seen: set[str] = set()
    checker = Checker()
    for labels in sorted(Path(__file__).parent.joinpath("fixtures", "eval").glob("*/labels.toml")):
        for entry in tomllib.loads(labels.read_text(encoding="utf-8"))["texts"]:
            text = (labels.parent / entry["file"]).read_text(encoding="utf-8")
            report = checker.check_text(text, published=entry["published"], lang=entry["lang"])
            seen |= {f.rule for f in report.findings}
    assert seen - set(listed) == set()
    assert {"places.event", "dates.founding", "ordinals.anniversary", "figures.change"} <= seen


def test_the_dates_judge_runs_before_the_judges_that_read_what_it_found() -> None:
    """
    ``Context.corrected_days`` and ``tenure_dates`` carry the dates judge's findings to the
    ordinals, titles and framework judges: the dates are judged before every other stage.
    """
    by_kind = {stage.kind: stage for stage in reg.STAGES}
    assert by_kind["date"].first
    assert [stage.kind for stage in reg.STAGES if stage.first] == ["date"]
