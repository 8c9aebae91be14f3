"""A document published in full: "The following is the full text of a statement released on
Saturday by the military's True News Information Team", then the statement itself in the next
paragraphs, set off by separator lines ("---") or quoted whole. Every word of it is its
issuer's, so it is one attribution: the issuer the source, the document's noun the cue, the
paragraphs the content (the claims inside take it unless a report inside has its own speaker).

The issuer must be named (a capital: "the army's Information Team", not "his deputy", whose
document the governing rule gives to whoever spoke last). The block must be marked off: by a
quotation that opens it, by its numbered points (it ends with the last), or by a line that
ends it (a separator, "End of statement", "Editor's note"). An announcement with no such end
is left alone: the rest of an article is not the issuer's because it follows one.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text._scan import padded_lowercase

from ._attribution_context import Context, Found

# The announcement that a document follows in full.
_IN_FULL: Final = regex.compile(
    r"(?i)\b(?:the\s+following\s+is\s+(?:the\s+|an?\s+|our\s+)?(?:(?:full|complete|unofficial|official|"
    r"English|Arabic|French|edited|abridged|own)\s+){0,3}"
    # (an aside on who made it: "an unofficial English translation, prepared by our desk, of")
    r"(?:text|translation|transcript)(?:\s*,[^,.;:\n]{1,60},)?\s+of"
    r"|(?:full|complete)\s+text\s+of"
    r"|(?:publish|reproduce|print|carry|run)(?:es|s|ed)?\s+(?:it|them|the\s+[\p{L}]+)\s+(?:here\s+|below\s+)?in\s+full"
    r"|(?:is|are)\s+reproduced\s+(?:here\s+|below\s+)?(?:in\s+full|as\s+published))\b")
# Words every match of _IN_FULL holds.
_IN_FULL_WORDS: Final = ("following is", "text of", "in full", "reproduced")
# The document and whoever issued it, in the announcement's paragraph.
_DOCUMENT: Final = regex.compile(
    r"(?i)\b(?P<doc>statement|communiqu[eé]|declaration|message|letter|press\s+release|bulletin|claim)\b"
    r"[^.;:\n]{0,60}?\b(?:(?:issued|released|signed|published|posted|sent|put\s+out)\s+"
    r"(?:[^.;:\n]{0,40}?\s)?by|attributed\s+to)\s+"
    # (with the initials it goes by: "the spokesman of the Rapid Support Forces (RSF)"; and the
    # body whose media arm it is: "az-Zallaqa, the media arm of ... (JNIM)")
    r"(?P<who>[^,.;:()\n]{3,90}?(?:\s*+\(\p{Lu}[\p{L}\d\-]{1,10}\))?"
    r"(?:,\s++(?:the|its)\s++(?:official\s++)?(?:media|propaganda|news)\s++(?:arm|wing|outlet|agency|foundation)"
    r"\s++of\s++[^,.;:()\n]{3,90}?(?:\s*+\(\p{Lu}[\p{L}\d\-]{1,10}\))?)?)"
    r"(?=\s*[,.;:\n]|\s+(?:and|in|on|at|which|that|carried|published|late|early|last|this|earlier)\b)")
# ... or the issuer as the subject of its publishing: "the General Staff of the Armed Forces
# published on Thursday its official communiqué".
_ISSUER_SUBJECT: Final = regex.compile(
    r"(?P<who>(?:the\s+)?\p{Lu}[^,.;:()\n]{1,80}?)\s+(?:has\s+|had\s+)?"
    r"(?:published|issued|released|put\s+out|posted|sent)\s+(?:[^.;:\n]{0,40}?\s)?"
    r"(?P<doc>statement|communiqu[eé]|declaration|message|letter|press\s+release|bulletin)\b")
# A document of numbered points, maybe under a heading in capitals: it ends with its last point.
_HEADING_LINE: Final = regex.compile(r"[ \t]*+[^\p{Ll}\n]{3,120}\n")
_POINT_LINE: Final = regex.compile(r"[ \t]*+\d{1,2}[.)][ \t]++[^\n]+")
# A line that sets the document off, or says it has ended.
_SEPARATOR: Final = regex.compile(r"(?m)^[ \t]*+(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*+$")
_END_LINE: Final = regex.compile(
    r"(?mi)^[ \t]*+(?:-{3,}|\*{3,}|_{3,}|={3,}|end\s+of\s+(?:the\s+)?(?:statement|text|communiqu[eé]|"
    r"message)|editor['’]s\s+note|translator['’]s\s+note|note\s*:)")
# An issuer named by a name or a body's name, not "his deputy".
_NAMED: Final = regex.compile(r"\p{Lu}")
_OPENING_MARKS: Final = "\"“«"
_BLANK: Final = regex.compile(r"[ \t\r\n]*+")
_MAX_DOCUMENT: Final = 8000


def documents_in_full(ctx: Context) -> list[Found]:
    """The documents ``ctx``'s text publishes in full, each as one attribution."""
    text = ctx.text
    out: list[Found] = []
    low = padded_lowercase(text)  # (the folded copy the stages' pre-filters share)
    if not any(words in low for words in _IN_FULL_WORDS):
        return out  # (most texts announce no document: one plain search each, not the pattern)
    for intro in _IN_FULL.finditer(text):
        paragraph_end = text.find("\n", intro.end())
        if paragraph_end == -1:
            continue
        paragraph_start = text.rfind("\n", 0, intro.start()) + 1
        document = _DOCUMENT.search(text, paragraph_start, paragraph_end) \
            or _ISSUER_SUBJECT.search(text, paragraph_start, paragraph_end)
        if document is None or not _NAMED.search(document.group("who")):
            continue  # ("signed by his deputy": no issuer named, whoever spoke last speaks)
        start = _BLANK.match(text, paragraph_end).end()
        if (separator := _SEPARATOR.match(text, start)) is not None:
            start = _BLANK.match(text, separator.end()).end()
        content = _block(ctx, start)
        if content is not None:
            out.append(Found(document.span("who"), document.span("doc"), (content,), "direct"))
    return out


def _block(ctx: Context, start: int) -> tuple[int, int] | None:
    """The document starting at ``start``: a quotation opening there, else its numbered points,
    else the lines up to the one that ends it; None when nothing marks its end."""
    text = ctx.text
    if start < len(text) and text[start] in _OPENING_MARKS:
        quote = ctx.quote_starting(start)
        return (quote.inner_start, quote.inner_end) if quote is not None else None
    stop = _numbered_end(text, start)
    if stop is None:
        end = _END_LINE.search(text, start, min(len(text), start + _MAX_DOCUMENT))
        if end is None:
            return None
        stop = end.start()
    while stop > start and text[stop - 1] in " \t\r\n":
        stop -= 1
    return (start, stop) if stop > start else None


def _numbered_end(text: str, start: int) -> int | None:
    """Where a document of numbered points starting at ``start`` (maybe under a heading in
    capitals) ends: after its last point; None unless it holds two points or more."""
    pos = start
    if (heading := _HEADING_LINE.match(text, pos)) is not None and _POINT_LINE.match(text, heading.end()):
        pos = heading.end()
    points = 0
    end = pos
    while (point := _POINT_LINE.match(text, pos)) is not None:
        points += 1
        end = point.end()
        pos = end + 1 if end < len(text) and text[end] == "\n" else end
        if pos == end:
            break
    return end if points >= 2 else None
