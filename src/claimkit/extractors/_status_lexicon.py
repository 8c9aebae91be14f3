"""The verification lexicon of the status stage, in the NegEx / pyConText manner.

Each :class:`Trigger` row gives a phrase (a regular expression over lowercase-insensitive
text), the status it sets, the direction of its scope and how far the scope reaches:

direction
    ``forward``: the claims after the trigger in its sentence ("reportedly killed 12");
    ``backward``: the claims before it ("12 were killed, according to initial reports");
    ``both``: either side of it, within its sentence.
reach
    ``sentence``: the scope stops at the sentence's ends and at a :data:`TERMINATORS` word;
    ``previous``: a comment on what was just reported ("The claims could not be independently
    verified."): the scope runs back over the trigger's paragraph up to the trigger and over
    the whole previous paragraph (wire copy often gives a claim a paragraph of its own), and
    forward to the end of its sentence ("The army has not confirmed that 14 soldiers died").
    Such a comment is about the claimant's account, not one sentence of it, so it also
    reaches every later claim of the same claimant (the same speaker's name, or else the
    same organisation) in the document;
    ``document``: a comment on every account told so far ("None of the claims could be
    independently verified"): the scope is the whole text before the trigger.

A ``previous`` or ``document`` comment in the report's first three paragraphs that stands
before every claim is a disclaimer on what follows: its status holds for every claim after it.

A claim in the scope of several triggers takes the strongest status by :data:`PRIORITY`
(unverified over hedged over confirmed). The denial stage's ``denied`` and ``disputed`` are
never overwritten, except that a denied claim in an ``unverified`` scope becomes
``disputed`` (one party's claim, denied by the other, that nobody could verify).
"""

from __future__ import annotations

from typing import NamedTuple


class Trigger(NamedTuple):
    """One row of the lexicon (see the module docstring for the columns)."""

    phrase: str
    status: str
    direction: str
    reach: str = "sentence"


_VERIFY = (r"(?:independently\s+|immediately\s+|officially\s+|yet\s+)?"
           r"(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|check(?:ed)?)")
# The active verb ("unable to independently verify") and every figure told as its object
# ("any of these figures", "the casualty figures").
_TO_VERIFY = r"(?:independently\s+)?(?:verify|confirm|corroborate|check)"
_ALL_FIGURES = (r"(?:(?:any\s+of\s+)?(?:the|these|those|all\s+the)\s+(?:conflicting\s+|competing\s+|rival\s+|"
                r"contradictory\s+)?(?:casualty\s+|death\s+)?(?:figures|claims|tolls|accounts|numbers)"
                # ("Asia Desk was unable to independently verify casualty figures")
                r"|(?:casualty|death)\s+(?:figures|tolls)"
                # ("WFN was unable to independently verify the number of casualties")
                r"|the\s+(?:number\s+of\s+(?:casualties|dead|deaths|victims)|(?:casualty|death)\s+tolls?))\b")

TRIGGERS: tuple[Trigger, ...] = (
    # unverified: nobody independent has checked the claim (yet). First the outlet's own
    # words on every figure it gives ("We could not independently verify the figures given by
    # the different sources", "The Courrier was unable to verify any of these figures"): the
    # whole text before; these rows come first, as the next ones would take their start
    # ("was not able to verify the figures given by either party")
    Trigger(r"(?:could|can|was|were|has|have|had|did)\s*(?:not|n['’]t)\s+(?:(?:been\s+)?able\s+to\s+)?"
            + _TO_VERIFY + r"\s+" + _ALL_FIGURES,
            "unverified", "backward", "document"),
    # ("It was not possible to independently verify the figures given by either side")
    Trigger(r"(?:unable|(?:was|were|is|are)\s+(?:impossible|not\s+possible))\s+to\s+" + _TO_VERIFY + r"\s+"
            + _ALL_FIGURES,
            "unverified", "backward", "document"),
    # "We have not been able to independently verify either side's account": both sides', all
    # told before
    # ("... either account", "... battlefield reports from either side")
    # ("... making it difficult to verify reports from either side")
    Trigger(r"(?:(?:could|can|was|were|has|have|had|did)\s*(?:not|n['’]t)\s+(?:(?:been\s+)?able\s+to\s+)?|"
            r"unable\s+to\s+|(?:was|were|is|are)\s+(?:impossible|not\s+possible)\s+to\s+|"
            r"(?:making|makes|made)\s+it\s+(?:difficult|impossible|hard)\s+to\s+)" + _TO_VERIFY
            + r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:from|by|of)\s+)?"
            r"(?:either|both|the\s+two)\s+(?:sides?|parties|party|accounts?|versions?)",
            "unverified", "backward", "document"),
    # "We have not been able to independently verify the Observatory's figures"
    Trigger(r"(?:has|have|had)\s+not\s+been\s+able\s+to\s+" + _TO_VERIFY,
            "unverified", "backward", "previous"),
    Trigger(r"(?:could|can|could\s+still|was|were|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:be\s+|been\s+)?"
            + _VERIFY,
            "unverified", "backward", "previous"),
    # "reports that 15 children had been abducted, which it said it was working to confirm"
    Trigger(r"(?:working|trying|seeking|attempting|striving)\s+to\s+(?:independently\s+)?"
            r"(?:verify|confirm|corroborate)",
            "unverified", "backward", "previous"),
    # "a figure the front never confirmed", "the toll was never independently verified"
    Trigger(r"never\s+(?:been\s+)?" + _VERIFY, "unverified", "backward", "previous"),
    # "Reuters was unable to confirm that figure"
    # (read from "unable", a rarer word for the pre-filter than "was")
    Trigger(r"unable\s+to\s+" + _TO_VERIFY,
            "unverified", "backward", "previous"),
    Trigger(r"(?:was|were|is|are)\s+(?:impossible|not\s+possible|difficult)\s+to\s+(?:independently\s+)?(?:verify|confirm)",
            "unverified", "backward", "previous"),
    # "no independent source could confirm the army's figures", "nobody could verify them"
    Trigger(r"(?:no\s+(?:independent\s+|outside\s+|other\s+)?(?:source|sources|one|observer|observers|"
            r"journalist|journalists|monitor|monitors)|nobody)\s+(?:could|can|was\s+able\s+to|were\s+able\s+to|"
            r"has\s+been\s+able\s+to|have\s+been\s+able\s+to)\s+" + _TO_VERIFY,
            "unverified", "backward", "previous"),
    # ("There was no way to independently verify the group's claims", "no way of verifying")
    Trigger(r"no\s+(?:immediate|independent|official|way\s+to|way\s+of)\s+(?:independently\s+)?"
            r"(?:confirmation|verification|verify|confirm|verifying|confirming|comment|response|reaction)",
            "unverified", "backward", "previous"),
    # "The ministry provided no evidence for its claims", "did not provide any proof"
    Trigger(r"(?:provided|gave|offered|presented|produced|published)\s+no\s+(?:evidence|proof)|"
            r"(?:did|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:provide|give|offer|present|produce|"
            r"provided|given|offered|presented|produced)\s+(?:any\s+)?(?:evidence|proof)",
            "unverified", "backward", "previous"),
    # "estimates that "at least ten" soldiers had died were not supported by any evidence"
    Trigger(r"(?:not\s+(?:supported|backed)|unsupported)\s+by\s+(?:any\s+)?(?:evidence|proof)",
            "unverified", "both"),
    Trigger(r"(?:has|have|had)\s+(?:yet|not\s+yet)\s+to\s+(?:comment|respond|confirm|verify|react)",
            "unverified", "backward", "previous"),
    Trigger(r"(?:did|does|do)\s+not\s+(?:immediately\s+)?(?:respond|reply|comment)\s+to\s+(?:a\s+)?requests?\s+for\s+comment",
            "unverified", "backward", "previous"),
    Trigger(r"(?:not\s+independently\s+verified|unverified|unconfirmed|unverifiable|not\s+been\s+verified)",
            "unverified", "both"),
    # ("None of the figures given by either side could be verified", "Neither the army's toll
    # nor the group's claim could be ...", "Neither the LNA's nor the CCMSR's account could
    # be ...": a modifier or a second owner may follow; "None of Roe's claims, including the
    # civilian toll, could be ...": an aside too)
    Trigger(r"(?:none\s+of|neither\s+of|neither)\s+(?:the\s+|these\s+|those\s+|their\s+|its\s+)?"
            r"(?:\w+(?:['’]s?)?\s+){0,5}?(?:claims?|reports?|figures?|accounts?|tolls?|allegations?)"
            r"(?:,?\s+[\w’'-]+){0,12}?,?\s+(?:could|can|has|have|had|was|were)\s+(?:be\s+|been\s+)?"
            + _VERIFY,
            "unverified", "backward", "document"),
    # the figures of the report as a whole, not one claimant's ("The casualty figures could
    # not be independently verified", "The figures given by the different parties could not
    # ..."; not "the army's figures")
    # ("the figures above are as given by the ministry and have not been independently verified")
    # ("All figures are provisional and could not be independently verified")
    Trigger(r"(?:the|all(?:\s+the)?)\s+(?:casualty\s+|death\s+)?(?:figures|tolls)"
            r"(?:\s+(?:given|provided|reported|released|issued|cited)\s+by\s+(?:the\s+|both\s+|all\s+)?"
            r"(?:(?:different|various|two|rival|warring|opposing|competing)\s+)?(?:sides|parties|camps|sources))?"
            r"(?:\s+above(?:\s+(?:are|were)\s+as\s+(?:given|provided|reported|released)\s+by\s+[^.;:]{1,60}?"
            r"\s+and)?)?"
            r"(?:\s+(?:are|were)\s+(?:provisional|preliminary|approximate|estimates)\s+and)?"
            r"\s+(?:could|can|have|had|were)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:be\s+|been\s+)?" + _VERIFY,
            "unverified", "backward", "document"),
    # ("The claims of neither side could be independently verified")
    Trigger(r"the\s+(?:claims|figures|accounts|tolls)\s+of\s+(?:neither|either)\s+(?:side|party|camp)\s+"
            r"(?:could|can)\s+(?:be\s+)?" + _VERIFY,
            "unverified", "backward", "document"),
    # the claims of both sides: everything told before ("Claims by both the RSF and the army
    # could not be independently verified", "The claims by either side ..."); read from
    # "either" / "both", words rarer than "claims" or "reports" for the pre-filter
    Trigger(r"(?:either|both)\s+(?:\S+\s+){0,6}?(?:could|can|has|have|had|was|were)\s*(?:not|n['’]t)\s+"
            r"(?:be\s+|been\s+)?" + _VERIFY,
            "unverified", "backward", "document"),
    # nobody independent may go where it happened: "Neither the army nor al-Shabaab allows
    # independent access to sites of fighting", "The military does not allow independent
    # access to the area": every figure told before
    Trigger(r"(?:(?:not|never)\s+(?:allow(?:ed)?|permit(?:ted)?)|(?:allows?|permits?)\s+no|no)\s+"
            r"independent\s+access|neither\s+[^.;:!?]{1,80}?\s+(?:allows?|permits?)\s+independent\s+access",
            "unverified", "backward", "document"),
    # "The two tolls ... may partly overlap, and neither has been independently confirmed"
    Trigger(r"neither\s+(?:has|have|had|was|were|could|can)\s+(?:yet\s+)?(?:be\s+|been\s+)?" + _VERIFY,
            "unverified", "backward", "previous"),
    # "... could not be independently verified, and neither could the claims of either side":
    # everything told before
    Trigger(r"neither\s+(?:could|can)\s+(?:the\s+)?(?:claims|figures|accounts|tolls)\s+(?:of|by|from)\s+"
            r"(?:either|both)\s+(?:sides?|parties|party|camps?)",
            "unverified", "backward", "document"),
    # hedged: the report itself keeps its distance
    Trigger(r"according\s+to\s+(?:initial|preliminary|early|first|unconfirmed|some|local|media)\s+"
            r"(?:reports?|accounts?|estimates?|figures?|information)", "hedged", "both"),
    Trigger(r"(?:initial|preliminary|early|first)\s+(?:reports?|estimates?|figures?|accounts?)\s+"
            r"(?:said|say|suggest(?:ed)?|indicate[sd]?|showed?)", "hedged", "forward"),
    Trigger(r"reportedly|allegedly|purportedly|apparently|supposedly|ostensibly", "hedged", "both"),
    # "14 soldiers feared killed", "two crew members presumed dead"
    Trigger(r"(?:feared|presumed|believed)\s+(?:to\s+(?:be|have\s+been)\s+)?(?:killed|dead|drowned|missing)",
            "hedged", "backward"),
    Trigger(r"(?:it\s+is|it\s+was)\s+(?:claimed|alleged|reported|believed|thought)", "hedged", "forward"),
    # "the group claimed that its fighters killed 17 soldiers", "alleged that two had been
    # abducted": a party's claim, which the report's verb keeps at a distance (a time may
    # stand between: "claimed on Monday to have overrun")
    Trigger(r"(?:claim(?:s|ed)?|alleg(?:e|es|ed))\s+(?:(?:on\s+)?\w+day\s+|overnight\s+|earlier\s+)?"
            r"(?:that|to\s+have)", "hedged", "forward"),
    Trigger(r"(?:is|are|was|were)\s+(?:said|reported|believed|thought|alleged|claimed|feared|presumed)"
            r"\s+to\s+(?:have\s+)?",
            "hedged", "both"),
    # confirmed: an authority or an independent check stands by it
    Trigger(r"(?:officials?|authorities|police|sources|hospital\s+officials|the\s+ministry)\s+(?:have\s+|has\s+)?confirmed",
            "confirmed", "both"),
    Trigger(r"(?:independently\s+)?(?:confirmed|verified)\s+by", "confirmed", "both"),
    Trigger(r"(?:confirmed|verified)", "confirmed", "both"),
)

# The words a row's phrase can open with (a test checks every row against them): the status
# stage's pre-filter tries the phrases only after one of these.
FIRST_WORDS: tuple[str | tuple[str, str], ...] = (
    "could", "can", "was", "were", "has", "have", "had", "is", "are", "no", "did", "does", "do",
    "not", "unverified", "unconfirmed", "unverifiable", "none", "neither", "according", "initial",
    "preliminary", "early", "first", "reportedly", "allegedly", "purportedly", "apparently", "supposedly",
    "ostensibly", "it", "officials", "official", "authorities", "police", "sources", "hospital",
    # ("the" with what follows it in the rows, "the casualty figures", "the ministry": the most
    # common word of a text stops the shared scan only there)
    ("the", r"\s+(?:casualty|death|figures|tolls|ministry|claims|accounts)"),
    ("all", r"\s+(?:the\s+)?(?:casualty|death|figures|tolls)"),
    ("making", r"\s+it\s+(?:difficult|impossible|hard)"), ("makes", r"\s+it\s+(?:difficult|impossible|hard)"),
    ("made", r"\s+it\s+(?:difficult|impossible|hard)"),
    "independently", "confirmed", "verified", "either", "both", "unable", "feared", "presumed",
    "believed", "nobody", "provided", "gave", "offered", "presented", "produced", "published",
    "claim", "claims", "claimed", "allege", "alleges", "alleged", "never", "working", "trying",
    "seeking", "attempting", "striving", "allows", "allow", "permits", "permit", "unsupported",
)

# Words that end a trigger's scope within its sentence: a contrast or a new clause
# ("12 were reportedly killed, but the army confirmed 3").
TERMINATORS = r"but|however|while|whereas|although|though|yet|meanwhile|;"

# After a trigger that reaches both ways, words that make what follows a reason: the trigger
# then qualifies the reason only ("burned five men alive, allegedly for spying": the deaths
# are asserted, the motive is hedged).
REASON_AFTER = r"for|because|over|as\s+punishment"

# Strongest first.
PRIORITY: tuple[str, ...] = ("unverified", "hedged", "confirmed", "asserted")
