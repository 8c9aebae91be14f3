"""claimkit.text.Trigger: the cheap pre-filter finds exactly what the heavy pattern finds."""

from __future__ import annotations

import copy
import gc
import pickle
import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimkit.extractors._attribution_triggers import TALLY_COLON
from claimkit.extractors._contradiction import _TRIGGER as CONTRADICTION
from claimkit.extractors._denial_cues import TRIGGER as DENIAL
from claimkit.extractors._status_scopes import _FIND as STATUS
from claimkit.extractors._territorial import _TRIGGER as TERRITORIAL
from claimkit.text import Trigger, _scan, folded
from claimkit.text._scan import _shared_scan, prefix_tree

# Our own sentences, one or more per branch of each trigger (every row of the lexicons).
TERRITORIAL_TEXT = """\
The capture of the town came after the recapture of the ridge and the seizure of a bridge.
The fall of Kunduz followed the liberation of the valley; the withdrawal from the port was slow.
The siege of the city and the encirclement of the garrison went on.
The army regained control of the district and re-established control over the road.
Troops restored full control of the crossing, then re-captured the hill and retook the airport.
Rebels retake, retaking and retaken villages; they took back two posts and won back the dam.
The militia reclaimed the quarter and liberated the suburb.
The army lost control of the base. Fighters seized control over the highway.
They took over the airport, wrested control of the pass and assumed control of the port.
They gained effective control of the region and established control over the frontline.
Rebels captured 25 border posts, seized a checkpoint, overran an outpost and stormed the fort.
Kunduz fell to the Taliban. The town has fallen into the hands of the rebels; it falls to them.
The army lost two outposts. Troops withdrew from Kherson, retreated, pulled out of the town,
pulled back from the ridge, abandoned the base and evacuated the garrison.
Fighters besieged the city, encircled the enclave, surrounded the village, laid siege to the
fort, lay siege to it, lays siege, and blockaded the harbour. The town is under siege.
The district is under rebel control, in the full control of the army, in Taliban control, in
control of the situation, under the complete control of the militia.
The group controls the district, controlled the pass, held the ridge and holds the bridge.
HOLDS THE BRIDGE. Re-Captured The Hill. ſeized the poſt. İn rebel control.
They won back the hill, WINNING\nBACK the ridge; the town is under a de facto siege, under a
months-long blockade, under the full Taliban regime total control, under control.
Rebels laid siege to it and lay  siege to the fort; troops brought under control the dam.
They kept “full total control of the pass, keep "control over it and kept its troops in the town.
They won the vote, lost the seat and are losing; under the law, keep the peace, bring the food.
"""

DENIAL_TEXT = """\
The army denied the report. Kabul denies it. The ministry rejected claims that it had fired.
He dismissed reports of casualties; they refuted the figure, rebutted it and rubbished it.
The group disputed the figures, cast doubt on the claims and questioned the report.
She called the reports baseless. He described the claims as false. They branded it propaganda.
The ministry labelled the report fabricated, termed the news fake and denounced it as lies.
The army said the reports were untrue. He insisted that the figures were completely false.
A spokesman told reporters the claims were baseless. They maintained that this was a lie.
'This is completely false,' the spokesman said. “These reports are baseless,” he added.
"It's pure propaganda," she stressed. "The claims are fabricated," he declared.
He did not deny it. DENIED THE REPORT. ſaid the reports were untrue.
"""

STATUS_TEXT = """\
The claims could not be independently verified. The figure can't be confirmed. It has not been
verified. It was impossible to verify. There was no independent confirmation. The army has yet
to comment and did not respond to requests for comment. The toll is unconfirmed; unverified
reports spoke of 12 dead, according to initial reports. Preliminary estimates suggested more.
He was reportedly killed, allegedly by a drone. It is believed that 3 died; they are said to
have fled. Officials confirmed it, as verified by a monitor. CONFIRMED. Verified.
None of the claims could be independently verified; neither of the army's tolls can be confirmed.
Claims by both the rebels and the army could not be verified. Reuters was unable to confirm that.
The casualty figures could not be independently verified.
We could not independently verify the figures. Reuters was unable to verify any of these claims.
We have not been able to independently verify the Observatory's figures.
We could not verify either side's account.
Fourteen soldiers were feared killed. No independent source could confirm it.
The army provided no evidence.
The group claimed that it killed 17. The rebels claim to have taken it.
Nine died, a figure the army never confirmed; the toll was never independently verified.
Unicef had reports of 15 abducted, which it said it was working to confirm.
The photos could not be verified, and neither could the claims of either side.
Neither the army nor the group allows independent access. The army does not allow independent access.
The two tolls may overlap, and neither has been independently confirmed.
The claims of neither side could be independently verified. All figures are provisional and could not
be independently verified. The estimates were not supported by any evidence.
"""

CONTRADICTION_TEXT = """\
This contradicts the ministry, contrary to its account, at odds with the army, inconsistent
with the record, in contrast to reports, conflicting with figures, and disputed by the group.
The ministry confirmed the strikes; the army acknowledged losses, admitted it, and verified it.
CONTRADICTING AT ODDS WITH
"""

TRIGGERS = {"territorial": (TERRITORIAL, TERRITORIAL_TEXT), "denial": (DENIAL, DENIAL_TEXT),
            "status": (STATUS, STATUS_TEXT), "contradiction": (CONTRADICTION, CONTRADICTION_TEXT)}


def matches(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def test_folded_keeps_offsets() -> None:
    text = "İstanbul: ſeized KUNDUZ, Straße"
    low = folded(text)
    assert len(low) == len(text)
    assert low == "istanbul: seized kunduz, straße"


def test_prefix_tree_matches_each_word_and_drops_covered_ones() -> None:
    tree = prefix_tree(["captur", "capture", "control", "in", "into", "seiz"])
    assert tree == "(?:c(?:aptur|ontrol)|in|seiz)"
    pattern = regex.compile(tree)
    for word in ("captured", "control", "into", "seize"):
        assert pattern.match(word)
    assert not pattern.match("taken")


# Calling and saying a claim false, and their near misses: the denial trigger's pre-filter
# for those branches is the branches themselves, spelled for ``re``.
DENIAL_PIECES = st.sampled_from([
    "said ", "says ", "told ", "Reuters ", "the ", "army ", "insisted ", "added ", "called ", "described ",
    "branded ", "labelled ", "termed ", "denounced ", "that ", "reports ", "claims ", "were ", "was ", "had ",
    "been ", "remains ", "as ", "of ", "completely ", "pure ", "false", "untrue", "not ", "true", "a ", "lie",
    "made-up", "made ", "up", "“", '"', "'", "‘", "and ", "which ", ". ", ", ", "\n", "\u00a0", "ſ", "İ",
    "é", "x"])
DENIAL_NEWSY = st.lists(st.tuples(DENIAL_PIECES, st.booleans()), max_size=40).map(
    lambda parts: "".join(p.upper() if up else p for p, up in parts))


@given(DENIAL_NEWSY)
def test_the_denial_trigger_equals_its_heavy_pattern_where_claims_are_called_false(text: str) -> None:
    assert matches(DENIAL.finditer(text)) == matches(DENIAL.pattern.finditer(text))


def test_every_branch_of_the_sample_texts_is_found() -> None:
    # The sample texts exercise every row; each must give matches, and the same as the
    # heavy pattern alone.
    for trigger, text in TRIGGERS.values():
        expected = matches(trigger.pattern.finditer(text))
        assert len(expected) > 10
        assert matches(trigger.finditer(text)) == expected


def test_a_pre_filter_for_each_mark_finds_every_mark() -> None:
    # (the possessive and the quoted "this is false" have a pre-filter for each apostrophe or
    # quote mark)
    text = ("The ministry's latest figures were grim: nine dead. The army’s toll stood at 12. "
            '"This is false," he said. “That is a lie,” she said. ‘It is untrue,’ they said. '
            "'These are lies,' the rebels said.")
    for trigger, branch, count in ((TALLY_COLON, "noun", 2), (DENIAL, "quote", 4)):
        expected = matches(trigger.pattern.finditer(text))
        assert matches(trigger.finditer(text)) == expected
        assert sum(1 for _, groups in expected if groups[branch]) == count


def test_territorial_rows_all_match_in_the_sample() -> None:
    found = {m.lastgroup for m in TERRITORIAL.finditer(TERRITORIAL_TEXT)}
    assert found >= {"noun", "recap_ctl", "recap", "lost_ctl", "take_ctl", "take_over", "capture",
                     "fell", "lost", "leave", "siege", "under_siege", "under_ctl", "controls",
                     "take_under", "remain_ctl", "keep_at"}


def test_denial_branches_all_match_in_the_sample() -> None:
    found = {name for m in DENIAL.finditer(DENIAL_TEXT) for name, v in m.groupdict().items() if v}
    assert found >= {"verb", "dispute", "call", "say", "quote"}


def test_status_rows_all_match_in_the_sample() -> None:
    from claimkit.extractors._status_lexicon import TRIGGERS as ROWS

    found = {m.lastgroup for m in STATUS.finditer(STATUS_TEXT)}
    assert found == {f"t{i}" for i in range(len(ROWS))}


def test_status_word_with_a_combining_mark_is_still_found() -> None:
    # regex's \w holds combining marks, re's does not: the pre-filter must still find it.
    text = "None of the cafe\u0301's claims could be verified."
    assert len(matches(STATUS.finditer(text))) == 1
    assert matches(STATUS.finditer(text)) == matches(STATUS.pattern.finditer(text))


def test_a_trigger_without_words_finds_nothing() -> None:
    assert list(Trigger(regex.compile("x")).finditer("xxx")) == []


def test_matches_start_only_where_the_prefilter_allows() -> None:
    trigger = Trigger(regex.compile(r"\bcat\w*|“dog", regex.IGNORECASE), words=["cat"], anywhere=["“"])
    text = "Cats, a concat, “dog” and CATALOG"
    assert [m.group() for m in trigger.finditer(text)] == ["Cats", "“dog", "CATALOG"]


# Text made of trigger words, their neighbours and punctuation, in any case: the two ways of
# matching must agree on every such text (shrinks toward a short list of pieces).
PIECES = st.sampled_from([
    "captured ", "re-captured ", "took ", "back ", "over ", "control ", "of ", "in ", "under ",
    "the ", "rebel ", "full ", "siege ", "to ", "fell ", "town ", "posts ", "25 ", "situation ",
    "denied ", "said ", "that ", "reports ", "were ", "untrue", "false", "called ", "it ", "as ",
    "baseless", "disputed ", "figures ", "cast ", "doubt ", "on ", "'", "“", '"', "This ", "is ",
    "could ", "not ", "be ", "verified", "reportedly ", "confirmed ", "by ", "odds ", "with ",
    "contrast ", "contradicting ", "according ", "initial ", "reports ", "none ", "claims ",
    "e\u0301", "neither ", "won ", "win ", "winning ", "lost ", "lose ", "losing ", "los ",
    "laid ", "lay ", "brought ", "bring ", "keep ", "kept ", "troops ", "blockade ", "a ", "de ",
    "facto ", "total ", "“", "its ",
    ". ", ", ", "\n", "-", "ſ", "İ", "K", "x",
])
NEWSY = st.lists(st.tuples(PIECES, st.booleans()), max_size=40).map(
    lambda parts: "".join(p.upper() if up else p for p, up in parts))


@given(NEWSY)
def test_trigger_equals_the_heavy_pattern_on_newsy_text(text: str) -> None:
    for trigger, _ in TRIGGERS.values():
        assert matches(trigger.finditer(text)) == matches(trigger.pattern.finditer(text))


@given(st.text(max_size=200))
def test_trigger_equals_the_heavy_pattern_on_any_text(text: str) -> None:
    for trigger, _ in TRIGGERS.values():
        assert matches(trigger.finditer(text)) == matches(trigger.pattern.finditer(text))


# --- the shared scan: every trigger's word pre-filter runs in one pass over a text --------


def test_a_trigger_built_after_a_text_was_scanned_still_finds_its_matches() -> None:
    text = "Rebels captured the ridge; the ministry denied it. Gulls ate the bread."
    assert matches(TERRITORIAL.finditer(text))  # the shared scan has now read this text
    late = Trigger(regex.compile(r"(?i)gulls?\b"), words=("gull",))
    assert [m.span() for m in late.finditer(text)] == [(51, 56)]
    # and the triggers built before it still find theirs
    assert matches(DENIAL.finditer(text)) == matches(DENIAL.pattern.finditer(text))


def test_a_trigger_with_fragments_only_is_scanned_too() -> None:
    text = "It fell to the rebels. In rebel control since May."
    only_fragments = Trigger(regex.compile(r"(?i)in\s+rebel\s+control"), fragments=[r"in\s+rebel"])
    assert [m.span() for m in only_fragments.finditer(text)] == [(23, 39)]


def test_fragment_words_guard_their_fragments() -> None:
    text = "It fell to the rebels. In rebel control since May."
    pattern = regex.compile(r"(?i)in\s+rebel\s+control")
    worded = Trigger(pattern, fragments=[r"in\s+rebel"], fragment_words=["in"])
    assert [m.span() for m in worded.finditer(text)] == [(23, 39)]
    # a fragment's match counts only where one of its words opens it
    assert list(Trigger(pattern, fragments=[r"in\s+rebel"], fragment_words=["on"]).finditer(text)) == []


def test_a_fragment_word_may_carry_what_must_follow_it() -> None:
    text = "The army said so. The ministry said 12 died."
    pattern = regex.compile(r"(?i)the\s+\w+\s+said")
    looking = Trigger(pattern, fragments=[r"the\s"], fragment_words=[("the", r"\s+ministry")])
    assert [m.group() for m in looking.finditer(text)] == ["The ministry said"]
    plain = Trigger(pattern, fragments=[r"the\s"], fragment_words=["the"])
    assert [m.group() for m in plain.finditer(text)] == ["The army said", "The ministry said"]


def test_the_scan_tries_every_opening_word_first_only_when_each_trigger_tells_them() -> None:
    text = "In rebel control since May, the army denied it; their claims could not be verified."
    expected = {t: matches(t.pattern.finditer(text)) for t in (DENIAL, STATUS, TERRITORIAL, CONTRADICTION)}
    worded = Trigger(regex.compile(r"(?i)in\s+rebel\s+control"), fragments=[r"in\s+rebel"],
                     fragment_words=["in"])
    assert _shared_scan(_scan._generation).gated
    assert [m.span() for m in worded.finditer(text)] == [(0, 16)]
    assert {t: matches(t.finditer(text)) for t in expected} == expected
    # fragments without their words: the scan tries them at every word, as it finds them anywhere
    unworded = Trigger(regex.compile(r"(?i)rebel\s+control"), fragments=[r"rebel"])
    assert not _shared_scan(_scan._generation).gated
    assert [m.span() for m in unworded.finditer(text)] == [(3, 16)]
    assert [m.span() for m in worded.finditer(text)] == [(0, 16)]
    assert {t: matches(t.finditer(text)) for t in expected} == expected


def test_triggers_no_longer_referenced_leave_the_scan_working() -> None:
    text = "Gulls ate the bread; crows ate the rest."
    for _ in range(3):
        Trigger(regex.compile(r"(?i)crows?\b"), words=("crow",))  # built and dropped
    gc.collect()
    kept = Trigger(regex.compile(r"(?i)bread\b"), words=("bread",))
    assert [m.span() for m in kept.finditer(text)] == [(14, 19)]


def test_words_and_fragments_may_come_as_one_shot_iterators() -> None:
    text = "Gulls ate the bread; in rebel control since May."
    words = Trigger(regex.compile(r"(?i)bread\b"), words=iter(["bread"]))
    fragments = Trigger(regex.compile(r"(?i)in\s+rebel\s+control"), fragments=(f for f in [r"in\s+rebel"]))
    assert [m.span() for m in words.finditer(text)] == [(14, 19)]
    assert [m.span() for m in fragments.finditer(text)] == [(21, 37)]


def test_a_copied_trigger_joins_the_shared_scan_of_its_own() -> None:
    # a pipeline pickled for a worker process carries its triggers: each copy is built anew
    text = "The army denied it. Gulls ate the bread."
    for copied in (pickle.loads(pickle.dumps(DENIAL)), copy.deepcopy(DENIAL)):
        assert copied._id != DENIAL._id
        assert matches(copied.finditer(text)) == matches(DENIAL.pattern.finditer(text))


def test_a_bad_fragment_fails_where_its_trigger_is_built() -> None:
    # not later, in the scan every trigger shares
    with pytest.raises(re.error):
        Trigger(regex.compile(r"(?i)gull"), fragments=[r"gull(s"])
    assert [m.span() for m in DENIAL.finditer("The army denied it.")] == [(9, 15)]


# --- FirstWords: a pattern read in a stretch, only where one of its first words starts ------

from claimkit.extractors._casualty_patterns import ZERO_WORDS  # noqa: E402
from claimkit.extractors._casualty_single import _ACTIVE_ONE_WORDS, _PREDICATE_WORDS  # noqa: E402
from claimkit.text._scan import FirstWords  # noqa: E402

FIRST_WORDS = {"predicate": (_PREDICATE_WORDS, _PREDICATE_WORDS.pattern),
               "active one": (_ACTIVE_ONE_WORDS, _ACTIVE_ONE_WORDS.pattern),
               "zero": (ZERO_WORDS, ZERO_WORDS.pattern)}

# Our own sentences: every branch's first word, in several cases, after digits and letters.
CASUALTY_TEXT = """\
A soldier was killed. The mayor is reported missing; the driver has been abducted and had been
held hostage. Dia later died, he subsequently succumbed, reportedly perished, also passed away,
then went missing and lost his life. Rebels assassinated the mayor of Teska and shot dead
prominent writer Anna Kovac, murdering the brigade commander; they gunned down Luis Ortega.
No casualties were reported; no one was hurt, without any injuries, nobody died, none killed.
WAS KILLED. Was Shot. 5was killed, éwas killed, ſhot dead Ana Roe. İs missing. Not any deaths.
"""


def test_first_words_find_what_the_pattern_finds_in_every_stretch() -> None:
    for words, pattern in FIRST_WORDS.values():
        assert matches(words.finditer(CASUALTY_TEXT, 0, len(CASUALTY_TEXT))) == matches(
            pattern.finditer(CASUALTY_TEXT))
        for pos in range(0, len(CASUALTY_TEXT), 37):
            end = min(len(CASUALTY_TEXT), pos + 160)
            assert matches(words.finditer(CASUALTY_TEXT, pos, end)) == matches(
                pattern.finditer(CASUALTY_TEXT, pos, end))
    assert len(matches(_PREDICATE_WORDS.finditer(CASUALTY_TEXT, 0, len(CASUALTY_TEXT)))) >= 12
    assert len(matches(_ACTIVE_ONE_WORDS.finditer(CASUALTY_TEXT, 0, len(CASUALTY_TEXT)))) >= 4
    assert len(matches(ZERO_WORDS.finditer(CASUALTY_TEXT, 0, len(CASUALTY_TEXT)))) >= 5


def test_first_words_try_the_pattern_only_where_a_word_starts() -> None:
    cats = FirstWords(r"(?i)(?<!\p{L})cat\w*", ["cat"])
    text = "Cats, a concat, 4cat and CATALOG"
    assert [m.group() for m in cats.finditer(text, 0, len(text))] == ["Cats", "cat", "CATALOG"]
    # a stretch: no word starts at its first offset ("ats"), and its end cuts "CATALOG"
    assert [m.group() for m in cats.finditer(text, 1, 28)] == ["cat", "CAT"]


CASUALTY_PIECES = st.sampled_from([
    "was ", "is ", "has ", "had ", "been ", "later ", "also ", "then ", "reportedly ", "killed",
    "died", "shot ", "dead ", "missing", "passed ", "away", "went ", "lost ", "his ", "life",
    "assassinated ", "murdering ", "the ", "mayor", "Ana ", "Roe", "no ", "one ", "none ",
    "without ", "any ", "injuries", "nobody ", "casualties", "ſ", "İ", "é", "5", "-", ". ", ", ",
    "\n", "x",
])
CASUALTY_NEWSY = st.lists(st.tuples(CASUALTY_PIECES, st.booleans()), max_size=30).map(
    lambda parts: "".join(p.upper() if up else p for p, up in parts))


@given(CASUALTY_NEWSY, st.integers(0, 400), st.integers(0, 400))
def test_first_words_equal_the_pattern_on_newsy_text(text: str, a: int, b: int) -> None:
    pos, end = sorted((min(a, len(text)), min(b, len(text))))
    for words, pattern in FIRST_WORDS.values():
        assert matches(words.finditer(text, pos, end)) == matches(pattern.finditer(text, pos, end))


@given(st.text(max_size=200))
def test_first_words_equal_the_pattern_on_any_text(text: str) -> None:
    for words, pattern in FIRST_WORDS.values():
        assert matches(words.finditer(text, 0, len(text))) == matches(pattern.finditer(text))
