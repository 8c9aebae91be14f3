"""The denial stage: a party saying that something is false.

One trigger pattern finds the cues (see :mod:`._denial_lexicon` for what is and is not a
denial). Each denial claim has ``data = {"denier", "denied", "target"}``: the denier's name
(from the attribution when one exists, else the subject before the cue), the denied
proposition as a :class:`~claimkit.Snippet`, and the id of the earlier claim it denies, whose
status becomes ``denied`` (or ``disputed``). ``claim.span`` covers the cue and the
proposition. A denial also carries its own attribution (denier, cue, proposition); when no
earlier stage recorded that statement, the stage adds it to ``doc.attributions``.

The cues and the tests of a cue that is no denial are in :mod:`._denial_cues`; the denial found
at a cue, with its proposition, in :mod:`._denial_find`; its attribution and denier in
:mod:`._denial_denier`; the claim it denies in :mod:`._denial_target`.
"""

from __future__ import annotations

from typing import Any, Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Claim, Span
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl

from ._denial_cues import TRIGGER
from ._denial_denier import Attributions, denier, own_attribution
from ._denial_find import Found, find
from ._denial_target import link_targets
from ._denial_zero import zero_denials
from ._ids import with_ids
from ._phrases import in_title, sentence_span
from ._source import boilerplate_spans


def _outside_boilerplate(text: str, f: Found) -> Found:
    """``f`` with its denied proposition and evidence starting after any dateline or byline
    they ran back into ("ZELMA, Aug 23 (Agency) - Rebels said ..., a claim the army
    dismissed": the proposition starts at "Rebels")."""
    start = f.denied.start
    for b in boilerplate_spans(text):
        if b.start <= start < b.end and b.end <= f.denied.end:
            start = b.end
    while start < f.denied.end and text[start] in " \t-–—:":
        start += 1
    if start == f.denied.start:
        return f
    return attrs.evolve(f, denied=Span(start, f.denied.end),
                        span=Span(max(f.span.start, min(start, f.cue.start)), f.span.end))


# What a second wording of one denial calls false: what the first denied, named again ("denied
# that any post had fallen, calling the claim baseless").
_BACK_REFERENCE: Final = regex.compile(
    r"(?i)(?:it|this|that|them|these|those|(?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?"
    r"(?:claims?|reports?|statements?|accounts?|accusations?|allegations?|figures?|tolls?|version))\Z")


def _same_act(text: str, m: regex.Match[str], before: Found) -> bool:
    """Whether a denial calling something false (``m``) only names again, in the same sentence,
    what the denial ``before`` denied: one act, told twice."""
    obj = m.group("cobj") or m.group("sobj")
    if obj is None or not _BACK_REFERENCE.match(obj.strip()):
        return False
    return sentence_span(text, m.start()) == sentence_span(text, before.cue.start)


def _titles_into_bodies(text: str, claims: list[Claim]) -> list[Claim]:
    """A denial in a title and the next denial, told in the paragraph right under it, are one
    denial ("16:20 — Police commander: ‘No post has fallen’" over "The commander dismissed
    reports that the Fino post had been overrun"): the body's, with both mentions."""
    out: list[Claim] = []
    for c in claims:
        if out and in_title(text, out[-1].span) and _in_next_paragraph(text, out[-1].span, c.span):
            title = out.pop()
            c = attrs.evolve(c, mentions=tuple(sorted({*title.mentions, *c.mentions},
                                                      key=lambda s: (s.start, s.end))))
        out.append(c)
    return out


def _in_next_paragraph(text: str, title: Span, span: Span) -> bool:
    line_end = text.find("\n", title.end)
    if line_end == -1 or span.start <= line_end:
        return False
    next_end = text.find("\n", line_end + 1)
    return span.start < (next_end if next_end != -1 else len(text))


def extract_denials(doc: Document) -> Document:
    """Add a denial claim for every denial in ``doc`` and mark the claims they deny."""
    text = doc.text
    found: list[Found] = []
    for m in TRIGGER.finditer(text):
        f = find(text, m)
        if f is not None and not any(f.cue.overlaps(g.cue) for g in found[-3:]) \
                and not (found and _same_act(text, m, found[-1])) \
                and not (f.held and found and found[-1].held and f.denied.end <= found[-1].denied.end):
            # (ground held, told twice in one clause: "No soldier has been taken and no position
            # has fallen" is one denial)
            found.append(_outside_boilerplate(text, f))
    # ("No soldier is missing", said after another party's figure of missing soldiers)
    found.extend(z for z in zero_denials(doc) if not any(z.span.overlaps(f.span) for f in found))
    found.sort(key=lambda f: f.span.start)
    if not found:
        return doc
    claims: list[Claim] = []
    atts: list[tuple[Attribution, bool]] = []
    index = Attributions(doc)
    # ground said to be held is a denial only in a party's words, not the outlet's own
    found = [f for f in found if not f.held or index.holding(f.cue) is not None]
    if not found:
        return doc
    for f in found:
        att, new = own_attribution(index, f)
        atts.append((att, new))
        data: dict[str, Any] = {"denier": denier(index, f, att), "denied": doc.snippet(f.denied),
                                "target": None}
        claims.append(Claim(kind="denial", span=f.span, data=data, mentions=(f.span,), attribution=att,
                            extractor="denial"))
    linked, status = link_targets(doc, claims, [f.dispute for f in found])
    # A dispute ("disputed the figures") is kept only when it disputes a claim we hold.
    keep = [i for i, (c, f) in enumerate(zip(linked, found, strict=True))
            if c.data["target"] or not f.dispute]
    doc = doc.add_attributions(atts[i][0] for i in keep if atts[i][1])
    doc = doc.add_claims(with_ids(doc, _titles_into_bodies(text, [linked[i] for i in keep])))
    return doc.replace_claims(attrs.evolve(c, status=status[c.id]) for c in doc.claims if c.id in status)


denial_stage = stage("denial", provides="claims:denial",
                     after=("attribution", "casualty", "territorial", "materiel"))(extract_denials)


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(denial_stage)


__all__ = ["denial_stage", "extract_denials"]
