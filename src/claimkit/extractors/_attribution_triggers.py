"""The attribution stage's triggers: the cue table built from :mod:`._attribution_lexicon`,
and the one pattern (every cue form and "according to") plus two small scans (a ``Name:``
label opening a paragraph, a colon before a quotation) that find every candidate, in text
order, before any sentence is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from operator import itemgetter
from typing import TypeAlias

import attrs
import regex

from claimkit.text._calendar import WEEKDAY_PATTERN
from claimkit.text._number_words import NUMBER_ALTERNATION
from claimkit.text._scan import Trigger, padded_lowercase, prefix_tree

from ._attribution_lexicon import (
    CUE_VERBS,
    ONLY_BEFORE,
    PRINTED_DOCUMENTS,
    SCRIPT_VOICES,
    CueVerb,
    inflect,
    trie_pattern,
)


@attrs.frozen
class CueInfo:
    """What the lexicon says about one cue form."""

    kind: str
    frames: frozenset[str]
    particles: tuple[str, ...]
    needs_particle: bool
    only_before: regex.Pattern[str] | None = None


def _cue_table() -> dict[str, CueInfo]:
    rows: dict[str, list[CueVerb]] = {}
    for verb in CUE_VERBS:
        for form in inflect(verb.lemma):
            rows.setdefault(form, []).append(verb)
    table = {}
    for form, verbs in rows.items():
        kinds = [v.kind for v in verbs]
        kind = "speech" if "speech" in kinds else kinds[0]
        particles = tuple(sorted({p for v in verbs for p in v.particles}, key=len, reverse=True))
        before = next((ONLY_BEFORE[v.lemma] for v in verbs if v.lemma in ONLY_BEFORE), None)
        table[form] = CueInfo(kind, frozenset(v.frame for v in verbs), particles,
                              all(v.needs_particle for v in verbs),
                              regex.compile(before, regex.I) if before else None)
    return table


CUES: dict[str, CueInfo] = _cue_table()

# The trigger patterns: "according to" and any cue form, a "Name:" label opening a paragraph,
# and a colon before a quotation.
_ACCORDING = (r"(?P<acc>according\s+to|as\s+reported\s+by|reportedly"
              # "By his account, T", "T, by their own count": the possessor is the source
              r"|by\s+(?:his|her|their|its)\s+(?:own\s+)?(?:account|count|tally|estimate|reckoning))")
_CUE_FORMS = trie_pattern(sorted(CUES))
# "According to" and the cue-form trie in one pattern, run in the standard library's engine,
# which scans it about twice as fast as ``regex`` (the lookahead lets it skip every position
# but a word's start). A match with the group "acc" is an "according to".
CUE = re.compile(r"\b(?=[A-Za-z])(?:" + _ACCORDING + "|" + _CUE_FORMS + r")\b", re.I)
# The same without case folding, run on the shared padded lowercase copy of the text
# (:func:`padded_lowercase`, which every trigger pre-filter reads), a third faster: a match
# starts with the character before the word, so the engine skips letters with a quick test;
# a word character there (digit, underscore, letter outside ASCII) means a word's middle.
# Only "ı", which the folding scan takes for "i" and lowercasing keeps, can tell the two
# apart; :func:`cue_hits` checks for it.
_CUE_LOWER = re.compile(r"[^a-z](?:" + _ACCORDING + "|" + _CUE_FORMS + r")\b")
# A body's (or its speaker's) head word in lower case in a label: "Israeli military:", "Sudan's
# army:" (also what lets a label give a figure: "Sudan army: 40 rebels killed").
LABEL_BODY_WORDS = ("military", "army", "ministry", "government", "police", "navy", "officials",
                    "spokesman", "spokeswoman", "spokesperson", "commander", "governor", "mayor")
LABEL = regex.compile(
    # (a live blog's entry may open with its time: "17:25 — Israeli military: ...")
    r"(?m-i:^[ \t]*(?:\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|UTC))?[ \t]*[—–-][ \t]*)?"
    # (not a list's or a page's own heading: "Second:", "Update:"; nor the outlet's own voice in
    # a broadcast script: "CORRESPONDENT:", "ANCHOR:")
    r"(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Firstly|Secondly|Thirdly|Lastly"
    r"|Finally|Update|Background|Context|Correction|Summary|Breaking|Related|"
    # (also with a note in brackets: "CORRESPONDENT (by phone):")
    + "|".join(SCRIPT_VOICES) + r")(?:[ \t]*\([^():\n]{1,80}\))?[ \t]*:)"
    r"(?P<label>(?:[\p{Lu}][\p{L}.'’\-]*)"
    r"(?:[ \t]+(?:[\p{Lu}][\p{L}.'’\-]*|at|of|on|to|de|al|" + "|".join(LABEL_BODY_WORDS) + r")){0,5}"
    # (a transcript's label may say who the speaker is in brackets: "DMYTRO LYSENKO (spokesman,
    # Khortytsia group of forces):")
    r"(?:[ \t]*\([^():\n]{1,80}\))?)"
    r"[ \t]*:(?=[ \t]+\S))", regex.V0)
_LABEL_COLON = re.compile(r":(?=[ \t]+\S)")
# (the quotation may open the next paragraph, after a blank line too: "Below is our
# translation of the statement:")
_QCOLON = regex.compile(r":(?<=[\p{L}.)][ \t]*:)(?=[ \t]*(?:\n[ \t]*){0,2}(?:[“\"‘]|''))", regex.V0)


# A source's figures as a noun, maybe qualified ("its latest figures"): the group "noun".
_TALLY_DEGREES = ("slightly", "sharply", "markedly", "very", "much", "far", "somewhat")
_TALLY_KINDS = ("latest", "own", "new", "updated", "official", "final", "initial", "first", "preliminary",
                "provisional", "higher", "lower", "heavier", "lighter", "larger", "smaller", "grimmer",
                "different", "fuller", "revised", "separate", "midday", "daily", "morning", "evening",
                "nightly", "weekly")
_TALLY_NOUNS = ("tally", "toll", "death_toll", "figures", "figure", "count", "estimate", "account", "update",
                "bulletin")  # ("_" a space)
_TALLY_WORDS = (rf"(?:(?:{'|'.join(_TALLY_DEGREES)})\s+)?(?:(?:{'|'.join(_TALLY_KINDS)})\s+)?"
                r"(?P<noun>" + "|".join(_TALLY_NOUNS).replace("_", r"\s+") + r")\b")
# The pre-filters of the possessive branch: "'s" and a word the figures can start with (a
# possessive is common; one before "latest", "toll" or "figures" is not). One for each
# apostrophe: ``re`` finds a pattern's first character by a quick scan when it is one,
# and tries a class of them at every character (four times as slow).
_TALLY_POSSESSIVE = [apostrophe + r"s\s+(?=" + prefix_tree(
    w.split("_")[0] for w in _TALLY_DEGREES + _TALLY_KINDS + _TALLY_NOUNS) + ")" for apostrophe in "'’"]


# A source's figures told with a colon: "Gov. Serhii Lysenko’s latest figures, posted on
# Telegram, were grim: at least nine dead", "The ministry’s tally was stark: 16 soldiers dead",
# "The Ministry of Health’s final toll, published on its website, stands at 16 civilians
# killed", "The health ministry gave its latest figures on Wednesday: nine civilians dead".
# (tried only at a possessive's "’s" and at the verbs, which the shared scan finds)
TALLY_COLON = Trigger(regex.compile(
    # ("The military’s account of its own losses was brief: two soldiers lightly hurt")
    r"['’]s\s+" + _TALLY_WORDS + r"(?:\s+(?:of|for)\s+(?:[\p{L}’'\-]+\s+){0,3}?[\p{L}’'\-]+)?"
    r"(?:,[^,.:;\n]{1,80},)?"
    r"(?:\s+(?:(?:was|were|is|are|read|reads)\b[^.:;\n\"“”]{0,30}?:(?=[ \t]+\S)"
    r"|(?:stands|stood)\s+at\s+(?=\S)"
    # ("The health ministry’s toll rose to 25", "... has since climbed to at least 40": a
    # figure must follow)
    r"|(?:(?:has|had|have)\s+)?(?:(?:now|since|further|again|quickly|later)\s+)?"
    r"(?:rose|risen|rises|climbed|climbs|jumped|jumps|increased|increases|grew|grown|reached|reaches|hit|hits|"
    r"passed|passes|topped|tops|surpassed|exceeded)(?:\s+(?:to|at))?\s+"
    r"(?=(?:(?:at\s+least|more\s+than|nearly|almost|about|around|some|over|up\s+to)\s+)?"
    r"(?:\d|" + NUMBER_ALTERNATION + r")))"
    # ("The commission’s tally as of Sunday evening: 22 dead, 38 wounded")
    r"|(?:\s+as\s+of\s+[^.:;\n\"“”]{1,40}?)?:(?=[ \t]+\S)"
    # "By the army’s count, 40 militants were killed", "..., by the UN’s tally": an aside
    # (see forms.by_possessor)
    r"|(?P<aside>(?<=(?<![\p{L}\p{N}])by\s+(?:[^\s,;:()]+\s+){0,5}?[^\s,;:()]+['’]s\s+[^,.;:\n]{1,60})"
    r"(?=\s*(?:[,.;]|\Z))))"
    r"|(?:gave|given|released|published|issued|provided|offered|gives|releases|publishes|issues|provides|"
    r"offers)\s+(?:its|their|his|her|the|a|an)\s+"
    + _TALLY_WORDS + r"[^.:;\n\"“”]{0,40}?:(?=[ \t]+\S)"
    # "The official tally, as released by the committee on Wednesday evening: seven police
    # officers dead": the agent gives the figures
    r"|(?P<noun>tally|toll|figures|count)(?:\s+(?:from|of|for)\s+[^,.:;\n]{1,60}?)?,?\s+"
    r"as\s+(?:released|given|published|announced|reported|issued)\s+"
    r"by\s+(?P<by>[^.:;,\n]{2,80}?)(?:\s+(?:on|in|at|late|early|last|this|earlier)\b[^.:;\n]{0,40}?)?:"
    r"(?=[ \t]+\S)"
    # "Updated toll from the Emergency Medicine Centre: nine dead" (a live blog's entry): the
    # body named after "from" (not a time: "the latest toll from Saturday's attack")
    r"|(?:updated|latest|revised|provisional)\s+(?P<noun>toll|tally|figures|count)\s+from\s+"
    r"(?P<by>(?:the\s+)?(?!" + WEEKDAY_PATTERN + r")(?-i:\p{Lu})[^.:;,\n]{1,80}?)"
    r":(?=[ \t]+\S)"
    # "summed up the operation in three numbers: 13 suspected gunmen killed, 12 arrested"
    # (a short phrase in quotes may stand in between: "what the rebels called a “tactical
    # offensive”: 14 soldiers killed")
    r"|(?P<noun>summed\s+up|listed|outlined|broke\s+down)\b(?:[^.:;\n\"“”]|“[^”\n]{1,40}”){0,120}?:"
    r"(?=[ \t]+(?:\d|" + NUMBER_ALTERNATION + r"))", regex.IGNORECASE),
    words=["gave", "given", "released", "published", "issued", "provided", "offered", "gives", "releases",
           "publishes", "issues", "provides", "offers", "summed", "listed", "outlined", "broke", "tally",
           "toll", "figures", "count", "updated", "latest", "revised", "provisional"],
    anywhere=_TALLY_POSSESSIVE)


def cue_hits(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is "according to")`` of every match of :data:`CUE` in ``text``."""
    if "ı" in text:
        return [(m.start(), m.end(), m.lastgroup == "acc") for m in CUE.finditer(text)]
    padded = padded_lowercase(text)
    out = []
    pos: int | None = 0
    while pos is not None:
        start, pos = pos, None
        # (one iterator while the matches are words' starts: quicker than a search for each)
        for m in _CUE_LOWER.finditer(padded, start):
            s, e = m.span()
            before = padded[s]
            if before.isalnum() or before == "_":
                # a word's middle: look again from the next character, since what it took may
                # hold a cue of its own ("3as reported": "reported")
                pos = s + 1
                break
            # offset i of the padded text is offset i - 1 of the text: the word starts at
            # s + 1 there, at s here
            out.append((s, e - 1, m.lastgroup == "acc"))
    return out


# A poll or survey a sentence opens with, as a source: "In a CNN/ORC poll released Monday, 31
# percent of voters ...", "In the latest polls, he trails". Read as an "according to" (the cue
# "In", the source up to the comma); a poll told later in the sentence ("trails in the polls")
# is a place the figures stand, not a source.
_IN_POLL = regex.compile(
    r"In\s+(?:a|an|the|its|their|his|her|this|that|one)\s+"
    # (words of the poll's name, not of a clause: not "In a memo released as polls closed")
    r"(?:(?!(?:as|when|while|after|before|which|that|who|where)\s)[^\s.,;:]+\s+){0,6}?"
    r"(?:[Pp]olls?|[Ss]urveys?)\b(?=[^.;:\n]{0,80},)")


def poll_hits(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the cue "In" of every poll named after it (see :data:`_IN_POLL`);
    the reading keeps those that open their sentence."""
    low = padded_lowercase(text)
    if "poll" not in low and "survey" not in low:
        return []  # most texts
    # (found as a literal, fast, then the pattern tried there)
    return [(m.start(), m.start() + 2) for m in _IN.finditer(text)
            if _IN_POLL.match(text, m.start(), m.start() + 200) is not None]


_IN = re.compile(r"In\s")


def label_hits(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`LABEL`: tried only at the start of a line holding a colon
    (a label holds none, so the line's first colon ends it)."""
    line = tried = -1
    previous = 0
    for colon in _LABEL_COLON.finditer(text):
        # the line's start, looked for since the previous colon only: linear on a long line
        k = text.rfind("\n", previous, colon.start())
        if k != -1:
            line = k + 1
        elif line == -1:
            line = 0
        previous = colon.start()
        if line != tried:
            tried = line
            m = LABEL.match(text, line)
            if m is not None:
                yield m


# A fact box's line with its source in brackets: "- Killed: 14 soldiers (army, revised
# Monday)", "- Soldiers killed: 43 (JNIM, via az-Zallaqa)" (the bullet may be left out; the
# lookahead skips, with one scan of the line, a line with no colon near its start and no
# bracket after it).
_FACT_FIGURE = (r"[ \t]*+(?P<content>[^\n();]{1,160}+)"
                r"\((?P<source>[^;,()\n]{2,60}+)(?:[;,][^()\n]{0,80}+)?+\)[ \t]*+(?=;|$)")
FACT_LINE = regex.compile(
    r"(?m)^(?=[^:\n]{1,44}:[^\n]*\()[ \t]*+(?:[-•*–—][ \t]*+)?(?P<label>[^:;\n]{1,40}+):" + _FACT_FIGURE)
# The lines FACT_LINE may start at, found by ``re`` (its lookahead alone, four times as quick as
# ``regex`` trying the whole pattern at every line start); the pattern is tried at those only.
_FACT_LINE_STARTS = re.compile(r"(?m)^(?=[^:\n]{1,44}:[^\n]*\()")


def fact_lines(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`FACT_LINE` in ``text``, as its ``finditer`` gives them."""
    resume = 0
    for start in _FACT_LINE_STARTS.finditer(text):
        if start.start() >= resume and (m := FACT_LINE.match(text, start.start())) is not None:
            yield m
            resume = m.end() if m.end() > m.start() else m.start() + 1


# A line may give several figures, each with its own source, one after another: "Killed: 11
# soldiers (Defence Ministry); 84 soldiers (al-Shabaab claim)" (read right after the one before).
FACT_NEXT = regex.compile(r"(?m)(?P<next>;)" + _FACT_FIGURE)


# A document announced as printed after its issuer's sentence: "The General Staff released the
# following communiqué late on Sunday.", "issued the following statement:" (see
# claimkit.extractors._attribution_forms.printed). Found at "the following" (a literal found
# fast), then the verb before it.
_FOLLOWING_DOCUMENT = regex.compile(
    r"(?i)the\s+following\s+(?:(?:short|brief|joint|official|full)\s+)?(?:" + PRINTED_DOCUMENTS
    + r")\b(?::)?")
_PRINTING_VERB = regex.compile(
    r"(?i)(?<![\p{L}])(?:issued|released|published|put\s+out|sent\s+out|circulated|posted)\s+\Z")


def printed_hits(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each announcement "VERB the following DOCUMENT(:)" in ``text``."""
    low = padded_lowercase(text)  # (offset i + 1 there is offset i of the text)
    hits: list[tuple[int, int]] = []
    at = low.find("the following")
    while at != -1:
        m = _FOLLOWING_DOCUMENT.match(text, at - 1)
        verb = _PRINTING_VERB.search(text, max(0, at - 1 - 20), at - 1) if m is not None else None
        if m is not None and verb is not None:
            hits.append((verb.start(), m.end()))
        at = low.find("the following", at + 1)
    return hits


# A fact box's heading over its party's points: "WHAT ISRAEL SAYS", "What the army says",
# "WHAT LEBANESE AUTHORITIES SAY:" on a line of its own (the bullets after it are the party's:
# see claimkit.extractors._attribution_forms.says_heading).
SAYS_HEADING = regex.compile(
    r"(?m)^[ \t]*+(?:WHAT|What)[ \t]++(?P<who>(?:[\p{L}'’.\-]++[ \t]++){1,5}?)"
    r"(?P<cue>SAYS?|CLAIMS?|says?|claims?)[ \t]*+:?[ \t]*+$")


Candidate: TypeAlias = "tuple[str, int, int, regex.Match[str] | None]"


def candidates(text: str) -> list[Candidate]:
    """Every trigger match in text order, as ``(kind, start, end, match)`` (the match of a
    label or a colon; None for a cue); a match overlapping an earlier one is dropped."""
    # sorted by start, then by kind in this order: tally (a figure's colon after its verb, "gave
    # its latest figures: ...", before the verb alone), "according to", a poll or a printed
    # document's announcement, cue, label, colon
    labels = list(label_hits(text))
    # (a cue noun that is a whole label is the label's, "Report: Walker to speak at ..."; a
    # participle stays a cue, "Revealed: What the videos contain")
    label_words = {m.span("label") for m in labels if not m["label"].endswith("ed")}
    cues = cue_hits(text)
    if label_words:  # (most texts have none)
        cues = [cue for cue in cues if cue[:2] not in label_words]
    hits: list[tuple[int, int, str, int, regex.Match[str] | None]] = [
        (start, 0, "acc", end, None) if acc else (start, 1, "verb", end, None) for start, end, acc in cues]
    hits += [(start, 0, "poll", end, None) for start, end in poll_hits(text)]
    hits += [(m.start(), 2, "label", m.end(), m) for m in labels]
    hits += [(m.start(), 3, "qcolon", m.end(), m) for m in _QCOLON.finditer(text)]
    hits += [(m.start(), -1, "tally", m.end(), m) for m in TALLY_COLON.finditer(text)]
    hits += [(start, 0, "printed", end, None) for start, end in printed_hits(text)]
    if "\nWHAT " in text or "\nWhat " in text:
        hits += [(m.start(), 0, "heading", m.end(), m) for m in SAYS_HEADING.finditer(text)]
    if ":" in text and "(" in text:
        for m in fact_lines(text):
            hits.append((m.start(), -2, "fact", m.end(), m))
            while (m := FACT_NEXT.match(text, m.end())) is not None:
                hits.append((m.start(), -2, "fact", m.end(), m))
    hits.sort(key=itemgetter(0, 1))  # (start, order) never ties
    out: list[Candidate] = []
    last_end = -1
    for start, _, kind, end, m in hits:
        if start >= last_end:
            out.append((kind, start, end, m))
            last_end = end if end > start else start + 1
    return out

