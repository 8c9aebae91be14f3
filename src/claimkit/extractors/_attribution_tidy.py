"""Tidying the attribution stage's readings once a text is read: a content shared by two
reports, a source that ran back over an earlier cue, a content holding its own cue, and the
weak reports nested inside another one's content.
"""

from __future__ import annotations

from bisect import bisect_right

import attrs
import regex

from claimkit.text import quotation_at, sentence_at

from ._attribution_context import Found
from ._attribution_lexicon import words
from ._attribution_triggers import CUES

_THAT = regex.compile(r"[\s.,;:]*(?:that\s+)?")


def past_earlier_cue(text: str, f: Found, earlier: Found | None) -> Found:
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
    if f.mode == "according_to" and _POSSESSED.fullmatch(text, *f.source):
        return True  # "X said that, according to its information, T": X's own information
    if _PARENTHETICAL.match(text, f.cue[1]) and _SET_OFF.search(text, max(0, f.source[0] - 3), f.source[0]):
        return False  # "T1, he said, T2" / "..., they said.": set off by commas, the report's own
    word = _LAST_CUE_WORD.search(text, f.cue[0], f.cue[1])
    info = CUES.get(word.group().lower()) if word is not None else None
    speech_with_clause = info is not None and info.kind == "speech" and (
        "clause" in info.frames or _THAT_CLAUSE.match(text, f.content[0][0]) is not None)
    if text[f.source[0]:f.source[1]].lower() in _NESTED_PRONOUNS:
        return not speech_with_clause  # a pronoun and a phrase cue ("he said in a statement")
    return info is not None and not speech_with_clause


_LAST_CUE_WORD = regex.compile(r"(?r)[\p{L}]+")
_THAT_CLAUSE = regex.compile(r"that\s", regex.I)
_POSSESSED = regex.compile(r"(?i)(?:its|his|her|their|our)(?:\s+own)?\s+[\p{L}\-]+")
_PARENTHETICAL = regex.compile(r"\s*[,.]")
_SET_OFF = regex.compile(r",\s*$")


def drop_weak_nested(text: str, found: list[Found]) -> list[Found]:
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
                and q.start > s0 and m.end() < e0 and not _TOLD_FATE.match(text, m.end(), e0) \
                and not _ANOTHER_THAT.match(text, m.end(), e0):
            return attrs.evolve(f, content=((s0, m.end()),))
    return f


# After a quote closed by a comma, a participle that goes on telling the report's own facts
# ('had "repulsed" the attack by "PDF terrorists," killing 18 of them').
_TOLD_FATE = regex.compile(r"\s+(?:killing|wounding|injuring|capturing|seizing|losing|leaving)\b", regex.I)
# After a quote closed by a comma, the cue's next "that" clause ('said the attack had been
# "repulsed," that 60 militants were killed, and that ...'): the content goes on.
_ANOTHER_THAT = regex.compile(r"\s+(?:and\s+)?that\b")
_DISCOURSE_TAIL = regex.compile(
    r"(?r),\s*(?:however|meanwhile|for\s+example|for\s+instance|for\s+one|for\s+(?:his|her|its|their)"
    r"\s+part|too|though|in\s+turn|instead|in\s+fact|in\s+contrast|by\s+contrast|likewise|also|"
    r"similarly|in\s+response|at\s+the\s+time|then|now|later)\s*$", regex.I)
_CONTRACTION = regex.compile(r"(?r)['’](?:ve|s|re|d|ll|m)$", regex.I)


# Adverbs of time that are no content on their own.
_TIME_ONLY = words("earlier later previously before yesterday today recently again afterward afterwards "
                   "since then now tonight overnight")


def cut_own_cue(text: str, f: Found) -> Found | None:
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
    if lead is not None and first[0] >= f.cue[1] and lead.end() < first[1] \
            and text.find("\n", f.cue[1], first[0]) == -1:
        # "opined on T", "wondered about T": the preposition belongs to the cue's phrase (not
        # "On Saturday, ..." opening a statement printed after its announcement)
        f = attrs.evolve(f, content=((lead.end(), first[1]), *f.content[1:]))
    if f.mode == "mixed" and len(f.content) == 1:
        f = _end_after_last_quote(text, f)
    only = f.content[0]
    if len(f.content) == 1 and only[1] - only[0] <= 12 \
            and text[only[0]:only[1]].strip(" \t\n.,;:").lower() in _TIME_ONLY:
        return None  # "seven reported earlier", "as X has noted before": nothing is reported
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


def stop_at_next_cue(text: str, found: list[Found]) -> list[Found]:
    """``X, citing Y, said T``: both cues have the subject X, and the first one's content
    (read on to the end) stops before the second cue, at the comma that closes "citing Y"."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if a.source is None or a.source != b.source or len(a.content) != 1:
            continue
        s, e = a.content[0]
        # (a clause set off by commas: "X, citing Y, said T", not "X said he believes T")
        if s < b.cue[0] < e and text[max(0, a.cue[0] - 3):a.cue[0]].rstrip().endswith(",") \
                and text[max(0, b.cue[0] - 3):b.cue[0]].rstrip().endswith(","):
            end = b.cue[0]
            while end > s and text[end - 1] in " ,\t":
                end -= 1
            if end > s:
                found[i] = attrs.evolve(a, content=((s, end),))
    return found


def end_with_outer_source(text: str, found: list[Found]) -> list[Found]:
    """``A man who identified himself as Musa said T``: a cue inside a later cue's source (a
    relative clause of its subject) reports no further than that source's end; read on, its
    content took in the later cue and its report."""
    for i, a in enumerate(found):
        if len(a.content) != 1 or a.source is None or text[a.source[0]:a.source[1]].lower() != "who":
            continue  # (the relative pronoun speaks: its clause is the later subject's)
        s, e = a.content[0]
        for b in found[i + 1:i + 4]:
            # (only a content read on over the later cue: "who say they killed 57 and captured
            # 14, have not disclosed ..." ends where it ends)
            if b.source is not None and b.source[0] < a.source[0] and a.cue[1] <= b.source[1] < e \
                    and s < b.source[1] and b.cue[0] < e:
                found[i] = attrs.evolve(a, content=((s, b.source[1]),))
                break
    return found


# ", but" (or ", while", ", whereas", ";") right before a source: another speaker's report
# set against the first ("Officials say two were killed, but an elder told AFP that three
# died").
_CONTRAST_BEFORE = regex.compile(r"(?:,\s*+(?:but|while|whereas)|;)\s++\Z", regex.I)


def end_before_contrast(text: str, found: list[Found]) -> list[Found]:
    """``X said T1, but Y told Z T2``: the first reading runs T1 on over the second speaker's
    whole report; it ends before ", but", and Y's report is its own (not nested in X's)."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if b.source is None or len(a.content) != 1:
            continue
        cs, ce = a.content[0]
        if not (cs < b.source[0] < ce and b.cue[0] < ce and a.cue[1] <= cs):
            continue
        contrast = _CONTRAST_BEFORE.search(text, max(cs, b.source[0] - 12), b.source[0])
        if contrast is not None:
            end = contrast.start()
            while end > cs and text[end - 1] in " \t":
                end -= 1
            if end > cs:
                found[i - 1] = attrs.evolve(a, content=((cs, end),))
    return found


# A sentence opening with a subordinate clause ("After Clinton was declared the winner, ...").
_SUBORDINATE_OPENING = regex.compile(
    r"(?:after|when|whenever|as|before|since|while|although|though|if|because|once|until|unless"
    r"|even\s+(?:though|as|if))\b", regex.I)
_COMMA_BEFORE = regex.compile(r",\s*+\Z")


def end_with_opening_clause(text: str, found: list[Found]) -> list[Found]:
    """``After X was declared the winner, Y told a crowd T``: a report inside a sentence's
    opening subordinate clause ends with that clause, at the comma before the main clause's
    speaker; read on, it took in Y's whole report (which was then dropped as nested in it)."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if b.source is None:
            continue
        cs, ce = a.content[-1]
        if not (cs < b.source[0] < ce and b.cue[0] < ce and a.cue[1] <= cs):
            continue
        opening = sentence_at(text, a.cue[0])[0]
        while opening < a.cue[0] and not text[opening].isalpha():
            opening += 1  # (past a quotation mark or a dash opening the sentence)
        if _SUBORDINATE_OPENING.match(text, opening, a.cue[0]) is None \
                or _COMMA_BEFORE.search(text, max(cs, b.source[0] - 4), b.source[0]) is None:
            continue
        end = text.rindex(",", cs, b.source[0])
        if end > cs:
            found[i - 1] = attrs.evolve(a, content=(*a.content[:-1], (cs, end)))
    return found


def share_contents(text: str, found: list[Found]) -> list[Found]:
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


# After a cue set off by commas inside a clause (and what tells of its medium), the clause's
# verb: "Its troops, it said (in a statement read on state radio), | had retaken the post".
_ASIDE_THEN_VERB = regex.compile(
    r"[^,.;:!?\n\"“”]{0,60}?,\s+(?=(?:had|has|have|was|were|is|are|will|would|could|can|may|might|should|"
    r"did|does)\s)")


def continue_after_aside(text: str, f: Found) -> Found:
    """``T1, X said, T2``: a clause whose subject (T1, the content read) the cue interrupts
    goes on after it ("Its troops, it said, had retaken the post by midday, killing 15
    attackers"): T2, to the sentence's end, is the content's second part."""
    if f.source is None or len(f.content) != 1:
        return f
    start, end = f.content[0]
    # (the source right after the content's comma: a bounded look, even in a huge sentence)
    if not end < f.source[0] <= end + 3 or not f.source[1] <= f.cue[0] \
            or text[end:f.source[0]].strip() != ",":
        return f
    rest = _ASIDE_THEN_VERB.match(text, f.cue[1])
    if rest is None:
        return f
    after = rest.end()
    stop = sentence_at(text, after)[1]
    while stop > after and text[stop - 1] in " \t\n.!?;":
        stop -= 1
    return attrs.evolve(f, content=((start, end), (after, stop))) if stop > after else f


# After a content, a quotation that goes on with its sentence (maybe after a time the content
# left to the cue): "accused the troops of shelling its positions on Sunday, | “killing three".
_QUOTED_TAIL = regex.compile(
    r"(?:\s+(?:on|in|at|late|early|last|this|overnight)\b[^,;:.!?“”\"\n]{0,30})?,\s+(?=“\p{Ll})")


def take_quoted_tail(text: str, f: Found) -> Found:
    """``X accused Y of T, “Q”``: a quotation opening in lower case after the content goes on
    with the reported sentence, so it is the content's too (the content is then mixed)."""
    if len(f.content) != 1 or f.mode != "indirect" or f.content[0][0] < f.cue[1]:
        return f
    start, end = f.content[0]
    tail = _QUOTED_TAIL.match(text, end)
    if tail is None:
        return f
    quote = quotation_at(text, tail.end())
    if quote is None or quote.start != tail.end() \
            or sentence_at(text, quote.end - 1) != sentence_at(text, end):
        return f
    return attrs.evolve(f, content=((start, quote.end),), mode="mixed")
