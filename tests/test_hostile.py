"""Hostile input: every stage stays linear and in bounds on pathological text.

Each shape gets a generous wall-clock bound (an alarm, not a benchmark): a quadratic stage
takes minutes on these sizes, a linear one well under a second or two.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit

BOUND_SECONDS = 60  # read by the alarm fixture (conftest.py)

SHAPES = {
    "500 KB without a space": "x" * 500_000,
    "20,000 repeated cue words": "said " * 20_000,
    "20,000 repeated denials": "denied " * 20_000,
    "20,000 repeated casualty verbs": "killed " * 20_000,
    "20,000 repeated captures": "captured " * 20_000,
    # One long sentence, a trigger in every clause: each must not search the whole sentence
    # again (it once did, to ask whether the sentence was about fighting).
    "20,000 doubtful captures in one sentence": "they captured the position and " * 20_000,
    # One figure told 20,000 times: the merge must find its group without a scan.
    "one figure told 20,000 times": "destroyed 3 tanks and " * 20_000,
    "a 200,000-digit number": "killed " + "9" * 200_000 + " soldiers",
    "thousands of unbalanced nested quotes": "“‘\"«" * 5_000 + "he said",
    "a 1 MB single sentence": "troops killed 12 fighters and seized 3 villages near the border and " * 15_000,
    "20,000 periods": "Gen. " * 20_000,
    "control characters and lone surrogates": "\x00\x01\x1b[31m \ud800 killed 5 \udfff soldiers\x7f\u2028",
    "only newlines": "\n" * 200_000,
    "numbers everywhere": "1, 2, 3 and 4 of 5 at least 6 up to 7 " * 20_000,
    # Each colon looks back for its line's start: only as far as the colon before it.
    "20,000 label colons on one line": "Gen Roe: yes " * 20_000,
    # Each source’s tally told after a colon reads its own sentence only.
    "5,000 tallies told after colons": "The ministry’s tally, released late, was stark: 16 dead " * 5_000,
    # Each speaker is looked for among those before it, and each figure's statement among
    # the contents before it: a bounded number of them.
    "6,000 speakers of different names giving lists of figures": " ".join(
        f"{first} {last} said {n % 90 + 2}, {n % 50 + 3} and {n % 7 + 4} soldiers were killed."
        for n, (first, last) in enumerate(
            (a + b + c, "Rov" + d) for a in "BDKLMRSTVZ" for b in ("ara", "eno", "ilu", "oma", "uvi", "eki")
            for c in ("nko", "var", "sk", "ld", "mir", "tan", "ros", "quel", "din", "bek")
            for d in ("ak", "en", "ir", "os", "ul", "ek", "an", "ic", "ot", "ym"))),
    # Each capture is compared with a bounded number of the captures before it for a merge.
    "6,000 captures of villages, 600 names": " ".join(
        f"Rebels captured the village of {a}{b}{c}ovo after fighting. Troops retook {a}{b}{c}ovo."
        for a in "BDKLMRSTVZ" for b in "aeiouy" for c in "bdgklmnprstvz"[:10] for _ in range(5)),
    # Each zero is weighed against a few figures told before it, not every figure of the text.
    "6,000 figures answered by zeros": " ".join(
        f"Group {i} said {i + 1} soldiers were killed. Spokesman {i} said no soldiers were killed."
        for i in range(3_000)),
    # Each document announced in full looks for its end within a bounded reach.
    "3,000 documents announced in full": "The following is the full text of a statement released by "
                                         "the Army Team.\n12 soldiers were killed.\n" * 3_000,
    # Each anonymous spokesman looks for the one named later among a bounded number of them.
    "3,000 anonymous and 3,000 named spokesmen": " ".join(
        f"An army spokesman said {n % 90 + 2} soldiers died. Colonel Jo Roe{n}, a spokesman for the "
        "army, said it was calm." for n in range(3_000)),
}


def assert_in_bounds(doc: claimkit.Document) -> None:
    n = len(doc.text)
    for claim in doc.claims:
        for span in claim.spans():
            assert 0 <= span.start <= span.end <= n
    for att in doc.attributions:
        for span in att.spans():
            assert 0 <= span.start <= span.end <= n


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.usefixtures("alarm")
def test_pathological_shape_is_handled(shape: str) -> None:
    doc = claimkit.extract(SHAPES[shape], published="2025-10-12")
    assert doc.errors == (), doc.errors
    assert_in_bounds(doc)
    # The output contract still encodes, lone surrogates included.
    encoded = json.dumps(doc.to_dict())
    assert json.loads(encoded)["text"] == SHAPES[shape]


@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    doc = claimkit.extract(text, strict=True)
    assert_in_bounds(doc)
    json.dumps(doc.to_dict())


NEWSY = st.lists(
    st.sampled_from([
        "The army said ", "at least ", "12 ", "dozens of ", "soldiers ", "were killed ", "wounded ",
        "“", "”", '"', "he said. ", "Mujahid denied ", "captured ", "the town ", "on Sunday", ".",
        "\n", "according to officials, ", "could not be independently verified", "in Kabul ", "-",
    ]),
    max_size=60,
).map("".join)


@given(NEWSY)
def test_news_like_fragments_never_raise(text: str) -> None:
    doc = claimkit.extract(text, published="2025-10-12", strict=True)
    assert_in_bounds(doc)
