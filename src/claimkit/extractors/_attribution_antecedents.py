"""What a pronoun, a possessive or a relative stands for in the text before it, when the
speakers met so far do not tell: the noun phrase before "who" ("Jane Roe, the governor, who
said"), a person named as a subject since ("... she said"), the body or person the sentence
before is about ("The RSF gave a very different account. It said"; "A councillor gave a
heavier toll. He said"), the body named last ("Its spokesman" after "the Sable Brigade").
"""

from __future__ import annotations

import re

import regex

from claimkit.text import sentence_at

from ._attribution_after import clause_subject
from ._attribution_before import source_before
from ._attribution_entities import STATE_BODY_WORDS, Entity, Known, recent
from ._attribution_mention import Mention, read_mention
from ._attribution_mention_words import DETERMINERS, PLURAL_ROLES, ROLE_GENDER
from ._attribution_named import DOCUMENT_ISSUED_BY
from ._attribution_names import ORG_HEADS, person_named_before

ARTICLE = regex.compile(r"(?i)^(?:the|an?|this|its)\s+")


# An organization's head word, capitalised ("Brigade", "Ministry"), longest first.
_ORG_HEAD_NAMES = "|".join(sorted((w.capitalize() for w in ORG_HEADS if w.isalpha()), key=len, reverse=True))
# A body named in the text: capitalised words ending in an organization's head word.
_BODY = regex.compile(r"(?:[\p{Lu}][\p{L}\-]+\s+){0,4}(?:" + _ORG_HEAD_NAMES + r")\b")


def body_named(text: str, lo: int, pos: int, states: bool = True) -> tuple[str, int] | None:
    """The last body named in ``text[lo:pos]`` ("its commanders" after "the Sable Brigade")
    and where its name ends, or None; with ``states`` False, no state's body counts."""
    found = None
    for m in _BODY.finditer(text, lo, pos):
        if states or not NO_GROUPS_BODY.search(m.group()):
            found = m.group(), m.end()
    if states:
        # "Somalia’s defence ministry gave a different account. Its spokesman ..."
        for m in _STATE_BODY_OF.finditer(text, lo, pos):
            if found is None or m.end() > found[1]:
                found = m.group(), m.end()
    return found


# A state's body named by its state, in lower case: "Somalia’s defence ministry", "Malian army".
_STATE_BODY_OF = regex.compile(
    r"(?<![\p{L}])(?!(?:The|A|An|Its|Their|This|That|In|On|At)\s)\p{Lu}[\p{L}\-]*"
    r"(?:['’]s\s+(?:\p{Ll}+\s+){0,2}?|\s+)"
    r"(?:ministry|army|military|government|police|gendarmerie|navy|presidency)\b")


# A state's own bodies: "the group" that speaks is never one of them; nor an international
# body's office or mission ("the U.N. Assistance Mission in Afghanistan", "OCHA").
NO_GROUPS_BODY = regex.compile(r"(?i)\b(?:" + STATE_BODY_WORDS + r"|mission|office|agency|united\s+nations|"
                            r"u\.?n\.?|unama|ocha|unicef|unhcr)\b")


_BEFORE_RELATIVE = regex.compile(r"(?r),\s*$")
# A clause of time or cause inside what was read as "Name, role": no appositive
_ADVERBIAL_CLAUSE = regex.compile(
    r",\s+(?:after|before|when|while|as|amid|during|following|since|because|despite)\b", regex.I)


def antecedent(text: str, start: int) -> Mention | None:
    """What the noun phrase before a relative pronoun at ``start`` says ("Jane Roe, the
    governor, who said ..." -> Jane Roe, governor), or None."""
    comma = _BEFORE_RELATIVE.search(text, max(0, start - 4), start)
    if comma is None:
        return None
    lo = max(sentence_at(text, start)[0], start - 250)  # in the pronoun's sentence only
    span = source_before(text, lo, comma.end(), subject=False)  # "Name, role,"
    if span is None or _ADVERBIAL_CLAUSE.search(text, span[0], span[1]):
        # (not "Santa Rita, a town in X state, after an assault by the CJNG," read as one
        # name and its appositive: the phrase right before the comma)
        span = source_before(text, lo, comma.start())
    return read_mention(text[span[0]:span[1]]) if span is not None else None


def person_named_since(text: str, known: Known, ent: Entity | None, pronoun: str, s: int) -> Entity | None:
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
        person = Entity(name, None, None, end)
        known.add(person)
    return person if person.may_be(pronoun) else None


# A sentence announcing a body's account of its own: "gave a sharply different account",
# "offered a higher toll", "told a different story".
_ACCOUNT_BEFORE = regex.compile(
    r"(?i)\b(?:gave|gives|given|offered|offers|presented|provided|released|issued|had|has|told|tells|"
    r"put\s+out)\s+(?:a|an|its|the)\s+(?:own\s+)?"
    r"(?:(?:very|sharply|starkly|markedly|somewhat|quite|much|far)\s+)?"
    r"(?:different|differing|contrasting|conflicting|competing|rival|opposite|lower|higher|other|heavier|"
    r"lighter|smaller|larger|bigger|first\s+official|official|first|initial|preliminary|latest|updated|"
    r"final)\s+"
    r"(?:account|version|picture|toll|figure|figures|story|narrative|tally|assessment)\b")
# ... whose every match holds one of these nouns, found first in ASCII lowered (most sentences
# hold none)
_ACCOUNT_NOUN = re.compile(r"account|version|picture|toll|figure|story|narrative|tally|assessment")


def announces_account(text: str, lo: int, hi: int) -> bool:
    """Whether :data:`_ACCOUNT_BEFORE` matches in ``text[lo:hi]``."""
    stretch = text[lo:hi]
    if stretch.isascii() and _ACCOUNT_NOUN.search(stretch.lower()) is None:
        return False
    return _ACCOUNT_BEFORE.search(text, lo, hi) is not None


def sentence_before(text: str, s: int) -> tuple[int, int]:
    """The sentence before the one holding ``s`` (empty at the start of the text)."""
    here = sentence_at(text, s)
    return sentence_at(text, here[0] - 2) if here[0] >= 2 else (0, 0)


def body_before(text: str, known: Known, s: int, states_only: bool = False) -> Entity | None:
    """The body named (several capitalised words, its initials, or a state's body) as the
    subject of the sentence before "it" at ``s``, when no body spoke before ("The Collectif
    pour la Défense des Droits Humains (CDDH), a local rights group, gave a higher toll. It
    said ..."): one met before under that name, or a new one. With ``states_only``, only a
    state's body named by its state ("The Russian Ministry of Defence", "Niger's army")."""
    here = sentence_at(text, s)
    if here[0] < 2:
        return None
    before = sentence_at(text, here[0] - 2)
    span = _short_subject(text, before[0], here[0])
    if span is None:
        return None
    words_ = _DOCUMENT_BY.sub("", text[span[0]:span[1]])  # "The report by the Centro ...": the Centro
    if states_only and ((named := _STATE_BODY_NAMED.match(ARTICLE.sub("", words_))) is None
                        or named.group("body").split()[0].lower() in DETERMINERS):
        return None  # ("The interior ministry", "its ministry": no state named)
    m = read_mention(words_)
    org = m.organization
    if m.name is None and org is not None and not _NAMED_BODY.match(org) \
            and (state := _STATE_BODY_NAMED.match(words_)) is not None:
        org = state.group("body").strip()  # "Niger’s defence ministry released its toll. It said"
    if m.name is not None or org is None or not (
            _NAMED_BODY.match(org) or _STATE_BODY_NAMED.match(org) or _TWO_WORD_BODY.match(org)):
        return None
    org = ARTICLE.sub("", org)  # ("The interior ministry has given a lower figure. It said")
    body = next((e for e in recent(known.entities) if not e.person and e.organization == org), None)
    if body is None:
        body = Entity(None, m.role, org, span[1])
        known.add(body)
    return body


_BODY_SUBJECT_CHARS = 200


def _short_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause opening ``text[lo:hi]`` (see :func:`clause_subject`), when it
    is no longer than a speaker's description (:data:`_BODY_SUBJECT_CHARS`), else None."""
    span = clause_subject(text, lo, hi)
    return span if span is not None and span[1] - span[0] <= _BODY_SUBJECT_CHARS else None


def person_before(text: str, known: Known, s: int, pronoun: str) -> Entity | None:
    """The person described as the subject of the sentence before "he" / "she" at ``s`` when
    that sentence announces their account ("A municipal councillor in Kantchari, contacted by
    telephone, gave a heavier toll. He said ..."): a new speaker with that role."""
    before = sentence_before(text, s)
    # (the announcement ends that sentence: a bounded look, however long the sentence)
    if before[1] <= before[0] or not announces_account(text, max(before[0], before[1] - 200), before[1]):
        return None
    span = _short_subject(text, before[0], before[1])
    if span is None:
        return None
    m = read_mention(text[span[0]:span[1]])
    if m.name is not None or m.role is None or m.role in PLURAL_ROLES or m.role.endswith("s"):
        return None
    person = Entity(None, m.role, m.organization, span[1],
                    gender=ROLE_GENDER.get(m.role.split()[-1].lower()), indefinite=m.indefinite)
    if not person.may_be(pronoun):
        return None
    known.add(person)
    return person


# A state's body by its possessor: "Niger’s defence ministry", "the Malian army", "Russia’s
# Defence Ministry", "Russia’s Ministry of Defence".
_STATE_BODY_NAMED = regex.compile(
    r"(?:the\s+)?(?P<body>\p{Lu}[\p{L}\-]*(?:['’]s)?\s+(?:[\p{L}\-]+\s+){0,2}?"
    r"(?i:ministry|army|military|government|police|gendarmerie|navy|presidency)"
    r"(?:\s+of\s+\p{Lu}\p{L}+)?\s*)\Z")


# A body's name: three capitalised words or more ("Centro de Derechos Humanos"), or any name
# with its initials in brackets ("Collectif ... (CDDH)").
_NAMED_BODY = regex.compile(r"\p{Lu}\S*(?:\s+\S+){2,}|.*\(\p{Lu}{2,}\)$|\p{Lu}{3,}$")
# ... or a name and a body's head word: "Al-Fajr Brigade" (not "Ted Cruz")
_TWO_WORD_BODY = regex.compile(r"\p{Lu}\S*\s+(?:" + _ORG_HEAD_NAMES + r")$")


_DOCUMENT_BY = regex.compile(
    r"^(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+)?" + DOCUMENT_ISSUED_BY, regex.IGNORECASE)
