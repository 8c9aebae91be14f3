"""Whether a candidate sentence can tell a casualty at all: a cheap test before reading it.

The trigger (``_casualty_patterns.TRIGGER``) finds sentences by word beginnings, so it also
takes "executive", "fellow", "stability" or "Diego"; in political news most of its sentences
hold no outcome. Reading one costs its numbers, a scan for figures of one ("a senator") and
a pattern per figure, for nothing: a figure without an outcome tells no casualty.

Every outcome the reader finds in a sentence is told by a word or phrase of the sentence
itself: the lexicon's predicates, verbs and toll nouns (``PASSIVE``, ``ACTIVE``,
``NOUN_BEFORE``, the fact box's labels, a toll's words) and the few words the readers'
own patterns name (below, each with the pattern that needs it). Each stands at the start of a
word and ends at the end of one. A sentence holding none of them is not read: its reading
would find no figure with an outcome, no figure of zero and no figure of one. (A figure told
again, "The council put the figure at five", takes the outcome of the sentence before: the
caller reads such a sentence whatever this test says.)

A verb that only tells an outcome as the active verb of a figure after it ("held 28
soldiers", "lost 43 men", "took 30 hostages"; see LEFT and LEFT_PAST_OBJECT) lets a sentence
through only where a figure may start right after it (a few fillers between: "held the 12")
or after an "and" at most 60 characters on ("killing him and six others"); "held talks" and
"lost the election" are not read.

A reader that learns to take an outcome from other words must add them here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from claimkit.text._number_words import NUMBER_WORDS
from claimkit.text._scan import padded_lowercase

from . import _casualty_lexicon as lex
from . import _casualty_patterns as pat
from ._casualty_single import ONE_VERB_PHRASES

# Words the patterns outside the lexicon's tables take an outcome from.
_PATTERN_WORDS: Final = (
    # _casualty_single.PREDICATE's verbs without an auxiliary; RELAXED's ("died", "lost their
    # lives"); LEFT's "killed along with"; the outcome nouns of NP ("three of the wounded")
    "died", "die", "dies", "succumbed", "perished", "passed away", "went missing", "lost his life",
    "lost her life", "lost their lives", "killed", "dead", "wounded", "injured", "hurt",
    # _casualty_find._THEM_AFTER and _CONTACT_RELATIVE
    "killing", "wounding", "injuring", "arrested", "detained", "abducted", "kidnapped", "captured",
    "executed",
    # the care of the wounded: TREATED_BEFORE (its verbs), WITH_WOUNDS, TREATED_AFTER,
    # TO_HOSPITAL, and the people in custody (IN_CUSTODY_OF, IN_HANDS_OF, HELD_BY)
    "treated", "treating", "treats", "treat", "admitted", "admitting", "admits", "received", "receiving",
    "receives", "injuries", "wounds", "burns", "hospital", "hospitals", "medical facilities",
    "emergency room", "custody", "hands of", "held by",
    # "bringing to four the number of soldiers killed" (BRINGS_TO: the toll's words may run
    # past the sentence)
    "bringing to", "brings to", "brought to", "bring to", "raising to", "raises to", "raised to",
    "taking to", "takes to", "took to",
    # ZERO: "no casualties", "none was hurt", "lost none of their own"
    "casualties", "casualty", "deaths", "death", "fatalities", "fatality", "injury", "loss of life",
    "loss of lives", "lives lost", "harmed", "missing", "lost none", "lost no",
    # TOLL_RISEN: "the death toll rose to"
    "toll",
)


def _words(phrase: str) -> str:
    """A phrase as letters only, its words joined by one space ("shot-dead" -> "shot dead")."""
    return " ".join(re.findall(r"[a-z]+", phrase.lower()))


def _pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """A ``re`` pattern for the lowercased text with a character before it: a non-letter,
    then a phrase (its words with any non-letters between them), then no letter."""
    tree = pat.forward_alternation(_words(p) for p in phrases)
    return re.compile(r"[^a-z](?:" + tree.replace(r"\s+", "[^a-z]+") + r")(?![a-z])")


def _one_word(phrases: Iterable[str]) -> set[str]:
    return {p for p in phrases if " " not in p}


# Active verbs that tell an outcome only before a figure: no passive, toll noun, label or
# pattern word of their own, and no verb of a figure of one ("assassinated the mayor").
_BEFORE_A_FIGURE: Final = _one_word(lex.ACTIVE) - _one_word((
    *lex.PASSIVE, *lex.NOUN_BEFORE, *pat.LABEL_OUTCOME, *pat.RISEN_OUTCOME, *_PATTERN_WORDS,
    *ONE_VERB_PHRASES))


def _words_pattern(phrases: Iterable[str]) -> str:
    """:func:`_pattern`'s phrases alone: no character before them, no end."""
    return pat.forward_alternation(_words(p) for p in phrases).replace(r"\s+", "[^a-z]+")


def _shortest(phrases: Iterable[str]) -> set[str]:
    """``phrases`` without those whose first words are one of them ("shot dead" after "shot"):
    where such a phrase stands, so do its first words (a smaller pattern, compiled faster)."""
    words = {_words(p) for p in phrases}
    return {w for w in words if not any(w[:i] in words for i, c in enumerate(w) if c == " ")}


# Where a figure may start (figures() and the number reader): a digit (any, so any character
# outside ASCII), or a word that opens a number, an amount, a qualifier, a range, or a figure
# of one ("a", "the other", "his", "both", "another") - never right after a letter, nor
# before one.
_FIGURE_START: Final = (
    r"(?:[0-9\x80-\U0010ffff]|(?<![a-z])(?:" + _words_pattern((
        *NUMBER_WORDS, "a", "an", "half", "one", "the other", "his", "her", "both", "another",
        "tens", "hundreds", "several", "dozens", "scores", "thousands", "millions",
        "at", "not", "no", "up", "as", "fewer", "less", "more", "over", "above", "upwards", "in excess",
        "about", "around", "approximately", "approx", "roughly", "nearly", "almost", "some", "estimated",
        "close", "closer", "circa", "between")) + r")(?![a-z]))")
_FILLERS: Final = r"(?:(?:" + _words_pattern(lex.BEFORE_NUMBER) + r")(?![a-z])[^a-z]*){0,2}"
# Every other outcome word; or one of those verbs, then (LEFT) at most two fillers and the
# figure, or (LEFT_PAST_OBJECT, read 60 characters back from the figure) words, "and",
# fillers and the figure. (One pattern: one scan of the sentence.)
_OUTCOME: Final = re.compile(
    r"[^a-z](?:(?:" + _words_pattern(_shortest((
        *lex.PASSIVE, *(v for v in lex.ACTIVE if v not in _BEFORE_A_FIGURE), *lex.NOUN_BEFORE,
        *pat.LABEL_OUTCOME, *pat.RISEN_OUTCOME, *_PATTERN_WORDS))) + r")(?![a-z])"
    r"|(?:" + _words_pattern(_BEFORE_A_FIGURE) + r")(?![a-z])"
    r"(?:[^a-z]*" + _FILLERS + _FIGURE_START
    + r"|[\s\S]{0,60}?[^a-z]and[^a-z]+" + _FILLERS + _FIGURE_START + "))")


# "claimed 16 lives", "cost three lives": a figure of "lives" after one of LIVES_BEFORE's verbs
# (a word of each, in either order: two linear searches).
_LIVES: Final = _pattern(["lives"])
_LIVES_VERBS: Final = _pattern(["claimed", "claiming", "claims", "took", "taking", "takes", "cost", "costing",
                                "costs"])


def may_tell_outcome(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word an outcome may be read from (see the module
    docstring); False means its reading would find no casualty of its own."""
    # (offset i of the text is i + 1 in the padded copy: the character before the sentence
    # is read too)
    padded = padded_lowercase(text)
    return _OUTCOME.search(padded, start, end + 1) is not None or (
        padded.find("lives", start, end + 1) != -1  # (a plain search first: most have none)
        and _LIVES.search(padded, start, end + 1) is not None
        and _LIVES_VERBS.search(padded, start, end + 1) is not None)
