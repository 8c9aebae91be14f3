"""Plugin loading: built-ins and entry points register through the same hook; the environment
switches autoloading off or restricts it; a broken plugin is reported and skipped."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

import claimkit
from claimkit import Claim, Document, Span, _plugins, hookimpl, stage

# A plugin that fails to load is also warned of (tested below); tests that
# make one fail on purpose silence the warning.
SKIPPED_PLUGIN = "ignore:claimkit plugin .* failed to load:RuntimeWarning"

pytestmark = pytest.mark.usefixtures("fresh_plugins")


@pytest.fixture(autouse=True)
def nothing_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start each test from no built-in and no installed plugin, whatever the environment has."""
    monkeypatch.setattr(_plugins, "BUILTIN_PLUGINS", ())
    monkeypatch.setattr(_plugins, "entry_points", lambda *, group: [])
    monkeypatch.delenv(_plugins.DISABLE_ENV, raising=False)
    monkeypatch.delenv(_plugins.ALLOW_ENV, raising=False)

TEXT = "Army spokesman Col. Dara Venn said 12 insurgents were killed near Halvik on Sunday."


def flag_stage(name: str) -> claimkit.Stage:
    @stage(name, provides=[f"claims:{name}"])
    def run(doc: Document) -> Document:
        return doc.add_claims([Claim(name, Span(0, 4), {"by": name})])

    return run


def plugin_module(module_name: str, *stages: tuple[claimkit.Stage, dict[str, Any]],
                  sides: dict[str, str] | None = None) -> types.ModuleType:
    """A module object implementing the hooks, as a plugin author would write it."""
    module = types.ModuleType(module_name)

    @hookimpl
    def claimkit_register_stages(register: Callable[..., None]) -> None:
        for s, where in stages:
            register(s, **where)

    module.claimkit_register_stages = claimkit_register_stages  # type: ignore[attr-defined]
    if sides is not None:
        @hookimpl
        def claimkit_register_sides(register: Callable[[str, str], None]) -> None:
            for term, side in sides.items():
                register(term, side)

        module.claimkit_register_sides = claimkit_register_sides  # type: ignore[attr-defined]
    return module


class FakeEntryPoint:
    """Stands in for importlib.metadata.EntryPoint: a name and a load()."""

    def __init__(self, name: str, load: Callable[[], object]) -> None:
        self.name = name
        self.group = _plugins.ENTRY_POINT_GROUP
        self._load = load

    def load(self) -> object:
        return self._load()


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch) -> list[FakeEntryPoint]:
    """The installed 'claimkit' entry points, as a list the test fills in."""
    installed: list[FakeEntryPoint] = []

    def fake(*, group: str) -> list[FakeEntryPoint]:
        return installed if group == _plugins.ENTRY_POINT_GROUP else []

    monkeypatch.setattr(_plugins, "entry_points", fake)
    return installed


def broken_import() -> object:
    raise ImportError("No module named 'claimkit_broken_dep'")


# -- built-ins ------------------------------------------------------------------------

def test_a_builtin_module_registers_through_the_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    module = plugin_module("claimkit_testing._shout", (flag_stage("shout"), {}))
    monkeypatch.setitem(sys.modules, "claimkit_testing._shout", module)
    monkeypatch.setattr(_plugins, "BUILTIN_PLUGINS", ("claimkit_testing._shout",))
    pipeline = claimkit.default_pipeline()
    assert "shout" in pipeline.names
    assert pipeline["shout"].plugin == "shout"  # the module's last part without "_"
    doc = claimkit.extract(TEXT)
    assert [c.kind for c in doc.claims] == ["shout"]


def test_a_builtin_that_fails_to_import_is_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_plugins, "BUILTIN_PLUGINS", ("claimkit_testing._does_not_exist",))
    with pytest.warns(RuntimeWarning, match="'does_not_exist' failed to load and is skipped"):
        assert claimkit.default_pipeline().names == ()
    (failure,) = _plugins.registry().failures
    assert failure.name == "does_not_exist"
    assert failure.error.startswith("ModuleNotFoundError")


def test_default_pipeline_is_cached_until_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    first = claimkit.default_pipeline()
    assert claimkit.default_pipeline() is first
    _plugins.reset()
    assert claimkit.default_pipeline() is not first


def test_a_plugin_registered_on_the_manager_joins_the_default_pipeline() -> None:
    module = plugin_module("my_plugin", (flag_stage("early"), {}), (flag_stage("late"), {"after": "early"}))
    _plugins.registry().manager.register(module, name="my_plugin")
    pipeline = claimkit.default_pipeline()
    assert pipeline.names == ("early", "late")
    assert {s.plugin for s in pipeline} == {"my_plugin"}
    assert pipeline["late"].after == ("early",)


def test_register_before_places_the_stage() -> None:
    first = plugin_module("first", (flag_stage("a"), {}), (flag_stage("b"), {}))
    second = plugin_module("second", (flag_stage("x"), {"before": ["a", "not_installed"]}))
    manager = _plugins.registry().manager
    manager.register(first, name="first")
    manager.register(second, name="second")
    assert claimkit.default_pipeline().names.index("x") < claimkit.default_pipeline().names.index("a")


@pytest.mark.filterwarnings(SKIPPED_PLUGIN)
def test_a_hook_that_raises_is_reported_and_skipped() -> None:
    bad = types.ModuleType("bad")

    @hookimpl
    def claimkit_register_stages(register: Callable[..., None]) -> None:
        raise RuntimeError("lexicon file missing")

    bad.claimkit_register_stages = claimkit_register_stages  # type: ignore[attr-defined]
    manager = _plugins.registry().manager
    manager.register(bad, name="bad")
    manager.register(plugin_module("good", (flag_stage("good"), {})), name="good")
    assert claimkit.default_pipeline().names == ("good",)
    assert [(f.name, f.error) for f in _plugins.registry().failures] == [
        ("bad", "RuntimeError: lexicon file missing")]


def test_a_hook_taking_no_arguments_is_called() -> None:
    calls: list[str] = []
    quiet = types.ModuleType("quiet")

    @hookimpl
    def claimkit_register_stages() -> None:
        calls.append("called")

    quiet.claimkit_register_stages = claimkit_register_stages  # type: ignore[attr-defined]
    _plugins.registry().manager.register(quiet, name="quiet")
    assert claimkit.default_pipeline().names == ()
    assert calls == ["called"]
    assert _plugins.registry().failures == ()


def test_side_vocabulary_collects_every_plugin() -> None:
    manager = _plugins.registry().manager
    manager.register(plugin_module("one", sides={"Belmiran": "Belmira", "BDF": "Belmira"}), name="one")
    manager.register(plugin_module("two", sides={"Korvanian": "Korvania"}), name="two")
    assert _plugins.side_vocabulary() == {"Belmiran": "Belmira", "BDF": "Belmira", "Korvanian": "Korvania"}


# -- entry points ---------------------------------------------------------------------

def test_an_entry_point_plugin_is_loaded(entry_points: list[FakeEntryPoint]) -> None:
    module = plugin_module("claimkit_shout", (flag_stage("shout"), {}))
    entry_points.append(FakeEntryPoint("shout_plugin", lambda: module))
    pipeline = claimkit.default_pipeline()
    assert pipeline.names == ("shout",)
    assert pipeline["shout"].plugin == "shout_plugin"


def test_disable_env_turns_autoload_off(entry_points: list[FakeEntryPoint],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    entry_points.append(FakeEntryPoint("shout", lambda: plugin_module("m", (flag_stage("shout"), {}))))
    monkeypatch.setenv(_plugins.DISABLE_ENV, "1")
    assert claimkit.default_pipeline().names == ()
    assert _plugins.registry().manager.get_plugin("shout") is None


def test_allow_list_loads_only_the_named_plugins(entry_points: list[FakeEntryPoint],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("alpha", "beta", "gamma"):
        module = plugin_module(name, (flag_stage(name), {}))
        entry_points.append(FakeEntryPoint(name, lambda m=module: m))  # type: ignore[misc]
    monkeypatch.setenv(_plugins.ALLOW_ENV, " gamma, alpha ")
    assert claimkit.default_pipeline().names == ("alpha", "gamma")


@pytest.mark.filterwarnings(SKIPPED_PLUGIN)
def test_a_plugin_whose_import_fails_is_listed_and_skipped(entry_points: list[FakeEntryPoint]) -> None:
    entry_points.append(FakeEntryPoint("broken", broken_import))
    entry_points.append(FakeEntryPoint("fine", lambda: plugin_module("fine", (flag_stage("fine"), {}))))
    assert claimkit.default_pipeline().names == ("fine",)
    (failure,) = _plugins.registry().failures
    assert failure.name == "broken"
    assert failure.error == "ImportError: No module named 'claimkit_broken_dep'"


@pytest.mark.filterwarnings(SKIPPED_PLUGIN)
def test_a_plugin_with_a_misspelt_hook_is_reported(entry_points: list[FakeEntryPoint]) -> None:
    module = types.ModuleType("typo")

    @hookimpl
    def claimkit_register_stage(register: Callable[..., None]) -> None:  # one letter short
        pass

    module.claimkit_register_stage = claimkit_register_stage  # type: ignore[attr-defined]
    entry_points.append(FakeEntryPoint("typo", lambda: module))
    entry_points.append(FakeEntryPoint("fine", lambda: plugin_module("fine", (flag_stage("fine"), {}))))
    assert claimkit.default_pipeline().names == ("fine",)
    (failure,) = _plugins.registry().failures
    assert failure.name == "typo"
    assert "unknown hook 'claimkit_register_stage'" in failure.error
    assert _plugins.registry().manager.get_plugin("typo") is None


def test_the_real_entry_point_group_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def spy(*, group: str) -> list[FakeEntryPoint]:
        seen.append(group)
        return []

    monkeypatch.setattr(_plugins, "entry_points", spy)
    monkeypatch.delenv(_plugins.DISABLE_ENV, raising=False)
    claimkit.default_pipeline()
    assert seen == ["claimkit"]
