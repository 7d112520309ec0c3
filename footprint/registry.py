"""The registries other packages extend: platforms, detectors and reporters.

Built on spaCy's ``catalogue``. A built-in registers with a decorator, which also sets
the name on a class (``@platforms.register("x")`` makes ``X.name == "x"``). A third-party
package registers under the entry-point groups ``footprint_platforms``,
``footprint_detectors`` and ``footprint_reporters``; its entries work exactly like
built-ins (``--platform``, ``--format``, ``--detectors``).

Plugins are loaded once, on the first look-up. One that fails to import, or that takes a
built-in's name, is left out with a warning naming it (``Registry.warnings``): a broken
plugin never breaks a scan. An unknown name is an error that lists the valid ones.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, TypeVar

import catalogue

T = TypeVar("T")


class UnknownName(KeyError):
    """A name no built-in or plugin registered; the message lists the valid ones."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class Registry:
    """Built-ins and plugins of one kind (``platforms``, ``detectors``, ``reporters``)."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.group = f"footprint_{kind}"
        self._table = catalogue.create("footprint", kind, entry_points=False)
        self._plugins: dict[str, Any] | None = None
        self.warnings: list[str] = []

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: register a built-in (or a plugin's object) under ``name``."""

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
            built_in = self._table.get_all()
            for ep in sorted(entry_points(group=self.group), key=lambda e: e.name):
                try:
                    obj = ep.load()
                except Exception as exc:  # a plugin's own bug must not stop a scan
                    self.warnings.append(
                        f"plugin {ep.name!r} ({ep.value}) could not be loaded and is left "
                        f"out: {type(exc).__name__}: {exc}"
                    )
                    continue
                if ep.name in built_in and built_in[ep.name] is not obj:
                    self.warnings.append(
                        f"plugin {ep.name!r} ({ep.value}) has the name of a built-in "
                        f"{self.kind[:-1]} and is left out"
                    )
                    continue
                if isinstance(obj, type) and getattr(obj, "name", None) != ep.name:
                    obj.name = ep.name  # type: ignore[attr-defined]
                self._plugins[ep.name] = obj
        return self._plugins

    def get_all(self) -> dict[str, Any]:
        """Every entry, built-ins and plugins, by name."""
        found: dict[str, Any] = dict(self.plugins())
        found.update(self._table.get_all())
        return found

    def names(self) -> list[str]:
        return sorted(self.get_all())

    def get(self, name: str) -> Any:
        found = self.get_all()
        if name not in found:
            raise UnknownName(
                f"unknown {self.kind[:-1]} {name!r}; valid: {', '.join(sorted(found)) or 'none'}"
            )
        return found[name]


platforms = Registry("platforms")
detectors = Registry("detectors")
reporters = Registry("reporters")


def plugin_warnings() -> list[str]:
    """What went wrong loading plugins, in every registry (for the report's warnings)."""
    return [w for reg in (platforms, detectors, reporters) for w in reg.warnings]
