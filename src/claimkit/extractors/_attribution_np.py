"""Noun phrases around a cue: the source before it ("Defence Minister X said"), after it
("..., said X, the spokesman"), the subject of the clause a participle hangs on ("X did Y,
adding ..."), and the hearer of ``tell``-type cues.

Scans are bounded (a few dozen tokens) so every cue costs the same however long the
sentence; word classes are small documented sets, not a tagger.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from claimkit.text._calendar import (
    MONTH_ABBREVIATION_PATTERN,
    MONTH_ABBREVIATIONS,
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from claimkit.text._calendar import MONTHS as MONTH_NAMES

from ._attribution_lexicon import words
from ._attribution_triggers import CUES
from ._words import joined_particle_name

# Tokens: words (with inner apostrophes, hyphens, periods and ampersands, and a "%" after
# them), or one mark. Written for the standard library's engine, which splits a window a
# third faster than ``regex``: ``[^\W_]`` is a letter or digit (``\p{L}\p{N}``), and "_" is a
# mark of its own. The inner marks are read as runs that a letter or digit must follow (the
# loop unrolled: a fifth faster than trying the two classes at every character).
TOKEN = re.compile(r"(?:[^\W_]|[$%])[^\W_]*(?:['’.&\-/]+[^\W_]+)*(?:['’.&\-/]*%)?\.?|[^\s\w]|_")

Tok = tuple[int, int, str]

PRONOUNS = words("he she they i we you it who which that")
_PRONOUNS_BUT_THAT = PRONOUNS - {"that"}
DETERMINERS = words("""
the a an his her their its our my your this that these those some many several both all most each
every other another no few any one such two three four five six seven eight nine ten half more
""")
# Words that may open a quantified source ("more than half of", "only four percent").
QUANTIFIER_HEADS = words("more less fewer about nearly almost only roughly around over just at")
# Prepositions that may sit inside a source ("a spokesman for the ministry", "people in Kabul").
NP_PREPOSITIONS = words("of for in at from with on & and")
# Lowercase words that end a subject noun phrase when met scanning back from the cue.
STOP = words("""
that which whom whose when while where because if as since after before although though but or
so than then until unless whether is was are were be been being has have had do does did will
would can could should may might must not to by about into over under against through during
without like also even just only very too more less what why how there here ago yet however
meanwhile instead indeed moreover nevertheless thus therefore later earlier among between
including despite amid toward towards upon onto per via
""") | {"n't"}
# Words that start a clause rather than a noun phrase, dropped from a source's left edge.
LEADING_NOISE = words("""
and but so yet now still meanwhile however also then indeed instead thus though although while
when as after before because if since until or nor plus moreover separately similarly in on at
of for from with by to during
""")
MONTHS = frozenset(MONTH_NAMES + MONTH_ABBREVIATIONS)
TIME_WORDS = frozenset(WEEKDAYS) | words("""
yesterday today tonight week weekend month year morning afternoon evening night
""") | MONTHS
# Lowercase words that may stand before a title or a name in a subject ("former President X").
PREMODIFIERS = words("""
former then late current outgoing incoming acting retired fellow presumptive longtime veteran
ex embattled rival republican democratic
""")
NAME_PARTICLES = words("de da del al el bin ibn van von la le di du abu")

_TRAILING_TIME = regex.compile(
    r"""(?r)(?:[\s,]+(?:on|this|last|late|early|earlier|later|in|past|next)?\s*(?:past\s+)?
        (?:""" + WEEKDAY_PATTERN + r"""|week(?:end)?|month|year|yesterday|today|tonight
           |""" + MONTH_ABBREVIATION_PATTERN + r"""\.?(?:\s+\d{1,2})?
           |""" + MONTH_PATTERN + r"""(?:\s+\d{1,2})?)
        (?:\s+(?:morning|afternoon|evening|night))?,?)+\s*$""",
    regex.X | regex.I)


# The last letters of every word :data:`_TRAILING_TIME` can end with.
_TIME_ENDS = tuple(words("""
day week weekend month year tonight morning afternoon evening night jan feb mar apr jun jul aug
sep sept oct nov dec january february march april may june july august september october
november december
"""))


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


def _word(tok: Tok) -> bool:
    return tok[2][0].isalnum() or tok[2][0] in "$%"


def _cap(tok: Tok) -> bool:
    w = tok[2]
    return w[0].isupper() or w[0].isdigit() or (w[0] in "abdei" and joined_particle_name(w))


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """``(start, end, word)`` for every token of ``text[lo:hi]``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, lo, hi)]


# Unions of the tables above, built once (not at every token).
_STOP_OR_PREPOSITION = STOP | NP_PREPOSITIONS
_NOISE_NOT_PREPOSITION = LEADING_NOISE - NP_PREPOSITIONS


# Adjectives whose "to" stays inside a noun phrase ("a source close to him").
_TO_ADJECTIVES = words("close closer loyal allied linked sympathetic friendly opposed connected attributed")


def _np_start(toks: list[Tok], i: int, limit: int = 14) -> int | None:
    """Scan back from token ``i`` (the last word of a noun phrase) to the phrase's first token.

    Stops at punctuation, clause words and verbs-ish function words; keeps titles, names,
    determiners, quantifiers ("more than half of") and inner prepositions ("a spokesman for
    the ministry"). None when token ``i`` cannot end a noun phrase.
    """
    return _np_scan(toks, i, limit)[0]


def _np_scan(toks: list[Tok], i: int, limit: int = 14) -> tuple[int | None, int]:
    """:func:`_np_start`, and the lowest token index the scan read or tested for the start
    of ``toks`` (below 0: it reached the start, so more tokens before could change the
    answer)."""
    if i < 0 or not _word(toks[i]) or toks[i][2].lower() in _STOP_OR_PREPOSITION:
        return None, i
    start = i
    words = 0
    j = i
    reach = i
    while j >= 0 and words < limit:
        reach = min(reach, j - 1)  # "j == 0" and "toks[j - 1]" below
        w = toks[j][2]
        low = w.lower()
        if w == ")":
            k = j - 1
            while k >= 0 and toks[k][2] != "(" and j - k < 10:
                k -= 1
            reach = min(reach, k)
            if k < 0 or toks[k][2] != "(":
                break
            j = k - 1
            continue
        if w in ("'s", "’s", "'", "’", "-", "&"):
            if w == "-" and j > 0 and toks[j - 1][1] < toks[j][0] and j < i and toks[j + 1][0] > toks[j][1]:
                break  # a spaced dash ("ZELMA (Agency) - Fighters said") ends the phrase
            j -= 1
            continue
        if not _word(toks[j]):
            break
        if low in QUANTIFIER_HEADS and j < i and start == j + 1 and (
                toks[j + 1][2].lower() in ("than", "half") or toks[j + 1][2][0].isdigit()
                or toks[j + 1][2].lower() in DETERMINERS):
            start = j
            break
        if low == "than" and j > 0 and toks[j - 1][2].lower() in ("more", "less", "fewer"):
            start = j - 1
            j -= 2
            continue
        if low in STOP and not (low == "to" and j > 0 and toks[j - 1][2].lower() in _TO_ADJECTIVES) \
                and not _inside_name(toks, j, start):
            break
        if low in NP_PREPOSITIONS:
            # "a spokesman for the ministry": go on only if a noun comes before it
            if j == 0 or not _word(toks[j - 1]) or toks[j - 1][2].lower() in _STOP_OR_PREPOSITION:
                break
            # "Trump and Cruz said" joins names; "... and said" is a verb phrase
            if (low == "and" and not (_cap(toks[j - 1]) and _cap(toks[start]))
                    and toks[start][2].lower() not in DETERMINERS and not _cap(toks[start])
                    and not (toks[start][2].endswith("ed") and start < i
                             and toks[start][2].lower() not in CUES)):
                # (but "a statement attributed to X and circulated online said": a second
                # reduced relative of the same noun)
                break
        if (_cap(toks[start]) and not _cap(toks[j]) and low not in DETERMINERS
                and low not in NP_PREPOSITIONS and j == start - 1 and not _is_title(low)
                and low not in PREMODIFIERS):
            # a lowercase word before a name: a title ("spokesman X") or the end of the phrase
            reach = min(reach, j - 4)  # _nouns_after_determiner reads back four tokens
            before = toks[j - 1][2].lower() if j > 0 else ""
            if j > 0 and (before in DETERMINERS or _cap(toks[j - 1])):
                pass  # "the party's spokesman X", "GOP contender X"
            elif (j == 0 or before in PREMODIFIERS or before in _NOISE_NOT_PREPOSITION
                  or not _word(toks[j - 1])) and low.isalpha() and not low.endswith(("ed", "ly")):
                pass  # "retired neurosurgeon X", "public defender X" opening the clause
            elif _nouns_after_determiner(toks, j):
                pass  # "the news site X", "a spokesman for committee X"
            else:
                break
        if low in TIME_WORDS and _cap(toks[j]) and j == start - 1 and j < i:
            break
        start = j
        words += 1
        j -= 1
    if j < 0:
        reach = -1  # the scan ran out of tokens
    while start <= i and (toks[start][2].lower() in LEADING_NOISE or not _word(toks[start])):
        start += 1
    return (start if start <= i else None), reach


# Words that may join the capitalised words of one name ("Committee to Protect Journalists",
# "Doctors Without Borders"); only these, in lower case or capitalised, as a headline in title
# case capitalises every other one ("Obama To Asians").
_NAME_LINKS = frozenset(("to", "without", "against", "Without", "Against"))


def _inside_name(toks: list[Tok], j: int, start: int) -> bool:
    """Whether the word at ``j``, right before the phrase's first word ``start``, links two
    capitalised words of one name ("Doctors Without Borders"), rather than ending the phrase."""
    if j != start - 1 or j == 0 or not _cap(toks[start]) or not _word(toks[j - 1]):
        return False
    before, w = toks[j - 1][2], toks[j][2]
    return (before[0].isupper() and before.lower() not in STOP and toks[j - 1][1] < toks[j][0]
            and w in _NAME_LINKS)


def _nouns_after_determiner(toks: list[Tok], j: int) -> bool:
    """Whether the lowercase word at ``j`` ends a short run of lowercase nouns (and inner
    prepositions) that opens with a determiner: "the news site", "a spokesman for committee"."""
    k = j - 1
    while k >= 0 and j - k <= 4:
        low = toks[k][2].lower()
        if low in DETERMINERS:
            return True
        if not (_word(toks[k]) and toks[k][2].isalpha() and toks[k][2].islower()) or (
                low in STOP and low not in NP_PREPOSITIONS) or low.endswith(("ed", "ly", "ing")):
            return False
        k -= 1
    return False


ROLE_WORDS = words("""
spokesman spokeswoman spokesperson minister president senator governor chairman chairwoman chair
leader director secretary commander general officer official officials analyst adviser advisor
aide strategist researcher professor chief head ambassador envoy representative lawmaker mayor
candidate nominee contender rival founder editor columnist correspondent reporter host anchor
manager boss member prosecutor judge attorney lawyer economist pollster activist expert
diplomat colonel captain lieutenant major sergeant brigadier admiral cleric imam bishop pastor
friend wife husband son daughter brother sister mother father neighbour neighbor witness resident
source sources militant militants fighter fighters soldier soldiers police policeman monitor
delegate delegates voter voters supporter supporters congressman congresswoman councilman
councilwoman commissioner sheriff deputy premier chancellor king queen prince emir sheikh
mullah cleric commentator blogger author writer historian scientist scholar student teacher
owner executive ceo cfo founder partner counsel consultant operative organizer surrogate
man woman elder farmer herder trader shopkeeper driver nurse doctor medic villager tribesman
""")


def _is_title(low: str) -> bool:
    return low in ROLE_WORDS


# Characters read first before a cue (see :func:`source_before`): most subjects fit.
_SHORT_WINDOW = 60

_TRAILING_ADVERB = regex.compile(
    r"(?r)(?<=[\p{L}\d])\s+(?:here|there|both|all|themselves|himself|herself|alone|however|though|"
    r"meanwhile|therefore|nonetheless|nevertheless|instead|thus)\s*$")


# A source's request not to be named: "who asked not to be named", "who requested anonymity
# to speak freely", "who declined to be identified because ...", and a refusal to comment
# ("who declined to comment on the report"). The request is read as an
# attribution of its own (PolNeAR marks it so, with the request as its content), and set aside
# when the subject of the main cue is looked for ("A source who asked not to be named told
# Reuters T": the source is "A source").
ANONYMITY = regex.compile(
    r"\s+(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted)(?:\s+by\s+name)?|anonymity"
    r"|to\s+remain\s+anonymous|to\s+comment)(?:\s+(?:to|because|for|as|since|on)\s[^,;:.!?\"“”]*)?",
    regex.I)
# The verbs of a request not to be named, in the forms each reading needs: any form as a cue
# ("asked not to be named"), a stem before a passive ("requested not to be identified"), the
# past after "who".
_REQUEST_PAST = ("asked", "requested", "declined")
REQUEST_FORMS = words("asked asking asks requested requesting declined declines decline declining")
ASKED_TO_BE = regex.compile(
    r"(?r)\b(?:" + "|".join(past[:-2] for past in _REQUEST_PAST) + r")\w*\s+(?:not\s+)?to\s+be\s+$", regex.I)
_REQUEST = regex.compile(r"who\s+(?:had\s+)?(?:" + "|".join(_REQUEST_PAST) + r")\b")


def _before_anonymity(text: str, lo: int, end: int) -> int:
    """The start of a clause "(,) who asked not to be named (,)" that ends at ``end``, or
    ``end`` when there is none."""
    k = text.rfind("who ", max(lo, end - 200), end)
    if k <= lo or (request := _REQUEST.match(text, k, end)) is None:
        return end
    tail = ANONYMITY.match(text, request.end(), end)
    if tail is None or text[tail.end():end].strip(" ,\t"):
        return end
    while k > lo and text[k - 1] in " ,\t":
        k -= 1
    return k


# A clause set off by commas between a subject and its cue: "An officer, speaking on condition
# of anonymity, said", "A Warren adviser, who spoke to reporters, said". Most sources annotated
# on PolNeAR leave it out.
_SET_OFF_CLAUSE = regex.compile(
    r"(?r),\s*(?:who|which|where|citing|quoting|speaking|talking|writing|in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|interview|post|message|video|letter))(?:\s[^,;:\"“”()\n]{0,150})?,\s*$", regex.I)


def _before_set_off_clause(text: str, lo: int, end: int) -> int:
    """The start of a clause set off by commas that ends at ``end``, or ``end``."""
    if text.rfind(",", max(lo, end - 3), end) == -1:
        return end  # (most cues follow no comma: no reverse search)
    m = _SET_OFF_CLAUSE.search(text, max(lo, end - 160), end)
    return m.start() if m is not None and m.start() > lo else end


def source_before(text: str, lo: int, end: int, subject: bool = True) -> tuple[int, int] | None:
    """The subject noun phrase that ends at ``end`` (the cue's start), not before ``lo``.

    Returns ``(start, end)``, or None when what precedes the cue is no noun phrase (a clause,
    a quote, nothing). Handles appositives ("X, the spokesman, said"; "X, 58, said"), titles
    ("spokesman X said") and a time phrase between subject and cue ("X on Sunday said": the
    time phrase is left out). With ``subject`` False the phrase may follow a preposition
    (an antecedent: "remarks by Jane Roe, the governor, who ...").
    """
    lo = max(lo, end - 250)
    end = _before_anonymity(text, lo, end)
    cut = _before_set_off_clause(text, lo, end)
    if cut != end:
        # "Roe's aide, Jo Tarn, who ..., said": the appositive before the clause stays
        # (read with its comma); "An officer, speaking ..., said": the phrase alone
        found = _subject_before(text, lo, cut + 1, subject) or _subject_before(text, lo, cut, subject)
        return _with_restrictive_relative(text, lo, found, subject)
    found = _subject_before(text, lo, end, subject)
    if found is None:
        return None
    if (by := _REACHED_BY.search(text, max(lo, found[0] - 30), found[0])) is not None:
        # "Two residents reached by phone said": the residents, not the phone
        whole = _subject_before(text, lo, by.start(), subject)
        return (whole[0], found[1]) if whole is not None else found
    if (time := _TIME_LEFT.match(text, found[0], found[1])) is not None:
        return (time.end(), found[1])  # "By evening the group said": the group
    return found


_REACHED_BY: Final = regex.compile(
    r"(?i)\s(?:reached|contacted|interviewed|speaking)\s+(?:by|over\s+the|on\s+the)\s+\Z")
_TIME_LEFT: Final = regex.compile(
    r"(?i)(?:evening|morning|afternoon|night|nightfall|noon|midday|dawn|dusk)\s+(?=(?:the|a|an)\s)")


# "who" and the words of its clause up to a noun phrase: "A teacher | who fled to | a nearby
# village, speaking ..., said".
_WHO_CLAUSE_BEFORE = regex.compile(r"(?r)(?<![,\s])\s+who\s+(?:[\p{Ll}'’-]+\s+){1,6}$")


def _with_restrictive_relative(text: str, lo: int, found: tuple[int, int] | None,
                               subject: bool) -> tuple[int, int] | None:
    """``found``, or the phrase that a restrictive relative clause ending in it belongs to: in
    "A teacher who fled to a nearby village, speaking on condition of anonymity, said" the
    source is the teacher, not the village."""
    if found is None:
        return None
    who = _WHO_CLAUSE_BEFORE.search(text, max(lo, found[0] - 80), found[0])
    if who is None:
        return found
    head = _subject_before(text, lo, who.start(), subject)
    return (head[0], found[1]) if head is not None else found


def _subject_before(text: str, lo: int, end: int, subject: bool) -> tuple[int, int] | None:
    """:func:`source_before` once a set-off clause or request is cut off."""
    m = _TRAILING_TIME.search(text, max(lo, end - 90), end) if _may_end_in_time(text, lo, end) else None
    if m and m.start() > lo:
        end = m.start()
    m = _TRAILING_ADVERB.search(text, max(lo, end - 20), end)
    if m and m.start() > lo:
        end = m.start()  # "campaign workers here said": "campaign workers"
    while end > lo and text[end - 1].isspace():
        end -= 1
    space = text.rfind(" ", lo, end)
    if space != -1 and text[space + 1:end].lower() in _PRONOUNS_BUT_THAT:
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
            start, reach = _np_scan(toks, len(toks) - 1)
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
        start = _np_start(toks, k - 1)
        return None if start is None else (toks[start][0], last[1])
    low = last[2].lower()
    if low in PRONOUNS:
        if low == "that" and (len(toks) < 2 or not _word(toks[-2])):
            return None
        return last[0], last[1]
    start = _np_start(toks, len(toks) - 1)
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


def _is_role_word(low: str) -> bool:
    return low in ROLE_WORDS or (low.endswith("s") and low[:-1] in ROLE_WORDS)


def _is_name(toks: list[Tok]) -> bool:
    """Whether ``toks`` are a person's name: one to four capitalised words (initials, "Jr.")."""
    comma = next((k for k, t in enumerate(toks) if t[2] == ","), len(toks))
    toks = toks[:comma]  # "Jo Roe, a Republican": the name before the next comma
    if len(toks) > 3 and toks[-1][2] == ")" and toks[-3][2] == "(":
        toks = toks[:-3]  # "Inter-Services Public Relations (ISPR)": the name before its acronym
    words_ = [t for t in toks if _word(t)]
    return 0 < len(words_) <= 4 and all(_cap(t) for t in words_) and len(words_) == len(
        [t for t in toks if t[2] not in (".",)])


def _appositive_head(toks: list[Tok], comma: int, last: int, subject: bool = True) -> int | None:
    """The first token of the name before ``comma`` when it heads an appositive ending at
    ``last``; None when the words before the comma are no name opening a clause."""
    head_end = comma - 1
    if toks[comma + 1][2].lower() in ("who", "whose") and toks[head_end][2].lower() not in STOP:
        # "a security source, who asked not to be named, said"
        head = _np_start(toks, head_end, limit=8)
        if head is not None and (head == 0 or toks[head - 1][2].lower() in _HEAD_BOUNDARY
                                 or not _word(toks[head - 1])):
            return head
        return None
    if not _cap(toks[head_end]) and _is_name(toks[comma + 1:last + 1]):
        # "His campaign manager, Jeff Weaver, said": a description, then the name (a long one:
        # "the commander of the army unit in the area, Colonel X, said")
        head = _np_start(toks, head_end, limit=12)
        if head is None:
            return None
        opens_clause = head == 0 or not _word(toks[head - 1])
        if _is_role_word(toks[head_end][2].lower()):
            return head if opens_clause or toks[head - 1][2].lower() in _HEAD_BOUNDARY else None
        # any description opening the clause ('"Q," the assailant, John Roe, told'), not a
        # fronted phrase ("After the attack, John Roe said": a word before it)
        first = toks[head][2]
        if opens_clause and toks[head_end][2].lower() not in TIME_WORDS and (
                first.lower() in DETERMINERS or _cap(toks[head])) and first.lower() not in _FRONTED:
            return head
        return None
    if not _cap(toks[head_end]) or toks[head_end][2].lower() in TIME_WORDS:
        return None
    head = _np_start(toks, head_end, limit=8)
    if head is None:
        return None
    app_first = toks[comma + 1][2]
    if (app_first[0].isupper() and app_first.lower() not in DETERMINERS and not _is_title(app_first.lower())
            and not any(t[2][0].islower() for t in toks[comma + 1:last + 1])):
            return None  # "Cedar Rapids, Iowa," is a place, not a name and its description
    if head > 0 and subject:
        before = toks[head - 1][2]
        if _word(toks[head - 1]) and before.lower() not in _HEAD_BOUNDARY:
            return None
    return head


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


def clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause starting at ``lo`` ("Erin Brockovich, the activist, endorsed
    ..." -> "Erin Brockovich, the activist"): the words before its first verb, after any
    introductory phrase that ends in a comma."""
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
    for k in range(i, min(len(toks), i + 40)):
        w = toks[k][2]
        low = w.lower()
        if k > i and w[0].islower() and (low in _VERBISH or low in _IRREGULAR_PAST
                                         or (low.endswith("ed") and len(low) > 4)):
            end = k
            break
        if w in ("“", '"', ";", ":", "—"):
            return None
    if end is None or end == i:
        return None
    last = end - 1
    while last > i and not _word(toks[last]) and not (
            toks[last][2] == ")" and any(t[2] == "(" for t in toks[i:last])):
        last -= 1  # (but a bracket closes: "Inter-Services Public Relations (ISPR), said")
    if last - i > 30:
        return None
    return toks[i][0], toks[last][1]
