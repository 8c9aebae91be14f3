"""The attribution stage: every reported statement, belief or quote, with who said it.

The triggers of :mod:`._attribution_triggers` find the candidates in the sentences
:mod:`._attribution_layout` bounds; each candidate is then read in its sentence: a verb by
:mod:`._attribution_verb_reading` and :mod:`._attribution_parse` (once
:mod:`._attribution_verbs` agrees the cue word is used as a verb), a label or another colon by
:mod:`._attribution_colons`, the other forms by :mod:`._attribution_forms`; and its source
resolved to a speaker by :mod:`._attribution_speakers`. Cues inside a quotation (of those
:func:`._attribution_layout.speech_quotes` gives) are the quoted speaker's words, not the
report's, and are skipped. :mod:`._attribution_tidy` tidies the readings of a text;
:mod:`._attribution_layout` drops those in boilerplate and cuts datelines off them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from itertools import repeat

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Snippet, Span
from claimkit._pipeline import stage
from claimkit._plugins import side_vocabulary
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import sentence_spans

from . import _attribution_colons as colons
from . import _attribution_forms as forms
from ._attribution_before import ANONYMITY, REQUEST_FORMS
from ._attribution_context import Context, Found
from ._attribution_documents import documents_in_full
from ._attribution_first_person import first_person_speakers
from ._attribution_layout import (
    after_dateline,
    bounded,
    outside_boilerplate,
    speech_quotes,
    split_before_doubled_quotes,
)
from ._attribution_named import by_full_name
from ._attribution_nouns import is_nominal
from ._attribution_speakers import resolve_speakers
from ._attribution_tidy import (
    continue_after_aside,
    cut_own_cue,
    drop_weak_nested,
    end_before_contrast,
    end_with_opening_clause,
    end_with_outer_source,
    past_earlier_cue,
    share_contents,
    stop_at_next_cue,
    take_quoted_tail,
)
from ._attribution_triggers import candidates
from ._attribution_updates import subject_read_again, unchecked_comment
from ._attribution_verb_reading import verb, without_its_particle
from ._phrases_party import armed_group_named, group_named_before
from ._territorial_parse import prepare_sides


def find_attributions(text: str) -> list[Found]:
    """Every attribution in ``text``, as offsets, in text order."""
    sentences = bounded(text, split_before_doubled_quotes(text, sentence_spans(text)))
    quotes = speech_quotes(text)
    ctx = Context(text, sentences, tuple(s for s, _ in sentences), quotes, tuple(q.start for q in quotes))
    matches = candidates(text)
    verb_ends = [end for kind, _, end, _ in matches if kind == "verb"]
    verb_starts = [start for kind, start, _, _ in matches if kind == "verb"]

    def cue_at(lo: int, hi: int) -> int | None:
        """The start of a coordinated cue ("..., and said", "but added") in ``lo:hi``."""
        i = bisect_left(verb_starts, lo + 1)
        while i < len(verb_starts) and verb_starts[i] < hi:
            near, vs = max(lo, verb_starts[i] - 40), verb_starts[i]
            # (the words first, found as strings: most cues follow neither)
            c = _COORDINATION.search(text, near, vs) \
                if text.find("and", near, vs) != -1 or text.find("but", near, vs) != -1 else None
            if c is not None and (c.group("subject")
                                  or _FINITE_CUE.search(text, verb_starts[i], verb_ends[i])) \
                    and not without_its_particle(text, verb_starts[i], verb_ends[i]):
                # "..., and he said"; "and said" / "and criticized", not "jobs and support"
                return int(c.start())
            i += 1
        return None

    found: list[Found] = []
    request_end = -1  # where a request not to be named after the last cue read ends, if any
    last_in_sentence: dict[int, Found] = {}
    line_label: str | None = None  # the label of the fact box's line read last
    for kind, start, end, m in matches:
        if m is not None:
            if kind == "label":
                f = colons.label(ctx, m)
            elif kind == "tally":
                f = colons.tally_colon(ctx, m)
            elif kind == "heading":
                f = forms.says_heading(ctx, m)
            elif kind == "fact":
                # (a figure after the first on its line has the line's label)
                label = m.groupdict().get("label")
                line_label = label if label is not None else line_label
                f = colons.fact_line(ctx, m, line_label)
            else:
                f = None if ctx.sentence(start)[0] in last_in_sentence else colons.quote_colon(ctx, m)
        elif found and found[-1].cue[0] <= start < found[-1].cue[1]:
            continue  # part of the cue just read ("was quoted as saying")
        elif start < request_end:
            continue  # inside a request not to be named ("because staff had been told not to speak")
        else:
            q = ctx.quote_at(start)
            if q is not None and q.inner_start <= start < q.inner_end:
                continue
            ss, se = ctx.sentence(start)
            if kind == "printed":
                f = forms.printed(ctx, start, end)
            elif kind == "poll":
                f = forms.in_poll(ctx, ss, se, start, end)
            elif kind == "acc":
                hedge = text[start:end].lower() == "reportedly"
                read = forms.reportedly if hedge else forms.according_to
                f = read(ctx, ss, se, start, end)
            else:
                f = verb(ctx, start, end, ss, se, last_in_sentence.get(ss), cue_at)
                if f is not None:
                    f = past_earlier_cue(text, f, last_in_sentence.get(ss))
        if f is not None:
            found.append(f)
            request_end = _request_end(text, f)
            if not is_nominal(text, f):
                # (not "a claim by X that T": the sentence's verbs go on with its subject, not X)
                last_in_sentence[ctx.sentence(f.cue[0])[0]] = f
    told = {f.content for f in found}
    for document in documents_in_full(ctx):
        if document.content in told:
            continue  # (the same words read already, after the announcement's colon)
        found.insert(bisect_left([f.cue[0] for f in found], document.cue[0]), document)
    told_by = forms.title_source(text)
    if told_by is not None and not any(f.cue[0] < told_by.cue[1] for f in found):
        found.insert(0, told_by)  # (first: the title opens the text)
    found = outside_boilerplate(text, found)
    found = stop_at_next_cue(text, end_with_outer_source(text, found))
    found = [take_quoted_tail(text, continue_after_aside(text, subject_read_again(text, f)))
             for f in share_contents(text, end_with_opening_clause(text, end_before_contrast(text, found)))
             if not unchecked_comment(text, f)]
    out = [f for f in map(cut_own_cue, repeat(text), found) if f is not None]
    return drop_weak_nested(text, out)


def _request_end(text: str, f: Found) -> int:
    """Where the request not to be named that ``f``'s cue opens ends ("asked not to be
    named because ..."), or -1: the cues inside it are the request's words."""
    if text[f.cue[0]:f.cue[1]].lower() in REQUEST_FORMS and (request := ANONYMITY.match(text, f.cue[1])):
        return int(request.end())
    return -1


_COORDINATION = regex.compile(
    r"(?r),?\s+(?:and|but)\s+(?:(?P<subject>he|she|they|we|I)\s+)?(?:(?:also|then|later|now|again|has|"
    r"have|had|would|will)\s+)*$")
_FINITE_CUE = regex.compile(r"(?:ed|said|told|wrote|thought|knew|saw|felt|spoke|says|tells|writes)$", regex.I)


def attributions_of(doc: Document) -> tuple[Attribution, ...]:
    """The attributions of ``doc``'s text as value types, speakers resolved."""
    text = doc.text
    # (a dateline opening the paragraph is no part of a source: "KINSHASA — The Spokesperson of
    # the Armed Forces ... declared")
    found = [attrs.evolve(f, source=after_dateline(text, f.source))
             if f.source is not None and (f.source[0] == 0 or text[f.source[0] - 1] == "\n") else f
             for f in find_attributions(text)]
    sides = prepare_sides(side_vocabulary())
    speakers = first_person_speakers(text, found, resolve_speakers(
        text, [f.source for f in found], lambda lo, pos: group_named_before(text, pos, sides, lo, True),
        lambda body: armed_group_named(body, sides)))
    out: list[Attribution] = []
    for f, speaker in zip(found, speakers, strict=True):
        if speaker is not None and speaker.organization is not None:
            organization = by_full_name(_labelled_group(speaker.organization, sides), text)
            if organization != speaker.organization:  # (most stay as they are: no copy)
                speaker = attrs.evolve(speaker, organization=organization)
        first = after_dateline(text, f.content[0])
        content = Snippet(text[first[0]:first[1]], Span(*first))
        parts = (Span(*first), *(Span(*p) for p in f.content[1:])) if len(f.content) > 1 else ()
        out.append(Attribution(speaker, Snippet(text[f.cue[0]:f.cue[1]], Span(*f.cue)), content,
                               f.mode, parts))
    return tuple(out)


def _labelled_group(organization: str, sides: Mapping[str, str]) -> str:
    """An organization named by a term of an armed group's label under that label ("RSF",
    "the Rapid Support Forces" -> "Rapid Support Forces (RSF)"), so every mention of the
    group speaks for one body; any other organization as named."""
    term = organization[4:] if organization.startswith(("the ", "The ")) else organization
    term = term.replace("’", "'")  # (the vocabulary writes apostrophes plain)
    side = sides.get(term)
    if side is not None and side != term and (side.startswith(term + " (") or side.endswith(f"({term})")):
        return side
    return organization


@stage("attribution", provides="attributions", after="source")
def attribution_stage(doc: Document) -> Document:
    """Add every attribution found in the text to ``doc`` (see :func:`attributions_of`)."""
    return doc.add_attributions(attributions_of(doc))


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(attribution_stage)
