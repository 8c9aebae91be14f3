"""Speakers: the mentions of sources (read by :func:`._attribution_mention.read_mention`)
resolved across the document.

Resolving (:func:`resolve_speakers`), in text order, against the speakers met so far:

* a pronoun (he, she, him, her) is the latest named person; "they" / "it" the latest
  organization;
* a name is an earlier speaker whose name it equals or ends ("Mujahid" after
  "Zabihullah Mujahid");
* a description without a name ("the Taliban spokesman", "the spokesman") is the latest
  speaker with that role (and no other organization);
* a role without an organization takes the organization of an organization-only speaker
  just before it ("The Taliban said ..., spokesman Zabihullah Mujahid told reporters").

Every mention keeps its own text and span; what it resolves to fills name, role and
organization, so "Mujahid", "he" and "the Taliban spokesman" carry the same three values.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterator, Sequence

import attrs
import regex

from claimkit._model import Span, Speaker
from claimkit.text import sentence_at

from ._attribution_after import clause_subject
from ._attribution_before import source_before
from ._attribution_lexicon import words
from ._attribution_mention import (
    DETERMINERS,
    GROUP_PRONOUNS,
    LINKS,
    PERSON_PRONOUNS,
    PLURAL_ROLES,
    PRONOUN_GENDER,
    ROLE_GENDER,
    Mention,
    read_mention,
)
from ._attribution_names import ORG_HEADS, person_named_before
from ._attribution_np import ROLE_WORDS


@attrs.define
class _Entity:
    name: str | None
    role: str | None
    organization: str | None
    end: int
    words: tuple[str, ...] = ()  # the name's lowercased words, kept by _Known
    gender: str | None = None  # "f" / "m": from a role word, or the first "he" / "she" it takes
    indefinite: bool = False  # first met as "a spokesman": the name may come later

    @property
    def person(self) -> bool:
        return self.name is not None

    def may_be(self, pronoun: str) -> bool:
        """Whether "he" / "she" may stand for this speaker: a person (a name, or one person
        by role: "the nurse", "a spokesman") of no other known gender."""
        head = self.role.split()[-1].lower() if self.role else ""
        several = head in PLURAL_ROLES or (head.endswith("s") and head[:-1] in ROLE_WORDS)
        one = not several and (self.person or (self.role is not None and not head.endswith("s")
                                               and head not in _GROUP_WORDS))
        return one and self.gender in (None, PRONOUN_GENDER[pronoun])

    def fill(self, m: Mention, end: int) -> None:
        """Take the role and organization ``m`` adds (a name goes through
        :meth:`_Known.rename`, which keeps the name index)."""
        self.role = self.role or m.role
        self.organization = self.organization or m.organization
        self.end = end


# How far back an organization-only speaker in the same sentence lends its name to a bare
# role ("The Taliban said ..., spokesman Zabihullah Mujahid told reporters").
_ORG_REACH = 400


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(name.lower().split())


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names (their lowercased words) may be one person: one ends with the other
    ("Delko", "Aram Delko")."""
    if len(a) > len(b):
        a, b = b, a
    return a == b[len(b) - len(a):] if a else not b


# How many speakers back (the most recent first) a mention looks for the one it names again:
# far more than a report introduces, and a bound that keeps a document of thousands of
# speakers linear.
_ENTITY_REACH = 200


def _recent(entities: list[_Entity]) -> Iterator[_Entity]:
    """The last :data:`_ENTITY_REACH` of ``entities``, the most recent first."""
    return itertools.islice(reversed(entities), _ENTITY_REACH)


class _Known:
    """The speakers met so far, in order, with those named indexed by their name's last word
    (a name matches another only when one ends with the other's words)."""

    def __init__(self) -> None:
        self.entities: list[_Entity] = []
        self._by_last_word: dict[str, list[_Entity]] = {}

    def add(self, ent: _Entity) -> None:
        self.entities.append(ent)
        if ent.name:
            self.rename(ent, ent.name)

    def rename(self, ent: _Entity, name: str) -> None:
        last = ent.words[-1] if ent.words else None
        ent.name, ent.words = name, _name_words(name)
        if ent.words and ent.words[-1] != last:
            self._by_last_word.setdefault(ent.words[-1], []).append(ent)

    def find_named(self, name: str) -> _Entity | None:
        """The latest speaker (among the last :data:`_ENTITY_REACH` with the same last word)
        whose name may be the same person's as ``name``."""
        words_ = _name_words(name)
        if not words_:
            return None
        for ent in _recent(self._by_last_word.get(words_[-1], [])):
            if ent.words and ent.words[-1] == words_[-1] and _same_person(words_, ent.words):
                return ent
        return None


def _find(known: _Known, m: Mention, start: int) -> _Entity | None:
    entities = known.entities
    if m.pronoun in PERSON_PRONOUNS:
        return next((e for e in _recent(entities) if e.may_be(m.pronoun)), None)
    if m.pronoun in GROUP_PRONOUNS:
        return next((e for e in _recent(entities) if not e.person and e.organization), None)
    if m.name:
        return known.find_named(m.name)
    if m.role and not m.role.endswith("s") and not m.indefinite:
        for e in _recent(entities):
            if e.role and e.role.split()[-1].lower() == m.role.split()[-1].lower() and (
                    not m.organization or not e.organization or m.organization == e.organization):
                return e
        return None
    if m.organization and not m.role:
        if _is_document(m.organization):
            # "the statement said", "the relevant passage read": the body that issued it, the
            # latest one speaking
            return next((e for e in _recent(entities) if not e.person and e.organization
                         and not _is_document(e.organization)), None)
        return next((e for e in _recent(entities)
                     if not e.person and e.organization == m.organization), None)
    return None


# A body's head word standing for a body named before ("the agency", "the mission").
_GENERIC_BODY = regex.compile(r"(?i)the\s+(?:agency|mission|monitor|observatory|network|charity|body)")


def _body_spoken_last(entities: list[_Entity], start: int) -> _Entity | None:
    """"the agency said": the body that spoke last, a few sentences before ``start`` at most
    (not a document, nor a body known only by such a word)."""
    return next((e for e in _recent(entities) if not e.person and e.organization
                 and not _GENERIC_BODY.fullmatch("the " + e.organization)
                 and e.organization.split()[-1].lower() not in _DOCUMENTS
                 and start - e.end <= _GROUP_REACH), None)


# A document speaking for the body that issued it ("the statement said", "the report found").
_DOCUMENTS = words("statement report communique communiqué release bulletin passage broadcast "
                   "message post letter notice")


def _is_document(organization: str) -> bool:
    """"statement", "the relevant passage", "its latest bulletin"; not "Huffington Post" nor
    "the campaign's statement" (a body of its own)."""
    words_ = organization.split()
    if len(words_) > 2 and "of" in words_[1:3] and words_[words_.index("of") - 1] in _DOCUMENT_PARTS:
        words_ = words_[words_.index("of") + 1:]  # "the relevant part of the statement"
    return words_[-1] in _DOCUMENTS and (len(words_) == 1 or (
        len(words_) == 2 and words_[0] in _DOCUMENT_ADJECTIVES))


_DOCUMENT_PARTS = words("part parts portion excerpt extract text translation passage section")


_DOCUMENT_ADJECTIVES = words("relevant full latest new original earlier final official written joint "
                             "brief short daily morning evening weekly")


# A body named in the text: capitalised words ending in an organization's head word.
_BODY = regex.compile(r"(?:[\p{Lu}][\p{L}\-]+\s+){0,4}(?:" + "|".join(
    sorted((w.capitalize() for w in ORG_HEADS if w.isalpha()), key=len, reverse=True)) + r")\b")
_BODY_REACH = 400


def _named_body_before(text: str, pos: int) -> tuple[str, int] | None:
    """The last body named shortly before ``pos`` ("its commanders" after "the Sable
    Brigade") and where its name ends, or None."""
    found = None
    for m in _BODY.finditer(text, max(0, pos - _BODY_REACH), pos):
        found = m.group(), m.end()
    return found


def _group_body_named(text: str, lo: int, pos: int) -> str | None:
    """The last body named in ``text[lo:pos]`` that is no state's ("the Sable Brigade"), or
    None."""
    found = None
    for m in _BODY.finditer(text, lo, pos):
        if not _STATE_BODY.search(m.group()):
            found = m.group()
    return found


_GROUP_WORDS = words("group movement organisation organization")
# A state's own bodies: "the group" that speaks is never one of them.
_STATE_BODY = regex.compile(r"(?i)\b(?:ministry|army|government|police|military|armed\s+forces|defen[cs]e|"
                            r"presidency|navy|air\s+force|gendarmerie|junta|authorities|cabinet)\b")
_GROUP_REACH = 600
_RELATIVE_PRONOUNS = words("who which that")
_BEFORE_RELATIVE = regex.compile(r"(?r),\s*$")


def _antecedent(text: str, start: int) -> Mention | None:
    """What the noun phrase before a relative pronoun at ``start`` says ("Jane Roe, the
    governor, who said ..." -> Jane Roe, governor), or None."""
    comma = _BEFORE_RELATIVE.search(text, max(0, start - 4), start)
    if comma is None:
        return None
    lo = max(sentence_at(text, start)[0], start - 250)  # in the pronoun's sentence only
    span = source_before(text, lo, comma.end(), subject=False)  # "Name, role,"
    if span is None:
        span = source_before(text, lo, comma.start())
    return read_mention(text[span[0]:span[1]]) if span is not None else None


def _named_since(text: str, known: _Known, ent: _Entity | None, pronoun: str, s: int) -> _Entity | None:
    """A person named as a subject after the sentence where ``ent`` last spoke (a name in its
    own words is one it tells of) and before the pronoun at ``s`` ("Mu Phaw Meh has learned
    ... '...,' she said"), as a speaker: one met before under that name, or a new one. None
    when there is none or the pronoun cannot stand for them."""
    named = person_named_before(text, sentence_at(text, ent.end - 1)[1] if ent is not None else 0, s)
    if named is None:
        return None
    name, end = named
    person = known.find_named(name)
    if person is None:
        person = _Entity(name, None, None, end)
        known.add(person)
    return person if person.may_be(pronoun) else None


def _body_before(text: str, known: _Known, s: int) -> _Entity | None:
    """The body named (several capitalised words, or its initials in brackets) as the subject
    of the sentence before "it" at ``s``, when no body spoke before ("The Collectif pour la
    Défense des Droits Humains (CDDH), a local rights group, gave a higher toll. It said
    ..."): one met before under that name, or a new one."""
    here = sentence_at(text, s)
    if here[0] < 2:
        return None
    before = sentence_at(text, here[0] - 2)
    span = clause_subject(text, before[0], here[0])
    if span is None or span[1] - span[0] > _BODY_SUBJECT_CHARS:
        return None
    words_ = _DOCUMENT_BY.sub("", text[span[0]:span[1]])  # "The report by the Centro ...": the Centro
    m = read_mention(words_)
    org = m.organization
    if m.name is not None or org is None or not _NAMED_BODY.match(org):
        return None
    body = next((e for e in _recent(known.entities) if not e.person and e.organization == org), None)
    if body is None:
        body = _Entity(None, m.role, org, span[1])
        known.add(body)
    return body


_BODY_SUBJECT_CHARS = 200
# A body's name: three capitalised words or more ("Centro de Derechos Humanos"), or any name
# with its initials in brackets ("Collectif ... (CDDH)").
_NAMED_BODY = regex.compile(r"\p{Lu}\S*(?:\s+\S+){2,}|.*\(\p{Lu}{2,}\)$")
_DOCUMENT_BY = regex.compile(
    r"^(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+)?(?:report|statement|study|update|bulletin|survey|"
    r"investigation|communiqu[eé])\s+(?:by|of|from)\s+", regex.IGNORECASE)


def resolve_speakers(text: str, sources: Sequence[tuple[int, int] | None],
                     group_before: Callable[[int, int], str | None] | None = None,
                     armed: Callable[[str], bool] | None = None) -> list[Speaker | None]:
    """One speaker per source span (None stays None), resolved across the document.
    ``group_before(lo, pos)`` names the armed group named last before ``pos`` (not before
    ``lo``), if any: "the group" (or "the al Qaeda-linked group") that speaks is a group named
    after the body that spoke last had finished, else that body (a few sentences before at
    most, but no state's: a ministry, an army; ``armed(name)`` tells an armed group's
    "Liberation Army" from them), else the armed group named before."""
    out: list[Speaker | None] = [None] * len(sources)
    order = sorted((s[0], i) for i, s in enumerate(sources) if s)
    known = _Known()
    entities = known.entities
    spoken: dict[int, _Entity] = {}  # the speaker each source stands for
    for _, i in order:
        s, e = sources[i]  # type: ignore[misc]
        m = read_mention(text[s:e])
        if m.pronoun in _RELATIVE_PRONOUNS:
            m = _antecedent(text, s) or m
        ent = _find(known, m, s)
        if ent is None and _GENERIC_BODY.fullmatch(text, s, e):
            ent = _body_spoken_last(entities, s)
        if m.pronoun in PRONOUN_GENDER:
            ent = _named_since(text, known, ent, m.pronoun, s) or ent
        elif m.pronoun == "it" and ent is None:
            ent = _body_before(text, known, s)
        org = m.organization
        if org is None and m.role and m.role not in PLURAL_ROLES and (ent is None or not ent.organization):
            lender = next((x for x in _recent(entities) if not x.person and x.organization
                           and x.role is None and s - x.end <= _ORG_REACH
                           and sentence_at(text, x.end - 1) == sentence_at(text, s)), None)
            org = lender.organization if lender else None
        if org is None and m.possessor is not None:
            # "Its spokesman": the body that spoke last or the body named last, the nearer
            body = next((x for x in _recent(entities) if not x.person and x.organization
                         and s - x.end <= _ORG_REACH), None)
            named = _named_body_before(text, s)
            if body is not None and body.organization and (named is None or named[1] <= body.end):
                org = body.organization
            else:
                org = named[0] if named is not None else None
        # (an "organization" read from a description is no name: "Qaeda-linked", "Islamist")
        if m.name is None and not m.indefinite and m.role is not None and m.role.split()[-1] in _GROUP_WORDS \
                and (org is None or not org[0].isupper() or "-" in org or org.endswith(("ist", "ic"))):
            # "the group said": a group named after the body that spoke last had finished and
            # another speaker had spoken ("... put the toll at 31. Officials blamed the Sable
            # Brigade. The group denied"), else that body, if it spoke a little before, else
            # the armed group named before ("the al Qaeda-linked group said")
            spoke = next((x for x in _recent(entities) if not x.person and x.organization
                          and s - x.end <= _GROUP_REACH and not (
                              _STATE_BODY.search(x.organization)
                              and not (armed is not None and armed(x.organization)))), None)
            since = sentence_at(text, spoke.end - 1)[1] if spoke is not None else s
            moved_on = spoke is not None and any(x.end > spoke.end for x in _recent(entities)
                                                 if x is not spoke)
            later = None if not moved_on else (
                (group_before(since, s) if group_before is not None else None)
                or _group_body_named(text, since, s))
            org = later or (spoke.organization if spoke is not None else None) \
                or (group_before(0, s) if group_before is not None else None) or org
            if later is not None and ent is not None and ent.organization != later:
                # (not the group that spoke before, which "the group" matched by its role)
                ent = next((x for x in _recent(entities) if not x.person and x.organization == later), None)
        if org != m.organization:
            m = attrs.evolve(m, organization=org)
        if ent is None:
            if m.pronoun is None:
                role_word = m.role.split()[-1].lower() if m.role else ""
                ent = _Entity(m.name, m.role, org, e, gender=ROLE_GENDER.get(role_word),
                              indefinite=m.indefinite)
                known.add(ent)
        elif m.pronoun in PRONOUN_GENDER and ent.gender is None:
            ent.gender = PRONOUN_GENDER[m.pronoun]  # "Roe ... she said": Roe is a woman
        elif m.pronoun is None:
            ent.fill(m, e)
            if m.name and (ent.name is None or len(m.name) > len(ent.name)):
                known.rename(ent, m.name)  # a name, or a fuller one ("Delko", then "Aram Delko")
        if ent is None:
            out[i] = Speaker(text[s:e], Span(s, e))
        else:
            ent.end = max(ent.end, e)
            out[i] = Speaker(text[s:e], Span(s, e), ent.name, ent.role, ent.organization)
            spoken[i] = ent
    return _named_next(text, sources, [i for _, i in order], _named_later(entities, out, spoken), spoken)


# Roles one person holds for a body: "an army spokesman" in the lead is the spokesman the body
# names further down ("said Lt Col Jo Roe, spokesman of the army's 1st Division").
_ONE_HOLDER = words("spokesman spokeswoman spokesperson")
# How many named holders after an anonymous one are compared (a bound for documents of
# thousands of speakers; a report names a handful).
_HOLDER_REACH = 20


def _named_later(entities: list[_Entity], out: list[Speaker | None],
                 spoken: dict[int, _Entity]) -> list[Speaker | None]:
    """``out`` with the name of a person named later given to an anonymous "a spokesman"
    first met without one, when exactly one named person later holds that role for a body
    the first mention does not contradict."""
    named = [(k, x) for k, x in enumerate(entities)
             if x.person and x.role and x.role.split()[-1] in _ONE_HOLDER]
    for k, ent in enumerate(entities):
        if not ent.indefinite or ent.person or ent.role is None or ent.role.split()[-1] not in _ONE_HOLDER:
            continue
        later = named[bisect.bisect_right(named, k, key=lambda pair: pair[0]):][:_HOLDER_REACH]
        holders = {x.name for _, x in later
                   if x.role and x.role.split()[-1] == ent.role.split()[-1] and _same_body(ent, x)}
        if len(holders) != 1:
            continue
        name = holders.pop()
        for i, who in spoken.items():
            speaker = out[i]
            if who is ent and speaker is not None:
                out[i] = attrs.evolve(speaker, name=name)
    return out


def _same_body(a: _Entity, b: _Entity) -> bool:
    """Whether what ``a`` and ``b`` say of their body (organization, and words before the
    role: "army spokesman") agrees: one says nothing, or they share a word."""
    def body(x: _Entity) -> set[str]:
        said = " ".join(filter(None, (x.organization, " ".join((x.role or "").split()[:-1]))))
        return {w.strip("’'s").lower() for w in said.split()} - DETERMINERS - LINKS - {""}
    left, right = body(a), body(b)
    return not left or not right or bool(left & right)


# How many paragraphs open a report before its lead ends (a headline, a byline, the lead),
# and how far into a report the lead and the paragraph after it are looked for.
_LEAD_PARAGRAPHS = 3
_LEAD_REACH = 3000
# Ranks that may name the officer a lead calls "the army's spokesman".
_RANK_WORDS = words("general colonel major captain lieutenant brigadier commander")
_MILITARY = words("army military forces defence defense armed troops command")
# Role words of one person ("official", "spokesman"; not "officials", "group").
_ONE_PERSON_ROLES = ROLE_WORDS - PLURAL_ROLES - _GROUP_WORDS - words("sources militants fighters soldiers "
                                                                      "police delegates voters supporters")


def _named_next(text: str, sources: Sequence[tuple[int, int] | None], ordered: list[int],
                out: list[Speaker | None], spoken: dict[int, _Entity]) -> list[Speaker | None]:
    """``out`` with the name of the person the next paragraph opens with given to a speaker
    the lead describes without a name ("..., a state health official said." then "Ibrahim Adam
    Hamid, director general of the state health ministry, told ..."; "..., the army's
    spokesman said." then "In a communiqué ..., General Hassan Brahim Mahamat said"), when what
    each says of the other agrees; the named one takes the lead's role and body where it has
    none."""
    breaks = [k for k, c in enumerate(text[:_LEAD_REACH]) if c == "\n"]
    met: set[int] = set()  # the speakers met so far (their ids)
    for a, b in itertools.pairwise(ordered):
        first, second = spoken.get(a), spoken.get(b)
        if first is not None:
            met.add(id(first))
        s_a, s_b = sources[a][0], sources[b][0]  # type: ignore[index]
        lead = bisect.bisect_left(breaks, s_a)
        if lead >= _LEAD_PARAGRAPHS or s_a >= _LEAD_REACH:
            break
        if first is None or second is None or first is second or first.person or not second.person \
                or first.role is None or first.role.split()[-1].lower() not in _ONE_PERSON_ROLES \
                or id(second) in met or s_b >= _LEAD_REACH:
            continue
        here = breaks[lead] + 1 if lead < len(breaks) else -1
        if bisect.bisect_left(breaks, s_b) != lead + 1 or sentence_at(text, s_b)[0] != here:
            continue  # (the next paragraph's first sentence, naming someone met there first)
        if not _may_name(first, second):
            continue
        for i, who in spoken.items():
            speaker = out[i]
            if speaker is None:
                continue
            if who is first:
                out[i] = attrs.evolve(speaker, name=second.name)
            elif who is second:
                out[i] = attrs.evolve(speaker, role=speaker.role or first.role,
                                      organization=speaker.organization or first.organization)
    return out


def _may_name(first: _Entity, second: _Entity) -> bool:
    """Whether the named ``second`` may be the person ``first`` describes: nothing said of
    them, a body word both share, or a rank for a military spokesman."""
    if second.role is None and second.organization is None:
        return True
    said = {w.strip("’'s").lower() for w in " ".join(filter(None, (first.role, first.organization))).split()}
    if second.role is not None and second.role.split()[0].lower() in _RANK_WORDS:
        return bool(said & _MILITARY)
    def body(x: _Entity) -> set[str]:
        words_ = " ".join(filter(None, (x.organization, " ".join((x.role or "").split()[:-1])))).split()
        return {w.strip("’'s").lower() for w in words_} - DETERMINERS - LINKS - {""}
    return bool(body(first) & body(second))
