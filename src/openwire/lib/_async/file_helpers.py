# unasync: source of lib/_sync/file_helpers.py
"""``files.wait_for_processing``: poll a file until the API has processed it."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Protocol, cast

from ... import _io
from ..polling import file_is_processed

if TYPE_CHECKING:
    from ...types.file_object import FileObject

__all__ = ["AsyncFilesHelpers"]


class _Files(Protocol):
    """What the helper uses of the ``files`` resource it is mixed into."""

    async def retrieve(self, file_id: str) -> FileObject: ...


class AsyncFilesHelpers:
    async def wait_for_processing(
        self,
        id: str,
        *,
        poll_interval: float = 5.0,
        max_wait_seconds: float = 30 * 60,
    ) -> FileObject:
        """Retrieve the file every ``poll_interval`` seconds until it is ``processed``,
        ``error`` or ``deleted``; ``RuntimeError`` once ``max_wait_seconds`` have passed."""
        files = cast(_Files, self)
        file = await files.retrieve(id)
        start = time.monotonic()
        while not file_is_processed(file):
            await _io.asleep(poll_interval)
            file = await files.retrieve(id)
            if not file_is_processed(file) and time.monotonic() - start > max_wait_seconds:
                raise RuntimeError(
                    f"Giving up on waiting for file {id} to finish processing after {max_wait_seconds} seconds."
                )
        return file
