"""Exceptions. A parser or detector raising one of these becomes a reported problem."""

from __future__ import annotations


class FootprintError(Exception):
    """Base of footprint's own errors."""


class ParseError(FootprintError):
    """A member of an export could not be read (whole or in part)."""


class UnsafeMember(FootprintError):
    """A member refused before reading: a link, an absolute or ``..`` path, a likely bomb."""


class ProfileError(FootprintError):
    """An organisation profile failed to load; the message names the file and the key."""


class UsageError(FootprintError):
    """Bad command-line usage (exit 2)."""


class NotAvailable(FootprintError):
    """A command or option that is not built yet (exit 2, never a placeholder result)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not available yet")
        self.name = name
