"""The plugin is installed, found through its entry point, and runs where it declared."""

from __future__ import annotations

from importlib.metadata import entry_points

import claimkit
import claimkit_displacement
from claimkit import Document


def test_plugin_is_installed() -> None:
    found = {ep.name: ep for ep in entry_points(group="claimkit")}
    assert "displacement" in found, (
        "claimkit-displacement is not installed (pip install ./plugins/claimkit-displacement)")
    assert found["displacement"].load() is claimkit_displacement
    pipeline = claimkit.default_pipeline()
    assert "displacement" in pipeline.names
    stage = pipeline["displacement"]
    assert stage.plugin == "displacement"
    assert stage.after == ("casualty",)
    assert stage.before == ("status",)
    names = pipeline.names
    if "casualty" in names:
        assert names.index("casualty") < names.index("displacement")
    if "status" in names:
        assert names.index("displacement") < names.index("status")


def _stub(name: str, seen: list[tuple[str, int]]) -> claimkit.Stage:
    """A stage that records its name and how many displacement claims it saw."""

    def run(doc: Document) -> Document:
        seen.append((name, len(doc.claims_of("displacement"))))
        return doc

    return claimkit.Stage(name, run)


def test_runs_after_casualty_and_before_status() -> None:
    # Stand-ins for the built-in stages around it, registered in the "wrong" order on
    # purpose: the declared position must win.
    seen: list[tuple[str, int]] = []
    pipeline = claimkit.Pipeline((_stub("status", seen), claimkit_displacement.displacement,
                                  _stub("casualty", seen)))
    assert pipeline.names == ("casualty", "displacement", "status")
    doc = claimkit.extract("The floods forced 2,000 people to flee.", pipeline=pipeline, strict=True)
    assert seen == [("casualty", 0), ("status", 1)]
    assert [c.kind for c in doc.claims] == ["displacement"]


def test_default_pipeline_runs_it() -> None:
    doc = claimkit.extract("More than 5,000 families were displaced by the fighting.", strict=True)
    (claim,) = doc.claims_of("displacement")
    assert claim.extractor == "displacement"
    assert claim.data["count"].best == 5000
    assert claim.data["unit"] == "families"
