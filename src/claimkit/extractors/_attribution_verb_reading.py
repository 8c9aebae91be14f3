"""Reading a reporting verb at its cue (:func:`verb`): the guards that tell a cue word reporting
nothing ("the blast claimed 16 lives", "two soldiers reported missing", "called off the deal",
"was listed as missing"), the particles, medium and adverbs that belong to the cue ("called
for", "wrote on Twitter", "said sarcastically"), the cues read in another shape (a claim told
as a noun, a request not to be named, "quoted X as saying", "issued a statement saying",
"seems", a passive, an aside in brackets), then the source and content by
:func:`._attribution_parse.verb_cue`; and whether a coordinated cue word lacks the particle it
reports with (:func:`without_its_particle`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import regex

from claimkit.text._calendar import MONTH_PATTERN, WEEKDAY_PATTERN

from . import _attribution_forms as forms
from . import _attribution_parse as parse
from ._attribution_before import ANONYMITY, ASKED_TO_BE, REQUEST_FORMS, source_before
from ._attribution_context import (
    NOT_ADVERBS,
    Context,
    Found,
    Range,
    lstrip_at,
    rstrip_at,
    verb_group_start,
)
from ._attribution_lexicon import may_end_with, words
from ._attribution_nouns import NOMINAL, nominal_claim
from ._attribution_preposed import I_QUOTE, preposed
from ._attribution_triggers import CUES
from ._attribution_updates import FIGURE_CUES, earlier_figure_by
from ._attribution_verbs import BE, plausible_verb

# Passive verbs of keeping a record: "listed as missing", "registered as dead".
_RECORDED = words("listed registered recorded classified counted")
_AS_AFTER = regex.compile(r"\s+as\b")
_PARTICLE = regex.compile(r"\s+(\w+)(?![\w-])")


def without_its_particle(text: str, vs: int, ve: int) -> bool:
    """Whether the cue word at ``vs:ve`` reports only with a particle that does not follow it
    ("and fired an anti-tank missile": no "fired back")."""
    info = CUES.get(text[vs:ve].lower())
    if info is None or not info.needs_particle:
        return False
    pm = _PARTICLE.match(text, ve)
    # ("and pushed to funnel arms", "and railed about": still a view told)
    return pm is None or (pm.group(1).lower() not in info.particles
                          and pm.group(1).lower() not in _COMPLEMENT_WORDS)


_COMPLEMENT_WORDS = frozenset({"to", "about"})


_SEEM = words("seem seems seemed appear appears appeared")
_APPEAR_STATE = regex.compile(
    r"\s+(?!(?:on|at|in|before|with|alongside|together|onstage|as|for|during|live|the|a|an|his|her|"
    r"their|its|and|or|but)\b)[a-z]+\b")


_BE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:" + "|".join(sorted(BE)) + r")\s++\Z")
# After "reported": the state it reports people in, as a passive ("reported missing").
_REPORTED_STATE = regex.compile(
    r"\s++(?:missing|dead|killed|wounded|injured|kidnapped|abducted|captured|detained|arrested)(?![\p{L}])")

# What "claimed" takes when it tells deaths: "16 lives", "the lives of 40 people".
_LIVES = regex.compile(r"(?:\s++(?!that\b)[\w,’'-]++){0,4}?\s++lives\b", regex.IGNORECASE)

# "quoted a military source as | saying": whom the quoting verb quotes.
_QUOTED_AS_BEFORE = regex.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^,;:\"“”]{2,80}?)\s+as\s+$", regex.IGNORECASE)



def verb(ctx: Context, vs: int, ve: int, ss: int, se: int, earlier: Found | None,
          cue_at: Callable[[int, int], int | None]) -> Found | None:
    text = ctx.text
    word = text[vs:ve]
    low = word.lower()
    info = CUES.get(low)
    if info is None:
        return None
    if low in NOMINAL and (claim := nominal_claim(ctx, ss, se, vs, ve, cue_at)) is not None:
        return claim  # "the army's claim that T", "a claim by X that T"
    if low in REQUEST_FORMS and (anonymity := ANONYMITY.match(text, ve, se)) is not None:
        # "who asked not to be named": the request is all the content, however the sentence
        # goes on ("... told Reuters T" is the main report); "was asked to comment" is not one
        cs = verb_group_start(text, vs, ss)
        if BE.isdisjoint(text[cs:vs].lower().split()):
            content = (lstrip_at(text, ve, se), anonymity.end())
            return Found(source_before(text, ss, cs), (cs, ve), (content,), "indirect")
    if low == "quote" and (aside := _REPORTER_BEFORE.search(text, max(ss, vs - 12), vs)) is not None \
            and (whole := I_QUOTE.match(text, aside.start(), se)) is not None and whole.end() >= ve:
        return None  # "said, and I quote, T": the reporter's aside inside another's cue
    if info.only_before is not None:
        needed = info.only_before.match(text, ve, se)
        if needed is None:
            return None
        if "cue" in needed.re.groupindex and needed.start("cue") >= 0:
            ve = needed.end("cue")
    if low == "reported" and _REPORTED_STATE.match(text, ve, se) \
            and not _BE_BEFORE.search(text, max(ss, vs - 12), vs):
        # "two soldiers reported missing": a reduced relative, no report ("six soldiers were
        # reported dead" stays a report, whose source is left unnamed)
        return None
    if low.startswith("claim") and _LIVES.match(text, ve, min(se, ve + 60)):
        return None  # "the blast claimed 16 lives", "has claimed the lives of thousands": deaths
    if low in FIGURE_CUES and (update := earlier_figure_by(text, vs, ve, ss, se)) is not None:
        return update  # "up from the nine announced by the Ministry of Defence"
    # (whether the word is a verb at all first: a third of the candidates are not)
    cs = verb_group_start(text, vs, ss)
    # (most cues follow no "to": the pattern is not tried there)
    went_on = _WENT_ON.search(text, max(ss, vs - 30), vs) \
        if may_end_with(text, max(ss, vs - 30), vs, ("to",), ignore_case=True) else None
    if went_on is not None:
        cs = verb_group_start(text, went_on.start(), ss)  # "went on to say": one cue
    elif not plausible_verb(text, ss, se, cs, vs, word):
        return None
    # particles that belong to the cue ("called for", "pointed out")
    pm = _PARTICLE.match(text, ve, se)
    after = pm.group(1) if pm is not None else None  # (the word right after the cue)
    if pm and info.particles and pm.group(1).lower().endswith("ly"):
        # "spoke passionately about": an adverb between the verb and its particle
        adverbed = _PARTICLE.match(text, pm.end(), se)
        if adverbed and adverbed.group(1).lower() in info.particles:
            pm = adverbed
    if pm and pm.group(1).lower() == "on" and _DAY_AFTER.match(text, pm.end(), se):
        pm = None  # "called on Tuesday": a time, not "called on" someone
    if pm and pm.group(1).lower() in info.particles:
        ve = pm.end()
        if pm.group(1).lower() in _ADVERB_PARTICLES and (prep := _PREPOSITION_AFTER.match(text, ve, se)):
            ve = prep.end()  # "weighed in on", "lashed out at": the preposition is the cue's too
    elif info.needs_particle or (pm and pm.group(1).lower() in _OTHER_PARTICLES
                                 and not text.startswith(" up to ", ve)
                                 and not _FIGURE_AFTER.match(text, pm.end(), se)):
        # "called off the deal", "showed up": a phrasal verb that reports nothing ("said
        # around 15 people died" is no phrasal verb)
        return None
    elif low in ("said", "says") and text.startswith(" in a statement", ve):
        ve += len(" in a statement")
    else:
        # (either pattern matches only where the word after the cue is its first word, or
        # where no word as _PARTICLE reads one follows: that word tells whether to try it)
        platform = _ON_PLATFORM.match(text, ve, se) if after == "on" else None
        if platform is not None:
            ve = platform.end()  # "wrote on Twitter": the medium belongs to the cue
        else:
            tail = _CUE_TAIL.match(text, ve, se) if after is None or after.endswith(_TAIL_ENDS) else None
            if tail is not None and tail.group(1).lower() not in NOT_ADVERBS:
                ve = tail.end()  # "said sarcastically", "warned against": part of the cue
    group = text[cs:vs].lower().split()
    if low == "saying" and cs == vs and (quoted := _QUOTED_AS_BEFORE.search(text, max(ss, vs - 100), vs)):
        # "SANA quoted a military source as saying that T": the one quoted is the source
        who = quoted.span("who")
        return preposed(ctx, ss, se, vs, ve, "clause", who, cue_at)
    if low in _AFTER_ISSUED and cs == vs:
        issued = _ISSUED.search(text, max(ss, vs - 90), vs)
        if issued is not None:
            # "The party issued a statement saying T" (or "claiming T"): the statement is the cue
            found = parse.verb_cue(ctx, ss, se, issued.start(), ve, "clause", False, earlier, cue_at)
            return found if found is not None and found.source is not None else None
    if low in _SEEM:
        # "seems T", "appears to T", "appeared paralyzed"; not "appeared on television"
        raising = (low.startswith("seem") or text.startswith(" to ", ve)
                   or bool(_APPEAR_STATE.match(text, ve, se)))
        return forms.passive(ctx, ss, se, cs, ve) if raising else None
    if not BE.isdisjoint(group) and (low.endswith(("ed", "en")) or low in _PARTICIPLES):
        if low in _RECORDED and _AS_AFTER.match(text, ve, se):
            return None  # "was still listed as missing": a record of what someone is, no speech
        if ASKED_TO_BE.search(text, max(ss, vs - 40), vs):
            return None  # "asked not to be identified": the request, read at its own cue
        return forms.passive(ctx, ss, se, cs, ve)
    frame = "object" if "object" in info.frames else ("clause" if "clause" in info.frames else "np")
    participle = low.endswith("ing") and BE.isdisjoint(group)  # not "is saying"
    found = parse.verb_cue(ctx, ss, se, cs, ve, frame, participle, earlier, cue_at)
    if found is None or (found.source is None and info.kind != "speech"):
        return None
    if found.source is not None and text[found.source[0]:found.source[1]].lower() in _WEAK_SOURCES:
        return None  # "you know", "you say": a quoted speaker addressing someone, not a report
    if found.source is not None and info.kind == "speech" and "clause" in info.frames \
            and (aside := _aside_before(text, ss, found.source[0], found.cue[1], se)):
        return Found(found.source, found.cue, (aside,), "indirect")
    if found.source is not None and info.only_before is not None and (
            _head_word(text[found.source[0]:found.source[1]]) in _EVENTS
            or _DEATHS_TOLD.search(text, found.source[0], max(found.source[1], vs)) is not None):
        # "the renewed fighting had raised the number of dead to seven", "two soldiers died of
        # their wounds, raising the toll to nine": an event raised it, no speaker (read up to
        # the cue: "Two of the wounded later died, raising ..." may end its subject early)
        return None
    return found


# A report told as an aside in brackets after what it reports: "Two soldiers died overnight
# (the army said Monday), bringing the toll to five"; a time of the cue may close it, no
# content of its own ("(she asked that her street not be named)").
_ASIDE_OPEN: Final = regex.compile(r"\(\s*+\Z")
_ASIDE_CLOSE: Final = regex.compile(
    rf"(?i)(?:\s++(?:on\s++)?(?:{WEEKDAY_PATTERN}|today|yesterday|tonight|earlier|later|overnight)(?![\p{{L}}]))?+"
    r"(?:\s++in\s++a\s++(?:brief\s++|short\s++|written\s++)?statement)?+\s*+\)")


def _aside_before(text: str, ss: int, source: int, cue_end: int, se: int) -> Range | None:
    """The clause an aside in brackets reports (from its sentence's start to the bracket), or
    None when the source and cue are no such aside."""
    opening = _ASIDE_OPEN.search(text, max(ss, source - 4), source)
    if opening is None or not _ASIDE_CLOSE.match(text, cue_end, se):
        return None
    start, end = lstrip_at(text, ss, opening.start()), rstrip_at(text, ss, opening.start())
    return (start, end) if end > start else None


def _head_word(source: str) -> str:
    """The last word before any appositive: "The Emergency Lawyers, a group that documents abuses
    in the war" is headed by "Lawyers", not by "war"."""
    words_before = source.split(",", 1)[0].split()
    return words_before[-1].lower() if words_before else ""


_WEAK_SOURCES = words("you")
# Events that raise or put a figure ("the fighting raised the toll to 12"), not speakers.
_EVENTS = words("""
fighting clashes clash attack attacks assault offensive violence strike strikes airstrike airstrikes
shelling bombardment bombing bombings blast blasts explosion explosions raid raids ambush deaths
death discovery fire fires battle battles unrest war
""")
# A clause telling deaths or finds, read as the "subject" of a participle after it.
_DEATHS_TOLD = regex.compile(
    r"(?i)\b(?:died|succumbed|perished|were\s+(?:killed|found|recovered)|was\s+(?:killed|found))\b")
_PARTICIPLES = words("said told written thought known seen felt found read shown sought understood")


_DAY_AFTER = regex.compile(
    rf"\s+(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}\s+\d|\d)")
# The start of the reporter's aside before its "quote" (see I_QUOTE): ", and I | quote:".
_REPORTER_BEFORE = regex.compile(r"(?:,|[—–]|--)\s*+(?:and\s++)?I\s++\Z")
_WENT_ON = regex.compile(r"(?r)\b(?:went|goes|go|going|gone)\s+on\s+to\s+$", regex.I)
_CUE_TAIL = regex.compile(r"\s+(against|upon|[a-z]{3,}ly)\b")
_TAIL_ENDS = ("against", "upon", "ly")  # (how the word of a _CUE_TAIL match ends)
_ON_PLATFORM = regex.compile(
    r"\s+on\s+(?:the\s+)?(?:Twitter|Facebook|Instagram|Telegram|WhatsApp|X)\b"
    r"(?:\s+(?:messaging\s+)?(?:app|channel|account|page|platform))?(?![\w-])")
_ISSUED = regex.compile(
    r"(?r)\b(?:issued|released|sent(?:\s+out)?|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|email|release|message|letter|memo|video|ad)(?:\s+[\w-]+){0,5}?\s+$", regex.I)
_AFTER_ISSUED = words("saying claiming stating alleging insisting warning")
_OTHER_PARTICLES = words("off up down away apart around")
# A phrasal verb's adverb and the preposition after it ("pushed back against", "spoke out in
# favor of"): PolNeAR's cue spans hold both.
_ADVERB_PARTICLES = words("back in out")
_PREPOSITION_AFTER = regex.compile(r"\s+(?:at|against|on|about|over|with|in\s+favou?r\s+of)\b")
_FIGURE_AFTER = regex.compile(
    r"\s+(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)\b)", regex.I)
