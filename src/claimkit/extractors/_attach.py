"""Which attribution a claim belongs to.

Extractors call :func:`attribution_for` on a claim's evidence span so that every claim
carries the reported statement it comes from (or None: the outlet's own voice).

1. The innermost attribution whose content (any of its pieces) holds the span.
   Otherwise the one whose source holds it, in a clause giving the source's own figures
   ("Lebanon's health ministry, whose latest count stands at 10 dead, said ...").
2. Otherwise the *governing* attribution, where the text goes on with the last speaker: the
   latest attribution with a source, before the span, in the same or the previous paragraph,
   when the span's sentence

   * opens as a continuation of that speaker ("He added ...", "She went on to say ...",
     "Adding that ..."),
   * or stands in a quotation with no cue of its own, in the paragraph right after the
     speaker's (a quote paragraph carrying on the speaker's words),
   * or opens the paragraph right after one that ends in the speaker's cue and a colon
     ("The spokesman said:"), or a later paragraph of the statement so quoted,
   * or tells the next of the speaker's incidents, one by one in the same or the next
     paragraph with no other cue in between ("OCHA said in its weekly report ... / In the
     first incident, on Sunday, ...; In a second, ..."),
   * or comes right after the speaker's sentence in the same paragraph with no cue of its
     own ("..., he said. Six militants were killed ..."), when the speaker said something
     (not "was attacked by") and neither sentence is background (another time opening it,
     a year in either).
   * or stands in a document printed after a paragraph that announces it ("The statement
     ... is reproduced below in full."), the speaker being the last one up to that paragraph
     (see :func:`_printed_by`),
   * or is a paragraph with no speaker between the speaker's and one that opens on the same
     body named again ("..., according to the True News Information Team. / In the
     engagements, 17 members ... / The information team said ...").
3. Otherwise None.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from typing import Final

import attrs
import regex

from claimkit._document import Document
from claimkit._model import Attribution, Span
from claimkit.text import paragraph_spans, quotation_at, sentence_at

from ._attribution_lexicon import COMMENT_LABEL, PRINTED_DOCUMENTS
from ._phrases import NEXT_INCIDENT

# A sentence that carries on the last speaker's words.
_CONTINUES = regex.compile(
    r"""[\s"“‘']*(?:(?:He|She|They|The\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:spokes(?:man|woman|person)|official|
    minister|commander|statement|group|ministry|army|military))\s+(?:also\s+|further\s+|later\s+|then\s+)?
    (?:added|went\s+on|continued|said|claimed|noted|stated|insisted|asserted|reiterated|stressed)\b
    |(?:Adding|Continuing|He\s+added|She\s+added)\b|(?:In\s+addition|Moreover|Furthermore|Also),
    |On\s+(?:the\s+)?(?:enemy|friendly|opposing|our|their)\s+side\b)""",
    regex.X)
# (a side's words for the sides: "On the enemy side, 41 terrorists were neutralised" goes on
# with the party that spoke)


# A sentence that opens on another time or a time phrase of its own is the outlet's
# background, not the speaker going on: "Last month, ...", "In March 2023, ...", "Since then".
_ELSEWHEN_OPENING = regex.compile(
    r"[\s\"“‘']*(?!On\s+(?:the\s+)?(?:enemy|friendly|opposing|our|their)\s+side\b)"
    r"(?:(?:In|On|Last|Earlier|Since|During|By|Before|After|Over|Until|Two|Three|Weeks|Months|"
    r"Days|Years|A\s+(?:week|month|year|day))\b[^,.;:!?]{0,40},|Since\s+then\b)")
# The cue of a speaker the next sentence may go on with: one who spoke ("said", "told"), not
# one who did ("attacked", "claimed responsibility").
_SAYING = regex.compile(r"(?i)(?:said|says|told|tells|added|adds|stated|states|reported|reports|explained|"
                        r"announced|announces|confirmed|confirms|wrote|writes)\b(?!\s+responsib)")
_YEAR = regex.compile(r"(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])")


# How far back past the query the innermost search looks, in content pieces sorted by start:
# contents nest a few deep in real text, and the bound keeps hostile texts linear.
_LOOK_BACK = 64


@attrs.frozen
class _Index:
    """Sorted views of one document's attributions, built once and shared by every lookup."""

    text: str
    attributions: tuple[Attribution, ...]
    paragraphs: tuple[tuple[int, int], ...]  # claimkit.text spans
    paragraph_starts: list[int]
    piece_starts: list[int]
    pieces: list[tuple[Span, Attribution]]
    sourced_cue_ends: list[int]  # sorted; attributions with a source, by cue end
    sourced: list[Attribution]
    cue_starts: list[int]  # sorted, every attribution
    # each attribution's first content piece, sorted by start: (piece, its place in the
    # document's attributions, the attribution)
    firsts: list[tuple[Span, int, Attribution]]
    first_starts: list[int]

    @classmethod
    def build(cls, text: str, atts: tuple[Attribution, ...]) -> _Index:
        pieces = sorted(((part, a) for a in atts for part in a.content_spans()),
                        key=lambda pa: (pa[0].start, pa[0].end))
        firsts = sorted(((a.content.span, i, a) for i, a in enumerate(atts)),
                        key=lambda f: (f[0].start, f[1]))
        # a stable sort keeps, among equal cue ends, the later attribution last (max() did)
        sourced = sorted((a for a in atts if a.source is not None), key=lambda a: a.cue.span.end)
        paragraphs = paragraph_spans(text)
        return cls(
            text, atts, paragraphs, [s for s, _ in paragraphs],
            [p.start for p, _ in pieces], pieces,
            [a.cue.span.end for a in sourced], sourced, sorted(a.cue.span.start for a in atts),
            firsts, [f[0].start for f in firsts],
        )


_lock = threading.Lock()
_cache: dict[tuple[int, int], _Index] = {}


def _index(doc: Document) -> _Index:
    atts, key = doc.attributions, (id(doc.text), id(doc.attributions))
    with _lock:
        found = _cache.get(key)
        if found is not None and found.attributions is atts and found.text is doc.text:
            return found
    built = _Index.build(doc.text, atts)
    with _lock:
        if len(_cache) >= 32:  # a few documents at a time are ever being extracted
            _cache.clear()
        _cache[key] = built
    return built


def containing_attribution(doc: Document, span: Span) -> Attribution | None:
    """The attribution with the smallest content piece holding ``span``; of two with the same
    content ("X said T, spokesman Y told reporters"), one that is no comment on it ("X said
    T, a figure Y never confirmed": X's), then the one whose speaker has a name."""
    index = _index(doc)
    best: Attribution | None = None
    best_length = 0
    speaker: Attribution | None = None  # the innermost told by someone, not by "preliminary data"
    speaker_length = 0
    i = bisect_right(index.piece_starts, span.start)
    for part, att in reversed(index.pieces[max(0, i - _LOOK_BACK):i]):
        if part.contains(span):
            length = part.end - part.start
            if _ranks_before(doc.text, att, length, best, best_length):
                best, best_length = att, length
            if not _data_only(att) and _ranks_before(doc.text, att, length, speaker, speaker_length):
                speaker, speaker_length = att, length
    if best is not None and speaker is not None and _data_only(best):
        # "The prosecutor's office said that, according to preliminary data, 12 civilians were
        # killed": the office tells the figure; the data only qualify it
        return speaker
    return best


# An "according to" whose source is data, not a teller: "according to preliminary data",
# "according to initial reports".
_DATA: Final = regex.compile(
    r"(?i)(?:the\s+)?(?:(?:preliminary|initial|early|first|latest|updated|available|official|operational)\s+)?"
    r"(?:data|information|reports?|figures|estimates|findings|assessments?)")


def _data_only(att: Attribution) -> bool:
    """Whether ``att`` is an "according to" whose source is only data ("preliminary data")."""
    return att.mode == "according_to" and att.source is not None \
        and _DATA.fullmatch(att.source.text) is not None


def _ranks_before(text: str, att: Attribution, length: int, held: Attribution | None,
                  held_length: int) -> bool:
    """Whether ``att``, with a content piece of ``length``, is innermost before ``held``: a
    shorter piece, or as long and first by :func:`_tie_key`."""
    return held is None or length < held_length or (
        length == held_length and _tie_key(text, att) < _tie_key(text, held))


def _tie_key(text: str, att: Attribution) -> tuple[int, int]:
    """How two attributions with the same content rank (lower first): a comment on the
    content last, then one whose speaker has no name (read only on a tie: it is rare)."""
    return (1 if _comment(text, att) else 0, 0 if att.source is not None and att.source.name else 1)


# A comment's label right before its speaker: "T, a figure | the front never confirmed".
_COMMENT_BEFORE = regex.compile(r",\s+" + COMMENT_LABEL + r"\Z")


def _comment(text: str, att: Attribution) -> bool:
    """Whether ``att`` comments on its content rather than telling it: its speaker is the
    subject of a relative clause on a label ("a figure the front never confirmed")."""
    return att.source is not None and _COMMENT_BEFORE.search(
        text, max(0, att.source.span.start - 60), att.source.span.start) is not None


def overlapping_attribution(doc: Document, span: Span, *, sourced: bool) -> Attribution | None:
    """The attribution whose (first) content piece overlaps ``span`` and is the shortest (of
    equal ones, the first in ``doc.attributions``); with ``sourced``, only those with a
    source. Like the innermost search, it looks back over a bounded number of contents."""
    index = _index(doc)
    best: Attribution | None = None
    best_key = (0, 0)
    i = bisect_left(index.first_starts, span.end)  # contents starting before the span's end
    for part, place, att in index.firsts[max(0, i - _LOOK_BACK):i]:
        if part.end > span.start and (att.source is not None or not sourced):
            key = (part.end - part.start, place)
            if best is None or key < best_key:
                best, best_key = att, key
    return best


def _paragraph_index(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def governing_attribution(doc: Document, span: Span) -> Attribution | None:
    """The attribution a span outside every content still belongs to (rule 2 above), or None."""
    text = doc.text
    if not text or not doc.attributions or span.start >= len(text):
        return None
    index = _index(doc)
    k = bisect_right(index.sourced_cue_ends, span.start)
    if k == 0:
        return None
    gov = index.sourced[k - 1]
    paragraphs, starts = index.paragraphs, index.paragraph_starts
    here = _paragraph_index(starts, span.start)
    there = _paragraph_index(starts, gov.cue.span.start)
    if here - there > 1:
        if _quoted_on(index, text, there, here, gov, span.start):
            return gov
        return _printed_by(index, text, here)
    ss, se = sentence_at(text, span.start)
    if _CONTINUES.match(text, ss):
        return gov
    if NEXT_INCIDENT.match(text, ss, se) and not _has_cue(index, gov.cue.span.end, ss):
        # "OCHA said in its weekly report ... / In the first incident, ...; In a second, ...":
        # a report's incidents, told one by one after it, with no other speaker in between
        return gov
    if ss <= gov.cue.span.start and gov.content.span.end <= gov.cue.span.start \
            and _GOES_ON.match(text, gov.cue.span.end, span.start) is not None \
            and not _has_cue(index, gov.cue.span.end, span.start):
        # "Five SDF members were wounded, the statement said, while its fighters killed six of
        # the attackers": a clause joined after a cue set off by commas goes on with its speaker
        return gov
    if here == there and ss >= 2:
        ps, _ = sentence_at(text, ss - 2)
        if not _has_cue(index, ss, se) and ps <= gov.cue.span.start < ss and _SAYING.match(gov.cue.text) \
                and not _ELSEWHEN_OPENING.match(text, ss, se) and not _YEAR.search(text, ps, se):
            return gov
    if here == there + 1 and not _has_cue(index, *paragraphs[here]) and (
            quotation_at(text, span.start) is not None or _ends_in_colon(text, gov, paragraphs[there][1])):
        return gov
    if here == there + 1 and _between_the_same_speaker(index, gov, here):
        return gov
    return _printed_by(index, text, here)


def _between_the_same_speaker(index: _Index, gov: Attribution, here: int) -> bool:
    """Whether paragraph ``here``, with no speaker of its own, stands between two of the same
    speaker's: ``gov`` in the paragraph before, and the first speaker of the paragraph after,
    a body named again as one told of before ("..., according to the True News Information
    Team. / In the engagements, 17 members of the security forces sacrificed their lives ... /
    The information team said ...")."""
    paragraphs = index.paragraphs
    if here + 1 >= len(paragraphs) or _has_sourced_cue(index, *paragraphs[here]):
        return False
    ns, ne = paragraphs[here + 1]
    k = bisect_right(index.sourced_cue_ends, ns)
    after = index.sourced[k] if k < len(index.sourced) else None
    if after is None or after.source is None or not ns <= after.cue.span.start < ne \
            or _BACK_REFERENCE.fullmatch(after.source.text) is None:
        return False
    return _same_speaker(gov, after)


# A body named again as one told of before: "The information team", "the ministry" (not a
# name of its own, "Russia's Defence Ministry", which may be another body's; nor a pronoun,
# which a feature's narrative paragraphs between a person's words use as often)
_BACK_REFERENCE: Final = regex.compile(r"[Tt]he(?:\s+\p{Ll}[\p{Ll}-]*){1,3}")


def _has_sourced_cue(index: _Index, lo: int, hi: int) -> bool:
    """Whether the cue of an attribution with a source ends in ``text[lo:hi]``."""
    return bisect_right(index.sourced_cue_ends, lo) < bisect_right(index.sourced_cue_ends, hi)


def _same_speaker(first: Attribution, later: Attribution) -> bool:
    """Whether ``later``'s speaker names ``first``'s again: the words of its name or
    organisation are among the first's ("the information team" after "the True News
    Information Team of the State Security and Peace Commission")."""
    if first.source is None or later.source is None:
        return False
    earlier = _name_words(first.source.name or first.source.organization)
    again = _name_words(later.source.name or later.source.organization)
    return bool(earlier) and bool(again) and again <= earlier


def _name_words(name: str | None) -> frozenset[str]:
    return frozenset(w for w in _NAME_WORD.findall((name or "").lower()) if w not in ("the", "of", "and"))


_NAME_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")


# A paragraph that announces a document printed after it: "The statement, signed by ..., is
# reproduced below in full.", "The following statement was issued on Monday by ...".
_PRINTED_BELOW = regex.compile(
    r"(?i)\b(?:(?:is|are)\s+reproduced\s+(?:below|here)|reads?\s+(?:in\s+full|as\s+follows)"
    r"|the\s+following\s+(?:" + PRINTED_DOCUMENTS + r"|text)"
    r"|(?:below|here)\s+is\s+(?:the|our|an?)\s+(?:full\s+|unofficial\s+)?(?:text|translation|statement))\b")
# A paragraph that ends it: "End of statement.", "Editor's note: ...", "ENDS".
_PRINTED_END = regex.compile(
    r"(?i)[ \t\"“”]*(?:end\s+of\s+(?:the\s+)?(?:statement|communiqu[eé]|release|text)\b|editor['’]?s\s+note\b"
    r"|ends?[ \t.]*$)")
# How many paragraphs back from the announcement its issuer may have spoken.
_ISSUER_PARAGRAPHS = 2


def _printed_by(index: _Index, text: str, here: int) -> Attribution | None:
    """The speaker whose document paragraph ``here`` belongs to, printed after a paragraph
    that announces it ("is reproduced below in full", "the following statement"), at most
    :data:`_QUOTED_PARAGRAPHS` paragraphs and :data:`_QUOTE_REACH` characters before, with no
    end mark in between ("End of statement.", "Editor's note:"): the last speaker with a
    source up to that paragraph, within two paragraphs before it (the body that issued it:
    "The Nigerian Army on Thursday said ... / The statement ... is reproduced below"); or None."""
    paragraphs = index.paragraphs
    here_start = paragraphs[here][0]
    for p in range(here, max(-1, here - _QUOTED_PARAGRAPHS - 1), -1):
        ps, pe = paragraphs[p]
        if here_start - ps > _QUOTE_REACH or _PRINTED_END.match(text, ps, pe):
            return None
        if p < here and _PRINTED_BELOW.search(text, ps, min(pe, ps + _QUOTE_REACH)):
            k = bisect_right(index.sourced_cue_ends, pe)
            issuer = index.sourced[k - 1] if k else None
            if issuer is None or _paragraph_index(index.paragraph_starts, issuer.cue.span.start) \
                    < p - _ISSUER_PARAGRAPHS:
                return None
            return issuer
    return None


# After a cue set off by commas (and its time: "said on Monday"), a clause that goes on with
# the speaker's statement ("..., the ministry said on Monday, after two of the wounded died").
_GOES_ON = regex.compile(
    r"(?:[ \t]+[^\s,.;:!?\"“”]++){0,3}?,[ \t]+(?:while|whereas|and|but|adding\s+that|after)\s")


def _has_cue(index: _Index, lo: int, hi: int) -> bool:
    """Whether an attribution's cue starts in ``text[lo:hi]``."""
    return bisect_left(index.cue_starts, lo) < bisect_left(index.cue_starts, hi)


def _ends_in_colon(text: str, gov: Attribution, end: int) -> bool:
    """Whether the speaker's paragraph (ending at ``end``) ends a few words after its cue in a
    colon ("The spokesman said:", "The communiqué reads as follows:")."""
    tail = text[gov.cue.span.end:end].strip()
    return tail.endswith(":") and len(tail) < 80


# How many paragraphs a statement quoted after its speaker's may run on ("The communiqué reads
# as follows:" and its paragraphs, each opening with a quotation mark).
_QUOTED_PARAGRAPHS = 8
# (and how far, in characters: a statement of a few paragraphs, not pages of hostile text)
_QUOTE_REACH = 8000
_OPENS_QUOTE = regex.compile(r"[ \t]*[\"“«]")
_CLOSING = {'"': '"', "“": "”", "«": "»"}


def _quoted_on(index: _Index, text: str, there: int, here: int, gov: Attribution, at: int) -> bool:
    """Whether ``at`` (in paragraph ``here``) goes on with a statement quoted over several
    paragraphs after the speaker's (``there``): the speaker's paragraph ends in a colon
    ("reads as follows:") or the statement's words open the next one, which opens with a
    quotation mark; and every paragraph from it to ``here`` opens with one too (each
    paragraph of a long quotation does), or the quotation opened there is not closed before
    ``at``."""
    if here - there > _QUOTED_PARAGRAPHS:
        return False
    paragraphs = index.paragraphs
    if not _ends_in_colon(text, gov, paragraphs[there][1]) and not (
            paragraphs[there + 1][0] <= gov.content.span.start < paragraphs[there + 1][1]):
        return False
    opening = _OPENS_QUOTE.match(text, *paragraphs[there + 1])
    if opening is None or at - opening.end() > _QUOTE_REACH:
        return False
    # (a cue inside the statement, "The General Staff informs ...", is the statement's own
    # words: a span outside every content there is still the statement's)
    if all(_OPENS_QUOTE.match(text, ps, pe) for ps, pe in paragraphs[there + 2:here + 1]):
        return True
    close = text.find(_CLOSING[opening.group().strip()], opening.end(), at)
    return close == -1


# A source's own figures in a relative clause of its name: "Lebanon's health ministry, whose
# latest count stands at | 10 dead and 42 wounded, said ...".
_WHOSE_FIGURES: Final = regex.compile(
    r"(?i)\bwhose\s+(?:[\p{L}-]+\s+){0,3}?(?:count|toll|tally|figures?|estimates?|numbers?|records?)\s+"
    r"(?:stands?|stood|is|was|are|were|puts?|reached|rose|shows?|showed|lists?|listed|gives?|gave)\b[^.;!?]*\Z")
_WHOSE_REACH: Final = 160
# How many statements after the figure are looked at for the one whose source holds it.
_SOURCES_AFTER: Final = 4


def _told_in_its_source(doc: Document, span: Span) -> Attribution | None:
    """The attribution whose source holds ``span`` in a relative clause that gives the
    source's own figures (see :data:`_WHOSE_FIGURES`), or None."""
    if _WHOSE_FIGURES.search(doc.text, max(0, span.start - _WHOSE_REACH), span.start) is None:
        return None  # (most claims: one bounded search)
    index = _index(doc)
    i = bisect_left(index.sourced_cue_ends, span.end)
    for att in index.sourced[i:i + _SOURCES_AFTER]:
        if att.source is not None and att.source.span.contains(span):
            return att
    return None


def attribution_for(doc: Document, span: Span) -> Attribution | None:
    """The attribution a claim at ``span`` belongs to: the innermost whose content holds it,
    else the one whose source gives it as its own figures ("the ministry, whose count stands
    at 10 dead, said ..."), else the governing one where the text continues a speaker, else
    None."""
    return containing_attribution(doc, span) or _told_in_its_source(doc, span) \
        or governing_attribution(doc, span)
