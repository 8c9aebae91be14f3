"""Property tests: sentences built from templates read back as what was planted, and no text
makes the stage raise or point outside the text."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Document
from claimkit_materiel import materiel

ONLY_MATERIEL = claimkit.Pipeline((materiel,))

# (as written, canonical object). Strategies shrink toward the first entry of each list.
EQUIPMENT = [
    ("tanks", "tanks"), ("drones", "drones"), ("helicopters", "helicopters"),
    ("armoured vehicles", "armoured vehicles"), ("armored personnel carriers", "armoured vehicles"),
    ("fighter jets", "aircraft"), ("warplanes", "aircraft"), ("artillery pieces", "artillery"),
    ("howitzers", "artillery"), ("rocket launchers", "rocket launchers"), ("UAVs", "drones"),
    ("air defence systems", "air defence systems"), ("cruise missiles", "missiles"),
    ("patrol boats", "boats"),
]
MODIFIERS = ["", "Russian ", "enemy ", "Iranian-made ", "U.S.-supplied ", "T-80 "]
ACTORS = ["Ukrainian forces", "The army", "Rebel fighters", "Houthi militants", "Government troops",
          "Air defence units", "The navy"]
VERBS = {"destroyed": "destroyed", "shot down": "shot_down", "downed": "shot_down",
         "intercepted": "shot_down", "seized": "captured", "captured": "captured",
         "damaged": "damaged", "knocked out": "destroyed"}
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
         "twenty"]
NOT_EQUIPMENT = ["houses", "homes", "shops", "schools", "bridges", "buildings", "crops", "villages"]


@st.composite
def counts(draw: st.DrawFn) -> tuple[str, int]:
    """A count as written and its value: digits (with thousands separators past 999) or a
    number word; shrinks toward "1"."""
    n = draw(st.integers(min_value=1, max_value=1_000_000))
    style = draw(st.sampled_from(["digits", "word"]))
    if style == "word" and n <= len(WORDS):
        return WORDS[n - 1], n
    return f"{n:,}", n


def expected_actor(actor: str) -> str:
    return actor[4:] if actor.startswith("The ") else actor


@given(actor=st.sampled_from(ACTORS), count=counts(), verb=st.sampled_from(sorted(VERBS)),
       modifier=st.sampled_from(MODIFIERS), equipment=st.sampled_from(EQUIPMENT),
       before=st.sampled_from(["", "On Monday, ", "Officials said talks would go on. "]))
def test_active_sentence_reads_back(actor: str, count: tuple[str, int], verb: str, modifier: str,
                                    equipment: tuple[str, str], before: str) -> None:
    written, n = count
    text = f"{before}{actor} {verb} {written} {modifier}{equipment[0]} near the town."
    (claim,) = claimkit.extract(text, pipeline=ONLY_MATERIEL, strict=True).claims
    assert claim.data["action"] == VERBS[verb]
    assert claim.data["count"].best == n
    assert claim.data["count"].text == written
    assert claim.data["object"] == equipment[1]
    assert claim.data["actor"] == expected_actor(actor)
    assert text[claim.span.start:claim.span.end].endswith(f"{written} {modifier}{equipment[0]}")


@given(count=counts(), verb=st.sampled_from(sorted(VERBS)), equipment=st.sampled_from(EQUIPMENT),
       be=st.sampled_from(["were", "have been", "had been", "were reportedly", ""]),
       actor=st.sampled_from([None, *ACTORS]))
def test_passive_sentence_reads_back(count: tuple[str, int], verb: str, equipment: tuple[str, str], be: str,
                                     actor: str | None) -> None:
    written, n = count
    agent = f" by {actor.replace('The ', 'the ', 1)}" if actor else ""
    text = f"{written.capitalize()} {equipment[0]} {be}{' ' if be else ''}{verb}{agent} in the east."
    (claim,) = claimkit.extract(text, pipeline=ONLY_MATERIEL, strict=True).claims
    assert claim.data["action"] == VERBS[verb]
    assert claim.data["count"].best == n
    assert claim.data["object"] == equipment[1]
    assert claim.data["actor"] == (expected_actor(actor) if actor else None)


@given(actor=st.sampled_from(ACTORS), count=counts(), verb=st.sampled_from(sorted(VERBS)),
       thing=st.sampled_from(NOT_EQUIPMENT))
def test_things_that_are_not_equipment_give_no_claim(actor: str, count: tuple[str, int], verb: str,
                                                      thing: str) -> None:
    text = f"{actor} {verb} {count[0]} {thing}. {actor} also {verb} equipment and supplies."
    assert claimkit.extract(text, pipeline=ONLY_MATERIEL, strict=True).claims == ()


FRAGMENTS = ["destroyed", "shot down", " ", "12", "twelve", "tanks", "drones", "were", "by", "the army",
             ",", ".", "and", "a", "\n", "“", "”", "of", "dozens", "at least", "-", "T-72", "it", "said"]


@given(st.one_of(st.text(), st.lists(st.sampled_from(FRAGMENTS), max_size=40).map(" ".join),
                 st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)))
def test_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    """Arbitrary text, and word salad made of the words the stage looks for (shrinks toward
    the empty text)."""
    doc = materiel(Document(text))  # Document itself rejects a span outside the text
    for claim in doc.claims:
        for span in claim.spans():
            assert 0 <= span.start <= span.end <= len(text)
        assert claim.data["count"].best is None or claim.data["count"].best > 0
        assert attrs.evolve(claim).to_dict()["kind"] == "materiel"


# The verb trigger's cheap pre-filter (claimkit.text.Trigger) must find exactly what the
# pattern alone finds: text made of its words in any case, and any text.
_VERB_PIECES = st.sampled_from([
    "destroyed ", "destroying ", "knocked ", "knocking ", "out ", "shot ", "shooting ", "down ",
    "downed ", "downing ", "intercepted ", "brought ", "bringing ", "captured ", "seized ",
    "damaged ", "disabled ", "12 ", "tanks", "-", ". ", "\n", "x", "ſ", "İ",
])


@given(st.one_of(
    st.lists(st.tuples(_VERB_PIECES, st.booleans()), max_size=30).map(
        lambda parts: "".join(p.upper() if up else p for p, up in parts)),
    st.text(max_size=200)))
def test_verb_prefilter_finds_what_the_pattern_finds(text: str) -> None:
    from claimkit_materiel._patterns import VERB, VERB_PATTERN

    def found(matches: object) -> list[tuple[tuple[int, int], str | None]]:
        return [(m.span(), m.lastgroup) for m in matches]  # type: ignore[attr-defined]

    assert found(VERB.finditer(text)) == found(VERB_PATTERN.finditer(text))
