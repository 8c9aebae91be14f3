"""extract_many: order, errors, workers, progress; pickling; Dask."""

from __future__ import annotations

import functools
import io
import itertools
import pickle
import sys
from typing import Any

import pytest
import regex
from hypothesis import given

import claimkit
from claimkit import Claim, Count, Document, Pipeline, Span
from claimkit.testing import claims, documents

TEXTS = [
    f"Report {i}: {i * 3} soldiers were killed near Dosht, officials said." for i in range(1, 41)
]

_NUMBER = regex.compile(r"\d+")


# Module level, so the pipeline pickles for worker processes.
@claimkit.stage("numbers", provides="claims:number")
def numbers_stage(doc: Document) -> Document:
    """A toy extractor: one claim per run of digits."""
    return doc.add_claims(
        Claim("number", Span(m.start(), m.end()), {"count": Count(int(m[0]), text=m[0])}, extractor="numbers")
        for m in _NUMBER.finditer(doc.text))


@claimkit.stage("boom", after="numbers")
def boom_stage(doc: Document) -> Document:
    """Fails on texts that say "boom"."""
    if "boom" in doc.text:
        raise RuntimeError("boom in " + (doc.id or "?"))
    return doc


PIPELINE = Pipeline((numbers_stage, boom_stage))


def as_json(docs: Any) -> list[dict[str, Any]]:
    return [d.to_dict() for d in docs]


def test_serial_results_equal_extract_one_by_one() -> None:
    got = list(claimkit.extract_many(TEXTS, pipeline=PIPELINE))
    assert as_json(got) == as_json(claimkit.extract(t, pipeline=PIPELINE) for t in TEXTS)
    assert [d.claims[0].data["count"].best for d in got] == list(range(1, 41))


@pytest.mark.parametrize("chunksize", [1, 3, 16])
def test_workers_keep_order_and_equal_serial(chunksize: int) -> None:
    serial = as_json(claimkit.extract_many(TEXTS, pipeline=PIPELINE))
    parallel = as_json(claimkit.extract_many(TEXTS, workers=2, chunksize=chunksize, pipeline=PIPELINE))
    assert parallel == serial


def test_workers_with_the_default_pipeline_equal_serial() -> None:
    serial = as_json(claimkit.extract_many(TEXTS[:10]))
    assert as_json(claimkit.extract_many(TEXTS[:10], workers=2, chunksize=2)) == serial


def test_mapping_items_carry_id_date_and_source() -> None:
    items = [
        {"text": "3 killed.", "id": 7, "published": "2025-03-04", "source": "The Daily Ledger"},
        {"text": "4 killed.", "source": {"name": "Wire", "url": "https://wire.example/4", "published": None}},
        {"text": "5 killed.", "published": float("nan"), "id": None, "section": "world"},
        "6 killed.",
    ]
    docs = list(claimkit.extract_many(items, pipeline=PIPELINE))
    assert [d.id for d in docs] == ["7", None, None, None]
    assert docs[0].source is not None
    assert docs[0].source.name == "The Daily Ledger"
    assert docs[0].source.published is not None
    assert docs[0].source.published.isoformat() == "2025-03-04"
    assert docs[1].source is not None
    assert docs[1].source.url == "https://wire.example/4"
    assert docs[2].source is None  # NaN is missing, like None; unknown keys are ignored
    assert [d.text for d in docs] == ["3 killed.", "4 killed.", "5 killed.", "6 killed."]
    assert all(d.errors == () for d in docs)


@pytest.mark.parametrize("workers", [1, 2])
def test_each_documents_errors_are_kept(workers: int) -> None:
    items = [{"text": "1 boom", "id": "a"}, {"text": "2 fine", "id": "b"}, {"text": "3 boom", "id": "c"}]
    docs = list(claimkit.extract_many(items, workers=workers, pipeline=PIPELINE))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert [[(e.stage, e.error) for e in d.errors] for d in docs] == [
        [("boom", "RuntimeError: boom in a")], [], [("boom", "RuntimeError: boom in c")]]
    assert all(len(d.claims) == 1 for d in docs)  # the stages before the failure still ran


@pytest.mark.parametrize("workers", [1, 2])
def test_strict_raises_the_stages_error(workers: int) -> None:
    items = ["1 fine", "2 boom", "3 fine"]
    with pytest.raises(RuntimeError, match="boom in"):
        list(claimkit.extract_many(items, workers=workers, pipeline=PIPELINE, strict=True))


@pytest.mark.parametrize("workers", [1, 2])
def test_unreadable_items_become_documents_with_an_input_error(workers: int) -> None:
    items: list[Any] = ["1 fine", 42, {"id": "x"}, {"text": "2", "published": "yesterday-ish", "id": "y"},
                       {"text": b"bytes"}]
    docs = list(claimkit.extract_many(items, workers=workers, pipeline=PIPELINE))
    assert len(docs) == 5
    assert docs[0].errors == ()
    assert len(docs[0].claims) == 1
    stages = [[e.stage for e in d.errors] for d in docs[1:]]
    assert stages == [["input"]] * 4
    assert "str or a mapping" in docs[1].errors[0].error
    assert "no 'text' key" in docs[2].errors[0].error
    assert docs[3].id == "y"
    assert docs[3].text == "2"
    assert "not a date" in docs[3].errors[0].error
    assert "text must be a str" in docs[4].errors[0].error


def test_strict_raises_on_an_unreadable_item() -> None:
    with pytest.raises(TypeError, match="str or a mapping"):
        list(claimkit.extract_many(["ok", 42], pipeline=PIPELINE, strict=True))


def test_items_are_read_lazily() -> None:
    endless = (f"{i} killed" for i in itertools.count())
    firsts = list(itertools.islice(claimkit.extract_many(endless, pipeline=PIPELINE), 5))
    assert [d.text for d in firsts] == [f"{i} killed" for i in range(5)]
    endless = (f"{i} killed" for i in itertools.count())
    firsts = list(itertools.islice(claimkit.extract_many(endless, workers=2, chunksize=2,
                                                         pipeline=PIPELINE), 5))
    assert [d.text for d in firsts] == [f"{i} killed" for i in range(5)]


def test_bad_arguments_fail_at_once() -> None:
    with pytest.raises(ValueError, match="workers=0"):
        claimkit.extract_many(TEXTS, workers=0)
    unpicklable = Pipeline((claimkit.stage("lambda")(lambda doc: doc),))
    with pytest.raises(TypeError, match="does not pickle"):
        claimkit.extract_many(TEXTS, workers=2, pipeline=unpicklable)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def no_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    """Draw the progress bar from the first document (it normally waits half a second)."""
    from claimkit import _many, _progress

    monkeypatch.setattr(_many, "Progress", functools.partial(_progress.Progress, delay=0.0))


def last_line(stream: io.StringIO) -> str:
    return stream.getvalue().rstrip("\n").split("\r")[-1].rstrip()


@pytest.mark.usefixtures("no_delay")
def test_progress_bar_on_a_terminal_stream() -> None:
    terminal = Terminal()
    docs = list(claimkit.extract_many(TEXTS[:3], pipeline=PIPELINE, stream=terminal))
    assert [d.text for d in docs] == TEXTS[:3]
    assert terminal.getvalue().endswith("\n")
    assert regex.fullmatch(r"\[#{20}\] 3/3 documents  [\d,.]+ docs/s", last_line(terminal))


@pytest.mark.usefixtures("no_delay")
def test_progress_without_a_length_and_off_when_not_a_terminal() -> None:
    terminal = Terminal()
    list(claimkit.extract_many(iter(TEXTS[:2]), pipeline=PIPELINE, stream=terminal))
    assert regex.fullmatch(r"2 documents  [\d,.]+ docs/s", last_line(terminal))
    quiet = io.StringIO()  # not a terminal: no progress unless asked for
    list(claimkit.extract_many(TEXTS[:2], pipeline=PIPELINE, stream=quiet))
    assert quiet.getvalue() == ""
    asked = io.StringIO()
    list(claimkit.extract_many(TEXTS[:2], pipeline=PIPELINE, stream=asked, progress=True))
    assert last_line(asked).startswith("[####################] 2/2 documents")
    hidden = Terminal()
    list(claimkit.extract_many(TEXTS[:2], pipeline=PIPELINE, stream=hidden, progress=False))
    assert hidden.getvalue() == ""


def test_progress_goes_to_stderr_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimkit import _many, _progress

    monkeypatch.setattr(_many, "Progress", functools.partial(_progress.Progress, delay=0.0))
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    list(claimkit.extract_many(TEXTS[:4], pipeline=PIPELINE, workers=2, chunksize=1))
    assert "4/4 documents" in terminal.getvalue()


def test_a_short_run_draws_nothing() -> None:
    terminal = Terminal()  # the real delay: a run under half a second stays silent
    list(claimkit.extract_many(TEXTS[:2], pipeline=PIPELINE, stream=terminal))
    assert terminal.getvalue() == ""


# -- pickling -------------------------------------------------------------------------------
@given(documents())
def test_documents_pickle(doc: Document) -> None:
    again = pickle.loads(pickle.dumps(doc))
    assert again == doc
    assert again.to_dict() == doc.to_dict()


@given(claims("Rebels said 14 soldiers were killed."))
def test_claims_pickle(claim: Claim) -> None:
    assert pickle.loads(pickle.dumps(claim)) == claim


def test_pipelines_and_errors_pickle() -> None:
    assert pickle.loads(pickle.dumps(PIPELINE)).names == PIPELINE.names
    assert pickle.loads(pickle.dumps(claimkit.default_pipeline())).names == claimkit.default_pipeline().names
    errors = [
        claimkit.ContractError("Span", (3, 1), "start <= end"),
        claimkit.MissingExtraError("to_frame", "pandas", "pandas"),
        claimkit.MissingRequirementError("casualty", "attributions", ["time"]),
        claimkit.UnknownStageError("nope", ["casualty"]),
        claimkit.CycleError(["a", "b"]),
        claimkit.DuplicateStageError("casualty", ["x", "y"]),
    ]
    for error in errors:
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert str(again) == str(error)
        assert vars(again) == vars(error)


# -- Dask ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def dask_client() -> Any:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


ARTICLES = [
    "Rebel fighters said on Tuesday they had killed 14 soldiers near Dosht, a claim the army denied.",
    "At least nine civilians were wounded in Kelari, according to local officials.",
    "The militia said it had captured 3 border posts. The defence ministry dismissed the claim.",
    "Talks between the two sides are expected to resume next week.",
] * 3


def test_dask_bag_on_a_local_cluster_equals_serial(dask_client: Any) -> None:
    import dask.bag as db

    serial = [claimkit.extract(t).to_dict() for t in ARTICLES]
    bag = db.from_sequence(ARTICLES, npartitions=4).map(claimkit.extract).map(lambda d: d.to_dict())
    assert bag.compute() == serial
    # A custom pipeline travels to the workers too.
    custom = db.from_sequence(ARTICLES, npartitions=4).map(claimkit.extract, pipeline=PIPELINE)
    assert as_json(custom.compute()) == as_json(claimkit.extract(t, pipeline=PIPELINE) for t in ARTICLES)


def test_dask_dataframe_map_partitions_equals_serial(dask_client: Any) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")

    frame = pd.DataFrame({"id": [f"a{i}" for i in range(len(ARTICLES))], "text": ARTICLES,
                          "published": "2025-03-04"})
    ddf = dd.from_pandas(frame, npartitions=3)

    def claims_of(part: Any) -> Any:
        return claimkit.to_frame(claimkit.extract_many(part.to_dict("records"), pipeline=PIPELINE))

    result = ddf.map_partitions(claims_of, meta=claimkit.to_frame([])).compute().reset_index(drop=True)
    expected = claimkit.to_frame(claimkit.extract_many(frame.to_dict("records"), pipeline=PIPELINE))
    pd.testing.assert_frame_equal(result, expected)
    assert len(result) > 0
