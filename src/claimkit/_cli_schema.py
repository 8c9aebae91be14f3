"""``claimkit schema``: print the JSON Schema of the output contract."""

from __future__ import annotations

import argparse
import json
import sys

from ._schema import json_schema


def add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``schema`` subcommand to ``sub``."""
    p = sub.add_parser("schema", help="print the JSON Schema of the output (Document.to_dict())",
                       description="Print the JSON Schema (draft 2020-12) of Document.to_dict(), "
                                   "what each line of `claimkit extract` holds.")
    p.add_argument("--compact", action="store_true", help="one line instead of indented JSON")
    p.set_defaults(command=_schema)


def _schema(args: argparse.Namespace) -> int:
    schema = json_schema()
    if args.compact:
        text = json.dumps(schema, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(schema, ensure_ascii=False, indent=2)
    sys.stdout.write(text + "\n")
    return 0
