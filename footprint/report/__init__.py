"""Reporters: a :class:`~footprint.pipeline.ScanResult` written in one format.

Each is a function ``(result, stream) -> None`` registered under its format name.
"""

from __future__ import annotations

from footprint.registry import reporters
from footprint.report import json_report, text_report  # noqa: F401  (registration)

__all__ = ["reporters"]
