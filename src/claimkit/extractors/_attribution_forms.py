"""The statement shapes that are not a reporting verb's: "according to S", the passive
("T1 is expected to T2", "S was quoted as saying T"), the transcript label ("NAME: T") and
a title's source at its end ("... kills eight: Kurds").

Like :mod:`._attribution_parse`, each function receives the text, offsets and a
:class:`Context` and returns a :class:`Found` (offsets only) or None.
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit.text._calendar import MONTH_PATTERN, WEEKDAY_PATTERN

from ._attribution_before import source_before
from ._attribution_context import Context, Found, Range, has_quote, lstrip_at, rstrip_at, trim_end
from ._attribution_lexicon import words
from ._attribution_preposed import preposed
from ._attribution_triggers import LABEL_BODY_WORDS
from ._gazetteer import lookup as place_lookup
from ._source import OUTLET_NAMES
from ._status_scopes import reason_follows


def according_to(ctx: Context, ss: int, se: int, cs: int, ce: int) -> Found | None:
    """``According to S, T`` or ``T, according to S`` (and ``By his account, T``)."""
    text = ctx.text
    before = text[ss:cs].strip(" ,\t\u00a0")
    if text[cs:cs + 3].lower() == "by ":
        return _by_account(ctx, ss, se, cs, ce, before)
    if not before or _INTRO.fullmatch(before) or _THAT_BEFORE.search(text, ss, cs):
        # (also "X said that, according to S, T": an aside opening the reported clause)
        comma = text.find(",", ce, se)
        if comma == -1:
            return None
        src = lstrip_at(text, ce, comma), rstrip_at(text, ce, comma)
        start = lstrip_at(text, comma + 1, se)
        end = trim_end(text, start, se)
        if end <= start or src[1] <= src[0]:
            return None
        return Found(src, (cs, ce), ((start, end),), "according_to")
    start, close = _content_before(text, ss, cs)
    if close <= start:
        return None
    send = se
    m = _ACC_SOURCE_END.search(text, ce, se)
    if m:
        send = m.start()
    parts: tuple[Range, ...] = ((start, close),)
    comma = text.find(",", ce, send)
    if comma != -1 and _ACC_RESUMES.match(text, comma + 1, se):
        # "T1, according to one report, T2": the sentence resumes after the source
        rest = lstrip_at(text, comma + 1, se)
        rend = trim_end(text, rest, se)
        if rend > rest:
            parts = ((start, close), (rest, rend))
            send = comma
    send = trim_end(text, ce, send)
    sstart = lstrip_at(text, ce, send)
    if send <= sstart:
        return None
    return Found((sstart, send), (cs, ce), parts, "according_to")


def _by_account(ctx: Context, ss: int, se: int, cs: int, ce: int, before: str) -> Found | None:
    """``By his account, T`` or ``T, by their own count``: the possessive is the source."""
    owner = _POSSESSOR.match(ctx.text, cs)
    return _by_owner(ctx, ss, se, cs, ce, before, owner.span("who")) if owner is not None else None


def by_possessor(ctx: Context, mark: int, noun_end: int) -> Found | None:
    """``By the army's count, T`` or ``T, by the UN's tally``: the possessor before the mark
    ``'s`` at ``mark`` is the source and "by" the cue (as in "By his account"); the content is
    what follows the noun ending at ``noun_end`` or what precedes "by". A time is no possessor
    ("By Monday's count" tells when)."""
    text = ctx.text
    ss, se = ctx.sentence(mark)
    by = _BY_OWNER.search(text, max(ss, mark - 80), mark)
    if by is None or _TIME_OWNER.search(by["who"]) is not None:
        return None
    return _by_owner(ctx, ss, se, by.start(), noun_end, text[ss:by.start()].strip(" ,\t\u00a0"),
                     by.span("who"))


def _by_owner(ctx: Context, ss: int, se: int, cs: int, ce: int, before: str, src: Range) -> Found | None:
    """The content around the aside ``text[cs:ce]`` whose source is ``src``: after it when it
    opens the sentence, else before it (when it closes the sentence)."""
    text = ctx.text
    if not before:
        start = lstrip_at(text, ce, se)
        if start < se and text[start] == ",":
            start = lstrip_at(text, start + 1, se)
        end = trim_end(text, start, se)
    else:
        start, end = _content_before(text, ss, cs)
        if trim_end(text, ce, se) > lstrip_at(text, ce, se):
            return None  # "killed 30 by its own count of the dead ...": no closing aside
    # (the cue is "by", as the annotators of attribution mark it; the possessive and its noun
    # stay in the text between cue and content)
    return Found(src, (cs, cs + 2), ((start, end),), "according_to") if end > start else None


_POSSESSOR = regex.compile(r"(?i)by\s+(?P<who>his|her|their|its)\b")
# "by | the army | 's": the possessor between "by" and the mark (a few words).
_BY_OWNER = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])by\s+(?P<who>(?:[^\s,;:()]+\s+){0,5}?[^\s,;:()]+)\Z")
_TIME_OWNER = regex.compile(
    r"(?i)\b(?:" + WEEKDAY_PATTERN + "|" + MONTH_PATTERN + r"|today|yesterday|tonight|morning|afternoon|"
    r"evening|night|week|weekend|month|year|day|noon|midday|midnight)\Z")


def _content_before(text: str, ss: int, cs: int) -> Range:
    """The words of the sentence from ``ss`` before a cue at ``cs``, without the commas that
    close them ("T, | according to S", "T, | by its own count")."""
    end = rstrip_at(text, ss, cs)
    while end > ss and text[end - 1] == ",":
        end -= 1
    return lstrip_at(text, ss, end), end


def in_poll(ctx: Context, ss: int, se: int, cs: int, ce: int) -> Found | None:
    """``In S, T`` opening a sentence, where S is a poll or survey ("In a CNN/ORC poll released
    Monday, 31 percent of voters said ..."): the source reaches to the comma, over an aside
    telling how the poll was made ("In the latest poll, conducted in May, Roe led"); T must
    hold two words at least ("In the polls, anyway" tells no finding)."""
    text = ctx.text
    if lstrip_at(text, ss, se) != cs:
        return None  # a poll told inside a sentence ("trails in the polls") is no source
    comma = text.find(",", ce, se)
    while comma != -1 and (aside := _POLL_ASIDE.match(text, comma + 1, se)) is not None:
        comma = aside.end() - 1
    if comma == -1:
        return None
    src = lstrip_at(text, ce, comma), rstrip_at(text, ce, comma)
    start = lstrip_at(text, comma + 1, se)
    end = trim_end(text, start, se)
    if src[1] <= src[0] or " " not in text[start:end]:
        return None
    return Found(src, (cs, ce), ((start, end),), "according_to")


# How a poll was made, set off by commas after its name: "conducted March 11-13,".
_POLL_ASIDE = regex.compile(
    r"\s*(?:conducted|released|published|taken|carried\s+out|fielded|commissioned)\b[^,;:\n]{0,60},")


def reportedly(ctx: Context, ss: int, se: int, cs: int, ce: int) -> Found | None:
    """``T1 reportedly T2`` / ``Reportedly, T``: a report without a source; the content is the
    clause around the adverb."""
    text = ctx.text
    start = lstrip_at(text, ss, cs)
    end = trim_end(text, ce, se)
    rest = lstrip_at(text, ce, end)
    if rest < end and text[rest] == ",":
        rest = lstrip_at(text, rest + 1, end)
    if end <= rest:
        return None
    parts: tuple[Range, ...] = ((rest, end),)
    if start < cs and not reason_follows(text, ce, end):
        # (not "arrested six men, reportedly for links to the group": only the reason is
        # reported, as the status stage reads it)
        parts = ((start, rstrip_at(text, start, cs)), (rest, end))
    return Found(None, (cs, ce), parts, "indirect")


_INTRO = regex.compile(r"[\p{L}]+")  # one word before "according to" ("Yesterday, according to")
_THAT_BEFORE = regex.compile(r"(?<![\p{L}])that\s*,\s*\Z", regex.IGNORECASE)
# After "T1, according to S," the sentence resumes (not an appositive of S, not a clause of
# its own): a lowercase word that is no determiner or relative, a figure or a quote.
_ACC_RESUMES = regex.compile(
    r"\s*(?:[$\d“\"]|(?!(?:a|an|the|his|her|its|their|who|which|whose|that|and|but|or|while|"
    r"although|as|when|where|with|including|a\s)\b)\p{Ll})")
# (", with fuel entering only under escort", ", adding that": a clause of the sentence's own)
_ACC_SOURCE_END = regex.compile(
    r",?\s+(?:who|which|that)\s|,\s+(?:and|but|which|who|with|while|as|after|before|amid|despite|"
    r"although|though|when|where|since|because|whereas)\s|,\s+\p{Ll}+ing\s|[;:]|\s[—–]\s")


def passive(ctx: Context, ss: int, se: int, cs: int, ce: int) -> Found | None:
    """``T1 is expected to T2`` / ``T1 was criticized by S for T2`` / ``T1 seems T2``: the
    content wraps its cue; the source is the ``by`` agent when there is one."""
    text = ctx.text
    subj = source_before(text, ss, cs)
    start = subj[0] if subj else lstrip_at(text, ss, cs)
    if start >= cs or has_quote(text, start, cs):
        return None
    quoted = _QUOTED_AS.match(text, ce, se)
    if subj is not None and quoted is not None:
        # "S was quoted as saying T": the subject is the source
        return preposed(ctx, ss, se, cs, quoted.end(), "clause", subj, None)
    if text[start:rstrip_at(text, start, cs)].lower() == "it" and (
            _THAT.match(text, ce, se) or _SEEM_WORD.search(text, cs, ce)):
        # "It is claimed that T": no source, the that-clause is the content
        rest = lstrip_at(text, ce, se)
        end = trim_end(text, rest, se)
        return Found(None, (cs, ce), ((rest, end),), "indirect") if end > rest else None
    subject = (start, rstrip_at(text, start, cs))
    if text[subject[0]:subject[1]].lower() == "it" and start > ss \
            and (comma := _COMMA_BEFORE.search(text, ss, start)) is not None \
            and _CLOSING_CUE.match(text, ce, se) is not None:
        # "Three soldiers were killed, it was announced by the ministry": the clause before
        # the comma is what "it" stands for
        subject = (lstrip_at(text, ss, comma.start()), comma.start())
    src = None
    j = ce
    by = _BY_AGENT.match(text, ce, se)
    if by and (text[by.end()].isupper() or text.startswith(_AGENT_STARTS, by.end())):
        stop = _AGENT_END.search(text, by.end(), se)
        src = (by.end(), trim_end(text, by.end(), stop.start() if stop else se))
        j = src[1]
    end = trim_end(text, j, se)
    rest = lstrip_at(text, j, end)
    if end <= rest:
        # "T was first reported by S.": the subject is the whole content
        return Found(src, (cs, ce), (subject,), "indirect") if src is not None else None
    return Found(src, (cs, ce), (subject, (rest, end)), "indirect")


_BY_AGENT = regex.compile(r"\s+by\s+")
# "... were killed, | it was announced | by the ministry.": a comma before "it", and the cue
# closing its sentence (not "..., it is said, ...")
_COMMA_BEFORE = regex.compile(r"(?<=\p{L}),\s*+\Z")
_CLOSING_CUE = regex.compile(r"(?:\s++(?:by|in)\s++[^,;:.!?\"“”]++)?[.!?]?\s*+\Z")
_QUOTED_AS = regex.compile(r"\s+as\s+(?:saying|telling\s+[\w ]{1,30}?|stating|writing)\b")
_THAT = regex.compile(r"\s+that\b")
_SEEM_WORD = regex.compile(r"\b(?:seem|appear)", regex.I)  # "it seems T": "it" is no part of T
_AGENT_STARTS = ("the ", "a ", "an ", "some ", "many ", "his ", "her ", "their ", "its ", "several ", "one ")
_AGENT_END = regex.compile(r"\s(?:for|as|to|in|on|over|after|because|that|when|while)\s|[,;.:]")


def _body_label(label: str) -> bool:
    """Whether a label may give a figure ("SDF: 17 attackers killed", "Sudan army: 40 rebels
    killed"): initials or a body's word, not a place's name ("Kella: 12 killed")."""
    return (label.isupper() and len(label) >= 2) or any(w in _BODY_WORDS for w in label.lower().split())


_BODY_WORDS = frozenset(LABEL_BODY_WORDS)


def printed(ctx: Context, cs: int, ce: int) -> Found | None:
    """``S released the following communiqué ...`` (the cue ``cs:ce``) and the document
    printed after the announcing paragraph: its quotation, or its first paragraph unquoted, is
    the content (the paragraphs after it are the issuer's too: see
    :mod:`claimkit.extractors._attach`). None when the announcement names no issuer or no
    paragraph follows it soon."""
    text = ctx.text
    ss, _ = ctx.sentence(cs)
    src = source_before(text, ss, cs)
    end_of_paragraph = text.find("\n", ce, ce + _ANNOUNCEMENT_REACH)
    if src is None or end_of_paragraph == -1:
        return None
    start = lstrip_at(text, end_of_paragraph, len(text))
    q = ctx.quote_starting(start)
    if q is not None:
        return Found(src, (cs, ce), ((q.inner_start, q.inner_end),), "direct")
    pe = text.find("\n", start)
    end = trim_end(text, start, len(text) if pe == -1 else pe)
    if start < end and text[start] in _OPENING_MARKS:
        start += 1  # (a quotation over several paragraphs, its first one read alone)
    return Found(src, (cs, ce), ((start, end),), "indirect") if end > start else None


# How far the announcing paragraph may run on after its announcement ("... late on Sunday. It
# was read on the state broadcaster. We reproduce it at length, in our own translation:").
_ANNOUNCEMENT_REACH: Final = 400
_OPENING_MARKS: Final = "\"“«"


def says_heading(ctx: Context, m: regex.Match[str]) -> Found | None:
    """A fact box's heading "WHAT ISRAEL SAYS" (a match of ``SAYS_HEADING``) and the bulleted
    lines right after it: one attribution whose content is every bullet's words, the party
    in the heading its source, the heading's verb its cue. None when no bullet follows."""
    text = ctx.text
    pieces: list[Range] = []
    pos = m.end()
    while len(pieces) < _HEADING_POINTS and (bullet := _BULLET_LINE.match(text, pos)) is not None:
        end = trim_end(text, bullet.start("point"), bullet.end("point"))
        if end > bullet.start("point"):
            pieces.append((bullet.start("point"), end))
        pos = bullet.end()
    if not pieces:
        return None
    who = (m.start("who"), rstrip_at(text, m.start("who"), m.end("who")))
    return Found(who, m.span("cue"), tuple(pieces), "indirect")


# A bulleted line after a heading ("* Three soldiers were killed ..."), its words the point.
_BULLET_LINE: Final = regex.compile(r"\n[ \t]*+[*•\-–—][ \t]++(?P<point>[^\n]++)")
# (a box of a few points; a page of bullets is no one heading's)
_HEADING_POINTS: Final = 12


def transcript(ctx: Context, ps: int, pe: int, name: Range, colon: int) -> Found | None:
    """``NAME: T`` opening a paragraph (interview transcripts, "Speaker: words" headlines)."""
    text = ctx.text
    start = lstrip_at(ctx.text, colon + 1, pe)
    end = trim_end(text, start, pe)
    if end <= start or not (text[start].isalpha() or text[start] in "“\"‘'"
                            or (text[start].isdigit() and _body_label(text[name[0]:name[1]]))) \
            or " " not in text[start:end]:
        return None
    q = ctx.quote_starting(start)
    if q is not None and q.end >= end:
        return Found(name, (colon, colon + 1), ((q.inner_start, q.inner_end),), "direct")
    return Found(name, (colon, colon + 1), ((start, end),), "direct")


# A title that names its source after a colon or a dash at its end, wire style: "Turkish drone
# strike on convoy kills eight: Kurds", "Jihadists overrun army base - sources", "... -
# monitor". The source is a few words: capitalised, or a word for a source.
_TITLE_SOURCE: Final = regex.compile(
    r"(?P<content>[^\n]{12,}?\S)(?P<cue>\s*:|\s+[-–—])\s+(?P<source>(?:\p{Lu}[\p{L}.'’\-]*|"
    r"(?:local\s+|security\s+|military\s+|medical\s+|hospital\s+|official\s+)?(?:sources?|officials?|"
    r"monitor|medics|residents|witnesses|police|army|military|ministry|rebels|activists|report|media|"
    r"governor|spokesman|UN|NGO))(?:\s+(?:\p{Lu}[\p{L}'’\-]*|sources?|officials?|says?)){0,3})[ \t]*\n")


def title_source(text: str) -> Found | None:
    """A source the title names at its end (see :data:`_TITLE_SOURCE`), or None: only the
    first line, with the report after it; a place is a dateline's or a topic's, not a source."""
    m = _TITLE_SOURCE.match(text, 0, min(len(text), _TITLE_REACH))
    if m is None or len(m["content"].split()) < 3 or place_lookup(m["source"]) is not None \
            or m["source"].lower() in OUTLET_NAMES:
        return None  # (an outlet's name after a web title's dash is its byline: "... - Reuters")
    source = m.span("source")
    words_ = m["source"].lower().rstrip(".").split()
    if words_[-1] in ("says", "say") or words_[0] in _SECTION_LABELS or words_[-1] in _SECTION_LABELS \
            or not _LOWER_WORD.search(m["content"]):
        # "..., Kurds say": the verb is a cue of its own; "... - Script", "... - Live": a
        # section's label; "Kachin Independence Army - Information Department": a letterhead
        return None
    cue = (m.start("cue") + len(m["cue"]) - len(m["cue"].lstrip()), m.end("cue"))
    return Found(source, cue, (m.span("content"),), "according_to")


_TITLE_REACH: Final = 300
# Labels a web title ends in that tell the page's kind, no source.
_SECTION_LABELS: Final = words("live script yet update updated video photos analysis opinion explainer "
                               "factbox timeline transcript watch breaking exclusive")
_LOWER_WORD: Final = regex.compile(r"\b\p{Ll}{3,}\b")
