"""The source before a cue (:func:`source_before`): the subject noun phrase that ends where the
cue starts ("Defence Minister X said", "X, the spokesman, said", "A source who asked not to be
named told"), with a set-off clause or a request for anonymity between them left out, and the
phrase read further back when its words belong to a larger one: a restrictive relative clause
("A teacher who fled to a nearby village"), a reduced relative ("Fano militiamen fighting
..."), a name given ("A commander known as Abu Bakr"), how the speaker was reached ("Two
residents reached by phone"), a first conjunct ("local officials and residents"); not a time
of day ("8am").

Reads at most 250 characters back, so every cue costs the same however long the sentence. The
noun phrase itself is read by :mod:`._attribution_subject`.
"""

from __future__ import annotations

from typing import Final

import regex

from ._attribution_lexicon import REDUCED_RELATIVE, may_end_with, words
from ._attribution_subject import subject_before

# A source's request not to be named: "who asked not to be named", "who requested anonymity
# to speak freely", "who declined to be identified because ...", "who spoke on condition of
# anonymity because he was not authorized to speak to journalists", and a refusal to comment
# ("who declined to comment on the report"). The request is read as an
# attribution of its own (PolNeAR marks it so, with the request as its content), and set aside
# when the subject of the main cue is looked for ("A source who asked not to be named told
# Reuters T": the source is "A source").
ANONYMITY = regex.compile(
    r"\s+(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted)(?:\s+by\s+name)?|anonymity"
    r"|to\s+remain\s+anonymous|to\s+comment)(?:\s+(?:to|because|for|as|since|on)\s"
    # (the reason runs to a stop or a reporting verb: "... because she was not authorised to
    # speak | said eight ..."; not "had been told not to speak")
    r"(?:(?!\s(?:said|says)\b|(?<!\b(?:been|was|were|is|are|be))\s(?:told|tells)\b)[^,;:.!?\"“”])*)?",
    regex.I)
# The verbs of a request not to be named, in the forms each reading needs: any form as a cue
# ("asked not to be named"), a stem before a passive ("requested not to be identified"), the
# past after "who".
_REQUEST_PAST = ("asked", "requested", "declined")
REQUEST_FORMS = words("asked asking asks requested requesting declined declines decline declining")
ASKED_TO_BE = regex.compile(
    r"(?r)\b(?:" + "|".join(past[:-2] for past in _REQUEST_PAST) + r")\w*\s+(?:not\s+)?to\s+be\s+$", regex.I)
_REQUEST = regex.compile(
    r"who\s+(?:had\s+)?(?:" + "|".join(_REQUEST_PAST) + r"|spoke\s+on\s+(?:the\s+)?condition\s+of)\b")


# A reason's opening and a subject right before the cue: the cue is the reason's verb.
_REASON_SUBJECT = regex.compile(r"(?r)\b(?:because|since|as)\s++(?:[\p{L}'’-]++\s++){0,2}[\p{L}'’-]++\s*+\Z")


def _before_anonymity(text: str, lo: int, end: int) -> int:
    """The start of a clause "(,) who asked not to be named (,)" that ends at ``end``, or
    ``end`` when there is none."""
    k = text.rfind("who ", max(lo, end - 200), end)
    if k <= lo or (request := _REQUEST.match(text, k, end)) is None:
        return end
    tail = ANONYMITY.match(text, request.end(), end)
    if tail is None or text[tail.end():end].strip(" ,\t") \
            or _REASON_SUBJECT.search(text, request.end(), end):
        return end  # (not "..., who spoke on condition of anonymity because she | feared")
    while k > lo and text[k - 1] in " ,\t":
        k -= 1
    return k


# A clause set off by commas between a subject and its cue: "An officer, speaking on condition
# of anonymity, said", "A Warren adviser, who spoke to reporters, said". Most sources annotated
# on PolNeAR leave it out.
_SET_OFF_CLAUSE = regex.compile(
    r"(?r),\s*(?:who|which|where|citing|quoting|speaking|talking|writing|in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|interview|post|message|video|letter|communiqu[eé]|release|briefing|speech|broadcast))"
    r"(?:\s[^,;:\"“”()\n]{0,150})?,\s*$"
    # (or a linking adverbial: "JNIM, for its part, says", "The army, in turn, said")
    r"|,\s*(?:for\s+(?:its|their|his|her|our)\s+part|in\s+turn|in\s+response|however|meanwhile)\s*,\s*$",
    regex.I)


def _before_set_off_clause(text: str, lo: int, end: int) -> int:
    """The start of a clause set off by commas that ends at ``end``, or ``end``."""
    if text.rfind(",", max(lo, end - 3), end) == -1:
        return end  # (most cues follow no comma: no reverse search)
    m = _SET_OFF_CLAUSE.search(text, max(lo, end - 160), end)
    return m.start() if m is not None and m.start() > lo else end


def source_before(text: str, lo: int, end: int, subject: bool = True) -> tuple[int, int] | None:
    """The subject noun phrase that ends at ``end`` (the cue's start), not before ``lo``.

    Returns ``(start, end)``, or None when what precedes the cue is no noun phrase (a clause,
    a quote, nothing). Handles appositives ("X, the spokesman, said"; "X, 58, said"), titles
    ("spokesman X said") and a time phrase between subject and cue ("X on Sunday said": the
    time phrase is left out). With ``subject`` False the phrase may follow a preposition
    (an antecedent: "remarks by Jane Roe, the governor, who ...").
    """
    lo = max(lo, end - 250)
    request = _before_anonymity(text, lo, end)
    if request != end and text.startswith(",", request) and "," in text[max(lo, request - 60):request]:
        # "A source in Pemba, the provincial capital, who requested anonymity ..., said": the
        # phrase with its appositive, read with the comma that closes it
        whole = subject_before(text, lo, request + 1, subject)
        if whole is not None and "," in text[whole[0]:whole[1]]:
            return whole
    end = request
    cut = _before_set_off_clause(text, lo, end)
    if cut != end:
        # "Roe's aide, Jo Tarn, who ..., said": the appositive before the clause stays
        # (read with its comma); "An officer, speaking ..., said": the phrase alone
        found = subject_before(text, lo, cut + 1, subject) or subject_before(text, lo, cut, subject)
        if found is not None and _is_clock(text, found):
            return None  # "... shortly after 8am, killing two, said Roe": a time, no speaker
        return _with_restrictive_relative(text, lo, found, subject)
    found = subject_before(text, lo, end, subject)
    if found is None or _is_clock(text, found):
        return None
    if may_end_with(text, max(lo, found[0] - 30), found[0], _REACHED_BY_ENDS, ignore_case=True) \
            and (by := _REACHED_BY.search(text, max(lo, found[0] - 30), found[0])) is not None:
        # "Two residents reached by phone said", "a commander standing next to a building
        # says": the residents and the commander, not the phone or the building
        whole = subject_before(text, lo, by.start(), subject)
        return (whole[0], found[1]) if whole is not None else found
    if text[found[0]:found[0] + 1] in _TIME_LEFT_INITIALS \
            and (time := _TIME_LEFT.match(text, found[0], found[1])) is not None:
        return (time.end(), found[1])  # "By evening the group said": the group
    if may_end_with(text, max(lo, found[0] - 20), found[0], _REDUCED_RELATIVE_ENDS) \
            and (reduced := _REDUCED_RELATIVE.search(text, max(lo, found[0] - 20), found[0])) is not None \
            and (head := subject_before(text, lo, reduced.start(), subject)) is not None \
            and _CONJUNCT_OPENING.search(text, max(0, head[0] - 4), head[0]):
        # "Fano militiamen fighting Ethiopia's federal government said": the militiamen
        return (head[0], found[1])
    for verb, relative, reach in _RELATIVE_CLAUSES:
        if verb.match(text, found[0], found[1]) \
                and (rel := relative.search(text, max(lo, found[0] - reach), found[0])) is not None \
                and (head := subject_before(text, lo, rel.start(), subject)) is not None:
            # the words read were a relative clause's: the source is its head with the clause
            return (head[0], found[1])
    if (naming := _NAMING_BEFORE.search(text, max(lo, found[0] - 40), found[0])) is not None \
            and (head := subject_before(text, lo, naming.start(), subject)) is not None:
        # "A commander known as Abu Bakr said", "A fighter who gave his name only as Musa
        # told AFP": the phrase the name is given to, with the name
        return (head[0], found[1])
    if text[found[0]:found[1]].lower() not in _FIXED_OBJECTS \
            and text.find("who", max(lo, found[0] - 100), found[0]) != -1 \
            and (who := _WHO_CLAUSE_TO_OBJECT.search(text, max(lo, found[0] - 100), found[0])) is not None \
            and (head := subject_before(text, lo, who.start(), subject)) is not None:
        # "A resident who reached the district capital, Mueda, on foot said": the resident
        return (head[0], found[1])
    return _with_conjunct(text, lo, found, subject)


# "and" right before a subject, after a phrase that may be its first conjunct.
_AND_BEFORE: Final = regex.compile(r"(?r)(?<=[\p{L}.])\s+and\s+\Z")
# What may stand before a whole coordinated subject: the clause's start or a comma.
_CONJUNCT_OPENING: Final = regex.compile(r"(?r)(?:\A|[,;:(\n“\"]|[.!?]\s)\s*+\Z")


def _with_conjunct(text: str, lo: int, found: tuple[int, int], subject: bool) -> tuple[int, int]:
    """``found`` with a first conjunct before it, when the phrase before "and" is a noun phrase
    that opens its clause: "..., local officials and residents said" (both speak), not "the
    army killed 12 militants and residents said"."""
    if text.find("and", max(lo, found[0] - 6), found[0]) == -1 \
            or (conj := _AND_BEFORE.search(text, max(lo, found[0] - 6), found[0])) is None:
        return found  # (no "and": the pattern is not tried)
    first = subject_before(text, lo, conj.start(), subject)
    if first is None or not _CONJUNCT_OPENING.search(text, max(0, first[0] - 4), first[0]):
        return found  # the phrase is the end of a clause
    words = text[first[0]:first[1]].split()
    if len(words) > 5 or any(not _NOUN_WORD.fullmatch(w) for w in words):
        return found  # a verb or a figure in it: a clause ("the army killed 12 militants and ...")
    return (first[0], found[1])


# A word of a plain noun phrase: no digits, and no lower-case word ending as a verb form does.
_NOUN_WORD: Final = regex.compile(r"(?:\p{Lu}[\p{L}'’.\-]*|(?![\p{Ll}\-]*(?:ed|ing)\Z)[\p{Ll}'’.\-]+)")


# A time of day ("8am", "10:30 p.m.", "0400 GMT"); a bare number may speak ("39 said ...").
_CLOCK: Final = regex.compile(
    r"(?i)\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}(?:\s*(?:gmt|utc|hrs))?"
    r"|\d{4}\s*(?:gmt|utc|hrs)")


def _is_clock(text: str, found: tuple[int, int]) -> bool:
    """Whether the words ``found`` are a time of day (:data:`_CLOCK`, whose every match opens
    with a digit: most words are tried no further)."""
    return text[found[0]:found[0] + 1].isdecimal() and _CLOCK.fullmatch(text, *found) is not None


_REACHED_BY: Final = regex.compile(
    r"(?i)\s(?:(?:reached|contacted|interviewed|speaking)\s+(?:by|over\s+the|on\s+the)"
    # a posture: "a commander standing next to a bullet-scarred building says"
    r"|(?:standing|sitting|seated|posing|kneeling)\s+(?:next\s+to|beside|in\s+front\s+of|outside|near|by|"
    r"on|in|at))\s+\Z")
_TIME_LEFT: Final = regex.compile(
    r"(?i)(?:evening|morning|afternoon|night|nightfall|noon|midday|dawn|dusk|yesterday|today|overnight"
    # ("last month the regional command said")
    r"|(?:last|this|that)\s+(?:week|weekend|month|year|spring|summer|autumn|winter))\s+(?=(?:the|a|an)\s)")
_TIME_LEFT_INITIALS: Final = "eEmMaAnNdDyYtToOlL"  # (of its words: the pattern is tried only after one)
# The last words of :data:`_REACHED_BY`'s matches (tried only after one: most subjects follow none).
_REACHED_BY_ENDS: Final = ("by", "the", "to", "beside", "of", "outside", "near", "on", "in", "at")


# A participle that opens a reduced relative after its head, whose object the words read as
# a subject are: "militiamen | fighting | Ethiopia's federal government said".
_REDUCED_RELATIVE: Final = regex.compile(r"(?r)(?<=\p{L})\s+(?:" + REDUCED_RELATIVE + r")\s+\Z")
_REDUCED_RELATIVE_ENDS: Final = ("ing", "to", "with")  # (how the words of REDUCED_RELATIVE end)


# A name given to the phrase before it ("known as", "who identified himself as", "who gave
# her name only as"), which the words read as a subject end (not "called", "dubbed": "the
# operation dubbed Iron Wall" names no speaker).
_NAMING_BEFORE: Final = regex.compile(
    r"(?ri)(?<=[\p{L}.])\s+(?:known\s+as|nicknamed|alias|"
    r"(?:who\s+)?(?:identified|introduced)\s+(?:himself|herself|themselves)\s+as|"
    r"(?:who\s+)?gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?names?\s+(?:only\s+)?as)\s+\Z")


# "who" and its clause up to a preposition whose object the cue follows: "A resident | who
# reached the district capital, Mueda, on | foot said".
_WHO_CLAUSE_TO_OBJECT = regex.compile(
    r"(?r)(?<![,\s])\s+who\s+(?:[^\s.;:!?\"“”()]+\s+){1,10}?(?:on|to|from|in|at|by|with|near|into|across)\s+$")
# Verbs that describe what a body does, opening a relative clause read as a subject ("a group
# that | tracks cross-border attacks says"): not "that | superdelegates pledged".
_DESCRIBING_VERB = regex.compile(
    r"(?:runs|tracks|monitors|documents|represents|operates|manages|supports|helps|oversees|records|"
    r"collects|compiles|provides|works|campaigns|advocates|coordinates|investigates|counts|maps|"
    r"verifies|assists|treats|shelters|serves|organises|organizes)\s")
# A passive relative clause's participle, and what opens the clause before it: "a coach | that
# was | stopped on the highway".
_PARTICIPLE = regex.compile(r"\p{Ll}+(?:ed|en|wn)\s")
_PASSIVE_RELATIVE_BEFORE = regex.compile(
    r"(?r)(?<=\p{L})\s+(?:that|who|which)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+$")
# A relative pronoun right before the words read as a subject: they are its clause.
_RELATIVE_RIGHT_BEFORE = regex.compile(r"(?r)(?<=\p{L})\s+(?:that|who|which)\s+$")
# Relative clauses a subject read before a cue may be, each as (its first word, what opens it
# before that word, how far back that may start): "A monitoring group | that | tracks
# cross-border attacks says", "Passengers on a coach | that was | stopped on the highway said".
_RELATIVE_CLAUSES = ((_DESCRIBING_VERB, _RELATIVE_RIGHT_BEFORE, 12),
                     (_PARTICIPLE, _PASSIVE_RELATIVE_BEFORE, 24))
# Objects of fixed phrases ("in fact", "in turn"): adverbs, not the place a clause ends on.
_FIXED_OBJECTS = frozenset({"fact", "turn", "particular", "addition", "short", "general", "part",
                            "total", "contrast", "person", "public", "private", "time"})
# "who" and the words of its clause up to a noun phrase: "A teacher | who fled to | a nearby
# village, speaking ..., said".
_WHO_CLAUSE_BEFORE = regex.compile(r"(?r)(?<![,\s])\s+who\s+(?:[\p{Ll}'’-]+\s+){1,6}$")


def _with_restrictive_relative(text: str, lo: int, found: tuple[int, int] | None,
                               subject: bool) -> tuple[int, int] | None:
    """``found``, or the phrase that a restrictive relative clause ending in it belongs to: in
    "A teacher who fled to a nearby village, speaking on condition of anonymity, said" the
    source is the teacher, not the village."""
    if found is None:
        return None
    who = _WHO_CLAUSE_BEFORE.search(text, max(lo, found[0] - 80), found[0])
    if who is None:
        return found
    head = subject_before(text, lo, who.start(), subject)
    return (head[0], found[1]) if head is not None else found
