"""Where each setting is: the "how" of every plan step.

Each platform's own instructions live on its class (``Platform.settings``, in its module
under ``footprint/platforms/``); this module answers with them, or with the action
table's generic text (:mod:`footprint.exposure.actions`) for a platform that does not
say. Menus move: the platforms' texts are as their help pages describe them at the time
of writing (2026).
"""

from __future__ import annotations

from footprint.exposure.actions import ACTIONS
from footprint.platforms import info

# What to do when a platform's class does not say where the setting is: the action
# table's own words.
GENERIC: dict[str, str] = {a.name: a.how for a in ACTIONS}


def instructions(action: str, platform: str, **fmt: str) -> str:
    """How to take ``action`` on ``platform``, in words a person follows."""
    cls = info(platform)
    text = (cls.settings.get(action) if cls is not None else None) or GENERIC.get(action, "")
    return text.format(**fmt) if fmt else text
