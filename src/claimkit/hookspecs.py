"""Hook specifications: what a claimkit plugin can implement.

A plugin is a module (or object) with functions marked ``@claimkit.hookimpl`` whose names
match the hooks below. It is found through the ``claimkit`` entry-point group::

    [project.entry-points.claimkit]
    my_plugin = "my_package.plugin"

An implementation may accept a subset of a hook's arguments. Hooks only ever gain arguments,
so a plugin written today keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import pluggy

from ._pipeline import Stage

hookspec = pluggy.HookspecMarker("claimkit")
hookimpl = pluggy.HookimplMarker("claimkit")


class RegisterStage(Protocol):
    """The ``register`` callable passed to :func:`claimkit_register_stages`."""

    def __call__(
        self, stage: Stage, *, before: str | Iterable[str] = (), after: str | Iterable[str] = ()
    ) -> None: ...


class RegisterSide(Protocol):
    """The ``register`` callable passed to :func:`claimkit_register_sides`."""

    def __call__(self, term: str, side: str) -> None: ...


@hookspec
def claimkit_register_stages(register: RegisterStage) -> None:
    """Offer pipeline stages.

    :param register: call ``register(stage, before=..., after=...)`` once per stage you offer.
        ``stage`` is a :class:`claimkit.Stage` (build one with the :func:`claimkit.stage`
        decorator): a ``name`` unique in the pipeline, the facts it ``requires`` and
        ``provides``, and a function ``Document -> Document`` that returns a new document
        (``doc.add_claims([...])``), never mutating the one it got. ``before`` and ``after``
        name stages this one must precede or follow; names that are not in the pipeline are
        ignored, so a plugin can refer to an optional stage.
    :returns: nothing; what you register is collected. Built-in extractors register through
        this same hook.

    The facts built-in stages provide: ``attributions`` (reported statements),
    ``claims:casualty``, ``claims:territorial``, ``claims:denial``, ``claims:contradiction``,
    ``status`` (claims marked unverified / hedged / confirmed), ``time``, ``location``,
    ``source``.
    """


@hookspec
def claimkit_register_sides(register: RegisterSide) -> None:
    """Extend the side vocabulary that maps words in a text to a party of the conflict.

    :param register: call ``register(term, side)`` for each word or phrase: a demonym
        (``register("Pakistani", "Pakistan")``), an armed group or force and its aliases
        (``register("TTP", "Tehreek-e-Taliban Pakistan")``). Terms match whole words, case
        sensitively for acronyms and case-insensitively otherwise. A term registered twice
        keeps the last plugin's side. The side is used as registered; built-in armed groups
        known by the acronym of their initials are registered under labels holding both
        (``"Tehreek-e-Taliban Pakistan (TTP)"``), and an alias of one of them belongs under
        that label.
    :returns: nothing.
    """
