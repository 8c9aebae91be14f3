"""Inputs of ``claimkit extract``: .txt files, JSON lines files and stdin, read lazily.

Every document comes out as an :class:`InputDoc`; everything that cannot become one (a missing
file, a broken JSON line, an unreadable date) as a :class:`BadInput` naming ``FILE:LINE`` and
what was wrong, so the caller reports it and goes on with the next input.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

import attrs

from ._api import parse_published
from ._model import Source

STDIN = "-"
STDIN_NAME = "<stdin>"
INPUT_MODES = ("auto", "text", "jsonl", "html")


@attrs.frozen
class InputDoc:
    """One document to extract from; ``where`` locates it for messages ("a.jsonl:12")."""

    text: str
    id: str | None
    published: dt.date | None
    source: str | Source | None
    where: str


@attrs.frozen
class BadInput:
    """An input that could not be read: where it is and what was wrong with it."""

    where: str
    problem: str


Item = InputDoc | BadInput


@attrs.frozen
class Defaults:
    """What the command line gives for every document that does not say otherwise."""

    published: dt.date | None = None
    source: str | None = None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _os_problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def parse_record(line: str, where: str, default_id: str | None, defaults: Defaults) -> Item:
    """One JSON line: an object with ``text`` (required), ``id``, ``published``, ``source``."""
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadInput(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # over-long integers, absurd nesting
        return BadInput(where, f"invalid JSON: {exc}")
    if not isinstance(obj, dict):
        return BadInput(where, f"expected a JSON object, got {_json_type(obj)}")
    if "text" not in obj:
        return BadInput(where, "missing field 'text'")
    text = obj["text"]
    if not isinstance(text, str):
        return BadInput(where, f"field 'text' must be a string, got {_json_type(text)}")
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif doc_id is not None and not isinstance(doc_id, str):
        return BadInput(where, f"field 'id' must be a string, got {_json_type(doc_id)}")
    published = obj.get("published")
    if published in (None, ""):
        date = defaults.published
    else:
        try:
            date = parse_published(published)
        except (TypeError, ValueError):
            return BadInput(where, f"unreadable published {published!r}: expected an ISO date "
                                   "such as '2025-10-12'")
    source = obj.get("source")
    if source in (None, ""):
        source = defaults.source
    elif isinstance(source, dict) and isinstance(source.get("name"), str | None) \
            and isinstance(source.get("url"), str | None):
        source = Source(source.get("name"), source.get("url"))
    elif not isinstance(source, str):
        return BadInput(where, "field 'source' must be a string (the outlet's name), "
                               f"got {_json_type(source)}")
    return InputDoc(text, doc_id if doc_id is not None else default_id, date, source, where)


def _decode(raw: bytes | str, first: bool) -> str:
    if isinstance(raw, str):
        return raw
    return raw.decode("utf-8-sig" if first else "utf-8")


def _jsonl(lines: Iterable[tuple[int, bytes | str]], name: str, id_prefix: str,
           defaults: Defaults) -> Iterator[Item]:
    for lineno, raw in lines:
        where = f"{name}:{lineno}"
        try:
            line = _decode(raw, lineno == 1).rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield BadInput(where, f"not UTF-8: byte {raw[exc.start]:#04x} at column {exc.start + 1}")
            continue
        if line.strip():
            yield parse_record(line, where, f"{id_prefix}:{lineno}", defaults)


def _read_jsonl_file(path: str, defaults: Defaults) -> Iterator[Item]:
    stem = os.path.splitext(os.path.basename(path))[0]
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; a generator holds it open
    except OSError as exc:
        yield BadInput(path, _os_problem(exc))
        return
    with handle:
        yield from _jsonl(enumerate(handle, 1), path, stem, defaults)


def _read_text_file(path: str, defaults: Defaults) -> Item:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        return BadInput(path, _os_problem(exc))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return BadInput(path, f"not UTF-8 text: byte {raw[exc.start]:#04x} at offset {exc.start}")
    stem = os.path.splitext(os.path.basename(path))[0]
    return InputDoc(text, stem, defaults.published, defaults.source, path)


def _html_doc(raw: bytes, where: str, doc_id: str | None, defaults: Defaults) -> Item:
    """A saved article page (bytes: trafilatura finds the encoding) as one document whose
    source keeps the page's outlet, title, date and URL; the defaults fill what it lacks."""
    from ._webpage import read_html  # trafilatura is optional: imported only for --html

    try:
        text, source = read_html(raw)
    except ImportError:  # the missing extra stops the run (the command checks it first)
        raise
    except Exception as exc:  # a page trafilatura cannot parse is that input's problem only
        return BadInput(where, f"unreadable HTML: {type(exc).__name__}: {exc}")
    if source.name is None and defaults.source is not None:
        source = attrs.evolve(source, name=defaults.source)
    return InputDoc(text, doc_id, defaults.published, source, where)


def _read_html_file(path: str, defaults: Defaults) -> Item:
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        return BadInput(path, _os_problem(exc))
    return _html_doc(raw, path, os.path.splitext(os.path.basename(path))[0], defaults)


def _read_stdin(stream: IO[Any], mode: str, defaults: Defaults) -> Iterator[Item]:
    """stdin is JSON lines when its first non-empty line starts with "{" (a news text never
    does), otherwise one text document; either way it is read as it comes."""
    if mode == "html":
        raw = getattr(stream, "buffer", stream).read()
        yield _html_doc(raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass"),
                        STDIN_NAME, None, defaults)
        return
    lines = enumerate(getattr(stream, "buffer", stream), 1)
    head: list[tuple[int, bytes | str]] = []
    for number, raw in lines:
        head.append((number, raw))
        if raw.strip():
            break
    first = head[-1][1].lstrip() if head else b""
    is_jsonl = mode == "jsonl" or (mode == "auto" and first[:1] in (b"{", "{"))
    if is_jsonl:
        yield from _jsonl(_chain(head, lines), STDIN_NAME, "stdin", defaults)
        return
    parts = [raw for _, raw in head] + [raw for _, raw in lines]
    data = b"".join(p if isinstance(p, bytes) else p.encode("utf-8", "surrogatepass") for p in parts)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield BadInput(STDIN_NAME, f"not UTF-8 text: byte {data[exc.start]:#04x} at offset {exc.start}")
        return
    if text.strip():
        yield InputDoc(text, None, defaults.published, defaults.source, STDIN_NAME)


def _chain(head: list[tuple[int, bytes | str]], rest: Iterator[tuple[int, Any]]) -> Iterator[tuple[int, Any]]:
    yield from head
    yield from rest


def _is_jsonl(path: str, mode: str) -> bool:
    return mode == "jsonl" or (mode == "auto" and path.lower().endswith((".jsonl", ".ndjson")))


def read_inputs(paths: Sequence[str], stdin: IO[Any], defaults: Defaults,
                mode: str = "auto") -> Iterator[Item]:
    """Every document (or problem) from ``paths`` in order; no paths means stdin, as does "-".

    ``mode`` "auto" reads ``*.jsonl``/``*.ndjson`` as JSON lines and any other file as one text;
    "html" reads every input as one saved article page (it needs trafilatura, ``claimkit[html]``).
    """
    for path in paths or [STDIN]:
        if path == STDIN:
            yield from _read_stdin(stdin, mode, defaults)
        elif mode == "html":
            yield _read_html_file(path, defaults)
        elif _is_jsonl(path, mode):
            yield from _read_jsonl_file(path, defaults)
        else:
            yield _read_text_file(path, defaults)


def count_inputs(paths: Sequence[str], mode: str = "auto") -> int | None:
    """How many documents ``paths`` hold (for the progress bar); None when stdin is among them."""
    total = 0
    for path in paths or [STDIN]:
        if path == STDIN:
            return None
        if not _is_jsonl(path, mode):
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            continue
    return total
