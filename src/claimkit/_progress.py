"""A one-line progress display on a terminal stream, with no dependency.

"claimkit: 120/1000 documents (12%), 3.4 MB, 41.0 docs/s": redrawn in place at most ten
times a second, ended with a newline on close.
"""

from __future__ import annotations

import time
from typing import TextIO


class Progress:
    """Counts documents and characters and redraws a status line on ``stream``.

    :param total: how many documents to expect, when known (shows a percentage).
    """

    def __init__(self, stream: TextIO, total: int | None = None, *, interval: float = 0.1) -> None:
        self.stream = stream
        self.total = total
        self.interval = interval
        self.docs = 0
        self.chars = 0
        self._start = time.monotonic()
        self._drawn = 0.0
        self._closed = False

    def line(self) -> str:
        """The status line as it stands."""
        elapsed = max(time.monotonic() - self._start, 1e-9)
        done = f"{self.docs}/{self.total}" if self.total is not None else str(self.docs)
        pct = f" ({100 * self.docs // self.total}%)" if self.total else ""
        return (f"claimkit: {done} documents{pct}, {self.chars / 1e6:.1f} MB, "
                f"{self.docs / elapsed:.1f} docs/s")

    def update(self, chars: int, docs: int = 1) -> None:
        """Record ``docs`` more documents of ``chars`` characters; redraw if it is time."""
        self.docs += docs
        self.chars += chars
        now = time.monotonic()
        if now - self._drawn >= self.interval:
            self._drawn = now
            self._draw()

    def _draw(self) -> None:
        self.stream.write("\r" + self.line() + "\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final line and end it (once)."""
        if not self._closed:
            self._closed = True
            self._draw()
            self.stream.write("\n")
            self.stream.flush()
