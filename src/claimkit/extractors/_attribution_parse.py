"""From a cue to a whole attribution: where its source and its content are, and its mode.

The shapes read here (S = source, C = cue, Q = quote, T = content):

* postposed  ``"Q," S C.`` / ``T, C S.`` / ``"Q," S C. "Q2."`` (a quote broken by its cue runs on)
* parenthetical ``T1, S C, T2.``
* preposed   ``S C (that) T.`` / ``S C: "Q"`` / ``S C hearer (that) T`` for tell-type cues
* participle ``S did something, adding (that) T.`` (the source is the clause's subject)

The shapes without a reporting verb's frame (``According to S, T``, the passive and raising
``T1 is expected / seems C to T2``, the transcript label ``NAME: T``) are read in
:mod:`._attribution_forms`.

Each function receives the text, offsets and a :class:`Context` and returns a :class:`Found`
(offsets only) or None.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import attrs
import regex

from claimkit.text import Quotation

from ._attribution_lexicon import AUXILIARIES, words
from ._attribution_np import clause_subject, hearer_end, source_after, source_before

Range = tuple[int, int]


@attrs.frozen
class Found:
    """An attribution as offsets: source (or None), cue, content pieces (in order), mode."""

    source: Range | None
    cue: Range
    content: tuple[Range, ...]
    mode: str


@attrs.frozen
class Context:
    """What every cue's analysis needs about the document, computed once per text."""

    text: str
    sentences: tuple[Range, ...]
    sentence_starts: tuple[int, ...]
    quotes: tuple[Quotation, ...]
    quote_starts: tuple[int, ...]
    # the sentences without their trailing space, computed once
    stripped: tuple[Range, ...] = attrs.field(init=False)

    @stripped.default
    def _strip_sentences(self) -> tuple[Range, ...]:
        return tuple((s, rstrip_at(self.text, s, e)) for s, e in self.sentences)

    def sentence(self, offset: int) -> Range:
        """The sentence holding ``offset`` (without its trailing space)."""
        i = bisect_right(self.sentence_starts, offset) - 1
        return self.stripped[i if i > 0 else 0]

    def next_sentence(self, offset: int) -> Range | None:
        i = bisect_right(self.sentence_starts, offset)
        if i >= len(self.sentences):
            return None
        return self.stripped[i]

    def quote_at(self, offset: int) -> Quotation | None:
        """The quotation whose marks enclose ``offset``."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
        return None

    def quote_starting(self, offset: int) -> Quotation | None:
        """The quotation whose opening mark is at ``offset``."""
        i = bisect_right(self.quote_starts, offset) - 1
        if i >= 0 and self.quotes[i].start == offset:
            return self.quotes[i]
        return None

    def quote_ending(self, offset: int) -> Quotation | None:
        """The quotation whose closing mark ends at ``offset``."""
        i = bisect_right(self.quote_starts, offset - 1) - 1
        if i >= 0 and self.quotes[i].end == offset:
            return self.quotes[i]
        return None


def rstrip_at(text: str, s: int, e: int) -> int:
    """``e`` moved left over whitespace, not past ``s``."""
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def lstrip_at(text: str, s: int, e: int) -> int:
    """``s`` moved right over whitespace, not past ``e``."""
    while s < e and text[s].isspace():
        s += 1
    return s


_END_PUNCT = ".!?;:,"
_CLOSING = "\"”’'»"


def trim_end(text: str, s: int, e: int) -> int:
    """``e`` moved left over trailing space and sentence punctuation (quote marks stay)."""
    while e > s and (text[e - 1].isspace() or text[e - 1] in _END_PUNCT):
        e -= 1
    return e


# What may close a content before a postposed cue: a comma, ? or ! (with closing quotes),
# closing quote marks alone, or a dash.
_POST_CLOSE = regex.compile(r"(?r)(?:[,?!…]\s*[\"”’'»]*|[\"”»]|'')\s*$|\s[—–]\s*$|\s--\s*$")
_PARTICIPLE_CUT = regex.compile(
    r",\s+(?:adding|saying|noting|arguing|explaining|calling|insisting|claiming|warning|stressing|"
    r"citing|referring|according\s+to|while\s+also|telling|asking|urging|accusing|describing|"
    r"recalling|alluding|pointing|prompting|compared\s+with|compared\s+to)\b|;")
_ADVERBIAL = regex.compile(
    r"""\s*(?:,\s*)?(?:(?:in|during)\s+(?:a|an|his|her|their|its|the|one)\s+(?:[\w-]+\s+){0,2}?
    (?:statement|interview|email|e-mail|speech|post|tweet|letter|video|release|op-ed|memo|
    appearance|address|conversation|call|message|note|briefing|conference)
    (?:\s+(?:with|on|to|from)\s+(?:[\p{Lu}][\p{L}'’.&\-]*|the|of)(?:\s+(?:[\p{Lu}][\p{L}'’.&\-]*|of|the|'s|’s)){0,5})?
    |on\s+(?:Twitter|Facebook|Instagram|Telegram|X|television|TV|radio)
    |(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?
    |(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|yesterday|today|recently|later
    |(?:in|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3})
    \s*,?""", regex.X)


# The longest unquoted statement read after "X said:" closing a paragraph.
MAX_STATEMENT = 1000


def _skip_adverbials(text: str, pos: int, se: int) -> int:
    """``pos`` moved past up to three adverbials ("in a statement", "in Kabul", "on Sunday")."""
    for _ in range(3):
        am = _ADVERBIAL.match(text, pos, se)
        if am is None or am.end() == pos:
            break
        pos = am.end()
    return pos


def _quote_content(ctx: Context, q: Quotation) -> Range:
    return q.inner_start, q.inner_end


def _continuation(ctx: Context, pos: int, se: int) -> Quotation | None:
    """A quotation that carries on the words of a speaker whose cue clause ends at ``pos``
    in the sentence ending at ``se``: one opening right after a comma there, or opening the
    next sentence (in the same paragraph, or the next paragraph when that paragraph is the
    quote alone, with no cue of its own)."""
    text = ctx.text
    n = len(text)
    j = lstrip_at(text, pos, se)
    if j < se and text[j] == ",":
        q = ctx.quote_starting(lstrip_at(text, j + 1, se))
        if q is not None:
            return q
    j = se
    while j < n and text[j] in " \t.\u00a0":
        j += 1
    newline = j < n and text[j] == "\n"
    while j < n and text[j] in " \t\n\u00a0":
        j += 1
    q = ctx.quote_starting(j)
    if q is None or not newline:
        return q
    # a quote in the next paragraph continues only when nothing attributes it anew
    after = lstrip_at(text, q.end, n)
    if after < n and text[after] not in "\n":
        return None
    return q


def _quote_after_punct(ctx: Context, pos: int, se: int) -> bool:
    """Whether a comma or colon and then a quotation follow ``pos``."""
    text = ctx.text
    j = lstrip_at(text, pos, se)
    return j < se and text[j] in ",:" and ctx.quote_starting(lstrip_at(text, j + 1, se)) is not None


def _fronted_cue(ctx: Context, ce: int, se: int) -> tuple[Range, Range] | None:
    """``Said Jane Roe: "Q"`` (a cue opening its sentence): the source after the cue and the
    quotation after the colon or comma, or None."""
    text = ctx.text
    src = source_after(text, ce, se)
    if src is None:
        return None
    j = lstrip_at(text, src[1], se)
    if j >= se or text[j] not in ":,":
        return None
    q = ctx.quote_starting(lstrip_at(text, j + 1, min(len(text), se + 3)))
    return (src, (q.inner_start, q.inner_end)) if q is not None else None


def _statement_follows(ctx: Context, pos: int, se: int) -> bool:
    """Whether the cue ending at ``pos`` opens a statement of its own: a colon, or a comma
    and a quotation ("In a statement, Roe said: ..." reads forwards, not backwards)."""
    text = ctx.text
    j = lstrip_at(text, pos, se)
    if j < se and text[j] == ":":
        return True
    if not _quote_after_punct(ctx, pos, se):
        return False
    q = ctx.quote_starting(lstrip_at(text, j + 1, se))
    # a lowercase quote carries on the sentence broken by the cue ('Instead, she said, "it...')
    return q is not None and text[q.inner_start:q.inner_start + 1].isupper()


def _complement_follows(text: str, pos: int, se: int) -> bool:
    """Whether a cue at ``pos`` goes on to a content of its own (":", a quote, "that")."""
    j = lstrip_at(text, pos, se)
    if j >= se:
        return False
    return text[j] in ":“\"" or text.startswith(("''", "that "), j)


_SUBORDINATORS = words("""
as if when while because although though after before since whether until unless once where
""")
_RELATIVES = words("who which that whom")


def _word_before(text: str, pos: int, lo: int) -> str:
    m = _LAST_WORD.search(text, max(lo, pos - 30), pos)
    return m.group(1).lower() if m else ""


_LAST_WORD = regex.compile(r"(?r)([\p{L}']+)[\s,]*$")


_COMMA_QUOTE_BEFORE = regex.compile(r"(?r),(?:[”\"’]|'')\s+$")  # 'a "bad earpiece," claiming'
# Words before an -ing cue that hang it on the clause's subject ("..., while arguing that").
PARTICIPLE_LINKS = words("while before after by when without since")


def verb_cue(ctx: Context, ss: int, se: int, cs: int, ce: int, frame: str, participle_form: bool,
             earlier: Found | None, cue_at: Callable[[int, int], int | None]) -> Found | None:
    """Read the attribution a reporting verb (its group ``cs:ce``) introduces.

    ``cue_at(lo, hi)`` gives the start of the first other cue in ``text[lo:hi]`` that carries
    on the same subject ("..., and said"), where a content stops.
    """
    text = ctx.text
    prev = text[max(ss, cs - 2):cs]
    prev_word = _word_before(text, cs, ss)
    src: Range | None
    after_comma = prev in (", ", ",\u00a0") or bool(_COMMA_QUOTE_BEFORE.search(text, max(ss, cs - 6), cs))
    if participle_form and (after_comma or prev_word in PARTICIPLE_LINKS):
        src = earlier.source if earlier is not None and earlier.source is not None else clause_subject(
            text, ss, cs)
        if src is None and prev.startswith(","):
            # "Mr. Roe, recalling the war, said": the words before the comma are the subject
            np = source_before(text, ss, cs - 2)
            if np is not None and np[0] == lstrip_at(text, ss, cs):
                src = np
        found = preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
        if found is not None and prev_word in _SUBORDINATORS:
            found = _clip_subordinate(ctx, found)
        return found
    if (after_comma and earlier is not None and earlier.source is not None and earlier.cue[1] <= cs
            and earlier.source[0] == lstrip_at(text, ss, cs)):
        comma = rstrip_at(text, ss, cs) - 1
        if earlier.content[-1][1] in (comma, comma - 1) and earlier.content[-1][0] > earlier.cue[1]:
            # "Roe slams the plan, praises the army": a second verb of the same subject
            return preposed(ctx, ss, se, cs, ce, frame, earlier.source, cue_at)
    if prev_word == "then" or (prev_word in ("and", "but")
                               and not text[max(ss, cs - 8):cs].rstrip().endswith(",")):
        subj = clause_subject(text, ss, cs)
        src = earlier.source if earlier is not None and earlier.cue[1] <= cs else subj
        return preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
    src = source_before(text, ss, cs)
    if src is None and lstrip_at(text, ss, cs) == cs:
        fronted = _fronted_cue(ctx, ce, se)
        if fronted is not None:
            return Found(fronted[0], (cs, ce), (fronted[1],), "direct")
    after = ce
    inverted = False
    if frame == "object":
        after = hearer_end(text, ce, se)
    left = src[0] if src else cs
    close = _content_close(ctx, ss, left)
    if close is not None and frame in ("clause", "object"):
        if src is None:
            src = source_after(text, after, se)
            if src is None and after > ce and _ends_clause(ctx, after, se):
                src = source_after(text, ce, se)  # '"Q," warned Roe.': no hearer, an inverted subject
            unquoted = close[1] <= close[0] and text[close[0]] not in _CLOSING
            if src is not None and unquoted and _clause_not_subject(text, src):
                src = None  # "..., said his men were not there": a clause, no inverted subject
            if src is None:
                # "Peter Cook, the secretary, told ...": the words before the comma are the
                # subject with its appositive, not a content
                subj = clause_subject(text, ss, ce) or _set_off_subject(text, ss, cs)
                if subj is None or subj[1] > cs or not _followed_by_content(text, ce, se):
                    return None
                return preposed(ctx, ss, se, cs, ce, frame, subj, cue_at)
            after = src[1]
            inverted = True
        after = _skip_adverbials(text, after, se)
        quoted = close[1] > close[0] or text[close[0]] in _CLOSING
        if (quoted and text[close[0]] in "?!…" and _quote_after_punct(ctx, after, se)) or (
                not quoted and not inverted and _statement_follows(ctx, after, se)):
            # '“... ?” He answered, “No.”': the first quote ended a sentence; the cue
            # introduces the second
            return preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
        k = rstrip_at(text, ce, after)
        comma_after = k > ce and text[k - 1] == ","  # "said on Thursday, raising ...": an adverbial's comma
        if (_ends_clause(ctx, after, se) or comma_after
                or (quoted and (inverted or not _complement_follows(text, after, se)))):
            return _postposed(ctx, ss, se, src, cs, ce, close, after)
        if inverted:
            return None
    if src is None and text[max(ss, cs - 1):cs] not in ("", " ") and prev_word in _RELATIVES:
        return None
    found = preposed(ctx, ss, se, cs, ce, frame, src, cue_at)
    relative = src is not None and text[src[0]:src[1]].lower() in _RELATIVES
    # "Asked whether T, Roe said ...", "Noting T, Roe added ...": a participle clause opening the sentence
    opening_participle = (src is None and cs == lstrip_at(text, ss, cs)
                          and text[cs:ce].split()[0].endswith(("ed", "ing")))
    if found is not None and (prev_word in _SUBORDINATORS or relative or opening_participle):
        found = _clip_subordinate(ctx, found)
    return found


_CONTENT_START = regex.compile(r"\s*(?:[:“\"]|''|that\b|\p{Ll}|\p{Lu}|\d)")


_SET_OFF_STOP = regex.compile(r"[“\";:]|''|\b(?:is|are|was|were|has|have|had|will|would|did)\b")


def _set_off_subject(text: str, ss: int, cs: int) -> Range | None:
    """``Name — a teacher — says`` / ``Name, R-NY, says``: the words from the clause's start
    to the comma or dash before the cue, when they hold no verb or quote."""
    end = cs
    while end > ss and text[end - 1] in " ,—–\t":
        end -= 1
    start = ss
    intro = text.find(", ", ss, end)
    if text[ss:ss + 3].lower() in ("in ", "on ", "at ", "whi", "aft", "as ", "whe") and intro > ss:
        start = intro + 2  # past an introductory phrase
    start = lstrip_at(text, start, end)
    if end - start > 160 or end <= start or _SET_OFF_STOP.search(text, start, end):
        return None
    if not (text[start].isupper() or text.startswith(("the ", "a ", "an ", "her ", "his ", "their "), start)):
        return None
    return start, end


def _clause_not_subject(text: str, src: Range) -> bool:
    """Whether words read as an inverted subject ("..., said the plan was fine") are a clause:
    a finite verb before their first comma."""
    comma = text.find(",", src[0], src[1])
    stop = src[1] if comma == -1 else comma
    return bool(_VERBS_IN.search(text, src[0], stop))


def _followed_by_content(text: str, ce: int, se: int) -> bool:
    """Whether the cue ending at ``ce`` goes on with words of its own (not a full stop)."""
    return bool(_CONTENT_START.match(text, ce, se))


def _clip_subordinate(ctx: Context, found: Found) -> Found:
    """A content inside a subordinate or relative clause ends at the clause's comma."""
    s, e = found.content[-1]
    comma = _COMMA.search(ctx.text, s, e)
    while comma is not None and ctx.quote_at(comma.start()) is not None:
        comma = _COMMA.search(ctx.text, comma.end(), e)
    if comma is None or comma.start() <= s:
        return found
    return attrs.evolve(found, content=(*found.content[:-1], (s, comma.start())))


_COMMA = regex.compile(r",(?!\d)")  # not the comma of "10,000"


def _content_close(ctx: Context, ss: int, left: int) -> tuple[int, int] | None:
    """Where a content ends right before ``left`` (a comma, ? or !, or a closing quote mark):
    ``(where the content stops, where the closing quote marks end)``, or None. May reach back
    over a sentence break the splitter put after a closing ``?"``, not over a paragraph break."""
    text = ctx.text
    lo = max(0, left - 8)
    if "\n" in text[lo:left]:
        lo = text.rindex("\n", lo, left) + 1
    m = _POST_CLOSE.search(text, lo, left)
    if not m:
        return None
    if m.start() < ss and text[m.start()] not in "?!\"”'»’":
        return None
    marks = m.group().rstrip()
    last = max(marks.rfind(c) for c in _CLOSING)
    return m.start(), (m.start() + last + 1) if last >= 0 else m.start()


def _ends_clause(ctx: Context, pos: int, se: int) -> bool:
    """Whether nothing of a content follows ``pos``: the sentence ends, or a comma comes."""
    text = ctx.text
    j = lstrip_at(text, pos, se)
    if j >= se:
        return True
    return text[j] in ",.;!?:—–)" or text.startswith("--", j)


def _postposed(ctx: Context, ss: int, se: int, src: Range, cs: int, ce: int,
               close: tuple[int, int], after: int) -> Found | None:
    """``"Q," S C`` / ``T, S C`` / ``"Q," C S``: the content comes before the cue."""
    text = ctx.text
    stop, qend = close
    q = ctx.quote_ending(qend) if qend > stop or text[stop] in _CLOSING else None
    if q is None and text[stop] in _CLOSING:
        q = ctx.quote_ending(_quote_end(text, stop))
    parts: list[Range] = []
    if q is not None:
        lead = lstrip_at(text, ss, stop)
        if lead < q.start and q.start >= ss and "\n" not in text[lead:q.start]:
            parts.append((lead, stop))  # 'America needs leaders "who ...," she said'
            mode = "mixed"
        else:
            parts.append((q.inner_start, q.inner_end))
            mode = "direct"
    else:
        start = lstrip_at(text, ss, stop)
        if start >= stop:
            return None
        parts.append((start, stop))
        mode = "mixed" if has_quote(text, start, stop) else "indirect"
    # what follows the cue clause: a quote that runs on, or the rest of a broken sentence
    rest = lstrip_at(text, after, se)
    if mode == "direct":
        q2 = _continuation(ctx, after, se)
    else:
        # 'As for T1, she said, "T2"': the sentence goes on in a quote after the cue
        q2 = ctx.quote_starting(lstrip_at(text, rest + 1, se)) if rest < se and text[rest] == "," else None
    if q2 is not None and q2.start > parts[-1][1]:
        parts.append((q2.inner_start, q2.inner_end))
    elif rest < se and text[rest] == ",":
        nxt = lstrip_at(text, rest + 1, se)
        if nxt < se and _starts_clause(text, nxt) and ctx.quote_starting(nxt) is None:
            end = trim_end(text, nxt, se)
            if end > nxt:
                parts.append((nxt, end))
    return Found(src, (cs, ce), tuple(parts), mode)


def _quote_end(text: str, close: int) -> int:
    """The offset after the run of closing marks starting at ``close``."""
    j = close
    while j < len(text) and text[j] in _CLOSING:
        j += 1
    return j


# Any word may open the clause (a lowercase one too: "..., he said, critics were wrong");
# :data:`_NOT_CLAUSE` and -ing forms are what rule one out.
_CLAUSE_START = regex.compile(r"(?:[\p{L}][\p{L}'’]*|\d)\b", regex.I)
_NOT_CLAUSE = words("in on at during after before when while as without with by for to from "
                    "though although because but and or so yet which who")


def _starts_clause(text: str, pos: int) -> bool:
    """Whether the words at ``pos`` open a clause (a subject) rather than a phrase tacked on
    to the cue ("..., he said, it may not bother" vs "..., he said, repeating a line")."""
    m = _CLAUSE_START.match(text, pos)
    if not m:
        return False
    word = m.group().lower()
    return word not in _NOT_CLAUSE and not word.endswith("ing")


_TO_VERB = regex.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]")


def preposed(ctx: Context, ss: int, se: int, cs: int, ce: int, frame: str,
             src: Range | None, cue_at: Callable[[int, int], int | None] | None = None) -> Found | None:
    """``S C (that) T`` / ``S C: "Q"`` / ``S told hearer T``: the content follows the cue."""
    text = ctx.text
    j = ce
    if frame == "object":
        j = hearer_end(text, ce, se)
        if j > ce and _TO_VERB.match(text, j, se):
            j = ce  # "urged her to leave": the hearer and the infinitive are the content
    am = _ADVERBIAL.match(text, j, se)
    if am:
        j = am.end()
    j = _complement_start(text, ce, lstrip_at(text, j, se), se, frame)
    if j < se and text[j] == "," and frame == "np" and j == lstrip_at(text, ce, se):
        return None  # "what we proposed, I believe T": a verb without its object reports nothing
    if j < se and text[j] in ":,":
        colon = text[j] == ":"
        j = lstrip_at(text, j + 1, se)
        if j >= se and colon:
            # 'He said:' closing a paragraph, the quote opening the next
            q = ctx.quote_starting(lstrip_at(text, se, min(len(text), se + 8)))
            if q is not None:
                return Found(src, (cs, ce), ((q.inner_start, q.inner_end),), "direct")
            # or the statement itself as the next paragraph, unquoted
            nxt = lstrip_at(text, se, min(len(text), se + 8))
            if src is not None and nxt > se and "\n" in text[se:nxt]:
                pe = text.find("\n", nxt, nxt + MAX_STATEMENT)
                end = trim_end(text, nxt, min(len(text), nxt + MAX_STATEMENT) if pe == -1 else pe)
                if end > nxt:
                    return Found(src, (cs, ce), ((nxt, end),), "indirect")
    if j >= se:
        return None
    q = ctx.quote_starting(j)
    if q is not None:
        tail = trim_end(text, q.end, se)
        if tail <= q.end or q.end > se:
            return Found(src, (cs, ce), ((q.inner_start, q.inner_end),), "direct")
    end = se
    cut = _PARTICIPLE_CUT.search(text, j, se)
    if cut:
        end = cut.start()
    if cue_at is not None:
        coordinated = cue_at(j, end)
        if coordinated is not None:
            end = coordinated
    if frame == "np" or not _looks_like_clause(text, j, end):
        end = _phrase_end(ctx, j, end)
    # a quotation opened inside the content carries it past the sentence end
    inner = ctx.quote_at(trim_end(text, j, end) - 1) if end > j else None
    if inner is not None and inner.start >= j and inner.end > end and end == se:
        end = inner.inner_end
    end = trim_end(text, j, end)
    if end <= j:
        return None
    mode = "indirect"
    if q is not None or ctx.quote_at(j) is not None or inner is not None or has_quote(text, j, end):
        mode = "mixed"
    return Found(src, (cs, ce), ((j, end),), mode)


_COMPLEMENTIZER = regex.compile(r"(?:\b(?:that|whether|if)\b|\bto\s(?=\w)|[:“\"]|'')", regex.I)
_SKIPPABLE = regex.compile(
    r"(?:,|in|at|on|for|during|after|before|with|without|last|this|earlier|later|however|also|again|"
    r"repeatedly|recently|to|from|over|under|through|when|while|(?-i:[\p{Lu}\d]))\b", regex.I)
_FINITE = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b"
    r"|\b[a-z]{3,}ed\b|\b(?:he|she|they|it|we|I)\b")


_OPENS_PHRASE = regex.compile(
    r"(?r)\b(?:to|a|an|the|of|for|his|her|their|its|our|this|that|these|those|as|and|or|it|them|"
    r"him|her|is|was|be)\s*$", regex.I)


_THAT_AHEAD = regex.compile(r"to\s+(?:(?:the|[\p{Lu}][\p{L}.'’\-]*)\s+){1,5}(?P<that>)(?=that\s)")
_TIME_PHRASE = regex.compile(
    r"\s*(?:for|in|over|during)\s+(?:(?:the|a|an|many|several|two|three|past|last|recent)\s+)*"
    r"(?:years?|months?|weeks?|days?|decades?|time)\s*,?\s*", regex.I)


def _complement_start(text: str, ce: int, j: int, se: int, frame: str) -> int:
    """Where the content begins after ``j``: at a "that"/"whether"/"if" (or a quote, or "to"
    after a hearer) that follows soon, when what stands before it only says where, when or to
    whom ("said in 2008 that", "told a crowd in Miami Tuesday that", "urged women to")."""
    if j >= se:
        return j
    m = _COMPLEMENTIZER.search(text, j, min(se, j + 90))
    if m is not None and m.start() == j and text.startswith(("to ", "To "), j):
        # "joked to Jane Roe that T": a hearer in a to-phrase, then the content
        t = _THAT_AHEAD.match(text, j, min(se, j + 60))
        if t is not None:
            return int(t.end("that"))
    if m is None or m.start() == j:
        return j
    word = m.group().lower().strip()
    between = text[j:m.start()]
    if word == "to" and not _TIME_PHRASE.fullmatch(between):
        return j  # "urged women to", not "declined for years to"
    if word[0] in "“\"'" and _OPENS_PHRASE.search(between):
        return j  # 'vowed to "fight on"', 'called it a "disgrace"': the quote is inside the content
    if _FINITE.search(between) or ("," in between.strip(" ,") and word != "that"):
        return j
    if frame != "object" and not _SKIPPABLE.match(text, j):
        return j
    return int(m.start())


_CLAUSE_OPENERS = words("""
that whether if how what why when where who which he she they it we i you there this these
""")
_VERBS_IN = regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|"
    r"do|'s|’s|'re|’re|'ll|’ll|'d|’d|won’t|can’t|don’t|doesn’t|didn’t|isn’t|wasn’t)\b|n['’]t\b")


def _looks_like_clause(text: str, s: int, e: int) -> bool:
    """Whether the content at ``s`` is a clause ("the plan was fair") rather than a noun
    phrase ("the plan, which passed"): it opens with a complementizer or a pronoun, or its
    first comma-free stretch holds a finite verb."""
    m = _FIRST_WORD.match(text, s, e)
    if m and m.group(1).lower() in _CLAUSE_OPENERS:
        return True
    comma = _COMMA.search(text, s, e)
    stretch_end = e if comma is None else comma.start()
    return bool(_VERBS_IN.search(text, s, stretch_end) or _PAST.search(text, s, stretch_end))


_FIRST_WORD = regex.compile(r"[\s“\"']*([\p{L}']+)")
_PAST = regex.compile(r"\b[a-z]{3,}(?:ed|es)\b")
_PHRASE_END = regex.compile(
    r",(?!\s(?:and|or)\s|\d)|\s(?:even\s+though|although|because|by\s+\w+ing|in\s+an?\s+(?:interview|statement|speech|tweet|op-ed)|"
    r"last\s+(?:week|month|year)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")


def _phrase_end(ctx: Context, j: int, end: int) -> int:
    """Where a noun-phrase content ends: at its first comma or subordinate clause (outside
    quotes)."""
    text = ctx.text
    m = _PHRASE_END.search(text, j + 1, end)
    while m is not None:
        q = ctx.quote_at(m.start())
        if q is None or (q.start < j and q.end <= j):
            return int(m.start())
        m = _PHRASE_END.search(text, max(m.end(), q.end), end)
    return end


_QUOTE_MARK = regex.compile(r"[“”\"«»]|''")


def has_quote(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` holds a quotation mark."""
    return _QUOTE_MARK.search(text, s, e) is not None


def verb_group_start(text: str, start: int, lo: int) -> int:
    """The start of the verb group that ends with the cue verb at ``start``: auxiliaries,
    negation and adverbs right before it belong to the cue ("has also said")."""
    pos = start
    for _ in range(5):
        j = pos
        while j > lo and text[j - 1] == " ":
            j -= 1
        if j == pos:
            break
        k = j
        while k > lo and (text[k - 1].isalpha() or text[k - 1] in "'’"):
            k -= 1
        word = text[k:j].lower()
        if not word:
            break
        if word in AUXILIARIES or word.endswith(("n't", "n’t")) or (
                word.endswith("ly") and len(word) > 4 and word not in NOT_ADVERBS
                and text[k].islower()):  # "Jolly said", "Bradley said": a name
            pos = k
        else:
            c = _AUX_CONTRACTION.search(word) if "'" in word or "’" in word else None
            if c is not None and c.start() > 0 and (c.group()[1:] != "s" or word[:c.start()] in _S_PRONOUNS):
                pos = k + c.start()  # "he's said", "they've also said": the cue holds 's / 've
            break
    return pos


_AUX_CONTRACTION = regex.compile(r"['’](?:s|ve|d|ll|re)$")
_S_PRONOUNS = words("he she it that who there what")  # "he's said"; "Roe's" is a possessive
NOT_ADVERBS = words("family italy july rally early only daily weekly monthly likely friendly "
                     "ally holly kelly sally molly billy emily lily supply apply reply fly")
