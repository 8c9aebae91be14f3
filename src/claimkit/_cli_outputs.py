"""Outputs of ``claimkit extract`` (JSON lines, JSON, CSV), written as documents come.

Text is written as UTF-8 (``ensure_ascii=False``). A text with lone surrogates (possible from
JSON input such as ``"\\ud800"``) cannot be encoded; such a JSON document is written with
``ensure_ascii=True`` instead, which is valid JSON and reads back to the same text, and such a
CSV row has the surrogates written as backslash escapes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any, Protocol, TextIO

from ._document import Document
from ._progress import Progress
from ._rows import COLUMNS, claim_row

FORMATS = ("jsonl", "json", "csv")

__all__ = ["CSV_COLUMNS", "FORMATS", "WRITERS", "CsvWriter", "JsonArrayWriter", "JsonLinesWriter",
           "Progress", "Writer"]

CSV_COLUMNS = COLUMNS
"""The CSV header: the columns of :func:`claimkit.to_frame`, from the same flattening."""


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


class CsvWriter:
    """One row per claim under a header (the flat rows of :mod:`claimkit._rows`, as in
    :func:`claimkit.to_frame`); a document without claims writes no row."""

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
            self._csv.writerow(["" if v is None else v for v in claim_row(doc, claim).values()])
        self._flush()

    def close(self) -> None:
        self._out.flush()


WRITERS: dict[str, Callable[[TextIO], Writer]] = {
    "jsonl": JsonLinesWriter, "json": JsonArrayWriter, "csv": CsvWriter,
}
