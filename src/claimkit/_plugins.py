"""The plugin manager: built-in extractors first, then the ``claimkit`` entry-point group.

Environment:

``CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD``
    Set to any non-empty value to load no third-party plugin (built-ins still load).
``CLAIMKIT_PLUGINS``
    A comma-separated allow-list of entry-point names; when set, only these load.
"""

from __future__ import annotations

import importlib
import os
import threading
import warnings
from collections.abc import Iterable
from importlib.metadata import entry_points
from types import ModuleType

import attrs
import pluggy

from . import hookspecs
from ._pipeline import Pipeline, Stage, as_names

ENTRY_POINT_GROUP = "claimkit"
DISABLE_ENV = "CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD"
ALLOW_ENV = "CLAIMKIT_PLUGINS"

# The built-in extractors are plugins like any other; this is their load order.
BUILTIN_PLUGINS: tuple[str, ...] = (
    "claimkit.extractors._source",
    "claimkit.extractors._attribution",
    "claimkit.extractors._status",
    "claimkit.extractors._when_where",
    "claimkit.extractors._sides",
    "claimkit.extractors._casualty",
    "claimkit.extractors._territorial",
    "claimkit.extractors._denial",
    "claimkit.extractors._contradiction",
)


@attrs.frozen
class PluginFailure:
    """A plugin that could not be loaded or registered, and why."""

    name: str
    error: str


@attrs.define
class PluginRegistry:
    """The mutable registry behind :func:`default_pipeline`; one per process."""

    _manager: pluggy.PluginManager
    _failures: list[PluginFailure] = attrs.field(factory=list)
    _sides: dict[str, str] | None = None

    @property
    def manager(self) -> pluggy.PluginManager:
        return self._manager

    @property
    def failures(self) -> tuple[PluginFailure, ...]:
        return tuple(self._failures)

    def fail(self, name: str, error: BaseException) -> None:
        failure = PluginFailure(name, f"{type(error).__name__}: {error}")
        self._failures.append(failure)
        # skipped, not fatal, but never silent: a broken built-in extractor would otherwise
        # give documents without its claims and no error (``claimkit plugins`` lists them all)
        warnings.warn(f"claimkit plugin {name!r} failed to load and is skipped: {failure.error}",
                      RuntimeWarning, stacklevel=2)

    def stages(self) -> list[Stage]:
        """Every registered stage, each tagged with the plugin that offered it."""
        found: list[Stage] = []
        for impl in self._manager.hook.claimkit_register_stages.get_hookimpls():
            name = self._manager.get_name(impl.plugin) or repr(impl.plugin)
            offered: list[Stage] = []

            def register(stage: Stage, *, before: str | Iterable[str] = (),
                         after: str | Iterable[str] = (), _plugin: str = name,
                         _into: list[Stage] = offered) -> None:
                _into.append(attrs.evolve(stage, plugin=stage.plugin or _plugin,
                                          before=(*stage.before, *as_names(before)),
                                          after=(*stage.after, *as_names(after))))

            try:
                _call(impl, register)
            except Exception as exc:
                self.fail(name, exc)
                continue
            found.extend(offered)
        return found

    def forget(self) -> None:
        """Drop what was read from the hooks (after a plugin was added)."""
        self._sides = None

    def sides(self) -> dict[str, str]:
        """The side vocabulary every plugin registered: term -> side (computed once)."""
        if self._sides is not None:
            return self._sides
        vocabulary: dict[str, str] = {}
        for impl in self._manager.hook.claimkit_register_sides.get_hookimpls():
            def register(term: str, side: str) -> None:
                vocabulary[term] = side
            try:
                _call(impl, register)
            except Exception as exc:
                self.fail(self._manager.get_name(impl.plugin) or repr(impl.plugin), exc)
        self._sides = vocabulary
        return vocabulary


def _call(impl: pluggy.HookImpl, register: object) -> None:
    """Call a hook implementation with the arguments it accepts (it may take a subset)."""
    offered = {"register": register}
    impl.function(**{arg: offered[arg] for arg in impl.argnames if arg in offered})


def _load_entry_points(registry: PluginRegistry) -> None:
    if os.environ.get(DISABLE_ENV):
        return
    allowed = {n.strip() for n in os.environ.get(ALLOW_ENV, "").split(",") if n.strip()}
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if allowed and ep.name not in allowed:
            continue
        if registry.manager.get_plugin(ep.name) is not None:
            continue
        try:
            _register(registry.manager, ep.load(), ep.name)
        except Exception as exc:  # a broken plugin is reported, never fatal
            registry.fail(ep.name, exc)


def _register(manager: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Register ``plugin``, refusing one with a hook claimkit does not define (a misspelling)."""
    manager.register(plugin, name=name)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError:
        manager.unregister(name=name)
        raise


def _new_registry(load_entry_points: bool = True) -> PluginRegistry:
    pm = pluggy.PluginManager("claimkit")
    pm.add_hookspecs(hookspecs)
    registry = PluginRegistry(pm)
    for module_name in BUILTIN_PLUGINS:
        name = module_name.rsplit(".", 1)[-1].lstrip("_")
        try:
            module: ModuleType = importlib.import_module(module_name)
            _register(pm, module, name)
        except Exception as exc:  # one broken extractor must not take the others down
            registry.fail(name, exc)
    if load_entry_points:
        _load_entry_points(registry)
    return registry


_lock = threading.Lock()
_registry: PluginRegistry | None = None
_pipeline: Pipeline | None = None


def registry() -> PluginRegistry:
    """The process's plugin registry, loaded on first use."""
    global _registry
    with _lock:
        if _registry is None:
            _registry = _new_registry()
        return _registry


def default_pipeline() -> Pipeline:
    """The pipeline of every built-in and installed plugin's stages, built once and cached.

    Derive your own with ``default_pipeline().add(...)``, ``.remove(name)`` or
    ``.replace(name, stage)``.
    """
    global _pipeline
    reg = registry()
    with _lock:
        if _pipeline is None:
            _pipeline = Pipeline(tuple(reg.stages()))
        return _pipeline


def use_plugin(plugin: object, name: str) -> None:
    """Register ``plugin`` in this process, as an entry point would, so that the next
    :func:`default_pipeline` and :func:`side_vocabulary` include it; a name already registered
    is left as it is. (The demo teaches the example articles' invented sides this way.)"""
    global _pipeline
    reg = registry()
    with _lock:
        if reg.manager.get_plugin(name) is None:
            _register(reg.manager, plugin, name)
            reg.forget()
            _pipeline = None


def side_vocabulary() -> dict[str, str]:
    """Every registered term -> side mapping (built-ins and plugins)."""
    return registry().sides()


def reset() -> None:
    """Forget the loaded plugins, so the next use loads them again (for tests)."""
    global _registry, _pipeline
    with _lock:
        _registry = None
        _pipeline = None
