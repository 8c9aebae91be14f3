"""The plugin is installed, found through its entry point, and runs where it declared."""

from __future__ import annotations

from importlib.metadata import entry_points

import claimkit
import claimkit_materiel
from claimkit import Document


def test_plugin_is_installed() -> None:
    found = {ep.name: ep for ep in entry_points(group="claimkit")}
    assert "materiel" in found, "claimkit-materiel is not installed (pip install ./plugins/claimkit-materiel)"
    assert found["materiel"].load() is claimkit_materiel
    pipeline = claimkit.default_pipeline()
    assert "materiel" in pipeline.names
    stage = pipeline["materiel"]
    assert stage.plugin == "materiel"
    assert stage.after == ("casualty",)
    assert stage.before == ("status",)
    names = pipeline.names
    if "casualty" in names:
        assert names.index("casualty") < names.index("materiel")
    if "status" in names:
        assert names.index("materiel") < names.index("status")


def _stub(name: str, seen: list[tuple[str, int]]) -> claimkit.Stage:
    """A stage that records its name and how many materiel claims it saw."""

    def run(doc: Document) -> Document:
        seen.append((name, len(doc.claims_of("materiel"))))
        return doc

    return claimkit.Stage(name, run)


def test_runs_after_casualty_and_before_status() -> None:
    # Stand-ins for the built-in stages it is placed between, registered in the "wrong"
    # order on purpose: the declared position must win.
    seen: list[tuple[str, int]] = []
    pipeline = claimkit.Pipeline((_stub("status", seen), claimkit_materiel.materiel, _stub("casualty", seen)))
    assert pipeline.names == ("casualty", "materiel", "status")
    doc = claimkit.extract("Rebels said they destroyed two tanks.", pipeline=pipeline, strict=True)
    assert seen == [("casualty", 0), ("status", 1)]
    assert [c.kind for c in doc.claims] == ["materiel"]


def test_default_pipeline_runs_it() -> None:
    doc = claimkit.extract("Air defences shot down 30 drones overnight.", strict=True)
    (claim,) = doc.claims_of("materiel")
    assert claim.extractor == "materiel"
    assert claim.data["count"].best == 30
