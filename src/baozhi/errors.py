"""The exceptions baozhi raises.  Every one derives from :class:`BaozhiError`."""

from __future__ import annotations

__all__ = ["BaozhiError", "ConfigError", "InputError"]


class BaozhiError(Exception):
    """Base class of every error baozhi raises on purpose."""


class ConfigError(BaozhiError, ValueError):
    """A :class:`~baozhi.CleanConfig` field has a value baozhi cannot use."""


class InputError(BaozhiError):
    """An input file cannot be read as text (missing, binary, undecodable …)."""
