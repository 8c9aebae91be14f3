"""claimkit-displacement: claims about people forced from their homes.

An example claimkit plugin. It adds one stage, ``displacement``, which runs after the
built-in ``casualty`` stage and before ``status`` (so the status stage marks its claims like
any other), and produces claims of kind ``"displacement"``::

    {"count": Count, "unit": "people" | "families" | "households", "place": "Varnak" | None}

from sentences such as "the shelling forced 20,000 people to flee", "more than 5,000
families were displaced", "10,000 people have fled their homes in Varnak" or "some 3,000
people are sheltering in camps". What counts is documented in :mod:`claimkit_displacement._lexicon`.
"""

from __future__ import annotations

import claimkit
from claimkit import Document
from claimkit.hookspecs import RegisterStage

from ._extract import find_claims
from ._lexicon import UNITS

__all__ = ["UNITS", "claimkit_register_stages", "displacement"]


@claimkit.stage("displacement", provides="claims:displacement", after="casualty", before="status")
def displacement(doc: Document) -> Document:
    """Add the document's displacement claims (each figure once, with every mention)."""
    claims = find_claims(doc)
    return doc.add_claims(claims) if claims else doc  # (most reports have none: no copy)


@claimkit.hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    """Offer the ``displacement`` stage to the pipeline."""
    register(displacement)
