"""What a batch job keeps on disk to survive its process: a results file and a state file.

The results file (JSONL, one :func:`~openwire.lib.batch_results.result_line` per request) is
appended to as results arrive, flushed line by line: after a crash every line written is kept,
and a half-written last line is cut off on the next start. A request with a line is done.

The state file (JSON, Batch API jobs only) says which requests went into which input file and
batch, so a restarted job polls the batches it already paid for instead of submitting their
requests again. It is replaced atomically (written beside, then renamed) after every step.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from typing import IO, Any, Dict, Iterable, List, Optional, Union

from .batch_jobs import BatchRequest
from .batch_results import BatchResult, result_from_line, result_line

__all__ = ["ResultsFile", "JobState", "Chunk", "fingerprint", "default_results_path"]

StrPath = Union[str, "os.PathLike[str]"]

STATE_VERSION = 1


def fingerprint(requests: Iterable[BatchRequest]) -> str:
    """A digest of the requests, so a state file is not resumed with other requests."""
    digest = hashlib.sha256()
    for request in requests:
        digest.update(request.line())
    return digest.hexdigest()


def default_results_path(state_path: StrPath) -> str:
    return os.fspath(state_path) + ".results.jsonl"


class ResultsFile:
    """Results appended one line at a time; :meth:`load` reads what an earlier run wrote."""

    def __init__(self, path: StrPath, *, fsync: bool = False) -> None:
        self.path = os.fspath(path)
        self._fsync = fsync
        self._handle: Optional[IO[bytes]] = None

    def load(self) -> Dict[str, BatchResult]:
        """The results already written (the first per ``custom_id``); cuts off a torn last line."""
        results: Dict[str, BatchResult] = {}
        if not os.path.exists(self.path):
            return results
        with open(self.path, "rb") as handle:
            data = handle.read()
        complete = data.rfind(b"\n") + 1
        if complete < len(data):  # the process died while writing this line
            with open(self.path, "r+b") as handle:
                handle.truncate(complete)
        for number, raw in enumerate(data[:complete].splitlines(), start=1):
            if not raw.strip():
                continue
            try:
                line = json.loads(raw)
            except ValueError:
                raise ValueError(f"{self.path}, line {number}: not a result line (not JSON)") from None
            if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
                raise ValueError(f"{self.path}, line {number}: not a result line (no custom_id)")
            result = result_from_line(line, str(line.get("url", "")))
            results.setdefault(result.custom_id, result)
        return results

    def append(self, results: Iterable[BatchResult]) -> None:
        if self._handle is None:
            self._handle = open(self.path, "ab")
        for result in results:
            self._handle.write(result_line(result))
        self._handle.flush()
        if self._fsync:
            os.fsync(self._handle.fileno())

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


@dataclass
class Chunk:
    """A group of requests sent as one batch, and how far it got.

    ``status``: ``planned`` (nothing sent), ``uploaded`` (``file_id``), ``submitted``
    (``batch_id``), ``collected`` (its results are in the results file).
    """

    custom_ids: List[str]
    url: str
    status: str = "planned"
    file_id: Optional[str] = None
    batch_id: Optional[str] = None


@dataclass
class JobState:
    fingerprint: str
    chunks: List[Chunk] = field(default_factory=list)
    attempts: Dict[str, int] = field(default_factory=dict)
    """custom_id -> batches it was sent in that came back without a final result."""

    def live_ids(self) -> "set[str]":
        """Requests in a batch not yet collected (never to be sent again meanwhile)."""
        return {cid for chunk in self.chunks if chunk.status != "collected" for cid in chunk.custom_ids}

    @classmethod
    def load(cls, path: StrPath, expected_fingerprint: str) -> JobState:
        """The state saved at ``path``, or a fresh one when there is no file."""
        if not os.path.exists(path):
            return cls(expected_fingerprint)
        try:
            with open(path, encoding="utf-8") as handle:
                raw: Any = json.load(handle)
            if raw.get("version") != STATE_VERSION:
                raise ValueError(f"version {raw.get('version')!r}, expected {STATE_VERSION}")
            state = cls(
                raw["fingerprint"],
                [Chunk(**chunk) for chunk in raw["chunks"]],
                {str(k): int(v) for k, v in raw.get("attempts", {}).items()},
            )
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise ValueError(f"state file {os.fspath(path)} is not a batch job state: {err}") from None
        if state.fingerprint != expected_fingerprint:
            raise ValueError(
                f"state file {os.fspath(path)} belongs to other requests (they changed since it was "
                "written); pass the same requests to resume, or another state file to start over"
            )
        return state

    def save(self, path: StrPath) -> None:
        """Write the state beside ``path`` and rename it over: a reader sees the old or the new state."""
        path = os.fspath(path)
        payload = {"version": STATE_VERSION, **asdict(self)}
        temporary = f"{path}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(payload, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
