"""Outputs of ``claimkit extract`` (JSON lines, JSON, CSV), written as documents come, and
the progress line on stderr.

Text is written as UTF-8 (``ensure_ascii=False``). A text with lone surrogates (possible from
JSON input such as ``"\\ud800"``) cannot be encoded; such a JSON document is written with
``ensure_ascii=True`` instead, which is valid JSON and reads back to the same text, and such a
CSV row has the surrogates written as backslash escapes.
"""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Callable
from typing import Any, Protocol, TextIO

from ._document import Document
from ._model import Claim, Count

FORMATS = ("jsonl", "json", "csv")

CSV_COLUMNS = (
    "doc_id", "claim_id", "kind", "outcome", "count_best", "count_low", "count_high", "qualifier",
    "group", "side", "action", "object", "place", "actor", "speaker", "status", "date", "location",
    "evidence",
)


class Writer(Protocol):
    def write(self, doc: Document) -> None: ...
    def close(self) -> None: ...


def _json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: escape everything instead
        return json.dumps(value, ensure_ascii=True)
    return text


class JsonLinesWriter:
    """One ``Document.to_dict()`` per line."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, doc: Document) -> None:
        self._out.write(_json(doc.to_dict()) + "\n")

    def close(self) -> None:
        self._out.flush()


class JsonArrayWriter:
    """A JSON list of documents, streamed element by element."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._count = 0

    def write(self, doc: Document) -> None:
        self._out.write(("[\n" if self._count == 0 else ",\n") + _json(doc.to_dict()))
        self._count += 1

    def close(self) -> None:
        self._out.write("\n]\n" if self._count else "[]\n")
        self._out.flush()


def _speaker(claim: Claim) -> str | None:
    att = claim.attribution
    if att is not None and att.source is not None:
        return att.source.label
    denier = claim.data.get("denier")
    return denier if isinstance(denier, str) else None


def claim_row(doc: Document, claim: Claim) -> list[object]:
    """The CSV row of one claim, in the order of :data:`CSV_COLUMNS`."""
    data = claim.data
    count = data.get("count")
    if not isinstance(count, Count):
        count = None
    return [
        doc.id, claim.id, claim.kind, data.get("outcome"),
        count.best if count else None, count.low if count else None, count.high if count else None,
        count.qualifier if count else None,
        data.get("group"), data.get("side"), data.get("action"), data.get("object"), data.get("place"),
        data.get("actor"), _speaker(claim), claim.status,
        claim.time.date.isoformat() if claim.time and claim.time.date else None,
        claim.location.text if claim.location else None,
        doc.text[claim.span.start:claim.span.end],
    ]


class CsvWriter:
    """One row per claim under a header; a document without claims writes no row."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._buffer = io.StringIO()
        self._csv = csv.writer(self._buffer, lineterminator="\n")
        self._csv.writerow(CSV_COLUMNS)
        self._flush()

    def _flush(self) -> None:
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "backslashreplace").decode("utf-8")
        self._out.write(text)

    def write(self, doc: Document) -> None:
        for claim in doc.claims:
            self._csv.writerow(["" if v is None else v for v in claim_row(doc, claim)])
        self._flush()

    def close(self) -> None:
        self._out.flush()


WRITERS: dict[str, Callable[[TextIO], Writer]] = {
    "jsonl": JsonLinesWriter, "json": JsonArrayWriter, "csv": CsvWriter,
}


class Progress:
    """A one-line progress report on a terminal: documents done (of how many), and the rate.

    It stays silent for short runs (the first ``delay`` seconds) and when ``enabled`` is false,
    and redraws at most ten times a second.
    """

    def __init__(self, out: TextIO, total: int | None, *, enabled: bool, delay: float = 0.5,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._out = out
        self.total = total
        self.enabled = enabled
        self.done = 0
        self._delay = delay
        self._clock = clock
        self._start = clock()
        self._last = float("-inf")
        self._shown = 0  # width of what is on screen

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        now = self._clock()
        if now - self._start >= self._delay and now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def line(self, now: float) -> str:
        elapsed = max(now - self._start, 1e-9)
        rate = f"{self.done / elapsed:,.1f} docs/s"
        if self.total:
            share = min(self.done / self.total, 1.0)
            bar = "#" * round(share * 20)
            return f"[{bar:<20}] {self.done:,}/{self.total:,} documents  {rate}"
        return f"{self.done:,} documents  {rate}"

    def _draw(self, now: float) -> None:
        text = self.line(now)
        self._out.write("\r" + text.ljust(self._shown))
        self._out.flush()
        self._shown = len(text)

    def clear(self) -> None:
        """Wipe the line, so a message can be printed on a clean one."""
        if self._shown:
            self._out.write("\r" + " " * self._shown + "\r")
            self._out.flush()
            self._shown = 0

    def finish(self) -> None:
        if self._shown:
            self._draw(self._clock())
            self._out.write("\n")
            self._out.flush()
            self._shown = 0
