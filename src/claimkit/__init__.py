"""claimkit: structured, attributed claims from conflict news.

>>> import claimkit
>>> doc = claimkit.extract("Two soldiers were killed on Monday, the army said.", published="2025-10-14")
>>> doc.to_dict()["text"]
'Two soldiers were killed on Monday, the army said.'
"""

from ._api import extract
from ._document import Document
from ._errors import (
    ClaimkitError,
    ContractError,
    CycleError,
    DuplicateStageError,
    MissingExtraError,
    MissingRequirementError,
    PipelineError,
    UnknownStageError,
)
from ._frame import to_frame
from ._many import extract_many
from ._model import Attribution, Claim, Count, Snippet, Source, Span, Speaker, StageError, TimeExpression
from ._pipeline import Pipeline, Stage, stage
from ._plugins import default_pipeline
from ._reconcile import Figure, FigureClaim, Reconciliation, reconcile
from ._schema import json_schema
from ._tally import Tally
from ._webpage import extract_html, read_html
from .extractors._attach import attribution_for
from .hookspecs import hookimpl

__all__ = [
    "Attribution",
    "Claim",
    "ClaimkitError",
    "ContractError",
    "Count",
    "CycleError",
    "Document",
    "DuplicateStageError",
    "Figure",
    "FigureClaim",
    "MissingExtraError",
    "MissingRequirementError",
    "Pipeline",
    "PipelineError",
    "Reconciliation",
    "Snippet",
    "Source",
    "Span",
    "Speaker",
    "Stage",
    "StageError",
    "Tally",
    "TimeExpression",
    "UnknownStageError",
    "attribution_for",
    "default_pipeline",
    "extract",
    "extract_html",
    "extract_many",
    "hookimpl",
    "json_schema",
    "read_html",
    "reconcile",
    "stage",
    "to_frame",
]
