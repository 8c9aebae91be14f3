"""A one-line progress bar on a terminal, with no dependency; used by ``claimkit extract`` and
:func:`claimkit.extract_many`.

"[#####               ] 120/480 documents  41.0 docs/s": redrawn in place at most ten times a
second, silent for runs shorter than half a second, ended with a newline.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO


def is_terminal(stream: TextIO) -> bool:
    """True when ``stream`` is a terminal; False also for streams that cannot say (a notebook's)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


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
