# SPDX-License-Identifier: MIT
"""The labelled evaluation corpora (tests/fixtures/eval/) and the scoring of benchmarks/eval_accuracy.py."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "tests" / "fixtures" / "eval"


def _load_script():
    name = "eval_accuracy"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "eval_accuracy.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


ea = _load_script()
CORPORA = ea.corpora(EVAL)
ALL_TEXTS = [t for texts in CORPORA.values() for t in texts]
ALL_ITEMS = [i for t in ALL_TEXTS for i in t.items]
LAO_LETTER = re.compile(r"[\u0e80-\u0eff]")


# ------------------------------------------------------------------------------------------ the corpora
def test_the_three_corpora_exist():
    assert set(CORPORA) >= {"figures", "lao", "general"}


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_every_file_in_the_folder_is_listed_and_every_listed_file_exists(corpus):
    folder = EVAL / corpus
    listed = {t.file for t in CORPORA[corpus]}
    on_disk = {p.name for p in folder.glob("*.txt")}
    assert listed == on_disk
    assert all((folder / name).is_file() for name in listed)


@pytest.mark.parametrize("text", ALL_TEXTS, ids=lambda t: f"{t.corpus}/{t.file}")
def test_every_labelled_text_occurs_as_often_as_stated(text):
    for item in text.items:
        count = text.content.count(item.text)
        if item.occurrence == 1:
            assert count >= 1, item
        assert count >= item.occurrence, item
        assert text.content[item.start : item.end] == item.text
        # the span is that occurrence: as many occurrences start before it as the label says
        assert text.content.count(item.text, 0, item.end) == item.occurrence, item


def test_the_label_vocabulary():
    for item in ALL_ITEMS:
        assert item.kind in ea.KINDS, item
        assert item.expected in ea.VERDICTS, item
        assert set(item.accept) <= set(ea.VERDICTS), item
        assert item.expected not in item.accept, item
        assert not (item.planted and item.accept), item
        assert "contradiction" not in item.accept, item
        if item.planted:
            assert item.extra.get("note"), f"a planted mistake says what is right: {item}"


def test_figures_carry_their_kind_metric_period_and_value():
    figures = [i for i in ALL_ITEMS if i.kind == "figure"]
    assert len(figures) >= 80
    for item in figures:
        extra = item.extra
        assert extra["figure_kind"] in ea.FIGURE_KINDS, item
        assert extra["metric"] in ea.FIGURE_METRICS, item
        assert re.fullmatch(r"-?[\d.]+(\.\.[\d.]+)? (USD|%|x|projects)", extra["value"]), item
        if extra["figure_kind"] == "target":
            kind, _, year = extra["horizon"].partition(":")
            assert kind in ea.HORIZONS, item
            assert bool(year) == (kind == "by-date"), item
            assert not year or re.fullmatch(r"\d{4}", year), item
        else:
            period = extra["period"]
            assert re.fullmatch(r"\d{4}(-\d{2})?|\d{4}-\d{2}/\d{4}-\d{2}|\d{4}-vs-\d{4}", period), item
            assert extra.get("cumulative", False) == bool(re.fullmatch(r"\d{4}-\d{2}", period)), item
    kinds = {i.extra["figure_kind"] for i in figures}
    assert kinds == set(ea.FIGURE_KINDS)


def test_dates_and_languages():
    for text in ALL_TEXTS:
        assert isinstance(text.published, date)
        assert date(2019, 1, 1) <= text.published <= date(2026, 12, 31)
        assert text.lang in ("en", "vi", "lo")
        assert text.form
        assert text.file.startswith(f"{text.lang}-"), text.file


def test_texts_are_nfc_utf8_with_one_final_newline():
    for text in ALL_TEXTS:
        assert unicodedata.normalize("NFC", text.content) == text.content, text.file
        assert text.content.endswith("\n")
        assert not text.content.endswith("\n\n")


def _by_lang(corpus: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for text in CORPORA[corpus]:
        out.setdefault(text.lang, []).append(text)
    return out


def test_corpus_sizes():
    figures = _by_lang("figures")
    assert set(figures) == {"en", "vi"}
    assert len(CORPORA["figures"]) >= 40
    assert len(figures["en"]) >= 15
    assert len(figures["vi"]) >= 15
    lao = _by_lang("lao")
    assert set(lao) == {"lo"}
    assert len(lao["lo"]) >= 20
    general = _by_lang("general")
    assert set(general) == {"en", "vi"}
    assert len(CORPORA["general"]) >= 20


@pytest.mark.parametrize("corpus", ["figures", "lao", "general"])
def test_each_language_has_clean_texts_and_planted_mistakes(corpus):
    for lang, texts in _by_lang(corpus).items():
        clean = [t for t in texts if not any(i.planted for i in t.items)]
        planted = [i for t in texts for i in t.items if i.planted]
        assert len(clean) >= 5, (corpus, lang)
        assert len(planted) >= 8, (corpus, lang)


def test_the_lao_corpus_has_a_planted_mistake_of_each_kind():
    planted = {i.kind for t in CORPORA["lao"] for i in t.items if i.planted}
    assert planted >= {"date", "figure", "ordinal", "title"}
    labelled = {i.kind for t in CORPORA["lao"] for i in t.items}
    assert labelled >= {"person", "place", "date", "figure", "ordinal", "title", "framework"}


def test_the_lao_texts_are_in_lao_script_spaced_and_unspaced():
    spacings = {"spaced": 0, "unspaced": 0}
    for text in CORPORA["lao"]:
        letters = [c for c in text.content if c.isalpha()]
        lao = [c for c in letters if LAO_LETTER.match(c)]
        assert len(lao) >= 0.9 * len(letters), text.file
        between = len(re.findall(r"[\u0e80-\u0eff] (?=[\u0e80-\u0eff])", text.content))
        assert text.spacing in spacings, text.file
        if text.spacing == "spaced":
            assert between >= 3, text.file
        else:
            assert between == 0, f"{text.file}: a space between two Lao letters in an unspaced text"
        spacings[text.spacing] += 1
    assert spacings["spaced"] >= 8
    assert spacings["unspaced"] >= 8


def test_lao_names_are_spelled_as_the_record_holds_them():
    import vnla

    ds = vnla.dataset()
    lao_names = {n.text for r in (*ds.people, *ds.places) for n in r.names if n.lang == "lo"}
    for text in CORPORA["lao"]:
        for item in text.items:
            if item.kind in ("person", "place"):
                assert item.text in lao_names or item.text.replace(" ", "") in {
                    n.replace(" ", "") for n in lao_names
                }, item


def test_the_texts_are_our_own():
    """No sentence of the corpora is taken from the news fixtures or REFERENCE.md."""
    others = "\n".join(
        p.read_text(encoding="utf-8")
        for p in [
            *(ROOT / "tests" / "fixtures" / "news").glob("*.txt"),
            ROOT / "tests" / "fixtures" / "REFERENCE.md",
        ]
    )
    for text in ALL_TEXTS:
        for sentence in re.split(r"(?<=[.!?])\s+", text.content):
            if len(sentence) >= 40:
                assert sentence.strip() not in others, (text.file, sentence)


# ------------------------------------------------------------------------------------------ the scoring
def _text(content: str, items: list[tuple[str, str, str]], lang: str = "en"):
    made = []
    for kind, words, expected in items:
        start = content.index(words)
        made.append(
            ea.Item(
                corpus="toy",
                file="toy.txt",
                lang=lang,
                kind=kind,
                text=words,
                start=start,
                end=start + len(words),
                expected=expected,
            )
        )
    return ea.Text(
        corpus="toy",
        file="toy.txt",
        path=Path("toy.txt"),
        published=date(2025, 12, 3),
        lang=lang,
        form="toy",
        content=content,
        items=tuple(made),
    )


def _finding(content: str, kind: str, words: str, verdict: str):
    start = content.index(words)
    return ea.Finding(kind=kind, verdict=verdict, start=start, end=start + len(words), text=words)


TOY = "Trade hit 5 billion USD in 2025. The target is 10 billion USD. Talks were on December 3 in Hanoi."
TOY_ITEMS = [
    ("figure", "5 billion USD", "contradiction"),  # planted
    ("figure", "10 billion USD", "ok"),  # clean
    ("date", "December 3", "ok"),
]


def test_a_missed_contradiction_and_false_contradictions_are_counted():
    text = _text(TOY, TOY_ITEMS)
    findings = [
        _finding(TOY, "amount", "5 billion USD", "ok"),  # the planted slip passes: missed
        _finding(TOY, "amount", "10 billion USD", "contradiction"),  # a clean figure: false
        _finding(TOY, "place", "Hanoi", "contradiction"),  # nobody labelled it: false
        _finding(TOY, "date", "December 3", "unknown"),  # found, wrong verdict
    ]
    scores = ea.aggregate([ea.score_text(text, findings)])
    assert [r.item.text for r in scores.missed] == ["5 billion USD"]
    assert [(x.finding.text, x.on) for x in scores.false] == [
        ("10 billion USD", "clean item"),
        ("Hanoi", "unlabelled span"),
    ]
    figure = scores.rows["toy", "en", "figure"]
    assert (figure.items, figure.found, figure.correct) == (2, 2, 0)
    assert (figure.planted, figure.caught, figure.reported, figure.false) == (1, 0, 1, 1)
    assert figure.contradiction_recall == 0
    assert figure.contradiction_precision == 0
    assert scores.rows["toy", "en", "date"].accuracy == 0
    assert scores.rows["toy", "en", "place"].false == 1
    total = scores.total()
    assert (total.items, total.found, total.reported, total.false) == (3, 3, 2, 2)
    assert len(ea.gate_failures(scores, ea.parse_gate("figure"))) == 2
    assert len(ea.gate_failures(scores, ea.parse_gate("place:en"))) == 1
    assert ea.gate_failures(scores, ea.parse_gate("date")) == []
    assert ea.gate_failures(scores, ea.parse_gate("figure:vi")) == []


def test_a_caught_contradiction_scores_full_marks():
    text = _text(TOY, TOY_ITEMS)
    findings = [
        _finding(TOY, "figure", "5 billion USD", "contradiction"),
        _finding(TOY, "amount", "10 billion", "ok"),  # overlapping words are enough
        _finding(TOY, "date", "on December 3", "ok"),
    ]
    scores = ea.aggregate([ea.score_text(text, findings)])
    assert scores.missed == []
    assert scores.false == []
    total = scores.total()
    assert total.recall == total.accuracy == 1
    assert total.contradiction_recall == total.contradiction_precision == 1
    assert ea.gate_failures(scores, ea.parse_gate("figure,date")) == []


def test_a_finding_of_another_kind_or_elsewhere_does_not_find_an_item():
    text = _text(TOY, TOY_ITEMS)
    findings = [
        _finding(TOY, "date", "5 billion USD", "contradiction"),  # wrong kind: no figure found, a false date
        _finding(TOY, "amount", "in 2025", "ok"),  # right kind, no overlap
    ]
    scores = ea.aggregate([ea.score_text(text, findings)])
    assert scores.total().found == 0
    assert [x.on for x in scores.false] == ["unlabelled span"]
    assert len(scores.missed) == 1


def test_a_title_on_a_listed_name_alone_judges_the_names_item():
    content = "Prime Ministers Pham Minh Chinh and Phankham Viphavanh co-chaired it."
    text = _text(
        content,
        [("title", "Prime Ministers", "ok"), ("person", "Phankham Viphavanh", "contradiction")],
    )
    findings = [
        _finding(content, "title", "Prime Ministers Pham Minh Chinh", "ok"),
        _finding(content, "title", "Phankham Viphavanh", "contradiction"),  # the list's title, said of B
    ]
    scores = ea.aggregate([ea.score_text(text, findings)])
    assert scores.false == []
    assert scores.missed == []
    # a title over more than the name (the title words too) is the title item's; its contradiction
    # judges the pairing of title and name, so it catches a name the labels give as the slip
    # (and the report counts it apart: it was scored against the title's item only before)
    wide = [
        _finding(content, "title", "Prime Ministers Pham Minh Chinh and Phankham Viphavanh", "contradiction")
    ]
    scores = ea.aggregate([ea.score_text(text, wide)])
    assert scores.false == []
    assert scores.missed == []
    assert (scores.through_title, scores.false_before) == (1, 1)
    # ... but not a name the labels give as right, nor one outside the title's words
    clean = _text(content, [("title", "Prime Ministers", "ok"), ("person", "Phankham Viphavanh", "ok")])
    scores = ea.aggregate([ea.score_text(clean, wide)])
    assert [x.on for x in scores.false] == ["clean item"]
    assert scores.through_title == 0
    short = [_finding(content, "title", "Prime Ministers Pham Minh Chinh", "contradiction")]
    scores = ea.aggregate([ea.score_text(text, short)])
    assert [x.on for x in scores.false] == ["clean item"]
    assert [r.item.text for r in scores.missed] == ["Phankham Viphavanh"]


def test_a_span_of_years_said_of_a_title_judges_the_titles_item():
    content = "Kaysone Phomvihane served as Lao President from 1975 to 1991."
    text = _text(
        content, [("person", "Kaysone Phomvihane", "ok"), ("title", "Lao President", "contradiction")]
    )
    term = ea.Finding(
        kind="date",
        verdict="contradiction",
        start=content.index("1975"),
        end=content.index("1991") + 4,
        text="1975 to 1991",
        rule="dates.term",
    )
    scores = ea.aggregate([ea.score_text(text, [term])])
    assert scores.false == []
    assert scores.missed == []
    assert (scores.through_title, scores.false_before) == (1, 1)
    # another rule's contradiction of the years is the date's, an unlabelled span here
    other = ea.Finding(**{**term.__dict__, "rule": "dates.event"})
    scores = ea.aggregate([ea.score_text(text, [other])])
    assert [x.on for x in scores.false] == ["unlabelled span"]
    # ... and with a title the labels give as right, the contradiction is false
    clean = _text(content, [("person", "Kaysone Phomvihane", "ok"), ("title", "Lao President", "ok")])
    scores = ea.aggregate([ea.score_text(clean, [term])])
    assert [x.on for x in scores.false] == ["unlabelled span"]
    assert scores.through_title == 0


def test_a_numbered_events_wrong_number_judges_the_events_item():
    content = "The 47th meeting of the Intergovernmental Committee met in Vientiane on 3 December 2025."
    text = _text(content, [("event", "47th meeting of the Intergovernmental Committee", "contradiction")])
    number = _finding(content, "ordinal", "47th meeting", "contradiction")
    scores = ea.aggregate([ea.score_text(text, [number])])
    assert scores.false == []
    assert scores.missed == []
    assert (scores.through_title, scores.false_before) == (1, 1)
    # an ordinal that is right, or an event the labels give as right, is no catch
    scores = ea.aggregate([ea.score_text(text, [_finding(content, "ordinal", "47th meeting", "ok")])])
    assert [r.item.text for r in scores.missed] == ["47th meeting of the Intergovernmental Committee"]
    clean = _text(content, [("event", "47th meeting of the Intergovernmental Committee", "ok")])
    scores = ea.aggregate([ea.score_text(clean, [number])])
    assert [x.on for x in scores.false] == ["unlabelled span"]
    assert scores.through_title == 0


def test_an_erratums_contradiction_judges_the_item_of_its_words():
    content = "The youth forum applauds January's 12th National Assembly Congress in Vientiane."
    text = _text(content, [("event", "12th National Assembly Congress", "contradiction")])
    erratum = _finding(content, "erratum", "12th National Assembly Congress", "contradiction")
    scores = ea.aggregate([ea.score_text(text, [erratum])])
    assert scores.false == []
    assert scores.missed == []
    assert (scores.through_title, scores.false_before) == (1, 1)
    # on words the labels give as right, it is a false contradiction
    clean = _text(content, [("event", "12th National Assembly Congress", "ok")])
    scores = ea.aggregate([ea.score_text(clean, [erratum])])
    assert [x.on for x in scores.false] == ["unlabelled span"]
    assert scores.through_title == 0


def test_a_titles_contradiction_at_a_planted_dates_year_judges_the_dates_item():
    content = "ທ່ານ ທອງລຸນ ສີສຸລິດ ເປັນ ນາຍົກລັດຖະມົນຕີ ແຕ່ ປີ ໒໐໑໔."
    text = _text(content, [("date", "໒໐໑໔", "contradiction")])
    title = dataclasses.replace(
        _finding(content, "title", "ທອງລຸນ ສີສຸລິດ ເປັນ ນາຍົກລັດຖະມົນຕີ", "contradiction"),
        message="Thongloun Sisoulith was not Prime Minister in 2014: terms: April 20, 2016 to March 22, 2021",
    )
    scores = ea.aggregate([ea.score_text(text, [title])])
    assert scores.false == []
    assert scores.missed == []
    assert (scores.through_title, scores.false_before) == (1, 1)
    # a message that names another year says nothing of the date's
    other = dataclasses.replace(title, message="Thongloun Sisoulith was not Prime Minister in 2026")
    scores = ea.aggregate([ea.score_text(text, [other])])
    assert [x.on for x in scores.false] == ["unlabelled span"]
    assert [r.item.text for r in scores.missed] == ["໒໐໑໔"]


def test_a_refused_text_is_a_skip_reason_not_a_crash():
    def refuse(text, *, published, lang):
        msg = f"unknown text language {lang!r}"
        raise ValueError(msg)

    text = _text(TOY, TOY_ITEMS, lang="lo")
    result = ea.run_text(ea._Run(refuse), text)
    assert result.skipped == "ValueError: unknown text language 'lo'"
    assert all(r.predicted == ea.MISSING for r in result.items)
    scores = ea.aggregate([result])
    assert len(scores.missed) == 1
    assert "skipped texts (1)" in ea.report_text(scores, 0.0, 0, "cmd")


def test_parse_gate_refuses_unknown_kinds_and_languages():
    assert ea.parse_gate("amount,date:lo") == [("figure", None), ("date", "lo")]
    for bad in ("speed", "date:fr", ","):
        with pytest.raises(ea.argparse.ArgumentTypeError):
            ea.parse_gate(bad)


# ------------------------------------------------------------------------------------------ bad labels
def _corpus(
    tmp_path: Path, item: str, content: str = "Talks in Hanoi on December 3.\n", extra: str = ""
) -> Path:
    folder = tmp_path / "toy"
    folder.mkdir(exist_ok=True)
    (folder / "en-01.txt").write_text(content, encoding="utf-8")
    (folder / "labels.toml").write_text(
        f'schema_version = 1\n\n[[texts]]\nfile = "en-01.txt"\npublished = 2025-12-03\nlang = "en"\n'
        f'form = "brief"\n{extra}items = [\n  {item},\n]\n',
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    ("item", "extra", "message"),
    [
        ('{ kind = "date", text = "December 4", expected = "ok" }', "", "occurs 0 time(s)"),
        ('{ kind = "date", text = "December 3", expected = "ok", occurrence = 2 }', "", "occurs 1 time(s)"),
        ('{ kind = "when", text = "December 3", expected = "ok" }', "", "unknown kind 'when'"),
        ('{ kind = "date", text = "December 3", expected = "wrong" }', "", "unknown verdict 'wrong'"),
        (
            '{ kind = "date", text = "December 3", expected = "contradiction", accept = ["ok"] }',
            "",
            "planted mistake or not",
        ),
        ('{ kind = "figure", text = "December 3", expected = "ok" }', "", "figure_kind None"),
        ('{ kind = "date", text = "December 3", expected = "ok" }', 'spacing = "tight"\n', "spacing 'tight'"),
    ],
)
def test_bad_labels_are_refused_with_the_file_and_item_named(tmp_path, item, extra, message):
    folder = _corpus(tmp_path, item, extra=extra)
    with pytest.raises(ea.LabelError, match=re.escape(message)) as caught:
        ea.load_corpus(folder)
    assert "labels.toml text 1 (en-01.txt)" in str(caught.value)


def test_repeated_words_need_an_occurrence(tmp_path):
    folder = _corpus(tmp_path, '{ kind = "place", text = "Hanoi", expected = "ok" }', "Hanoi and Hanoi.\n")
    with pytest.raises(ea.LabelError, match="occur 2 times; say which with occurrence"):
        ea.load_corpus(folder)


def test_a_missing_file_a_bad_date_and_a_bad_language_are_refused(tmp_path):
    folder = _corpus(tmp_path, '{ kind = "place", text = "Hanoi", expected = "ok" }')
    labels = folder / "labels.toml"
    good = labels.read_text(encoding="utf-8")
    for old, new, message in [
        ('file = "en-01.txt"', 'file = "en-02.txt"', "no such file"),
        ("published = 2025-12-03", 'published = "3 Dec"', "published must be a TOML date"),
        ('lang = "en"', 'lang = "fr"', "lang 'fr'"),
    ]:
        labels.write_text(good.replace(old, new), encoding="utf-8")
        with pytest.raises(ea.LabelError, match=message):
            ea.load_corpus(folder)


def test_the_script_gates_and_writes_json(tmp_path, capsys):
    # the planted words are no date at all, so whatever the checker reads, the date gate must fail
    _corpus(
        tmp_path,
        '{ kind = "date", text = "zzzz", expected = "contradiction", note = "toy" }',
        "Hanoi zzzz.\n",
    )
    assert ea.main(["--root", str(tmp_path), "--json", "--gate", "date"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["gate"]["passed"] is False
    assert report["missed"][0]["text"] == "zzzz"
    assert report["totals"]["planted"] == 1
    assert ea.main(["--root", str(tmp_path), "--gate", "erratum"]) == 0
    out = capsys.readouterr().out
    assert "gate passed" in out
    assert (
        out.index("gate passed")
        < out.index("command: python benchmarks/eval_accuracy.py")
        < out.index("totals:")
    )
    assert out.rstrip().splitlines()[-1].startswith("totals: 1 texts")
    assert ea.main(["--root", str(tmp_path), "--corpus", "nothing"]) == 2
