# SPDX-License-Identifier: MIT
"""
Making vnla's gettext catalogs with babel's own toolchain (``babel.messages``).

``python -m vnla.render.catalogs`` extracts the messages of the command line and
of :mod:`vnla.render.i18n` into ``vnla.pot``, updates the ``.po`` of each
language from it (new messages empty, old ones kept as obsolete), and compiles
each ``.po`` to its ``.mo``; ``python -m vnla.render.catalogs --check`` only says
whether the files on disk are what those steps would write.  Translators edit
the ``.po`` files; the ``.mo`` files are committed beside them, so that an
editable install and a wheel read the same catalogs with nothing to build, and
``tests/test_catalogs.py`` fails when a ``.mo`` is stale or a message is missing.

The same steps with the ``pybabel`` command::

    pybabel extract -F src/vnla/data/locale/babel.cfg -k N_ -k Message \
        -o src/vnla/data/locale/vnla.pot src/vnla
    pybabel update -i src/vnla/data/locale/vnla.pot -d src/vnla/data/locale -D vnla --no-fuzzy-matching
    pybabel compile -d src/vnla/data/locale -D vnla

.. versionadded:: 0.2
"""

from __future__ import annotations

import io
import os
import sys
from typing import TYPE_CHECKING, Final

from vnla.render.i18n import DOMAIN, LOCALE_DIR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from babel.messages.catalog import Catalog

__all__ = ["JUDGES", "LANGUAGES", "SOURCES", "compiled", "extracted", "main", "updated"]

#: The package's folder, which the modules are found in.
_PACKAGE: Final = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: The languages vnla's catalogs translate into.
LANGUAGES: Final = ("vi", "lo")
#: The checker's judges (``vnla/checker/judges/<name>.py``), whose explanations are extracted:
#: every module of that folder, so that a new judge's messages are never left out.
JUDGES: Final = tuple(
    sorted(
        name.removesuffix(".py")
        for name in os.listdir(os.path.join(_PACKAGE, "checker", "judges"))
        if name.endswith(".py") and name != "__init__.py"
    )
)
#: The modules whose messages are extracted, relative to the package: the command line, the
#: vocabularies, and the judges' explanations (:class:`vnla.render.messages.Message` templates).
SOURCES: Final = (
    "cli/app.py",
    "render/i18n.py",
    "render/formatting.py",
    "render/messages.py",
    *(f"checker/judges/{name}.py" for name in JUDGES),
)
#: gettext's keywords, N_ (a message marked for extraction only), and Message (a template).
_KEYWORDS: Final = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "N_": None,
    "translate": (2,),
    "Message": None,
}
_HEADER: Final = {
    "project": "vnla",
    "copyright_holder": "vnla developers",
    "msgid_bugs_address": "https://github.com/vnla/vnla/issues",
}


def _po_path(lang: str) -> str:
    return os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", f"{DOMAIN}.po")


def extracted() -> Catalog:
    """The template: every message marked in :data:`SOURCES`, with where it is."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file

    template = Catalog(**_HEADER, fuzzy=False)
    for relative in SOURCES:
        path = os.path.join(_PACKAGE, relative)
        for lineno, message, comments, context in extract_from_file(
            "python", path, keywords=_KEYWORDS, comment_tags=("Translators:",)
        ):
            template.add(
                message,
                locations=[(f"vnla/{relative}", lineno)],
                auto_comments=comments,
                context=context,
            )
    return template


def updated(lang: str, template: Catalog | None = None) -> Catalog:
    """The ``.po`` of ``lang`` brought up to date with the template (no fuzzy guesses)."""
    from babel.messages.pofile import read_po

    with open(_po_path(lang), "rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    catalog.update(template if template is not None else extracted(), no_fuzzy_matching=True)
    return catalog


def _po_bytes(catalog: Catalog) -> bytes:
    from babel.messages.pofile import write_po

    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False, include_previous=False)
    return buffer.getvalue()


def compiled(lang: str) -> bytes:
    """The ``.mo`` that the ``.po`` of ``lang`` compiles to, as bytes."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(_po_path(lang), "rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _stale() -> list[str]:
    """What differs between the files on disk and what the steps would write."""
    from babel.messages.pofile import read_po

    problems = []
    template = extracted()
    wanted = {m.id for m in template if m.id}
    for lang in LANGUAGES:
        with open(_po_path(lang), "rb") as handle:
            catalog = read_po(handle, locale=lang, domain=DOMAIN)
        have = {m.id for m in catalog if m.id and not m.fuzzy and m.string}
        missing = sorted(str(m) for m in wanted - have)
        if missing:
            problems.append(f"{lang}: {len(missing)} messages untranslated or missing, e.g. {missing[:3]}")
        mo = os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", f"{DOMAIN}.mo")
        with open(mo, "rb") as handle:
            if handle.read() != compiled(lang):
                problems.append(f"{lang}: {DOMAIN}.mo is stale: run python -m vnla.render.catalogs")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Extract, update and compile (or, with ``--check``, only check); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--check"]:
        problems = _stale()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    if args:
        print("usage: python -m vnla.render.catalogs [--check]", file=sys.stderr)
        return 2
    from babel.messages.pofile import write_po

    template = extracted()
    with open(os.path.join(LOCALE_DIR, f"{DOMAIN}.pot"), "wb") as handle:
        write_po(handle, template, width=100, sort_output=False, include_previous=False)
    for lang in LANGUAGES:
        data = _po_bytes(updated(lang, template))
        with open(_po_path(lang), "wb") as handle:
            handle.write(data)
        with open(os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", f"{DOMAIN}.mo"), "wb") as handle:
            handle.write(compiled(lang))
    return 0


if __name__ == "__main__":  # pragma: no cover - the maintainers' command
    sys.exit(main())
