"""Where a denial is told: the one trigger pattern of its cues, and the cues that deny nothing.

The trigger's branches: a verb of denying ("denied", "dismissed"), a dispute ("disputed the
figures"), calling or saying something false ("called the reports baseless", "said the reports
were untrue"), ground said to be held ("has not fallen"), a claim said false as the subject
("The enemy's claims ... are a lie"), a claim or an event said not to have happened ("Such an
incident did not happen"), a quoted "this is false". :func:`skip` tells a verb's cue
that denies nothing: negated, wished for, a passive with no agent, a person as the object,
something withheld, a refusal, a dismissed person or case (see :mod:`._denial_lexicon`).
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text import Trigger, anchored

from ._denial_lexicon import (
    BE,
    CALL_VERBS,
    DENY,
    DISMISSED,
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
    UNREAL,
    VERBS,
    WITHHELD,
)
from ._words import words

_W: Final = r"[\p{L}\p{N}][\p{L}\p{N}'’.-]*"
_NOT_IN_OBJECT: Final = r"(?!(?:and|or|but|said|says|which|who|when|while|because|if)\b)"
# (nor a word that ends its sentence: "said the town was taken. | That is false" says the
# town's capture false in a sentence of its own)
_NO_STOP: Final = r"(?![\p{L}\p{N}'’.-]*\.\s+(?-i:\p{Lu}))"
# A quote mark may open the words that call it false: 'called the claim "pure fiction"'.
_QUOTE: Final = r"(?:[\"“‘']\s*)?"
# (also what a side calls the other's claims: "The lies being spread by the enemy's media that
# ... are baseless propaganda")
# (and a figure said false: "The figure of 190 is fantasy")
_CLAIM_NOUNS: Final = (r"claims?|statements?|allegations?|assertions?|accusations?|lies|rumou?rs|propaganda|"
                       r"figures?|tolls?")
# What an unquoted "This is ..." opening a sentence says of the sentence before: only the
# plainest words (not "This is propaganda", which may describe a thing told).
_UNQUOTED_FALSE: Final = (r"(?:simply\s+|completely\s+|totally\s+|entirely\s+)?"
                          r"(?:not\s+(?:true|correct)|false|untrue|incorrect|a\s+lie|an\s+outright\s+lie|"
                          r"fabricated|a\s+fabrication|baseless|unfounded|groundless)")
# ... and what it is said of: "That is completely fabricated.", "Such news is totally untrue,"
# (one phrase each, so that each pre-filter below opens on its literal word)
_UNQUOTED_SUBJECTS: Final = (r"(?:this|that)", r"such\s+(?:news|reports?|claims?)",
                             r"these\s+(?:reports|claims)")
_UNQUOTED_BE: Final = r"\s+(?:is|was|are|were)\s+"
_UNQUOTED_SUBJECT: Final = "(?:" + "|".join(_UNQUOTED_SUBJECTS) + ")" + _UNQUOTED_BE
_NO_SUCH_EVENT: Final = (r"there\s+(?:is|was|were|has\s+been)\s+no\s+(?:such\s+)?(?:encirclement|siege|"
                         r"breakthrough|incursion|infiltration|massacre|ambush|attack|air\s*strike|strike|"
                         r"shelling|offensive)")
# A deed of war a party says it never did to anyone: "The defence forces did not kill any
# civilian in Ashong", "They did not take any vehicles", "had not shot down any aircraft", "its
# fighters did not fire on civilians".
# (it opens at the negation, after its auxiliary, so that its pre-filter opens on a literal)
_UNDONE: Final = (r"(?<=\b(?:did|do|does|had|has|have)\s{0,3}[\"“]?)(?:not|n['’]t)\s+"
                  r"(?:(?:kill(?:ed)?|target(?:ed)?|shoot\s+down|shot\s+down|take|taken|capture[d]?|abduct(?:ed)?|"
                  r"kidnap(?:ped)?|fire[d]?\s+on|attack(?:ed)?|shell(?:ed)?|bomb(?:ed)?|free[d]?)\s+"
                  r"(?:any|anyone|anybody|a\s+single|civilians)\b"
                  # ... or struck what it is accused of striking: "it had not targeted the army"
                  r"|(?:target(?:ed)?|attack(?:ed)?|shell(?:ed)?|bomb(?:ed)?)\s+(?:the|its|their)\s)"
                  # (up to the clause's end: "had not attacked civilians | and dismissed ...")
                  r"(?:(?!\s(?:and|but|while|whereas|or)\s)[^.;:!?\n\"“”,]){0,80}")
# Equipment a party says it never lost: "No U.S. aircraft has been lost", "Not a single Indian
# post has been damaged", "No Cambodian weapon system was destroyed" (denied as a deed never
# done; up to two words name whose it is).
_EQUIPMENT_LOST: Final = (r"(?:aircraft|planes?|jets?|drones?|helicopters?|tanks?|vehicles?|"
                          r"weapon\s+systems?|ships?|vessels?|posts?)")
_LOST_BE: Final = r"\s+(?:has|have|had|was|were)\s"
_NONE_LOST: Final = (r"(?<![\p{L}])(?:no|not\s+(?:a\s+single|one))\s+(?:[\p{L}.’'-]+\s+){0,2}?"
                     + _EQUIPMENT_LOST + _LOST_BE + r"\s*(?:been\s+)?(?:lost|destroyed|damaged|shot\s+down|"
                     r"downed|captured|seized)\b")
# What a party says, as a subject: "What the militia is publishing (on its platforms ...)".
_WHAT_IS_SAID: Final = (r"what\s+(?:[\p{L}'’-]+\s+){1,4}?(?:is|are|was|were|has|have)?\s*"
                        r"(?:publish|say|said|saying|claim|spread|circulat|report|post)[\p{L}]*")
# What says a claim false after it: "... is entirely baseless", "... are a lie".
SAID_FALSE: Final = r"\s+(?:is|are|was|were)\s+" + INTENSIFIERS + r"(?:" + FALSE + r")(?![\p{L}])"
# The words that open the branches "call" and "say" ("called the reports baseless", "said the
# reports were untrue"), "said" above all: at each, the heavy pattern reads up to fifteen words
# on for a word calling something false, and seldom finds one. So their pre-filter is the two
# branches themselves, for ``re`` over the lowercase text (three times as quick), with
# ``\S`` for a word's letters and no lookahead: it finds where they match and maybe more, and
# the heavy pattern is tried there only.
_CALL_OR_SAY_WORDS: Final = ("call", "describ", "brand", "label", "term", "denounc",
                             "said", "says", "insist", "maintain", "stressed", "added", "declared", "told")
_CALL_OR_SAY_FILTERS: Final = (
    r"(?:" + CALL_VERBS + r")\s+(?:\S++\s++){0,8}?\S++\s++(?:as\s+)?" + _QUOTE + INTENSIFIERS
    + r"(?:" + FALSE + r")",
    r"(?:" + SAY_VERBS.replace(r"[\p{L}.]", r"\S") + r")\s+(?:that\s+)?(?:\S++\s++){0,14}?\S++\s++" + BE
    + r"\s+" + _QUOTE + INTENSIFIERS + r"(?:" + FALSE + r")")
TRIGGER: Final = Trigger(regex.compile(
    r"(?P<verb>(?<![-\p{L}])(?:" + VERBS + r")\b)"
    r"|(?P<dispute>(?<![-\p{L}])(?:" + DISPUTE_CUE + r")(?=" + DISPUTE_OBJECT + r"))"
    r"|(?P<call>\b(?:" + CALL_VERBS + r")\s+(?!of\b)(?P<cobj>(?:" + _NOT_IN_OBJECT + _W + r"\s+){0,8}?"
    + _NOT_IN_OBJECT + _W + r")\s+(?:as\s+)?" + _QUOTE + INTENSIFIERS + r"(?P<cfalse>" + FALSE + r")\b)"
    r"|(?P<say>\b(?:" + SAY_VERBS + r")\s+(?:that\s+)?(?P<sobj>(?:" + _NOT_IN_OBJECT + _NO_STOP + _W
    + r"\s+){0,14}?" + _W + r")\s+" + _QUOTE + BE + r"\s+" + _QUOTE + INTENSIFIERS + r"(?P<sfalse>" + FALSE
    + r")\b)"
    r"|(?P<held>" + HELD + r")"
    r"|(?P<undone>" + _UNDONE + r"|" + _NONE_LOST + r")"
    r"|(?P<unreal>" + UNREAL + r")"
    # a claim said false as the subject: "The council's statement that it killed 100 of our troops
    # is entirely baseless", "The enemy's claims of having repelled the attack are a lie", "What
    # the militia is publishing on its platforms about entering the town is a lie"
    r"|(?P<pred>(?<![\p{L}])(?:" + _CLAIM_NOUNS + r"|" + _WHAT_IS_SAID + r")(?![\p{L}])"
    r"[^.;:!?\n\"“”]{0,150}?" + SAID_FALSE + r")"
    r"|[\"“‘']\s*(?P<quote>" + REFERENTS + r"(?:['’]s|\s+(?:is|was|are|were))\s+" + INTENSIFIERS
    + r"(?:" + FALSE + r")\b)"
    # ... or opening a sentence with no quote mark, in a fact check's or a spokesman's words:
    # "... stated that the ship had sunk. This is not correct: satellite imagery shows ..."
    r"|(?<=(?:^|[.!?:][ \t]{1,3}|\n))(?P<quote>" + _UNQUOTED_SUBJECT + _UNQUOTED_FALSE + r")"
    r"(?=\s*+[:;,.!?]|\s*+$)"
    # ... or an act of war told before said not to be, in a sentence of its own: "There is no
    # encirclement.", "There was no attack."
    r"|(?<=(?:^|[.!?:][ \t]{1,3}|\n))(?P<quote>" + _NO_SUCH_EVENT + r")(?=\s*+[:;,.!?]|\s*+$)",
    regex.IGNORECASE),
    words=TRIGGER_WORDS - frozenset(_CALL_OR_SAY_WORDS),
    fragments=_CALL_OR_SAY_FILTERS, fragment_words=_CALL_OR_SAY_WORDS,
    # a quoted "this is false": the referent and its verb (fewer candidates than "th" or "it");
    # a pre-filter for each quote mark, which ``re`` finds by a quick scan (a class of marks
    # it tries at every character)
    anywhere=[*(rf"{mark}\s*{REFERENTS}(?:['’]s|\s+(?:is|was|are|were))\s" for mark in "\"“‘'"),
              # (each opening on a literal: ``re`` then scans for it quickly)
              *(subject + _UNQUOTED_BE + _UNQUOTED_FALSE for subject in _UNQUOTED_SUBJECTS), _NO_SUCH_EVENT,
              r"n(?:ot|['’]t)\s+(?:kill|target|shoot|shot|take|taken|captur|abduct|kidnap|fire|attack|shell|bomb|"
              r"free)",
              r"no\s+(?:\S+\s+){0,2}?" + _EQUIPMENT_LOST + _LOST_BE,
              r"not\s+(?:a\s+single|one)\s+(?:\S+\s+){0,2}?" + _EQUIPMENT_LOST + _LOST_BE])
# A person or body as the object: "rejected Nikki Haley as ...", "denied Carter a photograph".
_NAME_OBJECT: Final = regex.compile(
    r"\s+(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Gov|Rep)\.?\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}"
    r"(?=\s*(?:[,;:.!?)]|$)|\s+(?:as|a|an|the|to|for|in|on|at|from|over|and|his|her|their)\b)")

_NEGATED: Final = regex.compile(
    # The negation's reach stops at a conjunction: "had not fired and dismissed" denies.
    r"(?:\b(?:not|never|no|neither|nor|cannot|hardly)|n't)\s+(?:(?!(?:and|but|or)\b)[\p{L}]+\s+){0,2}$",
    regex.IGNORECASE)
_MODAL: Final = regex.compile(
    r"\b(?:to|will|would|should|must|could|can|may|might|shall)\s+(?:[\p{L}]+ly\s+)?$",
                              regex.IGNORECASE)
_DONE_TO: Final = regex.compile(r"\b(?:" + DONE_BEFORE_TO + r")\s+to\s+(?:try\s+to\s+)?(?:[\p{L}]+ly\s+)?$",
                                regex.IGNORECASE)
PASSIVE: Final = regex.compile(r"\b(?:was|were|been|being|be|is|are|get|got)\s+(?:[\p{L}]+ly\s+)?$",
                                regex.IGNORECASE)
# (a label and a time may stand before the agent: "were dismissed as baseless by the ministry",
# "was rejected on Thursday by the General Staff")
BY: Final = regex.compile(
    r"\s+(?:[\p{L}]+ly\s+)?(?:as\s+[\"“]?(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+[\"”]?\s+)?"
    r"(?:(?:late\s+|early\s+)?on\s+\p{Lu}\p{L}+\s+|(?:yesterday|today)\s+)?by\s+", regex.IGNORECASE)
_OBJECT_END: Final = words("on in at from as for with after over to by during since because and but "
                               "that who which")
AS: Final = regex.compile(anchored(r"\s+as\b"), regex.IGNORECASE)
_IS_DENY: Final = regex.compile(DENY, regex.IGNORECASE)
_WORDS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
# (the label may stand in quotes: 'dismissed them as "propaganda relayed by ..."')
AS_FALSE: Final = regex.compile(r"\s+as\s+" + _QUOTE + INTENSIFIERS + r"(?:[\p{L}'’-]+\s+){0,3}?(?:" + FALSE
                                 + r"|[\p{L}'’-]+)", regex.IGNORECASE)
_PUNCT: Final = regex.compile(r"[,.;:]")


def skip(text: str, m: regex.Match[str], lo: int, hi: int) -> bool:
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
    if participle and PASSIVE.search(before) and not BY.match(after):
        return True
    name = _NAME_OBJECT.match(after)
    if name and not m.group("dispute") and not (verb.startswith("dismiss") and AS.match(after, name.end())):
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
    return verb.startswith("dismiss") and head in DISMISSED and not AS_FALSE.search(after)
