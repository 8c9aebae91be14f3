"""claimkit.to_frame: claims of many documents as one pandas DataFrame."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._document import Document
from ._errors import MissingExtraError
from ._rows import COLUMNS, claim_rows

# Explicit dtypes, so an empty frame and a full one agree (Dask's ``meta`` relies on it).
_INT_COLUMNS = frozenset({"count_best", "count_low", "count_high"})


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise MissingExtraError("claimkit.to_frame", "pandas", "pandas") from exc
    return pandas


def to_frame(docs: Document | Iterable[Document]) -> Any:
    """One row per claim of ``docs``, with flat columns, as a ``pandas.DataFrame``.

    :param docs: a Document or any iterable of them (a list, :func:`claimkit.extract_many`).
    :returns: a DataFrame with the columns ``doc_id, claim_id, kind, outcome, count_best,
        count_low, count_high, qualifier, group, side, action, object, place, actor, speaker,
        status, date, location, evidence``. Counts are nullable integers (``Int64``), ``date``
        is ``datetime64[s]`` (NaT when unknown), the rest are strings (``<NA>`` when a kind
        lacks the key). ``doc_id`` is the document's id, or its position in ``docs`` when it
        has none.
    :raises claimkit.MissingExtraError: pandas is not installed (``pip install 'claimkit[pandas]'``).
    """
    pd = _pandas()
    import numpy  # a dependency of pandas
    if isinstance(docs, Document):
        docs = [docs]
    rows = [row for i, doc in enumerate(docs)
            for row in claim_rows(doc, doc.id if doc.id is not None else str(i))]
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    dtypes = {c: "Int64" if c in _INT_COLUMNS else "string" for c in COLUMNS if c != "date"}
    frame = frame.astype(dtypes)
    # Seconds, not pandas' default nanoseconds, so any year 1-9999 fits.
    dates = numpy.array([row["date"] for row in rows], dtype="datetime64[s]")
    frame["date"] = pd.Series(dates, index=frame.index)
    return frame
