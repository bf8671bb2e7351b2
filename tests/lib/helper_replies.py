"""Server replies for the polling and upload helper tests, and a recorder of their sleeps."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Dict, List, Optional

from scripted_server import Recorded, Reply, json_reply

from openwire import _io


def file_object(status: str, file_id: str = "file-1", **headers: str) -> Reply:
    body = {
        "id": file_id,
        "object": "file",
        "bytes": 3,
        "created_at": 1,
        "filename": "a.txt",
        "purpose": "assistants",
        "status": status,
    }
    return json_reply(body, headers=headers)


def vector_store_file(status: str, file_id: str = "file-1", poll_after_ms: Optional[int] = None) -> Reply:
    body = {
        "id": file_id,
        "object": "vector_store.file",
        "created_at": 1,
        "usage_bytes": 0,
        "vector_store_id": "vs_1",
        "status": status,
        "last_error": None,
    }
    return json_reply(body, headers=_poll_after(poll_after_ms))


def file_batch(
    status: str, in_progress: Optional[int] = 0, poll_after_ms: Optional[int] = None, batch_id: str = "vsfb_1"
) -> Reply:
    body: Dict[str, Any] = {
        "id": batch_id,
        "object": "vector_store.files_batch",
        "created_at": 1,
        "vector_store_id": "vs_1",
        "status": status,
    }
    if in_progress is not None:
        body["file_counts"] = {"in_progress": in_progress, "completed": 0, "failed": 0, "cancelled": 0, "total": 1}
    return json_reply(body, headers=_poll_after(poll_after_ms))


def upload(status: str = "pending", **fields: Any) -> Reply:
    body = {
        "id": "upload_1",
        "object": "upload",
        "bytes": 0,
        "created_at": 1,
        "expires_at": 2,
        "filename": "f",
        "purpose": "batch",
        "status": status,
        **fields,
    }
    return json_reply(body)


def _poll_after(milliseconds: Optional[int]) -> Dict[str, str]:
    return {} if milliseconds is None else {"openai-poll-after-ms": str(milliseconds)}


class PollSleeps:
    """Replaces ``openwire._io.sleep`` / ``asleep`` (the helpers' waits) and records them."""

    def __init__(self) -> None:
        self.delays: List[float] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)

    def install(self, monkeypatch: Any) -> "PollSleeps":
        monkeypatch.setattr(_io, "sleep", self.sleep)
        monkeypatch.setattr(_io, "asleep", self.asleep)
        return self


class InFlight:
    """A server handler that answers after ``delay`` seconds and records how many requests it
    was answering at once."""

    def __init__(self, reply: Callable[[Recorded], Reply], delay: float = 0.15) -> None:
        self._reply = reply
        self._delay = delay
        self._lock = threading.Lock()
        self._current = 0
        self.peak = 0

    def __call__(self, request: Recorded) -> Reply:
        with self._lock:
            self._current += 1
            self.peak = max(self.peak, self._current)
        try:
            time.sleep(self._delay)
            return self._reply(request)
        finally:
            with self._lock:
                self._current -= 1
