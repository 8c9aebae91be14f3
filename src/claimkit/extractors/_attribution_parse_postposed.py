"""The postposed shape of a reporting verb (``"Q," S C`` / ``T, S C`` / ``"Q," C S``: the
content before its cue, and a quote or clause that runs on after it), and what may follow a
cue: where a content closes right before it, whether the cue clause ends there, or a
statement, a complement or a content of its own follows; for
:func:`._attribution_parse.verb_cue`.
"""

from __future__ import annotations

import regex

from claimkit.text import Quotation

from ._attribution_context import (
    Context,
    Found,
    Range,
    adverbial_at,
    has_quote,
    lstrip_at,
    trim_end,
)
from ._attribution_lexicon import words

CLOSING = "\"”’'»"

# What may close a content before a postposed cue: a comma, ? or ! (with closing quotes),
# closing quote marks alone, or a dash.
_POST_CLOSE = regex.compile(r"(?r)(?:[,?!…]\s*[\"”’'»]*|[\"”»]|'')\s*$|\s[—–]\s*$|\s--\s*$")


def skip_adverbials(text: str, pos: int, se: int) -> int:
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


def quote_after_punct(ctx: Context, pos: int, se: int) -> bool:
    """Whether a comma or colon and then a quotation follow ``pos``."""
    text = ctx.text
    j = lstrip_at(text, pos, se)
    return j < se and text[j] in ",:" and ctx.quote_starting(lstrip_at(text, j + 1, se)) is not None


def statement_follows(ctx: Context, pos: int, se: int) -> bool:
    """Whether the cue ending at ``pos`` opens a statement of its own: a colon, or a comma
    and a quotation ("In a statement, Roe said: ..." reads forwards, not backwards)."""
    text = ctx.text
    j = lstrip_at(text, pos, se)
    if j < se and text[j] == ":":
        return True
    if not quote_after_punct(ctx, pos, se):
        return False
    q = ctx.quote_starting(lstrip_at(text, j + 1, se))
    # a lowercase quote carries on the sentence broken by the cue ('Instead, she said, "it...')
    return q is not None and text[q.inner_start:q.inner_start + 1].isupper()


def complement_follows(text: str, pos: int, se: int) -> bool:
    """Whether a cue at ``pos`` goes on to a content of its own (":", a quote, "that")."""
    j = lstrip_at(text, pos, se)
    if j >= se:
        return False
    return text[j] in ":“\"" or text.startswith(("''", "that "), j)


_CONTENT_START = regex.compile(r"\s*(?:[:“\"]|''|that\b|\p{Ll}|\p{Lu}|\d)")


def followed_by_content(text: str, ce: int, se: int) -> bool:
    """Whether the cue ending at ``ce`` goes on with words of its own (not a full stop)."""
    return bool(_CONTENT_START.match(text, ce, se))


def bare_report(ctx: Context, ss: int, se: int, left: int, after: int) -> bool:
    """Whether the sentence is only a subject and its cue ("Trump said.", "he told reporters
    on Monday."), right after a quotation: the quotation is what was said."""
    text = ctx.text
    if lstrip_at(text, ss, left) != left or text[max(0, ss - 3):ss].rstrip()[-1:] not in CLOSING:
        return False
    j = lstrip_at(text, skip_adverbials(text, after, se), se)
    return j >= se or text[j] in ".!"


def content_close(ctx: Context, ss: int, left: int, bare: bool = False) -> tuple[int, int] | None:
    """Where a content ends right before ``left`` (a comma, ? or !, or a closing quote mark):
    ``(where the content stops, where the closing quote marks end)``, or None. May reach back
    over a sentence break the splitter put after a closing ``?"``, not over a paragraph break,
    and after a closing ``."`` only where the sentence is ``bare`` (see bare_report)."""
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
    last = max(marks.rfind(c) for c in CLOSING)
    return m.start(), (m.start() + last + 1) if last >= 0 else m.start()


def ends_clause(ctx: Context, pos: int, se: int) -> bool:
    """Whether nothing of a content follows ``pos``: the sentence ends, or a comma comes."""
    text = ctx.text
    j = lstrip_at(text, pos, se)
    if j >= se:
        return True
    return text[j] in ",.;!?:—–)" or text.startswith("--", j)


def postposed(ctx: Context, ss: int, se: int, src: Range, cs: int, ce: int,
              close: tuple[int, int], after: int) -> Found | None:
    """``"Q," S C`` / ``T, S C`` / ``"Q," C S``: the content comes before the cue."""
    text = ctx.text
    stop, qend = close
    q = ctx.quote_ending(qend) if qend > stop or text[stop] in CLOSING else None
    if q is None and text[stop] in CLOSING:
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
    while j < len(text) and text[j] in CLOSING:
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
