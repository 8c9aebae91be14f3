"""The docs are tested: every hook has a reference heading with its exact signature, and every
Python example in docs/*.md and README.md runs.

Code blocks fenced as ```` ```python ```` run, in order, one fresh namespace per file, so a
later block may use what an earlier one defined. A block that must not run (it needs a
package that is not installed, or shows a file's contents) is fenced as
```` ```{.python .no-run} ```` in docs/ (which mkdocs renders as Python) or
```` ```python no-run ```` in README.md.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimkit import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MARKDOWN = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]

# Packages of claimkit's extras (and the test extra): examples needing them skip without them.
OPTIONAL = frozenset({"pandas", "numpy", "dask", "distributed", "trafilatura", "jsonschema"})

FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")


def hooks() -> list[tuple[str, str]]:
    """(name, "name(signature) -> return") for every hook specification."""
    found = []
    for name, func in inspect.getmembers(hookspecs, inspect.isfunction):
        if name.startswith("claimkit_"):
            signature = str(inspect.signature(func)).replace("'", "").replace("claimkit.hookspecs.", "")
            found.append((name, f"{name}{signature}"))
    return found


def headings(path: Path) -> list[str]:
    """Markdown headings outside code blocks, without the #s and backticks."""
    out = []
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            inside = not inside
        elif not inside and line.startswith("#"):
            out.append(line.lstrip("#").strip().replace("`", ""))
    return out


def test_there_are_hooks() -> None:
    assert {name for name, _ in hooks()} >= {"claimkit_register_stages", "claimkit_register_sides"}


@pytest.mark.parametrize(("name", "signature"), hooks(), ids=[name for name, _ in hooks()])
def test_every_hook_has_a_heading_with_its_exact_signature(name: str, signature: str) -> None:
    documented = headings(DOCS / "plugins.md")
    assert signature in documented, (
        f"docs/plugins.md has no heading for the hook {name}; add one under 'Hook reference' "
        f"reading `{signature}`, with what it receives and returns"
    )


def test_no_heading_documents_a_hook_that_does_not_exist() -> None:
    real = {name for name, _ in hooks()}
    matches = [re.match(r"(claimkit_\w+)\(", h) for h in headings(DOCS / "plugins.md")]
    documented = {m.group(1) for m in matches if m}
    assert documented <= real, f"docs/plugins.md documents hooks that are gone: {sorted(documented - real)}"


def python_blocks(path: Path) -> Iterator[tuple[int, str]]:
    """(first line number, source) of every runnable ```python block in ``path``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        fence, info = opening["fence"], opening["info"].strip()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() != fence:
            body.append(lines[j])
            j += 1
        if info == "python":  # "python no-run" and "{.python .no-run}" are other infos
            yield i + 2, "\n".join(body) + "\n"
        i = j + 1


def test_fences_are_recognised(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("x\n```python\na = 1\n```\n```python no-run\nb = 1\n```\n"
                    "```{.python .no-run}\nc\n```\n```bash\nls\n```\n````python\nd = 1\n````\n",
                    encoding="utf-8")
    assert list(python_blocks(page)) == [(3, "a = 1\n"), (15, "d = 1\n")]


@pytest.mark.usefixtures("fresh_plugins")
@pytest.mark.parametrize("path", MARKDOWN, ids=[p.relative_to(ROOT).as_posix() for p in MARKDOWN])
def test_python_examples_run(path: Path) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem.replace('-', '_')}"}
    for line, source in python_blocks(path):
        # Pad with blank lines so tracebacks give the line number in the Markdown file.
        code = compile("\n" * (line - 1) + source, str(path.relative_to(ROOT)), "exec")
        try:
            exec(code, namespace)
        except ImportError as exc:  # an optional extra that is not installed: skip, not fail
            missing = exc.name or getattr(exc.__cause__, "name", None) or ""
            if missing.partition(".")[0] in OPTIONAL:
                pytest.skip(f"{path.relative_to(ROOT)}:{line} needs {missing}, not installed")
            raise
        except Exception as exc:
            exc.add_note(f"in the ```python block starting at {path.relative_to(ROOT)}:{line}")
            raise
