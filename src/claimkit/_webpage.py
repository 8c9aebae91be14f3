"""Saved article pages: the article's text and its source (outlet, title, date, URL) via trafilatura."""

from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

from ._api import DateLike, extract
from ._document import Document
from ._errors import MissingExtraError
from ._model import Source
from ._pipeline import Pipeline


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError("reading HTML", "html", "trafilatura") from exc
    return trafilatura


def needs_trafilatura() -> None:
    """Check that trafilatura can be imported.

    :raises claimkit.MissingExtraError: it cannot (the message names ``claimkit[html]``).
    """
    _trafilatura()


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _metadata(result: Any) -> dict[str, Any]:
    """trafilatura's result as a dict, whichever version made it (2.x: an object, 1.x: a dict)."""
    if result is None:
        return {}
    if isinstance(result, dict):
        return result
    as_dict = getattr(result, "as_dict", None)
    return dict(as_dict()) if callable(as_dict) else dict(vars(result))


def read_html(html: str | bytes, *, url: str | None = None) -> tuple[str, Source]:
    """The article in a saved web page, as text, and its :class:`~claimkit.Source`.

    The main text is found by trafilatura (navigation, footers, comments and ads dropped);
    the headline leads it (added when the body does not start with it) since headlines carry
    claims too. The source keeps the outlet (``name``: the site's name, else its host name),
    ``title``, ``published`` (the page's date) and ``url`` (``url`` when given, else the
    page's canonical URL). A page with no readable article gives ``""`` and what metadata
    there is. ``html`` may be bytes as saved; trafilatura then finds the encoding.

    :raises claimkit.MissingExtraError: trafilatura is not installed (``claimkit[html]``).
    """
    trafilatura = _trafilatura()
    options: dict[str, Any] = {"url": url, "include_comments": False}
    if "with_metadata" in inspect.signature(trafilatura.bare_extraction).parameters:
        options["with_metadata"] = True
    meta = _metadata(trafilatura.bare_extraction(html, **options))
    body = meta.get("text") or ""
    title = meta.get("title") or None
    text = body
    if title and not body.lstrip().startswith(title):
        text = f"{title}\n{body}" if body else title
    source = Source(
        name=meta.get("sitename") or meta.get("hostname") or None,
        url=url or meta.get("url") or None,
        published=_date(meta.get("date")),
        title=title,
    )
    return text, source


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    id: str | None = None,
    published: DateLike | None = None,
    pipeline: Pipeline | None = None,
    strict: bool = False,
) -> Document:
    """Read a saved article page and extract its claims: :func:`read_html`, then
    :func:`claimkit.extract` with the page's source.

    :param published: overrides the page's own date (when it has none, or a wrong one).
    """
    text, source = read_html(html, url=url)
    if published is not None:
        source = Source(source.name, source.url, None, source.title)
    return extract(text, source=source, published=published, id=id, pipeline=pipeline, strict=strict)
