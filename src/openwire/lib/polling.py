"""When the polling helpers stop and how long they wait: pure functions, no I/O.

``files.wait_for_processing`` and the ``vector_stores`` ``poll`` / ``*_and_poll`` helpers
(``lib/_async/file_helpers.py``, ``lib/_async/vector_store_helpers.py``) call these between requests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, Mapping, Union

from .._types import Omit

if TYPE_CHECKING:
    from ..types.beta.threads.run import Run
    from ..types.file_object import FileObject
    from ..types.vector_stores.vector_store_file import VectorStoreFile
    from ..types.vector_stores.vector_store_file_batch import VectorStoreFileBatch
    from ..types.video import Video

__all__ = [
    "DEFAULT_POLL_INTERVAL_MS",
    "POLL_AFTER_HEADER",
    "poll_delay",
    "file_is_processed",
    "vector_store_file_pending",
    "file_batch_pending",
    "poll_headers",
    "video_pending",
    "run_pending",
]

DEFAULT_POLL_INTERVAL_MS = 1000
POLL_AFTER_HEADER = "openai-poll-after-ms"
"""The server's hint, in milliseconds, of when polling again is worth it."""

_FILE_DONE = frozenset({"processed", "error", "deleted"})
_VIDEO_PENDING = frozenset({"queued", "in_progress"})
# What the reference keeps polling; ``requires_action`` ends polling (the caller submits tool
# outputs), and so does any status it does not know.
_RUN_PENDING = frozenset({"queued", "in_progress", "cancelling"})


def poll_delay(poll_interval_ms: Union[int, Omit], headers: Mapping[str, str]) -> float:
    """Seconds to wait before the next poll: the caller's ``poll_interval_ms`` when given, else
    the ``openai-poll-after-ms`` header of the last response, else one second.

    The reference keeps the first interval it picks for the whole loop; this follows the
    server's hint on every response.
    """
    if not isinstance(poll_interval_ms, Omit):
        return poll_interval_ms / 1000
    hint = headers.get(POLL_AFTER_HEADER)
    try:
        milliseconds = int(hint) if hint is not None else DEFAULT_POLL_INTERVAL_MS
    except ValueError:
        milliseconds = DEFAULT_POLL_INTERVAL_MS
    return max(milliseconds, 0) / 1000


def poll_headers(poll_interval_ms: Union[int, Omit]) -> Dict[str, str]:
    """The headers of every poll request, as the reference sends them: the helper's mark and the
    caller's interval when given."""
    headers = {"X-Stainless-Poll-Helper": "true"}
    if not isinstance(poll_interval_ms, Omit):
        headers["X-Stainless-Custom-Poll-Interval"] = str(poll_interval_ms)
    return headers


def file_is_processed(file: FileObject) -> bool:
    """``files.wait_for_processing`` stops at ``processed``, ``error`` or ``deleted``."""
    return file.status in _FILE_DONE


def vector_store_file_pending(file: VectorStoreFile) -> bool:
    """A vector store file is polled while ``in_progress`` (any other status is final)."""
    return file.status == "in_progress"


def file_batch_pending(batch: VectorStoreFileBatch) -> bool:
    """A file batch is polled while some of its files are in progress (as the reference does:
    a cancelled batch is still polled until its files settle); by ``status`` when a server
    leaves out the counts."""
    counts = batch.file_counts
    if counts is None or counts.in_progress is None:
        return batch.status == "in_progress"
    return counts.in_progress > 0


def video_pending(video: Video) -> bool:
    """A video is polled while ``queued`` or ``in_progress`` (``completed`` and ``failed`` are final)."""
    return video.status in _VIDEO_PENDING


def run_pending(run: Run) -> bool:
    """A run is polled while ``queued``, ``in_progress`` or ``cancelling``: ``requires_action``,
    ``cancelled``, ``failed``, ``completed``, ``incomplete`` and ``expired`` end polling."""
    return run.status in _RUN_PENDING
