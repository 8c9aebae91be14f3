"""The denial found at a cue: its span, its cue, the denied proposition and the denier's words.

:func:`find` reads each branch of the trigger (:mod:`._denial_cues`) in its sentence: the
object after a verb of denying, or the label before it ("dismissed as propaganda reports
that ..."), or the clause a relative phrase refers back to ("..., a claim the army dismissed");
the agent of a passive ("was rejected by the army"); what is called false; ground said to be
held, with its place's fighting told nearby; a claim said false as the subject, and a quoted
"this is false" with the sentence before it. A proposition runs to the end of its clause.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from claimkit._model import Span

from ._denial_cues import AS, AS_FALSE, BY, PASSIVE, SAID_FALSE, skip
from ._denial_lexicon import DISMISSED, DISPUTE, FALSE, INTENSIFIERS, REFUSED, UNREAL_SUBJECT
from ._phrases import sentence_span
from ._phrases_subject import subject_before
from ._territorial_lexicon import MILITARY_CONTEXT

_PASSIVE_CALL: Final = regex.compile(r"\b(?:was|were|been|being|be|is|are|am)\s+$", regex.IGNORECASE)
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
# A few words in quotes opening an object: ' "lies" circulated by ...'.
_SHORT_QUOTED: Final = regex.compile(r"\s*(?P<open>[\"“])[^\"“”\n]{1,40}[\"”]")
# Where a denied proposition ends: the end of its clause.
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
_SAID_AFTER: Final = regex.compile(
    r"[,.!?]?\s*[\"”’']\s*(?P<who>(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}?[\p{L}.'’-]+)"
                                   r"\s+(?:said|says|told|added|insisted)\b", regex.IGNORECASE)
# What may open a sentence before its words: a transcript's label in capitals, a list number,
# a quote mark.
_OPENING_MARKS: Final = regex.compile(r"\s*(?:\p{Lu}[\p{Lu}.'’ -]{0,40}:\s+)?(?:\d{1,2}\.\s+)?[\"“‘']?\s*")
# Up to a claim noun opening its sentence: those marks, then a determiner or an owner.
_UNREAL_SUBJECT: Final = regex.compile(UNREAL_SUBJECT, regex.IGNORECASE)
_CLAIM_OPENING: Final = regex.compile(
    r"(?i)(?:the\s+|these\s+|such\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:claims?|reports?|rumou?rs?|allegations?|"
    r"news|stor(?:y|ies)|accusations?)\s+(?:[^.;:!?\n]{0,200}?\s)?that\s")
_CLAIM_NP_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}])(?:(?:the|these|those|such|its|their|his|her|our|[\p{L}]+['’]s)\s+)?"
    r"(?:[\p{L}'’-]+\s+){0,2}?" + UNREAL_SUBJECT + r"\Z", regex.IGNORECASE)
_SUBJECT_OPENING: Final = regex.compile(_OPENING_MARKS.pattern + r"(?:[\p{L}\p{N}'’.-]+\s+){0,5}")
# The verb of "... is (entirely) baseless", read from the right.
_FALSE_PREDICATE: Final = regex.compile(r"(?r)" + SAID_FALSE, regex.IGNORECASE)


def _lstrip_opening(text: str, lo: int, hi: int) -> int:
    """``lo`` moved past a label, a list number and a quote mark opening a sentence."""
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
# The auxiliary before a negated deed: "did | not kill any civilian".
_AUXILIARY_BEFORE: Final = regex.compile(r"(?i)\b(?:did|do|does|had|has|have)\s*+[\"“]?\Z")


@attrs.frozen
class Found:
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

def find(text: str, m: regex.Match[str]) -> Found | None:
    sent = sentence_span(text, m.start())
    lo, hi = sent.start, sent.end
    if m.group("verb") or m.group("dispute"):
        if skip(text, m, lo, hi):
            return None
        cue = Span(m.start(), m.end())
        after = text[m.end():min(hi, m.end() + 80)]
        by = BY.match(after) if PASSIVE.search(text[max(lo, m.start() - 30):m.start()]) else None
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
            return Found(Span(min(denied.start, cue.start), end), cue,
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
        if denied.end - denied.start < 2 or (AS.match(text, denied.start - 1)
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
        tail = AS_FALSE.match(text, max(span.end, cue.end), min(hi, max(span.end, cue.end) + 60))
        if tail and not m.group(0).lower().startswith("den"):
            span = Span(span.start, max(span.end, tail.end()))
        return Found(span, cue, denied, denier, m.group(0).lower().startswith(DISPUTE))
    if m.group("call"):
        if _PASSIVE_CALL.search(text, max(lo, m.start() - 12), m.start()):
            return None
        cue = Span(m.start(), m.start("cobj"))
        return Found(Span(m.start(), m.end()), cue, Span(m.start("cobj"), m.end("cobj")),
                      _subject_unless_participle(text, lo, m), False)
    if m.group("say"):
        cue = Span(m.start(), m.start("sobj"))
        return Found(Span(m.start(), m.end()), cue, Span(m.start("sobj"), m.end("sobj")),
                      subject_before(text, lo, m.start()), False)
    if m.group("held"):
        # "Kashebere has not fallen": the negation is the cue's, the clause the proposition
        if not _MILITARY.search(text, lo, hi) and not _military_nearby(text, lo, hi):
            return None  # "Republicans have not captured it since the 1980s"
        start, verb_start = _negated_group(text, lo, m.start(), 60)
        subj = subject_before(text, lo, verb_start)
        end = _CLAUSE_END.search(text, m.end(), min(hi, m.end() + _MAX_PROPOSITION))
        denied = _trim(text, Span(subj.start if subj else start, end.start() if end else hi))
        while denied.end > denied.start and text[denied.end - 1] in ",;:":
            denied = Span(denied.start, denied.end - 1)  # ("“Kashebere has not fallen,” he said")
        cue = Span(start, m.end())
        return Found(Span(min(cue.start, denied.start), max(cue.end, denied.end)), cue, denied, None, False,
                      quoted=True, held=True)
    if m.group("undone"):
        # "The defence forces did not kill any civilian in Ashong": the clause is denied (the
        # subject's words, told by whoever speaks: the statement's speaker denies)
        if not _MILITARY.search(text, lo, hi) and not _military_nearby(text, lo, hi):
            return None  # "he did not take any questions"
        aux = _AUXILIARY_BEFORE.search(text, max(lo, m.start() - 12), m.start())
        verb_start = aux.start() if aux else m.start()
        subject = subject_before(text, lo, verb_start)
        denied = _trim(text, Span(subject.start if subject else verb_start, m.end()))
        return Found(denied, Span(verb_start, m.end()), denied, None, False, quoted=True)
    if m.group("unreal"):
        # "Such an incident did not happen": the subject is what is denied; the denier is who
        # says so (the attribution's speaker, or a quote's "he said")
        start, verb_start = _negated_group(text, lo, m.start(), 24)
        while verb_start > lo and text[verb_start - 1] in " \"“”":
            verb_start -= 1  # ('the enemy's claims "do not correspond to reality"')
        subject = subject_before(text, lo, verb_start)
        opening = _lstrip_opening(text, lo, verb_start)
        if _CLAIM_OPENING.match(text, opening, verb_start) is not None:
            # "Rumours spread on social media ... that the town had fallen | did not happen":
            # a claim noun opening the sentence heads the whole subject
            subject = _trim(text, Span(opening, verb_start))
        elif subject is None and (np := _CLAIM_NP_BEFORE.search(text, max(lo, verb_start - 80), verb_start)):
            subject = Span(np.start(), np.end())  # ("said that the enemy's claims | do not ...")
        if subject is None or (m.group(0).lower().startswith(("happen", "take", "took", "occur"))
                              and not _UNREAL_SUBJECT.search(text, subject.start, subject.end)):
            return None  # "the meeting did not take place", "statements that the contact never occurred"
        who = _SAID_AFTER.search(text, m.end(), min(hi, m.end() + 120))
        return Found(Span(subject.start, m.end()), Span(start, m.end()), subject,
                      Span(who.start("who"), who.end("who")) if who else None, False, quoted=True)
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
        return Found(Span(denied.start, m.end()), cue, denied,
                      Span(who.start("who"), who.end("who")) if who else None, False, quoted=True)
    # "'This is completely false,' the spokesman said": the proposition is the sentence before.
    quote = Span(m.start("quote"), m.end("quote"))
    prev = sentence_span(text, lo - 1) if lo > 0 else None
    if prev is not None and prev.start > 0 and text[prev.start:prev.end].rstrip().endswith("?"):
        # a question asked of the speaker ("... were killed. What is your response?"): the
        # statement before it
        prev = sentence_span(text, prev.start - 1)
    denied = Span(_lstrip_opening(text, prev.start, prev.end), prev.end) if prev and prev.end > prev.start \
        else quote
    who = _SAID_AFTER.search(text, m.end(), min(hi, m.end() + 120))
    denier = Span(who.start("who"), who.end("who")) if who else None
    return Found(quote, quote, _trim(text, denied), denier, False, quoted=True)


def _negated_group(text: str, lo: int, pos: int, reach: int) -> tuple[int, int]:
    """Where the negation before the word at ``pos`` starts (within ``reach``; ``pos`` when
    none), and where its verb group starts, with the auxiliary before it ("the base | was |
    never lost", "Such an incident | did | not happen")."""
    neg = _NEGATION_BEFORE.search(text, max(lo, pos - reach), pos)
    start = neg.start() if neg else pos
    aux = _AUX_BEFORE.search(text, max(lo, start - 24), start)
    return start, aux.start() if aux else start


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
