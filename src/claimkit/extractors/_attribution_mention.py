"""A source's words read by themselves: a name, a role, an organization or a pronoun.

* ``spokesman Zabihullah Mujahid`` -> role "spokesman", name "Zabihullah Mujahid";
* ``the Taliban spokesman`` / ``a spokesman for the Taliban`` / ``the Taliban's spokesman``
  -> role "spokesman", organization "Taliban";
* ``Zabihullah Mujahid, the Taliban spokesman`` -> all three (an appositive after a comma);
* ``the Defence Ministry`` / ``The Taliban`` -> organization only;
* ``officials`` / ``a security source`` -> role only (an anonymous source);
* ``he`` / ``she`` / ``they`` -> a pronoun, which :mod:`._attribution_speakers` resolves.

The words the reading goes by (pronouns, determiners, titles, ranks, roles, and the tests of a
name's words) are in :mod:`._attribution_mention_words`; a body told by what it is, the words
its initials spell, and the documents and outlets that speak for it in
:mod:`._attribution_mention_bodies`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import attrs
import regex

from ._attribution_lexicon import REDUCED_RELATIVE, words
from ._attribution_mention_bodies import (
    ACRONYM_LINKS,
    BODY_HEADS,
    BODY_NAME_WORDS,
    DESCRIBED_BODY,
    capital,
    describing_word,
    is_document,
    is_outlet,
    org_like,
    spelled_by,
)
from ._attribution_mention_words import (
    BODY_AFTER_RANK,
    DETERMINERS,
    GROUP_PRONOUNS,
    LINKS,
    PERSON_PRONOUNS,
    RANKS,
    is_cap,
    is_role,
    modifies,
    name_of,
    phrase,
    strip_possessive,
)
from ._attribution_names import KNOWN_BODIES, ORG_HEADS
from ._attribution_np import BY_PARTICIPLES, ROLE_WORDS
from ._gazetteer import lookup

# (an apostrophe inside a name stays in it: "Jama’at", "O'Neill"; a possessive "'s" too)
_WORD = regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{N}.\-]|['’](?=\p{L}))*|,|[—–(]")
_RELATIVES = words("which who that i you")  # not resolved here
_ANY_PRONOUN = PERSON_PRONOUNS | GROUP_PRONOUNS | _RELATIVES
_INDEFINITE = words("a an another")
# Words that join the words of a body's name, never a person's ("Doctors Without Borders").
_NAME_LINKS = words("without against")
_NEGATIVE = words("no none neither nobody nothing")


@attrs.frozen
class Mention:
    """What one source's words say by themselves."""

    name: str | None = None
    role: str | None = None
    organization: str | None = None
    pronoun: str | None = None
    possessor: str | None = None  # "its" / "their" before the role: the body is named earlier
    indefinite: bool = False  # "a spokesman": someone new, not the spokesman met before


# Where the words naming a source stop and a description of the circumstances begins
# ("officials in Dovrek, who spoke on condition of anonymity").
_CLAUSE_CUT = regex.compile(
    r",?\s+(?:who|whom|whose|which|that|speaking|asking|requesting|declining)\b.*$|\s+(?:in|on|near|at)\s+(?=[\p{Lu}]).*$"
    # (a reduced relative: "Fano militiamen | fighting Ethiopia's federal government")
    r"|\s+(?:" + REDUCED_RELATIVE + r")\s.*$"
    r"|\s+(?:" + "|".join(sorted(BY_PARTICIPLES)) + r")\s+by\s.*$",
    regex.S)
# A bracketed acronym or aside: "the Malian Armed Forces (FAMa)".
_BRACKETS = regex.compile(r"\s*\([^()]*\)")
# A capitalised word that describes rather than names: "Athens-based", "Kremlin-backed".
_DESCRIBING = regex.compile(r"-(?:based|backed|led|aligned|linked|affiliated|controlled|run|owned)$")
# A place after a role, then a ranked name: "the army spokesman in Ituri, Lieutenant Jo Roe".
_PLACE_THEN_RANK = regex.compile(
    r"\s+(?:in|on|near|at)\s+(?P<place>\p{Lu}[^,]*+)(?=,\s*+(?:" + "|".join(
        sorted({regex.escape(w.rstrip(".").capitalize()) for w in RANKS | words("mr mrs ms dr")},
               key=len, reverse=True))
    + r")(?![\p{L}])\.?\s++\p{Lu})")
# ... or a name alone, the mention's last words: "... in South Kivu, | Innocent Rwabukamba"
# (a person's name closing the source: two to four capitalised words)
_CLOSING_NAME = r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){1,3})\s*$"
_PLACE_THEN_NAME = regex.compile(r"\s+(?:in|on|near|at)\s+(?P<place>\p{Lu}[^,]*+),\s*+" + _CLOSING_NAME)
# ... or after a relative clause: "A nurse who treated the wounded, | Amina Yusuf".
_NAME_AFTER_CLAUSE = regex.compile(r",\s*+" + _CLOSING_NAME)


@lru_cache(maxsize=4096)
def read_mention(text: str) -> Mention:
    """Name, role, organization (or a pronoun) as the words of one source give them."""
    if (outlet := _media_arm(text)) is not None:
        return outlet
    described = DESCRIBED_BODY.fullmatch(text) if describing_word(text) else None
    if described is not None and described["what"][1:] == described["what"][1:].lower():
        # (the words that say what it is in lower case, but for a sentence's first capital)
        return Mention(role=described["what"], organization=described["body"])
    m = _read_words(text)
    acronym = _ACRONYM.search(text) if "(" in text else None
    body = spelled_by(text[:acronym.start()], acronym[1]) if acronym is not None else None
    if body is not None and acronym is not None and (m.name is None or m.name.split()[0] in body.split()):
        # "Inter-Services Public Relations (ISPR)", "Jama’at Nusrat al-Islam wal-Muslimin
        # (JNIM)": the words an acronym spells name a body, not a person; the acronym stays,
        # as readers (and the side vocabulary) know the body by it
        role = m.role or (m.organization if m.organization and m.organization[0].islower() else None)
        # ("Director General Inter-Services Public Relations (ISPR) Maj. Gen. Faisal Nadeem": the
        # person named after the body's initials)
        close = text.find(")", acronym.end())
        after = _read_words(text[close + 1:]).name if close != -1 and close + 1 < len(text) else None
        return attrs.evolve(m, name=after, role=role, organization=f"{body} ({acronym[1]})")
    if body is None and m.name is None and m.organization and " " in m.organization \
            and all(w[:1].isupper() for w in m.organization.split() if w.lower() not in ACRONYM_LINKS) \
            and (other := _OTHER_TONGUE_ACRONYM.search(text)) is not None:
        # "the Malian Armed Forces (FAMa)", "the Armed Forces of the DRC (FARDC)": initials of
        # the body's name in its own language, by which readers know it
        return attrs.evolve(m, organization=f"{m.organization} ({other[1]})")
    return m


def read_label(text: str) -> Mention | None:
    """A transcript's speaker written in capitals before the colon of their turn, who they
    are maybe in brackets ("BRIG. GEN. PATRICK MWAMBA ILUNGA (FARDC spokesman)": the name
    Patrick Mwamba Ilunga, the role spokesman, the organization FARDC), or None for other
    words."""
    label = _CAPITALS.fullmatch(text)
    if label is None:
        return None
    named = read_mention(" ".join(w.capitalize() for w in label["who"].split()))
    aside = read_mention(label["aside"]) if label["aside"] else Mention()
    return attrs.evolve(named, role=aside.role or named.role,
                        organization=aside.organization or named.organization)


def _media_arm(text: str) -> Mention | None:
    """A body's media arm, which speaks for the body: "az-Zallaqa, the media arm of JNIM", "the
    TTP's Umar Media" (the outlet the role, the body the organisation), or None."""
    low = text.lower()
    if not any(word in low for word in _ARM_WORDS):
        return None  # (most sources: no pattern tried)
    outlet = _OUTLET_OF.fullmatch(text) or _BODYS_OUTLET.fullmatch(text)
    if outlet is None:
        return None
    owner = read_mention(outlet["body"])
    return Mention(role=outlet["arm"] or outlet.groupdict().get("kind"),
                   organization=owner.organization or owner.name or outlet["body"])


def press_office_named(text: str) -> str | None:
    """The press office a report names ("the Inter-Services Public Relations (ISPR)", "the
    army's Information Team" is none), for its description to stand for: "the military's media
    wing said" is that office speaking. None when the report names none."""
    if "Public Relations" not in text and "Press" not in text and "Media" not in text:
        return None  # (most texts: no pattern tried)
    found = _PRESS_OFFICE.search(text)
    if found is None:
        return None
    name = str(found.group()).strip()
    return name[4:] if name.startswith("The ") else name


# A description of a press office, read as an organisation: "media wing", "press office".
PRESS_DESCRIPTION: Final = regex.compile(
    r"(?i)(?:media|press|information|public\s+relations)\s+(?:wing|arm|office|cell|department|service|directorate)")
# ... and a press office's name: capitalised words ending in one of the words press offices are
# named by, maybe with initials ("Inter-Services Public Relations (ISPR)").
_PRESS_OFFICE: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}\-]*+\s++){0,4}(?:Public\s++Relations|Press\s++(?:Office|Service|Centre|Center)|"
    r"Media\s++(?:Centre|Center|Office|Cell|Directorate))(?:\s++\(\p{Lu}{2,8}\))?")


# Words one of which every media arm holds (a cheap test before the patterns).
_ARM_WORDS: Final = ("media", "news", "propaganda", "information", "foundation", "agency", "radio")
_ARM: Final = (r"(?:official\s+)?(?:media|propaganda|news|information)\s+"
               r"(?:arm|wing|outlet|agency|branch|office|channel|foundation|service)")
# "az-Zallaqa, the media arm of Jama'at Nusrat al-Islam wal-Muslimin (JNIM)", "the news agency
# of the Sable Front"
_OUTLET_OF: Final = regex.compile(
    rf"(?i)(?:(?P<arm>[^,]{{2,60}}),\s++)?(?:the|its|their)\s++(?P<kind>{_ARM})\s++of\s++"
    rf"(?P<body>(?:the\s++)?\p{{Lu}}.{{1,120}})")
# "the Tehreek-i-Taliban Pakistan's Umar Media", "the group's Amaq News Agency"
_BODYS_OUTLET: Final = regex.compile(
    r"(?:the\s++)?(?P<body>\p{Lu}[^,]{1,100}?)['’]s\s++"
    r"(?P<arm>(?:\p{Lu}[\p{L}\-]*+\s++){1,3}(?:Media|Foundation|News\s++Agency|Agency|Radio))")


# A transcript's label in capitals, two words at least (one word may be a heading's, "BYLINE:",
# or an acronym, "ISPR:"), who speaks maybe in brackets after it.
_CAPITALS = regex.compile(
    r"(?P<who>\p{Lu}[\p{Lu}.'’\-]*+(?:\s++\p{Lu}[\p{Lu}.'’\-]*+)++)(?:\s*+\((?P<aside>[^()\n]{1,80})\))?")
# One word in capitals, a surname the text names a person by ("BENENSON:", after "Joel Benenson")
ONE_CAPITAL_WORD = regex.compile(r"\p{Lu}[\p{Lu}'’\-]{2,}")
_ACRONYM = regex.compile(r"\(\s*+(\p{Lu}{2,6})\b")
# ... and initials that spell the name in another language, closing the source ("(FAMa)")
_OTHER_TONGUE_ACRONYM = regex.compile(r"\(\s*+(\p{Lu}{2,8}\p{Ll}?)\s*+\)\s*+\Z")


# Adjectives joined before one noun ("current and former officials").
_CONJOINED_MODIFIERS = frozenset({"current", "former", "past", "present", "serving", "retired", "local",
                                  "foreign", "senior", "junior", "military", "civilian"})


# A person's title at the end of what was read as a body: "... Minister of Information".
_TITLE_IN_BODY = regex.compile(
    r"\b(?:Minister|Secretary|Commissioner|Governor|Director|Spokes(?:man|woman|person))"
    r"(?:\s+(?:of|for)\s+\p{Lu}.*)?\Z")
_PORTFOLIO = regex.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner)\s+(?:of|for)\s+\p{Lu}\p{L}+"
    r"(?:\s*,\s*\p{Lu}\p{L}+){1,4}\s*,?\s+and\s+\p{Lu}\p{L}+")


def _read_words(text: str) -> Mention:
    text = _BRACKETS.sub("", text)
    comma = "," in text  # (both patterns need one)
    if comma and (portfolio := _PORTFOLIO.search(text)) is not None:
        # "Minister of Information, Culture and Tourism, Abdullahi Hassan Warsame": the list of
        # the office's fields is its title, no appositive
        text = text[:portfolio.start()] + portfolio.group().replace(",", "") + text[portfolio.end():]
    if comma and (ranked := _PLACE_THEN_RANK.search(text)) is not None:
        # "The army spokesman in Ituri, Lieutenant Jo Roe": the place goes, the name stays
        text = text[:ranked.start()] + text[ranked.end("place"):]
    elif comma and (named := _PLACE_THEN_NAME.search(text)) is not None and lookup(named["name"]) is None:
        # "The rebels' spokesman in South Kivu, Innocent Rwabukamba" (not "in Kalat, North
        # Waziristan": a place after a place)
        text = text[:named.start()] + text[named.end("place"):]
    cut = _CLAUSE_CUT.sub("", text)
    if len(cut) < len(text) and (named := _NAME_AFTER_CLAUSE.search(text, len(cut))) is not None \
            and lookup(named["name"]) is None:
        # "An elder who helped to collect the bodies, Ato Roe": the clause goes, the name after
        # it stays (not "A resident who fled to Goma, North Kivu": a place)
        cut = f"{cut}, {named['name']}"
    words_ = _WORD.findall(cut)
    if "," in words_:
        # "Name, the Taliban spokesman" or "the Taliban spokesman, Name"
        i = words_.index(",")
        left, right = read_mention(" ".join(words_[:i])), read_mention(" ".join(words_[i + 1:]))
        if left.pronoun:
            return left
        rank = left.role is not None and all(w in RANKS for w in left.role.lower().split())
        role = right.role if rank and right.role else left.role or right.role
        if left.name is None and right.name is None and left.organization and right.organization \
                and left.organization == left.organization.lower() \
                and all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words_[i + 1:]):
            # "The military's media wing, ISPR": what the body is, then its name
            return Mention(None, role or left.organization, right.organization,
                           possessor=left.possessor or right.possessor)
        org = left.organization or right.organization
        if role is None and left.name is None and right.name is not None and left.organization is not None \
                and (title := _TITLE_IN_BODY.search(left.organization)) is not None:
            # "The Federal Government's Minister of Information, Jo Roe": a person's title
            # before the name, read as a body's name for its capitals
            role, org = title.group(), left.organization[:title.start()].strip() or None
        return Mention(left.name or right.name, role, org,
                       possessor=left.possessor or right.possessor,
                       indefinite=left.indefinite and not right.name)
    if not words_ or words_[0].lower() in _NEGATIVE:
        return Mention()  # "No group has claimed ...", "Neither side": nobody to name
    low = [w.lower() for w in words_]
    if "and" in low[1:-1]:
        # "local officials and residents", "current and former officials": speakers named by
        # no name, together (a name on either side is read as before: "Edwards and others")
        k = low.index("and")
        left, right = read_mention(" ".join(words_[:k])), read_mention(" ".join(words_[k + 1:]))
        modifier = k == 1 and low[0] in _CONJOINED_MODIFIERS  # ("Current and former officials")
        if (modifier or not left.name) and not right.name and not left.pronoun and not right.pronoun \
                and (left.role or right.role):
            start = 1 if low[0] in DETERMINERS else 0
            end = next((i for i in range(k + 1, len(low)) if low[i] in LINKS), len(low))
            return Mention(role=" ".join(w.lower() if not is_cap(w) or i == 0 else w
                                         for i, w in enumerate(words_[start:end])),
                           organization=left.organization or right.organization)
    if len(words_) == 1 and low[0] in _ANY_PRONOUN:
        return Mention(pronoun=low[0])
    head = next((i for i in range(len(words_) - 2, 0, -1)
                 if low[i] in BODY_HEADS and words_[i].islower()), None)
    if head is not None and all(is_cap(w) for w in words_[head + 1:]) \
            and (low[0] in DETERMINERS or (is_cap(words_[0]) and low[0].endswith(("'s", "’s")))) \
            and not any(strip_possessive(w) in ROLE_WORDS - {"official"} for w in low[:head]):
        # "the UN children’s agency UNICEF", "the rights group Amnesty International", "Syria's
        # state news agency SANA": what the body is, then its name ("official" before the head
        # word is an adjective: "the official news agency SANA")
        return Mention(role=phrase(words_[:head + 1]), organization=" ".join(words_[head + 1:]))
    # the role: a lowercase role word, else a capitalised one followed by a name ("President X")
    # ("Residents of Hesk", "Officials": a role capitalised to open the sentence)
    opening_role = low[0] not in ORG_HEADS and (len(words_) == 1 or not is_cap(words_[1]))
    # ("a spokesman for Ukraine's eastern group of forces": the role before the link)
    link = next((i for i in range(1, len(low)) if low[i] in LINKS and is_role(low[i - 1])), len(low))
    role_at = next((i for i in range(min(link, len(words_)) - 1, -1, -1)
                    if is_role(low[i]) and (not is_cap(words_[i]) or (i == 0 and opening_role))
                    and not (low[i] == "general" and low[i + 1:i + 2] == ["staff"])), None)
    if role_at is None:
        # "President Roe", not "the General Staff"
        role_at = next((i for i in range(len(words_) - 1) if is_role(low[i]) and is_cap(words_[i + 1])
                        and low[i + 1] not in LINKS and low[i + 1] not in _NAME_LINKS
                        and strip_possessive(low[i + 1]) not in BODY_AFTER_RANK), None)
    if role_at is None:
        return _unroled(words_, low)
    name = org = None
    start = role_at
    # lowercase modifiers belong to the role ("military spokesman", "senior officials")
    while start > 0 and modifies(words_[start - 1], low[start - 1]):
        start -= 1
    if start > 0 and is_cap(words_[start - 1]) and low[start - 1] not in DETERMINERS:
        # "the Varnian army spokesman": an organization's head word goes with its name
        while start < role_at and strip_possessive(low[start]) in ORG_HEADS:
            start += 1
    role = " ".join(strip_possessive(w) for w in words_[start:role_at + 1])
    if low[:2] == ["one", "of"] and role.endswith("s"):
        role = role[:-1]  # "one of its commanders" is a commander
    possessor = next((w for w in low[:start] if w in ("its", "their")), None)
    before = [w for w, lw in zip(words_[:start], low[:start], strict=True) if lw not in DETERMINERS]
    after = words_[role_at + 1:]
    if after and after[0].lower() in LINKS:
        body = after[1:]
        if after[0].lower() not in ("of", "in") or org_like(body) or any(
                w.isupper() and len(w) > 1 for w in body):
            org = phrase(body)  # "spokesman for the Taliban", not "governor of Lower Sarin"
        after = []
    describing = _describing(before)
    caps_before = [w for k, w in enumerate(before) if (is_cap(w) and k not in describing)
                   or strip_possessive(w.lower()) in ORG_HEADS]
    if caps_before and is_cap(words_[role_at]) and not org_like(caps_before):
        # "Defence Minister": capitalised words before a capitalised role are its title
        role = " ".join(strip_possessive(w) for w in [*caps_before, words_[role_at]])
    elif caps_before:
        org = org or phrase(caps_before)
    link_at = next((k for k, w in enumerate(after) if k and w.lower() in LINKS), None)
    if link_at is not None and is_cap(after[0]):
        # "Colonel Jo Roe of the National Defence Force": the name ends at the link
        body = after[link_at + 1:]
        if org_like(body) or any(w.isupper() and len(w) > 1 for w in body):
            org = org or phrase(body)
        after = after[:link_at]
    name_words = name_of(after)
    if name_words:
        name = " ".join(name_words)
    return Mention(name, role, org, possessor=possessor, indefinite=low[0] in _INDEFINITE)


def _describing(words_: list[str]) -> set[int]:
    """The positions of words that describe rather than name: "Athens-based", and a place's
    capitalised words before one ("New York-based": "New" too)."""
    found: set[int] = set()
    for k in range(len(words_) - 1, -1, -1):
        if _DESCRIBING.search(words_[k]) or (k + 1 in found and is_cap(words_[k])):
            found.add(k)
    return found


def _unroled(words_: list[str], low: list[str]) -> Mention:
    """A source without a role word: a body ("the health ministry"), a person named by what
    they are ("a schoolteacher") or a person's name."""
    if (len(low) <= 3 and low[0] in ("a", "an") and low[-1].isalpha() and words_[-1].islower()
            and low[-1].endswith(_PERSON_ENDINGS) and low[-1] not in _THINGS_LIKE_PERSONS
            and ORG_HEADS.isdisjoint(low)):
        return Mention(role=low[-1], indefinite=True)  # "a schoolteacher said": an anonymous source
    if low[0] in ("its", "their") and len(low) > 1 and (
            is_document(" ".join(low[1:])) or is_outlet(" ".join(low[1:]))):
        # "Its statement said", "Its Andalus radio said": a document or an outlet, which
        # speaks for the body that issued it or owns it
        return Mention(organization=phrase(words_[1:]), possessor=low[0])
    if low[0] == "the" or not ORG_HEADS.isdisjoint(low) or not _NAME_LINKS.isdisjoint(low[1:-1]) \
            or (not BODY_NAME_WORDS.isdisjoint(words_) and "of" not in low):
        # ("Doctors Without Borders": words a person's name does not hold; "Amnesty
        # International", not "Meenakshi Ganguly of Human Rights Watch", a person of a body.
        # Not :func:`org_like`, which strips possessives: "Kantar Media’s political ad
        # tracker" keeps its owner, Kantar Media, as the body, read further down)
        possessed = next((i for i, w in enumerate(words_) if w.endswith(("'s", "’s"))), None)
        # (a possessive inside a known group's name is no owner: "the New People’s Army")
        named = " ".join(low[1:] if low[0] == "the" else low).replace("’", "'")
        if possessed is not None and named in KNOWN_BODIES:
            return Mention(organization=" ".join(w for w in words_ if w.lower() not in DETERMINERS))
        if possessed is not None and not ORG_HEADS.isdisjoint(low[possessed + 1:]):
            return Mention(organization=phrase(words_[possessed + 1:]))  # "Korvania's defence ministry"
        return Mention(organization=phrase(words_))
    caps = name_of(words_)
    if not caps:
        return Mention()
    if any(w.endswith(("'s", "’s")) for w in words_) or all(w.isupper() and len(w) > 1 for w in caps):
        return Mention(organization=phrase(caps))  # "Pakistan's military", "NATO"
    joined = " ".join(caps)
    if joined.lower() in KNOWN_BODIES or (len(caps) == 1 and capital(joined)):
        # "Al-Shabaab said", "Russia denied", "Moscow said" (a capital for its government): no person
        return Mention(organization=joined)
    return Mention(name=joined)


# Words that may stand in a body's name told after what it is ("the Tehrik-e-Taliban Pakistan
# Ghazi Group", "known as SNAI").
_NAME_GLUE = words("the of for and known as al")


# Endings of nouns that name a person by what they do ("schoolteacher", "journalist"; "medic"
# is a role word already).
_PERSON_ENDINGS = ("er", "ist", "ian", "man", "woman", "ee")
_THINGS_LIKE_PERSONS = words("letter paper newspaper number order computer center filter poster "
                             "flyer flier banner register chapter cluster quarter trailer")
