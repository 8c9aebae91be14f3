"""claimkit.extract: one text in, one Document out."""

from __future__ import annotations

import datetime as dt

import attrs

from ._document import Document
from ._model import Source
from ._pipeline import Pipeline
from ._plugins import default_pipeline

DateLike = dt.date | dt.datetime | str


def parse_published(value: DateLike | None) -> dt.date | None:
    """A publication date from a date, a datetime or an ISO 8601 string ("2025-10-12",
    "2025-10-12T08:30:00Z"). Anything else is a ValueError (or TypeError) naming the value."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise TypeError(f"published={value!r} must be a date, a datetime or an ISO string, "
                        f"not {type(value).__name__}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published={value!r} is not a date: expected ISO 8601 such as "
                         "'2025-10-12' or '2025-10-12T08:30:00Z'") from None


def make_document(
    text: str,
    *,
    published: DateLike | None = None,
    source: str | Source | None = None,
    id: str | None = None,
) -> Document:
    """The empty Document the pipeline starts from, with its inputs checked."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__} ({text!r:.60})")
    date = parse_published(published)
    if isinstance(source, Source):
        src: Source | None = source if source.published or date is None else attrs.evolve(
            source, published=date)
    elif source is None or isinstance(source, str):
        src = Source(source, None, date) if (source or date) else None
    else:
        raise TypeError(f"source={source!r} must be a str (the outlet's name) or a claimkit.Source")
    return Document(text=text, id=id, source=src)


def extract(
    text: str,
    *,
    published: DateLike | None = None,
    source: str | Source | None = None,
    id: str | None = None,
    pipeline: Pipeline | None = None,
    strict: bool = False,
) -> Document:
    """Read one article and return its claims, attributions and tallies.

    :param text: the article's text (headline, body, footer: all of it is welcome).
    :param published: publication date, used to resolve "on Sunday" or "last week"; a
        ``date``, a ``datetime`` or an ISO string.
    :param source: the outlet's name (or a :class:`Source`); overrides what the text reveals.
    :param id: your identifier for the document, carried into the output.
    :param pipeline: the stages to run; :func:`default_pipeline` when omitted.
    :param strict: re-raise a stage's error instead of recording it in ``doc.errors``.
    :raises TypeError: ``text`` is not a str.
    :raises ValueError: ``published`` is not a readable date.
    """
    doc = make_document(text, published=published, source=source, id=id)
    return (default_pipeline() if pipeline is None else pipeline)(doc, strict=strict)
