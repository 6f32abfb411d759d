# SPDX-License-Identifier: MIT
"""Deprecated: moved to :mod:`vnla.testing.pytest_plugin`. Works, with a warning, until the next release."""

import warnings

from vnla.testing import pytest_plugin as _impl
from vnla.testing.pytest_plugin import *  # noqa: F403 - pytest finds hooks and fixtures by name

__all__ = _impl.__all__

warnings.warn(
    "vnla.pytest_plugin is deprecated and will be removed in the next release; "
    "the plugin is registered as 'vnla' (vnla.testing.pytest_plugin)",
    DeprecationWarning,
    stacklevel=2,
)
