"""Readable text for the terminal: the claims table of ``claimkit demo`` and the stage list of
``claimkit plugins``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ._document import Document
from ._model import Claim, Count, Snippet
from ._pipeline import Pipeline
from ._plugins import PluginFailure

CLAIM_COLUMNS = ("kind", "what", "count", "side/actor", "speaker", "status", "date", "place")
MAX_WIDTH = 32


def _clip(value: object, width: int = MAX_WIDTH) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: Sequence[str], rows: Iterable[Sequence[object]], *, width: int = MAX_WIDTH) -> str:
    """Rows aligned in columns under ``header``, each cell clipped to ``width`` characters."""
    cells = [[_clip(v, width) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells)
    return "\n".join(line.rstrip() for line in lines)


def describe_count(count: object) -> str:
    """A figure as a reader would say it: "14", "at least 30", "15-20", "dozens"."""
    if not isinstance(count, Count):
        return ""
    if count.qualifier == "vague" or count.best is None:
        return count.text
    if count.low is not None and count.high is not None and count.low != count.high:
        return f"{count.low}-{count.high}"
    words = {"at_least": "at least ", "more_than": "more than ", "at_most": "up to ", "about": "about "}
    return words.get(count.qualifier, "") + str(count.best)


def _what(claim: Claim) -> str:
    data = claim.data
    if claim.kind == "casualty":
        return " ".join(str(p) for p in (data.get("outcome"), data.get("group")) if p)
    if claim.kind == "territorial":
        parts = (data.get("action"), data.get("object"), data.get("place"))
        return " ".join(str(p) for p in parts if p)
    if claim.kind == "denial":
        denied = data.get("denied")
        return "denies: " + (denied.text if isinstance(denied, Snippet) else "")
    if claim.kind == "contradiction":
        return "contradicts: " + " vs ".join(str(c) for c in data.get("claims", ()))
    return ", ".join(f"{k}={v}" for k, v in data.items())


def claim_cells(claim: Claim) -> list[object]:
    """One claim as the cells of :data:`CLAIM_COLUMNS`."""
    data = claim.data
    att = claim.attribution
    speaker = att.source.label if att and att.source else data.get("denier")
    when = ""
    if claim.time:
        when = claim.time.date.isoformat() if claim.time.date else claim.time.text
    place = claim.location.text if claim.location else data.get("place")
    return [
        claim.kind, _what(claim), describe_count(data.get("count")),
        data.get("side") or data.get("actor"), speaker, claim.status,
        when,
        place,
    ]


def claims_report(doc: Document) -> str:
    """The claims table, then the tally and any stage that failed."""
    out = [table(CLAIM_COLUMNS, (claim_cells(c) for c in doc.claims))] if doc.claims else ["no claims"]
    totals = doc.tally()
    if totals:
        out.append("")
        out.append("tally:")
        for outcome, t in totals.items():
            span = "" if t.low == t.high else f" (low {t.low}, high {t.high})"
            out.append(f"  {outcome}: {t.best}{span}")
    for error in doc.errors:
        out.append(f"stage {error.stage!r} failed: {error.error}")
    return "\n".join(out)


def plugins_report(pipeline: Pipeline | None, failures: Sequence[PluginFailure],
                   problem: str | None = None) -> str:
    """Every stage in pipeline order with its plugin, requires and provides; then failures."""
    out: list[str] = []
    if problem is not None:
        out.append(f"the pipeline cannot be built: {problem}")
    elif pipeline is None or not len(pipeline):
        out.append("no stages registered")
    else:
        rows = [(str(i), s.name, s.plugin or "-", ", ".join(s.requires) or "-", ", ".join(s.provides) or "-")
                for i, s in enumerate(pipeline, 1)]
        out.append(table(("#", "stage", "plugin", "requires", "provides"), rows, width=60))
    if failures:
        out.append("")
        out.append("plugins that failed to load:")
        out.extend(f"  {f.name}: {f.error}" for f in failures)
    return "\n".join(out)
