"""The words after a cue and the clause around it: the inverted subject ("..., said Steve
Ward, a director at X"), the hearer of a ``tell``-type cue ("told Reuters"), and the subject of
the clause a participle cue hangs on ("X did Y, adding ...").
"""

from __future__ import annotations

import regex

from claimkit.text._calendar import WEEKDAY_PATTERN

from ._attribution_lexicon import words
from ._attribution_np import PRONOUNS, ROLE_WORDS, TIME_WORDS, is_cap, is_word, tokens
from ._attribution_subject import time_trimmed
from ._source import dateline

_BOUNDARY_AFTER = regex.compile(
    r"""[;:“”"]|\s[—–-]\s|\s--\s|,\s+(?:\w+ing\b|according|and\s|but\s|while\s|although\s|as\s)
    |(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Brig|Adm|Cmdr|Cpl|Pvt|St|Jr|Sr
         |Prof|Rev|Hon|Pres|Ft|Mt|No|Inc|Co|Corp|[A-Z]))[.](?=[\s"”']|$)|[!?](?=[\s"”']|$)|\n""", regex.X)
_RELATIVE_CLAUSE = regex.compile(r",\s+(?:who|whose|which)\b")
_QUOTE_MARKS = frozenset('“”"')
_SOURCE_TAIL = regex.compile(
    r"""\s+(?:in\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:statement|interview|email|e-mail|speech|
    post|tweet|letter|video|release|op-ed|appearance)|on\s+(?:Twitter|Facebook|X|""" + WEEKDAY_PATTERN + r"""|
    CNN|Fox|MSNBC|NBC|ABC|CBS)|""" + WEEKDAY_PATTERN + r"""\b|
    last\s+(?:week|month)|this\s+week|yesterday|today|at\s+(?:a|an|the)\s+(?:news|press|rally|campaign|town)|
    after\s|before\s|during\s|when\s|while\s)""", regex.X)


# Lowercase openings of an inverted subject: "said former Sen. X", "said spokesman X",
# "said undecided voter Jane Roe" (a modifier or two, then a capitalised word or a role).
_LOWER_SUBJECT_START = regex.compile(
    r"(?:(?:former|then|late|acting|retired|fellow|longtime|veteran|senior|top|chief)\s+)?"
    r"(?:(?!(?:in|on|at|of|for|to|from|with|by|during|after|before|about|that|this|it|he|she|"
    r"they|we|you|there|and|but|or|as|when|while|if|is|was|are|were|has|had|have|not|so)\b)"
    r"[a-z][a-z\-]+\s+){0,2}?(?:[\p{Lu}]|(?:" + "|".join(sorted(ROLE_WORDS)) + r")\b)")


# '"...," tweeted another.' / 'said one': a quantifier standing for the speaker
_LONE_QUANTIFIER = regex.compile(r"(?:another|others|one|some|many|several|both)(?=\s*[.,;]|$)")


def source_after(text: str, start: int, hi: int) -> tuple[int, int] | None:
    """The inverted subject right after a cue ("..., said Steve Ward, a director at X").

    Runs to the end of the clause; a following statement or time phrase is left out.
    """
    while start < hi and text[start].isspace():
        start += 1
    if start >= hi:
        return None
    first = text[start:start + 5].lower()
    if not (text[start].isupper()
            or first.startswith(("the ", "a ", "an ", "one ", "his ", "her ", "their "))
            or _LOWER_SUBJECT_START.match(text, start, hi) or _LONE_QUANTIFIER.match(text, start, hi)):
        return None
    stop = min(hi, start + 300)
    b = _BOUNDARY_AFTER.search(text, start, stop)
    relative = _RELATIVE_CLAUSE.search(text, start, b.start()) if b else None
    while b is not None and relative is not None and b.group() in _QUOTE_MARKS:
        # "said Roe, who runs the “Blue Line” ferry": a title quoted inside the relative clause
        b = _BOUNDARY_AFTER.search(text, b.end(), stop)
    end = b.start() if b else stop
    t = _SOURCE_TAIL.search(text, start, end)
    if t:
        end = t.start()
    while end > start and text[end - 1] in " ,\t":
        end -= 1
    if end <= start:
        return None
    return start, end


_HEARER = regex.compile(
    r"""\s*(?:me|him|her|them|us|you|reporters|journalists|supporters|voters|lawmakers|students|
    researchers|investigators|parliament|(?:this|our|a|the)\s+(?:correspondent|reporter|newspaper|paper|
    agency|website|broadcaster|outlet|writer|scribe)|
    the\s+crowd|(?:an?|the)\s+(?:audience|crowd|rally|reporter|interviewer|newspaper|agency|
    (?:[\w-]+\s+){0,2}(?:station|channel|network|audience|crowd|rally|meeting|gathering|conference))
    |(?:the\s+)?[\p{Lu}][\p{L}'’.&\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.&\-]*|of|the|and|'s|’s))*(?:'s|’s)?
    (?:\s+[\p{Lu}][\p{L}.\-]*){0,3}(?:\s+(?:newspaper|station|channel|network|programme|program|
    show|website|radio|television|TV))?)\b""", regex.X)


def hearer_end(text: str, start: int, hi: int) -> int:
    """Where the hearer of a ``tell``-type cue ends ("told Reuters", "told reporters"):
    the offset after it, or ``start`` when there is none."""
    m = _HEARER.match(text, start, hi)
    if not m or m.end() == start:
        return start
    return int(m.end())


_INTRO_WORDS = words("""
in on at during after before speaking asked when while if as although though since because
however meanwhile still but and yet so later earlier now then instead separately similarly also
addressing writing according despite with without for under from by
""")
_TIME_ADVERBS = words("later earlier ago hours days weeks months years")
_IRREGULAR_PAST = words("""
said told wrote thought knew saw felt found read spoke sought showed understood shot held took
went made gave met ran won lost came got began left kept brought put set led stood became drew
sent spent hit let cut paid sold bought built fought struck threw
""")
_TIME_OR_ADVERB = TIME_WORDS | _TIME_ADVERBS
_PERSONAL_PRONOUNS = PRONOUNS - {"that", "which", "who", "it"}
_VERBISH = words("""
is are was were has have had will would can could should may might must did does do also
""")


_PRESENT_CUE = regex.compile(r"(?:says|tells|adds|claims|insists|reports|writes|announces)\b")


def clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause starting at ``lo`` ("Erin Brockovich, the activist, endorsed
    ..." -> "Erin Brockovich, the activist"): the words before its first verb, after any
    introductory phrase that ends in a comma, and after the report's dateline ("DJIBO, Burkina
    Faso (AP) - Burkina Faso's army raised its toll, saying ...")."""
    line = dateline(text)
    if line is not None and lo <= line.span.start and line.span.end < hi:
        lo = line.span.end
    toks = tokens(text, lo, min(hi, lo + 600))
    i = 0
    if toks and toks[0][2] in "\"“'‘":
        return None
    k = 0
    while k < len(toks) and toks[k][2] != "," and k < 20:
        k += 1
    if k < len(toks) and toks[k][2] == "," and (
            toks[0][2].lower() in _INTRO_WORDS
            or (k <= 5 and any(t[2].lower() in _TIME_OR_ADVERB for t in toks[:k]))):
        i = k + 1  # past "In Kabul," / "Last year," / "Hours later,"
    if i >= len(toks):
        return None
    if toks[i][2].lower() in _PERSONAL_PRONOUNS:
        return toks[i][0], toks[i][1]
    end = None
    # ("MINUSCA mourns a peacekeeper and says": before a cue in the present, a lowercase word
    # in -s right after a name, or after "the" and a noun, is the clause's first verb)
    present = _PRESENT_CUE.match(text, hi, min(len(text), hi + 16)) is not None
    for k in range(i, min(len(toks), i + 40)):
        w = toks[k][2]
        low = w.lower()
        if k > i and w[0].islower() and (low in _VERBISH or low in _IRREGULAR_PAST
                                         or (low.endswith("ed") and len(low) > 4)
                                         or (present and low.endswith("s") and not low.endswith("ss")
                                             and len(low) > 3 and (is_cap(toks[k - 1]) or (
                                                 k - i == 2 and toks[i][2].lower() in ("the", "a"))))):
            end = k
            break
        if w in ("“", '"', ";", ":", "—"):
            return None
    if end is None or end == i:
        return None
    last = end - 1
    while last > i and not is_word(toks[last]) and not (
            toks[last][2] == ")" and any(t[2] == "(" for t in toks[i:last])):
        last -= 1  # (but a bracket closes: "Inter-Services Public Relations (ISPR), said")
    if last - i > 30:
        return None
    # (not the time told before the verb: "The army on Monday | raised its toll")
    return toks[i][0], time_trimmed(text, toks[i][0], toks[last][1])
