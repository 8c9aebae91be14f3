"""What CI installs: the test extra brings every optional feature's packages (so their tests
run rather than skip), every example plugin is installed and tested, and the README's set-up
command installs exactly what .ci/run installs."""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
EXTRAS: dict[str, list[str]] = PYPROJECT["project"]["optional-dependencies"]
PLUGINS = sorted(p.name for p in (ROOT / "plugins").iterdir() if (p / "pyproject.toml").exists())


def _name(requirement: str) -> str:
    """The distribution name of a requirement, extras included ("dask[dataframe]>=1" -> itself
    without the version)."""
    return re.split(r"[<>=!~; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_test_extra_covers_every_optional_feature() -> None:
    test = {_name(r) for r in EXTRAS["test"]}
    for extra in ("pandas", "dask", "html"):
        missing = {_name(r) for r in EXTRAS[extra]} - test
        assert not missing, f"the test extra lacks {sorted(missing)} of claimkit[{extra}]"


def _pip_install_arguments(line: str) -> list[str]:
    words = shlex.split(line)
    start = words.index("install") + 1
    end = words.index("&&", start) if "&&" in words[start:] else len(words)
    return [w for w in words[start:end] if w not in ("--quiet", "-q")]


def _first_install_line(path: Path) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if "pip install" in line)


def test_readme_set_up_and_ci_install_the_same_things() -> None:
    readme = _first_install_line(ROOT / "README.md")
    assert _first_install_line(ROOT / "docs" / "getting-started.md") == readme
    ci = next(line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
              if "pip install" in line and ".[test]" in line)
    assert _pip_install_arguments(readme) == _pip_install_arguments(ci)
    installed = _pip_install_arguments(ci)
    for plugin in PLUGINS:
        assert f"./plugins/{plugin}" in installed, f"{plugin} is not installed by CI"


def test_every_example_plugin_is_tested_and_type_checked() -> None:
    assert len(PLUGINS) >= 2
    testpaths = PYPROJECT["tool"]["pytest"]["ini_options"]["testpaths"]
    mypy_files = PYPROJECT["tool"]["mypy"]["files"]
    for plugin in PLUGINS:
        assert f"plugins/{plugin}/tests" in testpaths
        assert any(f.startswith(f"plugins/{plugin}/src/") for f in mypy_files)
        entry_points = tomllib.loads((ROOT / "plugins" / plugin / "pyproject.toml").read_text(
            encoding="utf-8"))["project"]["entry-points"]
        assert entry_points.get("claimkit"), f"{plugin} has no entry point in the 'claimkit' group"
