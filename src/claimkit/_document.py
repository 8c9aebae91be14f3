"""The Document: a text, what was found in it, and its JSON form (the output contract)."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import ContractError
from ._model import Attribution, Claim, Snippet, Source, Span, Speaker, StageError, TimeExpression

if TYPE_CHECKING:
    from ._tally import Tally


def _check_bounds(doc: Document) -> None:
    _check(doc.text, doc.attributions, doc.claims)


def _check(text: str, attributions: Iterable[Attribution], claims: Iterable[Claim],
           first: int = 0, ids: Iterable[str] = ()) -> None:
    """Check that every span of ``attributions`` and ``claims`` lies in ``text`` and every
    snippet is the text at its span, and that claim ids are unique (also against ``ids``,
    the ids already there); ``first`` numbers the attributions in messages."""
    n = len(text)

    def check(where: str, span: Span) -> None:
        if span.end > n:
            raise ContractError(where, span.to_list(), f"a span inside the text (length {n})")

    def check_snippet(where: str, snip: Snippet | TimeExpression | Speaker) -> None:
        check(where, snip.span)
        if text[snip.span.start:snip.span.end] != snip.text:
            raise ContractError(where + ".text", snip.text,
                                repr(text[snip.span.start:snip.span.end]) + " (the text at its span)")

    def check_attribution(where: str, att: Attribution) -> None:
        if att.source:
            check_snippet(where + ".source", att.source)
        check_snippet(where + ".cue", att.cue)
        check_snippet(where + ".content", att.content)
        for part in att.parts:
            check(where + ".parts", part)

    for i, att in enumerate(attributions, start=first):
        if not _fits(text, n, att):
            check_attribution(f"attributions[{i}]", att)  # (raises, naming the part that does not fit)
    seen: set[str] = set(ids)
    for claim in claims:
        where = f"claim {claim.id or claim.kind}"
        if claim.id and claim.id in seen:
            raise ContractError("Claim.id", claim.id, "an id unique within the document")
        seen.add(claim.id)
        for span in (claim.span, *claim.mentions):
            check(where + ".span", span)
        if claim.attribution:
            check_attribution(where + ".attribution", claim.attribution)
        if claim.time:
            check_snippet(where + ".time", claim.time)
        if claim.location:
            check_snippet(where + ".location", claim.location)
        denied = claim.data.get("denied")
        if isinstance(denied, Snippet):
            check_snippet(where + ".data.denied", denied)


def _fits(text: str, n: int, att: Attribution) -> bool:
    """Whether every span of ``att`` lies in ``text`` (of length ``n``) and every snippet is the
    text at its span: the checks of :func:`_check`, with no message built for each (most pass)."""
    source, cue, content = att.source, att.cue, att.content
    return ((source is None or (source.span.end <= n
                                and text[source.span.start:source.span.end] == source.text))
            and cue.span.end <= n and text[cue.span.start:cue.span.end] == cue.text
            and content.span.end <= n and text[content.span.start:content.span.end] == content.text
            and (not att.parts or all(part.end <= n for part in att.parts)))


# Set while a document is derived from one already checked by a method that checked what
# it adds (so each stage's copy does not check every earlier claim again); per thread, as
# one pipeline may run in several threads.
_derived = threading.local()


def _attributions(items: Iterable[Attribution]) -> tuple[Attribution, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _errors(items: Iterable[StageError]) -> tuple[StageError, ...]:
    return tuple(items)


@attrs.frozen(eq=True, hash=False)
class Document:
    """A text and everything the pipeline found in it.

    Stages never change a document: they return a new one (:meth:`add_claims`,
    :func:`attrs.evolve`). Every span lies inside ``text``; the constructor checks it.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = None
    source: Source | None = None
    attributions: tuple[Attribution, ...] = attrs.field(default=(), converter=_attributions)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    errors: tuple[StageError, ...] = attrs.field(default=(), converter=_errors)

    def __attrs_post_init__(self) -> None:
        if not getattr(_derived, "on", False):
            _check_bounds(self)

    def _derive(self, **changes: Any) -> Document:
        """``attrs.evolve(self, **changes)``, without checking again what ``self`` holds (the
        caller has checked what it adds)."""
        _derived.on = True
        try:
            return attrs.evolve(self, **changes)
        finally:
            _derived.on = False

    # -- building -------------------------------------------------------------------
    def add_claims(self, claims: Iterable[Claim]) -> Document:
        """A copy with ``claims`` appended; a claim without an id gets ``"<kind>-<n>"``."""
        taken = {c.id for c in self.claims}
        per_kind = Counter(c.kind for c in self.claims)  # counted once: no rescans per claim
        added: list[Claim] = []
        for claim in claims:
            if not claim.id:
                n = 1 + per_kind[claim.kind]
                while f"{claim.kind}-{n}" in taken:
                    n += 1
                claim = attrs.evolve(claim, id=f"{claim.kind}-{n}")
            per_kind[claim.kind] += 1
            taken.add(claim.id)
            added.append(claim)
        _check(self.text, (), added, ids=(c.id for c in self.claims))
        return self._derive(claims=(*self.claims, *added))

    def replace_claims(self, claims: Iterable[Claim]) -> Document:
        """A copy whose claims with the same ids as ``claims`` are replaced by them."""
        new = {c.id: c for c in claims}
        _check(self.text, (), [new[c.id] for c in self.claims if c.id in new])
        return self._derive(claims=tuple(new.get(c.id, c) for c in self.claims))

    def add_attributions(self, attributions: Iterable[Attribution]) -> Document:
        added = tuple(attributions)
        _check(self.text, added, (), first=len(self.attributions))
        return self._derive(attributions=(*self.attributions, *added))

    # -- reading --------------------------------------------------------------------
    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; a ``KeyError`` names the ids there are."""
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(f"no claim {claim_id!r}; ids: {', '.join(c.id for c in self.claims) or 'none'}")

    def claims_of(self, kind: str) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.kind == kind)

    def snippet(self, span: Span) -> Snippet:
        """The :class:`Snippet` of ``span`` in this document's text."""
        return Snippet(self.text[span.start:span.end], span)

    def tally(self) -> dict[str, Tally]:
        """Casualty totals per outcome (killed, wounded ...) as low / best / high.

        The rules (repeats count once, an including figure is not added to what it includes,
        different claimants' figures are reconciled, not added) are in the docs' concepts page.
        """
        from ._tally import tally

        return tally(self)

    def _repr_html_(self) -> str:
        """Notebook display: the text with evidence highlighted by kind, then the claims."""
        from ._html import document_html

        return document_html(self)

    # -- the output contract ----------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The output contract (see the docs): JSON-ready, stable key order."""
        return {
            "id": self.id,
            "text": self.text,
            "source": self.source.to_dict() if self.source else None,
            "attributions": [a.to_dict() for a in self.attributions],
            "claims": [c.to_dict() for c in self.claims],
            "tally": {outcome: t.to_dict() for outcome, t in self.tally().items()},
            "errors": [e.to_dict() for e in self.errors],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Read back what :meth:`to_dict` wrote (``tally`` is derived, so it is not read)."""
        if not isinstance(d, Mapping) or "text" not in d:
            raise ContractError("Document", type(d).__name__, "a mapping with at least a 'text' key")
        src = d.get("source")
        return cls(
            text=d["text"], id=d.get("id"),
            source=Source.from_dict(src) if src else None,
            attributions=tuple(Attribution.from_dict(a) for a in d.get("attributions") or ()),
            claims=tuple(Claim.from_dict(c) for c in d.get("claims") or ()),
            errors=tuple(StageError(e["stage"], e["error"]) for e in d.get("errors") or ()),
        )
