"""The built-in ``casualty`` stage: numeric casualty claims, one per fact.

Finds the sentences worth reading with one trigger pattern, reads each figure there
(``_casualty_read``; the figure itself in ``_casualty_find``: its group in ``_casualty_group``,
its outcome in ``_casualty_outcome``), gives it a side (the speaker's in
``_casualty_speaker_side``, one its clause names in ``_casualty_clause_side``, one told before
in ``_casualty_earlier_side``, an unmarked group's in ``_casualty_unmarked``, a part's in
``_casualty_part_side``; the report's parties in ``_casualty_home``) and the attribution it
comes from (``_attach.attribution_for``), and merges repeated tellings of the same fact (the
headline, the lead, the body; when two tell one fact: ``_casualty_facts``) into one claim whose
``mentions`` list every place it is told (``_casualty_claims``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from claimkit._document import Document
from claimkit._pipeline import stage
from claimkit._plugins import side_vocabulary
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import sentence_spans
from claimkit.text._scan import padded_lowercase

from . import _casualty_patterns as pat
from ._casualty_again import gives_again
from ._casualty_claims import claims_per_fact
from ._casualty_facts import lend_voices
from ._casualty_home import Home
from ._casualty_prune import no_figures_dropped
from ._casualty_read import read
from ._document_sides import document_sides
from ._sides import SideIndex

_index_cache: dict[int, tuple[dict[str, str], SideIndex]] = {}


def side_index() -> SideIndex:
    """The matcher for the current side vocabulary (rebuilt when plugins change it)."""
    vocab = side_vocabulary()
    cached = _index_cache.get(id(vocab))
    if cached is None or cached[0] is not vocab or len(cached[1].vocabulary) != len(vocab):
        _index_cache.clear()
        cached = (vocab, SideIndex(vocab))
        _index_cache[id(vocab)] = cached
    return cached[1]


def candidate_sentences(text: str) -> Iterator[tuple[int, int]]:
    """The sentences holding a trigger word, each once, in order."""
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    last = -1
    padded = padded_lowercase(text)
    for m in pat.TRIGGER.finditer(text):
        before = padded[m.start()]  # the character before the stem
        if before.isalnum() or before == "_":
            continue  # not at a word boundary ("5killed")
        i = bisect.bisect_right(starts, m.start()) - 1
        if i > last:
            last = i
            yield spans[i]
            if i + 1 < len(spans) and gives_again(text, *spans[i + 1]):
                last = i + 1  # ("The council put the figure at five": no trigger word of its own)
                yield spans[i + 1]


@stage("casualty", provides="claims:casualty", after="attribution")
def casualty_stage(doc: Document) -> Document:
    """Add a casualty claim per fact told in ``doc`` (killed, wounded, captured, missing,
    kidnapped, arrested), each with its figure, group, side and attribution."""
    sentences = list(candidate_sentences(doc.text))
    if not sentences:
        return doc
    sides = document_sides(doc.text, side_index())  # ("the Arakan Army (AA)", then "AA fighters")
    # the report's parties (those of the vocabulary: a group a report defines for itself
    # tells of its own figures only), read only when a figure needs them
    home = Home(doc.text, side_index(), doc.attributions)
    told = lend_voices(read(doc, sentences, sides, home))
    if not told:
        return doc
    sources = [a.source.span for a in doc.attributions if a.source is not None]
    return doc.add_claims(no_figures_dropped(doc.text, claims_per_fact(doc, told, sides, home), sources))


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(casualty_stage)
