"""Who denies: the denial's own attribution and the denier's name.

A denial carries the attribution an earlier stage found for its cue, or the one whose quoted
statement holds it ('"This is a lie," the spokesman said'), else a new one whose speaker is
the subject before the cue or the speaker of the statement it stands in ("X told reporters
... and dismissed ..."). The denier's name is that subject's unless it is a pronoun, else the
attribution's source's, else that statement's speaker's.
"""

from __future__ import annotations

import bisect
from typing import Final

from claimkit._document import Document
from claimkit._model import Attribution, Span, Speaker

from ._attach import containing_attribution
from ._denial_find import Found
from ._lookup import BoundedLookup
from ._phrases_party import clean_party, is_pronoun

# Longest cue another stage may have recorded.
_MAX_CUE: Final = 200


def _speaker(doc: Document, span: Span | None) -> Speaker | None:
    if span is None:
        return None
    words = doc.text[span.start:span.end]
    name = clean_party(words)
    proper = bool(name) and name[:1].isupper() and not is_pronoun(name)
    return Speaker(words, span, name if proper else None, None, None)


class Attributions:
    """The document's attributions, found by cue position (bisect), and a bounded number of
    lookups of the statement a denial stands in (see :mod:`._lookup`)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.atts = sorted(doc.attributions, key=lambda a: a.cue.span.start)
        self.starts = [a.cue.span.start for a in self.atts]
        self.lookup = BoundedLookup(doc)

    def same_cue(self, cue: Span) -> Attribution | None:
        """An attribution an earlier stage found for this very cue (the cues overlap)."""
        lo = bisect.bisect_left(self.starts, cue.start - _MAX_CUE)
        for att in self.atts[lo:bisect.bisect_right(self.starts, cue.end)]:
            if att.cue.span.overlaps(cue) or cue.overlaps(att.cue.span):
                return att
        return None

    def holding(self, cue: Span) -> Attribution | None:
        """An attribution with a source whose content holds the cue, or None."""
        att = containing_attribution(self.doc, cue)
        return att if att is not None and att.source is not None else None

    def enclosing(self, f: Found) -> Attribution | None:
        """The statement the cue stands in ("X told reporters ... and dismissed ..."), unless
        it is the statement denied ("The rebels said they took the town. That is a lie.": the
        rebels do not deny their own words)."""
        outer = self.lookup(f.cue)
        held = outer is not None and outer.content.span.contains(f.cue)
        if outer is not None and not held and outer.content.span.overlaps(f.denied):
            return None  # (the statement goes on to the cue, not over it: "... said T. That is a lie.")
        return outer


def own_attribution(index: Attributions, f: Found) -> tuple[Attribution, bool]:
    """The attribution of the denial: one an earlier stage found (its cue overlaps ours),
    else a new one (returned with True, to be added to the document)."""
    doc = index.doc
    found = index.same_cue(f.cue)
    if found is None and f.quoted:
        # '"This is a lie," the spokesman said': the denial is the spokesman's statement,
        # and the quote no cue of a statement of its own
        found = index.holding(f.cue)
    if found is not None:
        return found, False
    speaker = _speaker(doc, f.denier)
    if speaker is None:  # "... told reporters that ... and dismissed the accusation": the speaker's
        outer = index.enclosing(f)
        speaker = outer.source if outer is not None else None
    return Attribution(speaker, doc.snippet(f.cue), doc.snippet(f.denied), "indirect"), True


def _label(src: Speaker | None) -> str | None:
    if src is None:
        return None
    label = src.name or src.organization or clean_party(src.text)
    return None if not label or is_pronoun(label) else label


def denier(index: Attributions, f: Found, att: Attribution) -> str | None:
    """Who denies: the subject read before the cue unless it is a pronoun, else the
    attribution's source, else the speaker of the statement the denial stands in."""
    if f.denier is not None:
        own = clean_party(index.doc.text[f.denier.start:f.denier.end])
        if own and not is_pronoun(own):
            return own
    label = _label(att.source)
    if label is None:
        outer = index.enclosing(f)
        label = _label(outer.source if outer else None)
    return label
