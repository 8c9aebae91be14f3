"""The attribution stage: every reported statement, belief or quote, with who said it.

One precompiled trigger pattern (every cue form of :mod:`._attribution_lexicon` and "according
to"), with two small scans for transcript labels and a colon before a quote, finds the
candidates; each candidate is then read in its sentence
by :mod:`._attribution_parse` (once :mod:`._attribution_verbs` agrees the cue word is used as
a verb) and its source resolved to a speaker by
:mod:`._attribution_speakers`. Cues inside a quotation are the quoted speaker's words, not
the report's, and are skipped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import pairwise, repeat
from typing import TypeAlias

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Snippet, Span
from claimkit._pipeline import stage
from claimkit.hookspecs import RegisterStage, hookimpl
from claimkit.text import Quotation, quotation_at, quotations, sentence_spans
from claimkit.text._scan import padded_lowercase

from . import _attribution_forms as forms
from . import _attribution_parse as parse
from ._attribution_context import NOT_ADVERBS, Context, Found, Range, lstrip_at, verb_group_start
from ._attribution_lexicon import (
    CUE_VERBS,
    ONLY_BEFORE,
    CueVerb,
    inflect,
    trie_pattern,
    words,
)
from ._attribution_np import ANONYMITY, source_before
from ._attribution_speakers import resolve_speakers
from ._attribution_verbs import BE, plausible_verb
from ._source import in_boilerplate, past_boilerplate


@attrs.frozen
class CueInfo:
    """What the lexicon says about one cue form."""

    kind: str
    frames: frozenset[str]
    particles: tuple[str, ...]
    needs_particle: bool
    only_before: regex.Pattern[str] | None = None


def _cue_table() -> dict[str, CueInfo]:
    rows: dict[str, list[CueVerb]] = {}
    for verb in CUE_VERBS:
        for form in inflect(verb.lemma):
            rows.setdefault(form, []).append(verb)
    table = {}
    for form, verbs in rows.items():
        kinds = [v.kind for v in verbs]
        kind = "speech" if "speech" in kinds else kinds[0]
        particles = tuple(sorted({p for v in verbs for p in v.particles}, key=len, reverse=True))
        before = next((ONLY_BEFORE[v.lemma] for v in verbs if v.lemma in ONLY_BEFORE), None)
        table[form] = CueInfo(kind, frozenset(v.frame for v in verbs), particles,
                              all(v.needs_particle for v in verbs),
                              regex.compile(before, regex.I) if before else None)
    return table


CUES: dict[str, CueInfo] = _cue_table()

# The trigger patterns: "according to" and any cue form, a "Name:" label opening a paragraph,
# and a colon before a quotation.
_ACCORDING = r"(?P<acc>according\s+to|as\s+reported\s+by|reportedly)"
_CUE_FORMS = trie_pattern(sorted(CUES))
# "According to" and the cue-form trie in one pattern, run in the standard library's engine,
# which scans it about twice as fast as ``regex`` (the lookahead lets it skip every position
# but a word's start). A match with the group "acc" is an "according to".
_CUE = re.compile(r"\b(?=[A-Za-z])(?:" + _ACCORDING + "|" + _CUE_FORMS + r")\b", re.I)
# The same without case folding, run on the shared padded lowercase copy of the text
# (:func:`padded_lowercase`, which every trigger pre-filter reads), a third faster: a match
# starts with the character before the word, so the engine skips letters with a quick test;
# a word character there (digit, underscore, letter outside ASCII) means a word's middle.
# Only "ı", which the folding scan takes for "i" and lowercasing keeps, can tell the two
# apart; :func:`_cue_hits` checks for it.
_CUE_LOWER = re.compile(r"[^a-z](?:" + _ACCORDING + "|" + _CUE_FORMS + r")\b")
_LABEL = regex.compile(
    r"(?m-i:^[ \t]*(?P<label>(?:[\p{Lu}][\p{L}.'’\-]*)"
    r"(?:[ \t]+(?:[\p{Lu}][\p{L}.'’\-]*|at|of|on|to|de|al)){0,5})"
    r"[ \t]*:(?=[ \t]+\S))", regex.V0)
_LABEL_COLON = re.compile(r":(?=[ \t]+\S)")
_QCOLON = regex.compile(r":(?<=[\p{L}.)][ \t]*:)(?=[ \t]*(?:[“\"‘]|''))", regex.V0)


def _cue_hits(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, is "according to")`` of every match of :data:`_CUE` in ``text``."""
    if "ı" in text:
        return [(m.start(), m.end(), m.lastgroup == "acc") for m in _CUE.finditer(text)]
    padded = padded_lowercase(text)
    search = _CUE_LOWER.search
    out = []
    pos = 0
    while (m := search(padded, pos)) is not None:
        before = padded[m.start()]
        if before.isalnum() or before == "_":
            # a word's middle: look again from the next character, since what it took may
            # hold a cue of its own ("3as reported": "reported")
            pos = m.start() + 1
            continue
        # offset i of the padded text is offset i - 1 of the text: the word starts at
        # m.start() + 1 there, at m.start() here
        out.append((m.start(), m.end() - 1, m.lastgroup == "acc"))
        pos = m.end()
    return out


def _label_hits(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_LABEL`: tried only at the start of a line holding a colon
    (a label holds none, so the line's first colon ends it)."""
    line = tried = -1
    previous = 0
    for colon in _LABEL_COLON.finditer(text):
        # the line's start, looked for since the previous colon only: linear on a long line
        k = text.rfind("\n", previous, colon.start())
        if k != -1:
            line = k + 1
        elif line == -1:
            line = 0
        previous = colon.start()
        if line != tried:
            tried = line
            m = _LABEL.match(text, line)
            if m is not None:
                yield m


Candidate: TypeAlias = "tuple[str, int, int, regex.Match[str] | None]"


def _candidates(text: str) -> list[Candidate]:
    """Every trigger match in text order, as ``(kind, start, end, match)`` (the match of a
    label or a colon; None for a cue); a match overlapping an earlier one is dropped."""
    # sorted by start, then by kind in this order: "according to", cue, label, colon
    hits: list[tuple[int, int, str, int, regex.Match[str] | None]] = [
        (start, 0, "acc", end, None) if acc else (start, 1, "verb", end, None)
        for start, end, acc in _cue_hits(text)]
    hits += [(m.start(), 2, "label", m.end(), m) for m in _label_hits(text)]
    hits += [(m.start(), 3, "qcolon", m.end(), m) for m in _QCOLON.finditer(text)]
    hits.sort(key=lambda hit: hit[:2])  # (start, order) never ties
    out: list[Candidate] = []
    last_end = -1
    for start, _, kind, end, m in hits:
        if start >= last_end:
            out.append((kind, start, end, m))
            last_end = max(end, start + 1)
    return out


# Labels at the start of a paragraph that announce no speaker.
_NOT_SPEAKERS = words("""
update updated related watch photo photos note source sources read editor correction tags share
advertisement click video also live breaking by from date subject to re posted filed image caption
credit credits comments warning disclaimer contact email phone location where when what why how
who q&a transcript background summary abstract full text copyright topics keywords more see
latest editor’s editor's exclusive opinion analysis poll contributing
""")
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
    matches = _candidates(text)
    verb_ends = [end for kind, _, end, _ in matches if kind == "verb"]
    verb_starts = [start for kind, start, _, _ in matches if kind == "verb"]

    def cue_at(lo: int, hi: int) -> int | None:
        """The start of a coordinated cue ("..., and said", "but added") in ``lo:hi``."""
        i = bisect_left(verb_starts, lo + 1)
        while i < len(verb_starts) and verb_starts[i] < hi:
            c = _COORDINATION.search(text, max(lo, verb_starts[i] - 40), verb_starts[i])
            if c is not None and (c.group("subject")
                                  or _FINITE_CUE.search(text, verb_starts[i], verb_ends[i])):
                # "..., and he said"; "and said" / "and criticized", not "jobs and support"
                return int(c.start())
            i += 1
        return None

    found: list[Found] = []
    last_in_sentence: dict[int, Found] = {}
    for kind, start, end, m in matches:
        if m is not None:
            if kind == "label":
                f = _label(ctx, m)
            else:
                f = None if ctx.sentence(start)[0] in last_in_sentence else _quote_colon(ctx, m)
        elif found and found[-1].cue[0] <= start < found[-1].cue[1]:
            continue  # part of the cue just read ("was quoted as saying")
        else:
            q = ctx.quote_at(start)
            if q is not None and q.inner_start <= start < q.inner_end:
                continue
            ss, se = ctx.sentence(start)
            if kind == "acc":
                hedge = text[start:end].lower() == "reportedly"
                read = forms.reportedly if hedge else forms.according_to
                f = read(ctx, ss, se, start, end)
            else:
                f = _verb(ctx, start, end, ss, se, last_in_sentence.get(ss), cue_at)
                if f is not None:
                    f = _past_earlier_cue(text, f, last_in_sentence.get(ss))
        if f is not None:
            found.append(f)
            last_in_sentence[ctx.sentence(f.cue[0])[0]] = f
    out = [f for f in map(_cut_own_cue, repeat(text), _share_contents(text, found)) if f is not None]
    return _drop_weak_nested(text, out)


_THAT = regex.compile(r"[\s.,;:]*(?:that\s+)?")


def _past_earlier_cue(text: str, f: Found, earlier: Found | None) -> Found:
    """``f`` with a source that ran back over an earlier attribution's source and cue in its
    sentence cut to what follows that cue: in "X said the kidnappers had called and
    demanded", the kidnappers demanded, not "X said the kidnappers"."""
    if (earlier is None or f.source is None or earlier.source is None
            or earlier.source[0] != f.source[0] or not earlier.cue[1] <= f.source[1]):
        return f  # (a cue inside an appositive, "Roe, who voted for Gale, said", stays)
    start = _THAT.match(text, earlier.cue[1], f.source[1]).end()
    if start >= f.source[1]:
        return attrs.evolve(f, source=None)
    return attrs.evolve(f, source=(start, f.source[1]))


_NESTED_PRONOUNS = words("he she they it we i who which that")


def _weak_when_nested(text: str, f: Found) -> bool:
    """Whether ``f`` is the kind of attribution that, inside another one's content, is seldom a
    report's own: no source (indirect), or a cue that reports a belief, evidence, or speech that
    takes no clause (a noun phrase or a hearer: "X said voters believe T", "X said the mayor
    criticized the plan"). Speech with a clause stays ("X said he told reporters T": nearly
    half of those are annotated), and so does a cue set off by commas ("T1, he said, T2")."""
    if f.source is None:
        return f.mode == "indirect"
    if _PARENTHETICAL.match(text, f.cue[1]) and _SET_OFF.search(text, max(0, f.source[0] - 3), f.source[0]):
        return False  # "T1, he said, T2" / "..., they said.": set off by commas, the report's own
    word = _LAST_CUE_WORD.search(text, f.cue[0], f.cue[1])
    info = CUES.get(word.group().lower()) if word is not None else None
    speech_with_clause = info is not None and info.kind == "speech" and "clause" in info.frames
    if text[f.source[0]:f.source[1]].lower() in _NESTED_PRONOUNS:
        return not speech_with_clause  # a pronoun and a phrase cue ("he said in a statement")
    return info is not None and not speech_with_clause


_LAST_CUE_WORD = regex.compile(r"(?r)[\p{L}]+")
_PARENTHETICAL = regex.compile(r"\s*[,.]")
_SET_OFF = regex.compile(r",\s*$")


def _drop_weak_nested(text: str, found: list[Found]) -> list[Found]:
    """``found`` without the weak attributions (:func:`_weak_when_nested`) inside another one's
    content ("X said he believes T"): the outer speaker already reports T, and on the PolNeAR
    dev split only one in four or five such inner cues is annotated.
    Only the few contents starting last before the cue are looked at, so this stays linear."""
    spans = sorted((f.content[0][0], max(e for _, e in f.content), i) for i, f in enumerate(found))
    starts = [s for s, _, _ in spans]
    keep = []
    for i, f in enumerate(found):
        k = bisect_right(starts, f.cue[0])
        # nested first (a look at a few spans), then weak (several patterns), as most are not
        if any(idx != i and s <= f.cue[0] and f.cue[1] <= e
               for s, e, idx in spans[max(0, k - 8):k]) and _weak_when_nested(text, f):
            continue
        keep.append(f)
    return keep


_LEADING_PREPOSITION = regex.compile(r"(?:about(?!\s+\d)|of|on|for)\s+(?=\S)", regex.I)
_LEADING_LETTERS = frozenset("aofAOF")  # the first letters :data:`_LEADING_PREPOSITION` may start with
_QUOTE_THEN_COMMA = regex.compile(r"[”\"]|''")


def _end_after_last_quote(text: str, f: Found) -> Found:
    """A partly quoted content that runs on past a quote closed by a comma ("X called it
    a 'disgrace,' prompting ...") ends with that quote."""
    s0, e0 = f.content[0]
    for m in _QUOTE_THEN_COMMA.finditer(text, s0, e0):
        q = quotation_at(text, m.start())
        if q is not None and q.end == m.end() and text[m.start() - 1:m.start()] in (",", ".") \
                and q.start > s0 and m.end() < e0:
            return attrs.evolve(f, content=((s0, m.end()),))
    return f


_DISCOURSE_TAIL = regex.compile(
    r"(?r),\s*(?:however|meanwhile|for\s+example|for\s+instance|for\s+one|for\s+(?:his|her|its|their)"
    r"\s+part|too|though|in\s+turn|instead|in\s+fact|in\s+contrast|by\s+contrast|likewise|also|"
    r"similarly|in\s+response|at\s+the\s+time|then|now|later)\s*$", regex.I)
_CONTRACTION = regex.compile(r"(?r)['’](?:ve|s|re|d|ll|m)$", regex.I)


def _cut_own_cue(text: str, f: Found) -> Found | None:
    """``f`` with every content piece that runs over its own cue cut before it (a content
    never holds its own cue, whatever a reading above did); None when nothing is left."""
    if f.source is not None:
        s0, s1 = f.source
        # (each pattern only where its mark is there: an apostrophe near the end, a comma)
        tail = text[max(s0, s1 - 4):s1]
        m = _CONTRACTION.search(text, s0, s1) if "'" in tail or "’" in tail else None
        if m is not None and m.start() > s0:
            s1 = m.start()  # "they’ve said": "they"
        m = _DISCOURSE_TAIL.search(text, s0, s1) if text.find(",", s0, s1) != -1 else None
        if m is not None and m.start() > s0:
            s1 = m.start()  # "Roe, however, said": "Roe"
        if s1 != f.source[1]:
            f = attrs.evolve(f, source=(s0, s1))
    first = f.content[0]
    lead = None
    if text[first[0]:first[0] + 1] in _LEADING_LETTERS:
        lead = _LEADING_PREPOSITION.match(text, first[0], first[1])
    if lead is not None and first[0] >= f.cue[1] and lead.end() < first[1]:
        # "opined on T", "wondered about T": the preposition belongs to the cue's phrase
        f = attrs.evolve(f, content=((lead.end(), first[1]), *f.content[1:]))
    if f.mode == "mixed" and len(f.content) == 1:
        f = _end_after_last_quote(text, f)
    cs, ce = f.cue
    if not any(s < ce and cs < e for s, e in f.content):
        return f
    pieces = []
    for s, e in f.content:
        if s < ce and cs < e:
            e = cs
            while e > s and text[e - 1] in " ,\t\n":
                e -= 1
        if e > s:
            pieces.append((s, e))
    return attrs.evolve(f, content=tuple(pieces)) if pieces else None


# A sentence end before a quote opened with two apostrophes (''Like this,'' in wire copy),
# which claimkit.text does not split at.
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


def _share_contents(text: str, found: list[Found]) -> list[Found]:
    """``X said T, S told reporters``: both report T. The first reading runs T on over the
    second speaker and the second takes "X said T" for its content; both become T."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if b.source is None or len(a.content) != 1 or len(b.content) != 1:
            continue
        (cs, ce), (bs, _) = a.content[0], b.content[0]
        if cs < b.source[0] < ce and bs <= a.cue[0] and b.cue[0] < ce:
            end = b.source[0]
            while end > cs and text[end - 1] in " ,\t":
                end -= 1
            if end > cs:
                found[i] = attrs.evolve(a, content=((cs, end),))
                found[i + 1] = attrs.evolve(b, content=((cs, end),), mode=a.mode)
    return found


_COORDINATION = regex.compile(
    r"(?r),?\s+(?:and|but)\s+(?:(?P<subject>he|she|they|we|I)\s+)?(?:(?:also|then|later|now|again|has|"
    r"have|had|would|will)\s+)*$")
_FINITE_CUE = regex.compile(r"(?:ed|said|told|wrote|thought|knew|saw|felt|spoke|says|tells|writes)$", regex.I)


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
    colon = ctx.text.index(":", name[1])
    pe = ctx.text.find("\n", colon)
    return forms.transcript(ctx, m.start(), len(ctx.text) if pe == -1 else pe, name, colon)


def _quote_colon(ctx: Context, m: regex.Match[str]) -> Found | None:
    """``Name: "quote"`` inside a paragraph."""
    text = ctx.text
    colon = text.index(":", m.start())
    ss, _ = ctx.sentence(m.start())
    word = _LAST_WORD.search(text, max(ss, colon - 30), colon)
    if word is None or word.group(1).lower() in CUES:
        return None
    src = source_before(text, ss, colon)
    if src is None or not text[src[0]].isupper():
        return None
    q = ctx.quote_starting(lstrip_at(text, colon + 1, len(text)))
    if q is None:
        return None
    return Found(src, (colon, colon + 1), ((q.inner_start, q.inner_end),), "direct")


_LAST_WORD = regex.compile(r"(?r)([\p{L}']+)\s*$")


_SEEM = words("seem seems seemed appear appears appeared")
_APPEAR_STATE = regex.compile(
    r"\s+(?!(?:on|at|in|before|with|alongside|together|onstage|as|for|during|live|the|a|an|his|her|"
    r"their|its|and|or|but)\b)[a-z]+\b")


def _verb(ctx: Context, vs: int, ve: int, ss: int, se: int, earlier: Found | None,
          cue_at: Callable[[int, int], int | None]) -> Found | None:
    text = ctx.text
    word = text[vs:ve]
    low = word.lower()
    info = CUES.get(low)
    if info is None:
        return None
    if low in _REQUESTS and (anonymity := ANONYMITY.match(text, ve, se)) is not None:
        # "who asked not to be named": the request is all the content, however the sentence
        # goes on ("... told Reuters T" is the main report); "was asked to comment" is not one
        cs = verb_group_start(text, vs, ss)
        if not any(w in BE for w in text[cs:vs].lower().split()):
            content = (lstrip_at(text, ve, se), anonymity.end())
            return Found(source_before(text, ss, cs), (cs, ve), (content,), "indirect")
    if info.only_before is not None:
        needed = info.only_before.match(text, ve, se)
        if needed is None:
            return None
        if "cue" in needed.re.groupindex and needed.start("cue") >= 0:
            ve = needed.end("cue")
    # particles that belong to the cue ("called for", "pointed out")
    pm = _PARTICLE.match(text, ve, se)
    if pm and info.particles and pm.group(1).lower().endswith("ly"):
        # "spoke passionately about": an adverb between the verb and its particle
        adverbed = _PARTICLE.match(text, pm.end(), se)
        if adverbed and adverbed.group(1).lower() in info.particles:
            pm = adverbed
    if pm and pm.group(1).lower() == "on" and _DAY_AFTER.match(text, pm.end(), se):
        pm = None  # "called on Tuesday": a time, not "called on" someone
    if pm and pm.group(1).lower() in info.particles:
        ve = pm.end()
    elif info.needs_particle or (pm and pm.group(1).lower() in _OTHER_PARTICLES
                                 and not text.startswith(" up to ", ve)):
        return None  # "called off the deal", "showed up": a phrasal verb that reports nothing
    elif low in ("said", "says") and text.startswith(" in a statement", ve):
        ve += len(" in a statement")
    else:
        platform = _ON_PLATFORM.match(text, ve, se)
        if platform is not None:
            ve = platform.end()  # "wrote on Twitter": the medium belongs to the cue
        else:
            tail = _CUE_TAIL.match(text, ve, se)
            if tail is not None and tail.group(1).lower() not in NOT_ADVERBS:
                ve = tail.end()  # "said sarcastically", "warned against": part of the cue
    cs = verb_group_start(text, vs, ss)
    went_on = _WENT_ON.search(text, max(ss, vs - 30), vs)
    if went_on is not None:
        cs = verb_group_start(text, went_on.start(), ss)  # "went on to say": one cue
    elif not plausible_verb(text, ss, cs, vs, word):
        return None
    group = text[cs:vs].lower().split()
    if low == "saying" and cs == vs:
        issued = _ISSUED.search(text, max(ss, vs - 90), vs)
        if issued is not None:
            # "The party issued a statement saying T": the statement is the cue
            found = parse.verb_cue(ctx, ss, se, issued.start(), ve, "clause", False, earlier, cue_at)
            return found if found is not None and found.source is not None else None
    if low in _SEEM:
        # "seems T", "appears to T", "appeared paralyzed"; not "appeared on television"
        raising = (low.startswith("seem") or text.startswith(" to ", ve)
                   or bool(_APPEAR_STATE.match(text, ve, se)))
        return forms.passive(ctx, ss, se, cs, ve) if raising else None
    if any(w in BE for w in group) and (low.endswith(("ed", "en")) or low in _PARTICIPLES):
        if _ASKED_TO_BE.search(text, max(ss, vs - 40), vs):
            return None  # "asked not to be identified": the request, read at its own cue
        return forms.passive(ctx, ss, se, cs, ve)
    frame = "object" if "object" in info.frames else ("clause" if "clause" in info.frames else "np")
    participle = low.endswith("ing") and not any(w in BE for w in group)  # not "is saying"
    found = parse.verb_cue(ctx, ss, se, cs, ve, frame, participle, earlier, cue_at)
    if found is None or (found.source is None and info.kind != "speech"):
        return None
    if found.source is not None and text[found.source[0]:found.source[1]].lower() in _WEAK_SOURCES:
        return None  # "you know", "you say": a quoted speaker addressing someone, not a report
    return found


_WEAK_SOURCES = words("you")
_REQUESTS = words("asked asking asks requested requesting declined declines decline declining")
_ASKED_TO_BE = regex.compile(r"(?r)\b(?:ask|request|declin)\w*\s+(?:not\s+)?to\s+be\s+$", regex.I)
_PARTICIPLES = words("said told written thought known seen felt found read shown sought understood")


_DAY_AFTER = regex.compile(
    r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d|\d)")
_WENT_ON = regex.compile(r"(?r)\b(?:went|goes|go|going|gone)\s+on\s+to\s+$", regex.I)
_CUE_TAIL = regex.compile(r"\s+(against|upon|[a-z]{3,}ly)\b")
_ON_PLATFORM = regex.compile(r"\s+on\s+(?:Twitter|Facebook|Instagram|Telegram)\b")
_ISSUED = regex.compile(
    r"(?r)\b(?:issued|released|sent(?:\s+out)?|put\s+out|posted)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|email|release|message|letter|memo|video|ad)(?:\s+[\w-]+){0,3}?\s+$", regex.I)
_OTHER_PARTICLES = words("off up down away apart around")
# A dateline opening a paragraph of a digest: a place in capitals, maybe a date, and a dash.
_PARAGRAPH_DATELINE = regex.compile(
    r"[\p{Lu}][\p{Lu}\p{M} .'’-]{2,30}(?:,[^\n,–—-]{1,40}){0,2}\s+[-–—]+\s+(?=\S)")


def _after_dateline(text: str, piece: Range) -> Range:
    """A content piece that starts in a dateline or other boilerplate starts after it:
    "KYIV, May 2 (Agency) - Troops withdrew, police said" reports "Troops withdrew"."""
    s, e = piece
    start = past_boilerplate(text, s)
    if start == s and (s == 0 or text[s - 1] == "\n") and (line := _PARAGRAPH_DATELINE.match(text, s, e)):
        start = line.end()  # "MAPUTO - Insurgents killed four people, an official said" in a digest
    if start == s or start >= e:
        return piece
    while start < e and text[start] in " \t-–—:":
        start += 1
    return (start, e) if start < e else piece


def attributions_of(doc: Document) -> tuple[Attribution, ...]:
    """The attributions of ``doc``'s text as value types, speakers resolved."""
    text = doc.text
    found = find_attributions(text)
    speakers = resolve_speakers(text, [f.source for f in found])
    out: list[Attribution] = []
    for f, speaker in zip(found, speakers, strict=True):
        first = _after_dateline(text, f.content[0])
        content = Snippet(text[first[0]:first[1]], Span(*first))
        parts = (Span(*first), *(Span(*p) for p in f.content[1:])) if len(f.content) > 1 else ()
        out.append(Attribution(speaker, Snippet(text[f.cue[0]:f.cue[1]], Span(*f.cue)), content,
                               f.mode, parts))
    return tuple(out)


@stage("attribution", provides="attributions", after="source")
def attribution_stage(doc: Document) -> Document:
    """Add every attribution found in the text to ``doc``, except in boilerplate: a feed footer
    repeating the headline ("The post X Says ... appeared first on ...") is nobody's statement."""
    text = doc.text
    return doc.add_attributions(
        a for a in attributions_of(doc)
        if not in_boilerplate(text, a.cue.span)
        and not (a.source is not None and in_boilerplate(text, a.source.span)))


@hookimpl
def claimkit_register_stages(register: RegisterStage) -> None:
    register(attribution_stage)
