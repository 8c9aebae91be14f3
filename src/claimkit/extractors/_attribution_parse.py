"""From a cue to a whole attribution: where its source and its content are, and its mode.

The shapes read here (S = source, C = cue, Q = quote, T = content):

* postposed  ``"Q," S C.`` / ``T, C S.`` / ``"Q," S C. "Q2."`` (a quote broken by its cue runs on)
* parenthetical ``T1, S C, T2.``
* preposed   ``S C (that) T.`` / ``S C: "Q"`` / ``S C hearer (that) T`` for tell-type cues,
  read by :mod:`._attribution_preposed`
* participle ``S did something, adding (that) T.`` (the source is the clause's subject)

The shapes without a reporting verb's frame (``According to S, T``, the passive and raising
``T1 is expected / seems C to T2``, the transcript label ``NAME: T``) are read in
:mod:`._attribution_forms`.

Each function receives the text, offsets and a :class:`Context` and returns a :class:`Found`
(offsets only) or None.

This module holds :func:`verb_cue`, which tells the shapes apart, with the words before a cue
that decide it; the postposed shape and what may follow a cue are in
:mod:`._attribution_parse_postposed`, the subjects the plain scan before a cue misses (or
takes wrongly) in :mod:`._attribution_parse_subject`.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from ._attribution_after import clause_subject, hearer_end, source_after
from ._attribution_before import source_before
from ._attribution_context import (
    COMMA,
    Context,
    Found,
    Range,
    lstrip_at,
    name_quote_before,
    rstrip_at,
)
from ._attribution_lexicon import words
from ._attribution_parse_postposed import (
    CLOSING,
    bare_report,
    complement_follows,
    content_close,
    ends_clause,
    followed_by_content,
    postposed,
    quote_after_punct,
    skip_adverbials,
    statement_follows,
)
from ._attribution_parse_subject import (
    OBJECT_PRONOUNS,
    TIME_THEN_COMMA,
    appositive_subject,
    clause_not_subject,
    clause_with_verb,
    relative_subject,
    set_off_subject,
    source_before_name,
)
from ._attribution_preposed import preposed


def _fronted_cue(ctx: Context, ce: int, se: int) -> tuple[Range, Range] | None:
    """``Said Jane Roe: "Q"`` (a cue opening its sentence): the source after the cue and the
    quotation after the colon or comma, or None."""
    text = ctx.text
    src = source_after(text, ce, se)
    if src is None:
        return None
    j = lstrip_at(text, src[1], se)
    if j >= se or text[j] not in ":,":
        return None
    q = ctx.quote_starting(lstrip_at(text, j + 1, min(len(text), se + 3)))
    return (src, (q.inner_start, q.inner_end)) if q is not None else None


_SUBORDINATORS = words("""
as if when while because although though after before since whether until unless once where
""")
_RELATIVES = words("who which that whom")


def _word_before(text: str, pos: int, lo: int) -> str:
    m = _LAST_WORD.search(text, max(lo, pos - 30), pos)
    return m.group(1).lower() if m else ""


_LAST_WORD = regex.compile(r"(?r)([\p{L}']+)[\s,]*$")


_COMMA_QUOTE_BEFORE = regex.compile(r"(?r),(?:[”\"’]|'')\s+$")  # 'a "bad earpiece," claiming'
# Words before an -ing cue that hang it on the clause's subject ("..., while arguing that").
PARTICIPLE_LINKS = words("while before after by when without since")


def verb_cue(ctx: Context, ss: int, se: int, cs: int, ce: int, frame: str, participle_form: bool,
             earlier: Found | None, cue_at: Callable[[int, int], int | None]) -> Found | None:
    """Read the attribution a reporting verb (its group ``cs:ce``) introduces.

    ``cue_at(lo, hi)`` gives the start of the first other cue in ``text[lo:hi]`` that carries
    on the same subject ("..., and said"), where a content stops.
    """
    text = ctx.text
    prev = text[max(ss, cs - 2):cs]
    prev_word = _word_before(text, cs, ss)
    src: Range | None
    near = max(ss, cs - 6)
    after_comma = prev in (", ", ",\u00a0") or (
        text.find(",", near, cs) != -1 and bool(_COMMA_QUOTE_BEFORE.search(text, near, cs)))
    if participle_form and (after_comma or prev_word in PARTICIPLE_LINKS):
        src = earlier.source if earlier is not None and earlier.source is not None else clause_subject(
            text, ss, cs)
        if src is None and prev.startswith(","):
            # "Mr. Roe, recalling the war, said": the words before the comma are the subject
            np = source_before(text, ss, cs - 2)
            if np is not None and np[0] == lstrip_at(text, ss, cs):
                src = np
        found = preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
        if found is not None and prev_word in _SUBORDINATORS:
            found = _clip_subordinate(ctx, found)
        return found
    if (after_comma and earlier is not None and earlier.source is not None and earlier.cue[1] <= cs
            and earlier.source[0] == lstrip_at(text, ss, cs)):
        comma = rstrip_at(text, ss, cs) - 1
        if earlier.content[-1][1] in (comma, comma - 1) and earlier.content[-1][0] > earlier.cue[1]:
            # "Roe slams the plan, praises the army": a second verb of the same subject
            return preposed(ctx, ss, se, cs, ce, frame, earlier.source, cue_at)
    if prev_word == "then" or (prev_word in ("and", "but")
                               and not text[max(ss, cs - 8):cs].rstrip().endswith(",")):
        subj = clause_subject(text, ss, cs)
        src = earlier.source if earlier is not None and earlier.cue[1] <= cs else subj
        return preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
    named = name_quote_before(text, ss, cs)
    src = source_before(text, ss, cs) if named is None else source_before_name(text, ss, cs, named)
    if src is not None and after_comma and (
            text[src[0]:src[1]].lower() in OBJECT_PRONOUNS
            or (TIME_THEN_COMMA.fullmatch(text, src[1], cs) and source_after(text, ce, se) is not None)
            or clause_with_verb(text, *src)):
        # "... had occupied it on Saturday, said Roe": an object, the subject follows; and
        # "six died when shells landed in the market on Monday, said Roe": a time ends the
        # clause before the comma (an aside on a subject opens with a comma of its own); and
        # "drawn from the Guard (DRG), was returning home, said Roe": a clause's verb
        src = None
    if src is None and lstrip_at(text, ss, cs) == cs:
        fronted = _fronted_cue(ctx, ce, se)
        if fronted is not None:
            return Found(fronted[0], (cs, ce), (fronted[1],), "direct")
    after = ce
    inverted = False
    if frame == "object":
        after = hearer_end(text, ce, se)
    left = src[0] if src else cs
    close = content_close(ctx, ss, left, src is not None and bare_report(ctx, ss, se, left, after))
    if close is not None and frame in ("clause", "object"):
        if src is None:
            src = source_after(text, after, se)
            if src is None and after > ce and ends_clause(ctx, after, se):
                src = source_after(text, ce, se)  # '"Q," warned Roe.': no hearer, an inverted subject
            unquoted = close[1] <= close[0] and text[close[0]] not in CLOSING
            if src is not None and unquoted and clause_not_subject(text, src):
                src = None  # "..., said his men were not there": a clause, no inverted subject
            if src is not None and unquoted and appositive_subject(text, ss, close[0]):
                src = None  # "JNIM, al-Qaida's affiliate in the Sahel, claimed the attack"
            if src is None:
                # "Peter Cook, the secretary, told ...": the words before the comma are the
                # subject with its appositive, not a content
                subj = clause_subject(text, ss, ce) or set_off_subject(text, ss, cs) \
                    or relative_subject(text, ss, cs)
                if subj is not None and subj[0] < cs < subj[1] \
                        and "," in text[subj[0]:rstrip_at(text, ss, cs) - 1]:
                    # "The National Guard, Rosgvardia, separately confirmed": a subject with its
                    # appositive ends where the verb group (its adverb) starts (not "Starr's
                    # remarks, first reported by ...": a participle set off)
                    end = rstrip_at(text, subj[0], cs)
                    subj = (subj[0], end - 1 if text[end - 1] == "," else end)
                if subj is None or subj[1] > cs or not followed_by_content(text, ce, se):
                    return None
                return preposed(ctx, ss, se, cs, ce, frame, subj, cue_at)
            after = src[1]
            inverted = True
        after = skip_adverbials(text, after, se)
        quoted = close[1] > close[0] or text[close[0]] in CLOSING
        if (quoted and text[close[0]] in "?!…" and quote_after_punct(ctx, after, se)) or (
                not quoted and not inverted and statement_follows(ctx, after, se)):
            # '“... ?” He answered, “No.”': the first quote ended a sentence; the cue
            # introduces the second
            return preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
        k = rstrip_at(text, ce, after)
        comma_after = k > ce and text[k - 1] == ","  # "said on Thursday, raising ...": an adverbial's comma
        if (ends_clause(ctx, after, se) or comma_after
                or (quoted and (inverted or not complement_follows(text, after, se)))):
            return postposed(ctx, ss, se, src, cs, ce, close, after)
        if inverted:
            return None
    if src is None and text[max(ss, cs - 1):cs] not in ("", " ") and prev_word in _RELATIVES:
        return None
    found = preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
    relative = src is not None and text[src[0]:src[1]].lower() in _RELATIVES
    # "Asked whether T, Roe said ...", "Noting T, Roe added ...": a participle clause opening the sentence
    opening_participle = (src is None and cs == lstrip_at(text, ss, cs)
                          and text[cs:ce].split()[0].endswith(("ed", "ing")))
    # ("two days after Fano militiamen claimed to have seized it, and that ...": the
    # subordinator stands before the subject)
    subordinate = prev_word in _SUBORDINATORS or (
        src is not None and _word_before(text, src[0], ss) in _SUBORDINATORS)
    if found is not None and (subordinate or relative or opening_participle):
        found = _clip_subordinate(ctx, found)
    return found


def _clip_subordinate(ctx: Context, found: Found) -> Found:
    """A content inside a subordinate or relative clause ends at the clause's comma."""
    s, e = found.content[-1]
    comma = COMMA.search(ctx.text, s, e)
    while comma is not None and ctx.quote_at(comma.start()) is not None:
        comma = COMMA.search(ctx.text, comma.end(), e)
    if comma is None or comma.start() <= s:
        return found
    return attrs.evolve(found, content=(*found.content[:-1], (s, comma.start())))
