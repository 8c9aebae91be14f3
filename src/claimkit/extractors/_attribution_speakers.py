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
  just before it ("The Taliban said ..., spokesman Zabihullah Mujahid told reporters");
* "the army", "the ministry", "the military" is the latest body of that kind named in full
  ("the Lebanese army").

Afterwards (:mod:`._attribution_named`), speakers the lead describes take the names the next
paragraph gives them.

Every mention keeps its own text and span; what it resolves to fills name, role and
organization, so "Mujahid", "he" and "the Taliban spokesman" carry the same three values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs
import regex

from claimkit._model import Span, Speaker
from claimkit.text import sentence_at

from ._attribution_after import clause_subject
from ._attribution_before import source_before
from ._attribution_entities import GROUP_WORDS, STATE_BODY_WORDS, Entity, Known, is_several, recent
from ._attribution_lexicon import words
from ._attribution_mention import (
    BODY_HEADS,
    DESCRIBED_BODY,
    DETERMINERS,
    DOCUMENTS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_ROLES,
    PRONOUN_GENDER,
    ROLE_GENDER,
    Mention,
    is_document,
    read_mention,
)
from ._attribution_named import DOCUMENT_ISSUED_BY, named_body_next, named_later, named_next
from ._attribution_names import ORG_HEADS, person_named_before
from ._missions import MISSION_DESCRIBED, peacekeeping_mission
from ._sides import capital_state

# How far back an organization-only speaker in the same sentence lends its name to a bare
# role ("The Taliban said ..., spokesman Zabihullah Mujahid told reporters").
_ORG_REACH = 400
# A spokesman named by that role alone, who speaks for the body told just before ("spokesman
# Jo Roe", "A spokesman, Jo Roe"; not "a 3R spokesman").
_BARE_SPOKESMAN = regex.compile(r"(?i)(?:an?\s+|the\s+)?spokes(?:man|woman|person)\b")


def _find(known: Known, m: Mention, start: int, definite: bool = False) -> Entity | None:
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
_ITS_OFFICE = regex.compile(r"(?i)(?:its|their)\s")


def _plural_word(head: str) -> bool:
    return is_several(head) or (head.endswith("s") and not head.endswith(("ss", "us", "is")))

# A state's bodies told by their kind alone ("the army") after being named in full.
_GENERIC_STATE_BODIES = frozenset({"army", "military", "ministry", "government", "police", "navy"})


# A body's head word standing for a body named before ("the agency", "the mission").
_GENERIC_BODY = regex.compile(
    r"(?i)the\s+(?:[\p{L}\-]+\s+)?(?P<head>agency|mission|monitor|observatory|network|charity|body|"
    r"commission|committee|council|federation|society|union)")
# Heads that stand only for a body named with them ("the commission" after "The Ethiopian
# Human Rights Commission"), never for the body that spoke last ("the village council").
_NAMED_HEADS = words("commission committee council federation society union")


def _body_described_before(text: str, known: Known, s: int, head: str) -> Entity | None:
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


def _body_with_head(entities: list[Entity], head: str, start: int) -> Entity | None:
    """The body met last whose own name holds ``head`` ("The Ethiopian Human Rights
    Commission (EHRC) said ..." for a later "the commission said"), a few paragraphs back
    at most, or None."""
    head = head.lower()
    return next((e for e in recent(entities) if not e.person and e.organization
                 and start - e.end <= _DESCRIBED_REACH
                 and any(w[0].isupper() and w.lower() == head for w in e.organization.split())), None)


def _body_spoken_last(entities: list[Entity], start: int) -> Entity | None:
    """"the agency said": the body that spoke last, a few sentences before ``start`` at most
    (not a document, nor a body known only by such a word)."""
    return next((e for e in recent(entities) if not e.person and e.organization
                 and not _GENERIC_BODY.fullmatch("the " + e.organization)
                 and e.organization.split()[-1].lower() not in DOCUMENTS
                 and start - e.end <= _GROUP_REACH), None)


# Who issued a document, in an aside right after it: ", signed by X and posted online,"
def _issuer(stops: str) -> str:
    """The pattern of the issuer a document names ("issued by the Dagoberto Ramos Column
    (DRC)"), up to one of ``stops`` or a time or place phrase."""
    return (rf"(?P<who>[^{stops}()]{{3,80}}?(?:\s*\([^()]{{2,12}}\))?)"
            rf"(?=\s*[{stops}]|\s+(?:and|in|on|at|late|early|last)\b)")


_ISSUER_AFTER = regex.compile(
    r",\s*(?:signed|issued|released|published|posted|sent)\s+(?:\w+\s+){0,3}?by\s+" + _issuer(",;:"),
    regex.IGNORECASE)


# After a source, the name it goes by: "a man | who identified himself as “Comrade Ernesto”",
# "a man | identified by intelligence officials as Víctor Quispe", "who gave her name as Amina".
_NAMED_AS = regex.compile(
    r"\s*+,?\s*+(?:who\s++)?(?:(?:(?:identified|introduced)\s++(?:himself|herself)\s++|"
    r"gave\s++(?:his|her)\s++(?:first\s++|full\s++)?name\s++(?:only\s++)?|"
    r"(?:was\s++)?identified\s++(?:by\s++[^,;.:\n]{1,80}?\s++)?)as"
    # ... or "who uses the call sign “Sova”", "who goes by Sova"
    r"|uses\s++the\s++(?:call[\s-]?+sign|nom\s++de\s++guerre|name|pseudonym)|goes\s++by)\s++[“\"‘']?"
    r"(?P<name>\p{Lu}[\p{L}'’.\-]*+(?:\s++(?:(?:al|el|ul|ad|ar|as)-)?\p{Lu}[\p{L}'’.\-]*+){0,3})")


_NAMED_INSIDE = regex.compile(r"(?<=\S)(?=\s++who\s)" + _NAMED_AS.pattern)


# A source told as the one before: "the same source", "the same officials".
_SAME_SOURCE = regex.compile(
    r"(?i)the\s+same\s+(?:sources?|officials?|spokes(?:man|woman|person)|officer|commander|statement|"
    r"communiqu[eé]|report|document|person|man|woman|witness|resident|doctor|official\s+source)")


# A document and its issuer told before a document that speaks ("a statement issued by X").
_ISSUED_BY_BEFORE = regex.compile(
    r"(?:statement|communiqu[eé]|release|bulletin|update|message|note)\s+(?:(?:issued|released|published|"
    r"posted|sent|put\s+out)\s+)?by\s+" + _issuer(",;:.\\n"), regex.IGNORECASE)
_ISSUER_REACH = 400
_ARTICLE = regex.compile(r"(?i)^(?:the|an?|this|its)\s+")



# An organization's head word, capitalised ("Brigade", "Ministry"), longest first.
_ORG_HEAD_NAMES = "|".join(sorted((w.capitalize() for w in ORG_HEADS if w.isalpha()), key=len, reverse=True))
# A body named in the text: capitalised words ending in an organization's head word.
_BODY = regex.compile(r"(?:[\p{Lu}][\p{L}\-]+\s+){0,4}(?:" + _ORG_HEAD_NAMES + r")\b")


_BODY_REACH = 400
# A state's body named by its head word alone, the last in a stretch: "the government".
_THE_BODY = regex.compile(r"(?ri)\bthe\s+(?P<body>government|army|military|junta|ministry|police)\b")


def _body_named(text: str, lo: int, pos: int, states: bool = True) -> tuple[str, int] | None:
    """The last body named in ``text[lo:pos]`` ("its commanders" after "the Sable Brigade")
    and where its name ends, or None; with ``states`` False, no state's body counts."""
    found = None
    for m in _BODY.finditer(text, lo, pos):
        if states or not _NO_GROUPS_BODY.search(m.group()):
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
_NO_GROUPS_BODY = regex.compile(r"(?i)\b(?:" + STATE_BODY_WORDS + r"|mission|office|agency|united\s+nations|"
                            r"u\.?n\.?|unama|ocha|unicef|unhcr)\b")


_GROUP_REACH = 600


_RELATIVE_PRONOUNS = words("who which that")


_BEFORE_RELATIVE = regex.compile(r"(?r),\s*$")
# Roles that speak for no body of the sentence: "the LNA has not commented, although analysts
# say ..." (the analysts are not the LNA's)
_INDEPENDENT_ROLES = words("""
analyst analysts expert experts observer observers resident residents witness witnesses diplomat
diplomats researcher researchers critic critics villager villagers
""")
# A clause of time or cause inside what was read as "Name, role": no appositive
_ADVERBIAL_CLAUSE = regex.compile(
    r",\s+(?:after|before|when|while|as|amid|during|following|since|because|despite)\b", regex.I)


def _antecedent(text: str, start: int) -> Mention | None:
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


def _named_since(text: str, known: Known, ent: Entity | None, pronoun: str, s: int) -> Entity | None:
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


def _announces_account(text: str, lo: int, hi: int) -> bool:
    """Whether :data:`_ACCOUNT_BEFORE` matches in ``text[lo:hi]``."""
    stretch = text[lo:hi]
    if stretch.isascii() and _ACCOUNT_NOUN.search(stretch.lower()) is None:
        return False
    return _ACCOUNT_BEFORE.search(text, lo, hi) is not None


def _sentence_before(text: str, s: int) -> tuple[int, int]:
    """The sentence before the one holding ``s`` (empty at the start of the text)."""
    here = sentence_at(text, s)
    return sentence_at(text, here[0] - 2) if here[0] >= 2 else (0, 0)


def _body_before(text: str, known: Known, s: int, states_only: bool = False) -> Entity | None:
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
    if states_only and ((named := _STATE_BODY_NAMED.match(_ARTICLE.sub("", words_))) is None
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
    org = _ARTICLE.sub("", org)  # ("The interior ministry has given a lower figure. It said")
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


def _person_before(text: str, known: Known, s: int, pronoun: str) -> Entity | None:
    """The person described as the subject of the sentence before "he" / "she" at ``s`` when
    that sentence announces their account ("A municipal councillor in Kantchari, contacted by
    telephone, gave a heavier toll. He said ..."): a new speaker with that role."""
    before = _sentence_before(text, s)
    # (the announcement ends that sentence: a bounded look, however long the sentence)
    if before[1] <= before[0] or not _announces_account(text, max(before[0], before[1] - 200), before[1]):
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


# One of several speakers told of just before: "One", "the other", "another", "a second".
_ONE_OF_SEVERAL = regex.compile(r"(?i)(?:one|the\s+other|another|(?:a|the)\s+second|one\s+of\s+them)")


def _several_before(entities: list[Entity], pos: int) -> Entity | None:
    """The speaker before ``pos`` when it is several people by role ("Two security sources",
    "residents"), not far back, else None."""
    last = next(recent(entities), None)
    if last is None or last.person or not last.role or pos - last.end > _ORG_REACH:
        return None
    return last if is_several(last.role.split()[-1].lower()) else None


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
    known = Known()
    entities = known.entities
    spoken: dict[int, Entity] = {}  # the speaker each source stands for
    last: Entity | None = None  # the speaker of the source read last
    for _, i in order:
        s, e = sources[i]  # type: ignore[misc]
        if last is not None and text[s] in "tT" and _SAME_SOURCE.fullmatch(text, s, e) is not None:
            # "According to the same source, ...": whoever spoke last
            last.end = max(last.end, e)
            known.touch(last)
            out[i] = Speaker(text[s:e], Span(s, e), last.name, last.role, last.organization)
            spoken[i] = last
            continue
        m = read_mention(text[s:e])
        if m.name is None and m.pronoun is None and (
                (called := _NAMED_AS.match(text, e)) is not None
                or ("who" in text[s:e] and (called := _NAMED_INSIDE.search(text, s, e)) is not None)):
            # "a man who identified himself as “Comrade Ernesto”", "a woman who gave her name
            # only as Amina": the name the speaker goes by (after the source, or its end when
            # a quoted name closes it)
            m = attrs.evolve(m, name=called["name"])
        if m.pronoun in _RELATIVE_PRONOUNS:
            m = _antecedent(text, s) or m
        elif text[s] in "oOtTaA" and _ONE_OF_SEVERAL.fullmatch(text, s, e) is not None \
                and (several := _several_before(entities, s)):  # (the initials of its words first)
            # "Two security sources told Reuters ... One said T; the other said U": one of them
            m = Mention(role=several.role, organization=several.organization)
        elif m.organization and not m.role and is_document(m.organization) \
                and (issuer := _ISSUER_AFTER.match(text, e, min(len(text), e + 200))):
            # "The statement, signed by the Dagoberto Ramos Column and posted online, reads":
            # the signer speaks, not the body that spoke last (when it names a body or a person:
            # "signed by the chief of general staff" names neither)
            signer = read_mention(issuer.group("who"))
            if signer.name or (signer.organization and signer.organization[0].isupper()):
                m = signer
        ent = _find(known, m, s, text[s:s + 4].lower() == "the ")
        if m.possessor is not None and m.organization and is_document(m.organization):
            # "Its statement said": the body the sentence before is about, as for "it"
            ent = _body_before(text, known, s) or ent
        if ent is None and m.name is None and not m.role \
                and is_document(_ARTICLE.sub("", text[s:e]).lower()) \
                and (issued := _ISSUED_BY_BEFORE.search(text, max(0, s - _ISSUER_REACH), s)) is not None:
            # "The claim was made in a statement issued by the military's True News Information
            # Team. The following is an excerpt": the issuer named before speaks
            issuer = read_mention(issued.group("who"))
            if issuer.name or (issuer.organization and issuer.organization[0].isupper()):
                m = issuer
                ent = _find(known, m, s)
        if ent is None and text[s] in "tT" and (generic := _GENERIC_BODY.fullmatch(text, s, e)) is not None:
            # the body named with that word before ("The medical charity MSF ..."), else the body
            # that spoke last
            head = generic["head"]
            ent = _body_described_before(text, known, s, head) or _body_with_head(entities, head, s) \
                or (_body_spoken_last(entities, s) if head.lower() not in _NAMED_HEADS else None)
        if m.pronoun in PRONOUN_GENDER:
            ent = _named_since(text, known, ent, m.pronoun, s) or _person_before(text, known, s, m.pronoun) \
                or ent
        elif m.pronoun == "it":
            # the body that is the subject of the sentence before, when no body spoke before or
            # that sentence announces its account ("The RSF gave a very different account. In a
            # statement, it said": the RSF, not the army that spoke before), or when it is a
            # state's body ("The Russian Ministry of Defence has not dropped its claim. In its
            # briefing it said": the ministry, not the brigade that spoke before)
            loose = ent is None or _announces_account(text, *_sentence_before(text, s))
            if ent is None or sentence_at(text, ent.end - 1) != sentence_at(text, s):
                # (not past a body that spoke earlier in the same sentence: "The Israeli military
                # said it had struck ..., in which it said one soldier was killed")
                ent = _body_before(text, known, s, states_only=not loose) or ent
            if ent is None and (body := _THE_BODY.search(text, sentence_at(text, s)[0], s)) is not None:
                # "two more than the figure the government gave on Thursday, when it put the
                # toll at 12": the body named before "it" in its sentence, when no other is found
                ent = Entity(None, None, body.group("body"), body.end())
                known.add(ent)
        org = m.organization
        role_words = m.role.split() if m.role else []
        role_head = role_words[-1].lower() if role_words else None
        if org is None and role_head is not None and role_head not in PLURAL_ROLES \
                and role_head not in _INDEPENDENT_ROLES and role_head not in BODY_HEADS \
                and (ent is None or not ent.organization) \
                and not any(w.isupper() and len(w) > 1 for w in role_words[:-1]):
            # (not a plural: "the army said ..., while local sources put the toll at 30"; not a
            # body itself: "according to the health ministry, while a rights group says"; not a
            # role that names its body: "FBI Director James Comey")
            here = sentence_at(text, s)
            # (a bare spokesman also speaks for the body of the sentence before, in his
            # paragraph: "The Afghan ministry of defence says ... '...,' spokesman Hamdullah
            # Zaheer wrote")
            bare = len(role_words) == 1 and _BARE_SPOKESMAN.match(text, s, e) is not None
            before = sentence_at(text, here[0] - 1) if bare and here[0] > 0 \
                and "\n" not in text[max(0, here[0] - 1):here[0]] else here
            lender = next((x for x in recent(entities) if not x.person and x.organization
                           and x.role is None and s - x.end <= _ORG_REACH
                           and (here[0] <= x.end - 1 < here[1]
                                or (before[0] <= x.end - 1 and x.organization[0].isupper()))), None)
            org = lender.organization if lender else None
        if m.role is None and m.name is None and org is not None and org.islower() and not is_document(org) \
                and _ITS_OFFICE.match(text, s, e) is not None:
            # "Its media centre said": an office of the body told before, speaking for it
            m = attrs.evolve(m, role=org, possessor="its")
            org = None
        if org is None and m.possessor is not None:
            # "Its spokesman": the body that spoke last or the body named last, the nearer
            body = next((x for x in recent(entities) if not x.person and x.organization
                         and s - x.end <= _ORG_REACH), None)
            named = _body_named(text, max(0, s - _BODY_REACH), s)
            if body is not None and body.organization and (named is None or named[1] <= body.end):
                org = body.organization
            else:
                org = named[0] if named is not None else None
            if org is None and (subject := _body_before(text, known, s)) is not None:
                org = subject.organization  # "The SDF gave a different account. Its media centre said"
        # (an "organization" read from a description is no name: "Qaeda-linked", "Islamist")
        if m.name is None and not m.indefinite and m.role is not None and m.role.split()[-1] in GROUP_WORDS \
                and " and " not in m.role \
                and (org is None or not org[0].isupper() or "-" in org or org.endswith(("ist", "ic"))) \
                and not (org and armed is not None and armed(org)):  # ("Jaish al-Adl, a ... group")
            # (not people and a group told together: "residents and a rescue group said")
            # "the group said": a group named after the body that spoke last had finished and
            # another speaker had spoken ("... put the toll at 31. Officials blamed the Sable
            # Brigade. The group denied"), else that body, if it spoke a little before, else
            # the armed group named before ("the al Qaeda-linked group said")
            spoke = next((x for x in recent(entities) if not x.person and x.organization
                          and s - x.end <= _GROUP_REACH and capital_state(x.organization) is None
                          and not (_NO_GROUPS_BODY.search(x.organization)
                                   and not (armed is not None and armed(x.organization)))), None)
            since = sentence_at(text, spoke.end - 1)[1] if spoke is not None else s
            moved_on = spoke is not None and any(x.end > spoke.end for x in recent(entities)
                                                 if x is not spoke)
            later = None
            if moved_on:
                later = group_before(since, s) if group_before is not None else None
                if later is None and (named_since := _body_named(text, since, s, states=False)):
                    later = named_since[0]
            org = later or (spoke.organization if spoke is not None else None) \
                or (group_before(0, s) if group_before is not None else None) or org
            if later is not None and ent is not None and ent.organization != later:
                # (not the group that spoke before, which "the group" matched by its role)
                ent = next((x for x in recent(entities) if not x.person and x.organization == later), None)
        if org != m.organization:
            m = attrs.evolve(m, organization=org)
        if ent is None:
            if m.pronoun is None:
                role_word = m.role.split()[-1].lower() if m.role else ""
                ent = Entity(m.name, m.role, org, e, gender=ROLE_GENDER.get(role_word),
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
            known.touch(ent)
            out[i] = Speaker(text[s:e], Span(s, e), ent.name, ent.role, ent.organization)
            spoken[i] = ent
        last = ent
    _named_since_met(out, spoken)
    ordered = [i for _, i in order]
    out = named_next(text, sources, ordered, named_later(entities, out, spoken), spoken)
    return _missions_by_initials(text, named_body_next(text, sources, ordered, out, spoken, armed))


def _missions_by_initials(text: str, out: list[Speaker | None]) -> list[Speaker | None]:
    """Speakers that are a mission told by what it is ("the U.N. mission said", "The African
    Union mission in Somalia", "the mission", or "it" whose organization they were), in a
    report that names a peacekeeping mission by its initials: that mission ("MINUSCA"), not
    the words, nor a body that spoke before."""
    told = [i for i, sp in enumerate(out) if sp is not None and not sp.name and not sp.role and any(
        words_ and MISSION_DESCRIBED.fullmatch(words_) for words_ in (sp.text, sp.organization))]
    # (the speakers first: the whole text is read for a mission's initials only when one is told)
    mission = peacekeeping_mission(text) if told else None
    if mission is None:
        return out
    out = list(out)
    for i in told:
        speaker = out[i]
        if speaker is not None:
            out[i] = attrs.evolve(speaker, organization=mission)
    return out


def _named_since_met(out: list[Speaker | None], spoken: dict[int, Entity]) -> None:
    """Give earlier mentions of a speaker the name later ones told of it: "..., the army’s
    spokesman said." then "The spokesman, Colonel Jo Roe, told ...": the first mention takes
    the name."""
    for i, ent in spoken.items():
        speaker = out[i]
        if speaker is not None and ent.name and not speaker.name:
            out[i] = attrs.evolve(speaker, name=ent.name)
