"""A progress bar on stderr for uploads, fed by a file wrapper that counts the bytes read.

The client reads an upload into memory before the first attempt (so that a retry can send it
again), so the bar follows that read; the request is sent right after it.
"""

from __future__ import annotations

import io
import time
from typing import IO, Callable, Optional

__all__ = ["ProgressBar", "ProgressReader", "render_bar", "format_size"]

CHUNK_SIZE = 1024 * 1024


def format_size(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def render_bar(done: int, total: int, *, label: str, width: int = 30) -> str:
    """``label [#########.....]  60%  1.2 MiB / 2.0 MiB`` (a zero-byte total counts as done)."""
    fraction = min(done / total, 1.0) if total > 0 else 1.0
    filled = int(fraction * width)
    bar = "#" * filled + "." * (width - filled)
    return f"{label} [{bar}] {fraction * 100:3.0f}%  {format_size(done)} / {format_size(total)}"


class ProgressBar:
    """Redrawn in place on a terminal (at most every 0.1 s); elsewhere only the final line."""

    def __init__(self, total: int, *, label: str, stream: IO[str], interactive: Optional[bool] = None) -> None:
        self.total = total
        self.done = 0
        self.label = label
        self._stream = stream
        self._interactive = stream.isatty() if interactive is None else interactive
        self._last_draw = 0.0

    def update(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        if self._interactive and (now - self._last_draw >= 0.1 or self.done >= self.total):
            self._last_draw = now
            self._stream.write("\r" + render_bar(self.done, self.total, label=self.label))
            self._stream.flush()

    def finish(self) -> None:
        line = render_bar(self.done, self.total, label=self.label)
        self._stream.write(("\r" if self._interactive else "") + line + "\n")
        self._stream.flush()


class ProgressReader(io.RawIOBase):
    """A binary file that reports every chunk read to ``on_read`` (its name is the file's)."""

    def __init__(self, raw: IO[bytes], on_read: Callable[[int], None]) -> None:
        super().__init__()
        self._raw = raw
        self._on_read = on_read
        self.name = getattr(raw, "name", None)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: "bytearray | memoryview") -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        self._on_read(len(data))
        return len(data)

    def read(self, size: Optional[int] = -1) -> bytes:
        if size is not None and size >= 0:
            data = self._raw.read(size)
            self._on_read(len(data))
            return data
        chunks = []
        while chunk := self._raw.read(CHUNK_SIZE):
            chunks.append(chunk)
            self._on_read(len(chunk))
        return b"".join(chunks)
