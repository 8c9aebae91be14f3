"""The same input gives byte-identical JSON across runs, processes and threads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import claimkit

TEXT = (
    "Rebels Say 14 Soldiers Killed Near Dara\n"
    "DARA, March 3 (Reuters) - Rebel fighters said on Tuesday they had killed 14 soldiers and "
    "captured two villages near Dara, a claim the army denied. \"We control the road,\" rebel "
    "spokesman Omar Haddad told reporters. At least nine civilians were wounded, according to "
    "local officials. The figures could not be independently verified.\n"
    # Two outcomes from one phrase: their order once followed the hash seed.
    "A second blast hit the market later, but no one was killed or injured.\n"
)

SCRIPT = (
    "import json, sys, claimkit; "
    "print(json.dumps(claimkit.extract(sys.stdin.read(), published='2025-03-04').to_dict(), sort_keys=False))"
)


def run_in_process(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", SCRIPT], input=TEXT, capture_output=True, text=True,
                         env=env, check=True)
    return out.stdout


def test_identical_json_across_processes_and_hash_seeds() -> None:
    outputs = {run_in_process(seed) for seed in ("0", "1", "12345")}
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["text"] == TEXT


def test_one_pipeline_is_safe_from_several_threads() -> None:
    pipeline = claimkit.default_pipeline()
    expected = json.dumps(claimkit.extract(TEXT, published="2025-03-04", pipeline=pipeline).to_dict())
    texts = [TEXT] * 64
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(
            lambda t: json.dumps(claimkit.extract(t, published="2025-03-04", pipeline=pipeline).to_dict()),
            texts))
    assert set(results) == {expected}
