"""``S C (that) T``: a content that follows its cue, and where it begins and ends.

:func:`preposed` reads ``S said (that) T``, ``S said: "Q"`` and ``S told hearer T``: past a
hearer and adverbials to the complement ("said in 2008 that", "urged women to"), then to the
end of the clause, a coordinated cue or, for a noun phrase, its first comma.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from claimkit.text._calendar import WEEKDAY_PATTERN
from claimkit.text._number_words import NUMBER_ALTERNATION

from ._attribution_after import hearer_end
from ._attribution_context import (
    COMMA,
    IRREGULAR_PASTS,
    MAX_STATEMENT,
    VERBS_IN,
    Context,
    Found,
    Range,
    adverbial_at,
    has_quote,
    lstrip_at,
    trim_end,
)
from ._attribution_lexicon import words

_PARTICIPLE_CUT = regex.compile(
    r",\s+(?:adding|saying|noting|arguing|explaining|calling|insisting|claiming|warning|stressing|"
    r"citing|referring|according\s+to|while\s+also|telling|asking|urging|accusing|describing|"
    r"recalling|alluding|pointing|prompting|compared\s+with|compared\s+to)\b|;")

# "accused the army of carrying out a strike on the market, killing 12": what one is accused
# of (or blamed for) doing, when it tells its toll, is read to the sentence's end (elsewhere
# such a phrase ends at its comma, as the annotators of news read it: "accused X of Y, a
# reference to ...")
_OF_GERUND = regex.compile(r"[^,.;:\n]{0,80}?\b(?:of|for)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\b")
_THAT = regex.compile(r"\s*that\s*", regex.I)
_TOLL_PARTICIPLE = regex.compile(r",\s+(?:killing|wounding|injuring)\b")
_CONJUNCTION = regex.compile(r"(?:and|but|or)\s", regex.I)
_TO_VERB = regex.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]")
#: The reporter's aside between a cue and the words it quotes: "said, and I quote, T", "told
#: me, and I quote: T", "said -- I quote -- T". The words are the speaker's, not the reporter's.
I_QUOTE = regex.compile(r"\s*+(?:,|[—–]|--)\s*+(?:and\s++)?I\s++quote\s*+(?:[,:]|[—–]|--)\s*+")


def preposed(ctx: Context, ss: int, se: int, cs: int, ce: int, frame: str,
             src: Range | None, cue_at: Callable[[int, int], int | None] | None = None) -> Found | None:
    """``S C (that) T`` / ``S C: "Q"`` / ``S told hearer T``: the content follows the cue."""
    text = ctx.text
    j = ce
    if frame == "object":
        j = hearer_end(text, ce, se)
        if j > ce and _TO_VERB.match(text, j, se):
            j = ce  # "urged her to leave": the hearer and the infinitive are the content
    aside = I_QUOTE.match(text, j, se)
    if aside is not None:
        j = aside.end()
    am = adverbial_at(text, j, se)
    if am:
        j = am.end()
    j = _complement_start(text, ce, lstrip_at(text, j, se), se, frame)
    if j < se and text[j] == "," and frame == "np" and j == lstrip_at(text, ce, se):
        return None  # "what we proposed, I believe T": a verb without its object reports nothing
    if j < se and text[j] in ":,":
        colon = text[j] == ":"
        j = lstrip_at(text, j + 1, se)
        if j >= se and colon:
            # 'He said:' closing a paragraph, the quote opening the next
            q = ctx.quote_starting(lstrip_at(text, se, min(len(text), se + 8)))
            if q is not None:
                return Found(src, (cs, ce), ((q.inner_start, q.inner_end),), "direct")
            # or the statement itself as the next paragraph, unquoted
            nxt = lstrip_at(text, se, min(len(text), se + 8))
            if src is not None and nxt > se and "\n" in text[se:nxt]:
                pe = text.find("\n", nxt, nxt + MAX_STATEMENT)
                end = trim_end(text, nxt, min(len(text), nxt + MAX_STATEMENT) if pe == -1 else pe)
                if end > nxt:
                    return Found(src, (cs, ce), ((nxt, end),), "indirect")
    if j >= se or (text[j] in "aAbBoO" and _CONJUNCTION.match(text, j, se)):  # (its words' initials)
        return None  # "had called on Tuesday and demanded": the verb has no content
    q = ctx.quote_starting(j)
    if q is not None:
        tail = trim_end(text, q.end, se)
        if tail <= q.end or q.end > se:
            return Found(src, (cs, ce), ((q.inner_start, q.inner_end),), "direct")
    end = se
    # (a comma or a semicolon opens every match)
    cut = _PARTICIPLE_CUT.search(text, j, se) if text.find(",", j, se) != -1 or text.find(";", j, se) != -1 \
        else None
    if cut and _THAT.fullmatch(text, j, cut.start()) and (aside := text.find(",", cut.end(), se)) != -1:
        # "said that, according to its information, T": an aside that opens the clause
        cut = _PARTICIPLE_CUT.search(text, aside + 1, se)
    if cut:
        end = cut.start()
    if cue_at is not None:
        coordinated = cue_at(j, end)
        if coordinated is not None:
            end = coordinated
    if (frame == "np" or not _looks_like_clause(text, j, end)) and not (
            _OF_GERUND.match(text, j, end) and _TOLL_PARTICIPLE.search(text, j, end)):
        end = _phrase_end(ctx, j, end)
    # a quotation opened inside the content carries it past the sentence end
    inner = ctx.quote_at(trim_end(text, j, end) - 1) if end > j else None
    if inner is not None and inner.start >= j and inner.end > end and end == se:
        end = inner.inner_end
    end = trim_end(text, j, end)
    if end <= j:
        return None
    mode = "indirect"
    if q is not None or ctx.quote_at(j) is not None or inner is not None or has_quote(text, j, end):
        mode = "mixed"
    return Found(src, (cs, ce), ((j, end),), mode)


_COMPLEMENTIZER = regex.compile(r"(?:\b(?:that|whether|if)\b|\bto\s(?=\w)|[:“\"]|'')", regex.I)
_SKIPPABLE = regex.compile(
    r"(?:,|in|at|on|for|during|after|before|with|without|last|this|earlier|later|however|also|again|"
    r"repeatedly|recently|to|from|over|under|through|when|while|(?-i:[\p{Lu}\d]))\b", regex.I)
_FINITE = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b"
    r"|\b[a-z]{3,}ed\b|\b(?:he|she|they|it|we|I)\b")


_OPENS_PHRASE = regex.compile(
    r"(?r)\b(?:to|a|an|the|of|for|his|her|their|its|our|this|that|these|those|as|and|or|it|them|"
    r"him|her|is|was|be)\s*$", regex.I)


_THAT_AHEAD = regex.compile(r"to\s+(?:(?:the|[\p{Lu}][\p{L}.'’\-]*)\s+){1,5}(?P<that>)(?=that\s)")
_TIME_PHRASE = regex.compile(
    r"\s*(?:for|in|over|during)\s+(?:(?:the|a|an|many|several|two|three|past|last|recent)\s+)*"
    r"(?:years?|months?|weeks?|days?|decades?|time)\s*,?\s*", regex.I)


def _complement_start(text: str, ce: int, j: int, se: int, frame: str) -> int:
    """Where the content begins after ``j``: at a "that"/"whether"/"if" (or a quote, or "to"
    after a hearer) that follows soon, when what stands before it only says where, when or to
    whom ("said in 2008 that", "told a crowd in Miami Tuesday that", "urged women to")."""
    if j >= se:
        return j
    m = _COMPLEMENTIZER.search(text, j, min(se, j + 90))
    if m is not None and m.start() == j and text.startswith(("to ", "To "), j):
        # "joked to Jane Roe that T": a hearer in a to-phrase, then the content
        t = _THAT_AHEAD.match(text, j, min(se, j + 60))
        if t is not None:
            return int(t.end("that"))
    if m is None or m.start() == j:
        return j
    word = m.group().lower().strip()
    between = text[j:m.start()]
    if word == "to" and not _TIME_PHRASE.fullmatch(between):
        return j  # "urged women to", not "declined for years to"
    if word[0] in "“\"'" and _OPENS_PHRASE.search(between):
        return j  # 'vowed to "fight on"', 'called it a "disgrace"': the quote is inside the content
    if _FINITE.search(between) or ("," in between.strip(" ,") and word != "that"):
        return j
    if frame != "object" and not _SKIPPABLE.match(text, j):
        return j
    return int(m.start())


_CLAUSE_OPENERS = words("""
that whether if how what why when where who which he she they it we i you there this these
""")

def _looks_like_clause(text: str, s: int, e: int) -> bool:
    """Whether the content at ``s`` is a clause ("the plan was fair") rather than a noun
    phrase ("the plan, which passed"): it opens with a complementizer or a pronoun, or its
    first comma-free stretch holds a finite verb."""
    m = _FIRST_WORD.match(text, s, e)
    if m and m.group(1).lower() in _CLAUSE_OPENERS:
        return True
    comma = COMMA.search(text, s, e)
    stretch_end = e if comma is None else comma.start()
    if VERBS_IN.search(text, s, stretch_end) or _PAST.search(text, s, stretch_end):
        return True
    # "at least 37 people, including 11 children, had died", "a man, 45, and his son, 12,
    # were killed": past the parts set off, to the verb
    for _ in range(3):
        if comma is None:
            return False
        if not _SET_OFF_PART.match(text, comma.end(), e):
            # "a hospital it supports in Tawila, about 60 km to the west, had received 19
            # wounded": any short aside, when a finite verb follows it
            second = COMMA.search(text, comma.end(), min(e, comma.end() + _ASIDE_REACH))
            if second is not None and _FINITE_NEXT.match(text, second.end(), e) is not None:
                return True
            return _list_then_verb(text, comma.end(), e)
        second = COMMA.search(text, comma.end(), e)
        if second is None:
            return _list_then_verb(text, comma.end(), e)  # "the villagers, two vigilantes and ..."
        comma = COMMA.search(text, second.end(), e)
        s, stretch_end = second.end(), e if comma is None else comma.start()
        if VERBS_IN.search(text, s, stretch_end) or _PAST.search(text, s, stretch_end):
            return True
    return False


_ASIDE_REACH = 80
_LIST_REACH = 150
# The list's last item, counted: "and (at least) four of the attackers", "and a policeman" (not
# "and the U.S. has never ...": a clause of its own)
_AND = regex.compile(
    r"\band\s++(?=(?:(?:at\s+least|at\s+most|more\s+than|about|around|nearly|almost|some|over|up\s+to)\s+)?"
    r"(?:\d|an?\s|" + NUMBER_ALTERNATION + r"))", regex.I)
_NOT_AN_ITEM = regex.compile(
    r"\s*(?:but|and|or|nor|yet|so|while|whereas|as|although|though|because|since|which|who|whom|"
    r"whose|when|where|after|before|then|if|unless|until|once|(?-i:\p{Ll}+ing))\b", regex.I)
_LIST_VERB = regex.compile(r"\b(?:\p{Ll}{2,}ed|" + IRREGULAR_PASTS + r")\b")


def _list_then_verb(text: str, s: int, e: int) -> bool:
    """Whether the words at ``s`` (after a comma) end a list of subjects and its verb follows:
    "12 villagers, | two members of a vigilante group and four of the attackers died"."""
    if _NOT_AN_ITEM.match(text, s, e):
        return False  # "..., but three women and one man were arrested": a clause of its own
    last = _AND.search(text, s, min(e, s + _LIST_REACH))
    if last is None or VERBS_IN.search(text, s, last.start()) or _LIST_VERB.search(text, s, last.start()):
        return False
    comma = COMMA.search(text, last.end(), e)
    stop = e if comma is None else comma.start()
    return bool(VERBS_IN.search(text, last.end(), stop) or _LIST_VERB.search(text, last.end(), stop))
# A finite verb opening what follows an aside: an auxiliary or a regular past.
_FINITE_NEXT = regex.compile(
    r"\s*(?:(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should|did|does)\b"
    r"|\p{Ll}{3,}ed\b)")


# A part set off by commas inside a noun phrase: "..., including 11 children, ..." (maybe
# quoted: 'Ukrainian units, “having suffered heavy losses”, had withdrawn').
_SET_OFF_PART = regex.compile(
    r"\s*[“\"‘]?(?:including|among\s+them|among\s+whom|most\s+of\s+them|many\s+of\s+them|mostly|"
    r"some\s+of\s+them|all\s+of\s+them|the\s+majority|"
    # an aside on who did it: "its soldiers, operating alongside X, had retaken", ", backed by jets,"
    r"(?-i:\p{Ll}+ing)|(?:backed|supported|aided|assisted|accompanied|joined|led)\s+by|"
    r"(?:along|together)\s+with|alongside|with\s+the\s+help\s+of|"
    # who they were: "two civilians, a trader and her grandson, were killed"
    r"(?:a|an|one|two|three|four|five|both)\s+(?=[\p{L}\d-]+(?:\s+[\p{L}-]+)?\s+and\s)"
    # an age: "a man, 45, and his son"
    r"|\d{1,3}(?=\s*,))\b", regex.I)


_FIRST_WORD = regex.compile(r"[\s“\"']*([\p{L}']+)")
# A past or third-person verb: regular, or an irregular past that is no participle ("said a
# drone struck the market, killing eight": a clause, read past its comma; not "jobs lost to")
_PAST = regex.compile(r"\b(?:[a-z]{3,}(?:ed|es)|" + IRREGULAR_PASTS + r")\b")
_PHRASE_END = regex.compile(
    r",(?!\s(?:and|or)\s|\d)|\s(?:even\s+though|although|because|by\s+\w+ing|in\s+an?\s+(?:interview|statement|speech|tweet|op-ed)|"
    rf"last\s+(?:week|month|year)|on\s+{WEEKDAY_PATTERN})\b")


def _phrase_end(ctx: Context, j: int, end: int) -> int:
    """Where a noun-phrase content ends: at its first comma or subordinate clause (outside
    quotes)."""
    text = ctx.text
    m = _PHRASE_END.search(text, j + 1, end)
    while m is not None:
        q = ctx.quote_at(m.start())
        if q is None or (q.start < j and q.end <= j):
            return int(m.start())
        m = _PHRASE_END.search(text, max(m.end(), q.end), end)
    return end
