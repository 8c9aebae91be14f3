"""The benchmark script runs and reports what its docstring promises (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import platform
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("throughput", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reports_the_fastest_of_several_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert load().main(["--repeat", "1", "--runs", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["runs"] == 2
    assert result["documents"] == 3  # the bundled examples, once
    assert result["stage_errors"] == 0
    assert {"attribution", "casualty"} <= set(result["stage_seconds"])
    assert result["mb_per_s"] >= result["mb_per_s_median"]
    assert min(result["calibration_loop_seconds"].values()) > 0
    assert result["python"].split()[1] == platform.python_version()


def test_zero_runs_is_refused() -> None:
    with pytest.raises(SystemExit):
        load().main(["--runs", "0"])
