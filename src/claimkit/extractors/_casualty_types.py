"""The values a sentence is read into: a Figure while it is read, Mentions once it is."""

from __future__ import annotations

import attrs

from claimkit._model import Count


@attrs.frozen
class Mention:
    """One figure for one outcome, as read from a sentence.

    ``start``/``end`` cover the evidence (figure, group and the outcome's words);
    ``group_span`` the group's words; ``parent`` the index (in the sentence's list) of the
    figure this one is part of ("12 killed, including 8 children"); ``own`` is True when the
    group points back at the speaker ("nine of its own fighters", "our soldiers"); ``total``
    marks the sum of a list ("6 commandos, 5 soldiers and 15 militants were killed" -> 26),
    whose items are its parts; ``lost`` a figure the subject lost ("Russian forces lost 1,200
    troops"), whose side is the subject's; ``superseded`` a toll's value before a revision
    ("revised down to 31 from | 38", "up from | 23").
    """

    outcome: str
    count: Count
    start: int
    end: int
    group: str | None = None
    group_span: tuple[int, int] | None = None
    head: str | None = None
    parent: int | None = None
    own: bool = False
    lost: bool = False
    total: bool = False
    superseded: bool = False


@attrs.define
class Figure:
    """A number being read (mutable while the sentence is read, then frozen into Mentions)."""

    start: int
    end: int
    best: int
    low: int | None
    high: int | None
    qualifier: str
    text: str
    np_end: int = 0
    tail_end: int = 0
    group: tuple[int, int] | None = None
    head: str | None = None
    part: str | None = None
    person: bool = False
    rejected: bool = False
    ambiguous: bool = False
    right: tuple[str, ...] = ()
    right_span: tuple[int, int] | None = None
    left: str | None = None
    left_span: tuple[int, int] | None = None
    held_before: str | None = None   # a captor's verb before ``left``: "kidnapped and killed"
    link: str | None = None          # to the previous figure: "list", "include" or "also"
    in_part: bool = False            # inside an "including ..." list
    conj: bool = False               # the list link has "and" (or "as well as" ...)
    semicolon: bool = False
    parent: int | None = None
    outcomes: tuple[str, ...] = ()
    out_span: tuple[int, int] | None = None
    bare: bool = False               # "another", "a third": a figure only before its own predicate
    alone: bool = False              # "injuring another": a figure with no group after it
    earlier: bool = False            # a toll's earlier value: "up from | 23 the day before"
