"""claimkit.extract_many: many texts in, Documents out in the same order, optionally in parallel."""

from __future__ import annotations

import math
import pickle
import sys
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TextIO

from ._api import extract, make_document
from ._document import Document
from ._model import Source, StageError
from ._pipeline import Pipeline
from ._progress import Progress, is_terminal

Item = str | Mapping[str, Any]
"""What :func:`extract_many` reads: a text, or a mapping with ``text`` and optional
``id``, ``published`` and ``source``."""

_KEYS = ("id", "published", "source")
_Job = tuple[str, dict[str, Any]] | Document  # what to extract, or a finished (failed) document


def _missing(value: Any) -> bool:
    """None, or the NaN a DataFrame puts in an empty cell."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _job(item: Any, strict: bool) -> _Job:
    """The text and keyword arguments of ``extract`` for one item, checked in this process.

    A bad item is an error document (its ``errors`` say why) unless ``strict``.
    """
    try:
        if isinstance(item, str):
            make_document(item)
            return item, {}
        if not isinstance(item, Mapping):
            raise TypeError(f"extract_many() items must be str or a mapping with a 'text' key, "
                            f"not {type(item).__name__}")
        if "text" not in item:
            raise KeyError(f"an extract_many() item has no 'text' key (keys: {', '.join(map(str, item))})")
        kwargs = {k: item[k] for k in _KEYS if k in item and not _missing(item[k])}
        if isinstance(kwargs.get("source"), Mapping):
            kwargs["source"] = Source.from_dict(kwargs["source"])
        if "id" in kwargs:
            kwargs["id"] = str(kwargs["id"])
        make_document(item["text"], **kwargs)  # raises here, in order, on a bad date or text
        return item["text"], kwargs
    except (TypeError, ValueError, KeyError) as exc:
        if strict:
            raise
        doc_id = item.get("id") if isinstance(item, Mapping) else None
        text = item.get("text") if isinstance(item, Mapping) else item
        return Document(text=text if isinstance(text, str) else "",
                        id=None if _missing(doc_id) else str(doc_id),
                        errors=(StageError("input", f"{type(exc).__name__}: {exc}"),))


def _run(job: _Job, pipeline: Pipeline | None, strict: bool) -> Document:
    if isinstance(job, Document):
        return job
    text, kwargs = job
    return extract(text, pipeline=pipeline, strict=strict, **kwargs)


# -- worker processes -----------------------------------------------------------------------
_worker_pipeline: Pipeline | None = None


def _init_worker(payload: bytes | None) -> None:
    global _worker_pipeline
    _worker_pipeline = pickle.loads(payload) if payload is not None else None


def _run_chunk(jobs: list[_Job], strict: bool) -> list[Document]:
    return [_run(job, _worker_pipeline, strict) for job in jobs]


def _chunks(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    while chunk := list(islice(jobs, size)):
        yield chunk


def _pipeline_payload(pipeline: Pipeline | None) -> bytes | None:
    """The pipeline, pickled for the workers; None lets each worker load the default one."""
    if pipeline is None:
        return None
    try:
        return pickle.dumps(pipeline)
    except Exception as exc:
        raise TypeError(
            "extract_many(workers>1) sends the pipeline to worker processes, but it does not "
            f"pickle ({type(exc).__name__}: {exc}); define stage functions at module level, "
            "not as lambdas or closures, or use workers=1") from exc


def _parallel(jobs: Iterator[_Job], workers: int, chunksize: int, pipeline: Pipeline | None,
              strict: bool) -> Iterator[list[Document]]:
    """Chunks of documents in input order; at most two chunks per worker are in flight."""
    payload = _pipeline_payload(pipeline)
    chunks = _chunks(jobs, chunksize)
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(payload,))
    try:
        pending: deque[Future[list[Document]]] = deque(
            pool.submit(_run_chunk, chunk, strict) for chunk in islice(chunks, 2 * workers))
        while pending:
            docs = pending.popleft().result()
            for chunk in islice(chunks, 1):
                pending.append(pool.submit(_run_chunk, chunk, strict))
            yield docs
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def extract_many(
    items: Iterable[Item],
    *,
    workers: int = 1,
    pipeline: Pipeline | None = None,
    progress: bool | None = None,
    strict: bool = False,
    chunksize: int = 16,
    stream: TextIO | None = None,
) -> Iterator[Document]:
    """Extract every item, yielding its Document in the order the items came.

    :param items: texts (``str``) or mappings with a ``text`` key and optional ``id``,
        ``published`` and ``source`` (an outlet name, a :class:`Source` or its dict form), the
        keyword arguments of :func:`claimkit.extract`. Other keys are ignored, so records of a
        DataFrame or lines of a JSONL file can be passed as they are; None and NaN count as
        missing. Items are read lazily: an endless iterable works.
    :param workers: processes to use; 1 runs here, in this process. With more, chunks of
        ``chunksize`` items go to a :class:`concurrent.futures.ProcessPoolExecutor`, at most
        two chunks per worker at a time.
    :param pipeline: the stages to run (it must pickle when ``workers > 1``); each worker's
        :func:`claimkit.default_pipeline` when None.
    :param progress: a progress bar on ``stream`` (stderr): documents done (of how many,
        when ``items`` has a length) and the rate, redrawn in place once the run has lasted
        half a second. True shows it, False hides it, None shows it when the stream is a
        terminal.
    :param strict: raise the first error instead of recording it. Without it a failing
        stage is recorded in that document's ``errors`` (as with :func:`claimkit.extract`),
        and so is an unreadable item (stage ``"input"``: no text, a bad date).
    :raises ValueError: ``workers`` or ``chunksize`` is below 1 (raised at once, not on the
        first ``next()``).
    """
    if workers < 1 or chunksize < 1:
        raise ValueError(f"workers={workers} and chunksize={chunksize} must both be at least 1")
    out = stream if stream is not None else sys.stderr
    show = progress if progress is not None else is_terminal(out)
    total = len(items) if isinstance(items, Sized) else None
    if workers > 1:
        _pipeline_payload(pipeline)  # fail now, not on the first next()
    return _extract_many(items, workers, pipeline, strict, chunksize,
                         Progress(out, total, enabled=True) if show else None)


def _extract_many(items: Iterable[Item], workers: int, pipeline: Pipeline | None, strict: bool,
                  chunksize: int, progress: Progress | None) -> Iterator[Document]:
    jobs = (_job(item, strict) for item in items)
    if workers == 1:
        batches: Iterator[list[Document]] = ([_run(job, pipeline, strict)] for job in jobs)
    else:
        batches = _parallel(jobs, workers, chunksize, pipeline, strict)
    try:
        for batch in batches:
            for doc in batch:
                if progress is not None:
                    progress.step()
                yield doc
    finally:
        if progress is not None:
            progress.finish()
