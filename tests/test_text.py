# SPDX-License-Identifier: MIT
"""Checking any article against the record (vnla.checker)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from babel.dates import format_date, format_interval
from hypothesis import given
from hypothesis import strategies as st

import vnla
from vnla import checker as vtext
from vnla.checker import (
    CheckConfig,
    Checker,
    ConfigError,
    InputError,
    RunReport,
    TextFinding,
    TextReport,
    Verdict,
    check_file,
    check_files,
    check_text,
    load_config,
    rules,
)
from vnla.model import NameKind, When
from vnla.render import format_money
from vnla.rules import Severity

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
DS = vnla.dataset()


def publication_days(path: Path) -> list[date]:
    """A seed's publication day from its Source; for the undated one, its first possible day and the visit's."""
    source = next(s for s in DS.sources if s.file == path.name)
    when = source.published
    assert when is not None
    if when.is_exact:
        return [when.earliest]
    assert when.earliest is not None
    return [when.earliest, DS.get("visit-2026-02-laos").start]


SEED_CASES = [(p, day) for p in SEED_FILES for day in publication_days(p)]


def assert_spans(source: str, report: TextReport) -> None:
    """Every finding's span is its text, and its line and column say where the span starts."""
    for f in report.findings:
        start, end = f.span
        assert source[start:end] == f.text, f
        assert f.line == source.count("\n", 0, start) + 1, f
        assert f.column == start - (source.rfind("\n", 0, start) + 1) + 1, f


# =========================================================================== the five seeds
@pytest.mark.parametrize(("path", "published"), SEED_CASES, ids=lambda v: getattr(v, "name", str(v)))
def test_seed_contradicts_nothing_but_its_errata(path: Path, published: date) -> None:
    source = path.read_text(encoding="utf-8")
    report = check_file(path, published=published)
    unexplained = [f for f in report.findings if f.verdict is Verdict.CONTRADICTION]
    assert unexplained == []
    assert_spans(source, report)
    recorded = {e.id for e in DS.errata if e.source in {s.id for s in DS.sources if s.file == path.name}}
    assert {f.record for f in report.findings if f.kind == "erratum"} == recorded


#: The English renderings of the framework's fourth element the record calls variants.
FOURTH_VARIANTS = sorted(
    n.text for n in DS.get("strategic-cohesion").names if n.lang == "en" and n.kind is NameKind.VARIANT
)


@pytest.mark.parametrize(("path", "published"), SEED_CASES, ids=lambda v: getattr(v, "name", str(v)))
def test_every_variant_of_the_fourth_element_is_reported(path: Path, published: date) -> None:
    source = path.read_text(encoding="utf-8")
    wording = re.compile(r"(?i)\b(?:" + "|".join(re.escape(v) for v in FOURTH_VARIANTS) + r")\b")
    expected = {m.span() for m in wording.finditer(source)}
    report = check_file(path, published=published)
    variants = {
        f.span: f for f in report.findings if f.kind == "framework" and f.record == "strategic-cohesion"
    }
    assert expected <= set(variants)
    for span in expected:
        finding = variants[span]
        assert finding.verdict is Verdict.VARIANT
        assert finding.canonical == "strategic cohesion"
        assert finding.severity is Severity.WARNING
    cohesion = [f for f in variants.values() if f.text.lower() == "strategic cohesion"]
    assert all(f.verdict is Verdict.OK for f in cohesion)


def test_the_seeds_use_six_renderings_of_the_fourth_element() -> None:
    seen = set()
    for path, published in SEED_CASES:
        for f in check_file(path, published=published).findings:
            if f.record == "strategic-cohesion" and f.kind == "framework":
                seen.add(f.text.lower())
    assert seen == {
        "strategic cohesion",
        "strategic alignment",
        "strategic connectivity",
        "strategic bond",
        "strategic solidarity",
        "strategic linkage",
    }


# =========================================================================== planted errors
def planted(name: str, old: str, new: str, *, count: int = 1) -> tuple[str, list[tuple[int, int]]]:
    """A seed with ``old`` made ``new`` (``count`` times), and the spans of the new words."""
    source = (SEEDS / name).read_text(encoding="utf-8")
    assert source.count(old) >= count
    changed = source.replace(old, new, count)
    spans = [m.span() for m in re.finditer(re.escape(new), changed)][:count]
    return changed, spans


REPORT_000 = "000_822e18ed662340d9.txt"
VNA_003 = "003_ed1d6924f378d886.txt"


def test_planted_figure() -> None:
    changed, [(start, _end)] = planted(REPORT_000, "10 billion", "12 billion")
    report = check_text(changed, published=date(2026, 2, 5))
    [f] = report.contradictions
    assert (f.kind, f.rule, f.text, f.span) == (
        "amount",
        "figures.target",
        "12 billion USD",
        (start, start + 14),
    )
    assert (f.record, f.canonical, f.severity) == ("target-trade-10bn-usd", "$10 billion", Severity.ERROR)
    assert "a longer-term target of 10 billion USD" in [e.quote for e in f.evidence]
    assert changed[f.span[0] : f.span[1]] == "12 billion USD"


def test_planted_date() -> None:
    changed, spans = planted(VNA_003, "December 2", "December 3", count=2)
    report = check_text(changed)  # the date line gives the publication date
    assert report.published == date(2025, 12, 3)
    assert [f.span for f in report.contradictions] == spans
    for f in report.contradictions:
        assert (f.kind, f.rule, f.text) == ("date", "dates.event", "December 3")
        assert (f.record, f.canonical, f.value) == (
            "party-meeting-2025-12-02",
            "December 2, 2025",
            "2025-12-03",
        )
        assert f.evidence[0].source == "vna-2025-12-03"
        assert "on December 2" in f.evidence[0].quote


def test_planted_title() -> None:
    changed, [span] = planted(
        REPORT_000, "National Assembly Chairman Tran Thanh Man", "Prime Minister Tran Thanh Man"
    )
    report = check_text(changed, published=date(2026, 2, 5))
    [f] = report.contradictions
    assert (f.kind, f.rule, f.text, f.span) == (
        "title",
        "titles.office",
        "Prime Minister Tran Thanh Man",
        span,
    )
    assert (f.record, f.canonical, f.value) == (
        "tran-thanh-man",
        "National Assembly Chairman",
        "prime-minister",
    )
    assert f.evidence[0].quote == "National Assembly Chairman Tran Thanh Man"


def test_all_planted_errors_at_once_in_one_file(tmp_path: Path) -> None:
    first, _ = planted(REPORT_000, "10 billion", "12 billion")
    first = first.replace("National Assembly Chairman Tran Thanh Man", "Prime Minister Tran Thanh Man")
    second, _ = planted(VNA_003, "December 2", "December 3", count=2)
    article = tmp_path / "article.txt"
    article.write_text(first + "\n" + second.replace(" date 2025-12-03 ", ""), encoding="utf-8")
    report = check_file(article, published=date(2026, 2, 5))
    texts = [f.text for f in report.contradictions]
    assert texts == ["Prime Minister Tran Thanh Man", "12 billion USD"] + [
        t for t in texts[2:] if t == "December 3"
    ]
    assert_spans(article.read_text(encoding="utf-8"), report)


def test_a_contradiction_inside_an_erratum_is_the_erratum() -> None:
    report = check_text(
        "General Secretary To Lam emphasized that the success of the 12th National Assembly Congress "
        "and the upcoming National Assembly election will help Laos.",
        published=date(2025, 12, 2),
    )
    [erratum] = [f for f in report.findings if f.kind == "erratum"]
    assert (erratum.verdict, erratum.record) == (
        Verdict.VARIANT,
        "erratum-js-12th-national-assembly-congress",
    )
    assert erratum.canonical == "the 12th Congress of the Lao People's Revolutionary Party"
    assert report.contradictions == ()


@pytest.mark.parametrize(
    ("text", "record"),
    [
        (
            "The two countries cooperate on the river within the International Mekong Commission.",
            "erratum-js-international-mekong-commission",
        ),
        (
            "Laos drafts its plan in line with the Resolution of the 12th National Assembly Congress.",
            "erratum-js-12th-national-assembly-congress",
        ),
    ],
)
def test_a_slips_own_words_of_three_or_more_reproduce_it_alone(text: str, record: str) -> None:
    """
    A slip's words without the rest of its source's quote ("International Mekong Commission"),
    said as the text's own: the text repeats the mistake (a warning); inside quotation marks it
    quotes it, and is right.
    """
    report = check_text(text, published=date(2026, 1, 20))
    found = [(f.verdict, f.record, f.severity) for f in report.findings if f.kind == "erratum"]
    assert found == [(Verdict.CONTRADICTION, record, Severity.WARNING)]
    said = DS.get(record).says
    quoting = f'The English text of the statement calls it the "{said}".'
    report = check_text(quoting, published=date(2026, 1, 20))
    assert [(f.verdict, f.record) for f in report.findings if f.kind == "erratum"] == [(Verdict.OK, record)]


def test_a_source_passage_reproduced_whole_is_the_sources() -> None:
    """A text that copies the source's passage with its slip reproduces the source: a variant."""
    text = (
        "Both sides agreed to teach the content of the Ministry of History of the Special Relations "
        "between Vietnam - Laos, Laos - Vietnam in schools."
    )
    report = check_text(text, published=date(2026, 1, 20))
    found = [(f.verdict, f.record) for f in report.findings if f.kind == "erratum"]
    assert found == [(Verdict.VARIANT, "erratum-js-ministry-of-history")]


@pytest.mark.parametrize(
    "text",
    [
        # "pat" (for "past") is a slip only in its source's sentence
        "He gave the dog a pat on the head.",
        # a slip for 2045's goal, and 2030's own words
        "Vietnam aims to become a developing country with high average income by 2030.",
    ],
)
def test_a_slips_words_that_are_no_name_are_no_erratum_alone(text: str) -> None:
    report = check_text(text, published=date(2026, 1, 20))
    assert [f for f in report.findings if f.kind == "erratum"] == []


# =========================================================================== what is found
def kinds(text: str, **kwargs: object) -> list[tuple[str, str, str | None, str]]:
    report = check_text(text, **kwargs)  # type: ignore[arg-type]
    assert_spans(text, report)
    return [(f.kind, f.verdict.value, f.record, f.text) for f in report.findings]


def test_people_titles_bodies_places() -> None:
    found = kinds(
        "Lao Party General Secretary and President Thongloun Sisoulith met Vietnamese Prime Minister "
        "Pham Minh Chinh and the Communist Party of Vietnam in Vientiane.",
        published=date(2026, 1, 26),
    )
    assert found == [
        (
            "title",
            "ok",
            "thongloun-sisoulith",
            "Lao Party General Secretary and President Thongloun Sisoulith",
        ),
        ("organization", "ok", "lprp", "Lao Party"),
        ("person", "ok", "thongloun-sisoulith", "Thongloun Sisoulith"),
        ("title", "ok", "pham-minh-chinh", "Vietnamese Prime Minister Pham Minh Chinh"),
        ("person", "ok", "pham-minh-chinh", "Pham Minh Chinh"),
        ("organization", "ok", "cpv", "Communist Party of Vietnam"),
        ("place", "ok", "vientiane", "Vientiane"),
    ]


def test_titles_against_offices_on_the_day() -> None:
    def title(text: str, day: date) -> tuple[str, str | None]:
        [f] = [f for f in check_text(text, published=day).findings if f.kind == "title"]
        return f.verdict.value, f.canonical

    # To Lam was President in 2024 only, by the record; General Secretary before and after the congress.
    assert title("President To Lam", date(2024, 7, 11)) == ("ok", None)
    assert title("President To Lam", date(2026, 2, 5))[0] == "contradiction"
    assert title("General Secretary To Lam", date(2025, 12, 20)) == ("ok", None)  # between two terms
    assert title("former President To Lam", date(2026, 2, 5)) == ("ok", None)
    # a deputy's title is an office of its own, which To Lam never held
    assert title("Deputy Prime Minister To Lam", date(2026, 2, 5))[0] == "contradiction"
    # a body or a country that is not the office's
    verdict, canonical = title("President of Vietnam Thongloun Sisoulith", date(2026, 2, 5))
    assert (verdict, canonical) == ("contradiction", "President of the Lao People's Democratic Republic")
    # Kaysone died in 1992: in 2025 the title is one he held
    assert title("President Kaysone Phomvihane", date(2025, 12, 2)) == ("ok", None)
    # the day a sentence states wins over the publication date
    assert title("President To Lam arrived in Vientiane on July 11, 2024.", date(2026, 2, 5)) == ("ok", None)


def test_unknown_person_after_a_title() -> None:
    report = check_text("Foreign Minister Bui Thanh Son met the press.")
    [f] = report.findings
    assert (f.kind, f.verdict, f.rule, f.text) == (
        "person",
        Verdict.UNKNOWN,
        "names.unknown-person",
        "Bui Thanh Son",
    )


def test_one_word_names_match_as_written() -> None:
    # Vietnamese "làm" (to do) and "lao động" (labour) are not Lâm and Lào; "doc" is not the DOC.
    assert kinds("Họ làm việc trong ngành lao động; the doc was signed.") == []
    assert [r for _k, _v, r, _t in kinds("Lâm, Lào, DOC, LAOS")] == ["to-lam", "LA", "doc-east-sea", "LA"]


def test_framework_wording() -> None:
    found = kinds(
        "the great friendship, special solidarity, comprehensive cooperation and strategic connectivity; "
        "the great friendship, special solidarity, comprehensive cooperation and strategic trust"
    )
    assert ("framework", "variant", "strategic-cohesion", "strategic connectivity") in found
    assert found[-1] == ("framework", "unknown", None, "strategic trust")


def test_figures_against_targets() -> None:
    def amount(text: str) -> tuple[str, str | None, str | None]:
        [f] = [f for f in check_text(text).findings if f.kind == "amount"]
        return f.verdict.value, f.record, f.canonical

    assert amount("a near-term turnover target of 5 billion USD") == ("ok", "target-trade-5bn-usd", None)
    assert amount("a near-term trade target of 10 billion USD") == (
        "contradiction",
        "target-trade-5bn-usd",
        "$5 billion",
    )
    assert amount("raising bilateral trade to US$12 billion in the coming period") == (
        "contradiction",
        "target-trade-10bn-usd",
        "$10 billion",
    )
    assert amount("phấn đấu nâng kim ngạch thương mại lên 12 tỷ USD") == (
        "contradiction",
        "target-trade-10bn-usd",
        "10 tỷ US$",
    )
    # a trade figure that is no target is not compared with targets, but with the measured figures
    # (issue 13): with no publication day to place "last year", with those it fits
    assert amount("bilateral trade reached US$2.98 billion last year") == ("ok", "trade-2025-2.98bn", None)


def test_dates_against_events() -> None:
    def day(text: str, published: date | None = None) -> tuple[str, str | None, str | None]:
        [f] = [f for f in check_text(text, published=published).findings if f.kind == "date"]
        return f.verdict.value, f.record, f.value

    assert day("the talks on Monday in Hà Nội", date(2026, 1, 26)) == (
        "ok",
        "talks-2026-01-26-hanoi",
        "2026-01-26",
    )
    assert day("the state visit from December 1 to 2, 2025") == (
        "ok",
        "visit-2025-12-laos",
        "2025-12-01/2025-12-02",
    )
    assert day("during the state visit, on December 1, 2025")[0] == "ok"  # a day within the visit
    assert day("the state visit from December 1 to 3, 2025") == (
        "contradiction",
        "visit-2025-12-laos",
        "2025-12-01/2025-12-03",
    )
    assert day("the talks on January 27, 2026") == ("contradiction", "talks-2026-01-26-hanoi", "2026-01-27")
    assert day("Từ ngày 1 đến 2/12/2025, Tổng Bí thư Tô Lâm thăm cấp Nhà nước tới Lào.")[0] == "ok"
    assert day("a meeting in 2019") == ("unknown", None, "2019")
    assert day("on Monday")[0:2] == ("unknown", None)  # no publication date: no day


def test_dates_against_dated_targets() -> None:
    [f] = [
        f
        for f in check_text(
            "Vietnam will start construction of the section from Vinh to Thanh Thuy border in late 2026."
        ).findings
        if f.kind == "date"
    ]
    assert (f.verdict, f.rule, f.record) == (
        Verdict.CONTRADICTION,
        "dates.target",
        "target-expressway-vinh-thanh-thuy-start",
    )


def test_a_day_is_no_targets_date() -> None:
    """A stamp's issue day under a heading that names the CPV's anniversary (its 2030 goal's links)."""
    text = "14.3  95th anniversary of the founding of the Communist Party of Vietnam\n      Issued: 3 February 2025\n"
    found = [
        (f.verdict, f.rule)
        for f in check_text(text, published=date(2025, 10, 1)).findings
        if f.kind == "date"
    ]
    assert (Verdict.CONTRADICTION, "dates.target") not in found
    assert all(rule != "dates.target" for _v, rule in found)


@pytest.mark.parametrize(
    ("text", "verdict", "record"),
    [
        ("Laos marked the 50th National Day on December 2, 2025.", "ok", "anniversary-lao-national-day-50"),
        (
            "Viet Nam celebrated the 80th anniversary of its National Day on September 2, 2025.",
            "ok",
            "anniversary-srv-80",
        ),
        # a reception on another day: the record cannot say it is wrong
        (
            "A reception marked the 50th anniversary of the Lao National Day on November 28, 2025.",
            "unknown",
            None,
        ),
        ("Laos marked the 49th National Day on December 2, 2025.", "unknown", None),
    ],
)
def test_dates_of_anniversaries(text: str, verdict: str, record: str | None) -> None:
    [f] = [f for f in check_text(text).findings if f.kind == "date"]
    assert (f.verdict.value, f.record) == (verdict, record)


def test_ordinals_against_congresses_and_anniversaries() -> None:
    def ordinal(text: str, published: date) -> tuple[str, str | None]:
        [f] = [f for f in check_text(text, published=published).findings if f.kind == "ordinal"]
        return f.verdict.value, f.record

    assert ordinal("the 14th National Congress of the CPV", date(2026, 2, 1)) == ("ok", "congress-cpv-14")
    assert ordinal("Đại hội XIV của Đảng Cộng sản Việt Nam", date(2026, 2, 1)) == ("ok", "congress-cpv-14")
    assert ordinal("the 14th Congress of the LPRP", date(2026, 2, 1)) == ("contradiction", "congress-lprp-12")
    assert ordinal("the upcoming 13th Congress of the LPRP", date(2026, 2, 1)) == ("unknown", None)
    assert ordinal("the 50th anniversary of the Lao National Day in 2025", date(2025, 12, 2)) == (
        "ok",
        "anniversary-lao-national-day-50",
    )
    assert ordinal("the 51st anniversary of the Lao National Day in 2025", date(2025, 12, 2)) == (
        "contradiction",
        "founding-lao-pdr",
    )
    assert ordinal("after 40 years of Đổi mới", date(2026, 1, 26)) == ("ok", "anniversary-doi-moi-40")


def test_vietnamese_article() -> None:
    text = (
        "Thủ tướng Trần Thanh Mẫn tham dự hội đàm. Hai bên nhất trí phấn đấu nâng kim ngạch thương mại "
        "song phương lên 10 tỷ USD, tăng cường hữu nghị vĩ đại, đoàn kết đặc biệt, hợp tác toàn diện và "
        "gắn kết chiến lược."
    )
    report = check_text(text, published=date(2026, 2, 5))
    assert report.lang == "vi"
    [title] = report.contradictions
    assert (title.text, title.canonical) == ("Thủ tướng Trần Thanh Mẫn", "Chủ tịch Quốc hội")
    assert [f.record for f in report.findings if f.kind == "framework"] == [
        "great-friendship",
        "special-solidarity",
        "comprehensive-cooperation",
        "strategic-cohesion",
    ]
    assert [f.verdict for f in report.findings if f.kind == "amount"] == [Verdict.OK]


def test_a_vietnamese_time_of_day_dates_the_talks() -> None:
    text = "Chiều {}, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith."
    published = date(2026, 1, 28)
    [ok] = [f for f in check_text(text.format("26/1"), published=published).findings if f.kind == "date"]
    assert (ok.text, ok.verdict, ok.record) == ("Chiều 26/1", Verdict.OK, "talks-2026-01-26-hanoi")
    [wrong] = [f for f in check_text(text.format("27/1"), published=published).findings if f.kind == "date"]
    assert (wrong.text, wrong.verdict, wrong.canonical) == (
        "Chiều 27/1",
        Verdict.CONTRADICTION,
        "26 tháng 1, 2026",
    )


def test_day_words_are_read_against_the_publication_date() -> None:
    text = "To Lam and Thongloun Sisoulith held talks in Hanoi yesterday."
    [ok] = [f for f in check_text(text, published=date(2026, 1, 27)).findings if f.kind == "date"]
    assert (ok.text, ok.verdict, ok.record) == ("yesterday", Verdict.OK, "talks-2026-01-26-hanoi")
    # a day word may mean "of our time": what it contradicts is a warning
    [off] = [f for f in check_text(text, published=date(2026, 1, 29)).findings if f.kind == "date"]
    assert (off.verdict, off.severity) == (Verdict.CONTRADICTION, Severity.WARNING)
    assert "reading 'yesterday' against the publication date 2026-01-29" in off.message
    vietnamese = (
        "Chiều qua, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith."
    )
    [ok] = [f for f in check_text(vietnamese, published=date(2026, 1, 27)).findings if f.kind == "date"]
    assert (ok.text, ok.verdict, ok.record) == ("Chiều qua", Verdict.OK, "talks-2026-01-26-hanoi")


def test_canonical_wording() -> None:
    # a name's canonical form is in the wording's own language; a date's and a sum's in the text's
    [f] = check_text("strategic bond", lang="vi").findings
    assert f.canonical == "strategic cohesion"
    [f] = check_text("Thongloun Sisolith").findings  # a recorded misspelling
    assert (f.verdict, f.canonical) == (Verdict.VARIANT, "Thongloun Sisoulith")
    [f] = [f for f in check_text("hội đàm ngày 27/1/2026", lang="vi").findings if f.kind == "date"]
    assert (f.verdict, f.canonical) == (Verdict.CONTRADICTION, "26 tháng 1, 2026")


def test_dateline_gives_the_publication_date() -> None:
    report = check_text(" date 2026-01-26 Talks on Monday in Hà Nội between To Lam and Thongloun Sisoulith.")
    assert report.published == date(2026, 1, 26)
    dated = [(f.rule, f.value) for f in report.findings if f.kind == "date"]
    assert dated == [("dates.published", "2026-01-26"), ("dates.event", "2026-01-26")]
    # a date the caller gives wins
    assert check_text(" date 2026-01-26 x", published=date(2026, 2, 2)).published == date(2026, 2, 2)


@pytest.mark.parametrize(
    ("opening", "day", "published"),
    [
        ("HANOI, Dec. 3 (VNA) – ", "Dec. 3", date(2025, 12, 3)),
        ("Vientiane, February 6 - ", "February 6", date(2026, 2, 6)),
        ("Hà Nội, ngày 3/12/2025 – ", "ngày 3/12/2025", date(2025, 12, 3)),
        (
            "Laos and Viet Nam hold talks\nBy a reporter\nHa Noi, December 3, 2025 (VNA): ",
            "December 3, 2025",
            date(2025, 12, 3),
        ),
    ],
)
def test_a_news_date_line_is_the_publication_date(opening: str, day: str, published: date) -> None:
    body = "To Lam and Thongloun Sisoulith held talks in Vientiane on December 1, 2025."
    report = check_text(opening + body, published=published)
    dated = [(f.rule, f.verdict) for f in report.findings if f.kind == "date"]
    assert dated == [("dates.published", Verdict.OK), ("dates.event", Verdict.OK)]
    # the day of the date line is no event's: a news agency's day is not the day of the talks
    assert [f.text for f in report.findings if f.rule == "dates.published"] == [day]


def test_a_news_date_line_with_a_year_gives_the_publication_date() -> None:
    report = check_text("HANOI, Dec. 3, 2025 (VNA) – They held talks in Vientiane on December 1.")
    assert report.published == date(2025, 12, 3)
    assert [f.verdict for f in report.findings if f.kind == "date"] == [Verdict.OK, Verdict.OK]
    # without a year and a publication date, the date line is still no event's date
    report = check_text("HANOI, Dec. 3 (VNA) – They held talks in Vientiane on December 1.")
    assert report.published is None
    assert [(f.rule, f.verdict) for f in report.findings if f.kind == "date"] == [
        ("dates.published", Verdict.OK),
        ("dates.date", Verdict.UNKNOWN),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Vientiane, on December 3, 2025, To Lam and Thongloun Sisoulith held talks.",
        "Vientiane, December 3, 2025, was the day To Lam and Thongloun Sisoulith held talks.",
        "the capital, December 3, 2025 - To Lam and Thongloun Sisoulith held talks.",
    ],
)
def test_a_sentence_that_opens_with_a_place_is_no_date_line(text: str) -> None:
    [f] = [f for f in check_text(text).findings if f.kind == "date"]
    assert (f.rule, f.verdict) == ("dates.event", Verdict.CONTRADICTION)


@pytest.mark.parametrize(
    ("text", "canonical", "message"),
    [
        (
            "On Tuesday, December 3, 2025, a delegation arrived.",
            "Wednesday",
            "December 3, 2025 is a Wednesday, not a Tuesday",
        ),
        (
            "Thứ Ba, 26/01/2026, 14:30 (GMT+7)\nMột đoàn đại biểu đã đến.",
            "Thứ Hai",
            "January 26, 2026 is a Monday, not a Tuesday",
        ),
        (
            "Tuesday 30 December 2025 – 3 January 2026 was the holiday.",
            "Tuesday",
            None,  # the last Tuesday of 2025 is right
        ),
        (
            "Monday 30 December 2025 – 3 January 2026 was the holiday.",
            "Tuesday",
            "December 30, 2025 is a Tuesday, not a Monday",
        ),
    ],
)
def test_a_weekday_must_be_its_date_s(text: str, canonical: str, message: str | None) -> None:
    findings = check_text(text, published=date(2026, 2, 5)).findings
    [day] = [f for f in findings if f.rule.startswith("dates.") and f.rule != "dates.weekday"]
    assert day.text.split()[0].rstrip(",") in ("On", "Thứ", "Tuesday", "Monday")  # read with its weekday
    found = [f for f in findings if f.rule == "dates.weekday"]
    if message is None:
        assert found == []
        return
    [f] = found
    assert (f.verdict, f.severity, f.canonical, f.message) == (
        Verdict.CONTRADICTION,
        Severity.ERROR,
        canonical,
        message,
    )


def test_a_page_header_is_a_date_line() -> None:
    text = (
        "Thứ Hai, 26/01/2026, 14:30 (GMT+7)\nChiều nay, Tổng Bí thư Tô Lâm hội đàm với Thongloun Sisoulith."
    )
    report = check_text(text)
    assert report.published == date(2026, 1, 26)
    dated = [(f.text, f.rule, f.verdict) for f in report.findings if f.kind == "date"]
    assert dated == [
        ("Thứ Hai, 26/01/2026", "dates.published", Verdict.OK),
        ("Chiều nay", "dates.event", Verdict.OK),
    ]
    # a line that goes on after its date is no header
    assert check_text("December 2, 2025 was the day the Parties met.").published is None


def test_a_canonical_form_is_in_its_sentence_s_language() -> None:
    text = (
        "To Lam and Thongloun Sisoulith held talks in Vientiane on December 3, 2025.\n"
        "Tô Lâm nói: hai bên đặt mục tiêu kim ngạch thương mại song phương đạt 12 tỷ USD trong thời gian tới.\n"
    )
    for lang in (None, "en", "vi"):
        found = {
            f.kind: f for f in check_text(text, lang=lang).findings if f.verdict is Verdict.CONTRADICTION
        }
        # two bounds read "within <CLDR range>" since render.dates.format_when (commit 678938a)
        assert found["date"].canonical == "within Dec 1 – 2, 2025", lang
        assert found["amount"].canonical == "10 tỷ US$", lang


def test_a_title_s_canonical_form_is_in_its_sentence_s_language() -> None:
    checker = Checker()  # one checker, whose caches serve both languages
    english = "Prime Minister Tran Thanh Man attended the talks in Hanoi on that day."
    vietnamese = "Thủ tướng Trần Thanh Mẫn tham dự hội đàm tại Hà Nội."
    both = f"{english}\n{vietnamese}\n"
    for text, expected in ((english, ["National Assembly Chairman"]), (vietnamese, ["Chủ tịch Quốc hội"])):
        found = checker.check_text(text, published=date(2026, 2, 5)).contradictions
        assert [f.canonical for f in found] == expected
    found = checker.check_text(both, published=date(2026, 2, 5)).contradictions
    assert [f.canonical for f in found] == ["National Assembly Chairman", "Chủ tịch Quốc hội"]


def test_an_english_text_full_of_vietnamese_names_is_english() -> None:
    text = "Tô Lâm, Lương Cường, Phạm Minh Chính and Trần Thanh Mẫn met Thongloun Sisoulith in Hà Nội."
    assert check_text(text).lang == "en"


def test_a_hard_wrapped_sentence_is_one_sentence() -> None:
    wrapped = (
        "General Secretary To Lam held talks with Lao leader Thongloun Sisoulith in\n"
        "Vientiane on Thursday, and both sides praised the results of the talks.\n"
    )
    for text in (wrapped, wrapped.replace("\n", "\r\n"), wrapped.replace(" in\n", " in  \n")):
        [f] = [f for f in check_text(text, published=date(2026, 2, 6)).findings if f.kind == "date"]
        assert (f.text, f.verdict, f.record) == ("on Thursday", Verdict.OK, "talks-2026-02-05-vientiane")


@pytest.mark.parametrize(
    "text",
    [
        "To Lam and Thongloun Sisoulith hold talks\nAn exhibition opened on December 3, 2025.",  # a heading
        "Talks between To Lam and Thongloun Sisoulith were held in Vientiane.\n"
        "An exhibition opened on December 3, 2025.",  # a full stop
        "Leaders at the talks in Vientiane, all of them named in the list below:\n"
        "An exhibition opened on December 3, 2025.",  # a colon
        "Talks between To Lam and Thongloun Sisoulith were held in Vientiane and\n"
        "2. An exhibition opened on December 3, 2025.",  # a list item
    ],
)
def test_a_line_break_that_ends_a_sentence(text: str) -> None:
    [f] = [f for f in check_text(text).findings if f.kind == "date"]
    assert (f.text, f.verdict) == ("December 3, 2025", Verdict.UNKNOWN)


@pytest.mark.parametrize(
    "text",
    [
        "Thongloun Sisoulith paid an official visit to Vietnam from January 26 to 27.",
        "Thongloun Sisoulith paid a state visit to Vietnam from January 26 to 27.",
        "Thongloun Sisoulith thăm chính thức Việt Nam từ ngày 26 đến 27/1.",
        "To Lam and Thongloun Sisoulith held talks in Hanoi on Monday, during the Lao leader's "
        "official visit to Vietnam from January 26 to 27.",
    ],
)
def test_a_visit_is_found_whether_news_call_it_state_or_official(text: str) -> None:
    dated = [f for f in check_text(text, published=date(2026, 1, 27)).findings if f.kind == "date"]
    assert (dated[-1].verdict, dated[-1].record) == (Verdict.OK, "visit-2026-01-vietnam")


def test_findings_do_not_depend_on_the_hash_seed() -> None:
    # "a meeting" may mean several recorded meetings of the day; which one is named must not vary
    sentence = "Lao Prime Minister Sonexay Siphandone attended a meeting in Viêng Chăn on 2 December 2025."
    script = "import sys, vnla; print([f.record for f in vnla.check_text(sys.argv[1]).findings])"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, sentence],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert len(outputs) == 1, outputs


def test_lang_is_checked() -> None:
    with pytest.raises(ValueError, match="unknown text language 'fr'"):
        check_text("x", lang="fr")


# =========================================================================== house style
def test_config_prefers_ignores_and_reweighs() -> None:
    config = CheckConfig(
        prefer=("strategic alignment", "Viet Nam"),
        ignore=("names.recorded",),
        severity=(("framework.wording", Severity.ERROR),),
    )
    report = check_text("strategic cohesion and strategic alignment in Vietnam and Laos", config=config)
    assert [(f.text, f.verdict.value, f.canonical, f.severity.value) for f in report.findings] == [
        ("strategic cohesion", "variant", "strategic alignment", "error"),
        ("strategic alignment", "ok", None, "info"),
        ("Vietnam", "variant", "Viet Nam", "warning"),
    ]
    assert RunReport(reports=[report], fail_on=Severity.ERROR).exit_code == 1


def test_config_file(tmp_path: Path) -> None:
    style = tmp_path / "style.toml"
    style.write_text(
        'prefer = ["strategic cohesion"]\nignore = ["dates.*"]\nfail-on = "warning"\n'
        'show = ["contradiction", "variant", "unknown"]\n[severity]\nvariant = "info"\n',
        encoding="utf-8",
    )
    config = load_config(style)
    assert config.fail_on is Severity.WARNING
    assert config.severity_of("framework.wording", Verdict.VARIANT, Severity.WARNING) is Severity.INFO
    assert config.ignores("dates.event") and not config.ignores("figures.target")
    assert config.show == (Verdict.CONTRADICTION, Verdict.VARIANT, Verdict.UNKNOWN)


def test_config_problems_are_listed(tmp_path: Path) -> None:
    style = tmp_path / "bad.toml"
    style.write_text(
        'prefr = []\nignore = ["dates.nothing"]\nfail-on = "fatal"\n[severity]\n"names.*" = "loud"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as info:
        load_config(style)
    assert info.value.path == str(style)
    assert len(info.value.problems) == 4
    text = str(info.value)
    assert "unknown key 'prefr'" in text and "'dates.nothing' matches no rule" in text
    assert "fail-on = 'fatal'" in text and "'names.*' = 'loud'" in text
    (tmp_path / "broken.toml").write_text("prefer = [", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(tmp_path / "broken.toml")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.toml")


def test_preferred_wording_must_be_recorded() -> None:
    with pytest.raises(ConfigError, match="'strategic cohesionn' is no recorded name; did you mean"):
        Checker(config=CheckConfig(prefer=("strategic cohesionn",)))


def test_rules_are_documented() -> None:
    assert set(rules()) >= {"titles.office", "figures.target", "dates.event", "errata.reproduced"}
    found = {f.rule for path, day in SEED_CASES for f in check_file(path, published=day).findings}
    assert found <= set(rules())
    # the labelled corpora have figures, which the seeds lack: their rules were once missing,
    # so a house style could neither ignore nor grade them
    corpora = Path(__file__).parent / "fixtures" / "eval"
    found = {f.rule for path in sorted(corpora.rglob("*.txt")) for f in check_file(path).findings}
    assert {"figures.actual", "figures.change"} <= found <= set(rules())
    # and every rule a judge or the matcher can name, read from their code
    package = Path(vtext.__file__).parent
    named = {
        m[1]
        for source in package.rglob("*.py")
        for m in re.finditer(
            r'"((?:names|framework|titles|figures|dates|ordinals|errata)\.[a-z-]+)"', source.read_text()
        )
    }
    assert named <= set(rules()), sorted(named - set(rules()))


# =========================================================================== files
def test_bad_input_names_the_file(tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"GIF89a\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Vientiane\nHà Nam".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    cases = {
        binary: "binary file (a NUL byte at byte offset 6)",
        latin: "not UTF-8: invalid byte 0xe0 at byte offset 11 (line 2)",
        empty: "empty file",
        tmp_path: "a directory",
        tmp_path / "missing.txt": "no such file",
    }
    for path, reason in cases.items():
        with pytest.raises(InputError) as info:
            check_file(path)
        assert info.value.path == str(path)
        assert reason in info.value.reason
        assert str(path) in str(info.value)


def test_a_bad_byte_far_into_a_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Vientiane and Hanoi.\n" * 100_000 + b"caf\xe9\n")
    with pytest.raises(InputError, match=r"invalid byte 0xe9 at byte offset 2100003 \(line 100001\)"):
        check_file(big)


def test_other_files_are_still_checked(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Prime Minister Tran Thanh Man", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    run = check_files([bad, good], published=date(2026, 2, 5))
    assert [r.error is None for r in run.reports] == [False, True]
    assert run.reports[1].contradictions[0].text == "Prime Minister Tran Thanh Man"
    assert run.totals()["failed"] == 1 and run.totals()["contradiction"] == 1
    assert run.exit_code == 2
    assert check_files([good], published=date(2026, 2, 5)).exit_code == 1
    good.write_text("Vientiane", encoding="utf-8")
    assert check_files([good]).exit_code == 0


def test_byte_order_mark_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffTitle\r\nTô Lâm in Viêng Chăn\r\n".encode())
    report = check_file(path)
    assert [(f.text, f.line, f.column) for f in report.findings] == [
        ("Tô Lâm", 2, 1),
        ("Viêng Chăn", 2, 11),
    ]
    assert report.lines == 2


def test_one_very_long_line(tmp_path: Path) -> None:
    sentence = "Tô Lâm met Thongloun Sisoulith in Vientiane. "
    path = tmp_path / "long.txt"
    path.write_text(sentence * 60_000, encoding="utf-8")  # 2.7 million characters, one line
    report = check_file(path)
    assert report.lines == 1
    assert len(report.findings) == 3 * 60_000
    last = report.findings[-1]
    assert (last.line, last.column, last.text) == (1, len(sentence) * 59_999 + 35, "Vientiane")
    nospace = tmp_path / "nospace.txt"
    nospace.write_text("x" * 2_500_000 + " Vientiane", encoding="utf-8")
    [f] = check_file(nospace).findings
    assert f.column == 2_500_002


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Tô Lâm".encode())))
    report = check_file("-")
    assert [f.record for f in report.findings] == ["to-lam"]


def test_chunks_change_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in SEED_FILES) * 2
    one = check_text(source, published=date(2026, 2, 5))
    monkeypatch.setattr(vtext.source, "_CHUNK", 997)
    many = check_text(source, published=date(2026, 2, 5))
    assert many.findings == one.findings
    assert (many.lines, many.characters) == (one.lines, one.characters)
    assert_spans(source, many)


def test_json_document() -> None:
    run = RunReport(reports=[check_text("Tô Lâm, 12 tỷ USD kim ngạch thương mại mục tiêu")])
    document = json.loads(run.to_json())
    assert (document["format"], document["version"], document["exit_code"]) == ("vnla-check", 1, 1)
    [file] = document["files"]
    assert list(file) == ["path", "lang", "published", "findings", "error", "characters", "lines", "counts"]
    finding = file["findings"][-1]
    assert list(finding) == [
        "kind",
        "verdict",
        "severity",
        "rule",
        "span",
        "line",
        "column",
        "text",
        "canonical",
        "record",
        "value",
        "message",
        "erratum",
        "evidence",
    ]
    assert (finding["verdict"], finding["record"], finding["span"]) == (
        "contradiction",
        "target-trade-10bn-usd",
        [8, 17],
    )
    assert finding["evidence"][0] == {
        "source": "vna-2025-12-03",
        "quote": "a longer-term target of 10 billion USD",
    }


def test_report_text() -> None:
    report = check_text("strategic bond and Vientiane")
    lines = report.to_text(show=["variant", "ok"]).splitlines()
    assert lines[0].startswith(
        "<text>:1:1: variant framework.wording 'strategic bond' -> strategic cohesion: "
    )
    assert lines[1].startswith("    vns-2026-01-26: 'the great friendship")
    assert lines[3].startswith("<text>:1:20: ok names.recorded 'Vientiane'")
    assert lines[-1] == "<text>: 1 ok, 1 variant, 0 contradiction, 0 unknown"
    assert report.worst() is Severity.WARNING
    assert str(report.findings[0]) == "1:1: variant framework 'strategic bond' -> strategic cohesion"
    assert check_text("Vientiane").worst() is None


# =========================================================================== properties
#: The trade targets a sentence names without ambiguity: near- or longer-term, and the first
#: target of its amount and horizon (the one the checker names; the data has others, such as
#: 5 billion USD "over the next two to three years", also near-term).
TRADE_TARGETS = list(
    {
        (t.value, t.horizon.kind): t
        for t in reversed(DS.targets)
        if t.metric == "bilateral-trade-turnover" and t.horizon.kind.value in ("near-term", "longer-term")
    }.values()
)
HORIZON_WORDS = {
    "near-term": ("near-term", "short-term"),
    "longer-term": ("longer-term", "long-term"),
}


def amount_wordings(value: Decimal) -> list[str]:
    number = format((value / 10**9).normalize(), "f")
    return [
        format_money(value, "USD", "en"),
        format_money(value, "USD", "vi"),
        f"{number} billion USD",
        f"US${number} billion",
        f"USD {number} bn",
        f"{number} tỷ USD",
        f"${number} billion",
    ]


@given(
    target=st.sampled_from(TRADE_TARGETS),
    style=st.integers(0, 6),
    vietnamese=st.booleans(),
    keep_horizon=st.booleans(),
)
def test_targets_are_read_back(target: object, style: int, vietnamese: bool, keep_horizon: bool) -> None:
    assert target.value is not None  # type: ignore[attr-defined]
    wording = amount_wordings(target.value)[style]  # type: ignore[attr-defined]
    horizon = HORIZON_WORDS[target.horizon.kind.value][0] if keep_horizon else ""  # type: ignore[attr-defined]
    if vietnamese:
        sentence = f"Hai bên phấn đấu nâng kim ngạch thương mại lên {wording}."
    else:
        sentence = f"They set a {horizon} bilateral trade target of {wording}."
    [f] = [f for f in check_text(sentence).findings if f.kind == "amount"]
    assert f.text == wording
    assert (f.verdict, f.record) == (Verdict.OK, target.id)  # type: ignore[attr-defined]
    assert f.value is not None and f.value.split()[:2] == [str(target.value), "USD"]  # type: ignore[attr-defined]


DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


def day_wordings(day: date) -> list[str]:
    return [
        format_date(day, "long", locale="en"),
        format_date(day, "medium", locale="en"),
        format_date(day, "full", locale="en"),
        vnla.to_text(When.on(day), "en"),
        f"{day.day} {format_date(day, 'MMMM', locale='en')} {day.year}",
        f"ngày {day.day}/{day.month}/{day.year}",
        f"ngày {day.day} tháng {day.month} năm {day.year}",
        format_date(day, "long", locale="vi"),
        format_date(day, "medium", locale="vi"),
        format_date(day, "full", locale="vi"),
        vnla.to_text(When.on(day), "vi"),
        f"ngày {format_date(day, 'long', locale='vi')}",
        f"Chiều {day.day}/{day.month}/{day.year}",
        f"sáng nay ({day.day}-{day.month}-{day.year})",
    ]


def range_wordings(first: date, last: date) -> list[tuple[str, str]]:
    """A range in the wordings the parser reads: (the phrase, the words the date is)."""
    month = format_date(first, "MMMM", locale="en")
    out = [
        (wording, wording)
        for wording in (
            vnla.to_text(When.between(first, last), "en"),
            vnla.to_text(When.between(first, last), "vi"),
            format_interval(first, last, skeleton="yMMMd", locale="en"),
            format_interval(first, last, skeleton="yMMMd", locale="vi"),
            format_interval(first, last, skeleton="yMMMMd", locale="vi"),
        )
    ]
    if first.month == last.month:
        plain = f"{month} {first.day} to {last.day}, {last.year}"
        vietnamese = f"ngày {first.day}-{last.day}/{last.month}/{last.year}"
        out += [(f"from {plain}", plain), (plain, plain), (vietnamese, vietnamese)]
    elif first.year == last.year:
        plain = f"{month} {first.day} to {format_date(last, 'MMMM', locale='en')} {last.day}, {last.year}"
        out += [(f"from {plain}", plain)]
    else:
        plain = f"{format_date(first, 'long', locale='en')} to {format_date(last, 'long', locale='en')}"
        british = f"{first.day} {month} {first.year} – {last.day} {format_date(last, 'MMMM', locale='en')} {last.year}"
        out += [(f"from {plain}", plain), (british, british)]
    stated = f"từ ngày {first.day}/{first.month} đến ngày {last.day}/{last.month}/{last.year}"
    return [*out, (stated, stated)]


def read_dates(text: str) -> list[TextFinding]:
    return [f for f in check_text(text).findings if f.kind == "date"]


@given(day=DAYS, style=st.integers(0, 13))
def test_days_are_read_back(day: date, style: int) -> None:
    wording = day_wordings(day)[style]
    [f] = read_dates(f"It happened {wording}.")
    assert (f.text, f.value) == (wording, day.isoformat())


@given(first=DAYS.filter(lambda d: d.year < 2040), length=st.integers(1, 60), style=st.integers(0, 9))
def test_ranges_are_read_back(first: date, length: int, style: int) -> None:
    last = first + timedelta(days=length)
    wordings = range_wordings(first, last)
    phrase, words = wordings[style % len(wordings)]
    [f] = read_dates(f"It lasted {phrase}.")
    assert (f.text, f.value) == (words, f"{first.isoformat()}/{last.isoformat()}")


@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2025, 12, 2), date(2026, 1, 27)),
        (date(2025, 12, 30), date(2026, 1, 2)),
        (date(2025, 11, 30), date(2025, 12, 2)),
    ],
)
def test_ranges_across_months_and_years_in_every_wording(first: date, last: date) -> None:
    for phrase, words in range_wordings(first, last):
        [f] = read_dates(f"It lasted {phrase}.")
        assert (f.text, f.value) == (words, f"{first.isoformat()}/{last.isoformat()}"), phrase


def test_two_full_dates_joined_by_and_are_two_days() -> None:
    found = read_dates("They met on December 2, 2025 and January 27, 2026.")
    assert [f.value for f in found] == ["2025-12-02", "2026-01-27"]


def test_a_count_of_months_is_no_date() -> None:
    assert read_dates("Dự án kéo dài 2 tháng 12 ngày.") == []
    assert [f.text for f in read_dates("ngày 2/12, 2000 người tham dự")] == ["ngày 2/12"]


#: Records a name may be drawn from, with names no other record shares.
def _names() -> list[tuple[str, str]]:
    checker = Checker()
    out = []
    for record, name in DS.named():
        kind = DS.kind_of(record.id)
        if kind not in ("person", "place", "organization", "country", "project") or name.lang not in (
            "en",
            "vi",
            "lo",
        ):
            continue
        report = checker.check_text(name.text)
        found = [f for f in report.findings if f.kind == {"project": "project"}.get(kind, kind)]
        if len(found) == 1 and found[0].record == record.id and found[0].text == name.text:
            out.append((record.id, name.text))
    return out


NAMES = _names()
#: Words that are no name, title, date or figure, in English and Vietnamese.
FILLER = st.lists(
    st.sampled_from(
        ["rain", "the river", "market day", "students", "rice", "sunny", "phố cổ", "trời đẹp", "xe đạp"]
    ),
    min_size=0,
    max_size=6,
).map(" ".join)


def test_there_are_names_to_draw() -> None:
    assert len(NAMES) > 100
    assert {r for r, _ in NAMES} >= {"to-lam", "vientiane", "cpv", "LA", "hanoi-vientiane-expressway"}


@given(name=st.sampled_from(NAMES), before=FILLER, after=FILLER)
def test_names_are_found_whatever_is_around(name: tuple[str, str], before: str, after: str) -> None:
    record, written = name
    prefix = f"{before}. " if before else ""
    text = f"{prefix}{written}. {after}"
    report = check_text(text, lang="en")
    found = [f for f in report.findings if f.record == record and f.text == written]
    assert [f.span for f in found] == [(len(prefix), len(prefix) + len(written))]
    alone = check_text(f"{written}. ", lang="en")
    shifted = [
        (f.kind, f.verdict, f.rule, f.record, f.value, f.text, f.span[0] + len(prefix))
        for f in alone.findings
    ]
    assert [
        (f.kind, f.verdict, f.rule, f.record, f.value, f.text, f.span[0]) for f in report.findings
    ] == shifted


PHRASES = [
    "Prime Minister Tran Thanh Man attended.",
    "the near-term trade target of 5 billion USD",
    "a high-level meeting between the two Parties in Vientiane on December 3, 2025",
    "Tổng Bí thư Tô Lâm thăm Lào từ ngày 1 đến 2/12/2025",
    "the 50th anniversary of the Lao National Day in 2025",
    "strategic connectivity",
]


@given(phrase=st.sampled_from(PHRASES), before=FILLER, after=FILLER)
def test_unrelated_text_changes_no_finding(phrase: str, before: str, after: str) -> None:
    # the language is given: Vietnamese words around would make the text read as Vietnamese
    alone = check_text(phrase, published=date(2026, 2, 5), lang="en")
    prefix = f"{before}. " if before else ""
    around = check_text(f"{prefix}{phrase}. {after}", published=date(2026, 2, 5), lang="en")

    def key(f: TextFinding, shift: int) -> tuple[object, ...]:
        return (f.kind, f.verdict, f.rule, f.record, f.canonical, f.value, f.text, f.span[0] + shift)

    assert [key(f, 0) for f in around.findings] == [key(f, len(prefix)) for f in alone.findings]


SENTENCES = [s for p in SEED_FILES for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if s]


@given(
    parts=st.lists(
        st.one_of(
            st.sampled_from(SENTENCES), st.text(max_size=30), st.sampled_from(["\n", "\r\n", " ", "\u00a0"])
        ),
        max_size=12,
    )
)
def test_every_span_points_at_its_text(parts: list[str]) -> None:
    text = "".join(parts)
    assert_spans(text, check_text(text, published=date(2026, 1, 26)))


# =========================================================================== folding
@given(st.text(max_size=80))
def test_folding_keeps_offsets(text: str) -> None:
    folded, offsets = vtext.folding._fold_text(text)
    if offsets is None:
        assert len(folded) == len(text)
    else:
        assert len(offsets) == len(folded) + 1
        assert list(offsets) == sorted(offsets)
        assert offsets[-1] == len(text)


def test_folding_matches_names_whatever_the_form() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Tổng Bí thư Tô Lâm thăm Viêng Chăn")
    report = check_text(nfd)
    assert [f.record for f in report.findings] == ["to-lam", "to-lam", "vientiane"]
    assert_spans(nfd, report)
    found = check_text("TÔ LÂM, Tô\u00a0Lâm, Lao People’s Revolutionary Party, Hanoi – Vientiane Expressway")
    assert [f.record for f in found.findings] == ["to-lam", "to-lam", "lprp", "hanoi-vientiane-expressway"]


def test_a_batch_collects_garbage_less_often_and_restores_the_thresholds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    path = tmp_path / "a.txt"
    path.write_text("To Lam met Thongloun Sisoulith.", encoding="utf-8")
    checker = Checker()
    during: list[tuple[int, int, int]] = []
    check_file = checker.check_file

    def spy(*args: object, **kwargs: object) -> TextReport:
        during.append(gc.get_threshold())
        return check_file(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checker, "check_file", spy)
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        checker.check_files([path, tmp_path / "missing.txt"])
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
    assert during[0][0] > 700


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another count of the same founding's anniversary: not the goal due by its 100th (2055)
        (
            "- 22 March: anniversary of the founding of the Lao People's Revolutionary Party "
            "(71st anniversary in 2026).",
            None,
        ),
        # the 100th, with another year, is the goal's slip
        (
            "By 2050, the 100th anniversary of the founding of the Lao People's Revolutionary Party, Laos aims high.",
            Verdict.CONTRADICTION,
        ),
    ],
)
def test_a_year_beside_another_count_of_a_targets_anniversary_is_not_the_targets(
    text: str, expected: Verdict | None
) -> None:
    found = [
        f.verdict for f in check_text(text, published=date(2026, 3, 10)).findings if f.rule == "dates.target"
    ]
    assert found == ([] if expected is None else [expected])
