"""Which attribution a claim belongs to.

Extractors call :func:`attribution_for` on a claim's evidence span so that every claim
carries the reported statement it comes from (or None: the outlet's own voice).

1. The innermost attribution whose content (any of its pieces) holds the span.
2. Otherwise the *governing* attribution, where the text goes on with the last speaker: the
   latest attribution with a source, before the span, in the same or the previous paragraph,
   when the span's sentence

   * opens as a continuation of that speaker ("He added ...", "She went on to say ...",
     "Adding that ..."),
   * or stands in a quotation with no cue of its own, in the paragraph right after the
     speaker's (a quote paragraph carrying on the speaker's words),
   * or opens the paragraph right after one that ends in the speaker's cue and a colon
     ("The spokesman said:").
3. Otherwise None.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from claimkit._document import Document
from claimkit._model import Attribution, Span
from claimkit.text import paragraph_spans, quotation_at, sentence_at

# A sentence that carries on the last speaker's words.
_CONTINUES = regex.compile(
    r"""[\s"“‘']*(?:(?:He|She|They|The\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:spokes(?:man|woman|person)|official|
    minister|commander|statement|group|ministry|army|military))\s+(?:also\s+|further\s+|later\s+|then\s+)?
    (?:added|went\s+on|continued|said|claimed|noted|stated|insisted|asserted|reiterated|stressed)\b
    |(?:Adding|Continuing|He\s+added|She\s+added)\b|(?:In\s+addition|Moreover|Furthermore|Also),)""",
    regex.X)


def _innermost(doc: Document, span: Span) -> Attribution | None:
    """The attribution with the smallest content piece holding ``span``; of two with the same
    content ("X said T, spokesman Y told reporters"), the one whose speaker has a name."""
    best: Attribution | None = None
    best_key = (0, 0)
    for att in doc.attributions:
        for part in att.content_spans():
            key = (part.end - part.start, 0 if att.source is not None and att.source.name else 1)
            if part.contains(span) and (best is None or key < best_key):
                best, best_key = att, key
    return best


def _paragraph_index(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def governing_attribution(doc: Document, span: Span) -> Attribution | None:
    """The attribution a span outside every content still belongs to (rule 2 above), or None."""
    text = doc.text
    if not text or not doc.attributions or span.start >= len(text):
        return None
    before = [a for a in doc.attributions if a.source is not None and a.cue.span.end <= span.start]
    if not before:
        return None
    gov = max(before, key=lambda a: a.cue.span.end)
    paragraphs = paragraph_spans(text)
    starts = [s for s, _ in paragraphs]
    here = _paragraph_index(starts, span.start)
    there = _paragraph_index(starts, gov.cue.span.start)
    if here - there > 1:
        return None
    ss, _ = sentence_at(text, span.start)
    if _CONTINUES.match(text, ss):
        return gov
    if here == there + 1:
        ps, pe = paragraphs[here]
        own_cue = any(ps <= a.cue.span.start < pe for a in doc.attributions)
        q = quotation_at(text, span.start)
        if q is not None and not own_cue:
            return gov
        prev_end = paragraphs[there][1]
        tail = text[gov.cue.span.end:prev_end].strip()
        if tail.endswith(":") and not own_cue and len(tail) < 80:
            return gov
    return None


def attribution_for(doc: Document, span: Span) -> Attribution | None:
    """The attribution a claim at ``span`` belongs to: the innermost whose content holds it,
    else the governing one where the text continues a speaker, else None."""
    return _innermost(doc, span) or governing_attribution(doc, span)
