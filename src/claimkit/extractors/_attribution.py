"""The attribution stage: every reported statement, belief or quote, with who said it.

The triggers of :mod:`._attribution_triggers` find the candidates; each candidate is then
read in its sentence by :mod:`._attribution_parse` (once :mod:`._attribution_verbs` agrees
the cue word is used as a verb) and its source resolved to a speaker by
:mod:`._attribution_speakers`. Cues inside a quotation are the quoted speaker's words, not
the report's, and are skipped. :mod:`._attribution_tidy` tidies the readings of a text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping
from itertools import pairwise, repeat
from typing import Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Snippet, Span
from claimkit._pipeline import stage
from claimkit._plugins import side_vocabulary
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Quotation, quotations, sentence_at, sentence_spans
from claimkit.text._calendar import MONTH_PATTERN, WEEKDAY_PATTERN

from . import _attribution_forms as forms
from . import _attribution_parse as parse
from ._attribution_before import ANONYMITY, ASKED_TO_BE, REQUEST_FORMS, source_before
from ._attribution_context import (
    NOT_ADVERBS,
    Context,
    Found,
    Range,
    lstrip_at,
    rstrip_at,
    trim_end,
    verb_group_start,
)
from ._attribution_lexicon import may_end_with, words
from ._attribution_named import by_full_name
from ._attribution_nouns import NOMINAL, is_nominal, nominal_claim
from ._attribution_preposed import I_QUOTE, preposed
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
from ._attribution_triggers import CUES, candidates
from ._attribution_updates import FIGURE_CUES, earlier_figure_by, subject_read_again, unchecked_comment
from ._attribution_verbs import BE, plausible_verb
from ._gazetteer import lookup as place_lookup
from ._phrases import armed_group_named, group_named_before
from ._source import analyse, in_boilerplate, past_boilerplate
from ._territorial_parse import prepare_sides

# Passive verbs of keeping a record: "listed as missing", "registered as dead".
_RECORDED = words("listed registered recorded classified counted")
_AS_AFTER = regex.compile(r"\s+as\b")
# How far after a headline's label the report is read for it as a place ("south of Tiné").
_PLACE_REACH = 4000
# Labels at the start of a paragraph that announce no speaker.
_NOT_SPEAKERS = words("""
update updated related watch photo photos note source sources read editor correction tags share
advertisement click video also live breaking by from date subject to re posted filed image caption
credit credits comments warning disclaimer contact email phone location where when what why how
who q&a transcript background summary abstract full text copyright topics keywords more see
latest editor’s editor's exclusive opinion analysis contributing
border front frontline diplomacy casualties toll fighting context explainer factbox timeline
reaction reactions aid humanitarian politics economy elsewhere meanwhile security refugees
ceasefire talks assessment situation territory materiel equipment denial denials claims outlook
overview developments claim verdict rating conclusion finding findings fact factcheck fact-check
facts
""")  # (the last lines: a digest's, a briefing's or a fact check's topic labels, "BORDER: One
# killed as ...", "CLAIM: The toll rose to 25", "FACT CHECK: No, gunmen did not kill 30 soldiers")
_PARTICLE = regex.compile(r"\s+(\w+)(?![\w-])")


_SINGLE_MARKS = frozenset("‘’'")


def speech_quotes(text: str) -> tuple[Quotation, ...]:
    """The quotations that can hold reported speech: the outermost ones, and of those only the
    double-quoted when the text uses double quotes at all (then single quotes at the top level
    mark titles, nicknames and scare quotes; in British style they mark speech)."""
    top = [q for q in quotations(text) if q.depth == 0]
    double = [q for q in top if text[q.start] not in _SINGLE_MARKS or text.startswith("''", q.start)]
    return tuple(double if double else top)


def find_attributions(text: str) -> list[Found]:
    """Every attribution in ``text``, as offsets, in text order."""
    sentences = _bounded(text, _split_before_doubled_quotes(text, sentence_spans(text)))
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
                    and not _without_its_particle(text, verb_starts[i], verb_ends[i]):
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
                f = _label(ctx, m)
            elif kind == "tally":
                f = _tally_colon(ctx, m)
            elif kind == "heading":
                f = forms.says_heading(ctx, m)
            elif kind == "fact":
                # (a figure after the first on its line has the line's label)
                label = m.groupdict().get("label")
                line_label = label if label is not None else line_label
                f = _fact_line(ctx, m, line_label)
            else:
                f = None if ctx.sentence(start)[0] in last_in_sentence else _quote_colon(ctx, m)
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
                f = _verb(ctx, start, end, ss, se, last_in_sentence.get(ss), cue_at)
                if f is not None:
                    f = past_earlier_cue(text, f, last_in_sentence.get(ss))
        if f is not None:
            found.append(f)
            request_end = _request_end(text, f)
            if not is_nominal(text, f):
                # (not "a claim by X that T": the sentence's verbs go on with its subject, not X)
                last_in_sentence[ctx.sentence(f.cue[0])[0]] = f
    told_by = forms.title_source(text)
    if told_by is not None and not any(f.cue[0] < told_by.cue[1] for f in found):
        found.insert(0, told_by)  # (first: the title opens the text)
    found = _outside_boilerplate(text, found)
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


def _outside_boilerplate(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the readings in boilerplate: a feed footer repeating the headline
    ("The post X Says ... appeared first on ...") is nobody's statement, and a dateline is no
    speaker's label: "SRINAGAR: ..." (a place the source stage knows), or a label in capitals
    opening the story whose sentence has a speaker of its own ("DOVREK: Two guards were killed,
    police said"; in a transcript, "ROE: I think Gale said T" keeps its label)."""
    def in_boilerplate_(f: Found) -> bool:
        return in_boilerplate(text, Span(*f.cue)) or (
            f.source is not None and in_boilerplate(text, Span(*f.source)))

    kept = [f for f in found if not in_boilerplate_(f)] if analyse(text).keys else found
    # (a dateline opens the story: only the first label, near the top, is looked at)
    label = next((f for f in kept if text[f.cue[0]:f.cue[1]] == ":"), None)
    if label is None or label.source is None or label.source[0] > _DATELINE_REACH \
            or not text[label.source[0]:label.source[1]].isupper():
        return kept
    first = sentence_at(text, label.content[0][0])
    if any(f is not label and f.source is not None and label.content[0][0] <= f.source[0]
           and f.cue[1] <= label.content[0][1] and sentence_at(text, f.cue[0]) == first for f in kept):
        kept.remove(label)
    return kept


_DATELINE_REACH = 300


# Found at the quote marks (a literal the engine scans for fast), not at every space.
_DOUBLED_OPEN = regex.compile(r"(?<=[.!?](?:''|[”\"’])?[ \t]+)''(?=[\p{Lu}\d])")


def _split_before_doubled_quotes(text: str, sentences: tuple[Range, ...]) -> tuple[Range, ...]:
    """``sentences`` also cut where a sentence opens with ``''``."""
    if "''" not in text:
        return sentences  # most texts: no scan at every space
    cuts = [m.start() for m in _DOUBLED_OPEN.finditer(text)]
    if not cuts:
        return sentences
    bounds = sorted({s for s, _ in sentences} | set(cuts) | {len(text)})
    return tuple(pairwise(bounds))


# Longer "sentences" (lists, run-on or hostile text) are read in windows of about this many
# characters, so that the work per cue stays bounded and the stage linear.
MAX_SENTENCE = 1200


def _bounded(text: str, sentences: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``sentences`` with every one longer than :data:`MAX_SENTENCE` cut at spaces."""
    if all(e - s <= MAX_SENTENCE for s, e in sentences):
        return sentences
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE) + 1 or s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return tuple(out)


_COORDINATION = regex.compile(
    r"(?r),?\s+(?:and|but)\s+(?:(?P<subject>he|she|they|we|I)\s+)?(?:(?:also|then|later|now|again|has|"
    r"have|had|would|will)\s+)*$")
_FINITE_CUE = regex.compile(r"(?:ed|said|told|wrote|thought|knew|saw|felt|spoke|says|tells|writes)$", regex.I)


def _without_its_particle(text: str, vs: int, ve: int) -> bool:
    """Whether the cue word at ``vs:ve`` reports only with a particle that does not follow it
    ("and fired an anti-tank missile": no "fired back")."""
    info = CUES.get(text[vs:ve].lower())
    if info is None or not info.needs_particle:
        return False
    pm = _PARTICLE.match(text, ve)
    # ("and pushed to funnel arms", "and railed about": still a view told)
    return pm is None or (pm.group(1).lower() not in info.particles
                          and pm.group(1).lower() not in _COMPLEMENT_WORDS)


_COMPLEMENT_WORDS = frozenset({"to", "about"})


def _label(ctx: Context, m: regex.Match[str]) -> Found | None:
    """``Name: statement`` opening a paragraph (headlines, interview transcripts)."""
    name = (m.start("label"), m.end("label"))
    label = ctx.text[name[0]:name[1]]
    last = label.split()[-1]
    if (label in ("Q", "A") or label.lower() in _NOT_SPEAKERS or label.split()[0].lower() in _NOT_SPEAKERS
            or last.lower() in _NOT_SPEAKERS or (last.islower() and last.endswith(("ed", "es")))):
        # not a speaker's name ("Q:" in an interview, "The Latest:", "Contributing:"), or a
        # clause ("Roe continued:")
        return None
    if place_lookup(label) is not None or _told_as_place(ctx.text, label, name[1]):
        # "Colombia: soldiers freed as ...", "Tiné: six soldiers killed" (a town the report
        # tells of: "south of Tiné"): a headline's topic, not a speaker
        return None
    colon = ctx.text.index(":", name[1])
    pe = ctx.text.find("\n", colon)
    return forms.transcript(ctx, m.start(), len(ctx.text) if pe == -1 else pe, name, colon)


_PLACE_WORD_BEFORE = regex.compile(r"(?r)\b(?:in|near|at|from|of|outside|around)\s+")


def _told_as_place(text: str, label: str, pos: int) -> bool:
    """Whether ``label`` follows "in", "near", "south of" ... within reach after ``pos``
    (found as a string, then checked: a pattern built per label costs a compilation each)."""
    end = pos + _PLACE_REACH
    at = text.find(label, pos, end)
    while at != -1:
        after = at + len(label)
        if (after >= len(text) or not (text[after].isalnum() or text[after] == "_")) and (
                _PLACE_WORD_BEFORE.match(text, max(pos, at - 20), at) is not None):
            return True
        at = text.find(label, at + 1, end)
    return False


_ARTICLE_OPENING = regex.compile(r"(?i)^the\s+")
_EVENT_END = regex.compile(
    r"(?i)\b(?:attacks?|strikes?|shelling|bombings?|blasts?|explosions?|raids?|ambush|fighting|clashes|"
    r"massacre|assault|offensive|battle)\Z")


def _tally_colon(ctx: Context, m: regex.Match[str]) -> Found | None:
    """``S's figures were grim: T``, ``S's toll rose to T``: the possessor gives the figures
    after the colon or the verb (the figure noun is the cue); ``By S's count, T`` is read as
    an aside (:func:`forms.by_possessor`)."""
    if m.start("aside") >= 0:
        return forms.by_possessor(ctx, m.start(), m.end())
    text = ctx.text
    ss, se = ctx.sentence(m.start())
    # (before the verb, its adverbs and auxiliaries: "he also gave a toll for the army: T";
    # or the agent after "as released by")
    by = m.span("by") if m.start("by") >= 0 else None
    if by is not None and (place_lookup(_ARTICLE_OPENING.sub("", text[by[0]:by[1]])) is not None
                           or _EVENT_END.search(text, by[0], by[1]) is not None):
        return None  # "Updated toll from Gaza: 40 dead", "... from the Kella attack": no source
    src = by or source_before(text, ss, verb_group_start(text, m.start(), ss))
    start = lstrip_at(text, m.end(), se)
    end = trim_end(text, start, se)
    if src is None or end <= start:
        return None
    return Found(src, m.span("noun"), ((start, end),), "indirect")


def _fact_line(ctx: Context, m: regex.Match[str], label: str | None) -> Found | None:
    """A fact box's line, "- Killed: 14 soldiers (army)": the bracket's first part gives the
    figure after the colon (the colon is the cue), when the line's ``label`` tells a toll; a
    figure after another on the line ("...; 84 soldiers (al-Shabaab claim)") has the
    semicolon before it for its cue."""
    if label is None or not _TOLL_LABELS.intersection(w.lower().strip(",") for w in label.split()):
        return None  # ("- Location: Gaza City (north)")
    text = ctx.text
    start, end = m.span("content")
    end = rstrip_at(text, start, end)
    s, e = m.span("source")
    source = (lstrip_at(text, s, e), rstrip_at(text, s, e))
    if end <= start or source[1] <= source[0]:
        return None
    colon = m.start("next") if "next" in m.re.groupindex else m.end("label")
    return Found(source, (colon, colon + 1), ((start, end),), "according_to")


def _quote_colon(ctx: Context, m: regex.Match[str]) -> Found | None:
    """``Name: "quote"`` inside a paragraph."""
    text = ctx.text
    colon = text.index(":", m.start())
    ss, _ = ctx.sentence(m.start())
    word = _LAST_WORD.search(text, max(ss, colon - 30), colon)
    if word is None or word.group(1).lower() in CUES or word.group(1).lower() in _TOLL_LABELS:
        return None  # (nor a fact box's line: 'Soldiers killed: "more than 20" (ELN)')
    src = source_before(text, ss, colon)
    document = _DOCUMENT_INTRO.search(text, ss, colon)
    issued = _ISSUED_BY.search(text, document.end(), colon + 1) if document is not None else None
    # (the words before the colon inside the document's phrase with its issuer: "The following
    # is the full text of the communique read on television by the spokesman, translated from
    # French:")
    if document is not None and (src is None or not text[src[0]].isupper()
                                 or (issued is not None and src[0] >= document.start())):
        # "Below is our translation of the statement, issued by the army's spokesman:": a
        # document introduces the quotation; whoever issued it (else the document) speaks
        src = issued.span("who") if issued is not None else (document.start("doc"), document.end())
    elif src is None or not text[src[0]].isupper():
        return None
    elif "\n" in text[colon:lstrip_at(text, colon + 1, len(text))]:
        return None  # "Name:" closing a paragraph is a label of its own (read as one)
    q = ctx.quote_starting(lstrip_at(text, colon + 1, len(text)))
    if q is None:
        return None
    return Found(src, (colon, colon + 1), ((q.inner_start, q.inner_end),), "direct")


_TOLL_LABELS = words("killed dead deaths wounded injured missing captured arrested detained abducted "
                     "kidnapped toll")
_DOCUMENT_INTRO = regex.compile(
    r"(?i)\b(?P<doc>(?:the|its|their|his|her|a|an)\s+(?:(?!(?:is|are|was|were)\s)[\p{L}’'-]+\s+){0,3}?"
    r"(?:statement|communiqu[eé]|"
    r"release|bulletin|text|translation|passages?|excerpts?|message|post|letter|transcript))\b")
_ISSUED_BY = regex.compile(
    r"(?i)\b(?:issued|signed|released|published|posted|sent|read(?:\s+out)?)\b[^.:;]*?\bby\s+"
    r"(?P<who>[^,:;()]+?(?:\s*\([^()]{2,12}\))?)"
    r"(?=\s*[,:;]|\s+(?:in|on|at|late|early|and|translated|published|last|this|earlier)\b)")


_LAST_WORD = regex.compile(r"(?r)([\p{L}']+)\s*$")


_SEEM = words("seem seems seemed appear appears appeared")
_APPEAR_STATE = regex.compile(
    r"\s+(?!(?:on|at|in|before|with|alongside|together|onstage|as|for|during|live|the|a|an|his|her|"
    r"their|its|and|or|but)\b)[a-z]+\b")


_BE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:" + "|".join(sorted(BE)) + r")\s++\Z")
# After "reported": the state it reports people in, as a passive ("reported missing").
_REPORTED_STATE = regex.compile(
    r"\s++(?:missing|dead|killed|wounded|injured|kidnapped|abducted|captured|detained|arrested)(?![\p{L}])")

# What "claimed" takes when it tells deaths: "16 lives", "the lives of 40 people".
_LIVES = regex.compile(r"(?:\s++(?!that\b)[\w,’'-]++){0,4}?\s++lives\b", regex.IGNORECASE)

# "quoted a military source as | saying": whom the quoting verb quotes.
_QUOTED_AS_BEFORE = regex.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<who>[^,;:\"“”]{2,80}?)\s+as\s+$", regex.IGNORECASE)


def _verb(ctx: Context, vs: int, ve: int, ss: int, se: int, earlier: Found | None,
          cue_at: Callable[[int, int], int | None]) -> Found | None:
    text = ctx.text
    word = text[vs:ve]
    low = word.lower()
    info = CUES.get(low)
    if info is None:
        return None
    if low in NOMINAL and (claim := nominal_claim(ctx, ss, se, vs, ve, cue_at)) is not None:
        return claim  # "the army's claim that T", "a claim by X that T"
    if low in REQUEST_FORMS and (anonymity := ANONYMITY.match(text, ve, se)) is not None:
        # "who asked not to be named": the request is all the content, however the sentence
        # goes on ("... told Reuters T" is the main report); "was asked to comment" is not one
        cs = verb_group_start(text, vs, ss)
        if BE.isdisjoint(text[cs:vs].lower().split()):
            content = (lstrip_at(text, ve, se), anonymity.end())
            return Found(source_before(text, ss, cs), (cs, ve), (content,), "indirect")
    if low == "quote" and (aside := _REPORTER_BEFORE.search(text, max(ss, vs - 12), vs)) is not None \
            and (whole := I_QUOTE.match(text, aside.start(), se)) is not None and whole.end() >= ve:
        return None  # "said, and I quote, T": the reporter's aside inside another's cue
    if info.only_before is not None:
        needed = info.only_before.match(text, ve, se)
        if needed is None:
            return None
        if "cue" in needed.re.groupindex and needed.start("cue") >= 0:
            ve = needed.end("cue")
    if low == "reported" and _REPORTED_STATE.match(text, ve, se) \
            and not _BE_BEFORE.search(text, max(ss, vs - 12), vs):
        # "two soldiers reported missing": a reduced relative, no report ("six soldiers were
        # reported dead" stays a report, whose source is left unnamed)
        return None
    if low.startswith("claim") and _LIVES.match(text, ve, min(se, ve + 60)):
        return None  # "the blast claimed 16 lives", "has claimed the lives of thousands": deaths
    if low in FIGURE_CUES and (update := earlier_figure_by(text, vs, ve, ss, se)) is not None:
        return update  # "up from the nine announced by the Ministry of Defence"
    # (whether the word is a verb at all first: a third of the candidates are not)
    cs = verb_group_start(text, vs, ss)
    # (most cues follow no "to": the pattern is not tried there)
    went_on = _WENT_ON.search(text, max(ss, vs - 30), vs) \
        if may_end_with(text, max(ss, vs - 30), vs, ("to",), ignore_case=True) else None
    if went_on is not None:
        cs = verb_group_start(text, went_on.start(), ss)  # "went on to say": one cue
    elif not plausible_verb(text, ss, se, cs, vs, word):
        return None
    # particles that belong to the cue ("called for", "pointed out")
    pm = _PARTICLE.match(text, ve, se)
    after = pm.group(1) if pm is not None else None  # (the word right after the cue)
    if pm and info.particles and pm.group(1).lower().endswith("ly"):
        # "spoke passionately about": an adverb between the verb and its particle
        adverbed = _PARTICLE.match(text, pm.end(), se)
        if adverbed and adverbed.group(1).lower() in info.particles:
            pm = adverbed
    if pm and pm.group(1).lower() == "on" and _DAY_AFTER.match(text, pm.end(), se):
        pm = None  # "called on Tuesday": a time, not "called on" someone
    if pm and pm.group(1).lower() in info.particles:
        ve = pm.end()
        if pm.group(1).lower() in _ADVERB_PARTICLES and (prep := _PREPOSITION_AFTER.match(text, ve, se)):
            ve = prep.end()  # "weighed in on", "lashed out at": the preposition is the cue's too
    elif info.needs_particle or (pm and pm.group(1).lower() in _OTHER_PARTICLES
                                 and not text.startswith(" up to ", ve)
                                 and not _FIGURE_AFTER.match(text, pm.end(), se)):
        # "called off the deal", "showed up": a phrasal verb that reports nothing ("said
        # around 15 people died" is no phrasal verb)
        return None
    elif low in ("said", "says") and text.startswith(" in a statement", ve):
        ve += len(" in a statement")
    else:
        # (either pattern matches only where the word after the cue is its first word, or
        # where no word as _PARTICLE reads one follows: that word tells whether to try it)
        platform = _ON_PLATFORM.match(text, ve, se) if after == "on" else None
        if platform is not None:
            ve = platform.end()  # "wrote on Twitter": the medium belongs to the cue
        else:
            tail = _CUE_TAIL.match(text, ve, se) if after is None or after.endswith(_TAIL_ENDS) else None
            if tail is not None and tail.group(1).lower() not in NOT_ADVERBS:
                ve = tail.end()  # "said sarcastically", "warned against": part of the cue
    group = text[cs:vs].lower().split()
    if low == "saying" and cs == vs and (quoted := _QUOTED_AS_BEFORE.search(text, max(ss, vs - 100), vs)):
        # "SANA quoted a military source as saying that T": the one quoted is the source
        who = quoted.span("who")
        return preposed(ctx, ss, se, vs, ve, "clause", who, cue_at)
    if low in _AFTER_ISSUED and cs == vs:
        issued = _ISSUED.search(text, max(ss, vs - 90), vs)
        if issued is not None:
            # "The party issued a statement saying T" (or "claiming T"): the statement is the cue
            found = parse.verb_cue(ctx, ss, se, issued.start(), ve, "clause", False, earlier, cue_at)
            return found if found is not None and found.source is not None else None
    if low in _SEEM:
        # "seems T", "appears to T", "appeared paralyzed"; not "appeared on television"
        raising = (low.startswith("seem") or text.startswith(" to ", ve)
                   or bool(_APPEAR_STATE.match(text, ve, se)))
        return forms.passive(ctx, ss, se, cs, ve) if raising else None
    if not BE.isdisjoint(group) and (low.endswith(("ed", "en")) or low in _PARTICIPLES):
        if low in _RECORDED and _AS_AFTER.match(text, ve, se):
            return None  # "was still listed as missing": a record of what someone is, no speech
        if ASKED_TO_BE.search(text, max(ss, vs - 40), vs):
            return None  # "asked not to be identified": the request, read at its own cue
        return forms.passive(ctx, ss, se, cs, ve)
    frame = "object" if "object" in info.frames else ("clause" if "clause" in info.frames else "np")
    participle = low.endswith("ing") and BE.isdisjoint(group)  # not "is saying"
    found = parse.verb_cue(ctx, ss, se, cs, ve, frame, participle, earlier, cue_at)
    if found is None or (found.source is None and info.kind != "speech"):
        return None
    if found.source is not None and text[found.source[0]:found.source[1]].lower() in _WEAK_SOURCES:
        return None  # "you know", "you say": a quoted speaker addressing someone, not a report
    if found.source is not None and info.kind == "speech" and "clause" in info.frames \
            and (aside := _aside_before(text, ss, found.source[0], found.cue[1], se)):
        return Found(found.source, found.cue, (aside,), "indirect")
    if found.source is not None and info.only_before is not None and (
            _head_word(text[found.source[0]:found.source[1]]) in _EVENTS
            or _DEATHS_TOLD.search(text, found.source[0], max(found.source[1], vs)) is not None):
        # "the renewed fighting had raised the number of dead to seven", "two soldiers died of
        # their wounds, raising the toll to nine": an event raised it, no speaker (read up to
        # the cue: "Two of the wounded later died, raising ..." may end its subject early)
        return None
    return found


# A report told as an aside in brackets after what it reports: "Two soldiers died overnight
# (the army said Monday), bringing the toll to five"; a time of the cue may close it, no
# content of its own ("(she asked that her street not be named)").
_ASIDE_OPEN: Final = regex.compile(r"\(\s*+\Z")
_ASIDE_CLOSE: Final = regex.compile(
    rf"(?i)(?:\s++(?:on\s++)?(?:{WEEKDAY_PATTERN}|today|yesterday|tonight|earlier|later|overnight)(?![\p{{L}}]))?+"
    r"(?:\s++in\s++a\s++(?:brief\s++|short\s++|written\s++)?statement)?+\s*+\)")


def _aside_before(text: str, ss: int, source: int, cue_end: int, se: int) -> Range | None:
    """The clause an aside in brackets reports (from its sentence's start to the bracket), or
    None when the source and cue are no such aside."""
    opening = _ASIDE_OPEN.search(text, max(ss, source - 4), source)
    if opening is None or not _ASIDE_CLOSE.match(text, cue_end, se):
        return None
    start, end = lstrip_at(text, ss, opening.start()), rstrip_at(text, ss, opening.start())
    return (start, end) if end > start else None


def _head_word(source: str) -> str:
    """The last word before any appositive: "The Emergency Lawyers, a group that documents abuses
    in the war" is headed by "Lawyers", not by "war"."""
    words_before = source.split(",", 1)[0].split()
    return words_before[-1].lower() if words_before else ""


_WEAK_SOURCES = words("you")
# Events that raise or put a figure ("the fighting raised the toll to 12"), not speakers.
_EVENTS = words("""
fighting clashes clash attack attacks assault offensive violence strike strikes airstrike airstrikes
shelling bombardment bombing bombings blast blasts explosion explosions raid raids ambush deaths
death discovery fire fires battle battles unrest war
""")
# A clause telling deaths or finds, read as the "subject" of a participle after it.
_DEATHS_TOLD = regex.compile(
    r"(?i)\b(?:died|succumbed|perished|were\s+(?:killed|found|recovered)|was\s+(?:killed|found))\b")
_PARTICIPLES = words("said told written thought known seen felt found read shown sought understood")


_DAY_AFTER = regex.compile(
    rf"\s+(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}\s+\d|\d)")
# The start of the reporter's aside before its "quote" (see I_QUOTE): ", and I | quote:".
_REPORTER_BEFORE = regex.compile(r"(?:,|[—–]|--)\s*+(?:and\s++)?I\s++\Z")
_WENT_ON = regex.compile(r"(?r)\b(?:went|goes|go|going|gone)\s+on\s+to\s+$", regex.I)
_CUE_TAIL = regex.compile(r"\s+(against|upon|[a-z]{3,}ly)\b")
_TAIL_ENDS = ("against", "upon", "ly")  # (how the word of a _CUE_TAIL match ends)
_ON_PLATFORM = regex.compile(
    r"\s+on\s+(?:the\s+)?(?:Twitter|Facebook|Instagram|Telegram|WhatsApp|X)\b"
    r"(?:\s+(?:messaging\s+)?(?:app|channel|account|page|platform))?(?![\w-])")
_ISSUED = regex.compile(
    r"(?r)\b(?:issued|released|sent(?:\s+out)?|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|email|release|message|letter|memo|video|ad)(?:\s+[\w-]+){0,5}?\s+$", regex.I)
_AFTER_ISSUED = words("saying claiming stating alleging insisting warning")
_OTHER_PARTICLES = words("off up down away apart around")
# A phrasal verb's adverb and the preposition after it ("pushed back against", "spoke out in
# favor of"): PolNeAR's cue spans hold both.
_ADVERB_PARTICLES = words("back in out")
_PREPOSITION_AFTER = regex.compile(r"\s+(?:at|against|on|about|over|with|in\s+favou?r\s+of)\b")
_FIGURE_AFTER = regex.compile(
    r"\s+(?:\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds)\b)", regex.I)
# A dateline opening a paragraph of a digest: a place in capitals, maybe a date, and a dash.
_PARAGRAPH_DATELINE = regex.compile(
    r"[\p{Lu}][\p{Lu}\p{M} .'’-]{2,30}(?:,[^\n,–—-]{1,40}){0,2}\s+[-–—]+\s+(?=\S)")


# A topic's label in capitals opening a paragraph of a briefing: "TERRITORY: ".
_TOPIC_LABEL = regex.compile(r"(?P<word>\p{Lu}{3,20}):[ \t]+(?=\S)")


def _after_dateline(text: str, piece: Range) -> Range:
    """A content piece that starts in a dateline or other boilerplate starts after it:
    "KYIV, May 2 (Agency) - Troops withdrew, police said" reports "Troops withdrew"."""
    s, e = piece
    start = past_boilerplate(text, s)
    if start == s and (s == 0 or text[s - 1] == "\n"):
        if line := _PARAGRAPH_DATELINE.match(text, s, e):
            start = line.end()  # "MAPUTO - Insurgents killed four people, an official said" in a digest
        elif (label := _TOPIC_LABEL.match(text, s, e)) and label["word"].lower() in _NOT_SPEAKERS:
            start = label.end()  # "TERRITORY: Units withdrew from two posts, a source said" in a briefing
    if start == s or start >= e:
        return piece
    while start < e and text[start] in " \t-–—:":
        start += 1
    return (start, e) if start < e else piece


def attributions_of(doc: Document) -> tuple[Attribution, ...]:
    """The attributions of ``doc``'s text as value types, speakers resolved."""
    text = doc.text
    # (a dateline opening the paragraph is no part of a source: "KINSHASA — The Spokesperson of
    # the Armed Forces ... declared")
    found = [attrs.evolve(f, source=_after_dateline(text, f.source))
             if f.source is not None and (f.source[0] == 0 or text[f.source[0] - 1] == "\n") else f
             for f in find_attributions(text)]
    sides = prepare_sides(side_vocabulary())
    speakers = resolve_speakers(
        text, [f.source for f in found], lambda lo, pos: group_named_before(text, pos, sides, lo, True),
        lambda body: armed_group_named(body, sides))
    out: list[Attribution] = []
    for f, speaker in zip(found, speakers, strict=True):
        if speaker is not None and speaker.organization is not None:
            organization = by_full_name(_labelled_group(speaker.organization, sides), text)
            if organization != speaker.organization:  # (most stay as they are: no copy)
                speaker = attrs.evolve(speaker, organization=organization)
        first = _after_dateline(text, f.content[0])
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
