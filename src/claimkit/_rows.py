"""Claims as flat rows: one dict per claim, the same columns for every kind.

The one flattening used by :func:`claimkit.to_frame` and by the CLI's CSV writer, so a
DataFrame and a CSV file of the same documents agree column for column.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ._document import Document
from ._model import Claim, Count, Snippet

COLUMNS: tuple[str, ...] = (
    "doc_id", "claim_id", "kind", "outcome", "count_best", "count_low", "count_high", "qualifier",
    "group", "side", "action", "object", "place", "actor", "speaker", "status", "date", "location",
    "evidence",
)
"""The columns of :func:`claim_rows`, in order. A key a kind lacks is None."""

# Columns copied as they are from ``claim.data`` when present (the contract's data keys).
_DATA_COLUMNS = ("outcome", "group", "side", "action", "object", "place", "actor")


def _count(value: Any) -> Count | None:
    """The claim's count as a Count, also when a plugin stored the dict form."""
    if isinstance(value, Count):
        return value
    if isinstance(value, Mapping):
        try:
            return Count.from_dict(value)
        except (TypeError, ValueError):
            return None
    return None


def _text(value: Any) -> str | None:
    """A data value as a cell: strings as they are, snippets by their text, anything else None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Snippet):
        return value.text
    return None


def speaker_of(claim: Claim) -> str | None:
    """Who makes the claim: the attribution's speaker, else a denial's denier, else None."""
    if claim.attribution is not None and claim.attribution.source is not None:
        return claim.attribution.source.label
    return _text(claim.data.get("denier")) if claim.kind == "denial" else None


def claim_row(doc: Document, claim: Claim, doc_id: str | int | None = None) -> dict[str, Any]:
    """One claim of ``doc`` as a flat dict with the keys of :data:`COLUMNS`.

    Values are JSON/CSV-ready: str, int or None; ``date`` is an ISO date ("2025-10-12") and
    ``evidence`` the text at the claim's span.
    """
    data = claim.data
    count = _count(data.get("count"))
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["doc_id"] = doc.id if doc_id is None else doc_id
    row["claim_id"] = claim.id
    row["kind"] = claim.kind
    for key in _DATA_COLUMNS:
        row[key] = _text(data.get(key))
    if count is not None:
        row["count_best"], row["count_low"], row["count_high"] = count.best, count.low, count.high
        row["qualifier"] = count.qualifier
    row["speaker"] = speaker_of(claim)
    row["status"] = claim.status
    if claim.time is not None and claim.time.date is not None:
        row["date"] = claim.time.date.isoformat()
    row["location"] = claim.location.text if claim.location is not None else None
    row["evidence"] = doc.text[claim.span.start:claim.span.end]
    return row


def claim_rows(doc: Document, doc_id: str | int | None = None) -> Iterator[dict[str, Any]]:
    """Every claim of ``doc``, in order, as :func:`claim_row` dicts.

    :param doc_id: the value of the ``doc_id`` column; ``doc.id`` when None.
    """
    for claim in doc.claims:
        yield claim_row(doc, claim, doc_id)
