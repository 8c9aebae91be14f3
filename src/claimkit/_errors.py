"""The one error hierarchy: every error claimkit raises on purpose is a ``ClaimkitError``.

Each subclass also subclasses the nearest builtin, so ``except ValueError`` keeps working,
and carries its context as attributes so callers need not parse the message.
"""

from __future__ import annotations

from collections.abc import Iterable


class ClaimkitError(Exception):
    """Base class of every error claimkit raises on purpose."""

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take their context, not the message, as arguments: rebuild from the
        # message and attributes so errors pickle (they cross process boundaries in extract_many).
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[ClaimkitError], args: tuple[object, ...], state: dict[str, object]) -> ClaimkitError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ContractError(ClaimkitError, ValueError):
    """A value breaks the output contract (a span outside its text, an unknown status ...).

    ``field`` names what was wrong, ``value`` holds it.
    """

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}={value!r} is not valid: expected {expected}")


class PipelineError(ClaimkitError, ValueError):
    """A pipeline cannot be built; raised when the pipeline is built, not when it runs."""


class DuplicateStageError(PipelineError):
    """Two stages share one name."""

    def __init__(self, name: str, plugins: Iterable[str]) -> None:
        self.name = name
        self.plugins = tuple(plugins)
        super().__init__(f"stage {name!r} is registered twice (by {', '.join(self.plugins)}); "
                         "stage names must be unique: remove or replace one of them")


class MissingRequirementError(PipelineError):
    """A stage requires a fact that no stage before it provides."""

    def __init__(self, stage: str, missing: str, available: Iterable[str]) -> None:
        self.stage = stage
        self.missing = missing
        self.available = tuple(sorted(available))
        options = ", ".join(self.available) or "nothing"
        super().__init__(f"stage {stage!r} requires {missing!r}, which no stage provides "
                         f"(provided: {options})")


class CycleError(PipelineError):
    """The before/after/requires constraints cannot all hold."""

    def __init__(self, stages: Iterable[str]) -> None:
        self.stages = tuple(stages)
        super().__init__("stage ordering has a cycle among: " + ", ".join(self.stages)
                         + " (check their before=, after= and requires)")


class UnknownStageError(ClaimkitError, LookupError):
    """A stage name that is not in the pipeline."""

    def __init__(self, name: str, available: Iterable[str]) -> None:
        self.name = name
        self.available = tuple(available)
        super().__init__(f"no stage {name!r} in the pipeline; available: "
                         + (", ".join(self.available) or "none"))


class MissingExtraError(ClaimkitError, ImportError):
    """An optional feature needs an extra that is not installed."""

    def __init__(self, feature: str, extra: str, module: str) -> None:
        self.feature = feature
        self.extra = extra
        super().__init__(f"{feature} needs the optional dependency {module!r}: "
                         f"pip install 'claimkit[{extra}]'")
