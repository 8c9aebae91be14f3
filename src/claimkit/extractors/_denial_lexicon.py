"""The denial stage's word lists, as data.

A denial is a party saying that a proposition is false: "X denied ...", "rejected claims
that ...", "dismissed reports ...", "refuted", "rebutted", "disputed", "called the reports
baseless", "said reports that ... were untrue", "'This is completely false,' he said".

Not denials (the stage skips them):

* negated or hypothetical cues: "did not deny", "there is no denying", "cannot be denied",
  "would reject", "urged voters to reject" (a cue after a modal or "to" is skipped unless
  the verb before "to" reports a completed act: "went on to rebut", "moved to deny");
* "deny" meaning withhold: "denied entry / access / visas / bail", "denied him a hearing";
* a passive without an agent: "the request was denied", "the appeal was dismissed";
* refusals: "rejected the ceasefire proposal", "rejected the truce", "rejected talks",
  "rejected the demands", "rejected calls for his resignation" (rejecting an offer or a plan
  in general stays a denial: news reports it as a stance);
* dismissing a person or a court case: "dismissed the commander", "dismissed the lawsuit";
* "has not claimed responsibility", "did not comment", "declined to comment": silence is
  not a denial (none of these contains a denial cue).

A denial whose cue is a dispute word (:data:`DISPUTE`) marks its target ``disputed``; every
other denial marks it ``denied``.
"""

from __future__ import annotations

from typing import Final

from ._words import words

# The verbs of denial, by family.
DENY: Final = r"den(?:y|ies|ied|ying)"
VERBS: Final = (DENY + r"|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|"
                r"rebut(?:s|ted|ting)?|rubbish(?:es|ed|ing)|"
                # (not "the debunked claim": the outlet's word for it, no one's denial)
                r"(?<!(?:the|a|an|this|that|these|those|its|their|his|her)\s)debunk(?:s|ed|ing)?")
DISPUTE: Final = ("disput", "cast", "question")

# What a denial calls the denied proposition ("called the reports baseless").
FALSE: Final = (r"not\s+true|untrue|false|baseless|unfounded|groundless|fabricated|a\s+fabrication|"
                r"fabrications|fabrication|propaganda|lies|a\s+lie|fake(?:\s+news)?|nonsense|fiction|rumou?rs?|"
                r"misinformation|disinformation|incorrect|inaccurate|exaggerated|not\s+correct|"
                r"without\s+(?:any\s+)?(?:basis|foundation)|far\s+from\s+the\s+truth|a\s+hoax|"
                r"(?:an?|another)\s+(?:outright\s+|total\s+|complete\s+)?(?:lie|fabrication|hoax|fantasy)|"
                r"fantasy|fantasies|fictitious|concocted|made[\s-]up")
INTENSIFIERS: Final = (r"(?:(?:completely|totally|entirely|utterly|absolutely|simply|just|categorically|"
                       r"pure|purely|mere|merely|all|baseless|malicious|enemy|terrorist|false|cheap|mostly|largely|"
                       r"wholly|sheer)\s+)*")
CALL_VERBS: Final = (r"call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|"
                     r"term(?:s|ed|ing)?|den(?:ounce|ounced|ounces)")
SAY_VERBS: Final = (r"said|says|insisted|insists|maintained|maintains|stressed|added|declared|"
                    r"told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?")
BE: Final = r"(?:was|were|is|are|had\s+been|have\s+been|has\s+been|remain|remains)"
REFERENTS: Final = r"(?:this|that|it|these|those|the\s+(?:reports?|claims?|allegations?|news))"

# Ground a side says it still holds, against a claim that it fell: "Kashebere has not fallen",
# "the base was never lost", "no position has fallen", "Not a single post has been lost", "we
# have not lost any position", "the town is not under their control", "our forces have not
# withdrawn from any position". Each match starts at
# the verb (the negation is looked for behind it); a bare "not lost" needs the clause to end
# there or a ground word after it ("has not lost hope" is no denial); and the stage reads it
# only in a sentence about fighting (see MILITARY_CONTEXT).
_GROUND: Final = (r"(?:positions?|posts?|ground|territory|villages?|towns?|bases?|metres?|meters?|inch|"
                  r"soldiers?)")
HELD: Final = (
    # (not a vow: "the city will not fall", "won't be taken")
    r"(?<=\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:been\s+)?)"
    r"(?<!\b(?:will|would|shall|must|can|could|may|might|wo|ca)(?:\s+not|\s+never|n['’]t)\s+(?:be\s+)?)"
    # ("the post never fell and remains under the control of troops")
    r"(?:fallen|fall|fell|lost|taken|captured|overrun)"
    r"(?=\s*(?:[,.;:!?\"”’)]|$|\s+(?:and|but|to|even|at\s+any|by)\b))"
    r"|(?<=\b(?:not|never|n['’]t)\s+)(?:lost|lose)(?:\s+(?:a\s+single|any|one|an\s+inch\s+of))?\s+" + _GROUND
    + r"\b|(?<=\b(?:no|not\s+a\s+single|not\s+one)\s+(?:[\p{L}-]+\s+){1,2}(?:has|had|have|was|were)\s+"
    r"(?:been\s+)?)(?:fallen|lost|taken|captured|overrun)"
    r"(?=\s*(?:[,.;:!?\"”’)]|$|\s+(?:and|but|to|by|hostage|prisoner|alive)\b))"
    r"|(?<=\b(?:is|are|was|were)\s+not\s+)under\s+(?:[\p{L}-]+\s+){1,2}(?:control|occupation)\b"
    # "Our forces have not withdrawn from any position", "did not abandon a single post"
    r"|(?<=\b(?:not|never|n['’]t)\s+)(?:withdrawn|withdraw|retreated|retreat|abandoned|abandon)"
    r"\s+(?:from\s+)?(?:a\s+single|any|one)\s+" + _GROUND + r"\b"
    # "Russian troops have not taken Petropavlivka", "the rebels never entered the town of
    # Kisa": the other side's capture of a named place, negated (not a vow: "will not take Kyiv")
    r"|(?<=\b(?:not|never|n['’]t)\s+(?:yet\s+)?)"
    r"(?<!\b(?:will|would|shall|must|can|could|may|might|wo|ca)(?:\s+not|\s+never|n['’]t)\s+(?:yet\s+)?)"
    r"(?:taken|captured|seized|occupied|entered|take|capture|seize|occupy|enter"
    # (or our side's withdrawal from it: "Our forces have not withdrawn from Petropavlivka")
    r"|(?:withdrawn|withdrew|withdraw|retreated|retreat|pulled\s+out|pulled\s+back)\s+from)\s+"
    # (not "have not withdrawn from Tirza yet": a state for now)
    r"(?:(?:the\s+(?:village|town|city|settlement|port|district)\s+of\s+)?(?=(?-i:\p{Lu}))(?![\p{L}\-]+\s+yet\b)"
    # ("the terrorists never entered the camp")
    r"|(?:the|our)\s+(?:camp|base|barracks|post|outpost|town|village|position)s?\b)")

# An event or a claim said never to have been ("Such an incident did not happen", "Rumours
# ... that the town had fallen did not happen"), or said untrue ("the enemy's claims do not
# correspond to reality", "has nothing to do with reality"). Each match starts at the verb (the
# negation is looked for behind it); what did not happen must be a claim, a report, an act of
# war or "such" a thing (see UNREAL_SUBJECT): "the meeting did not take place" is no denial.
UNREAL: Final = (
    r"(?<=\b(?:did\s+not|didn['’]t|never)\s+)(?:happen|happened|take\s+place|took\s+place|occur|occurred)\b"
    r"|(?<=\b(?:do|does|did)\s*(?:not|n['’]t)\s+)correspond\s+(?:in\s+any\s+way\s+)?to\s+(?:the\s+)?"
    r"(?:reality|truth|facts)\b"
    r"|(?<=\b(?:has|have|had)\s+)nothing\s+to\s+do\s+with\s+(?:the\s+)?(?:reality|truth|facts)\b")
UNREAL_SUBJECT: Final = (r"\b(?:claims?|reports?|rumou?rs?|news|allegations?|accusations?|stor(?:y|ies)|"
                         r"statements?|assertions?|such|"
                         # (an act of war a party says never was: "The massacre never happened")
                         r"attacks?|strikes?|air\s*strikes?|bombings?|shelling|massacres?|killings?|raids?|"
                         r"assaults?|incidents?|ambush|executions?|abductions?|kidnappings?|capture|fall)\b")

# The words every cue of the trigger starts with (VERBS, DISPUTE_CUE, CALL_VERBS, SAY_VERBS,
# HELD, and the claim nouns said false: "The army's statement ... is baseless"), for its cheap
# pre-filter (see claimkit.text.Trigger); a cue missing here is never found.
TRIGGER_WORDS: Final = words(
    "deny deni reject dismiss refut rebut rubbish debunk disput cast question call describ brand label term "
    "denounc said says insist maintain stressed added declared told fallen fall lost lose taken "
    "captured overrun under claim take captur seiz occup enter statement allegation assertion accusation "
    "withdr retreat abandon lies rumo happen took occur correspond nothing propaganda fell what "
    "figure toll")

# After "deny", a thing withheld rather than a proposition denied.
WITHHELD: Final = words(
    "access entry visa visas bail permission permit permits licence licences license licenses request "
    "requests service services rights right help care funding status sanctuary opportunity "
    "opportunities chance hearing nomination victory seat passage asylum application applications "
    "approval benefits benefit treatment oxygen voice overtime water food aid supplies")
# Objects of "reject" that make it a refusal, not the denial of a fact: an end to fighting
# ("rejected the ceasefire proposal", "rejected the truce"), a demand, an invitation, calls to
# resign. Rejecting an offer or a plan in general stays a denial: news reports it as a
# party's stance, like a denial.
REFUSED: Final = words(
    "ceasefire cease-fire truce armistice talks negotiations ultimatum peace surrender demand demands "
    "invitation invitations resignation call calls")
# Objects of "dismiss" that make it a firing or a court's decision.
DISMISSED: Final = words(
    "chief commander minister general officer officers official officials head governor director "
    "employee employees staff him her them judge coach case cases lawsuit lawsuits suit complaint "
    "petition charges indictment")
# Verbs before "to" that report an act done ("went on to rebut"), not a wish or a call.
DONE_BEFORE_TO: Final = (r"went\s+on|continued|continues|began|begun|begins|moved|moves|rushed|hastened|"
                         r"quick|appeared|seemed|tried|attempted|an\s+attempt|sought|scrambled|hurried|"
                         r"used\s+[\p{L}\s]{1,30}")
# Cues that only question a claim: a denial only when it disputes a claim we hold, and its
# target becomes "disputed" rather than "denied".
DISPUTE_CUE: Final = r"disput(?:es|ed|ing)|(?:cast|casts|casting)\s+doubt\s+on|question(?:ed|s|ing)"
# What may follow a dispute cue when it is a verb ("disputed the figures", "disputes this"),
# not an adjective or a noun ("disputed territory", "border disputes").
DISPUTE_OBJECT: Final = (r"\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|both|any|all|such|"
                         r"claims?|reports?|figures?|accusations?|allegations?|it|them|[\p{Lu}][\p{L}]*['’]s?)\b")
