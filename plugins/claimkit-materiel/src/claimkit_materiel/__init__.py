"""claimkit-materiel: claims about military equipment destroyed, shot down, captured or damaged.

An example claimkit plugin. It adds one stage, ``materiel``, which runs after the built-in
``casualty`` stage and before ``status`` (so the status stage marks its claims like any
other), and produces claims of kind ``"materiel"``::

    {"action": "destroyed" | "shot_down" | "captured" | "damaged",
     "count": Count | None, "object": "tanks", "actor": "Ukrainian forces" | None,
     "equipment": "12 Russian tanks"}

``count`` is None only for arms taken with no figure ("seized weapons and ammunition");
``object`` is a canonical name from :data:`claimkit_materiel.EQUIPMENT` (or ``UNCOUNTED``);
``equipment`` is the phrase as written. What counts as materiel is documented in
:mod:`claimkit_materiel._lexicon`.
"""

from __future__ import annotations

import claimkit
from claimkit import Document
from claimkit.hookspecs import RegisterStage

from ._extract import find_claims
from ._lexicon import ACTIONS, EQUIPMENT

__all__ = ["ACTIONS", "EQUIPMENT", "claimkit_register_stages", "materiel"]


@claimkit.stage("materiel", provides="claims:materiel", after="casualty", before="status")
def materiel(doc: Document) -> Document:
    """Add the document's materiel claims (each fact once, with every mention)."""
    claims = find_claims(doc)
    return doc.add_claims(claims) if claims else doc  # (most reports have none: no copy)


@claimkit.hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    """Offer the ``materiel`` stage to the pipeline."""
    register(materiel)
