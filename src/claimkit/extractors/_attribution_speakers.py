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

Which speaker met before a mention stands for is decided in :mod:`._attribution_referents`;
what a pronoun stands for in the text before it, in :mod:`._attribution_antecedents`; who
issued a document that speaks, in :mod:`._attribution_issuers`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from claimkit._model import Span, Speaker
from claimkit.text import sentence_at

from ._attribution_antecedents import (
    ARTICLE,
    NO_GROUPS_BODY,
    announces_account,
    antecedent,
    body_before,
    body_named,
    person_before,
    person_named_since,
    sentence_before,
)
from ._attribution_entities import GROUP_WORDS, Entity, Known, is_several, recent
from ._attribution_issuers import ISSUED_BY_BEFORE, ISSUER_AFTER, ISSUER_REACH
from ._attribution_lexicon import words
from ._attribution_mention import (
    ONE_CAPITAL_WORD,
    PRESS_DESCRIPTION,
    Mention,
    press_office_named,
    read_label,
    read_mention,
)
from ._attribution_mention_bodies import BODY_HEADS, DOCUMENTS, is_document, is_outlet
from ._attribution_mention_words import PLURAL_ROLES, PRONOUN_GENDER, ROLE_GENDER
from ._attribution_named import named_body_next, named_later, named_next
from ._attribution_referents import (
    GENERIC_BODY,
    GROUP_REACH,
    NAMED_HEADS,
    body_described_before,
    body_spoken_last,
    body_with_head,
    find_referent,
)
from ._missions import MISSION_DESCRIBED, peacekeeping_mission
from ._sides import capital_state

# How far back an organization-only speaker in the same sentence lends its name to a bare
# role ("The Taliban said ..., spokesman Zabihullah Mujahid told reporters").
_ORG_REACH = 400
# A spokesman named by that role alone, who speaks for the body told just before ("spokesman
# Jo Roe", "A spokesman, Jo Roe"; not "a 3R spokesman").
_BARE_SPOKESMAN = regex.compile(r"(?i)(?:an?\s+|the\s+)?spokes(?:man|woman|person)\b")
_ITS_OFFICE = regex.compile(r"(?i)(?:its|their)\s")


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


_BODY_REACH = 400
# A state's body named by its head word alone, the last in a stretch: "the government".
_THE_BODY = regex.compile(r"(?ri)\bthe\s+(?P<body>government|army|military|junta|ministry|police)\b")


_RELATIVE_PRONOUNS = words("who which that")
# Roles that speak for no body of the sentence: "the LNA has not commented, although analysts
# say ..." (the analysts are not the LNA's)
_INDEPENDENT_ROLES = words("""
analyst analysts expert experts observer observers resident residents witness witnesses diplomat
diplomats researcher researchers critic critics villager villagers
""")

# One of several speakers told of just before: "One", "the other", "another", "a second".
_ONE_OF_SEVERAL = regex.compile(r"(?i)(?:one|the\s+other|another|(?:a|the)\s+second|one\s+of\s+them)")


def surname_label(text: str, s: int, e: int, seen: dict[str, bool]) -> Mention | None:
    """A transcript's label of one word in capitals as the surname of a person the text names
    (in a fuller label, "JOEL BENENSON:", or in its prose, "Joel Benenson said"), or None
    ("BYLINE:", "ISPR:"). ``seen`` keeps each word's answer for the text."""
    word = text[s:e]
    if ONE_CAPITAL_WORD.fullmatch(word) is None:
        return None
    known = seen.get(word)
    if known is None:
        surname, written = regex.escape(word.capitalize()), regex.escape(word)
        # (a first name or an initial before it, on one line)
        known = seen[word] = regex.search(
            rf"\b(?:\p{{Lu}}\p{{Ll}}++|\p{{Lu}}\.)[ \t]++{surname}\b|\b\p{{Lu}}{{2,}}+[ \t]++{written}\b",
            text) is not None
    return Mention(name=word.capitalize()) if known else None


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
    surnames: dict[str, bool] = {}  # (a label's one word: whether the text names a person so)
    press: list[str | None] = []  # (the press office the text names, read once when needed)
    for _, i in order:
        s, e = sources[i]  # type: ignore[misc]
        if last is not None and text[s] in "tT" and _SAME_SOURCE.fullmatch(text, s, e) is not None:
            # "According to the same source, ...": whoever spoke last
            last.end = max(last.end, e)
            known.touch(last)
            out[i] = Speaker(text[s:e], Span(s, e), last.name, last.role, last.organization)
            spoken[i] = last
            continue
        # (a transcript's label in capitals: "JO ROE (army spokesman):", "BENENSON:")
        m = (text.startswith(":", e) and (read_label(text[s:e]) or surname_label(text, s, e, surnames))) \
            or read_mention(text[s:e])
        if m.name is None and m.role is None and m.organization is not None \
                and PRESS_DESCRIPTION.fullmatch(m.organization) is not None:
            # "The military's media wing said": the press office the report names ("the
            # Inter-Services Public Relations (ISPR)"), whose description that is
            if not press:
                press.append(press_office_named(text))
            if press[0] is not None:
                m = attrs.evolve(m, role=m.organization, organization=press[0])
        if m.name is None and m.pronoun is None and (
                (called := _NAMED_AS.match(text, e)) is not None
                or ("who" in text[s:e] and (called := _NAMED_INSIDE.search(text, s, e)) is not None)):
            # "a man who identified himself as “Comrade Ernesto”", "a woman who gave her name
            # only as Amina": the name the speaker goes by (after the source, or its end when
            # a quoted name closes it)
            m = attrs.evolve(m, name=called["name"])
        if m.pronoun in _RELATIVE_PRONOUNS:
            m = antecedent(text, s) or m
        elif text[s] in "oOtTaA" and _ONE_OF_SEVERAL.fullmatch(text, s, e) is not None \
                and (several := _several_before(entities, s)):  # (the initials of its words first)
            # "Two security sources told Reuters ... One said T; the other said U": one of them
            m = Mention(role=several.role, organization=several.organization)
        elif m.organization and not m.role and is_document(m.organization) \
                and (issuer := ISSUER_AFTER.match(text, e, min(len(text), e + 200))):
            # "The statement, signed by the Dagoberto Ramos Column and posted online, reads":
            # the signer speaks, not the body that spoke last (when it names a body or a person:
            # "signed by the chief of general staff" names neither)
            signer = read_mention(issuer.group("who"))
            if signer.name or (signer.organization and signer.organization[0].isupper()):
                m = signer
        if m.organization and not m.role and not m.name and (issuer := _issuer_of(m.organization)):
            m = attrs.evolve(m, organization=issuer)  # "The AA statement said": the AA speaks
        ent = find_referent(known, m, s, text[s:s + 4].lower() == "the ")
        if m.possessor is not None and m.organization and (
                is_document(m.organization) or is_outlet(m.organization)):
            # "Its statement said": the body the sentence before is about, as for "it"
            ent = body_before(text, known, s) or ent
        if ent is None and m.name is None and not m.role \
                and is_document(ARTICLE.sub("", text[s:e]).lower()) \
                and (issued := ISSUED_BY_BEFORE.search(text, max(0, s - ISSUER_REACH), s)) is not None:
            # "The claim was made in a statement issued by the military's True News Information
            # Team. The following is an excerpt": the issuer named before speaks
            issuer = read_mention(issued.group("who"))
            if issuer.name or (issuer.organization and issuer.organization[0].isupper()):
                m = issuer
                ent = find_referent(known, m, s)
        if ent is None and text[s] in "tT" and (generic := GENERIC_BODY.fullmatch(text, s, e)) is not None:
            # the body named with that word before ("The medical charity MSF ..."), else the body
            # that spoke last
            head = generic["head"]
            ent = body_described_before(text, known, s, head) or body_with_head(entities, head, s) \
                or (body_spoken_last(entities, s) if head.lower() not in NAMED_HEADS else None)
        if m.pronoun in PRONOUN_GENDER:
            ent = person_named_since(text, known, ent, m.pronoun, s) \
                or person_before(text, known, s, m.pronoun) or ent
        elif m.pronoun == "it":
            # the body that is the subject of the sentence before, when no body spoke before or
            # that sentence announces its account ("The RSF gave a very different account. In a
            # statement, it said": the RSF, not the army that spoke before), or when it is a
            # state's body ("The Russian Ministry of Defence has not dropped its claim. In its
            # briefing it said": the ministry, not the brigade that spoke before)
            loose = ent is None or announces_account(text, *sentence_before(text, s))
            if ent is None or sentence_at(text, ent.end - 1) != sentence_at(text, s):
                # (not past a body that spoke earlier in the same sentence: "The Israeli military
                # said it had struck ..., in which it said one soldier was killed")
                ent = body_before(text, known, s, states_only=not loose) or ent
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
            named = body_named(text, max(0, s - _BODY_REACH), s)
            if body is not None and body.organization and (
                    named is None or named[1] <= body.end
                    # (a body named in the speaker's own report, after its cue: "Fano forces said
                    # they had taken Mota after fighting with the ENDF. ... its spokesman": Fano's)
                    or sentence_at(text, named[1] - 1) == sentence_at(text, body.end - 1)):
                org = body.organization
            else:
                org = named[0] if named is not None else None
            if org is None and (subject := body_before(text, known, s)) is not None:
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
                          and s - x.end <= GROUP_REACH and capital_state(x.organization) is None
                          and not (NO_GROUPS_BODY.search(x.organization)
                                   and not (armed is not None and armed(x.organization)))), None)
            since = sentence_at(text, spoke.end - 1)[1] if spoke is not None else s
            moved_on = spoke is not None and any(x.end > spoke.end for x in recent(entities)
                                                 if x is not spoke)
            later = None
            if moved_on:
                later = group_before(since, s) if group_before is not None else None
                if later is None and (named_since := body_named(text, since, s, states=False)):
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


def _issuer_of(organization: str) -> str | None:
    """The body a document named after it speaks for: "AA statement" -> "AA", "Taliban
    communique" -> "Taliban" (its name capitalised, the document's word not: not "joint
    statement", "Washington Post", nor a platform's "Facebook post")."""
    head, _, last = organization.rpartition(" ")
    if not head or last not in DOCUMENTS or not all(w[:1].isupper() for w in head.split()) \
            or head.lower() in _PLATFORMS:
        return None
    return head


_PLATFORMS = words("facebook twitter x telegram instagram tiktok youtube whatsapp")
