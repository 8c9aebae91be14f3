"""From a cue to a whole attribution: where its source and its content are, and its mode.

The shapes read here (S = source, C = cue, Q = quote, T = content):

* postposed  ``"Q," S C.`` / ``T, C S.`` / ``"Q," S C. "Q2."`` (a quote broken by its cue runs on)
* parenthetical ``T1, S C, T2.``
* preposed   ``S C (that) T.`` / ``S C: "Q"`` / ``S C hearer (that) T`` for tell-type cues,
  read by :mod:`._attribution_preposed`
* participle ``S did something, adding (that) T.`` (the source is the clause's subject)

The shapes without a reporting verb's frame (``According to S, T``, the passive and raising
``T1 is expected / seems C to T2``, the transcript label ``NAME: T``) are read in
:mod:`._attribution_forms`.

Each function receives the text, offsets and a :class:`Context` and returns a :class:`Found`
(offsets only) or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

import attrs
import regex

from claimkit.text import Quotation

from ._attribution_after import clause_subject, hearer_end, source_after
from ._attribution_before import source_before
from ._attribution_context import (
    COMMA,
    IRREGULAR_PASTS,
    VERBS_IN,
    Context,
    Found,
    Range,
    adverbial_at,
    has_quote,
    lstrip_at,
    name_quote_before,
    naming_before,
    rstrip_at,
    trim_end,
)
from ._attribution_lexicon import words
from ._attribution_preposed import preposed

_CLOSING = "\"”’'»"

# What may close a content before a postposed cue: a comma, ? or ! (with closing quotes),
# closing quote marks alone, or a dash.
_POST_CLOSE = regex.compile(r"(?r)(?:[,?!…]\s*[\"”’'»]*|[\"”»]|'')\s*$|\s[—–]\s*$|\s--\s*$")


def _skip_adverbials(text: str, pos: int, se: int) -> int:
    """``pos`` moved past up to three adverbials ("in a statement", "in Kabul", "on Sunday")."""
    for _ in range(3):
        am = adverbial_at(text, pos, se)
        if am is None or am.end() == pos:
            break
        pos = am.end()
    return pos


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


_OBJECT_PRONOUNS: Final = frozenset({"it", "them", "him", "her", "us", "me"})
# A finite verb right after a comma: the words are a clause with its verb ("the Guard (DRG),
# was returning home"), no noun phrase with an appositive; unless a relative clause holds it
# ("Roe, whose hometown, Miami, is ...").
_FINITE_AFTER_COMMA: Final = regex.compile(r",\s+(?:was|were|is|are|has|have|had|will|would)\s")
_RELATIVE: Final = regex.compile(r"(?i)\b(?:who|whose|which|that)\b")


def _clause_with_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a clause: a finite verb after a comma, no relative
    pronoun before it."""
    verb = _FINITE_AFTER_COMMA.search(text, start, end)
    return verb is not None and _RELATIVE.search(text, start, verb.start()) is None


_TIME_THEN_COMMA: Final = regex.compile(
    r"\s+(?:on|in|at|last|this|early|late|overnight|yesterday|today|during|earlier|later)\b[^,;:]{0,40},\s*",
    regex.IGNORECASE)


_WHO_BEFORE_NAMING: Final = regex.compile(r"(?i)(?<=\S)\s+(?:who|that)\s+\Z")


def _source_before_name(text: str, ss: int, cs: int, name: Range) -> Range | None:
    """The subject before a cue that ends in a quoted name ('a commander known as "Abu Bakr"
    said'), read with the name's marks as spaces (the same offsets)."""
    lo = max(ss, cs - 300)
    piece = f"{text[lo:name[0]]} {text[name[0] + 1:name[1] - 1]} {text[name[1]:cs]}"
    found = source_before(piece, 0, len(piece))
    if found is None:
        return None
    start, end = found[0] + lo, found[1] + lo
    if end > name[0]:
        end = max(end, name[1])  # (the name ends the subject; not one in a clause set off after it)
    if start > name[0] and (naming := naming_before(text, lo, name[0])) is not None:
        # ('known as "Abu Bakr"': the name's bearer is named before "known as", and before
        # "who": 'A man who identified himself as "Ernesto"')
        who = _WHO_BEFORE_NAMING.search(text, max(lo, naming - 12), naming)
        bearer = source_before(text, lo, who.start() if who is not None else naming)
        start = bearer[0] if bearer is not None else start
    return start, end


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
    near = max(ss, cs - 6)
    after_comma = prev in (", ", ",\u00a0") or (
        text.find(",", near, cs) != -1 and bool(_COMMA_QUOTE_BEFORE.search(text, near, cs)))
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
    named = name_quote_before(text, ss, cs)
    src = source_before(text, ss, cs) if named is None else _source_before_name(text, ss, cs, named)
    if src is not None and after_comma and (
            text[src[0]:src[1]].lower() in _OBJECT_PRONOUNS
            or (_TIME_THEN_COMMA.fullmatch(text, src[1], cs) and source_after(text, ce, se) is not None)
            or _clause_with_verb(text, *src)):
        # "... had occupied it on Saturday, said Roe": an object, the subject follows; and
        # "six died when shells landed in the market on Monday, said Roe": a time ends the
        # clause before the comma (an aside on a subject opens with a comma of its own); and
        # "drawn from the Guard (DRG), was returning home, said Roe": a clause's verb
        src = None
    if src is None and lstrip_at(text, ss, cs) == cs:
        fronted = _fronted_cue(ctx, ce, se)
        if fronted is not None:
            return Found(fronted[0], (cs, ce), (fronted[1],), "direct")
    after = ce
    inverted = False
    if frame == "object":
        after = hearer_end(text, ce, se)
    left = src[0] if src else cs
    close = _content_close(ctx, ss, left, src is not None and _bare_report(ctx, ss, se, left, after))
    if close is not None and frame in ("clause", "object"):
        if src is None:
            src = source_after(text, after, se)
            if src is None and after > ce and _ends_clause(ctx, after, se):
                src = source_after(text, ce, se)  # '"Q," warned Roe.': no hearer, an inverted subject
            unquoted = close[1] <= close[0] and text[close[0]] not in _CLOSING
            if src is not None and unquoted and _clause_not_subject(text, src):
                src = None  # "..., said his men were not there": a clause, no inverted subject
            if src is not None and unquoted and _appositive_subject(text, ss, close[0]):
                src = None  # "JNIM, al-Qaida's affiliate in the Sahel, claimed the attack"
            if src is None:
                # "Peter Cook, the secretary, told ...": the words before the comma are the
                # subject with its appositive, not a content
                subj = clause_subject(text, ss, ce) or _set_off_subject(text, ss, cs) \
                    or _relative_subject(text, ss, cs)
                if subj is not None and subj[0] < cs < subj[1] \
                        and "," in text[subj[0]:rstrip_at(text, ss, cs) - 1]:
                    # "The National Guard, Rosgvardia, separately confirmed": a subject with its
                    # appositive ends where the verb group (its adverb) starts (not "Starr's
                    # remarks, first reported by ...": a participle set off)
                    end = rstrip_at(text, subj[0], cs)
                    subj = (subj[0], end - 1 if text[end - 1] == "," else end)
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
    # ("two days after Fano militiamen claimed to have seized it, and that ...": the
    # subordinator stands before the subject)
    subordinate = prev_word in _SUBORDINATORS or (
        src is not None and _word_before(text, src[0], ss) in _SUBORDINATORS)
    if found is not None and (subordinate or relative or opening_participle):
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


# A subject and the relative clause set off after it, up to the comma before the cue
# ('Humphrey, who calls Trump a “sociopath,” said'): the quote's comma is no content's end.
_RELATIVE_SET_OFF = regex.compile(
    r"\s*+(?P<subject>(?:[Tt]he\s+)?\p{Lu}[^,;:“”\"]{0,80}?),\s++(?:who|which)\s[^;:]{1,200}?"
    r",(?:[”\"’]|'')?\s*+\Z")


def _relative_subject(text: str, ss: int, cs: int) -> Range | None:
    """``X, who T, said``: X, when the words before ``, who`` hold no verb."""
    m = _RELATIVE_SET_OFF.match(text, ss, cs)
    if m is None or _VERB_NOT_POSSESSIVE.search(text, *m.span("subject")):
        return None
    start, end = m.span("subject")
    return start, end


def _appositive_subject(text: str, ss: int, end: int) -> bool:
    """Whether the words before a cue's comma are a name and its appositive ("JNIM, al-Qaida's
    affiliate in the Sahel"), a subject rather than a content: one inner comma, a capitalised
    first part, and no verb (a possessive "'s" is none)."""
    words_before = text[lstrip_at(text, ss, end):end].rstrip(" ,")
    if words_before.count(",") != 1 or not words_before[:1].isupper() or _QUOTE_MARK.search(words_before):
        return False  # (a quote in it: words of the content, 'Roe "won white, rural voters" there')
    return not _VERB_NOT_POSSESSIVE.search(words_before)


_QUOTE_MARK = regex.compile(r"[“”\"]|''")
_VERB_NOT_POSSESSIVE = regex.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|"
    r"do|said|says|drew|won|fought|sought|brought|caught|thought|told|sent|made|kept|felt|found|became|paid|"
    + IRREGULAR_PASTS + r")\b|\b\p{Ll}{2,}ed\b|n['’]t\b")


def _clause_not_subject(text: str, src: Range) -> bool:
    """Whether words read as an inverted subject ("..., said the plan was fine") are a clause:
    a finite verb before their first comma."""
    comma = text.find(",", src[0], src[1])
    stop = src[1] if comma == -1 else comma
    return bool(VERBS_IN.search(text, src[0], stop))


def _followed_by_content(text: str, ce: int, se: int) -> bool:
    """Whether the cue ending at ``ce`` goes on with words of its own (not a full stop)."""
    return bool(_CONTENT_START.match(text, ce, se))


def _clip_subordinate(ctx: Context, found: Found) -> Found:
    """A content inside a subordinate or relative clause ends at the clause's comma."""
    s, e = found.content[-1]
    comma = COMMA.search(ctx.text, s, e)
    while comma is not None and ctx.quote_at(comma.start()) is not None:
        comma = COMMA.search(ctx.text, comma.end(), e)
    if comma is None or comma.start() <= s:
        return found
    return attrs.evolve(found, content=(*found.content[:-1], (s, comma.start())))


def _bare_report(ctx: Context, ss: int, se: int, left: int, after: int) -> bool:
    """Whether the sentence is only a subject and its cue ("Trump said.", "he told reporters
    on Monday."), right after a quotation: the quotation is what was said."""
    text = ctx.text
    if lstrip_at(text, ss, left) != left or text[max(0, ss - 3):ss].rstrip()[-1:] not in _CLOSING:
        return False
    j = lstrip_at(text, _skip_adverbials(text, after, se), se)
    return j >= se or text[j] in ".!"


def _content_close(ctx: Context, ss: int, left: int, bare: bool = False) -> tuple[int, int] | None:
    """Where a content ends right before ``left`` (a comma, ? or !, or a closing quote mark):
    ``(where the content stops, where the closing quote marks end)``, or None. May reach back
    over a sentence break the splitter put after a closing ``?"``, not over a paragraph break,
    and after a closing ``."`` only where the sentence is ``bare`` (see _bare_report)."""
    text = ctx.text
    lo = max(0, left - 8)
    if "\n" in text[lo:left]:
        lo = text.rindex("\n", lo, left) + 1
    m = _POST_CLOSE.search(text, lo, left)
    if not m:
        return None
    if m.start() < ss and not bare and (
            text[m.start()] not in "?!\"”'»’" or text[m.start() - 1:m.start()] == "."):
        return None  # '... as "fantasy." She said T': that quote closed the sentence before
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
