"""Property tests for the casualty extractor: sentences built from templates read back,
unrelated numbers never become casualties, and no text makes the stage fail.

Hypothesis shrinks the generated sentences toward the smallest figure and the first
group/outcome/qualifier in each list, which are the plainest report.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Document
from claimkit.extractors._casualty import casualty_stage

UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen")
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}


def in_words(n: int) -> str:
    """2..99 in English words, hyphenated as newspapers write them."""
    if n < 20:
        return UNITS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


GROUPS = ("soldiers", "civilians", "police officers", "militants", "Afghan soldiers",
          "aid workers", "villagers", "Pakistani troops")
PASSIVES = {"killed": "killed", "wounded": "wounded", "injured": "wounded", "abducted": "kidnapped",
            "arrested": "arrested", "detained": "arrested", "taken prisoner": "captured"}
QUALIFIERS = {"": "exact", "at least ": "at_least", "more than ": "more_than", "up to ": "at_most",
              "about ": "about", "nearly ": "about"}
TAILS = (".", " on Monday.", " in the attack, officials said.", " near the border.",
         " when gunmen stormed the compound.")


def casualties(text: str) -> list[claimkit.Claim]:
    return list(casualty_stage(Document(text)).claims_of("casualty"))


@given(n=st.integers(2, 99), words=st.booleans(), group=st.sampled_from(GROUPS),
       verb=st.sampled_from(sorted(PASSIVES)), qual=st.sampled_from(list(QUALIFIERS)),
       tail=st.sampled_from(TAILS))
def test_template_sentences_read_back(n: int, words: bool, group: str, verb: str, qual: str,
                                      tail: str) -> None:
    figure = in_words(n) if words else str(n)
    sentence = f"{qual}{figure} {group} were {verb}{tail}"
    sentence = sentence[0].upper() + sentence[1:]
    found = casualties(sentence)
    assert len(found) == 1, (sentence, found)
    data = found[0].data
    assert data["outcome"] == PASSIVES[verb]
    assert data["count"].best == n
    assert data["count"].qualifier == QUALIFIERS[qual]
    assert data["group"] == group


ACTIVE = {"killed": "killed", "wounded": "wounded", "kidnapped": "kidnapped", "arrested": "arrested"}


@given(n=st.integers(2, 99), group=st.sampled_from(GROUPS), verb=st.sampled_from(sorted(ACTIVE)))
def test_active_sentences_read_back(n: int, group: str, verb: str) -> None:
    found = casualties(f"Gunmen {verb} {n} {group} in the raid.")
    assert [(c.data["outcome"], c.data["count"].best) for c in found] == [(ACTIVE[verb], n)]


NOT_COUNTS = (
    "in {y}", "on {d} March", "at {h}:{m}", "for ${n},000", "aged {a}", "when he was {a} years old",
    "at {n} Station Road", "of the {o}th Brigade", "with {n} tanks", "{n} km away",
    "{n} percent of the", "in Room {n}", "on Route {n}",
)


@given(st.lists(st.sampled_from(NOT_COUNTS), min_size=1, max_size=4), st.integers(1900, 2099),
       st.integers(1, 28), st.integers(0, 23), st.integers(10, 59), st.integers(2, 999),
       st.integers(18, 90), st.integers(2, 99))
def test_unrelated_numbers_never_become_casualties(parts: list[str], y: int, d: int, h: int, m: int,
                                                    n: int, a: int, o: int) -> None:
    filler = " ".join(p.format(y=y, d=d, h=h, m=m, n=n, a=a, o=o) for p in parts)
    text = f"A {a}-year-old farmer was killed {filler}."
    found = casualties(text)
    assert [(c.data["outcome"], c.data["count"].best) for c in found] == [("killed", 1)], text


@given(st.text(max_size=300))
def test_arbitrary_text_never_fails_and_spans_stay_in_bounds(text: str) -> None:
    doc = casualty_stage(Document(text))
    n = len(text)
    for c in doc.claims:
        for span in c.mentions:
            assert 0 <= span.start <= span.end <= n
        count = c.data["count"]
        assert count.best is not None
        assert count.best >= 0
        if count.low is not None:
            assert count.low <= count.best
        if count.high is not None:
            assert count.best <= count.high
    for t in doc.tally().values():
        assert t.low <= t.best <= t.high


WORDS = ("killed", "wounded", "at least", "including", "and", "12", "three", "soldiers", "were",
         "no", "one", "was", "dozens of", "the death toll rose to", ",", ".", "\n", "of its own",
         "losing", "Taliban", "said", "1999", "aged", "40", "people", "him", "He")


@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_casualty_shaped_noise_keeps_every_invariant(words: list[str]) -> None:
    text = " ".join(words)
    doc = casualty_stage(Document(text))
    ids = [c.id for c in doc.claims]
    assert len(ids) == len(set(ids))
    for c in doc.claims:
        assert c.span in c.mentions
        assert 0 <= c.span.start <= c.span.end <= len(text)
        part = c.data.get("part_of")
        assert part is None or part in ids
    for t in doc.tally().values():
        assert 0 <= t.low <= t.best <= t.high


# --- forward_alternation: the same phrases, tried in the same order, as alternation --------

import regex  # noqa: E402

from claimkit.extractors import _casualty_lexicon as lex  # noqa: E402
from claimkit.extractors._casualty_patterns import alternation, forward_alternation  # noqa: E402

# Every alternation spelling the patterns use it in, and contexts that make the engine go back
# into it: a phrase that begins a longer one must then be tried after it, as in the plain one.
_CONTEXTS = (
    r"(?i)(?P<out>{})(?![\p{{L}}\p{{N}}\-])",
    r"(?i)(?P<out>{})(?=\s+(?:dead|in|for)\b)",
    r"(?i)(?P<out>{})(?P<rest>\s*+\p{{L}}*)\.",
    r"(?i)(?:were\s+)?(?!(?:{})(?![\p{{L}}\p{{N}}\-]))\p{{L}}+ed\b",
)
_PAIRS = [(regex.compile(c.format(alternation(lex.PASSIVE))),
           regex.compile(c.format(forward_alternation(lex.PASSIVE)))) for c in _CONTEXTS]
# Pieces of outcome phrases (shrinking toward the first, a whole phrase), and what may follow.
_OUTCOME_PIECES = st.sampled_from([
    "killed", "shot", "dead", "treated", "for", "life-threatening", "injuries", "injury", "wounds",
    "wound", "died", "die", "later", "taken", "prisoner", "prisoners", "in", "action", "to",
    "death", "sustained", "critical", "missing", "went", "x", "EXECUTED", "Kidnapped", "-", ".",
])


def _spans(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [m.regs for m in pattern.finditer(text)]


def test_forward_alternation_shares_beginnings_and_tries_the_longer_first() -> None:
    assert forward_alternation(["shot", "shot dead", "die", "died"]) == r"(?:die(?:d)?|shot(?:\s+dead)?)"
    assert len(forward_alternation(lex.PASSIVE)) < len(alternation(lex.PASSIVE)) / 2
    text = "Two were shot  dead, one died later and three were treated for life-threatening injuries."
    for plain, shared in _PAIRS:
        assert _spans(plain, text) == _spans(shared, text)
    assert forward_alternation(["café", "cafe"]) == alternation(["café", "cafe"])  # not ASCII


@given(st.lists(st.tuples(_OUTCOME_PIECES, st.sampled_from([" ", "  ", "\n", ", "])), max_size=12))
def test_forward_alternation_matches_as_the_plain_one(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in parts)
    for plain, shared in _PAIRS:
        assert _spans(plain, text) == _spans(shared, text)
