"""Speakers first met without a name and named further down: "an army spokesman" in the lead
and the one spokesman of that army the report names later; "a state health official" in the
lead and the person the next paragraph opens by naming; "a war monitor" in the lead and the
body the next paragraph opens by naming ("The Syrian Observatory for Human Rights said");
and a body told by bare initials that the report spells out elsewhere ("OCHA").
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence

import attrs
import regex

from claimkit._model import Speaker
from claimkit.text import sentence_at

from ._attribution_entities import GROUP_WORDS, STATE_BODY_WORDS, Entity
from ._attribution_lexicon import words
from ._attribution_mention_bodies import spelled_by
from ._attribution_mention_words import DETERMINERS, LINKS, PLURAL_ROLES
from ._attribution_np import ROLE_WORDS

# Roles one person holds for a body: "an army spokesman" in the lead is the spokesman the body
# names further down ("said Lt Col Jo Roe, spokesman of the army's 1st Division").
_ONE_HOLDER = words("spokesman spokeswoman spokesperson")


# How many named holders after an anonymous one are compared (a bound for documents of
# thousands of speakers; a report names a handful).
_HOLDER_REACH = 20


def named_later(entities: list[Entity], out: list[Speaker | None],
                 spoken: dict[int, Entity]) -> list[Speaker | None]:
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


def _body_words(x: Entity) -> set[str]:
    """What ``x`` says of its body: its organization's words and those before its role
    ("army" of "army spokesman"), lowercased, without determiners and links."""
    said = " ".join(filter(None, (x.organization, " ".join((x.role or "").split()[:-1]))))
    return {w.strip("’'s").lower() for w in said.split()} - DETERMINERS - LINKS - {""}


def _same_body(a: Entity, b: Entity) -> bool:
    """Whether what ``a`` and ``b`` say of their body agrees: one says nothing, or they share a
    word."""
    left, right = _body_words(a), _body_words(b)
    return not left or not right or bool(left & right)


# How many paragraphs open a report before its lead ends (a headline, a byline, the lead),
# and how far into a report the lead and the paragraph after it are looked for.
_LEAD_PARAGRAPHS = 3


_LEAD_REACH = 3000


# Ranks that may name the officer a lead calls "the army's spokesman".
_RANK_WORDS = words("general colonel major captain lieutenant brigadier commander")


# Roles many people hold in one place: "a resident" of the lead is rarely the one named next.
_MANY_HOLDERS = words("resident witness villager survivor farmer herder trader shopkeeper driver nurse "
                      "doctor medic relative neighbour neighbor man woman elder student teacher worker "
                      "volunteer source fighter soldier militant member")
_MILITARY = words("army military forces defence defense armed troops command")


# Role words of one person ("official", "spokesman"; not "officials", "group").
_ONE_PERSON_ROLES = ROLE_WORDS - PLURAL_ROLES - GROUP_WORDS - words("sources militants fighters soldiers "
                                                                      "police delegates voters supporters")


# A paragraph break: a line break, and any blank lines after it.
_BREAK = regex.compile(r"\n(?:[ \t\r]*\n)*")


@functools.lru_cache(maxsize=4)
def _paragraph_breaks(text: str) -> tuple[int, ...]:
    """Where the paragraphs of the lead's reach end: the last line break before each next
    paragraph (a blank line between paragraphs is no paragraph of its own), so that
    paragraph ``k`` starts at ``breaks[k - 1] + 1``."""
    return tuple(m.end() - 1 for m in _BREAK.finditer(text, 0, _LEAD_REACH))


def named_next(text: str, sources: Sequence[tuple[int, int] | None], ordered: list[int],
                out: list[Speaker | None], spoken: dict[int, Entity]) -> list[Speaker | None]:
    """``out`` with the name of the person the next paragraph opens with given to a speaker
    the lead describes without a name ("..., a state health official said." then "Ibrahim Adam
    Hamid, director general of the state health ministry, told ..."; "..., the army's
    spokesman said." then "In a communiqué ..., General Hassan Brahim Mahamat said"), when what
    each says of the other agrees; the named one takes the lead's role and body where it has
    none."""
    breaks = _paragraph_breaks(text)
    met: set[int] = set()  # the speakers met so far (their ids)
    here: list[Entity] = []  # the speakers of the paragraph being read
    before: list[Entity] = []  # those of the paragraph with speakers before it (and its index)
    current = before_at = -1  # the index of each of those paragraphs
    for b in ordered:
        s_b = sources[b][0]  # type: ignore[index]
        paragraph = bisect.bisect_left(breaks, s_b)
        if s_b >= _LEAD_REACH or (paragraph != current and current >= _LEAD_PARAGRAPHS):
            break
        second = spoken.get(b)
        opening = paragraph != current  # (the paragraph's first speaker)
        if opening and here:
            before, before_at = here, current
        if opening:
            here, current = [], paragraph
        if second is None:
            continue
        if opening and second.person and id(second) not in met \
                and before_at == paragraph - 1 < _LEAD_PARAGRAPHS \
                and sentence_at(text, s_b)[0] == (breaks[paragraph - 1] + 1 if paragraph else 0):
            # (the next paragraph opens by naming someone met there first; the last person of
            # the paragraph before may be them, though a body spoke after: "the regional
            # governor said, while Moscow said")
            first = next((x for x in reversed(before) if x.person or _one_person(x)), None)
            if first is not None and first is not second and not first.person and _may_name(first, second):
                _name(out, spoken, first, second)
        met.add(id(second))
        here.append(second)
    return out


def _one_person(x: Entity) -> bool:
    """Whether ``x`` is one person told by a role ("the regional governor")."""
    return x.role is not None and x.role.split()[-1].lower() in _ONE_PERSON_ROLES


def _name(out: list[Speaker | None], spoken: dict[int, Entity], first: Entity, second: Entity) -> None:
    """Give the mentions of ``first`` the name of ``second``, and ``second`` the role and body
    ``first`` told of where it has none."""
    for i, who in spoken.items():
        speaker = out[i]
        if speaker is None:
            continue
        if who is first:
            out[i] = attrs.evolve(speaker, name=second.name)
        elif who is second:
            out[i] = attrs.evolve(speaker, role=speaker.role or first.role,
                                  organization=speaker.organization or first.organization)


def _may_name(first: Entity, second: Entity) -> bool:
    """Whether the named ``second`` may be the person ``first`` describes: nothing said of
    them or the same role (not for roles many people hold: "a resident"), a body word both
    share, or a rank for a military spokesman."""
    one_of_many = first.role is not None and first.role.split()[-1].lower() in _MANY_HOLDERS
    if second.role is None and second.organization is None:
        # (a resident of the lead is not the next one named; nor is a bare name the one a
        # body's role was told of: "a spokesman for the Al-Quds Brigades said ..." then "Dror
        # Avneri, who ...", often the other side's)
        return not one_of_many and first.organization is None
    if first.role is not None and second.role is not None and not one_of_many \
            and first.role.split()[-1].lower() == second.role.split()[-1].lower():
        # "a local administrator", then "X, administrator of the Y sector" (not "a spokesman
        # for the Al-Quds Brigades", then "An Israeli military spokesman, Major X")
        # (the army and the military are one body by their words)
        return _same_body(first, second) or (
            bool(_body_words(first) & _MILITARY) and bool(_body_words(second) & _MILITARY))
    said = {w.strip("’'s").lower() for w in " ".join(filter(None, (first.role, first.organization))).split()}
    if second.role is not None and second.role.split()[0].lower() in _RANK_WORDS:
        return bool(said & _MILITARY)
    return bool(_body_words(first) & _body_words(second))


# Head words of a body a lead describes without naming it ("a war monitor", "a local activist
# network", "the United Nations humanitarian office").
_BODY_DESCRIPTIONS = words("monitor observatory group organisation organization network office agency "
                           "charity ngo service mission committee committees watchdog coalition "
                           "association union alliance foundation society initiative collective "
                           "platform volunteers")
# What ends a description: a relative clause or an aside ("a volunteer group that runs ...").
_DESCRIPTION_END = regex.compile(r"(?i),|\s(?:that|which|who|whose)\s")
# A body's name: its head capitalised ("Libya Civic Monitor") or its initials in brackets.
_NAMED = regex.compile(r"(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}[\p{Lu}\p{N}&-]+\))\Z")
# Outlets and a state's own bodies are no monitor's name: "a war monitor said." then "The
# defence ministry said" or "State news agency SANA reported" names another speaker.
_NOT_THE_BODY = regex.compile(
    r"(?i)\b(?:news|television|tv|radio|newspaper|broadcaster|command|" + STATE_BODY_WORDS + r")\b")


def _described(speaker: Speaker, ent: Entity) -> bool:
    """Whether ``speaker`` is a body described, not named: a head word of a body in lower case,
    no capitalised word or initials after it, and words besides the head ("a human rights
    organisation", "the UN's humanitarian office"; not "the Office for the Coordination ...",
    nor "the group", which stands for a body told before); one the mention's own words describe,
    not one the resolver found ("the militant group" read as al-Shabaab)."""
    org = speaker.organization
    if ent.person or _NOT_THE_BODY.search(speaker.text) or (org is not None and not _own(org, speaker.text)):
        return False
    stop = _DESCRIPTION_END.search(speaker.text)
    words_ = speaker.text[:stop.start() if stop else len(speaker.text)].split()
    heads = [k for k, w in enumerate(words_) if w in _BODY_DESCRIPTIONS]
    if not heads or any(w[:1].isupper() or w[:2].isupper() for w in words_[heads[-1]:]):
        return False
    return not (heads[-1] == 1 and words_[0].lower() in ("the", "this", "that"))


def _named_body(org: str | None, armed: Callable[[str], bool] | None) -> bool:
    """Whether ``org`` is a body's own name, neither an outlet, a state's body nor an armed
    group."""
    return (org is not None and _NAMED.search(org) is not None
            and not _NOT_THE_BODY.search(org) and not (armed is not None and armed(org)))


def named_body_next(text: str, sources: Sequence[tuple[int, int] | None], ordered: list[int],
                    out: list[Speaker | None], spoken: dict[int, Entity],
                    armed: Callable[[str], bool] | None = None) -> list[Speaker | None]:
    """``out`` with the name of the body the paragraph after the lead opens by naming given to
    the bodies the lead describes ("..., a war monitor said." then "The Britain-based Syrian
    Observatory for Human Rights said ..."; "..., the United Nations humanitarian office
    said." then "In a flash update, the Office for the Coordination of Humanitarian Affairs
    (OCHA) said"): the described speaker's organization becomes that name, in every mention
    of it ("according to the monitor")."""
    breaks = _paragraph_breaks(text)
    described: list[Entity] = []
    heads: set[str | None] = set()  # their head words
    told = -1  # the paragraph where a body was last described
    last = -1  # the paragraph of the speaker before
    name: str | None = None
    met: set[int] = set()
    for i in ordered:
        s = sources[i][0]  # type: ignore[index]
        paragraph = bisect.bisect_left(breaks, s)
        ent, speaker = spoken.get(i), out[i]
        if s >= _LEAD_REACH or (name is None and paragraph > _LEAD_PARAGRAPHS):
            break
        if ent is None or speaker is None:
            continue
        org = speaker.organization
        if name is not None:
            # "the Britain-based war monitor" after "War monitor" was named: the same body
            if _described(speaker, ent) and speaker.text[:4].lower() == "the " \
                    and _head(speaker.text) in heads:
                described.append(ent)
            continue
        if described and paragraph > told and last == told and not ent.person and org is not None \
                and _own(org, speaker.text) and _named_body(org, armed) \
                and (id(ent) not in met or any(ent is x for x in described)) \
                and (paragraph == 0 or sentence_at(text, s)[0] == breaks[paragraph - 1] + 1):
            # (the next paragraph with a speaker opens by naming a body, anew or one described:
            # "The Yanbye Relief Volunteers group" is "a volunteer rescue group" by its head word)
            name = _DOCUMENT_BY.sub("", org)
        elif _described(speaker, ent):
            told = paragraph
            heads.add(_head(speaker.text))
            if all(x is not ent for x in described):
                described.append(ent)
        last = paragraph
        met.add(id(ent))
    if name is not None:
        for j, who in spoken.items():
            if any(who is x for x in described) and (old := out[j]) is not None:
                out[j] = attrs.evolve(old, organization=name)
    return out


# A document and who issued it: "report by Centro de Derechos Humanos ..." is the Centro.
DOCUMENT_ISSUED_BY = (r"(?:report|statement|study|update|bulletin|survey|investigation|communiqu[eé])"
                      r"\s+(?:by|of|from)\s+")
_DOCUMENT_BY = regex.compile(r"(?i)^" + DOCUMENT_ISSUED_BY)
_WORD = regex.compile(r"[\p{L}\p{N}-]+")
_POSSESSIVE = regex.compile(r"['’]s\b")


def _plain(words_: str) -> list[str]:
    """The words of ``words_`` in lower case, without possessives ("Nations’" -> "nations")."""
    found: list[str] = _WORD.findall(_POSSESSIVE.sub("", words_.lower()))
    return found


def _own(org: str, text: str) -> bool:
    """Whether the organization ``org`` is made of words of the mention ``text`` (read from
    it, not resolved from another mention)."""
    return set(_plain(org)) <= set(_plain(text))


def _head(text: str) -> str | None:
    """The last head word of a body in a description ("monitor" of "a war monitor")."""
    stop = _DESCRIPTION_END.search(text)
    heads = [w for w in _plain(text[:stop.start() if stop else len(text)]) if w in _BODY_DESCRIPTIONS]
    return heads[-1] if heads else None


# Initials a report spells out in brackets after a name: "the Sahel Human Rights Observatory
# (SHRO)".
_INITIALS_AFTER = regex.compile(r"\((\p{Lu}{2,8})\)")
_BARE_INITIALS = regex.compile(r"(?:the\s+|The\s+)?(\p{Lu}{2,8})")
# How far before the brackets the name is looked for.
_NAME_BEFORE = 160


@functools.lru_cache(maxsize=8)
def spelled_names(text: str) -> dict[str, str]:
    """Each set of initials ``text`` spells out in brackets -> "Name (INITIALS)", the first
    spelling ("SHRO" -> "Sahel Human Rights Observatory (SHRO)")."""
    out: dict[str, str] = {}
    for m in _INITIALS_AFTER.finditer(text):
        initials = m[1]
        if initials not in out and (body := spelled_by(text[max(0, m.start() - _NAME_BEFORE):m.start()],
                                                         initials)) is not None:
            out[initials] = f"{body} ({initials})"
    return out


def by_full_name(organization: str, text: str) -> str:
    """``organization`` told by bare initials that ``text`` spells out elsewhere, under its full
    name and initials ("SHRO" -> "Sahel Human Rights Observatory (SHRO)"), so that every
    mention of the body carries one name; any other organization as told. (The text is read
    for its initials only when one is told bare, once per text: :func:`spelled_names` is
    cached.)"""
    bare = _BARE_INITIALS.fullmatch(organization)
    return spelled_names(text).get(bare[1], organization) if bare is not None else organization
