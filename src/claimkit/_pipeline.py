"""Ordered stages: each takes a frozen Document and returns a new one.

Order comes from what stages declare: a stage runs after every stage that provides what it
``requires``, and honours explicit ``before``/``after``. All of it is checked when the pipeline
is built, so a missing requirement or a cycle fails before any text is read.
"""

from __future__ import annotations

import heapq
import importlib
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ._document import Document
from ._errors import (
    CycleError,
    DuplicateStageError,
    MissingRequirementError,
    UnknownStageError,
)
from ._model import StageError

StageFunction = Callable[[Document], Document]


def as_names(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class Stage:
    """A named step of the pipeline.

    ``func`` receives the document as the earlier stages left it and returns a new one
    (usually ``doc.add_claims(...)``). ``requires`` and ``provides`` name facts (such as
    ``"attributions"`` or ``"claims:casualty"``; ``"claims:*"`` puts this stage after every stage
    that provides a ``"claims:..."`` fact, and is never missing); ``before`` and ``after`` name other stages
    this one must precede or follow when both are present. ``plugin`` is filled in by
    registration and tells ``claimkit plugins`` who offered the stage.
    """

    name: str
    func: StageFunction
    requires: tuple[str, ...] = attrs.field(default=(), converter=as_names)
    provides: tuple[str, ...] = attrs.field(default=(), converter=as_names)
    before: tuple[str, ...] = attrs.field(default=(), converter=as_names)
    after: tuple[str, ...] = attrs.field(default=(), converter=as_names)
    plugin: str = ""

    def __call__(self, doc: Document) -> Document:
        return self.func(doc)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickle the function by reference, found through the Stage when @stage rebound its name.
        fields = {a.name: getattr(self, a.name) for a in attrs.fields(Stage)}
        fields["func"] = _StageFunction.of(self.func) or self.func
        return _rebuild_stage, (fields,)


@attrs.frozen
class _StageFunction:
    """Where a decorated stage's function lives: ``module.qualname`` is the Stage, ``.func`` it.

    ``@stage`` binds the function's name to the Stage, so pickle cannot find the function
    under its own name; this reference finds it through the Stage (for worker processes).
    """

    module: str
    qualname: str

    @classmethod
    def of(cls, func: StageFunction) -> _StageFunction | None:
        module, qualname = getattr(func, "__module__", None), getattr(func, "__qualname__", None)
        if not (module and qualname):
            return None
        target: object = sys.modules.get(module)
        for part in qualname.split("."):
            target = getattr(target, part, None)
        return cls(module, qualname) if isinstance(target, Stage) and target.func is func else None

    def resolve(self) -> StageFunction:
        target: Any = importlib.import_module(self.module)
        for part in self.qualname.split("."):
            target = getattr(target, part)
        func: StageFunction = target.func
        return func


def _rebuild_stage(fields: dict[str, Any]) -> Stage:
    func = fields["func"]
    return Stage(**{**fields, "func": func.resolve() if isinstance(func, _StageFunction) else func})


def stage(
    name: str,
    *,
    requires: str | Iterable[str] = (),
    provides: str | Iterable[str] = (),
    before: str | Iterable[str] = (),
    after: str | Iterable[str] = (),
) -> Callable[[StageFunction], Stage]:
    """Decorator that turns ``func(doc) -> doc`` into a :class:`Stage`."""

    def wrap(func: StageFunction) -> Stage:
        return Stage(name, func, as_names(requires), as_names(provides), as_names(before), as_names(after))

    return wrap


def _order(stages: Sequence[Stage]) -> tuple[Stage, ...]:
    """Topological order honouring requires/provides and before/after; ties keep registration order."""
    by_name: dict[str, Stage] = {}
    for s in stages:
        if s.name in by_name:
            raise DuplicateStageError(s.name, [by_name[s.name].plugin or "?", s.plugin or "?"])
        by_name[s.name] = s
    providers: dict[str, list[str]] = {}
    for s in stages:
        for fact in s.provides:
            providers.setdefault(fact, []).append(s.name)
    edges: dict[str, set[str]] = {s.name: set() for s in stages}  # a -> b: a runs before b
    for s in stages:
        for fact in s.requires:
            found = _providers_of(fact, providers, s.name)
            if not found and not fact.endswith(":*"):
                raise MissingRequirementError(s.name, fact, providers)
            for p in found:
                edges[p].add(s.name)
        for other in s.after:
            if other in by_name:
                edges[other].add(s.name)
        for other in s.before:
            if other in by_name:
                edges[s.name].add(other)
    index = {s.name: i for i, s in enumerate(stages)}
    first = _kahn(edges, index)
    if len(first) != len(stages):
        raise CycleError(_in_cycles(edges, set(edges) - set(first)))
    # A stage takes the earliest slot among the stages it must precede, so `add(x, before="b")`
    # puts x just ahead of b instead of letting unrelated stages registered after b overtake it.
    key = dict(index)
    for name in reversed(first):
        for t in edges[name]:
            key[name] = min(key[name], key[t])
    return tuple(by_name[n] for n in _kahn(edges, {n: (key[n], index[n]) for n in edges}))


def _providers_of(fact: str, providers: Mapping[str, list[str]], requirer: str) -> list[str]:
    """The stages other than ``requirer`` that provide ``fact``.

    A fact ending in ``:*`` names a family: ``"claims:*"`` is every ``"claims:<kind>"``, so a
    stage that works on all claims (dates, places, contradictions) runs after every stage
    that adds claims, plugins' included, without knowing their names. A family orders
    stages but is never missing: a pipeline with no claim stage still builds.
    """
    if fact.endswith(":*"):
        prefix = fact[:-1]
        names = [p for f, ps in providers.items() if f.startswith(prefix) for p in ps]
    else:
        names = providers.get(fact, [])
    return [p for p in dict.fromkeys(names) if p != requirer]


def _kahn(edges: dict[str, set[str]], priority: Mapping[str, object]) -> list[str]:
    """Kahn's topological sort, always taking the ready stage of lowest priority; stages on
    or after a cycle are left out."""
    indegree = dict.fromkeys(edges, 0)
    for targets in edges.values():
        for t in targets:
            indegree[t] += 1
    ready = [(priority[n], n) for n, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    ordered: list[str] = []
    while ready:
        _, name = heapq.heappop(ready)
        ordered.append(name)
        for t in edges[name]:
            indegree[t] -= 1
            if indegree[t] == 0:
                heapq.heappush(ready, (priority[t], t))
    return ordered


def _in_cycles(edges: dict[str, set[str]], stuck: set[str]) -> list[str]:
    """The stuck stages that lie on a cycle: drop, repeatedly, those leading to no stuck stage."""
    remaining = set(stuck)
    changed = True
    while changed:
        changed = False
        for name in sorted(remaining):
            if not edges[name] & remaining:
                remaining.discard(name)
                changed = True
    return sorted(remaining)


@attrs.frozen
class Pipeline:
    """An ordered, checked sequence of stages; immutable, so safe to share between threads.

    Build one with ``Pipeline(stages)`` or take :func:`claimkit.default_pipeline` and derive
    a new one with :meth:`add`, :meth:`remove` or :meth:`replace`. Calling it runs every stage
    on a document: a stage that raises is recorded in ``doc.errors`` and the others go on,
    unless ``strict=True``.
    """

    stages: tuple[Stage, ...] = attrs.field(converter=_order)

    def __iter__(self) -> Iterator[Stage]:
        return iter(self.stages)

    def __len__(self) -> int:
        return len(self.stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __getitem__(self, name: str) -> Stage:
        for s in self.stages:
            if s.name == name:
                return s
        raise UnknownStageError(name, self.names)

    def add(
        self, new: Stage, *, before: str | Iterable[str] = (), after: str | Iterable[str] = ()
    ) -> Pipeline:
        """A new pipeline with ``new`` added (optionally placed before/after named stages)."""
        placed = attrs.evolve(new, before=(*new.before, *as_names(before)),
                              after=(*new.after, *as_names(after)))
        for name in (*as_names(before), *as_names(after)):
            self[name]  # an unknown anchor is a mistake, not a silent no-op
        return Pipeline((*self.stages, placed))

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the stage ``name`` (an error if a later stage needs it)."""
        self[name]
        return Pipeline(tuple(s for s in self.stages if s.name != name))

    def replace(self, name: str, new: Stage) -> Pipeline:
        """A new pipeline with ``new`` in place of ``name``, keeping the old one's position hints."""
        old = self[name]
        merged = attrs.evolve(new, before=new.before or old.before, after=new.after or old.after)
        return Pipeline(tuple(merged if s.name == name else s for s in self.stages))

    def __call__(self, doc: Document, *, strict: bool = False) -> Document:
        for s in self.stages:
            try:
                out = s(doc)
            except Exception as exc:
                if strict:
                    exc.add_note(f"in claimkit stage {s.name!r}")
                    raise
                failure = StageError(s.name, f"{type(exc).__name__}: {exc}")
                doc = attrs.evolve(doc, errors=(*doc.errors, failure))
                continue
            if not isinstance(out, Document):
                problem = TypeError(f"stage {s.name!r} returned {type(out).__name__}, expected a Document")
                if strict:
                    raise problem
                doc = attrs.evolve(doc, errors=(*doc.errors, StageError(s.name, str(problem))))
                continue
            doc = out
        return doc
