# SPDX-License-Identifier: MIT
"""Each language's words as data (vnla.lang.words): the bundled files load, bad files are named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from test_words_in_code import _code_strings  # one reader of a module's literals, shared
from vnla.lang import words as w
from vnla.model.errors import DataError


def test_every_bundled_language_file_loads() -> None:
    for lang in w.LANGUAGES:
        loaded = w.load_words(Path(w.WORDS_DIR) / f"{lang}.toml", lang)
        assert loaded.lang == lang
    assert sorted(p.stem for p in Path(w.WORDS_DIR).glob("*.toml")) == sorted(w.LANGUAGES)


def test_the_lao_file_has_the_titles_and_ordinal_heads() -> None:
    lao = w.words("lo")
    roles = lao.get("titles", "roles")
    for title in ("ເລຂາທິການໃຫຍ່", "ປະທານປະເທດ", "ນາຍົກລັດຖະມົນຕີ", "ປະທານສະພາແຫ່ງຊາດ"):
        assert roles[title], title
    assert "ຄັ້ງທີ" in lao.get("ordinals", "heads")
    assert "ວັນທີ" in lao.get("dates", "near_words")
    assert lao.get("dates", "cue_words")


def test_merged_keeps_every_language_s_words_of_a_shared_key() -> None:
    assert w.merged("amounts", "metric_words")["bilateral-trade-turnover"] == (
        "trade",
        "turnover",
        "kim ngạch",
        "thương mại",
        "ມູນຄ່າການຄ້າ",
        "ການຄ້າສອງຝ່າຍ",
    )


def _problems(tmp_path: Path, text: str, name: str = "xx.toml") -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        w.load_words(path)
    assert all(p.file == name for p in caught.value.problems)
    return [(p.path, p.reason) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("text", "path", "reason"),
    [
        ('[dates.cue_words]\nvisit = ["a", "b", "c", "a"]\n', "$.dates.cue_words.visit[3]", "listed twice"),
        ('[dates.cue_words]\nvisit = ["a", ""]\n', "$.dates.cue_words.visit[1]", "must not be empty"),
        ("[dates.cue_words]\nvisit = []\n", "$.dates.cue_words.visit", "at least one"),
        ('[dates.cue_words]\nvisit = "a"\n', "$.dates.cue_words.visit", "list of strings"),
        ("[titles]\nformer = [1]\n", "$.titles.former[0]", "must be a string"),
        ('[titles]\nformer = "ex"\n', "$.titles.former", "list of strings"),
        ('[titles]\nformerly = ["ex"]\n', "$.titles.formerly", "unknown key"),
        ('[headlines]\nwords = ["a"]\n', "$.headlines", "unknown key"),
        ('titles = ["a"]\n', "$.titles", "must be a table"),
        ('[dates]\nday_words = { today = "0" }\n', "$.dates.day_words.today", "integer"),
        ("[dates]\nday_words = { today = true }\n", "$.dates.day_words.today", "integer"),
        ('[ordinals]\nwords = { " " = 1 }\n', '$.ordinals.words[" "]', "must not be empty"),
        ("[titles]\nroles = { PM = 3 }\n", "$.titles.roles.PM", "must be a string"),
        ('[language]\nletters = ""\n', "$.language.letters", "non-empty string"),
        ("schema_version = true\n", "$.schema_version", "schema_version must be 1"),
        ('lang = "vi"\n', "$.lang", "says lang"),
        ("[titles\n", "$", "not valid TOML"),
        # dates.written: the words around a date (vnla.lang.dates), each with its one placeholder
        ('[dates.written]\nafter = "after {day}"\n', "$.dates.written.after", "must hold {date}"),
        ('[dates.written]\nearly = "early"\n', "$.dates.written.early", "must hold {year}"),
        ('[dates.written]\nwithin = "{days} {days}"\n', "$.dates.written.within", "no other braces"),
        ('[dates.written]\nsoon = "soon {date}"\n', "$.dates.written.soon", "unknown key 'soon'"),
        ('[dates.written]\nafter = "after {date}"\n', "$.dates.written", "'before' is missing"),
        # tables whose meanings the grammar reads: each meaning one of its choices
        ("[dates]\nyear_words = { in = 'during' }\n", "$.dates.year_words.in", "'during' is not one of"),
        (
            '[dates]\nyear_qualifiers = { "end of" = "end" }\n',
            '$.dates.year_qualifiers["end of"]',
            "not one of",
        ),
        (
            "[ordinals]\ncounted = { congress = 'party' }\n",
            "$.ordinals.counted.congress",
            "'party' is not one of",
        ),
        ('[horizons]\nsoon = "soon"\n', "$.horizons.soon", "list of strings"),
    ],
)
def test_a_bad_file_is_named_with_the_path_of_its_value(
    tmp_path: Path, text: str, path: str, reason: str
) -> None:
    problems = _problems(tmp_path, text)
    assert any(p == path and reason in r for p, r in problems), problems


def test_every_problem_of_a_file_is_listed(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path, '[titles]\nformer = ["a", "a"]\nof = [2]\n[dates]\nday_words = { x = "y" }\n'
    )
    assert [p for p, _r in problems] == ["$.titles.former[1]", "$.titles.of[0]", "$.dates.day_words.x"]


def test_a_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read"):
        w.load_words(tmp_path / "none.toml")


def test_an_unknown_language_and_key_are_refused() -> None:
    with pytest.raises(ValueError, match="no word file"):
        w.words("fr")
    with pytest.raises(KeyError):
        w.words("en").get("titles", "nicknames")


def test_import_vnla_reads_no_word_file() -> None:
    code = "import sys, vnla; print('vnla.lang.words' in sys.modules, 'tomllib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_no_vietnamese_or_lao_word_is_left_in_the_checker_s_code() -> None:
    """The words are data; folding.py's character tables are orthography, not words."""
    root = Path(w.__file__).parent.parent / "checker"
    vietnamese_or_lao = (
        set("ăâđêôơưĐ") | {chr(c) for c in range(0x1EA0, 0x1EFA)} | {chr(c) for c in range(0x0E80, 0x0F00)}
    )
    found = {
        f"{path.relative_to(root)}: {text[:40]!r}"
        for path in root.rglob("*.py")
        if path.name != "folding.py"
        for text in _code_strings(path)
        if vietnamese_or_lao & set(text.lower())
    }
    assert not found, sorted(found)


# --------------------------------------------------------------------------- the [lao] section
LAO_FILE = Path(w.WORDS_DIR) / "lo.toml"


def _without_lao_section(text: str) -> str:
    head, _, rest = text.partition("\n[lao]\n")
    following = rest.find("\n[")
    return head + ("\n" + rest[following:] if following >= 0 else "\n")


@pytest.mark.parametrize(
    ("old", "new", "path", "reason"),
    [
        ('ordinal_mark = "ຄັ້ງທີ"', "", "$.lao.ordinal_mark", "'ordinal_mark' is missing"),
        ('year = "ປີ"', 'year = ""', "$.lao.year", "non-empty string"),
        ('range_words = ["ຫາ", "ເຖິງ"]', "range_words = []", "$.lao.range_words", "at least one word"),
        ('range_words = ["ຫາ", "ເຖິງ"]', 'range_words = ["ຫາ", "ຫາ"]', "$.lao.range_words[1]", "listed twice"),
        ('soon = ["ໃນໄວໆນີ້", "ໂດຍໄວ", "ໄວໆນີ້"]', 'soon = "ໃນໄວໆນີ້"', "$.lao.soon", "list of strings"),
        ('"ສະໄໝ" = "term"', '"ສະໄໝ" = "session"', "$.lao.ordinal_heads.ສະໄໝ", "'session' is not one of"),
        ('by_year = ["ຮອດ", "ພາຍໃນ"]', 'by_years = ["ຮອດ"]', "$.lao.by_years", "unknown key"),
        ('by_year = ["ຮອດ", "ພາຍໃນ"]', 'by_years = ["ຮອດ"]', "$.lao.by_year", "'by_year' is missing"),
    ],
)
def test_a_bad_entry_of_the_lao_grammar_is_named(
    tmp_path: Path, old: str, new: str, path: str, reason: str
) -> None:
    text = LAO_FILE.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    problems = _problems(tmp_path, text.replace(old, new), "lo.toml")
    assert any(p == path and reason in r for p, r in problems), problems


def test_the_lao_file_without_its_grammar_s_section_is_refused(tmp_path: Path) -> None:
    problems = _problems(tmp_path, _without_lao_section(LAO_FILE.read_text(encoding="utf-8")), "lo.toml")
    assert problems == [("$.lao", "the 'lao' section is missing; the 'lo' grammar needs it")]


@pytest.mark.parametrize("name", ["en.toml", "vi.toml", "xx.toml"])
def test_only_the_lao_file_may_have_the_lao_section(tmp_path: Path, name: str) -> None:
    # the general grammars merge every file's words: Lao words must stay out of them
    problems = _problems(tmp_path, '[lao]\nsoon = ["soon"]\n', name)
    assert problems == [("$.lao", "only the file of 'lo' may have a 'lao' section")]


def test_the_lao_grammar_s_words_reach_no_other_language() -> None:
    for lang in ("en", "vi"):
        assert all(not w.words(lang).get("lao", key) for key in w.SCHEMA["lao"]), lang
    assert w.merged("lao", "range_words") == w.words("lo").get("lao", "range_words")


def test_other_things_names_each_hold_a_recorded_name_and_are_none() -> None:
    # [names] others: another's name is longer than the record's name it holds, and no record's
    import vnla

    names = {n.text.casefold() for _record, n in vnla.dataset().named()}
    for other in w.merged("names", "others"):
        assert other.casefold() not in names, other
        assert any(name in other.casefold() for name in names), other
