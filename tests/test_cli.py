"""The ``claimkit`` command: extract (formats, inputs, bad lines, --html), demo, plugins, schema."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import Claim, Count, Document, Span, _plugins, hookimpl, json_schema, stage, to_frame
from claimkit._cli import main
from claimkit._cli_inputs import BadInput, Defaults, InputDoc, parse_record
from claimkit._cli_outputs import CSV_COLUMNS, JsonLinesWriter, Progress
from claimkit._rows import COLUMNS, claim_rows

# A plugin that fails to load is also warned of (tested in test_plugins.py); tests that
# make one fail on purpose silence the warning.
SKIPPED_PLUGIN = "ignore:claimkit plugin .* failed to load:RuntimeWarning"

Capture = pytest.CaptureFixture[str]
KILLED = re.compile(r"(\d+) (\w+) (?:were|was) killed")


@stage("toy_casualty", provides="claims:casualty")
def toy_casualty(doc: Document) -> Document:
    """A stand-in extractor: "<digits> <group> were killed" -> a casualty claim."""
    return doc.add_claims(
        Claim("casualty", Span(m.start(), m.end()),
              {"outcome": "killed", "count": Count(int(m[1]), text=m[1]), "group": m[2], "side": None},
              extractor="toy")
        for m in KILLED.finditer(doc.text)
    )


def register(*stages: object, name: str = "toy") -> None:
    module = types.ModuleType(name)

    @hookimpl
    def claimkit_register_stages(register: Callable[..., None]) -> None:
        for s in stages:
            register(s)

    module.claimkit_register_stages = claimkit_register_stages  # type: ignore[attr-defined]
    _plugins.registry().manager.register(module, name=name)


@pytest.fixture
def toy(fresh_plugins: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A default pipeline of exactly one toy stage, and no installed plugin."""
    monkeypatch.setenv(_plugins.DISABLE_ENV, "1")
    monkeypatch.setattr(_plugins, "BUILTIN_PLUGINS", ())
    register(toy_casualty)


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: str | bytes) -> None:
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))


def jsonl_lines(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


ARTICLE = "Officials said 12 soldiers were killed near Halvik.\nLater 3 rebels were killed."


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "halvik-report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# -- extract: formats -----------------------------------------------------------------

@pytest.mark.usefixtures("toy")
def test_extract_txt_to_jsonl(article: Path, capsys: Capture) -> None:
    assert main(["extract", str(article), "--published", "2025-10-12", "--source", "Frontier Ledger"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    (doc,) = jsonl_lines(out)
    assert doc["id"] == "halvik-report"
    assert doc["text"] == ARTICLE
    assert doc["source"] == {"name": "Frontier Ledger", "url": None, "published": "2025-10-12"}
    assert [c["data"]["count"]["best"] for c in doc["claims"]] == [12, 3]  # type: ignore[index]
    assert Document.from_dict(doc).to_dict() == doc


@pytest.mark.usefixtures("toy")
def test_extract_to_json_list(article: Path, tmp_path: Path, capsys: Capture) -> None:
    second = tmp_path / "quiet.txt"
    second.write_text("Nothing happened.", encoding="utf-8")
    assert main(["extract", "--format", "json", str(article), str(second)]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in docs] == ["halvik-report", "quiet"]
    assert docs[1]["claims"] == []


@pytest.mark.usefixtures("toy")
def test_extract_json_with_no_documents_is_an_empty_list(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: Capture) -> None:
    set_stdin(monkeypatch, "")
    assert main(["extract", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.usefixtures("toy")
def test_extract_csv_has_header_and_a_row_per_claim(article: Path, tmp_path: Path,
                                                    capsys: Capture) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("No figures here.", encoding="utf-8")
    assert main(["extract", "--format", "csv", str(article), str(empty)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["doc_id", "claim_id", "kind", "outcome", "count_best", "count_low", "count_high",
                       "qualifier", "group", "side", "action", "object", "place", "actor", "speaker",
                       "status", "date", "location", "evidence"]
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 3  # the empty document adds no row
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["doc_id"] == "halvik-report"
    assert first["claim_id"] == "casualty-1"
    assert first["outcome"] == "killed"
    assert first["count_best"] == "12"
    assert first["qualifier"] == "exact"
    assert first["group"] == "soldiers"
    assert first["evidence"] == "12 soldiers were killed"
    assert first["side"] == ""


@pytest.mark.usefixtures("toy")
def test_output_file(article: Path, tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "out.jsonl"
    assert main(["extract", str(article), "-o", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert jsonl_lines(target.read_text(encoding="utf-8"))[0]["id"] == "halvik-report"


@pytest.mark.usefixtures("toy")
def test_unwritable_output_is_reported(article: Path, tmp_path: Path,
                                       capsys: Capture) -> None:
    assert main(["extract", str(article), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 1
    assert "cannot write" in capsys.readouterr().err


# -- extract: inputs ------------------------------------------------------------------

@pytest.mark.usefixtures("toy")
def test_stdin_text_is_one_document(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    set_stdin(monkeypatch, ARTICLE)
    assert main(["extract", "--published", "2025-10-12"]) == 0
    (doc,) = jsonl_lines(capsys.readouterr().out)
    assert doc["text"] == ARTICLE
    assert doc["id"] is None
    assert doc["source"] == {"name": None, "url": None, "published": "2025-10-12"}


@pytest.mark.usefixtures("toy")
def test_stdin_jsonl_and_dash(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    lines = [{"id": "a", "text": "5 guards were killed.", "published": "2025-01-02", "source": "Ledger"},
             {"text": "Quiet day."}]
    set_stdin(monkeypatch, "\n" + "\n".join(json.dumps(x) for x in lines) + "\n\n")
    assert main(["extract", "-", "--source", "Default Outlet"]) == 0
    a, b = jsonl_lines(capsys.readouterr().out)
    assert a["id"] == "a"
    assert a["source"] == {"name": "Ledger", "url": None, "published": "2025-01-02"}
    assert b["id"] == "stdin:3"  # no id: where it came from
    assert b["source"] == {"name": "Default Outlet", "url": None, "published": None}


@pytest.mark.usefixtures("toy")
def test_jsonl_file_with_a_broken_line_gives_every_good_result(tmp_path: Path,
                                                               capsys: Capture) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"{i} soldiers were killed."}) for i in range(1, 1001)]
    lines[500] = '{"id": "d501", "text": "broken'  # line 501
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    docs = jsonl_lines(out)
    assert len(docs) == 999
    assert "d501" not in {d["id"] for d in docs}
    assert [d["claims"][0]["data"]["count"]["best"] for d in docs[499:501]] == [500, 502]  # type: ignore[index]
    assert err.startswith(f"{path}:501: invalid JSON")
    assert err.count("\n") == 1


@pytest.mark.usefixtures("toy")
@pytest.mark.parametrize(("line", "problem"), [
    ("[1, 2]", "expected a JSON object, got an array"),
    ('"just text"', "expected a JSON object, got a string"),
    ('{"id": "x"}', "missing field 'text'"),
    ('{"text": 42}', "field 'text' must be a string, got a number"),
    ('{"text": null}', "field 'text' must be a string, got null"),
    ('{"text": "ok", "published": "last Tuesday"}', "unreadable published 'last Tuesday'"),
    ('{"text": "ok", "published": 2025}', "unreadable published 2025"),
    ('{"text": "ok", "id": ["a"]}', "field 'id' must be a string, got an array"),
    ('{"text": "ok", "source": 7}', "field 'source' must be a string"),
    ("{" * 100_000, "invalid JSON"),
])
def test_each_bad_line_is_reported_with_file_and_line(line: str, problem: str, tmp_path: Path,
                                                      capsys: Capture) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "first"}\n' + line + '\n{"text": "third"}\n', encoding="utf-8")
    assert main(["extract", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [d["text"] for d in jsonl_lines(out)] == ["first", "third"]
    assert err.startswith(f"{path}:2: {problem}")


@pytest.mark.usefixtures("toy")
def test_invalid_utf8_line_is_reported(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "a"}\n{"text": "\xff"}\n')
    assert main(["extract", str(path)]) == 1
    assert capsys.readouterr().err.startswith(f"{path}:2: not UTF-8")


@pytest.mark.usefixtures("toy")
def test_missing_file_is_reported_and_the_rest_processed(article: Path, tmp_path: Path,
                                                         capsys: Capture) -> None:
    missing = tmp_path / "gone.txt"
    assert main(["extract", str(missing), str(article), str(tmp_path / "gone.jsonl")]) == 1
    out, err = capsys.readouterr()
    assert [d["id"] for d in jsonl_lines(out)] == ["halvik-report"]
    assert err.splitlines() == [f"{missing}: no such file", f"{tmp_path / 'gone.jsonl'}: no such file"]


@pytest.mark.usefixtures("toy")
def test_lone_surrogates_do_not_crash_and_read_back(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('{"id": "odd\\udc80", "text": "7 men were killed \\ud800 near Tirza \\u00e9"}\n',
                    encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    (doc,) = jsonl_lines(capsys.readouterr().out)
    assert doc["text"] == "7 men were killed \ud800 near Tirza é"
    assert main(["extract", "--format", "csv", str(path)]) == 0
    assert "\nodd\\udc80,casualty-1,casualty,killed,7," in capsys.readouterr().out


def test_bad_published_option_is_a_usage_error(capsys: Capture) -> None:
    assert main(["extract", "--published", "someday"]) == 2
    assert "published='someday' is not a date" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: Capture) -> None:
    assert main([]) == 2
    assert main(["extract", "--format", "xml"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["--help"]) == 0
    assert "extract" in capsys.readouterr().out


# -- extract: stage failures -------------------------------------------------------------

@stage("explodes")
def explodes(doc: Document) -> Document:
    raise RuntimeError("no lexicon")


@pytest.mark.usefixtures("toy")
def test_failing_stage_is_a_warning_and_recorded(article: Path, capsys: Capture) -> None:
    register(explodes, name="explosive")
    assert main(["extract", str(article)]) == 0
    out, err = capsys.readouterr()
    (doc,) = jsonl_lines(out)
    assert doc["errors"] == [{"stage": "explodes", "error": "RuntimeError: no lexicon"}]
    assert len(doc["claims"]) == 2  # type: ignore[arg-type]
    assert err == f"{article}: warning: stage 'explodes' failed: RuntimeError: no lexicon\n"


@pytest.mark.usefixtures("toy")
def test_strict_fails_the_document(article: Path, capsys: Capture) -> None:
    register(explodes, name="explosive")
    assert main(["extract", "--strict", str(article)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"{article}: RuntimeError: no lexicon (in claimkit stage 'explodes')")


# -- progress -----------------------------------------------------------------------

class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_for_short_runs_and_when_disabled() -> None:
    out = Terminal()
    clock = iter([0.0, 0.1, 0.2]).__next__
    bar = Progress(out, 10, enabled=True, delay=0.5, clock=clock)
    bar.step()
    bar.step()
    assert out.getvalue() == ""
    quiet = Progress(out, 10, enabled=False, delay=0.0)
    quiet.step()
    quiet.finish()
    assert out.getvalue() == ""


def test_progress_shows_done_total_and_rate() -> None:
    out = Terminal()
    times = iter([0.0, 1.0, 1.05, 2.0, 2.0])
    bar = Progress(out, 4, enabled=True, delay=0.5, clock=lambda: next(times))
    bar.step()  # t=1.0: drawn
    bar.step()  # t=1.05: too soon to redraw
    bar.step()  # t=2.0: drawn
    bar.finish()  # t=2.0
    lines = out.getvalue().split("\r")
    assert lines[1].rstrip() == "[#####               ] 1/4 documents  1.0 docs/s"
    assert lines[2].rstrip() == "[###############     ] 3/4 documents  1.5 docs/s"
    assert out.getvalue().endswith("\n")


def test_progress_without_a_total() -> None:
    assert Progress(Terminal(), None, enabled=True, clock=lambda: 0.0).line(2.0) == "0 documents  0.0 docs/s"


@pytest.mark.usefixtures("toy")
def test_extract_draws_progress_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: Capture) -> None:
    import functools

    from claimkit import _cli

    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"text": f"{i} men were killed."}) + "\n" for i in range(50)))
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(_cli, "Progress", functools.partial(Progress, delay=0.0))
    assert main(["extract", str(path)]) == 0
    assert len(jsonl_lines(capsys.readouterr().out)) == 50
    assert "/50 documents" in terminal.getvalue()
    assert terminal.getvalue().endswith("\n")


# -- demo and plugins -------------------------------------------------------------------

@pytest.mark.usefixtures("toy")
def test_demo_prints_a_table(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["demo", "--example", "hadra-militia-raid"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Death Toll in Militia Raid on Hadra Villages Rises to 22, Ministry Says\n")
    assert re.search(r"^kind +what +count +side/actor +speaker +status +date +place$", out, re.M)
    assert re.search(r"^casualty +killed people +22 +asserted$", out, re.M)  # "22 people were killed"
    assert "tally:\n  killed: 22" in out


@pytest.mark.usefixtures("fresh_plugins")
def test_demo_teaches_the_invented_sides(capsys: Capture) -> None:
    assert "Korvanian" not in _plugins.side_vocabulary()  # no real vocabulary knows them
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^casualty +killed Korvanian Soldiers +14 +Korvania +Marek Ilvan ", out, re.M)
    assert re.search(r"^casualty +wounded Belmiran troops +6 +Belmira ", out, re.M)
    assert _plugins.side_vocabulary()["Korvanian"] == "Korvania"
    _plugins.use_plugin(object(), "claimkit-examples")  # a name already registered: kept
    assert _plugins.side_vocabulary()["Belmiran"] == "Belmira"


@pytest.mark.usefixtures("fresh_plugins")
def test_demo_with_an_empty_pipeline(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setenv(_plugins.DISABLE_ENV, "1")
    monkeypatch.setattr(_plugins, "BUILTIN_PLUGINS", ())
    assert main(["demo"]) == 0
    assert "no claims" in capsys.readouterr().out
    assert main(["demo", "--format", "jsonl"]) == 0
    (doc,) = jsonl_lines(capsys.readouterr().out)
    assert doc["id"] == "sarin-border-clash"
    assert doc["source"]["published"] == "2025-03-11"  # type: ignore[index]


@pytest.mark.usefixtures("toy")
@pytest.mark.filterwarnings(SKIPPED_PLUGIN)
def test_plugins_lists_stages_in_order_and_failures(monkeypatch: pytest.MonkeyPatch,
                                                    capsys: Capture) -> None:
    @stage("toy_denial", requires="claims:casualty", provides="claims:denial")
    def toy_denial(doc: Document) -> Document:
        return doc

    register(toy_denial, name="denials")
    _plugins.registry().fail("broken_plugin", ImportError("No module named 'lexicons'"))
    assert main(["plugins"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.match(r"#\s+stage\s+plugin\s+requires\s+provides", lines[0])
    assert re.match(r"1\s+toy_casualty\s+toy\s+-\s+claims:casualty$", lines[2])
    assert re.match(r"2\s+toy_denial\s+denials\s+claims:casualty\s+claims:denial$", lines[3])
    assert lines[-2:] == ["plugins that failed to load:",
                          "  broken_plugin: ImportError: No module named 'lexicons'"]


@pytest.mark.usefixtures("toy")
def test_plugins_reports_a_pipeline_that_cannot_be_built(capsys: Capture) -> None:
    @stage("needy", requires="claims:nothing")
    def needy(doc: Document) -> Document:
        return doc

    register(needy, name="needy")
    assert main(["plugins"]) == 1
    assert "stage 'needy' requires 'claims:nothing'" in capsys.readouterr().out


def test_python_dash_m_runs_the_command() -> None:
    result = subprocess.run([sys.executable, "-m", "claimkit", "demo", "--format", "jsonl"],
                            capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "sarin-border-clash"


# -- properties ---------------------------------------------------------------------------

any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=80)


@given(st.text(max_size=200))
def test_any_line_is_a_document_or_a_reported_problem(line: str) -> None:
    item = parse_record(line, "f.jsonl:1", "f:1", Defaults())
    assert isinstance(item, InputDoc | BadInput)


@given(any_text, st.none() | st.text(max_size=10))
def test_any_text_survives_jsonl_in_and_out(text: str, doc_id: str | None) -> None:
    """Whatever the text (lone surrogates included), JSON lines out read back to it exactly."""
    item = parse_record(json.dumps({"text": text, "id": doc_id}), "f.jsonl:1", "f:1", Defaults())
    assert isinstance(item, InputDoc)
    assert item.text == text
    out = io.StringIO()
    writer = JsonLinesWriter(out)
    writer.write(Document(item.text, id=item.id))
    writer.close()
    line = out.getvalue()
    line.encode("utf-8")  # always writable as UTF-8
    assert json.loads(line)["text"] == text
    assert json.loads(line)["id"] == (doc_id if doc_id is not None else "f:1")


# -- extract: CSV rows are the flat rows of to_frame --------------------------------------

@pytest.mark.usefixtures("toy")
def test_csv_rows_are_claim_rows_of_the_same_documents(article: Path, tmp_path: Path,
                                                      capsys: Capture) -> None:
    assert main(["extract", str(article), "--published", "2025-10-12"]) == 0
    docs = [Document.from_dict(d) for d in jsonl_lines(capsys.readouterr().out)]
    assert main(["extract", "--format", "csv", str(article), "--published", "2025-10-12"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    expected = [{k: "" if v is None else str(v) for k, v in row.items()}
                for doc in docs for row in claim_rows(doc)]
    assert rows == expected
    assert len(rows) == 2


def test_csv_columns_are_to_frame_columns() -> None:
    pd = pytest.importorskip("pandas")
    assert tuple(to_frame([]).columns) == CSV_COLUMNS == COLUMNS
    assert isinstance(to_frame([]), pd.DataFrame)


# -- schema ---------------------------------------------------------------------------------

def test_schema_prints_the_json_schema(capsys: Capture) -> None:
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out) == json_schema()
    assert out.count("\n") > 10  # indented for reading
    assert main(["schema", "--compact"]) == 0
    compact = capsys.readouterr().out
    assert compact.count("\n") == 1
    assert json.loads(compact) == json_schema()


@pytest.mark.usefixtures("toy")
def test_extract_output_validates_against_the_printed_schema(article: Path, capsys: Capture) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert main(["extract", str(article), "--published", "2025-10-12"]) == 0
    (doc,) = jsonl_lines(capsys.readouterr().out)
    jsonschema.Draft202012Validator(schema).validate(doc)
    doc["claims"][0]["status"] = "rumoured"  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(doc)


# -- extract --html -------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Fighting near Halvik | Frontier Ledger</title>
<meta property="og:site_name" content="Frontier Ledger">
<meta property="og:title" content="Fighting near Halvik">
<meta property="article:published_time" content="2025-10-12T09:00:00Z">
<link rel="canonical" href="https://ledger.example/2025/10/12/halvik">
</head><body>
<nav><a href="/">Home</a> | <a href="/weather">Weather</a></nav>
<article><h1>Fighting near Halvik</h1>
<p>Officials said on Sunday that 12 soldiers were killed near Halvik during the night, and
that the road to the coast had been closed to all traffic until further notice.</p>
<p>Later 3 rebels were killed in a second clash north of the town, a local official said.</p>
</article>
<footer>Copyright 2025 Frontier Ledger. All rights reserved.</footer>
</body></html>
"""

NO_DATE_PAGE = """<html><head><title>Talks in Dosht</title></head><body><div><p>Talks between
the two delegations resumed in Dosht on Wednesday after a pause of several weeks, officials
said, and both sides described the first day as constructive and businesslike.</p></div>
</body></html>"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    pytest.importorskip("trafilatura")
    path = tmp_path / "halvik-page.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.mark.usefixtures("toy")
def test_extract_html_reads_the_article_and_keeps_its_source(page: Path, capsys: Capture) -> None:
    assert main(["extract", "--html", str(page)]) == 0
    (doc,) = jsonl_lines(capsys.readouterr().out)
    assert doc["id"] == "halvik-page"
    assert doc["source"] == {"name": "Frontier Ledger", "url": "https://ledger.example/2025/10/12/halvik",
                             "published": "2025-10-12", "title": "Fighting near Halvik"}
    text = doc["text"]
    assert isinstance(text, str)
    assert text.startswith("Fighting near Halvik\n")
    assert "Weather" not in text
    assert "All rights reserved" not in text
    assert [c["data"]["count"]["best"] for c in doc["claims"]] == [12, 3]  # type: ignore[index]


@pytest.mark.usefixtures("toy")
def test_extract_html_options_fill_only_what_the_page_lacks(page: Path, tmp_path: Path,
                                                           capsys: Capture) -> None:
    bare = tmp_path / "dosht.htm"
    bare.write_text(NO_DATE_PAGE, encoding="utf-8")
    assert main(["extract", "--html", "--published", "2025-11-05", "--source", "Wire",
                 str(page), str(bare)]) == 0
    first, second = jsonl_lines(capsys.readouterr().out)
    assert first["source"]["published"] == "2025-10-12"  # type: ignore[index]
    assert first["source"]["name"] == "Frontier Ledger"  # type: ignore[index]
    assert second["source"] == {"name": "Wire", "url": None, "published": "2025-11-05",
                                "title": "Talks in Dosht"}


@pytest.mark.usefixtures("toy")
def test_extract_html_from_stdin_and_as_csv(page: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: Capture) -> None:
    set_stdin(monkeypatch, page.read_bytes())
    assert main(["extract", "--input", "html", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["doc_id"], r["count_best"], r["evidence"]) for r in rows] == [
        ("", "12", "12 soldiers were killed"), ("", "3", "3 rebels were killed")]


@pytest.mark.usefixtures("toy")
def test_extract_html_missing_file_is_reported(page: Path, tmp_path: Path, capsys: Capture) -> None:
    missing = tmp_path / "gone.html"
    assert main(["extract", "--html", str(missing), str(page)]) == 1
    out, err = capsys.readouterr()
    assert f"{missing}: no such file" in err
    assert len(jsonl_lines(out)) == 1


@pytest.mark.usefixtures("toy")
def test_extract_html_without_trafilatura_names_the_extra(article: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: Capture) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    assert main(["extract", "--html", str(article)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "pip install 'claimkit[html]'" in err
    assert "trafilatura" in err
