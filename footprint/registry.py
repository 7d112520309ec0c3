"""The registries other packages extend: platforms, detectors and reporters.

Built on spaCy's ``catalogue``. A built-in registers with a decorator, which also sets
the name on a class (``@platforms.register("x")`` makes ``X.name == "x"``). A third-party
package registers under the entry-point groups ``footprint_platforms``,
``footprint_detectors`` and ``footprint_reporters``; its entries work exactly like
built-ins (``--platform``, ``--format``, ``--detectors``). ``docs/plugins.md`` is the
guide.

Plugins are loaded once, on the first look-up. One that fails to import, that is not
what its group needs (a :class:`~footprint.platforms.base.Platform` subclass, a
:class:`~footprint.detectors.base.Detector` subclass, a reporter function), or that
takes a built-in's name, is left out with a warning naming it (``Registry.warnings``,
shown on standard error and in the report): a broken plugin never breaks a scan. An
unknown name is an error that lists the valid ones.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any, TypeVar

import catalogue

T = TypeVar("T")


class UnknownName(KeyError):
    """A name no built-in or plugin registered; the message lists the valid ones."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True, slots=True)
class PluginInfo:
    """Where a plugin entry came from, for ``footprint plugins`` and for warnings."""

    name: str
    value: str  # the entry point's "module:attribute"
    distribution: str  # "footprint-murmur 0.1.0", or "" when the metadata does not say

    def describe(self) -> str:
        source = f" from {self.distribution}" if self.distribution else ""
        return f"{self.name!r}{source} ({self.value})"


def _distribution(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return ""
    try:
        return f"{dist.name} {dist.version}"
    except Exception:  # metadata without a name or version: still name the entry point
        return ""


class Registry:
    """Built-ins and plugins of one kind (``platforms``, ``detectors``, ``reporters``).

    ``base`` names the class a plugin of this kind must subclass (``"module:Class"``,
    imported only when a plugin is checked, so that this module imports no stage);
    ``None`` means a plugin is a function.
    """

    def __init__(self, kind: str, base: str | None = None) -> None:
        self.kind = kind
        self.group = f"footprint_{kind}"
        self.base = base
        self._table = catalogue.create("footprint", kind, entry_points=False)
        self._plugins: dict[str, Any] | None = None
        self._info: dict[str, PluginInfo] = {}
        self.warnings: list[str] = []

    @property
    def singular(self) -> str:
        return self.kind[:-1]

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register a built-in under ``name`` (and set a class's ``name``)."""

        def add(obj: T) -> T:
            if isinstance(obj, type):
                obj.name = name  # type: ignore[attr-defined]
            self._table.register(name, func=obj)
            return obj

        return add

    def unregister(self, name: str) -> None:
        """Remove a registration (tests that register a throwaway entry clean up)."""
        catalogue.REGISTRY.pop(("footprint", self.kind, name), None)

    def plugins(self) -> dict[str, Any]:
        """Entry points of ``footprint_<kind>``, loaded once; failures become warnings."""
        if self._plugins is None:
            self._plugins = {}
            try:
                found = sorted(entry_points(group=self.group), key=lambda e: e.name)
            except Exception as exc:  # broken metadata somewhere on sys.path
                self.warnings.append(
                    f"{self.singular} plugins could not be listed: {type(exc).__name__}: {exc}"
                )
                found = []
            for ep in found:
                self._load(ep)
        return self._plugins

    def _load(self, ep: EntryPoint) -> None:
        assert self._plugins is not None
        info = PluginInfo(ep.name, ep.value, _distribution(ep))
        built_in = self._table.get_all()
        try:
            obj = ep.load()
        except Exception as exc:  # a plugin's own bug must not stop a scan
            self._restore(built_in)
            self.warnings.append(
                f"{self.singular} plugin {info.describe()} could not be loaded and is left "
                f"out: {type(exc).__name__}: {exc}"
            )
            return
        replaced = self._restore(built_in)
        if replaced or (ep.name in built_in and built_in[ep.name] is not obj):
            names = ", ".join(repr(n) for n in (replaced or [ep.name]))
            self.warnings.append(
                f"{self.singular} plugin {info.describe()} takes the name of a built-in "
                f"{self.singular} ({names}) and is left out"
            )
            return
        if ep.name in self._plugins:
            self.warnings.append(
                f"{self.singular} plugin {info.describe()} has the name of another plugin, "
                f"{self._info[ep.name].describe()}, and is left out"
            )
            return
        problem = self._check(obj)
        if problem is not None:
            self.warnings.append(
                f"{self.singular} plugin {info.describe()} {problem} and is left out"
            )
            return
        if isinstance(obj, type):
            obj.name = ep.name  # type: ignore[attr-defined]
        self._plugins[ep.name] = obj
        self._info[ep.name] = info

    def _restore(self, before: dict[str, Any]) -> list[str]:
        """Undo a plugin's import-time registration over a built-in; the names it took."""
        replaced = []
        for name, obj in self._table.get_all().items():
            if name in before and before[name] is not obj:
                self._table.register(name, func=before[name])
                replaced.append(name)
        return replaced

    def _check(self, obj: Any) -> str | None:
        """Why ``obj`` cannot serve as a plugin of this kind, or None."""
        if self.base is None:
            return None if callable(obj) else f"is not a function (got {type(obj).__name__})"
        module, _, attr = self.base.partition(":")
        base = getattr(importlib.import_module(module), attr)
        if not (isinstance(obj, type) and issubclass(obj, base)):
            return f"is not a subclass of {base.__name__}"
        if inspect.isabstract(obj):
            abstract = ", ".join(sorted(getattr(obj, "__abstractmethods__", ())))
            return f"does not define {abstract}"
        # Class attributes the base declares without a value (a platform's title and
        # kinds) are what every plugin must say; ``name`` comes from the entry point.
        declared = [a for a in getattr(base, "__annotations__", {}) if a != "name"]
        unset = [a for a in declared if not hasattr(obj, a)]
        if unset:
            return f"does not set {', '.join(unset)}"
        return None

    def get_all(self) -> dict[str, Any]:
        """Every entry, built-ins and plugins, by name."""
        found: dict[str, Any] = dict(self.plugins())
        found.update(self._table.get_all())
        return found

    def names(self) -> list[str]:
        return sorted(self.get_all())

    def built_ins(self) -> list[str]:
        """The names registered in footprint itself (by decorator), without plugins."""
        plugins = self.plugins()
        return sorted(n for n in self._table.get_all() if n not in plugins)

    def plugin_info(self) -> list[PluginInfo]:
        """Where each loaded plugin came from, by name."""
        self.plugins()
        return [self._info[n] for n in sorted(self._info)]

    def get(self, name: str) -> Any:
        found = self.get_all()
        if name not in found:
            raise UnknownName(
                f"unknown {self.singular} {name!r}; valid: {', '.join(sorted(found)) or 'none'}"
            )
        return found[name]


platforms = Registry("platforms", base="footprint.platforms.base:Platform")
detectors = Registry("detectors", base="footprint.detectors.base:Detector")
reporters = Registry("reporters")


def plugin_warnings() -> list[str]:
    """What went wrong loading plugins, in every registry (for the report's warnings).

    Each registry's plugins are loaded first, so that a broken reporter plugin is named
    in a report written in another format too.
    """
    out = []
    for reg in (platforms, detectors, reporters):
        reg.plugins()
        out.extend(reg.warnings)
    return out
