"""Reporters: a :class:`~footprint.pipeline.ScanResult` written in one format.

Each is a function ``(result, stream) -> None`` registered under its format name.
"""

from __future__ import annotations

from footprint.registry import reporters
from footprint.report import (  # noqa: F401  (registration)
    html_report,
    json_report,
    md_report,
    text_report,
)

__all__ = ["reporters"]
