"""The colon forms of attribution: a label opening a paragraph (``Name: statement``; not a
label of :data:`NOT_SPEAKERS`, a place or a clause), a tally's possessor (``S's figures were
grim: T``, ``S's toll rose to T``), a fact box's line (``- Killed: 14 soldiers (army)``) and a
name or a document introducing a quotation inside a paragraph (``Name: "quote"``).
"""

from __future__ import annotations

from typing import Final

import regex

from . import _attribution_forms as forms
from ._attribution_before import source_before
from ._attribution_context import Context, Found, lstrip_at, rstrip_at, trim_end, verb_group_start
from ._attribution_lexicon import words
from ._attribution_triggers import CUES
from ._gazetteer import lookup as place_lookup

# How far after a headline's label the report is read for it as a place ("south of Tiné").
_PLACE_REACH = 4000
# Labels at the start of a paragraph that announce no speaker.
NOT_SPEAKERS = words("""
update updated related watch photo photos note source sources read editor correction tags share
advertisement click video also live breaking by from date subject to re posted filed image caption
credit credits comments warning disclaimer contact email phone location where when what why how
who q&a transcript background summary abstract full text copyright topics keywords more see
latest editor’s editor's exclusive opinion analysis contributing
border front frontline diplomacy casualties toll fighting context explainer factbox timeline
reaction reactions aid humanitarian politics economy elsewhere meanwhile security refugees
ceasefire talks assessment situation territory materiel equipment denial denials claims outlook
overview developments claim verdict rating conclusion finding findings fact factcheck fact-check
facts question questions
""")  # (the last lines: a digest's, a briefing's or a fact check's topic labels, "BORDER: One
# killed as ...", "CLAIM: The toll rose to 25", "FACT CHECK: No, gunmen did not kill 30 soldiers")


def label(ctx: Context, m: regex.Match[str]) -> Found | None:
    """``Name: statement`` opening a paragraph (headlines, interview transcripts)."""
    name = (m.start("label"), m.end("label"))
    label, bracket, _ = ctx.text[name[0]:name[1]].partition("(")
    label = label.rstrip()
    if bracket and not label.isupper():
        return None  # (who a label's speaker is, in brackets, only in a transcript's capitals:
        # not a heading, "Battle of Leego (2015):")
    last = label.split()[-1]
    if (label in ("Q", "A") or label.lower() in NOT_SPEAKERS or label.split()[0].lower() in NOT_SPEAKERS
            or last.lower() in NOT_SPEAKERS or (last.islower() and last.endswith(("ed", "es")))):
        # not a speaker's name ("Q:" in an interview, "The Latest:", "Contributing:"), or a
        # clause ("Roe continued:")
        return None
    if place_lookup(label) is not None or _told_as_place(ctx.text, label, name[1]):
        # "Colombia: soldiers freed as ...", "Tiné: six soldiers killed" (a town the report
        # tells of: "south of Tiné"): a headline's topic, not a speaker
        return None
    colon = ctx.text.index(":", name[1])
    pe = ctx.text.find("\n", colon)
    pe = len(ctx.text) if pe == -1 else pe
    if label.isupper() and _NEXT_LABEL.search(ctx.text, pe, min(len(ctx.text), pe + _TRANSCRIPT_REACH)):
        pe = _answer_end(ctx.text, pe)  # (a transcript: another label follows; not "SDF: ..." headlines)
    return forms.transcript(ctx, m.start(), pe, name, colon)


# A transcript's speaker label opening a line ("ADEYINKA:", "MAJ. GEN. ADEYINKA:", "QUESTION:").
_LABEL_LINE: Final = regex.compile(r"[ \t]*+\p{Lu}[\p{Lu}.'’ \-]{0,40}(?:\([^():\n]{1,80}\))?:")
_ANSWER_PARAGRAPHS: Final = 6
_NEXT_LABEL: Final = regex.compile(r"\n" + _LABEL_LINE.pattern)
_TRANSCRIPT_REACH: Final = 3000


def _answer_end(text: str, pe: int) -> int:
    """Where a transcript's answer labelled in capitals ends: the paragraphs after its first
    that open with no label are the same speaker's ("MAJ. GEN. ADEYINKA: ... | Regrettably, we
    lost four gallant soldiers ..."), up to the next label; not past a heading in capitals or
    a few paragraphs, and past a blank line only when the next label follows (the paragraphs
    between two turns are the first speaker's; after the last turn the report goes on)."""
    end = pe
    closed = pe  # the answer's end before the first blank line
    blank = False
    for _ in range(_ANSWER_PARAGRAPHS):
        if end + 1 >= len(text) or text[end] != "\n":
            break
        start = end + 1
        while start < len(text) and text[start] in "\n\r":
            start += 1
            blank = True
        if start >= len(text) or _LABEL_LINE.match(text, start) is not None:
            return end if start < len(text) else closed  # (the next turn: all before it)
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        line = text[start:line_end].strip()
        if not line or line.isupper():
            break
        end = line_end
        if not blank:
            closed = end
    return closed


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


def tally_colon(ctx: Context, m: regex.Match[str]) -> Found | None:
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


def fact_line(ctx: Context, m: regex.Match[str], label: str | None) -> Found | None:
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


def quote_colon(ctx: Context, m: regex.Match[str]) -> Found | None:
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
    if document is not None and issued is None:
        # "the text of the Inter-Services Public Relations (ISPR) press release issued on Monday:"
        issued = _OF_ISSUER.search(text, document.start(), colon + 1)
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
_OF_ISSUER = regex.compile(
    r"\bof\s+(?:the\s+)?(?P<who>\p{Lu}[^,:;\n]{1,80}?)(?:['’]s)?\s+(?:(?:official|latest|new|full)\s+)?"
    r"(?:press\s+release|statement|communiqu[eé]|bulletin|release|message|letter)\b")
_ISSUED_BY = regex.compile(
    r"(?i)\b(?:issued|signed|released|published|posted|sent|read(?:\s+out)?)\b[^.:;]*?\bby\s+"
    r"(?P<who>[^,:;()]+?(?:\s*\([^()]{2,12}\))?)"
    r"(?=\s*[,:;]|\s+(?:in|on|at|late|early|and|translated|published|last|this|earlier)\b)")


_LAST_WORD = regex.compile(r"(?r)([\p{L}']+)\s*$")
