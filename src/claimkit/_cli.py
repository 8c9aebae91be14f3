"""The ``claimkit`` command: ``extract``, ``demo``, ``plugins`` and ``schema``.

Exit status: 0 when everything was read, 1 when some input was bad (each reported on stderr as
``FILE:LINE: what was wrong``; every good input is still processed), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from . import _plugins, _webpage
from ._api import extract, parse_published
from ._cli_inputs import INPUT_MODES, BadInput, Defaults, count_inputs, read_inputs
from ._cli_outputs import FORMATS, WRITERS, Progress
from ._cli_schema import add_schema
from ._cli_show import claims_report, plugins_report
from ._errors import MissingExtraError, PipelineError
from ._examples import ExampleSides, example_article, example_articles
from ._pipeline import Pipeline
from ._progress import is_terminal

Command = Callable[[argparse.Namespace], int]


def _date(value: str) -> dt.date:
    try:
        date = parse_published(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    assert date is not None
    return date


# -- extract --------------------------------------------------------------------------

def _add_extract(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract", help="extract claims from .txt / .jsonl files or stdin",
        description="Read documents and write one Document.to_dict() each (JSON lines by default). "
                    "A .txt file is one document (its id is the file name without extension); "
                    "a .jsonl file holds one object per line with 'text' (required), 'id', "
                    "'published' and 'source'; with no FILES (or '-') stdin is read: JSON lines "
                    "when its first non-empty line starts with '{', else one text. With --html "
                    "every input is a saved article page (needs claimkit[html]).",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="input files; '-' is stdin")
    p.add_argument("--format", choices=FORMATS, default="jsonl",
                   help="jsonl (default), json (one list) or csv (a row per claim)")
    p.add_argument("--published", type=_date, metavar="DATE",
                   help="publication date (ISO) for documents that do not give one")
    p.add_argument("--source", metavar="NAME", help="outlet name for documents that do not give one")
    p.add_argument("--input", choices=INPUT_MODES, default="auto",
                   help="how to read inputs: by file extension / first line (auto), as text, as JSON "
                        "lines, as saved HTML pages")
    p.add_argument("--html", dest="input", action="store_const", const="html",
                   help="every input is a saved article page, read through trafilatura (same as "
                        "--input html; needs the html extra: pip install 'claimkit[html]')")
    p.add_argument("--strict", action="store_true",
                   help="a failing stage fails its document (reported, exit 1) instead of being recorded")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    p.set_defaults(command=_extract)


def _extract(args: argparse.Namespace) -> int:
    err = sys.stderr
    status = 0
    if args.input == "html":
        try:
            _webpage.needs_trafilatura()
        except MissingExtraError as exc:
            print(f"claimkit: {exc}", file=err)
            return 1
    pipeline = _plugins.default_pipeline()
    defaults = Defaults(args.published, args.source)
    show_progress = is_terminal(err)
    total = count_inputs(args.files, args.input) if show_progress else None
    progress = Progress(err, total, enabled=show_progress)

    def report(message: str) -> None:
        progress.clear()
        print(message, file=err)

    with contextlib.ExitStack() as stack:
        try:
            out: TextIO = sys.stdout if args.output in (None, "-") else stack.enter_context(
                open(args.output, "w", encoding="utf-8", newline=""))
        except OSError as exc:
            print(f"claimkit: cannot write {args.output}: {exc.strerror or exc}", file=err)
            return 1
        stack.callback(progress.finish)
        writer = WRITERS[args.format](out)
        for item in read_inputs(args.files, sys.stdin, defaults, args.input):
            if isinstance(item, BadInput):
                report(f"{item.where}: {item.problem}")
                status = 1
                continue
            try:
                doc = extract(item.text, published=item.published, source=item.source, id=item.id,
                              pipeline=pipeline, strict=args.strict)
            except Exception as exc:  # only with --strict: the document is reported and skipped
                notes = "; ".join(getattr(exc, "__notes__", ()))
                report(f"{item.where}: {type(exc).__name__}: {exc}" + (f" ({notes})" if notes else ""))
                status = 1
                continue
            for failure in doc.errors:
                report(f"{item.where}: warning: stage {failure.stage!r} failed: {failure.error}")
            writer.write(doc)
            progress.step()
        writer.close()
    if status and show_progress:
        print(f"claimkit: {progress.done:,} documents written; some inputs were skipped (see above)",
              file=err)
    return status


# -- demo -----------------------------------------------------------------------------

def _add_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ids = [a.id for a in example_articles()]
    p = sub.add_parser("demo", help="run the pipeline on a bundled example article",
                       description="Run the default pipeline on one of the bundled example articles "
                                   "(invented text) and show what it found.")
    p.add_argument("--example", choices=ids, default=ids[0], help=f"which article (default {ids[0]})")
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.set_defaults(command=_demo)


def _demo(args: argparse.Namespace) -> int:
    article = example_article(args.example)
    _plugins.use_plugin(ExampleSides(), "claimkit-examples")  # the invented states' sides
    doc = extract(article.text, published=article.published, source=article.source, id=article.id)
    if args.format == "jsonl":
        print(json.dumps(doc.to_dict(), ensure_ascii=False))
        return 0
    print(f"{article.title}")
    print(f"({article.source}, {article.published.isoformat()}; example '{article.id}', "
          f"{len(article.text):,} characters)")
    print()
    print(claims_report(doc))
    return 0


# -- plugins --------------------------------------------------------------------------

def _add_plugins(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("plugins", help="list pipeline stages and plugins that failed to load",
                       description="List every stage in pipeline order with the plugin that offered it, "
                                   "what it requires and provides; then any plugin that failed to load.")
    p.set_defaults(command=_list_plugins)


def _list_plugins(args: argparse.Namespace) -> int:
    pipeline: Pipeline | None = None
    problem = None
    try:
        pipeline = _plugins.default_pipeline()
    except PipelineError as exc:
        problem = str(exc)
    print(plugins_report(pipeline, _plugins.registry().failures, problem))
    return 1 if problem else 0


# -- the command ----------------------------------------------------------------------

# Each subcommand adds itself here.
SUBCOMMANDS: tuple[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None], ...] = (
    _add_extract, _add_demo, _add_plugins, add_schema,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimkit",
        description="Structured, attributed claims (casualties, territory, denials) from conflict news.",
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for add in SUBCOMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``claimkit`` with ``argv`` (default: the process's arguments); return the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # usage errors (2) and --help (0), as a status instead of an exit
        return exc.code if isinstance(exc.code, int) else 2
    command: Command = args.command
    try:
        return command(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `claimkit extract ... | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
