"""The denial stage: a party saying that something is false.

One trigger pattern finds the cues (see :mod:`._denial_lexicon` for what is and is not a
denial). Each denial claim has ``data = {"denier", "denied", "target"}``: the denier's name
(from the attribution when one exists, else the subject before the cue), the denied
proposition as a :class:`~claimkit.Snippet`, and the id of the earlier claim it denies, whose
status becomes ``denied`` (or ``disputed``). ``claim.span`` covers the cue and the
proposition. A denial also carries its own attribution (denier, cue, proposition); when no
earlier stage recorded that statement, the stage adds it to ``doc.attributions``.
"""

from __future__ import annotations

import bisect
from typing import Any, Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Claim, Span, Speaker
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Trigger, anchored

from ._attach import containing_attribution
from ._denial_lexicon import (
    BE,
    CALL_VERBS,
    DENY,
    DISMISSED,
    DISPUTE,
    DISPUTE_CUE,
    DISPUTE_OBJECT,
    DONE_BEFORE_TO,
    FALSE,
    HELD,
    INTENSIFIERS,
    REFERENTS,
    REFUSED,
    SAY_VERBS,
    TRIGGER_WORDS,
    VERBS,
    WITHHELD,
)
from ._denial_target import link_targets
from ._ids import with_ids
from ._lookup import BoundedLookup
from ._phrases import clean_party, in_title, is_pronoun, sentence_span, subject_before
from ._source import boilerplate_spans
from ._territorial_lexicon import MILITARY_CONTEXT
from ._words import words

_W: Final = r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*"
_NOT_IN_OBJECT: Final = r"(?!(?:and|or|but|said|says|which|who|when|while|because|if)\b)"
# A quote mark may open the words that call it false: 'called the claim "pure fiction"'.
_QUOTE: Final = r"(?:[\"“‘']\s*)?"
# (also what a side calls the other's claims: "The lies being spread by the enemy's media that
# ... are baseless propaganda")
_CLAIM_NOUNS: Final = r"claims?|statements?|allegations?|assertions?|accusations?|lies|rumou?rs"
# What says a claim false after it: "... is entirely baseless", "... are a lie".
_SAID_FALSE: Final = r"\s+(?:is|are|was|were)\s+" + INTENSIFIERS + r"(?:" + FALSE + r")(?![\p{L}])"
# The words that open the branches "call" and "say" ("called the reports baseless", "said the
# reports were untrue"), "said" above all: at each, the heavy pattern reads up to fifteen words
# on for a word calling something false, and seldom finds one. So their pre-filter is the two
# branches themselves, for ``re`` over the lowercase text (three times as quick), with
# ``\S`` for a word's letters and no lookahead: it finds where they match and maybe more, and
# the heavy pattern is tried there only.
_CALL_OR_SAY_WORDS: Final = ("call", "describ", "brand", "label", "term", "denounc",
                             "said", "says", "insist", "maintain", "stressed", "added", "declared", "told")
_CALL_OR_SAY_FILTERS: Final = (
    r"(?:" + CALL_VERBS + r")\s+(?:\S++\s++){0,6}?\S++\s++(?:as\s+)?" + _QUOTE + INTENSIFIERS
    + r"(?:" + FALSE + r")",
    r"(?:" + SAY_VERBS.replace(r"[\p{L}.]", r"\S") + r")\s+(?:that\s+)?(?:\S++\s++){0,14}?\S++\s++" + BE
    + r"\s+" + _QUOTE + INTENSIFIERS + r"(?:" + FALSE + r")")
_TRIGGER: Final = Trigger(regex.compile(
    r"(?P<verb>(?<![-\p{L}])(?:" + VERBS + r")\b)"
    r"|(?P<dispute>(?<![-\p{L}])(?:" + DISPUTE_CUE + r")(?=" + DISPUTE_OBJECT + r"))"
    r"|(?P<call>\b(?:" + CALL_VERBS + r")\s+(?!of\b)(?P<cobj>(?:" + _NOT_IN_OBJECT + _W + r"\s+){0,6}?"
    + _NOT_IN_OBJECT + _W + r")\s+(?:as\s+)?" + _QUOTE + INTENSIFIERS + r"(?P<cfalse>" + FALSE + r")\b)"
    r"|(?P<say>\b(?:" + SAY_VERBS + r")\s+(?:that\s+)?(?P<sobj>(?:" + _NOT_IN_OBJECT + _W + r"\s+){0,14}?"
    + _W + r")\s+" + BE + r"\s+" + _QUOTE + INTENSIFIERS + r"(?P<sfalse>" + FALSE + r")\b)"
    r"|(?P<held>" + HELD + r")"
    # a claim said false as the subject: "The council's statement that it killed 100 of our troops
    # is entirely baseless", "The enemy's claims of having repelled the attack are a lie"
    r"|(?P<pred>(?<![\p{L}])(?:" + _CLAIM_NOUNS + r")(?![\p{L}])[^.;:!?\n\"“”]{0,150}?" + _SAID_FALSE + r")"
    r"|[\"“‘']\s*(?P<quote>" + REFERENTS + r"(?:['’]s|\s+(?:is|was|are|were))\s+" + INTENSIFIERS
    + r"(?:" + FALSE + r")\b)",
    regex.IGNORECASE),
    words=TRIGGER_WORDS - frozenset(_CALL_OR_SAY_WORDS),
    fragments=_CALL_OR_SAY_FILTERS, fragment_words=_CALL_OR_SAY_WORDS,
    # a quoted "this is false": the referent and its verb (fewer candidates than "th" or "it");
    # a pre-filter for each quote mark, which ``re`` finds by a quick scan (a class of marks
    # it tries at every character)
    anywhere=[rf"{mark}\s*{REFERENTS}(?:['’]s|\s+(?:is|was|are|were))\s" for mark in "\"“‘'"])
# A person or body as the object: "rejected Nikki Haley as ...", "denied Carter a photograph".
_NAME_OBJECT: Final = regex.compile(
    r"\s+(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep)\.?\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}"
    r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:as|a|an|the|to|for|in|on|at|from|over|and|his|her|their)\b)")

_NEGATED: Final = regex.compile(
    # The negation's reach stops at a conjunction: "had not fired and dismissed" denies.
    r"(?:\b(?:not|never|no|neither|nor|cannot|hardly)|n't)\s+(?:(?!(?:and|but|or)\b)[\p{L}]+\s+){0,2}$",
    regex.IGNORECASE)
_PASSIVE_CALL: Final = regex.compile(r"\b(?:was|were|been|being|be|is|are|am)\s+$", regex.IGNORECASE)
_MODAL: Final = regex.compile(
    r"\b(?:to|will|would|should|must|could|can|may|might|shall)\s+(?:[\p{L}]+ly\s+)?$",
                              regex.IGNORECASE)
_DONE_TO: Final = regex.compile(r"\b(?:" + DONE_BEFORE_TO + r")\s+to\s+(?:try\s+to\s+)?(?:[\p{L}]+ly\s+)?$",
                                regex.IGNORECASE)
_PASSIVE: Final = regex.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:[\p{L}]+ly\s+)?$",
                                regex.IGNORECASE)
# (a label and a time may stand before the agent: "were dismissed as baseless by the ministry",
# "was rejected on Thursday by the General Staff")
_BY: Final = regex.compile(
    r"\s+(?:[\p{L}]+ly\s+)?(?:as\s+[\"“]?(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+[\"”]?\s+)?"
    r"(?:(?:late\s+|early\s+)?on\s+\p{Lu}\p{L}+\s+|(?:yesterday|today)\s+)?by\s+", regex.IGNORECASE)
_OBJECT_END: Final = words("on in at from as for with after over to by during since because and but "
                               "that who which")
_AS: Final = regex.compile(anchored(r"\s+as\b"), regex.IGNORECASE)
_IS_DENY: Final = regex.compile(DENY, regex.IGNORECASE)
# A label the denier puts first, the denied proposition after it: "dismissed as “baseless and
# mischievous” | reports that", "dismissed as rumours | reports that"
# "as many as 30 soldiers died": an amount opening the proposition, not a label after the verb
_AMOUNT_WORDS: Final = r"(?:many|much|few|little|high|low|long|soon|far)"
_AS_AMOUNT: Final = regex.compile(rf"(?i)as\s+{_AMOUNT_WORDS}\s+as\b")
# "that" as the object of a labelling verb, not a complementizer: "rejected that as a lie".
_THAT_AS: Final = regex.compile(
    r"(?i)\s+(?P<that>that)\s+(?=as\s+(?:[“\"‘]|" + INTENSIFIERS + r"(?:" + FALSE + r")\b))")
_AS_LABEL: Final = regex.compile(
    # (two labels joined: "dismissed as lies and fabrication the statements")
    r"\s+as\s+(?:[“\"‘][^”\"’\n]{1,60}[”\"’]|" + INTENSIFIERS + r"(?:" + FALSE + r")(?:\s+and\s+"
    + INTENSIFIERS + r"(?:" + FALSE + r"))?)\s+"
    r"(?=(?:a|an|the|this|that|these|those|reports?|claims?|allegations?|accusations?|rumou?rs?|"
    r"suggestions?|assertions?|accounts?|statements?|figures?|\p{Lu})\b"
    # ("dismissed as propaganda army claims that ...": a word or two of whose claims)
    r"|(?:[\p{L}'’-]+\s+){1,2}(?:reports?|claims?|allegations?|accusations?|figures?)\b)", regex.IGNORECASE)
_WORDS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
# Where a denied proposition ends: the end of its clause.
# A few words in quotes opening an object: ' "lies" circulated by ...'.
_SHORT_QUOTED: Final = regex.compile(r"\s*(?P<open>[\"“])[^\"“”\n]{1,40}[\"”]")
_CLAUSE_END: Final = regex.compile(
    # A comma before a participle ("..., saying", "..., contradicting") or a linking word.
    r"\s*(?:,\s*(?:\p{L}+ing|contrary|despite|in\s+contrast|and\s+said|but|while|who|which|according)\b"
    # (not an amount's "as": "as many as 30 soldiers died")
    rf"|;|:|\.(?=\s|$)|\?|!|\s+(?:as(?<!{_AMOUNT_WORDS}\s+as)(?!\s+{_AMOUNT_WORDS}\s+as\b)"
    r"|and\s+said|and\s+called|but)\s"
    # a second statement of the same speaker: "denied that ..., and dismissed the claims"
    r"|,?\s+and\s+(?:also\s+)?(?:rejected|dismissed|denied|refuted|rebuffed|insisted|accused|"
    r"described|blamed|vowed|urged|added|warned)\b"
    # ... or a silence of the same speaker: "denied that ... and made no mention of losses"
    r"|,?\s+and\s+(?:made|gave|offered|provided)\s+no\b)|\n|[)”\"]|$",
    regex.IGNORECASE)
_LEAD: Final = regex.compile(
    r"(?:\s*(?:that|the\s+notion\s+that|the\s+idea\s+that|any\s+suggestion\s+that)\b)?\s*",
                             regex.IGNORECASE)
# (after a comma or a dash: "accused the army of abuses — an accusation Rwanda denies",
# "..., allegations the group rejects")
_RELATIVE: Final = regex.compile(
    r"(?:,|\s[–—-])\s*(?:which|something|an?\s+(?:claim|allegation|charge|report|account|assertion|accusation"
    # ("..., a figure police dismissed as propaganda")
    r"|figure|toll|number|version)|(?:claims|allegations|charges|accusations|figures))\b(?P<who>[^,]{0,100})$",
    regex.IGNORECASE)
_RELATIVE_PRONOUN: Final = regex.compile(r"\b(?:which|that|whom)\s+", regex.IGNORECASE)
# Verbs of denying that may put a label first ("dismissed as propaganda a claim that ...").
_LABELLING: Final = ("dismiss", "reject", "brand", "denounc")
# (the label may stand in quotes: 'dismissed them as "propaganda relayed by ..."')
_AS_FALSE: Final = regex.compile(r"\s+as\s+" + _QUOTE + INTENSIFIERS + r"(?:[\p{L}'’-]+\s+){0,3}?(?:" + FALSE
                                 + r"|[\p{L}'’-]+)", regex.IGNORECASE)
_SAID_AFTER: Final = regex.compile(
    r"[,.!?]?\s*[\"”’']\s*(?P<who>(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+)"
                                   r"\s+(?:said|says|told|added|insisted)\b", regex.IGNORECASE)
_PUNCT: Final = regex.compile(r"[,.;:]")
# What may open a sentence before its words: a list number, a quote mark.
_OPENING_MARKS: Final = regex.compile(r"\s*(?:\d{1,2}\.\s+)?[\"“‘']?\s*")
# Up to a claim noun opening its sentence: those marks, then a determiner or an owner.
_SUBJECT_OPENING: Final = regex.compile(_OPENING_MARKS.pattern + r"(?:[\p{L}\p{N}'’.-]+\s+){0,5}")
# The verb of "... is (entirely) baseless", read from the right.
_FALSE_PREDICATE: Final = regex.compile(r"(?r)" + _SAID_FALSE, regex.IGNORECASE)


def _lstrip_opening(text: str, lo: int, hi: int) -> int:
    """``lo`` moved past a list number and a quote mark opening a sentence."""
    m = _OPENING_MARKS.match(text, lo, hi)
    return m.end() if m else lo
_MILITARY: Final = regex.compile(r"\b(?:" + MILITARY_CONTEXT + r"|positions?|posts?|bases?|villages?)\b",
                                 regex.IGNORECASE)
# How far around its sentence, in its paragraph, a held place's fighting may be told
# ('"Riangdit has not fallen. Anyone saying the SPLA-IO took the town is spreading propaganda"').
_NEARBY: Final = 250


def _military_nearby(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence ``text[lo:hi]``'s paragraph tells of fighting within reach of it."""
    start = text.rfind("\n", max(0, lo - _NEARBY), lo) + 1 or max(0, lo - _NEARBY)
    end = text.find("\n", hi, hi + _NEARBY)
    end = min(len(text), hi + _NEARBY) if end == -1 else end
    return _MILITARY.search(text, start, end) is not None
# The negation before a verb of ground held ("has not fallen", "No position has fallen").
_NEGATION_BEFORE: Final = regex.compile(
    r"(?r)\b(?:not\s+a\s+single|not\s+one|not|never|no)\b|n['’]t\b", regex.IGNORECASE)
_AUX_BEFORE: Final = regex.compile(
    r"(?r)[\"“‘]?\b(?:has|have|had|was|were|is|are|did|does|do)(?:n['’]t)?\s*$", regex.IGNORECASE)
# A quotation opened before a verb and not closed since: '"categorically | rejects'.
_QUOTE_OPEN_BEFORE: Final = regex.compile(r"[“\"][^”\"\n]{0,38}\Z")
_MAX_PROPOSITION: Final = 300
# Longest cue another stage may have recorded.
_MAX_CUE: Final = 200


@attrs.frozen
class _Found:
    span: Span
    cue: Span
    denied: Span
    denier: Span | None
    dispute: bool
    quoted: bool = False  # the cue is a quoted statement ("'This is a lie,' X said")
    held: bool = False  # ground said to be held ("the base was never lost"): a side's words only


def _proposition(text: str, start: int, limit: int) -> Span:
    """The denied proposition starting at ``start``: up to the end of its clause."""
    lead = _LEAD.match(text, start, min(limit, start + 40))
    s = lead.end() if lead else start
    end = min(limit, s + _MAX_PROPOSITION)
    m = _CLAUSE_END.search(text, s, end)
    e = m.start() if m else end
    return Span(s, max(s, e))


def _skip(text: str, m: regex.Match[str], lo: int, hi: int) -> bool:
    """True when the cue is not a denial (negated, wished for, withheld, a refusal ...)."""
    before = text[max(lo, m.start() - 60):m.start()]
    if _NEGATED.search(before):
        return True
    if _MODAL.search(before) and not _DONE_TO.search(before):
        return True
    after = text[m.end():min(hi, m.end() + 80)]
    words = [w.lower() for w in _WORDS.findall(after)[:6]]
    verb = m.group(0).lower()
    participle = verb.endswith(("ed", "ted", "ied"))
    if participle and _PASSIVE.search(before) and not _BY.match(after):
        return True
    name = _NAME_OBJECT.match(after)
    if name and not m.group("dispute") and not (verb.startswith("dismiss") and _AS.match(after, name.end())):
        return True
    if _IS_DENY.match(verb):
        if words[:1] and words[0] in ("him", "her", "them", "us", "me", "you") and len(words) > 1 \
                and words[1] not in ("that", "and", "any"):
            return True
        clause = _PUNCT.split(after, maxsplit=1)[0]
        if any(w.lower() in WITHHELD for w in _WORDS.findall(clause)[:5]):
            return True
    head = ""
    object_words = []
    for w in words:  # the object's head: its last word before a preposition
        if w in _OBJECT_END:
            break
        head = w
        object_words.append(w)
    if verb.startswith("reject") and REFUSED.intersection(object_words):  # "rejected the truce offer"
        return True
    return verb.startswith("dismiss") and head in DISMISSED and not _AS_FALSE.search(after)


def _find(text: str, m: regex.Match[str]) -> _Found | None:
    sent = sentence_span(text, m.start())
    lo, hi = sent.start, sent.end
    if m.group("verb") or m.group("dispute"):
        if _skip(text, m, lo, hi):
            return None
        cue = Span(m.start(), m.end())
        after = text[m.end():min(hi, m.end() + 80)]
        by = _BY.match(after) if _PASSIVE.search(text[max(lo, m.start() - 30):m.start()]) else None
        if by:  # "the claim was rejected by the army"
            denier_span = _phrase(text, m.end() + by.end(), hi)
            subj = subject_before(text, lo, m.start())
            words_ = text[subj.start:subj.end].split() if subj is not None else []
            head = words_[-1].lower() if words_ else ""
            verb = m.group(0).lower()
            if (verb.startswith("reject") and REFUSED.intersection(w.lower() for w in words_)) \
                    or (verb.startswith("dismiss") and head in DISMISSED):
                return None  # "the truce offer was rejected by", "the case was dismissed by the court"
            denied = subj or Span(m.start(), m.start())
            end = denier_span.end if denier_span else cue.end
            return _Found(Span(min(denied.start, cue.start), end), cue,
                          denied, denier_span, m.group(0).lower().startswith(DISPUTE))
        label = _AS_LABEL.match(text, m.end(), hi) if m.group(0).lower().startswith(_LABELLING) else None
        # ("dismissed as “pure propaganda” a claim that ...", "rejected as “fabricated” the
        # Iranian claim that ...": what is denied follows the label)
        that_as = _THAT_AS.match(text, m.end(), min(hi, m.end() + 60)) if label is None else None
        if that_as is not None:
            # "Filatov rejected that as “a lie”": "that" is the object, what was told before
            denied = Span(that_as.start("that"), that_as.end("that"))
        else:
            start = label.end() if label is not None else m.end()
            if label is None and text.startswith(('"', "”"), start) \
                    and _QUOTE_OPEN_BEFORE.search(text, max(lo, m.start() - 40), m.start()):
                start += 1  # 'Rwanda "categorically rejects" the claim': the verb's own marks
            denied = _proposition(text, start, hi)
            if (quoted := _SHORT_QUOTED.match(text, start, hi)) is not None:
                # 'denied "lies" circulated by Houthi media about the fall of army positions':
                # a word in quotes opens the object, which goes on after it
                rest = _proposition(text, quoted.end(), hi)
                denied = Span(quoted.start("open"), rest.end if rest.end > quoted.end() else quoted.end())
        denier = _subject_unless_participle(text, lo, m)
        # No object ("..., a claim the army dismissed as propaganda"): the proposition is the
        # clause the relative phrase refers back to, and the denier stands inside it.
        if denied.end - denied.start < 2 or (_AS.match(text, denied.start - 1)
                                              and not _AS_AMOUNT.match(text, denied.start)):
            rel = _RELATIVE.search(text, max(lo, m.start() - 120), m.start())
            if not rel:
                return None
            denied = _trim(text, Span(max(lo, text.rfind(",", lo, rel.start()) + 1), rel.start()))
            # the denier follows the last relative pronoun: "a claim that could not be
            # verified and which the army dismissed"
            pronouns = list(_RELATIVE_PRONOUN.finditer(text, rel.start("who"), rel.end("who")))
            # (read as any subject: without auxiliaries and adverbs, "accusations the Taliban
            # have | rejected", "a claim the army swiftly | rejected")
            who = pronouns[-1].end() if pronouns else rel.start("who")
            denier = subject_before(text, who, rel.end("who"))
        span = Span(min(cue.start, denied.start), max(cue.end, denied.end))
        tail = _AS_FALSE.match(text, max(span.end, cue.end), min(hi, max(span.end, cue.end) + 60))
        if tail and not m.group(0).lower().startswith("den"):
            span = Span(span.start, max(span.end, tail.end()))
        return _Found(span, cue, denied, denier, m.group(0).lower().startswith(DISPUTE))
    if m.group("call"):
        if _PASSIVE_CALL.search(text, max(lo, m.start() - 12), m.start()):
            return None
        cue = Span(m.start(), m.start("cobj"))
        return _Found(Span(m.start(), m.end()), cue, Span(m.start("cobj"), m.end("cobj")),
                      _subject_unless_participle(text, lo, m), False)
    if m.group("say"):
        cue = Span(m.start(), m.start("sobj"))
        return _Found(Span(m.start(), m.end()), cue, Span(m.start("sobj"), m.end("sobj")),
                      subject_before(text, lo, m.start()), False)
    if m.group("held"):
        # "Kashebere has not fallen": the negation is the cue's, the clause the proposition
        if not _MILITARY.search(text, lo, hi) and not _military_nearby(text, lo, hi):
            return None  # "Republicans have not captured it since the 1980s"
        neg = _NEGATION_BEFORE.search(text, max(lo, m.start() - 60), m.start())
        start = neg.start() if neg else m.start()
        aux = _AUX_BEFORE.search(text, max(lo, start - 24), start)
        subj = subject_before(text, lo, aux.start() if aux else start)
        end = _CLAUSE_END.search(text, m.end(), min(hi, m.end() + _MAX_PROPOSITION))
        denied = _trim(text, Span(subj.start if subj else start, end.start() if end else hi))
        while denied.end > denied.start and text[denied.end - 1] in ",;:":
            denied = Span(denied.start, denied.end - 1)  # ("“Kashebere has not fallen,” he said")
        cue = Span(start, m.end())
        return _Found(Span(min(cue.start, denied.start), max(cue.end, denied.end)), cue, denied, None, False,
                      quoted=True, held=True)
    if m.group("pred"):
        # the claim said false is the subject, so it opens the sentence ("7. The military
        # council's statement that ... is baseless"); the denier is who says so
        if not _SUBJECT_OPENING.fullmatch(text, lo, m.start()):
            return None
        verb = _FALSE_PREDICATE.search(text, m.start(), m.end())
        if verb is None:
            return None
        cue = Span(verb.start(), m.end())
        denied = _trim(text, Span(_lstrip_opening(text, lo, m.start()), verb.start()))
        who = _SAID_AFTER.search(text, m.end(), min(hi, m.end() + 120))
        return _Found(Span(denied.start, m.end()), cue, denied,
                      Span(who.start("who"), who.end("who")) if who else None, False, quoted=True)
    # "'This is completely false,' the spokesman said": the proposition is the sentence before.
    quote = Span(m.start("quote"), m.end("quote"))
    prev = sentence_span(text, lo - 1) if lo > 0 else None
    denied = Span(prev.start, prev.end) if prev and prev.end > prev.start else quote
    who = _SAID_AFTER.search(text, m.end(), min(hi, m.end() + 120))
    denier = Span(who.start("who"), who.end("who")) if who else None
    return _Found(quote, quote, _trim(text, denied), denier, False, quoted=True)


def _subject_unless_participle(text: str, lo: int, m: regex.Match[str]) -> Span | None:
    """The subject before the cue ``m``; none for a participle after a comma, whose subject is
    the main clause's, which the attribution reads ("The SDF denied losing the bridge,
    dismissing the ministry's claims": the SDF, not "losing the bridge")."""
    if m.group(0).split()[0].lower().endswith("ing") and text[lo:m.start()].rstrip().endswith(","):
        return None
    return subject_before(text, lo, m.start())


def _phrase(text: str, start: int, limit: int) -> Span | None:
    end = _CLAUSE_END.search(text, start, min(limit, start + 80))
    e = end.start() if end else min(limit, start + 80)
    return Span(start, e) if e > start else None


def _trim(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def _speaker(doc: Document, span: Span | None) -> Speaker | None:
    if span is None:
        return None
    words = doc.text[span.start:span.end]
    name = clean_party(words)
    proper = bool(name) and name[:1].isupper() and not is_pronoun(name)
    return Speaker(words, span, name if proper else None, None, None)


class _Attributions:
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

    def enclosing(self, cue: Span) -> Attribution | None:
        """The statement the cue stands in ("X told reporters ... and dismissed ...")."""
        return self.lookup(cue)


def _own_attribution(index: _Attributions, f: _Found) -> tuple[Attribution, bool]:
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
        outer = index.enclosing(f.cue)
        speaker = outer.source if outer is not None else None
    return Attribution(speaker, doc.snippet(f.cue), doc.snippet(f.denied), "indirect"), True


def _label(src: Speaker | None) -> str | None:
    if src is None:
        return None
    label = src.name or src.organization or clean_party(src.text)
    return None if not label or is_pronoun(label) else label


def _denier(index: _Attributions, f: _Found, att: Attribution) -> str | None:
    """Who denies: the subject read before the cue unless it is a pronoun, else the
    attribution's source, else the speaker of the statement the denial stands in."""
    if f.denier is not None:
        own = clean_party(index.doc.text[f.denier.start:f.denier.end])
        if own and not is_pronoun(own):
            return own
    label = _label(att.source)
    if label is None:
        outer = index.enclosing(f.cue)
        label = _label(outer.source if outer else None)
    return label


def _outside_boilerplate(text: str, f: _Found) -> _Found:
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


def _same_act(text: str, m: regex.Match[str], before: _Found) -> bool:
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
    found: list[_Found] = []
    for m in _TRIGGER.finditer(text):
        f = _find(text, m)
        if f is not None and not any(f.cue.overlaps(g.cue) for g in found[-3:]) \
                and not (found and _same_act(text, m, found[-1])) \
                and not (f.held and found and found[-1].held and f.denied.end <= found[-1].denied.end):
            # (ground held, told twice in one clause: "No soldier has been taken and no position
            # has fallen" is one denial)
            found.append(_outside_boilerplate(text, f))
    if not found:
        return doc
    claims: list[Claim] = []
    atts: list[tuple[Attribution, bool]] = []
    index = _Attributions(doc)
    # ground said to be held is a denial only in a party's words, not the outlet's own
    found = [f for f in found if not f.held or index.holding(f.cue) is not None]
    if not found:
        return doc
    for f in found:
        att, new = _own_attribution(index, f)
        atts.append((att, new))
        data: dict[str, Any] = {"denier": _denier(index, f, att), "denied": doc.snippet(f.denied),
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
