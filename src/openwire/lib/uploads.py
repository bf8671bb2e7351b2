"""What ``uploads.upload_file_chunked`` uploads: the file's name and size and its parts.

The helper itself (``lib/_async/upload_helpers.py``) creates the Upload, sends the parts and
completes it; this module decides the rest, without network I/O.
"""

from __future__ import annotations

import builtins
import os
from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

__all__ = ["DEFAULT_PART_SIZE", "PART_CONCURRENCY", "UploadSource", "upload_source", "part_ranges"]

DEFAULT_PART_SIZE = 64 * 1024 * 1024
"""The API's largest part (64 MiB)."""

PART_CONCURRENCY = 4
"""Parts in flight at once; each holds one part in memory."""


@dataclass(frozen=True)
class UploadSource:
    filename: str
    size: int
    path: Optional[str] = None
    """Set for a file on disk: each part is read when it is sent."""
    data: Optional[builtins.bytes] = None
    """Set for an in-memory file."""


def upload_source(
    file: Union["os.PathLike[str]", str, builtins.bytes],
    *,
    filename: Optional[str],
    bytes: Optional[int],
) -> UploadSource:
    """Name and size of ``file``: a path (``filename`` defaults to its base name) or in-memory
    bytes (``filename`` required). ``bytes``, when given, must be the size: a mismatch fails
    here rather than after every part has been sent."""
    if isinstance(file, (builtins.bytes, bytearray, memoryview)):
        if filename is None:
            raise TypeError("The `filename` argument must be given for in-memory files")
        data = builtins.bytes(file)
        if bytes is not None and bytes != len(data):
            raise ValueError(f"`bytes` is {bytes} but the in-memory file has {len(data)} bytes")
        return UploadSource(filename=filename, size=len(data), data=data)
    if not isinstance(file, (str, os.PathLike)):
        raise TypeError(f"Expected `file` to be a path or bytes, but received {type(file).__name__}")
    path = os.fspath(file)
    size = os.stat(path).st_size
    if bytes is not None and bytes != size:
        raise ValueError(f"`bytes` is {bytes} but the file {path!r} has {size} bytes")
    return UploadSource(filename=filename or os.path.basename(path), size=size, path=path)


def part_ranges(size: int, part_size: Optional[int]) -> List[Tuple[int, int]]:
    """``(offset, length)`` of each part, in order; no part for an empty file."""
    step = DEFAULT_PART_SIZE if part_size is None else part_size
    if step <= 0:
        raise ValueError(f"`part_size` must be a positive number of bytes, got {part_size}")
    return [(offset, min(step, size - offset)) for offset in range(0, size, step)]
