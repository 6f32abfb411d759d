# SPDX-License-Identifier: MIT
"""vnla's gettext catalogs: made with babel's toolchain, complete, compiled, shipped, and loaded only when used."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

from vnla.render import catalogs
from vnla.render.i18n import LOCALE_DIR, field_label, is_marked, mark, translate, translation, word


@pytest.mark.parametrize("lang", catalogs.LANGUAGES)
def test_each_mo_is_what_its_po_compiles_to(lang: str) -> None:
    mo = Path(LOCALE_DIR, lang, "LC_MESSAGES", "vnla.mo").read_bytes()
    assert mo == catalogs.compiled(lang), "run `python -m vnla.render.catalogs` after editing the .po"


def test_every_marked_message_is_translated() -> None:
    assert catalogs.main(["--check"]) == 0
    template = catalogs.extracted()
    ids = {m.id for m in template if m.id}
    # the extraction sees the command line's headers and the vocabularies (not an empty template)
    assert {"Visits:", "Targets:", "referred to by:", "state visit", "host country", "note:"} <= ids
    for lang in catalogs.LANGUAGES:
        untranslated = [i for i in ids if isinstance(i, str) and translate(lang, i) == i and _has_words(i)]
        assert not untranslated, (lang, untranslated)


def _has_words(message: str) -> bool:
    """Whether a message has a word outside its placeholders ("{event} ({when})" has none: it stays as it is)."""
    return re.search(r"[^\W\d_]", re.sub(r"\{[^{}]*\}", "", message)) is not None


def test_the_judges_explanations_are_in_the_catalogs() -> None:
    """Every judge's Message template is extracted, and each has its placeholders in every translation."""
    template = catalogs.extracted()
    judged = {
        m.id
        for m in template
        if isinstance(m.id, str) and any("/checker/judges/" in where for where, _line in m.locations)
    }
    assert len(judged) > 60
    assert {"the date line", "{day} is a {real}, not a {said}", "a recorded misspelling"} <= judged
    for lang in catalogs.LANGUAGES:
        for msgid in judged:
            translated = translate(lang, msgid)
            assert sorted(re.findall(r"\{[^{}]*\}", translated)) == sorted(
                re.findall(r"\{[^{}]*\}", msgid)
            ), (
                lang,
                msgid,
                translated,
            )
            if _has_words(msgid):
                assert translated != msgid, (lang, msgid)


def test_the_check_sees_a_stale_mo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The staleness check can fail: a .mo that is not its .po's is reported."""
    for lang in catalogs.LANGUAGES:
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        source = Path(LOCALE_DIR, lang, "LC_MESSAGES")
        (folder / "vnla.po").write_bytes((source / "vnla.po").read_bytes())
        (folder / "vnla.mo").write_bytes((source / "vnla.mo").read_bytes())
    (tmp_path / "lo" / "LC_MESSAGES" / "vnla.mo").write_bytes(b"stale")
    monkeypatch.setattr(catalogs, "LOCALE_DIR", str(tmp_path))
    assert catalogs._stale() == ["lo: vnla.mo is stale: run python -m vnla.render.catalogs"]


def test_a_message_missing_from_a_po_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in catalogs.LANGUAGES:
        folder = tmp_path / lang / "LC_MESSAGES"
        folder.mkdir(parents=True)
        source = Path(LOCALE_DIR, lang, "LC_MESSAGES")
        po = (source / "vnla.po").read_text(encoding="utf-8")
        if lang == "vi":
            po = po.replace('msgstr "Các chuyến thăm:"', 'msgstr ""')
        (folder / "vnla.po").write_text(po, encoding="utf-8")
    monkeypatch.setattr(catalogs, "LOCALE_DIR", str(tmp_path))
    for lang in catalogs.LANGUAGES:
        (tmp_path / lang / "LC_MESSAGES" / "vnla.mo").write_bytes(catalogs.compiled(lang))
    problems = catalogs._stale()
    assert len(problems) == 1 and problems[0].startswith("vi: 1 messages untranslated or missing")


def test_translations_and_their_fallbacks() -> None:
    assert translate("vi", "Visits:") == "Các chuyến thăm:"
    assert translate("lo_LA", "Visits:") == "ການຢ້ຽມຢາມ:"
    assert translate("en", "Visits:") == "Visits:"
    assert translate("lo", "a message no catalog has") == "a message no catalog has"
    assert translation("th").gettext("Visits:") == "Visits:"  # no Thai catalog: English
    assert word("talks", "vi") == "hội đàm" and word("talks", "en") == "talks"
    assert (
        field_label("evidence", "en") == "evidence" and field_label("no_such_field", "lo") == "no_such_field"
    )


def test_every_field_of_every_model_class_has_a_label() -> None:
    # `vnla show` in Vietnamese and Lao names each field in the reader's words; a field
    # without a label is shown by its Python name ("agreed:" was, on events)
    import vnla.model.figures
    import vnla.model.records
    from vnla.render.i18n import _FIELDS

    missing = {
        f"{cls.__name__}.{field.name}"
        for module in (vnla.model.records, vnla.model.figures)
        for cls in vars(module).values()
        if isinstance(cls, type) and attrs.has(cls)
        for field in attrs.fields(cls)
        if field.name not in _FIELDS
    }
    assert not missing


def test_the_mark_of_english() -> None:
    assert mark("Lao National Day") == "[en: Lao National Day]"
    assert is_marked(mark("Lao National Day")) and is_marked(mark("Tô Lâm", "vi"))
    assert not is_marked("[not a mark]") and not is_marked("ວຽງຈັນ")


def test_the_mo_files_are_tracked_and_not_ignored() -> None:
    """Committed beside their .po, so an editable install and a wheel (hatch ships src/vnla whole) read them."""
    root = Path(__file__).parent.parent
    for lang in catalogs.LANGUAGES:
        path = Path(LOCALE_DIR, lang, "LC_MESSAGES", "vnla.mo")
        ignored = subprocess.run(
            ["git", "check-ignore", "-q", str(path)], cwd=root, capture_output=True, check=False
        )
        if ignored.returncode == 128:  # not a git work tree (an unpacked sdist): nothing to ask
            pytest.skip("not in a git work tree")
        assert ignored.returncode == 1, f"{path} is ignored by git: it would not ship"


def test_import_vnla_loads_no_catalog() -> None:
    code = (
        "import sys, vnla; "
        "print('vnla.render.i18n' in sys.modules, 'babel' in sys.modules, 'babel.messages' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
