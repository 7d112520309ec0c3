"""The languages of the human-readable reports (HTML, Markdown, text): English and Welsh.

Fixed strings go through gettext. The catalogue is ``footprint/locale/<lang>/LC_MESSAGES/
footprint.mo``, compiled from ``footprint.po`` beside it and committed, so that a plain
``pip install`` has it. The JSON report, its keys and values, and CONTRACT.md's fixed
messages (problems, errors on standard error) stay English whatever the language.

Two kinds of fixed string reach a report:

- the reports' own (headings, explanations, plan and check wording): marked with
  ``_()`` in ``footprint/report/*.py`` and the templates, extracted by Babel;
- texts other stages write once for every language, as data: where each setting is on
  each platform (``Platform.settings``, ``exposure.instructions.GENERIC``), what each
  platform's export cannot show (``Platform.coverage``) and the guidance the plan follows
  (``exposure.guidance``). :func:`runtime_messages` lists them, and Babel extracts them
  through :func:`extract_runtime` (``babel.cfg``), so the catalogue holds them too and the
  reports translate them when they show them.

Update the catalogue after changing any of them (``docs/welsh.md``)::

    pybabel extract -F babel.cfg -o footprint/locale/footprint.pot .
    pybabel update -i footprint/locale/footprint.pot -d footprint/locale -D footprint
    (translate the new entries in footprint/locale/cy/LC_MESSAGES/footprint.po)
    pybabel compile -d footprint/locale -D footprint
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from footprint.errors import FootprintError

DOMAIN = "footprint"
LANGUAGES = ("en", "cy")  # English is the source language: no catalogue of its own
DEFAULT = "en"


def normalise_lang(value: str | None) -> str | None:
    """``cy``, ``cy_GB.UTF-8``, ``cy-GB`` -> ``cy``; an unsupported language -> None."""
    if not value:
        return None
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def language_from_env(environ: Mapping[str, str]) -> str | None:
    """The first supported language named by gettext's variables, in gettext's order
    (``LANGUAGE`` may list several, ``LANGUAGE=cy:en``); None when none is supported.

    ``C`` and ``POSIX`` stand for English.
    """
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        raw = environ.get(var, "")
        for part in raw.split(":"):
            if part in ("C", "POSIX") or part.startswith("C."):
                return DEFAULT
            found = normalise_lang(part)
            if found:
                return found
    return None


def choose_language(flag: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` when given, else the environment's, else English."""
    if flag:
        found = normalise_lang(flag)
        if found is None:
            raise ValueError(f"--lang {flag}: footprint speaks {', '.join(LANGUAGES)}")
        return found
    env = os.environ if environ is None else environ
    return language_from_env(env) or DEFAULT


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """The catalogue of ``lang`` (English: the strings as written)."""
    if lang == DEFAULT:
        return gettext.NullTranslations()
    mo = resources.files("footprint").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")
    try:
        with mo.open("rb") as fp:
            return gettext.GNUTranslations(fp)
    except OSError as exc:
        raise FootprintError(
            f"the {lang} catalogue is missing from this installation ({mo}): reinstall footprint"
        ) from exc


def runtime_messages() -> list[str]:
    """Every fixed text another stage writes that a report shows: the platforms' setting
    instructions and coverage notes, the generic instructions, the guidance lines."""
    from footprint.exposure import guidance
    from footprint.exposure.instructions import GENERIC
    from footprint.platforms import BUILT_IN, info

    out: list[str] = list(GENERIC.values())
    for name in BUILT_IN:
        cls = info(name)
        if cls is None:
            continue
        out.extend(cls.settings.values())
        if cls.private is not None:
            out.append(cls.private.leaves_public)
        out.extend(_coverage_notes(cls))
    for name, value in sorted(vars(guidance).items()):
        if not name.isupper():
            continue
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, tuple):
            out.extend(v for v in value if isinstance(v, str))
    seen: dict[str, None] = {}
    for text in out:
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _coverage_notes(cls: Any) -> list[str]:
    """What ``coverage()`` can say for any export of the platform: tried with no kinds,
    every kind, each kind alone and every kind but one (each branch of the platforms'
    coverage methods turns on one kind being there or missing)."""
    kinds = set(cls.kinds)
    trials = [set(), kinds, *({k} for k in kinds), *(kinds - {k} for k in kinds)]
    platform = cls()
    notes: list[str] = []
    for trial in trials:
        for note in platform.coverage(trial):
            if note not in notes:
                notes.append(note)
    return notes


def extract_runtime(
    fileobj: Any, keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, str, str, list[str]]]:
    """A Babel extraction method (``babel.cfg``) yielding :func:`runtime_messages`; it is
    mapped to this module's file only, so the list is extracted once."""
    for text in runtime_messages():
        yield 1, "_", text, ["runtime: written by another stage, shown by the reports"]
