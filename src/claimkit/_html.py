"""A Document as HTML for notebooks: the text with evidence highlighted, then a table of claims.

Everything from the document is HTML-escaped. Overlapping evidence is cut into segments at
every span boundary, so marks never nest or cross: each segment is one ``<mark>`` coloured by
the innermost claim covering it and titled with every claim that covers it. Colours are inline
styles, because notebook viewers (GitHub, nbviewer) drop ``<style>`` blocks.
"""

from __future__ import annotations

import html
import zlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._model import Claim, Count, Snippet, Span
from ._rows import speaker_of

if TYPE_CHECKING:
    from ._document import Document

KIND_COLOURS: Mapping[str, str] = {
    "casualty": "#f9c5c5",
    "territorial": "#c5def7",
    "denial": "#f6e3a1",
    "contradiction": "#dccaf2",
}
"""Background colours of the built-in kinds; a plugin's kind gets one derived from its name."""

_QUALIFIER_SIGNS = {"at_least": "≥", "more_than": ">", "at_most": "≤", "about": "~", "vague": "~"}


def kind_colour(kind: str) -> str:
    """The highlight colour of ``kind``: fixed for built-ins, a stable pastel hue for others."""
    if kind in KIND_COLOURS:
        return KIND_COLOURS[kind]
    hue = zlib.crc32(kind.encode("utf-8")) % 360
    return f"hsl({hue}, 70%, 85%)"


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


# -- the text ---------------------------------------------------------------------------
def _evidence(claim: Claim) -> tuple[Span, ...]:
    return tuple(s for s in {claim.span, *claim.mentions} if s.end > s.start)


def _marked_text(doc: Document) -> str:
    """The text, escaped, with every claim's evidence in non-nesting ``<mark>`` segments."""
    events: dict[int, list[tuple[int, int]]] = {}  # offset -> [(+1 start / -1 end, claim index)]
    for i, claim in enumerate(doc.claims):
        for span in _evidence(claim):
            events.setdefault(span.start, []).append((1, i))
            events.setdefault(span.end, []).append((-1, i))
    widths = [min((s.end - s.start for s in _evidence(c)), default=0) for c in doc.claims]
    active: dict[int, int] = {}  # claim index -> how many of its spans cover the position
    out: list[str] = []
    pos = 0
    for offset in sorted(events):
        out.append(_segment(doc, pos, offset, active, widths))
        for delta, i in events[offset]:
            active[i] = active.get(i, 0) + delta
            if active[i] == 0:
                del active[i]
        pos = offset
    out.append(_segment(doc, pos, len(doc.text), active, widths))
    return "".join(out)


def _segment(doc: Document, start: int, end: int, active: Mapping[int, int], widths: list[int]) -> str:
    piece = _e(doc.text[start:end])
    if not active or start >= end:
        return piece
    covering = sorted(active, key=lambda i: (widths[i], i))
    claims = [doc.claims[i] for i in covering]
    inner = claims[0]
    style = f"background:{kind_colour(inner.kind)};padding:0"  # no gaps between adjacent segments
    others = {c.kind for c in claims[1:]} - {inner.kind}
    if others:
        style += f";border-bottom:3px solid {kind_colour(sorted(others)[0])}"
    title = ", ".join(f"{c.id or '?'} ({c.kind})" for c in claims)
    return (f'<mark class="ck-mark ck-{_e(inner.kind)}" style="{style}" title="{_e(title)}" '
            f'data-claims="{_e(" ".join(c.id for c in claims))}">{piece}</mark>')


# -- the table --------------------------------------------------------------------------
def format_count(count: Count) -> str:
    """A count for reading: its own words when it has them, else "≥30" or "15-20"."""
    if count.text:
        return count.text
    if count.best is None:
        return "?"
    if count.low is not None and count.high is not None and count.low != count.high:
        return f"{count.low}-{count.high}"
    return _QUALIFIER_SIGNS.get(count.qualifier, "") + str(count.best)


def _value(value: Any) -> str:
    if isinstance(value, Count):
        return format_count(value)
    if isinstance(value, Snippet):
        return f"“{value.text}”"
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def summary(claim: Claim) -> str:
    """One line saying what the claim's data holds, in words (plain text, not escaped)."""
    d = claim.data
    count = d.get("count")
    number = format_count(count) if isinstance(count, Count) else ""
    if claim.kind == "casualty":
        words = " ".join(p for p in (number, d.get("group") or "", d.get("outcome") or "") if p)
        return words + (f" (side: {d['side']})" if d.get("side") else "")
    if claim.kind == "territorial":
        words = " ".join(p for p in (d.get("action") or "", number, d.get("object") or "") if p)
        for key, label in (("place", "in"), ("from", "from"), ("actor", "by")):
            if d.get(key):
                words += f" {label} {d[key]}"
        return words
    if claim.kind == "denial":
        denied = d.get("denied")
        words = "denies " + (_value(denied) if denied is not None else "?")
        return words + (f" (of {d['target']})" if d.get("target") else "")
    if claim.kind == "contradiction":
        ids = d.get("claims") or ()
        return " vs ".join(str(i) for i in ids) + (f": {d['reason']}" if d.get("reason") else "")
    return "; ".join(f"{k}: {_value(v)}" for k, v in d.items() if v is not None)


def _place(claim: Claim) -> str | None:
    if claim.location is not None:
        return claim.location.text
    place = claim.data.get("place")
    return place if isinstance(place, str) else None


def _table(doc: Document) -> str:
    head = "".join(f"<th style='text-align:left'>{h}</th>"
                   for h in ("id", "kind", "claim", "speaker", "status", "date", "place"))
    rows = []
    for claim in doc.claims:
        date = claim.time.date.isoformat() if claim.time and claim.time.date else (
            claim.time.text if claim.time else None)
        swatch = f"background:{kind_colour(claim.kind)};padding:0 4px;border-radius:2px"
        cells = (
            _e(claim.id), f'<span style="{swatch}">{_e(claim.kind)}</span>', _e(summary(claim)),
            _e(speaker_of(claim) or ""), _e(claim.status), _e(date or ""), _e(_place(claim) or ""),
        )
        rows.append("<tr>" + "".join(f"<td style='text-align:left'>{c}</td>" for c in cells) + "</tr>")
    return f"<table class='ck-claims'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _header(doc: Document) -> str:
    parts = []
    if doc.id is not None:
        parts.append(f"<b>{_e(doc.id)}</b>")
    src = doc.source
    if src is not None:
        for value in (src.title, src.name, src.published.isoformat() if src.published else None):
            if value:
                parts.append(_e(value))
        if src.url:
            parts.append(f'<a href="{_e(src.url)}">{_e(src.url)}</a>')
    n = len(doc.claims)
    parts.append(f"{n} claim{'s' if n != 1 else ''}")
    return "<div class='ck-header'>" + " · ".join(parts) + "</div>"


def _errors(doc: Document) -> str:
    if not doc.errors:
        return ""
    items = "".join(f"<li><code>{_e(e.stage)}</code>: {_e(e.error)}</li>" for e in doc.errors)
    return f"<div class='ck-errors' style='color:#a00'>Stage errors:<ul>{items}</ul></div>"


def document_html(doc: Document) -> str:
    """The HTML a notebook shows for ``doc``: header, highlighted text, claims table, errors."""
    legend = " ".join(
        f'<mark style="background:{kind_colour(k)};padding:0 4px">{_e(k)}</mark>'
        for k in sorted({c.kind for c in doc.claims}))
    text = (f"<div class='ck-text' style='white-space:pre-wrap;line-height:1.5;"
            f"margin:0.5em 0'>{_marked_text(doc)}</div>")
    return (f"<div class='claimkit-document'>{_header(doc)}"
            f"{'<div>' + legend + '</div>' if legend else ''}{text}"
            f"{_table(doc) if doc.claims else ''}{_errors(doc)}</div>")
