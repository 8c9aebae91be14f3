"""The ground every attribution reader stands on: :class:`Found` (an attribution as offsets),
:class:`Context` (what each cue's analysis needs about the document, computed once per text)
and the small text helpers the readers share (stripping, trimming, quote marks, the verb
group before a cue, the adverbials a cue may carry).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Final

import attrs
import regex

from claimkit.text import Quotation
from claimkit.text._calendar import MONTH_PATTERN, MONTHS, WEEKDAY_PATTERN, WEEKDAYS

from ._attribution_lexicon import AUXILIARIES, SCRIPT_VOICES, words

Range = tuple[int, int]


@attrs.frozen
class Found:
    """An attribution as offsets: source (or None), cue, content pieces (in order), mode."""

    source: Range | None
    cue: Range
    content: tuple[Range, ...]
    mode: str


@attrs.frozen
class Context:
    """What every cue's analysis needs about the document, computed once per text."""

    text: str
    sentences: tuple[Range, ...]
    sentence_starts: tuple[int, ...]
    quotes: tuple[Quotation, ...]
    quote_starts: tuple[int, ...]
    # the sentences without their trailing space, computed once
    stripped: tuple[Range, ...] = attrs.field(init=False)

    @stripped.default
    def _strip_sentences(self) -> tuple[Range, ...]:
        # (a broadcast script's own voice opening a sentence is no part of it: "ANCHOR: The
        # minister, Jo Roe, told reporters that ...", read as the sentence after the label)
        return tuple((_past_own_label(self.text, s, e), rstrip_at(self.text, s, e))
                     for s, e in self.sentences)

    def sentence(self, offset: int) -> Range:
        """The sentence holding ``offset`` (without its trailing space)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.stripped[i if i > 0 else 0]

    def next_sentence(self, offset: int) -> Range | None:
        i = bisect_right(self.sentence_starts, offset)
        if i >= len(self.sentences):
            return None
        return self.stripped[i]

    def quote_at(self, offset: int) -> Quotation | None:
        """The quotation whose marks enclose ``offset``."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
        return None

    def quote_starting(self, offset: int) -> Quotation | None:
        """The quotation whose opening mark is at ``offset``."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i].start == offset:
            return self.quotes[i]
        return None

    def quote_ending(self, offset: int) -> Quotation | None:
        """The quotation whose closing mark ends at ``offset``."""
        i = bisect_right(self.quote_starts, offset - 1) - 1
        if i >= 0 and self.quotes[i].end == offset:
            return self.quotes[i]
        return None


def rstrip_at(text: str, s: int, e: int) -> int:
    """``e`` moved left over whitespace, not past ``s``."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def lstrip_at(text: str, s: int, e: int) -> int:
    """``s`` moved right over whitespace, not past ``e``."""
    while s < e and text[s].isspace():
        s += 1
    return s


_END_PUNCT = ".!?;:,"


def trim_end(text: str, s: int, e: int) -> int:
    """``e`` moved left over trailing space and sentence punctuation (quote marks stay)."""
    while e > s and (text[e - 1].isspace() or text[e - 1] in _END_PUNCT):
        e -= 1
    return e


# An adverbial a cue may carry before its content or its inverted subject: "in a statement",
# "on Twitter", "on Sunday", "last week", "in Kabul".
_ISSUED = r"""(?:published|released|issued|posted|read(?:\s+out)?|sent|aired|broadcast|circulated|shared
          |recorded|filmed|carried|relayed)
       (?:\s+(?:on|by|to|in|via|late|early|last|this|over|the|a|an|its|his|her|their|state|local|national
          |social|media|television|TV|radio|website|channels?|broadcaster|reporters|journalists
          |official|news|agency|outlets?|wire|service|newspaper|state-run
          |near|at|outside|inside|site|scene
          |""" + WEEKDAY_PATTERN + r"""|[\p{Lu}][\p{L}'’.\-]*)(?![\w'’-])){1,6}"""
ADVERBIAL = regex.compile(
    # (the longest document noun: "in a video message", not "in a video")
    r"""\s*(?:,\s*)?(?:(?:in|during)\s+(?:a|an|his|her|their|its|the|one)\s+(?:[\w-]+\s+){0,2}
    (?:statement|interview|email|e-mail|speech|post|tweet|letter|video|release|op-ed|memo|
    appearance|address|conversation|call|message|note|briefing|conference|assessment|report|
    update|bulletin|communiqu[eé]|broadcast|editorial|column|podcast|declaration|newsletter|magazine)(?![\w-])
    # what the document is about, ending the sentence ("said in its second statement on the
    # incident."), or whom it was with or to ("in an interview with The Associated Press")
    (?:\s+(?:on|about)\s+(?:the|its|their|this|that)\s+(?:[\p{Ll}\-]+\s+){0,2}?[\p{Ll}\-]+(?=\s*(?:[.!?](?:\s|$)|\Z))
    |\s+(?:with|on|to|from)\s+(?:[\p{Lu}][\p{L}'’.&\-]*|the|of)(?:\s+(?:[\p{Lu}][\p{L}'’.&\-]*|of|the|'s|’s)){0,5})?
    # "in a report published on Tuesday", "in a video posted on social media", "in its weekly
    # newsletter, published on Thursday,"
    (?:\s*,?\s+""" + _ISSUED + r""")?
    # after "said in a statement": "read on state television", "posted on Telegram"
    |""" + _ISSUED + r"""
    |on\s+(?:(?:state|national|local|public|state-run|government|its|his|her|their)\s+)?
       (?:Twitter|Facebook|Instagram|Telegram|X|television|TV|radio)
       (?:\s+(?:page|account|channel|feed|profile|website))?
    |(?:by|over\s+the)\s+(?:tele)?phone|by\s+(?:e-?mail|text(?:\s+message)?|video\s+link|satellite\s+phone)
    |via\s+(?:WhatsApp|Telegram|Signal|video\s+link|satellite\s+phone)
    # ("said late Wednesday", "said early on Sunday")
    |(?:(?:late|early)\s+)?(?:on\s+)?""" + WEEKDAY_PATTERN + r"""(?:\s+(?:morning|afternoon|evening|night))?
    # ("said on March 3", "said late last week", "said overnight")
    |(?:(?:late|early)\s+)?(?:on\s+)?""" + MONTH_PATTERN + r"""\s+\d{1,2}(?:st|nd|rd|th)?
       (?:,\s+(?:19|20)\d\d)?(?!\w)
    |(?:(?:late|early)\s+)?(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|yesterday|today|recently
    |later|overnight
    |at\s+the\s+time|earlier|afterwards?|then
    |(?:in|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3}
    # "in the departmental capital Popayán", "from the eastern city of Goma"
    |(?:in|at|from)\s+the\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:capital|city|town|village|province|region|district
       |county|port|camp)\s+(?:of\s+)?[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,2})
    \s*,?""", regex.X)


# The words every adverbial of ADVERBIAL opens with (the pattern folds no case, and some of
# its words may run on: "Mondays"), as the beginnings of the first word after a cue: most
# cues are followed by none, and one word is quicker to read than the pattern.
_ADVERBIAL_OPENINGS = tuple(sorted({
    "in", "during", "published", "released", "issued", "posted", "read", "sent", "aired", "broadcast",
    "circulated", "shared", "recorded", "filmed", "carried", "relayed", "on", "by", "over", "via",
    "late", "early", "last", "this", "earlier", "yesterday", "today", "recently", "later", "overnight",
    "at", "afterward", "then", "from",
    *(d.capitalize() for d in WEEKDAYS), *(m.capitalize() for m in MONTHS)}))
_FIRST_WORD = regex.compile(r"\s*(?:,\s*)?(\w+)")


def adverbial_at(text: str, pos: int, end: int) -> regex.Match[str] | None:
    """:data:`ADVERBIAL` matched at ``pos`` (not past ``end``), or None."""
    first = _FIRST_WORD.match(text, pos, end)
    if first is None or not first.group(1).startswith(_ADVERBIAL_OPENINGS):
        return None
    return ADVERBIAL.match(text, pos, end)


#: Irregular pasts that are no participles, with which news tells events ("a drone struck the
#: market"; not "lost", "held", "made": "jobs lost to China" is a noun phrase).
IRREGULAR_PASTS = (
    "struck|hit|took|fell|overran|came|went|began|blew|rose|saw|sank|flew|grew|knew|threw|tore|wrote|"
    "rode|ran|withdrew|stole|spoke|froze|swore|drove|gave|broke|chose")


# Finite verb forms: words that make a stretch of text a clause.
VERBS_IN = regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|"
    r"do|'s|’s|'re|’re|'ll|’ll|'d|’d|won’t|can’t|don’t|doesn’t|didn’t|isn’t|wasn’t)\b|n['’]t\b")


# The longest unquoted statement read after "X said:" closing a paragraph.
MAX_STATEMENT = 1000


COMMA = regex.compile(r",(?!\d)")  # not the comma of "10,000"


_QUOTE_MARK = regex.compile(r"[“”\"«»]|''")


def has_quote(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a quotation mark."""
    return _QUOTE_MARK.search(text, s, e) is not None


# Adverbs of two words a verb group may hold, by their second word: "so far", "thus far", "as
# yet" (not "as far back as").
_PAIRED_ADVERBS = {"far": regex.compile(r"(?i)\b(?:so|thus)\s+$"), "yet": regex.compile(r"(?i)\bas\s+$")}


def verb_group_start(text: str, start: int, lo: int) -> int:
    """The start of the verb group that ends with the cue verb at ``start``: auxiliaries,
    negation and adverbs right before it belong to the cue ("has also said")."""
    pos = start
    for _ in range(5):
        j = pos
        while j > lo and text[j - 1] == " ":
            j -= 1
        if j == pos:
            break
        if text[j - 1] in _CLOSING_MARKS and (quoted := _QUOTED_ADVERB.search(text, max(lo, j - 24), j)):
            pos = quoted.start()  # 'X "categorically" rejected': an adverb in scare quotes
            continue
        k = j
        while k > lo and (text[k - 1].isalpha() or text[k - 1] in "'’"):
            k -= 1
        word = text[k:j].lower()
        if not word or text[k:j] == "IS":
            break  # ("IS claimed": the Islamic State's initials, not "is")
        if word in _PAIRED_ADVERBS and (pair := _PAIRED_ADVERBS[word].search(text, max(lo, k - 6), k)):
            pos = pair.start()  # "it had so far confirmed": an adverb of two words
            continue
        if word in AUXILIARIES or word.endswith(("n't", "n’t")) or (
                word.endswith("ly") and len(word) > 4 and word not in NOT_ADVERBS
                and text[k].islower()):  # "Jolly said", "Bradley said": a name
            pos = k
        else:
            c = _AUX_CONTRACTION.search(word) if "'" in word or "’" in word else None
            if c is not None and c.start() > 0 and (c.group()[1:] != "s" or word[:c.start()] in _S_PRONOUNS):
                pos = k + c.start()  # "he's said", "they've also said": the cue holds 's / 've
            break
    # (a cheap look for "...day " first: this runs for every cue)
    if pos - 4 >= lo and text[pos - 4:pos].lower() == "day " \
            and (timed := _TIME_IN_GROUP.search(text, max(lo, pos - 40), pos)):
        return int(timed.start())  # "The government had on Saturday reported": the auxiliary's
    return pos


# A day between an auxiliary and its verb: "had on Saturday | reported".
_TIME_IN_GROUP = regex.compile(
    r"(?r)\b(?:had|has|have)\s+on\s+" + WEEKDAY_PATTERN + r"\s+$", regex.IGNORECASE)
_CLOSING_MARKS = frozenset('"”’\'')
_QUOTED_ADVERB = regex.compile(r"""(?:["“]|'')\p{Ll}{3,}ly(?:["”]|'')$""")
_AUX_CONTRACTION = regex.compile(r"['’](?:s|ve|d|ll|re)$")
_S_PRONOUNS = words("he she it that who there what")  # "he's said"; "Roe's" is a possessive
NOT_ADVERBS = words("family italy july rally early only daily weekly monthly likely friendly "
                     "ally holly kelly sally molly billy emily lily supply apply reply fly "
                     # degree adverbs of what follows ("said nearly 38,000 people had fled")
                     "nearly roughly approximately barely merely exactly fully")


# A word that gives a name, which a short quotation right after it is, not speech: 'the nom de
# guerre "Abba Tekle"', 'an operation dubbed "Iron Wall"', 'a commander known as "Abu Bakr"'.
_NAMING_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:known\s+as|called|named|dubbed|nicknamed|alias|nom\s+de\s+guerre|code-?named|"
    r"call[\s-]?+sign|pseudonym|nickname|goes\s+by|titled|entitled|"
    # ('a man who identified himself as "Comrade Ernesto" said')
    r"(?:identified|introduced|described)\s+(?:himself|herself|themselves)\s+as|"
    r"gave\s+(?:his|her|their)\s+names?\s+(?:only\s+)?as)\s*+\Z")
_NAME_LENGTH = 40
# A short quotation ending a stretch of text: 'known as "Abu Bakr"| said'.
_QUOTE_AT_END = regex.compile(r"[\"“][^\"“”\n]{1,38}[\"”]\Z")


def quoted_name(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` (marks included) is a short name given after a
    naming word."""
    return end - start <= _NAME_LENGTH and naming_before(text, 0, start) is not None


def name_quote_before(text: str, lo: int, end: int) -> tuple[int, int] | None:
    """The quoted name (with its marks) that ends right before ``end`` but for spaces and a
    comma (that closes a clause on the subject: 'an officer, who uses the call sign "Sova",
    said'), not before ``lo``, or None."""
    j = end
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j > lo and text[j - 1] == ",":
        j -= 1
    if j == lo or text[j - 1] not in "\"”":
        return None
    m = _QUOTE_AT_END.search(text, max(lo, j - _NAME_LENGTH), j)
    return (m.start(), m.end()) if m is not None and quoted_name(text, m.start(), m.end()) else None


def naming_before(text: str, lo: int, end: int) -> int | None:
    """Where the naming word that ends right before ``end`` starts ("known as", "dubbed"), or
    None."""
    m = _NAMING_BEFORE.search(text, max(lo, end - 32), end)
    return m.start() if m is not None else None


# The outlet's own voice labelling a broadcast script's line: "ANCHOR:", "CORRESPONDENT (by
# phone):" (and a talk show's "HOST:").
_OWN_LABEL: Final = regex.compile(
    r"[ \t]*+(?:" + "|".join((*SCRIPT_VOICES, "HOST")) + r")(?:[ \t]*\([^():\n]{1,40}\))?:[ \t]++")


def _past_own_label(text: str, start: int, end: int) -> int:
    """``start`` moved past a broadcast script's own label opening the sentence."""
    m = _OWN_LABEL.match(text, start, end)
    return m.end() if m is not None else start
