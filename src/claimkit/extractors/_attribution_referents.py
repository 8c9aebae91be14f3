"""Which speaker met before a mention stands for (:func:`find_referent`): the latest person
a pronoun can be, the latest body "they" / "it" can be, an earlier speaker by its name, the
latest speaker with a role ("the spokesman"), the latest body of a kind ("the army" after "the
Lebanese army"); and a body told by its head word alone ("the agency", "the commission"): the
body named with that word before, else the body that spoke last.
"""

from __future__ import annotations

import regex

from ._attribution_entities import Entity, Known, is_several, recent
from ._attribution_lexicon import words
from ._attribution_mention import Mention, read_mention
from ._attribution_mention_bodies import DESCRIBED_BODY, DOCUMENTS, is_document
from ._attribution_mention_words import GROUP_PRONOUNS, PERSON_PRONOUNS


def find_referent(known: Known, m: Mention, start: int, definite: bool = False) -> Entity | None:
    entities = known.entities
    if m.pronoun in PERSON_PRONOUNS:
        return next((e for e in recent(entities) if e.may_be(m.pronoun)), None)
    if m.pronoun in _PLURAL_PRONOUNS:
        # a body, or people told by a plural role ("medical sources said ... , they added")
        return next((e for e in recent(entities) if not e.person and (
            e.organization or (e.role and is_several(e.role.split()[-1].lower())))), None)
    if m.pronoun in GROUP_PRONOUNS:
        # ("it" is one body, not people told by a plural: "Pakistani troops responded ...,
        # it said" is the ISPR that spoke before)
        singular = m.pronoun in ("it", "its")
        return next((e for e in recent(entities) if not e.person and e.organization
                     and not (singular and e.role and _plural_word(e.role.split()[-1].lower()))), None)
    if m.name:
        return known.find_named(m.name)
    if definite and m.role and not m.organization and is_several(m.role.split()[-1].lower()):
        # "the sources said" after "medical sources said": the same people, the latest told so
        head = m.role.split()[-1].lower()
        return next((e for e in recent(entities) if not e.person and e.role
                     and e.role.split()[-1].lower() == head), None)
    if m.role and not m.role.endswith("s") and not m.indefinite:
        for e in recent(entities):
            if e.role and _role_head(e.role) == _role_head(m.role) and (
                    not m.organization or not e.organization or m.organization == e.organization):
                return e
        return None
    if m.organization and not m.role:
        if is_document(m.organization):
            # "the statement said", "the relevant passage read": the body that issued it, the
            # latest one speaking
            return next((e for e in recent(entities) if not e.person and e.organization
                         and not is_document(e.organization)), None)
        same = next((e for e in recent(entities)
                     if not e.person and e.organization == m.organization), None)
        if same is None and definite and m.organization in _GENERIC_STATE_BODIES:
            # "the army said" after "the Lebanese army said": the body named in full before,
            # the latest one of that kind
            same = next((e for e in recent(entities) if not e.person and e.organization
                         and e.organization.split()[-1].lower() == m.organization), None)
        if same is None and definite and m.organization in ("army", "military"):
            # "The army acknowledged ..." after "the Malian Armed Forces (FAMa) said": a state's
            # forces named in full before
            same = next((e for e in recent(entities) if not e.person and e.organization
                         and _ARMED_FORCES.search(e.organization)), None)
        return same
    return None


def _role_head(role: str) -> str:
    """The word a role is named by: its last, or the one before "of" in a capitalised title
    ("Minister of Information, Culture and Tourism" is a minister)."""
    words_ = role.lower().split()
    if not role[:1].isupper():
        return words_[-1]
    at = next((i for i, w in enumerate(words_) if w in ("of", "for") and i), len(words_))
    return words_[at - 1]


_PLURAL_PRONOUNS = frozenset({"they", "their"})
_ARMED_FORCES = regex.compile(r"(?i)\b(?:armed|defen[cs]e)\s+forces\b")


def _plural_word(head: str) -> bool:
    return is_several(head) or (head.endswith("s") and not head.endswith(("ss", "us", "is")))

# A state's bodies told by their kind alone ("the army") after being named in full.
_GENERIC_STATE_BODIES = frozenset({"army", "military", "ministry", "government", "police", "navy"})


# A body's head word standing for a body named before ("the agency", "the mission").
GENERIC_BODY = regex.compile(
    r"(?i)the\s+(?:[\p{L}\-]+\s+)?(?P<head>agency|mission|monitor|observatory|network|charity|body|"
    r"commission|committee|council|federation|society|union)")
# Heads that stand only for a body named with them ("the commission" after "The Ethiopian
# Human Rights Commission"), never for the body that spoke last ("the village council").
NAMED_HEADS = words("commission committee council federation society union")


def body_described_before(text: str, known: Known, s: int, head: str) -> Entity | None:
    """The body the text named with that head word before ``s`` ("The medical charity
    Médecins Sans Frontières (MSF) has suspended ..." for a later "according to the charity"),
    the last one, a few paragraphs back at most: one met before under that name, or a new one."""
    found = None
    lo = max(0, s - _DESCRIBED_REACH)
    if head.lower() not in text[lo:s].lower():
        return None  # (a match must hold the head word: no slow scan of the stretch without it)
    for m in DESCRIBED_BODY.finditer(text, lo, s):
        if m["what"].split()[-1].lower() == head.lower():
            found = m
    if found is None:
        return None
    body = read_mention(found.group()).organization
    if body is None:
        return None
    ent = next((x for x in recent(known.entities) if not x.person and x.organization == body), None)
    if ent is None:
        ent = Entity(None, None, body, found.end())
        known.add(ent)
    return ent


_DESCRIBED_REACH = 5_000


def body_with_head(entities: list[Entity], head: str, start: int) -> Entity | None:
    """The body met last whose own name holds ``head`` ("The Ethiopian Human Rights
    Commission (EHRC) said ..." for a later "the commission said"), a few paragraphs back
    at most, or None."""
    head = head.lower()
    return next((e for e in recent(entities) if not e.person and e.organization
                 and start - e.end <= _DESCRIBED_REACH
                 and any(w[0].isupper() and w.lower() == head for w in e.organization.split())), None)


def body_spoken_last(entities: list[Entity], start: int) -> Entity | None:
    """"the agency said": the body that spoke last, a few sentences before ``start`` at most
    (not a document, nor a body known only by such a word)."""
    return next((e for e in recent(entities) if not e.person and e.organization
                 and not GENERIC_BODY.fullmatch("the " + e.organization)
                 and e.organization.split()[-1].lower() not in DOCUMENTS
                 and start - e.end <= GROUP_REACH), None)



GROUP_REACH = 600
