# SPDX-License-Identifier: MIT
"""
The exceptions vnla raises.

All derive from :class:`VnlaError`; each also derives from the builtin that
callers already catch (``LookupError`` for names, ``ValueError`` for data),
and carries the offending input as attributes.

>>> import vnla
>>> try:
...     vnla.dataset().resolve("Nobody Atall")
... except LookupError as error:
...     print(type(error).__name__, error.name)
UnknownName Nobody Atall
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from vnla.model.classes import field, frozen

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "AmbiguousName",
    "DataError",
    "Problem",
    "Unknown",
    "UnknownId",
    "UnknownLanguage",
    "UnknownName",
    "VnlaError",
]


#: How many characters of a problem's text are shown; the rest is cut out (…).
MAX_SHOWN = 400


def _shorten(text: str) -> str:
    """``text``, with its middle cut out when it is longer than :data:`MAX_SHOWN` characters."""
    if len(text) <= MAX_SHOWN:
        return text
    head, tail = MAX_SHOWN * 3 // 4, MAX_SHOWN // 8
    return f"{text[:head]}… ({len(text) - head - tail:,} characters left out) …{text[-tail:]}"


class VnlaError(Exception):
    """The root of every error vnla raises."""


@frozen(kw_only=True)
class Problem:
    """
    One thing wrong with input data: which file, where in it, and why.

    >>> str(Problem(file="events.toml", path="$.events[3].when.end", reason="end before start"))
    'events.toml: end before start @ $.events[3].when.end'
    """

    file: str = field(converter=_shorten)
    path: str = field(converter=_shorten)
    #: Why; a long value quoted in it is shortened (…) to :data:`MAX_SHOWN` characters.
    reason: str = field(converter=_shorten)
    #: The offending value, when there is one (a dangling id, a duplicate id).
    value: str | None = field(default=None, converter=attrs.converters.optional(_shorten))

    def __str__(self) -> str:
        return f"{self.file}: {self.reason} @ {self.path}"

    def __repr__(self) -> str:
        # attrs' repr, written out: vnla.model.classes.frozen does not compile one
        fields = f"file={self.file!r}, path={self.path!r}, reason={self.reason!r}, value={self.value!r}"
        return f"{type(self).__qualname__}({fields})"


class DataError(VnlaError, ValueError):
    """
    Input data failed to load; ``problems`` lists every reason, none is left out.

    Raised instead of returning a partly loaded dataset.
    """

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data:\n{lines}")

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


def _hint(suggestions: Sequence[str]) -> str:
    return f"; did you mean {', '.join(repr(s) for s in suggestions)}?" if suggestions else ""


class Unknown(VnlaError, LookupError):  # noqa: N818 - the family of "no such thing" errors
    """
    The family of "no such thing" errors: an id, a name, a metric or a language vnla does not know.

    Every query raises one of its members for input it cannot find, with the
    closest known values as ``suggestions``; ``value`` is the input as given.
    Catch :class:`Unknown` (or the builtin ``LookupError``) to handle them all.

    ========================  ==========================================  ===================
    error                     raised for                                  also a
    ========================  ==========================================  ===================
    :class:`UnknownId`        an id (``ds["x"]``, ``ds.person("x")``,     ``KeyError``
                              a metric, a rule)
    :class:`UnknownName`      a name (``resolve``, ``participant=``)      ``LookupError``
    :class:`UnknownLanguage`  a language tag (``preferred("xx")``)        ``ValueError``
    ========================  ==========================================  ===================

    >>> import vnla
    >>> try:
    ...     vnla.dataset()["to-lamm"]
    ... except vnla.Unknown as error:
    ...     print(type(error).__name__, error.value, error.suggestions[:1])
    UnknownId to-lamm ('to-lam',)
    """

    def __init__(self, message: str, value: str, suggestions: Sequence[str] = ()) -> None:
        self.value = value
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        # KeyError would quote the message; every member reads the same.
        return self.message


class UnknownId(Unknown, KeyError):  # noqa: N818 - parallel to UnknownName
    """
    No record has this id (of this kind, when ``kind`` is given); a ``KeyError`` too.

    ``kind`` is the record kind asked for (``"person"``, ``"metric"``…), or ``None``.
    """

    def __init__(self, id: str, suggestions: Sequence[str] = (), kind: str | None = None) -> None:
        self.id = id
        self.kind = kind
        what = f"no {kind} with id" if kind else "unknown id"
        super().__init__(f"{what} {id!r}{_hint(suggestions)}", id, suggestions)

    def __reduce__(self) -> tuple[type[UnknownId], tuple[str, tuple[str, ...], str | None]]:
        return (type(self), (self.id, self.suggestions, self.kind))


class UnknownLanguage(Unknown, ValueError):  # noqa: N818 - parallel to UnknownName
    """
    A language argument that is not a language tag vnla can read; a ``ValueError`` too.

    Accepted: ISO 639-1 codes (``"lo"``), ISO 639-2/3 codes (``"lao"``, read as ``"lo"``)
    and BCP 47 or POSIX locale tags built on them (``"vi-VN"``, ``"lo_LA"``).
    """

    def __init__(self, tag: str, suggestions: Sequence[str] = ()) -> None:
        self.tag = tag
        super().__init__(
            f"unknown language {tag!r}: expected a language tag such as 'en', 'vi' or 'lo'"
            + _hint(suggestions),
            tag,
            suggestions,
        )

    def __reduce__(self) -> tuple[type[UnknownLanguage], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.tag, self.suggestions))


class UnknownName(Unknown):
    """No entity has this name; ``suggestions`` are the closest names known."""

    def __init__(self, name: str, suggestions: Sequence[str] = (), kind: str | None = None) -> None:
        self.name = name
        self.kind = kind
        what = f"no {kind} named" if kind else "no entity named"
        super().__init__(f"{what} {name!r}{_hint(suggestions)}", name, suggestions)

    def __reduce__(self) -> tuple[type[UnknownName], tuple[str, tuple[str, ...], str | None]]:
        return (type(self), (self.name, self.suggestions, self.kind))


class AmbiguousName(VnlaError, LookupError):  # noqa: N818 - parallel to UnknownName
    """Several entities have this name; ``candidates`` holds their ids."""

    def __init__(self, name: str, candidates: Sequence[str]) -> None:
        self.name = name
        self.candidates: tuple[str, ...] = tuple(candidates)
        super().__init__(
            f"{name!r} may mean any of {', '.join(repr(c) for c in self.candidates)}; "
            "add a given name or a title, or pass kind="
        )

    def __reduce__(self) -> tuple[type[AmbiguousName], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.name, self.candidates))
