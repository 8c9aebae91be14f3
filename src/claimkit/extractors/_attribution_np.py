"""Words and noun phrases for the attribution stage: the tokens of a window, the word
classes a subject is read with (small documented sets, not a tagger), and the backward scan
from a noun phrase's last word to its first (:func:`np_start`).

The readers of the phrases around a cue build on it: :mod:`._attribution_before` with
:mod:`._attribution_subject` (the source before a cue) and :mod:`._attribution_after` (the
source and hearer after a cue, and the subject of the clause a participle hangs on). Scans are
bounded (a few dozen tokens) so every cue costs the same however long the sentence.
"""

from __future__ import annotations

import re

from claimkit.text._calendar import MONTH_ABBREVIATIONS, WEEKDAYS
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
PRONOUNS_BUT_THAT = PRONOUNS - {"that"}
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


def is_word(tok: Tok) -> bool:
    """Whether a token is a word (a letter, digit, "$" or "%" first), not a mark."""
    return tok[2][0].isalnum() or tok[2][0] in "$%"


def is_cap(tok: Tok) -> bool:
    """Whether a token may be part of a name: capitalised, a number, or a joined particle
    name ("al-Baghdadi")."""
    w = tok[2]
    return w[0].isupper() or w[0].isdigit() or (w[0] in "abdei" and joined_particle_name(w))


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """``(start, end, word)`` for every token of ``text[lo:hi]``."""
    # Every character but a space opens a token (``[^\s\w]`` takes what the words leave), so
    # only spaces lie between tokens: each one's offset is found by skipping them, quicker
    # than asking every match object for its span.
    out: list[Tok] = []
    pos = lo
    for word in TOKEN.findall(text, lo, hi):
        while text[pos].isspace():  # (``re``'s \s is str.isspace)
            pos += 1
        end = pos + len(word)
        out.append((pos, end, word))
        pos = end
    return out


# Unions of the tables above, built once (not at every token).
_STOP_OR_PREPOSITION = STOP | NP_PREPOSITIONS
_NOISE_NOT_PREPOSITION = LEADING_NOISE - NP_PREPOSITIONS


# Participles whose "by" stays inside a noun phrase ("the faction led by Abdelaziz al-Hilu"),
# and where the words naming a source end (see ``_attribution_mention``).
BY_PARTICIPLES = words("led headed commanded run founded backed")
# Adjectives whose "to" stays inside a noun phrase ("a source close to him").
_TO_ADJECTIVES = words("close closer loyal allied linked sympathetic friendly opposed connected attributed")
# Verbs whose infinitive a relative clause in a subject may hold: "An elder who helped to
# collect the bodies, Ato Roe, said".
_TO_VERBS = words("helped tried attempted managed volunteered refused agreed rushed")
_TO_KEPT = _TO_ADJECTIVES | _TO_VERBS  # (words whose "to" the phrase keeps)


def np_start(toks: list[Tok], i: int, limit: int = 14) -> int | None:
    """Scan back from token ``i`` (the last word of a noun phrase) to the phrase's first token.

    Stops at punctuation, clause words and verbs-ish function words; keeps titles, names,
    determiners, quantifiers ("more than half of") and inner prepositions ("a spokesman for
    the ministry"). None when token ``i`` cannot end a noun phrase.
    """
    return np_scan(toks, i, limit)[0]


def np_scan(toks: list[Tok], i: int, limit: int = 14) -> tuple[int | None, int]:
    """:func:`np_start`, and the lowest token index the scan read or tested for the start
    of ``toks`` (below 0: it reached the start, so more tokens before could change the
    answer)."""
    if i < 0 or not is_word(toks[i]) or (toks[i][2].lower() in _STOP_OR_PREPOSITION
                                        and toks[i][2] != "IS"):  # ("IS": the group's initials)
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
        if not is_word(toks[j]):
            break
        if low in QUANTIFIER_HEADS and j < i and start == j + 1 and (
                (low == "at") == (toks[j + 1][2].lower() in ("least", "most"))) and (
                toks[j + 1][2].lower() in ("than", "half", "least", "most") or toks[j + 1][2][0].isdigit()
                or toks[j + 1][2].lower() in DETERMINERS):
            # ("at least 40 percent of voters"; not "a commander at the base": a preposition)
            start = j
            break
        if low == "than" and j > 0 and toks[j - 1][2].lower() in ("more", "less", "fewer"):
            start = j - 1
            j -= 2
            continue
        if low in STOP and not (low == "to" and j > 0 and toks[j - 1][2].lower() in _TO_KEPT) \
                and not (low == "by" and j > 0 and toks[j - 1][2].lower() in BY_PARTICIPLES) \
                and not _inside_name(toks, j, start):
            break
        if low in NP_PREPOSITIONS:
            # "a spokesman for the ministry": go on only if a noun comes before it
            # (a bracket ends a name too: "The Commission on Human Rights (CHR) in Caraga")
            if j == 0 or (not is_word(toks[j - 1]) and (toks[j - 1][2] != ")" or low == "and")) \
                    or toks[j - 1][2].lower() in _STOP_OR_PREPOSITION:
                break
            if low == "and" and toks[j - 1][2][0].isdigit():
                break  # "the toll rose to 36 and the rebels said": a figure ends a clause, no conjunct
            # "Trump and Cruz said" joins names; "... and said" is a verb phrase
            if (low == "and" and not (is_cap(toks[j - 1]) and is_cap(toks[start]))
                    and toks[start][2].lower() not in DETERMINERS and not is_cap(toks[start])
                    and not (toks[start][2].endswith("ed") and start < i
                             and toks[start][2].lower() not in CUES)):
                # (but "a statement attributed to X and circulated online said": a second
                # reduced relative of the same noun)
                break
        if (is_cap(toks[start]) and not is_cap(toks[j]) and low not in DETERMINERS
                and low not in NP_PREPOSITIONS and j == start - 1 and not is_title(low)
                and low not in PREMODIFIERS):
            # a lowercase word before a name: a title ("spokesman X") or the end of the phrase
            reach = min(reach, j - 4)  # _nouns_after_determiner reads back four tokens
            before = toks[j - 1][2].lower() if j > 0 else ""
            if j > 0 and (before in DETERMINERS or is_cap(toks[j - 1])):
                pass  # "the party's spokesman X", "GOP contender X"
            elif (j == 0 or before in PREMODIFIERS or before in _NOISE_NOT_PREPOSITION
                  or not is_word(toks[j - 1])) and low.isalpha() and not low.endswith(("ed", "ly")):
                pass  # "retired neurosurgeon X", "public defender X" opening the clause
            elif _nouns_after_determiner(toks, j):
                pass  # "the news site X", "a spokesman for committee X"
            elif low == "by" and before in BY_PARTICIPLES:
                pass  # "the faction led by X"
            else:
                break
        if low in TIME_WORDS and is_cap(toks[j]) and j == start - 1 and j < i:
            break
        start = j
        words += 1
        j -= 1
    if j < 0:
        reach = -1  # the scan ran out of tokens
    while start <= i and (toks[start][2].lower() in LEADING_NOISE or not is_word(toks[start])) and not (
            toks[start][2].lower() == "at" and start < i and toks[start + 1][2].lower() in ("least", "most")):
        start += 1
    return (start if start <= i else None), reach


# Words that may join the capitalised words of one name ("Committee to Protect Journalists",
# "Doctors Without Borders"); only these, in lower case or capitalised, as a headline in title
# case capitalises every other one ("Obama To Asians").
_NAME_LINKS = frozenset(("to", "without", "against", "Without", "Against"))


def _inside_name(toks: list[Tok], j: int, start: int) -> bool:
    """Whether the word at ``j``, right before the phrase's first word ``start``, links two
    capitalised words of one name ("Doctors Without Borders"), rather than ending the phrase."""
    if j != start - 1 or j == 0 or not is_cap(toks[start]) or not is_word(toks[j - 1]):
        return False
    before, w = toks[j - 1][2], toks[j][2]
    return (before[0].isupper() and before.lower() not in STOP and toks[j - 1][1] < toks[j][0]
            and w in _NAME_LINKS)


def _nouns_after_determiner(toks: list[Tok], j: int) -> bool:
    """Whether the lowercase word at ``j`` ends a short run of lowercase nouns (and inner
    prepositions, a possessive, an acronym) that opens with a determiner or a named possessor:
    "the news site", "a spokesman for committee", "the UN children’s agency", "Syria's state
    news agency"."""
    k = j - 1
    while k >= 0 and j - k <= 4:
        word = toks[k][2]
        low = word.lower()
        if low in DETERMINERS or (is_cap(toks[k]) and word.endswith(("'s", "’s"))):
            return True  # ("Syria's state news agency SANA": a named possessor determines it)
        if _POSSESSIVE_NOUN.match(word) or (word.isupper() and k < j - 1 and word.isalpha()):
            k -= 1
            continue
        if not (is_word(toks[k]) and word.isalpha() and word.islower()) or (
                low in STOP and low not in NP_PREPOSITIONS) or low.endswith(("ed", "ly", "ing")):
            return False
        k -= 1
    return False


_POSSESSIVE_NOUN = re.compile(r"[a-z]+s?['’]s?\Z")


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
administrator prefect councillor councilor coordinator superintendent
""")


def is_title(low: str) -> bool:
    """Whether a lowercase word is a role that may stand before a name ("spokesman X")."""
    return low in ROLE_WORDS
