"""The noun phrase that ends at a given point, read backwards from it: the scan under
:func:`._attribution_before.source_before` (:func:`subject_before`), with what it leaves out
at the phrase's end (a time phrase: :func:`time_trimmed`, "The army on Monday night" -> "The
army"; an adverb: "campaign workers here" -> "campaign workers"), a name's bracket ("Sen. Jane
Roe (D-Ore.)") and an appositive ("X, the spokesman,"; "His campaign manager, Jeff Weaver,").

Reads a short window first (:data:`_SHORT_WINDOW`): most subjects are a few words.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text._calendar import MONTH_ABBREVIATION_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN

from ._attribution_lexicon import words
from ._attribution_np import (
    DETERMINERS,
    PRONOUNS,
    PRONOUNS_BUT_THAT,
    ROLE_WORDS,
    STOP,
    TIME_WORDS,
    Tok,
    is_cap,
    is_title,
    is_word,
    np_scan,
    np_start,
    tokens,
)

_TRAILING_TIME = regex.compile(
    r"""(?r)(?:[\s,]+(?:on|this|last|late|early|earlier|later|in|past|next|since|until|by)?\s*(?:past\s+)?
        (?:""" + WEEKDAY_PATTERN + r"""|(?<!\b(?:a|an|the|one|each|every|per)\s)(?:week(?:end)?|month|year)
           |yesterday|today|tonight
           |""" + MONTH_ABBREVIATION_PATTERN + r"""\.?(?:\s+\d{1,2})?
           |""" + MONTH_PATTERN + r"""(?:\s+\d{1,2})?)
        (?:\s+(?:morning|afternoon|evening|night))?,?)+\s*$""",
    regex.X | regex.I)


_COUNTED_TIME = regex.compile(r"(?ri)[\s,]+(?:a|an|one)\s+(?:day|week|month|year)\s*$")


# The last letters of every word :data:`_TRAILING_TIME` can end with.
_TIME_ENDS = tuple(words("""
day week weekend month year tonight morning afternoon evening night jan feb mar apr jun jul aug
sep sept oct nov dec january february march april may june july august september october
november december
"""))


def time_trimmed(text: str, lo: int, end: int) -> int:
    """``end``, or where a time that ends ``text[lo:end]`` starts ("The army on Monday night"
    -> "The army"), when words stand before it."""
    if not _may_end_in_time(text, lo, end):
        return end
    m = _TRAILING_TIME.search(text, max(lo, end - 90), end)
    if m is None and text[end:end + 10].lstrip().lower().startswith(("later", "earlier", "ago")):
        # ("Fiorina a month | later announced": a counted time, not "for more than a year")
        m = _COUNTED_TIME.search(text, max(lo, end - 30), end)
    return m.start() if m is not None and m.start() > lo else end


def _may_end_in_time(text: str, lo: int, end: int) -> bool:
    """A quick test :data:`_TRAILING_TIME` needs to pass: the last character before ``end``
    that is no space or comma is a digit, a period, or ends a time word."""
    i = end
    while i > lo and (text[i - 1].isspace() or text[i - 1] == ","):
        i -= 1
    if i <= lo:
        return False
    c = text[i - 1]
    if not c.isalpha():
        return c == "." or not c.isascii() or c.isdigit()
    tail = text[max(lo, i - 9):i]  # the longest time word has nine letters
    return not tail.isascii() or tail.lower().endswith(_TIME_ENDS)


# Characters read first before a cue (see :func:`source_before`): most subjects fit.
_SHORT_WINDOW = 60

_TRAILING_ADVERBS = ("here", "there", "both", "all", "themselves", "himself", "herself", "alone", "however",
                     "though", "meanwhile", "therefore", "nonetheless", "nevertheless", "instead", "thus")
_TRAILING_ADVERB = regex.compile(r"(?r)(?<=[\p{L}\d])\s+(?:" + "|".join(_TRAILING_ADVERBS) + r")\s*$")


def subject_before(text: str, lo: int, end: int, subject: bool) -> tuple[int, int] | None:
    """:func:`source_before` once a set-off clause or request is cut off."""
    end = time_trimmed(text, lo, end)
    # (tried only when the words end with one of its adverbs: most end with none)
    m = _TRAILING_ADVERB.search(text, max(lo, end - 20), end) \
        if text[max(lo, end - 20):end].rstrip().endswith(_TRAILING_ADVERBS) else None
    if m and m.start() > lo:
        end = m.start()  # "campaign workers here said": "campaign workers"
    while end > lo and text[end - 1].isspace():
        end -= 1
    space = text.rfind(" ", lo, end)
    if space != -1 and text[space + 1:end].lower() in PRONOUNS_BUT_THAT:
        # a pronoun right before the cue ("he said"): a pronoun is one token, and no token
        # spans a space, so it is the last token a scan from ``lo`` finds
        return space + 1, end
    # Most subjects are a few words: read a short window first, cut at a space so that its
    # tokens are the last ones of the whole window, and the whole window only when the scan
    # reached the short one's first token, or an appositive or a bracket ends the phrase.
    cut = text.rfind(" ", lo, end - _SHORT_WINDOW) if end - lo > _SHORT_WINDOW else -1
    if cut != -1:
        toks = tokens(text, cut + 1, end)
        if len(toks) >= 2 and toks[-1][2] not in (",", ")") and toks[-1][2].lower() not in PRONOUNS:
            start, reach = np_scan(toks, len(toks) - 1)
            if reach >= 0:
                return None if start is None else (toks[start][0], toks[-1][1])
    toks = tokens(text, lo, end)
    if not toks:
        return None
    last = toks[-1]
    if last[2] == ",":
        return _appositive(toks, subject)
    if last[2] == ")":
        # "Sen. Jane Roe (D-Ore.) said": the name before the bracket
        k = len(toks) - 2
        while k >= 0 and toks[k][2] != "(" and len(toks) - k < 10:
            k -= 1
        if k < 1 or toks[k][2] != "(":
            return None
        start = np_start(toks, k - 1)
        return None if start is None else (toks[start][0], last[1])
    low = last[2].lower()
    if low in PRONOUNS:
        if low == "that" and (len(toks) < 2 or not is_word(toks[-2])):
            return None
        return last[0], last[1]
    start = np_start(toks, len(toks) - 1)
    if start is None:
        return None
    return toks[start][0], toks[-1][1]


# Words after which a name may start a clause's subject (not prepositions: "from Sumter, ...").
_HEAD_BOUNDARY = words("""
and but so yet while when as because although though if since that then now meanwhile however
still also after before once whereas until unless
""")


# -ing words that open a noun phrase rather than a participle clause.
_NOUNS_IN_ING = words("founding leading ruling governing acting incoming outgoing presiding sitting")


# Prepositions that open a fronted phrase, not a description ("Across the border, Jo Roe, the
# governor, said": Jo Roe).
_FRONTED = words("""
across in on at from after before during near inside outside along beyond behind over under
since throughout within with without despite amid among meanwhile elsewhere
""")


def _appositive(toks: list[Tok], subject: bool = True) -> tuple[int, int] | None:
    """``Name, appositive,`` right before the cue: the whole of it, or None.

    The appositive may hold commas of its own ("a salesman from Sumter, South Carolina"), so
    each earlier comma is tried, nearest first, until one follows a name that opens a clause.
    """
    i = len(toks) - 2
    j = i
    tried = 0
    best: tuple[int, int] | None = None
    while tried < 3:
        while j >= 0 and toks[j][2] not in (",", "“", "”", '"', "—", "–", ";", ":") and i - j < 40:
            if toks[j][2] in ("'", "’") and j > 0 and toks[j - 1][2] in ("'", "’", ","):
                break  # a closing quote ('' or ,') ends the phrase
            j -= 1
        if j < 1 or toks[j][2] != "," or j == i:
            break
        tried += 1
        found = _appositive_head(toks, j, i, subject)
        if found is not None:
            first = toks[j + 1][2]
            if first.islower() and first.endswith("ing") and first not in _NOUNS_IN_ING:
                return toks[found][0], toks[j - 1][1]  # "Roe, recalling the war, said": Roe
            # an earlier comma may still open the phrase ("Jo Roe, head of X, a charity,")
            best = (toks[found][0], toks[i][1])
        j -= 1
    return best


# Prepositions of a role's phrase: "commander of the army unit in the area", "chief for the north".
_ROLE_PREPOSITIONS = words("of for in at on from")


def _is_role_word(low: str) -> bool:
    return low in ROLE_WORDS or (low.endswith("s") and low[:-1] in ROLE_WORDS)


def _is_name(toks: list[Tok]) -> bool:
    """Whether ``toks`` are a person's name: one to four capitalised words (initials, "Jr.")."""
    comma = next((k for k, t in enumerate(toks) if t[2] == ","), len(toks))
    toks = toks[:comma]  # "Jo Roe, a Republican": the name before the next comma
    if len(toks) > 3 and toks[-1][2] == ")" and toks[-3][2] == "(":
        toks = toks[:-3]  # "Inter-Services Public Relations (ISPR)": the name before its acronym
    words_ = [t for t in toks if is_word(t)]
    return 0 < len(words_) <= 4 and all(is_cap(t) for t in words_) and len(words_) == len(
        [t for t in toks if t[2] not in (".",)])


# An American legislator's party and state after the name: "Mitch McConnell, R-Ky., said".
_PARTY_AND_STATE: Final = regex.compile(r"[RDI]-(?:\p{Lu}[\p{L}.]{0,5}|\p{Lu}{2})")


def _appositive_head(toks: list[Tok], comma: int, last: int, subject: bool = True) -> int | None:
    """The first token of the name before ``comma`` when it heads an appositive ending at
    ``last``; None when the words before the comma are no name opening a clause."""
    head_end = comma - 1
    if toks[head_end][2] == ")" and head_end >= 3 and toks[head_end - 2][2] == "(" \
            and toks[head_end - 1][2].isupper():
        head_end -= 3  # "The Movement for the Salvation of Azawad (MSA), an armed group ...,"
    if toks[comma + 1][2].lower() in ("who", "whose") and toks[head_end][2].lower() not in STOP:
        # "a security source, who asked not to be named, said"
        head = np_start(toks, head_end, limit=8)
        if head is not None and (head == 0 or toks[head - 1][2].lower() in _HEAD_BOUNDARY
                                 or not is_word(toks[head - 1])):
            return head
        return None
    if not is_cap(toks[head_end]) and _is_name(toks[comma + 1:last + 1]):
        # "His campaign manager, Jeff Weaver, said": a description, then the name (a long one:
        # "the commander of the army unit in the area, Colonel X, said")
        head = np_start(toks, head_end, limit=12)
        if head is None:
            return None
        # "the army's commander | for the northern zone, Brigadier X": a role with phrases of
        # its own
        role_end = next((k for k in range(head_end - 1, head - 1, -1)
                         if toks[k + 1][2].lower() in _ROLE_PREPOSITIONS
                         and _is_role_word(toks[k][2].lower())), head_end)
        opens_clause = head == 0 or not is_word(toks[head - 1])
        if _is_role_word(toks[role_end][2].lower()):
            return head if opens_clause or toks[head - 1][2].lower() in _HEAD_BOUNDARY else None
        # any description opening the clause ('"Q," the assailant, John Roe, told'), not a
        # fronted phrase ("After the attack, John Roe said": a word before it)
        first = toks[head][2]
        if opens_clause and toks[head_end][2].lower() not in TIME_WORDS and (
                first.lower() in DETERMINERS or is_cap(toks[head])) and first.lower() not in _FRONTED:
            return head
        return None
    if not is_cap(toks[head_end]) or toks[head_end][2].lower() in TIME_WORDS:
        return None
    head = np_start(toks, head_end, limit=8)
    if head is None:
        return None
    app_first = toks[comma + 1][2]
    if (app_first[0].isupper() and app_first.lower() not in DETERMINERS and not is_title(app_first.lower())
            and not any(t[2][0].islower() for t in toks[comma + 1:last + 1])
            and not (last == comma + 1 and _PARTY_AND_STATE.fullmatch(app_first))):
            return None  # "Cedar Rapids, Iowa," is a place, not a name and its description
    if head > 0 and subject:
        before = toks[head - 1][2]
        if is_word(toks[head - 1]) and before.lower() not in _HEAD_BOUNDARY:
            return None
    return head
