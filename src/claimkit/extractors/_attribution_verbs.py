"""Whether a cue word stands as a verb where it was found.

Many cue words are also nouns or adjectives ("the claims", "a call to arms", "271 pledged
delegates", "so-called"), names ("United States"), infinitives or bare participles. The
attribution stage asks :func:`plausible_verb` before reading a candidate's source and
content; each rule here was kept only where it raised cue, source and content F1 together on
the PolNeAR dev split.
"""

from __future__ import annotations

import regex

from ._attribution_lexicon import NOUN_LIKE, words
from ._attribution_parse import PARTICIPLE_LINKS

BE = words("is are was were be been being am")

# The patterns that end at the cue ("...\s+$") and are only asked whether they match are read
# right to left ((?r)): one attempt from the cue back, not one per offset of the window.

_DETERMINER_BEFORE = regex.compile(
    r"(?r)(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|such|no|any|some|of|"
    r"whose|new|first|last|latest|previous|own|public|many|several|those|few)\s+|['’]s\s+)$", regex.I)

# A determiner and a nationality's adjective ("the Ukrainian", "its Sudanese"): a noun follows.
_DETERMINER_DEMONYM = regex.compile(
    r"(?r)\b(?:the|a|an|this|that|its|their|his|her|our)\s+\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s+$")
# A determiner that is never a subject ("that will not support" has one: "that").
_ARTICLE_BEFORE = regex.compile(r"(?r)(?:\b(?:the|a|an|his|her|their|its|our|my|your)\s+|['’]s\s+)$", regex.I)
# Right before a word, these make it a noun whatever it is ("the blast killed three", "a
# claim"); "her" may be an object ("heard her say") and "'s" may be "has".
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "their", "its", "our", "my", "your"})
_NOUN_PREPOSITIONS = frozenset({"with", "of", "from", "into", "onto", "upon"})
# A number above one right before a word in -s: the word is a plural noun, not a verb
# ("one suspects that" is a verb).
_PLURAL_NUMBER_BEFORE = regex.compile(
    r"(?r)(?i)(?:(?<![\p{L}\p{N},.:\-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\p{L}+)?|dozens|hundreds|thousands)"
    # digits after a lowercase word ("arrested 13 suspects"), not a name's ("Article 33 affirms")
    r"|(?<=(?:^|(?<!\p{L})(?-i:\p{Ll}+)\s+))\d(?:[\d,]*\d)?)\s+$")


def _short_word_before(text: str, ss: int, vs: int) -> str:
    """The word (lowercase) before the space before ``vs`` when it has at most six letters,
    else "" (string slicing, not a regex: it is asked for most cue candidates)."""
    end = vs
    while end > ss and text[end - 1].isspace():
        end -= 1
    if end == vs:
        return ""
    lo = max(ss, end - 6)
    start = end
    while start > lo and text[start - 1].isalpha():
        start -= 1
    if start == lo and lo > ss and text[lo - 1].isalpha():
        return ""  # a longer word
    return text[start:end].lower()
_PREVIOUS_WORD = regex.compile(r"(?r)([\p{L}'’]+)[\s\u00a0]+$")
_SUBJECT_WORDS = words("he she they i we you who which that it")
# -ing forms that report speech or a stance wherever they stand ("officials saying", "a statement
# adding", "a speech denouncing")
_STRONG_ING = words("""
saying telling adding noting arguing claiming insisting warning asking explaining suggesting
acknowledging declaring describing calling citing accusing urging predicting stating announcing
promising vowing pledging recalling referring blaming criticizing praising denying rejecting
dismissing questioning alleging asserting conceding admitting stressing emphasizing reiterating
expecting blasting proposing discussing threatening denouncing implying mentioning supporting
backing listing putting placing
""")  # ("putting", "placing": only before a figure, "with local sources putting the toll at 49")


_DOCUMENT_BEFORE = regex.compile(r"(?i)\b(?:communiqu[eé]|statement|message|declaration|text)\s+\Z")
_READ_OUT_BY = regex.compile(r"(?i)\s+(?:out\s+|aloud\s+)?(?:on|over|by)\s")


def plausible_verb(text: str, ss: int, se: int, cs: int, vs: int, word: str) -> bool:
    """Whether ``word`` (the cue word at ``vs``, in the sentence ``text[ss:se]``, its verb
    group starting at ``cs``) is used as a verb: not a capitalised name mid-sentence ("United
    States"), not a noun after a determiner or "be" ("the claims", "is back"), not an
    infinitive or a bare participle ("known as"), not an adjective ("the pledged delegates");
    a noun-like word ("hopes", "shows") counts after a subject ("Roe hopes to", "the poll
    shows that", '"Q," Roe notes.'), and an -ing word after a comma or a link ("by pointing
    out")."""
    low = word.lower()
    if word[0].isupper() and text[ss:vs].strip(" \t\"“‘'([") and not _headline(text, ss, vs):
        return False
    if low in _ASSAULT_WORDS and (_PHYSICAL_TARGET.match(text, vs + len(word), se)
                                  or _VIOLENCE.search(text, max(ss, vs - _VIOLENCE_REACH),
                                                      min(se, vs + _VIOLENCE_REACH))):
        return False  # "attacked a military base", "... attacked the village, killing 12": an assault
    if low in _BLAST_NOUNS and (_EXPLOSION_BEFORE.search(text, max(ss, vs - 24), vs)
                                or _BLAST_NOUN_NEXT.match(text, vs + len(word), se)):
        return False  # "a bomb blast", "the blast killed": an explosion, not a criticism
    if low.startswith("slam") and text.startswith((" into ", " onto "), vs + len(word)):
        return False  # "a drone slammed into the apartment block": a crash, not a criticism
    if low == "read" and _DOCUMENT_BEFORE.search(text, max(ss, vs - 16), vs) \
            and _READ_OUT_BY.match(text, vs + len(word), se):
        return False  # "the communique read on national television by the spokesman": a participle
    if low.startswith("admit") and _PATIENTS_NEXT.match(text, vs + len(word), se):
        return False  # "the hospital admitted 23 patients": taken in, not conceded
    if low == "admitted" and cs < vs and not _THAT_NEXT.match(text, vs + len(word), se) \
            and any(w in ("been", "was", "were", "be") for w in text[cs:vs].lower().split()):
        return False  # "eight wounded people had been admitted by Tuesday morning": to hospital
    if cs == vs:
        before = _short_word_before(text, ss, vs)
        if before in _NOUN_DETERMINERS or (
                low in NOUN_LIKE and _ORDINAL_BEFORE.search(text, max(ss, vs - 10), vs)):
            # "The blast killed three", "A seventh suspect was killed": a noun (not "a third said")
            return False
        if before in _NOUN_PREPOSITIONS and not low.endswith("ing"):
            return False  # "patients with blast wounds": a noun ("by saying" is a cue)
        if low.endswith("s") and _PLURAL_NUMBER_BEFORE.search(text, max(ss, vs - 16), vs):
            return False  # "Twelve suspects were taken", "two claims": a plural noun
    group = text[cs:vs].lower().split()
    if (group and group[-1] == "to") or (cs == vs and text[max(ss, vs - 3):vs].lower() == "to "
                                              and not text[max(ss, vs - 4):vs - 3].isalpha()):
        return False  # an infinitive: an intention at most, rarely annotated
    if cs < vs:
        # an auxiliary or adverb before it: a verb group, unless a noun-like word follows a
        # form of "be" ("is back in Teska", "the plan is support for ...") or a determiner
        # ("in a later post")
        return not (low in NOUN_LIKE and (
            group[-1] in BE or _ARTICLE_BEFORE.search(text, max(ss, cs - 14), cs) is not None))
    if low in _BARE_PARTICIPLES:
        return False
    if low.endswith("ed") and _ADJECTIVE_SLOT.search(text, max(ss, vs - 14), vs):
        return False  # "the pledged delegates", "271 pledged delegates": an adjective
    if (low.endswith("ed") or low in _IRREGULAR_PARTICIPLES) and _IN_A_MESSAGE.search(
            text, max(ss, vs - 50), vs) and _NO_OBJECT.match(text, vs + len(word), se):
        return False  # "said in a message posted on Telegram": the participle tells of the message
    if low in _POSTED and _DOCUMENT_BEFORE.search(text, max(ss, vs - 14), vs) \
            and _NO_OBJECT.match(text, vs + len(word), se):
        return False  # "A statement posted on the website said": the participle tells of the statement
    if low in _REDUCED_RELATIVES and _OF_OR_TO_BE.match(text, vs + len(word), se):
        return False  # "gunmen suspected to be rebels", "a man suspected of spying": no report
    if low in _FEARED and cs == vs and _FATE_NEXT.match(text, vs + len(word), se):
        return False  # "14 soldiers feared killed", "two believed dead": a hedged toll, no speaker
    if low in _REDUCED_RELATIVES and word[0].isupper() and _NOUN_NEXT.match(text, vs + len(word), se):
        return False  # "(Wire) – Suspected ADF rebels killed ...": an adjective opening the clause
    if low.endswith("ed") and (_BY_AGENT.match(text, vs + len(word), se) or (
            low == "attributed" and text.startswith(" to ", vs + len(word))) or (
            low == "blamed" and text.startswith(" on ", vs + len(word)))) and (
            prev := _PREVIOUS_WORD.search(text, max(ss, vs - 40), vs)) is not None \
            and prev.group(1).islower() and prev.group(1) not in _SUBJECT_WORDS:
        # "facilities supported by the WHO", "a statement attributed to X", "attacks blamed on
        # the group": a reduced relative
        return False
    if low.endswith("ed") and text[max(ss, vs - 2):vs] == ", " and _BY_AGENT.match(text, vs + len(word), se):
        return False  # "its soldiers, backed by jets, had": an aside, no report
    if low in _NAMING and _NAMED.search(text, max(ss, vs - 30), vs):
        return False  # "so-called", "a group called X": naming, not speech
    if low in NOUN_LIKE:
        prev = _PREVIOUS_WORD.search(text, max(ss, vs - 40), vs)
        prev_word = prev.group(1) if prev else ""
        if word.isupper() or text.startswith(" of ", vs + len(word)):
            return False
        if low == "claims" and _TO_PERFECT.match(text, vs + len(word), se) and not _DETERMINER_BEFORE.search(
                text, max(ss, vs - 14), vs):
            return True  # "the army claims to have killed 20": a claim, not "a call to arms"
        if text.startswith(" to ", vs + len(word)) and not (
                prev_word.lower() in _SUBJECT_WORDS or _NAMED_SUBJECT.search(text, max(ss, vs - 40), vs)):
            return False  # "a call to arms"; but "Roe hopes to", "they want to"
        if _DETERMINER_BEFORE.search(text, max(ss, vs - 14), vs) \
                or _DETERMINER_DEMONYM.search(text, max(ss, vs - 30), vs):
            return False  # "the claims", "the Ukrainian claim"
        if low in _EVIDENCE_VERBS and _EVIDENCE_BEFORE.search(text, max(ss, vs - 90), vs):
            return True  # "A poll conducted by X last week shows T", "FEC records show"
        if _AFTER_QUOTE.search(text, max(ss, vs - 60), vs) and _CLAUSE_END.match(text, vs + len(word), se):
            return True  # '"Q," Roe notes.': a cue after its quote, closing the clause
        if text.startswith(",", vs + len(word)):
            return False  # "a data project, the Horn Monitor,": a noun before its apposition
        if not prev_word:
            # "Jan Brewer, an early supporter of Trump, calls the issue 'a priority'": a verb
            # after its subject's aside
            return bool(_ASIDE_BEFORE.search(text, max(ss, vs - 90), vs)
                        and _CONTENT_NEXT.match(text, vs + len(word), se))
        pl = prev_word.lower()
        if (pl in _SUBJECT_WORDS or pl in _EVIDENCE_SUBJECTS
                or pl.endswith(("ers", "ists", "ians", "als", "ors"))):
            return True
        if not prev_word[0].isupper():
            # "the footage shows that T", "a review by the Monitor shows Roe"
            return low in _EVIDENCE_VERBS and bool(_CONTENT_NEXT.match(text, vs + len(word), se))
        if _CONTENT_NEXT.match(text, vs + len(word), se):
            return True
        # "Roe hopes Clinton will win", "Forbes lists Mr. Roe at": a name, a verb, a name; not
        # "Ohio state Sen. Roe" or a title-case "Washington Post Fact Checker"
        return word.islower() and low not in _TITLE_NOUNS and bool(_NAME_NEXT.match(text, vs + len(word), se))
    if low.endswith("ing") and low not in _STRONG_ING:
        # "..., saying", "by pointing out": hung on the clause; "a growing crowd" is not
        after_comma = text[max(ss, vs - 2):vs] in (", ", ",\u00a0")
        return after_comma or bool(_LINKED_ING.search(text, max(ss, vs - 8), vs))
    return True


_TO_PERFECT = regex.compile(r"\s+to\s+(?:have|be|control|hold)\b")
# After "admitted": people taken into a hospital, not a concession.
_PATIENTS_NEXT = regex.compile(
    r"\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly)\s+)?(?:(?:[\d,]+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|scores|hundreds)\s+(?:[\p{L}-]+\s+)?)?(?:the\s+)?"
    r"(?:patients|people|wounded|injured|casualties|victims|children|civilians)\b",
    regex.IGNORECASE)
# Nouns a verb like "show" or "find" follows as a subject ("a poll shows", "records show").
_EVIDENCE_SUBJECTS = words("""
poll polls survey surveys study studies data records report reports figures numbers analysis
research documents emails results statistics estimates review audit investigation polling video
footage email markets
""")
_NAMING = words("called dubbed labeled labelled titled")
_NAMED = regex.compile(r"(?:\bso[\s-]|\b(?:a|an)\s+[a-z][\w-]*\s+)$", regex.I)
_ADJECTIVE_SLOT = regex.compile(
    r"(?r)(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|of|with|no|any|some|many|"
    r"more|most|few|fewer|enough|other|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    # (a preposition: no verb follows one bare, "a lead in pledged delegates", "among pledged delegates")
    r"dozens|hundreds|in|among|for|over|at)"
    # (a number, not one ending a name: "France 24 reported", "Sweida 24 reported")
    r"|(?<!(?-i:\p{Lu})\p{L}*\s\d*)\d\)?|['’]s)\s+$", regex.I)
_NAMED_SUBJECT = regex.compile(r"\b[\p{Lu}][\p{L}'’-]+\s+$")
_AFTER_QUOTE = regex.compile(r"""[,?!](?:[”"]|'')\s+(?:[\p{L}.'’-]+\s+){1,4}$""")
_CLAUSE_END = regex.compile(r"\s*[.,:;]")
# A preposition and a noun phrase right before a participle ("in a message posted", "in a video
# released"): the participle modifies the noun.
_IN_A_MESSAGE = regex.compile(
    r"(?r)\b(?:in|on|via|through|with)\s+(?:a|an|the|its|his|her|their|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:message|statement|video|post|letter|report|interview|speech|note|email|e-mail|release|"
    r"communique|communiqué|broadcast|tweet|recording|audio)\s+$", regex.I)
# A document right before "posted" or "published", with no preposition: "A statement posted on
# the website said", "In video posted on social media, ..." (the participle tells of it).
_DOCUMENT_BEFORE = regex.compile(
    r"(?r)\b(?:message|statement|video|letter|report|note|release|communique|communiqué|tweet|recording|"
    r"article|story|clip|footage)\s+$", regex.I)
_POSTED = words("posted published")
_ASSAULT_WORDS = words("attack attacks attacked attacking")
# What an assault hits, a few words on: a place, a post, a vehicle (a criticism attacks people
# or their ideas).
_PHYSICAL_TARGET = regex.compile(
    r"\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:bases?|convoys?|villages?|towns?|city|cities|camps?|checkpoints?|"
    r"outposts?|posts?|positions?|patrols?|vehicles?|buses|bus|trucks?|stations?|mosques?|churches|church|"
    r"schools?|hospitals?|markets?|barracks|headquarters|airports?|airfields?|ships?|vessels?|tankers?|"
    r"compounds?|prisons?|homes?|houses?|bridges?|trenches|garrisons?|installations?)\b", regex.IGNORECASE)
# Words of bloodshed in a sentence make its "attacked" an assault ("Gunmen attacked the
# village, killing 12"; "Roe attacked the plan" stays a criticism).
_VIOLENCE = regex.compile(
    r"(?i)\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing)|injur(?:ed|ing|ies)|dead|deaths?|gunmen|gunman|"
    r"militants?|insurgents?|rebels|bombs?|bombings?|explosives?|rockets?|mortars?|grenades?|shell(?:s|ing)|"
    r"drones?|missiles?|air\s?strikes?|opened\s+fire|gunfire|shot|stabbed|hostages?|armed)\b")
# Ordinals before a cue word make it a noun ("a seventh suspect"); not "first", an adverb too
# ("Roe first said").
_ORDINAL_BEFORE = regex.compile(
    r"(?r)(?i)(?<![\p{L}])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+$")
# How far either side of "attacked" its sentence is read for bloodshed (a bound, so a long
# sentence of many cues costs each one the same).
_VIOLENCE_REACH = 300
_BLAST_NOUNS = words("blast blasts")
# Before a "blast" that is an explosion: "a bomb blast", "the massive blast", "twin blasts".
_EXPLOSION_BEFORE = regex.compile(
    r"(?r)(?i)\b(?:bomb|bombs|suicide|car|truck|roadside|massive|powerful|huge|big|twin|deadly|explosive|"
    r"mine|landmine|ied|grenade|gas|first|second|third|another|fresh|separate|the|a|an|this|that|"
    r"two|three|several|multiple|series\s+of)\s+$")
# After a "blast" that is an explosion: what it did, where and when it happened.
_BLAST_NOUN_NEXT = regex.compile(
    r"(?i)\s*(?:[.,;:)]|\b(?:in|at|near|on|outside|inside|during|that|which|was|were|is|has|had|killed|"
    r"kills|killing|hit|hits|rocked|rocks|tore|tears|ripped|rips|struck|strikes|went|occurred|happened|"
    r"targeted|targeting|injured|wounded|left|damaged|destroyed|caused|site|wave|walls?)\b)")
_IRREGULAR_PARTICIPLES = words("read written sent broadcast shown given made put")
_REDUCED_RELATIVES = words("suspected believed thought alleged")
_THAT_NEXT = regex.compile(r"\s+that\b", regex.I)
_FEARED = words("feared believed presumed thought confirmed")
_FATE_NEXT = regex.compile(r"\s+(?:to\s+be\s+|to\s+have\s+been\s+)?(?:killed|dead|drowned|missing|"
                           r"trapped|buried|kidnapped|abducted|captured|wounded|injured)\b", regex.I)
# A noun phrase's word right after such a participle: a capitalised word or a plural noun, not a
# determiner, pronoun or clause word.
_NOUN_NEXT = regex.compile(
    r"\s+(?!(?:that|the|a|an|this|these|those|he|she|they|it|we|i|you|his|her|their|its)\b)"
    r"(?:\p{Lu}|\p{Ll}+s\b)")
# "by" and its agent after a participle ("responded by saying" is an active verb's manner).
_BY_AGENT = regex.compile(r"\s+by\s+(?![\p{L}]+ing\b)", regex.I)
_OF_OR_TO_BE = regex.compile(r"\s+(?:of\b|to\s+(?:be|have)\b)", regex.I)
# What follows such a participle: a preposition, an adverb of time or a stop, not an object
# ("Roe in his speech called the plan a trap" is a verb with its object).
_NO_OBJECT = regex.compile(
    r"\s*(?:[,.;:)]|(?:on|to|by|in|at|via|from|online|earlier|late|last|this|after|before|just|"
    r"shortly|hours|minutes|days|overnight|yesterday|today|early)\b)", regex.I)
_BARE_PARTICIPLES = words("known seen shown written spoken understood given")
# A subject's aside closed right before the word: "Jan Brewer, an early supporter of Trump, |".
_ASIDE_BEFORE = regex.compile(r"(?r)[\p{L}.)'’]\s*,\s+[^,;:!?“”\"\n]{2,70},\s+$")
_CONTENT_NEXT = regex.compile(
    r"\s*(?:that\b|[:,“\"]|(?:he|she|they|it|the|a|an|his|her|its|their|to)\b)", regex.I)
_LINKED_ING = regex.compile(r"\b(?:" + "|".join(sorted(PARTICIPLE_LINKS)) + r")\s+$", regex.I)
_EVIDENCE_VERBS = words("show shows")
# An evidence noun shortly before "show(s)" in the same sentence: its subject.
_EVIDENCE_BEFORE = regex.compile(r"\b(?:" + "|".join(sorted(_EVIDENCE_SUBJECTS)) + r")\b[^.!?;]*$", regex.I)
_NAME_NEXT = regex.compile(r"\s+\p{Lu}")
_TITLE_NOUNS = words("state states")


def _headline(text: str, ss: int, vs: int) -> bool:
    """Whether the sentence is set in title case (every longer word capitalised)."""
    words = [w for w in text[ss:vs + 40].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
