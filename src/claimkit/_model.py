"""Frozen value types: the pieces of a :class:`~claimkit.Document`.

Every offset indexes the document's original text, unchanged: ``text[span.start:span.end]``
is the evidence. Collections are tuples; change a value with :func:`attrs.evolve`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._errors import ContractError

KINDS = ("casualty", "territorial", "denial", "contradiction")
"""The built-in claim kinds; a plugin may add its own (a lowercase identifier)."""
STATUSES = ("asserted", "unverified", "hedged", "denied", "confirmed", "disputed")
MODES = ("direct", "indirect", "mixed", "according_to")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "about", "vague")
OUTCOMES = ("killed", "wounded", "captured", "missing", "kidnapped", "arrested")
ACTIONS = ("captured", "recaptured", "lost", "withdrew", "besieged", "controls")


def _one_of(options: tuple[str, ...]) -> Any:
    def check(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in options:
            raise ContractError(f"{type(instance).__name__}.{attribute.name}", value,
                                "one of " + ", ".join(options))
    return check


def _is_kind(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not (isinstance(value, str) and value.isidentifier() and value == value.lower()):
        raise ContractError("Claim.kind", value,
                            "a lowercase identifier: " + ", ".join(KINDS) + " or a plugin's kind")


@attrs.frozen(order=True)
class Span:
    """Half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)) or not 0 <= self.start <= self.end:
            raise ContractError("Span", (self.start, self.end), "integers with 0 <= start <= end")

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: Any) -> Span:
        start, end = value
        return cls(int(start), int(end))

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies within this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@attrs.frozen
class Snippet:
    """A span together with the text it covers (cues, contents, places, denied propositions)."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Snippet:
        return cls(d["text"], Span.from_list(d["span"]))


@attrs.frozen
class Source:
    """Where a document comes from: the outlet's name, its URL, its publication date and the
    article's title (the headline, when read from a web page)."""

    name: str | None = None
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "url": self.url,
               "published": self.published.isoformat() if self.published else None}
        if self.title is not None:  # only pages read as HTML have one; keep other output as it was
            out["title"] = self.title
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        published = d.get("published")
        return cls(d.get("name"), d.get("url"), dt.date.fromisoformat(published) if published else None,
                   d.get("title"))


@attrs.frozen
class Speaker:
    """Who makes a statement: the words in the text, and the person or body they resolve to.

    ``name`` is a person's or body's name ("Zabihullah Mujahid"), ``role`` a title ("spokesman"),
    ``organization`` the body spoken for ("Taliban"); each may be None when the text omits it.
    """

    text: str
    span: Span
    name: str | None = None
    role: str | None = None
    organization: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list(), "name": self.name,
                "role": self.role, "organization": self.organization}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Speaker:
        return cls(d["text"], Span.from_list(d["span"]), d.get("name"), d.get("role"), d.get("organization"))

    @property
    def label(self) -> str:
        """The most specific way to name the speaker: name, else organization, else the text."""
        return self.name or self.organization or self.text


def _span_tuple(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


@attrs.frozen
class Attribution:
    """A reported statement: who (``source``), the cue ("said"), and what (``content``).

    ``mode`` is direct ("...," he said), indirect (X said that ...), mixed (partly quoted) or
    according_to ("according to X"). ``source`` is None when the text names no one.
    """

    source: Speaker | None
    cue: Snippet
    content: Snippet
    mode: str = attrs.field(default="indirect", validator=_one_of(MODES))
    # Every piece of a content its cue interrupts ('"We held," he said, "and we hold."'), in
    # order, the first being ``content``; empty when the content is one piece. JSON: the
    # content's "spans".
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()
        if self.parts:
            content["spans"] = [p.to_list() for p in self.parts]
        return {"source": self.source.to_dict() if self.source else None, "cue": self.cue.to_dict(),
                "content": content, "mode": self.mode}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Attribution:
        src = d.get("source")
        parts = tuple(Span.from_list(p) for p in d["content"].get("spans") or ())
        return cls(Speaker.from_dict(src) if src else None, Snippet.from_dict(d["cue"]),
                   Snippet.from_dict(d["content"]), d.get("mode", "indirect"), parts)

    def spans(self) -> tuple[Span, ...]:
        return ((self.source.span,) if self.source else ()) + (self.cue.span, self.content.span, *self.parts)

    def content_spans(self) -> tuple[Span, ...]:
        """The content's pieces: ``parts`` when it has several, else its one span."""
        return self.parts or (self.content.span,)


@attrs.frozen
class Count:
    """A figure as reported: ``best`` estimate with ``low``/``high`` bounds and its qualifier.

    "at least 30" -> best 30, low 30, high None, qualifier at_least; "15-20" -> best 15, low 15,
    high 20. Vague amounts ("dozens") carry qualifier vague (see the docs for their best).
    """

    best: int | None
    low: int | None = None
    high: int | None = None
    qualifier: str = attrs.field(default="exact", validator=_one_of(QUALIFIERS))
    text: str = ""

    def __attrs_post_init__(self) -> None:
        values = [v for v in (self.low, self.best, self.high) if v is not None]
        if any(not isinstance(v, int) or v < 0 for v in values) or values != sorted(values):
            raise ContractError("Count", (self.low, self.best, self.high),
                                "non-negative integers with low <= best <= high")

    def to_dict(self) -> dict[str, Any]:
        return {"best": self.best, "low": self.low, "high": self.high,
                "qualifier": self.qualifier, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Count:
        return cls(d.get("best"), d.get("low"), d.get("high"), d.get("qualifier", "exact"), d.get("text", ""))


@attrs.frozen
class TimeExpression:
    """The time phrase that governs a claim, with its date resolved against publication."""

    text: str
    span: Span
    date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list(),
                "date": self.date.isoformat() if self.date else None}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimeExpression:
        date = d.get("date")
        return cls(d["text"], Span.from_list(d["span"]), dt.date.fromisoformat(date) if date else None)


# Keys in Claim.data whose values are value types rather than plain JSON.
_DATA_TYPES: dict[str, Any] = {"count": Count, "denied": Snippet}


def data_to_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    """Claim data as plain JSON values: value types become dicts, tuples lists."""
    return {key: _jsonable(value) for key, value in data.items()}


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Span):
        return value.to_list()
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def data_from_dict(data: Mapping[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`data_to_dict` for the documented keys."""
    out = dict(data)
    for key, kind in _DATA_TYPES.items():
        if isinstance(out.get(key), Mapping):
            out[key] = kind.from_dict(out[key])
    if isinstance(out.get("claims"), list):
        out["claims"] = tuple(out["claims"])
    return out


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


@attrs.frozen(eq=True, hash=False)
class Claim:
    """One fact as the document tells it.

    ``span`` is the main evidence and ``mentions`` every place the same fact is told (the
    headline, the lead, the body; ``(span,)`` when not given). ``data`` is kind-specific (see
    the output contract); treat it as read-only and build a new claim with
    :func:`attrs.evolve` to change it. ``id`` is given by :meth:`Document.add_claims` when
    left empty.
    """

    kind: str = attrs.field(validator=_is_kind)
    span: Span
    data: Mapping[str, Any] = attrs.field(factory=dict, converter=dict)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    attribution: Attribution | None = None
    status: str = attrs.field(default="asserted", validator=_one_of(STATUSES))
    time: TimeExpression | None = None
    location: Snippet | None = None
    extractor: str = ""
    id: str = ""

    def __attrs_post_init__(self) -> None:
        # The evidence is always one of the places the fact is told; normalising here keeps
        # Claim.from_dict(claim.to_dict()) == claim and lets extractors extend mentions.
        if not self.mentions:
            object.__setattr__(self, "mentions", (self.span,))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "span": self.span.to_list(),
            "mentions": [m.to_list() for m in self.mentions],
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "status": self.status,
            "time": self.time.to_dict() if self.time else None,
            "location": self.location.to_dict() if self.location else None,
            "extractor": self.extractor,
            "data": data_to_dict(self.data),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Claim:
        att, time, loc = d.get("attribution"), d.get("time"), d.get("location")
        return cls(
            kind=d["kind"], span=Span.from_list(d["span"]), data=data_from_dict(d.get("data") or {}),
            mentions=tuple(Span.from_list(m) for m in d.get("mentions") or ()),
            attribution=Attribution.from_dict(att) if att else None,
            status=d.get("status", "asserted"),
            time=TimeExpression.from_dict(time) if time else None,
            location=Snippet.from_dict(loc) if loc else None,
            extractor=d.get("extractor", ""), id=d.get("id", ""),
        )

    def spans(self) -> tuple[Span, ...]:
        """Every span this claim points at, for bounds checks and highlighting."""
        out = [self.span, *self.mentions]
        if self.attribution:
            out.extend(self.attribution.spans())
        if self.time:
            out.append(self.time.span)
        if self.location:
            out.append(self.location.span)
        denied = self.data.get("denied")
        if isinstance(denied, Snippet):
            out.append(denied.span)
        return tuple(out)


@attrs.frozen
class StageError:
    """A stage that raised during a run: its name and the error, as text."""

    stage: str
    error: str

    def to_dict(self) -> dict[str, str]:
        return {"stage": self.stage, "error": self.error}
