"""Planted texts: news-like sentences built from templates, with the claims they must yield.

Each strategy draws ``(text, expected)``: ``text`` is one planted sentence, perhaps between
neutral sentences, and ``expected`` a tuple of :class:`Planted` claims an extractor must find
in it. The sentences are our own templates in the manner of wire reports; places are invented.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from hypothesis import strategies as st

from claimkit._document import Document
from claimkit._model import Claim, Count, Snippet, Span

# -- what a text must yield ---------------------------------------------------------------
_NAME_KEYS = frozenset({"group", "side", "object", "place", "actor", "denier"})


def _norm(name: str) -> str:
    name = " ".join(name.lower().split())
    return name[4:] if name.startswith("the ") else name


def same_name(expected: str, found: object) -> bool:
    """True when ``found`` names what ``expected`` names: equal or one inside the other, ignoring
    case and a leading "the" ("the army" ~ "army", "Pakistani soldiers" ~ "soldiers")."""
    if not isinstance(found, str) or not found.strip():
        return False
    e, f = _norm(expected), _norm(found)
    return e in f or f in e


@attrs.frozen(eq=True, hash=False)
class Planted:
    """A claim a planted text must yield.

    ``data`` holds the expected values of the claim's data keys (a key missing or None is not
    checked): a :class:`~claimkit.Count` is compared on ``best`` and ``qualifier``, names
    (group, side, object, place, actor, denier) with :func:`same_name`, a denial's ``denied``
    :class:`~claimkit.Snippet` by overlap, everything else by equality. ``sentence`` is where
    the fact was planted: the claim's span must overlap it. ``speaker`` (when not None) must be
    named by the claim's attribution source.
    """

    kind: str
    data: Mapping[str, Any]
    sentence: Span
    speaker: str | None = None

    def matches(self, claim: Claim) -> bool:
        """True when ``claim`` is this planted fact (see the class docs for how each key compares)."""
        if claim.kind != self.kind or not claim.span.overlaps(self.sentence):
            return False
        source = claim.attribution.source if claim.attribution is not None else None
        if self.speaker is not None and not (source is not None and (
                same_name(self.speaker, source.text) or same_name(self.speaker, source.label))):
            return False
        for key, want in self.data.items():
            got = claim.data.get(key)
            if want is None:
                continue
            if isinstance(want, Count):
                got = Count.from_dict(got) if isinstance(got, Mapping) else got
                if not (isinstance(got, Count) and (got.best, got.qualifier) == (want.best, want.qualifier)):
                    return False
            elif isinstance(want, Snippet):
                if not (isinstance(got, Snippet) and got.span.overlaps(want.span)):
                    return False
            elif key == "denier":
                if not (same_name(want, got) or (source is not None and same_name(want, source.text))):
                    return False
            elif key in _NAME_KEYS:
                if not same_name(want, got):
                    return False
            elif got != want:
                return False
        return True

    def find(self, doc: Document) -> Claim | None:
        """The first claim of ``doc`` this planted fact matches, or None."""
        return next((c for c in doc.claims if self.matches(c)), None)

    def describe(self) -> str:
        """The expectation in words, for assertion messages."""
        parts = [f"{k}={v.text if isinstance(v, Snippet) else v!r}" for k, v in self.data.items()
                 if v is not None]
        who = f" said by {self.speaker!r}" if self.speaker else ""
        return f"{self.kind}({', '.join(parts)}){who} in [{self.sentence.start}, {self.sentence.end})"


def unmatched(expected: Iterable[Planted], doc: Document) -> tuple[Planted, ...]:
    """The planted facts ``doc`` does not yield; empty when every one was found.

    ``assert not unmatched(expected, doc), [p.describe() for p in unmatched(expected, doc)]``
    """
    return tuple(p for p in expected if p.find(doc) is None)


# -- building blocks ----------------------------------------------------------------------------
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty",
          40: "forty", 50: "fifty"}
_QUALIFIERS = (("", "exact"), ("at least ", "at_least"), ("more than ", "more_than"),
               ("about ", "about"), ("up to ", "at_most"))
_NEUTRAL = (
    "The region has seen months of unrest.",
    "Schools in the area remained closed.",
    "Talks between the two sides are expected to resume.",
    "Residents said they had heard loud explosions overnight.",
    "The road to the provincial capital was reopened.",
)
PLACES = ("Varnak", "Dosht", "Kelari", "Tamsun", "Oruzen", "Bel Harat", "Qasrim")
"""Invented place names used by the planted sentences (so no real report is copied)."""
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


@st.composite
def number_phrases(draw: st.DrawFn, *, min_value: int = 2, max_value: int = 5000) -> tuple[str, Count]:
    """A figure as a report writes it, and its :class:`~claimkit.Count`.

    "12", "twelve", "1,250", "at least 30", "more than 200", "about 40", "up to 15". Bounds
    follow :func:`claimkit.text.find_numbers`: an exact figure sets ``low`` and ``high`` to
    itself, "at least"/"more than" set ``low``, "up to" sets ``high``, "about" neither.
    Shrinks toward ``min_value`` in digits, without a qualifier.
    """
    value = draw(st.integers(min_value, max_value))
    words = draw(st.booleans()) and value in _WORDS
    number = _WORDS[value] if words else (f"{value:,}" if value >= 1000 else str(value))
    prefix, qualifier = draw(st.sampled_from(_QUALIFIERS))
    low = value if qualifier in ("exact", "at_least", "more_than") else None
    high = value if qualifier in ("exact", "at_most") else None
    text = prefix + number
    return text, Count(value, low, high, qualifier, text)


class _Text:
    """Builds a text piece by piece, remembering where each piece lies."""

    def __init__(self, before: Iterable[str]) -> None:
        self.text = " ".join(before)

    def sentence(self, pieces: Iterable[str]) -> tuple[Span, list[Span]]:
        """Append a sentence; returns its span and the span of every piece."""
        if self.text:
            self.text += " "
        start = len(self.text)
        spans = []
        for piece in pieces:
            spans.append(Span(len(self.text), len(self.text) + len(piece)))
            self.text += piece
        return Span(start, len(self.text)), spans

    def end(self, after: Iterable[str]) -> str:
        for s in after:
            self.text += " " + s
        return self.text


_context = st.lists(st.sampled_from(_NEUTRAL), max_size=2, unique=True)
_places = st.sampled_from(PLACES)


# -- casualty -----------------------------------------------------------------------------------
_PASSIVE = {
    "killed": ("were killed", "died", "lost their lives"),
    "wounded": ("were wounded", "were injured"),
    "captured": ("were captured", "were taken prisoner"),
    "kidnapped": ("were kidnapped", "were abducted"),
    "missing": ("were reported missing", "are missing"),
    "arrested": ("were arrested", "were detained"),
}
_ACTIVE = {
    "killed": ("killed", ("Gunmen", "An air strike", "A roadside bomb")),
    "wounded": ("wounded", ("Gunmen", "An air strike", "A roadside bomb")),
    "kidnapped": ("kidnapped", ("Gunmen", "Armed men")),
    "arrested": ("arrested", ("Police", "Security forces")),
}
_GROUPS = (
    ("soldiers", None), ("civilians", None), ("militants", None), ("police officers", None),
    ("fighters", None), ("Pakistani soldiers", "Pakistan"), ("Nigerian troops", "Nigeria"),
    ("Ukrainian soldiers", "Ukraine"), ("Russian troops", "Russia"), ("Sudanese soldiers", "Sudan"),
)
_SAID_AFTER = (("", None), (", the army said", "the army"), (", police said", "police"),
               (", according to the health ministry", "the health ministry"),
               (", local officials said", "local officials"))
_SAID_BEFORE = (("The army said ", "The army"), ("Police said ", "Police"),
                ("A military spokesman said ", "A military spokesman"),
                ("The health ministry said ", "The health ministry"))


@st.composite
def _where_when(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(("", " in {}")))
    when = draw(st.sampled_from(("", " on {}")))
    return place.format(draw(_places)) + when.format(draw(st.sampled_from(_DAYS)))


@st.composite
def casualty_sentences(draw: st.DrawFn) -> tuple[str, tuple[Planted, ...]]:
    """A text with one planted casualty sentence and the casualty claim(s) it must yield.

    Templates: "12 soldiers were killed in Varnak, the army said." (passive, the speaker
    after); "Police said 12 militants were arrested." (the speaker first); "Gunmen killed 12
    civilians." (active); "12 soldiers were killed and 4 civilians were wounded." (two claims).
    Outcomes cover killed, wounded, captured, kidnapped, missing and arrested; groups may name
    a side ("Pakistani soldiers" -> side "Pakistan"). Expected data: outcome, count, group,
    side (None when the group names none), and the speaker when the template has one.

    Shrinks toward the first template with "2 soldiers were killed." alone: the smallest
    figure in digits, no qualifier, place, day, speaker or surrounding sentences.
    """
    template = draw(st.integers(0, 3))
    outcome = draw(st.sampled_from(tuple(_PASSIVE)))
    number, count = draw(number_phrases())
    group, side = draw(st.sampled_from(_GROUPS))
    where = draw(_where_when())
    text = _Text(draw(_context))
    expected: list[Planted] = []
    if template == 2 and outcome in _ACTIVE:
        verb, agents = _ACTIVE[outcome]
        said, speaker = draw(st.sampled_from(_SAID_AFTER))
        span, _ = text.sentence([f"{draw(st.sampled_from(agents))} {verb} {number} {group}{where}{said}."])
    elif template == 1:
        said, speaker = draw(st.sampled_from(_SAID_BEFORE))
        passive = draw(st.sampled_from(_PASSIVE[outcome]))
        span, _ = text.sentence([f"{said}{number} {group} {passive}{where}."])
    elif template == 3:
        outcome = "killed"
        number2, count2 = draw(number_phrases())
        group2, side2 = draw(st.sampled_from(_GROUPS))
        said, speaker = draw(st.sampled_from(_SAID_AFTER))
        count = attrs.evolve(count, text=_cap(count.text))
        span, _ = text.sentence([f"{_cap(number)} {group} were killed and {number2} {group2} "
                                 f"were wounded{where}{said}."])
        expected.append(Planted("casualty", {"outcome": "wounded", "count": count2, "group": group2,
                                             "side": side2}, span, speaker))
    else:
        said, speaker = draw(st.sampled_from(_SAID_AFTER))
        passive = draw(st.sampled_from(_PASSIVE[outcome]))
        count = attrs.evolve(count, text=_cap(count.text))
        span, _ = text.sentence([f"{_cap(number)} {group} {passive}{where}{said}."])
    expected.insert(0, Planted("casualty", {"outcome": outcome, "count": count, "group": group,
                                            "side": side}, span, speaker))
    return text.end(draw(_context)), tuple(expected)


# -- territorial --------------------------------------------------------------------------------
# action -> (simple past, past participle) pairs
_TAKE = {
    "captured": (("captured", "captured"), ("seized", "seized"), ("took control of", "taken control of")),
    "recaptured": (("recaptured", "recaptured"), ("retook", "retaken")),
    "besieged": (("besieged", "besieged"), ("laid siege to", "laid siege to")),
    "withdrew": (("withdrew from", "withdrawn from"), ("pulled out of", "pulled out of")),
}
_ACTORS = ("Rebel fighters", "Government forces", "The army", "The militia", "Insurgents")
_OBJECTS = ("border posts", "checkpoints", "villages", "military posts")
_PLACE_FORMS = ("{}", "the town of {}", "the village of {}")


@st.composite
def territorial_sentences(draw: st.DrawFn) -> tuple[str, tuple[Planted, ...]]:
    """A text with one planted territorial sentence and the territorial claim it must yield.

    Templates: "Rebel fighters captured Varnak." (actor, verb, place); "Local officials said
    the militia had retaken the town of Dosht." (reported); "Insurgents captured 12 border
    posts." (count and object); "Kelari was recaptured by government forces." (passive).
    Actions: captured, recaptured, besieged, withdrew. Expected data: action, place, actor,
    and count with object in the third template.

    Shrinks toward "Rebel fighters captured Varnak." alone.
    """
    template = draw(st.integers(0, 3))
    action = draw(st.sampled_from(tuple(_TAKE)))
    past, participle = draw(st.sampled_from(_TAKE[action]))
    actor = draw(st.sampled_from(_ACTORS))
    name = draw(_places)
    place = draw(st.sampled_from(_PLACE_FORMS)).format(name)
    said, speaker = draw(st.sampled_from(_SAID_AFTER))
    data: dict[str, Any] = {"action": action, "place": name, "actor": actor}
    text = _Text(draw(_context))
    if template == 1:
        said, speaker = draw(st.sampled_from((("Local officials said ", "Local officials"),
                                              ("Witnesses said ", "Witnesses"))))
        span, _ = text.sentence([f"{said}{actor.lower()} had {participle} {place}."])
    elif template == 2:
        number, count = draw(number_phrases(max_value=60))
        obj = draw(st.sampled_from(_OBJECTS))
        data = {"action": "captured", "count": count, "object": obj, "actor": actor}
        span, _ = text.sentence([f"{actor} captured {number} {obj}{said}."])
    elif template == 3 and action in ("captured", "recaptured", "besieged"):
        span, _ = text.sentence([f"{_cap(place)} was {action} by {actor.lower()}{said}."])
    else:
        span, _ = text.sentence([f"{actor} {past} {place}{said}."])
    return text.end(draw(_context)), (Planted("territorial", data, span, speaker),)


# -- denial ---------------------------------------------------------------------------------------
_DENIERS = ("The army", "The defence ministry", "A police spokesman", "The rebel group", "The militia")
_DENY_FRAMES = (
    ("denied that ", ""), ("denied reports that ", ""), ("rejected claims that ", ""),
    ("dismissed reports that ", " as propaganda"), ("said reports that ", " were untrue"),
)
_ACTS = ("carrying out the attack", "any involvement in the bombing", "targeting civilians")


@st.composite
def _propositions(draw: st.DrawFn) -> str:
    place = draw(_places)
    number, _ = draw(number_phrases(max_value=500))
    return draw(st.sampled_from((
        f"{number} soldiers had been killed", f"its forces had withdrawn from {place}",
        f"{place} had fallen to the rebels", f"air strikes had hit {place}",
        "civilians had been targeted",
    )))


@st.composite
def denial_sentences(draw: st.DrawFn) -> tuple[str, tuple[Planted, ...]]:
    """A text with one planted denial and the denial claim it must yield.

    Templates: "The army denied that 12 soldiers had been killed."; "... denied reports that
    ..."; "... rejected claims that ..."; "... dismissed reports that ... as propaganda.";
    "... said reports that ... were untrue."; "The militia denied carrying out the attack."
    Expected data: ``denier`` (the subject) and ``denied``, a Snippet of the proposition,
    matched by overlap.

    Shrinks toward "The army denied that 2 soldiers had been killed." alone.
    """
    denier = draw(st.sampled_from(_DENIERS))
    text = _Text(draw(_context))
    # Draw every part whichever template wins, so shrinking lands on the first template.
    template = draw(st.integers(0, 1))
    (head, tail), what = draw(st.sampled_from(_DENY_FRAMES)), draw(_propositions())
    act = draw(st.sampled_from(_ACTS))
    if template == 1:
        head, tail, what = "denied ", "", act
    span, pieces = text.sentence([f"{denier} {head}", what, f"{tail}."])
    denied = Snippet(what, pieces[1])
    return text.end(draw(_context)), (Planted("denial", {"denier": denier, "denied": denied}, span),)
