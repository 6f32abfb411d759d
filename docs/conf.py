# SPDX-License-Identifier: MIT
"""
Sphinx configuration for vnla's documentation.

Pages are MyST Markdown; the API reference comes from the docstrings
(autodoc + napoleon); every example is a ``{doctest}`` block that
``python -m sphinx -b doctest docs docs/_build/doctest`` runs; the data
reference under ``reference/data/`` is generated from the bundled dataset at
every build by the local extension ``_ext/vnla_dataref.py``.
"""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import vnla

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "vnla"
author = "vnla developers"
copyright = "vnla developers"
release = vnla.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "vnla_dataref",
    "vnla_rooms",
]
# No intersphinx: the build must work offline, and with warnings as errors a
# mapping that cannot be fetched would fail it.

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
# Quotes are evidence: show them with the characters the sources use.
smartquotes = False
nitpicky = False

# -- MyST ---------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]

# -- autodoc and napoleon -----------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- doctest -----------------------------------------------------------------------
doctest_global_setup = """
import vnla
from datetime import date
from decimal import Decimal
"""
# The same flags as pytest's --doctest-modules run (pyproject.toml).
doctest_default_flags = (
    doctest.ELLIPSIS
    | doctest.NORMALIZE_WHITESPACE
    | doctest.IGNORE_EXCEPTION_DETAIL
    | doctest.DONT_ACCEPT_TRUE_FOR_1
)
# The docstrings' own `>>>` examples run under pytest (--doctest-modules);
# here only the pages' {doctest} blocks run, so a page's setup is its own.
doctest_test_doctest_blocks = ""

# -- the generated data reference ---------------------------------------------------
vnla_dataref_dir = "reference/data"

# -- HTML ----------------------------------------------------------------------------
html_theme = "furo"
html_title = f"vnla {release}"
html_static_path: list[str] = []
