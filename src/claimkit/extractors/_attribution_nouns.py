"""A claim told as a noun: "a claim by the group that T", "the army's claim that T", "the
group stood by its claim that T".

The noun is the cue and the that-clause the content; the source is the agent after "by", the
possessor before the noun, or, when the noun is its own subject's ("stood by its claim",
"repeated his claim"), the subject of the verb before it. A possessive pronoun after another
verb ("rejected their claim") names someone told earlier whom this reading cannot know, so it
gives no attribution; nor does a claim that is a subject or opens its sentence ("Rubio's claim
that T is false", "Despite X's claims that T, ..."), whose that-clause has no clear end.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from ._attribution_before import source_before
from ._attribution_context import Context, Found, lstrip_at, verb_group_start
from ._attribution_lexicon import words
from ._attribution_np import DETERMINERS, NP_PREPOSITIONS, Tok, np_start, tokens
from ._attribution_preposed import preposed

#: The noun forms of the cue "claim" (the verb forms are read as verbs).
NOMINAL = words("claim claims")

_CLAIM_BY = regex.compile(r"\s+(?:by|from)\s+(?P<who>[^,;:()“”\"]{2,80}?)\s+(?=that\s)"
                          # ("the claim of the army's spokesman that T": a speaker, not "of responsibility")
                          r"|\s+of\s+(?P<who>(?:the\s+|\p{Lu})[^,;:()“”\"]{1,80}?)\s+(?=that\s)")
# Where a claim told as a subject ends, when the sentence calls it false: "The army's claim
# that 19 militants were killed | is a lie"
_CALLED_FALSE = regex.compile(
    r"\s+(?:is|was|are|were)\s+(?:(?:simply|completely|totally|entirely|utterly|pure|an\s+outright)\s+)?"
    r"(?:false|untrue|a\s+lie|lies|baseless|unfounded|fabricated|a\s+fabrication|propaganda|not\s+true|"
    r"incorrect|nonsense)\b")
_DETERMINER_BEFORE = regex.compile(r"(?i)\b(?:a|an|the|its|their|his|her)\s+(?:\p{Ll}+\s+)?$")
_THAT_AFTER = regex.compile(r"\s+that\s")
_VERB_BEFORE = regex.compile(
    r"(?i)\b(?:rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes|disputed|disputes|"
    r"repeated|repeats|echoed|echoes|made|makes|investigating|investigated|rebuffed|contradicted)\s+$")
# "the army's (own) | claim": a possessive mark right before the noun.
_POSSESSIVE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}.])['’]s?\s+(?:own\s+)?$")
# "stood by its (own) | claim": a verb of keeping one's own claim, then the possessive pronoun.
_OWN_CLAIM_BEFORE = regex.compile(
    r"(?i)\b(?P<verb>repeated|repeats|reiterated|reiterates|renewed|renews|restated|restates|"
    r"maintained|maintains|stood\s+by|stands\s+by|standing\s+by|pressed|doubled[\s-]+down\s+on)\s+"
    r"(?:its|their|his|her)\s+(?:own\s+)?(?:earlier\s+|initial\s+|original\s+)?$")

_CLAUSE_OPENERS = words("that and but while as because since although whereas if when")
_OPENING_PREPOSITIONS = words("despite after amid given with about over of for on in by unlike like")


def nominal_claim(ctx: Context, ss: int, se: int, vs: int, ve: int,
                  cue_at: Callable[[int, int], int | None]) -> Found | None:
    """The reading of the noun ``text[vs:ve]`` ("claim", "claims") in the sentence
    ``[ss, se)``, or None when it is no claim told with its source and a that-clause."""
    text = ctx.text
    if (by := _CLAIM_BY.match(text, ve, se)) is not None:
        det = _DETERMINER_BEFORE.search(text, max(ss, vs - 24), vs)
        if det is not None and _opens_sentence(text, ss, det.start()) \
                and (false := _CALLED_FALSE.search(text, by.end(), se)):
            # "The claim of the army's spokesman that 19 mujahideen were killed is a lie": a
            # subject whose that-clause ends where the sentence calls it false
            found = preposed(ctx, ss, false.start(), vs, by.end("who"), "clause", by.span("who"), cue_at)
            return attrs.evolve(found, cue=(vs, ve)) if found is not None else None
        if (det is not None and det.start() > lstrip_at(text, ss, vs)) \
                or (text[vs:ve].lower() == "claims" and _VERB_BEFORE.search(text, max(ss, vs - 24), vs)):
            # "dismissed a claim by the Islamic State's Amaq agency that 23 soldiers had been
            # killed": the noun is the cue, the agent the source, the that-clause the content
            # (an object; a bare plural after a verb too: "rejected claims by the Taliban that T";
            # as the subject, "The claim by X that T was dismissed", T's end is unclear)
            found = preposed(ctx, ss, se, vs, by.end("who"), "clause", by.span("who"), cue_at)
            return attrs.evolve(found, cue=(vs, ve)) if found is not None else None
    if _THAT_AFTER.match(text, ve, se) is None:
        return None
    lo = max(ss, vs - 40)
    if (own := _OWN_CLAIM_BEFORE.search(text, lo, vs)) is not None:
        # "The TTP stood by its claim that 31 soldiers had died": the subject's own claim
        cs = verb_group_start(text, own.start("verb"), ss)
        source = source_before(text, ss, cs)
        return preposed(ctx, ss, se, cs, ve, "clause", source, cue_at) if source is not None else None
    if (mark := _POSSESSIVE_BEFORE.search(text, max(ss, vs - 12), vs)) is not None:
        # "rejected the army's claim that Dinyatoch had been recaptured": the possessor's
        toks = tokens(text, max(ss, mark.start() - 100), mark.end())
        last = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][1] <= mark.end()
                     and toks[i][2] not in ("'", "’", "own")), None)
        start = np_start(toks, last) if last is not None else None
        if last is None or start is None:
            return None
        start = _possessor_start(toks, start, last)
        opening = text[lstrip_at(text, ss, toks[start][0]):toks[start][0]].split()
        if _opens_sentence(text, ss, toks[start][0]) \
                and (false := _CALLED_FALSE.search(text, ve, se)) is not None:
            # "The army's claim that 19 militants were killed is a lie": a subject whose
            # that-clause ends where the sentence calls it false
            return preposed(ctx, ss, false.start(), vs, ve, "clause", (toks[start][0], toks[last][1]), cue_at)
        if not opening or opening[-1].lower() in _CLAUSE_OPENERS \
                or (len(opening) == 1 and opening[0].lower() in _OPENING_PREPOSITIONS):
            # the claim as a subject ("Rubio's claim that T is not true", "... said that
            # Rubio's claim that T is not true") or in an opening phrase ("Despite Mr. Trump's
            # claims that T, Y ..."): where T ends is unclear
            return None
        return preposed(ctx, ss, se, vs, ve, "clause", (toks[start][0], toks[last][1]), cue_at)
    return None


def _opens_sentence(text: str, ss: int, pos: int) -> bool:
    """Whether only spaces and opening quote marks stand between ``ss`` and ``pos``."""
    return not text[ss:pos].strip().strip("\"“‘'«")


def _possessor_start(toks: list[Tok], start: int, last: int) -> int:
    """The first token of the possessor ending at token ``last``, within the noun phrase the
    backward scan found from ``start``: that scan also takes the verb or the noun the
    possessor is the object of ("rejected | the army's", "an issue out of | Donald Trump's"),
    so the possessor starts at its determiner (one lowercase word may stand between them: "the
    banned TTP's"), or after the last lowercase word (a preposition inside a name stays:
    "the Islamic Resistance in Iraq's")."""
    j = last
    while j > start:
        word = toks[j - 1][2]
        if word.lower() in DETERMINERS:
            return j - 1
        if word.islower():
            if word in NP_PREPOSITIONS and j - 2 >= start and not toks[j - 2][2].islower():
                j -= 1  # "Resistance in | Iraq's"
                continue
            if j - 2 >= start and toks[j - 2][2].lower() in DETERMINERS:
                return j - 2  # "the banned | TTP's", "the rebel | group's"
            break  # "the army dismissed | Hamas's"
        j -= 1
    return j


def is_nominal(text: str, found: Found) -> bool:
    """Whether ``found`` is a claim told as a noun by someone other than its sentence's
    subject ("a claim by X that T", "X's claim that T"): the sentence's later verbs go on with
    its subject, not with X."""
    if found.source is None or text[found.cue[0]:found.cue[1]].lower() not in NOMINAL:
        return False
    if found.source[0] > found.cue[1]:
        return True
    mark = _POSSESSIVE_BEFORE.search(text, max(0, found.cue[0] - 12), found.cue[0])
    return mark is not None and mark.start() <= found.source[1] <= mark.end()
