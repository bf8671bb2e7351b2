"""The server's memory: ids, a clock tests can move, and simulated lifecycles.

Long-running objects (fine-tuning jobs, batches, background responses) move through their
stages as time passes on :class:`Clock` (``step`` seconds per stage) or as the client polls
them (each ``retrieve`` moves one stage): either way a polling loop finishes quickly, and a
test can jump ahead with ``app.clock.advance(seconds)``.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Dict, List, Sequence, Tuple

__all__ = ["Clock", "Ids", "Lifecycle", "Store"]


class Clock:
    """Wall-clock time plus an offset a test can advance."""

    def __init__(self) -> None:
        self._offset = 0.0

    def now(self) -> float:
        return time.time() + self._offset

    def seconds(self) -> int:
        return int(self.now())

    def advance(self, seconds: float) -> None:
        self._offset += seconds


class Ids:
    """Ids shaped like the API's (``file-...``, ``resp_...``), unique and increasing."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def new(self, prefix: str, sep: str = "-") -> str:
        with self._lock:
            number = next(self._counter)
        return f"{prefix}{sep}local{number:06d}"


@dataclass
class Lifecycle:
    """Which of ``stages`` an object is in, from the time since it started and how often it was polled."""

    stages: Sequence[str]
    started: float
    step: float
    polls: int = 0

    def stage(self, now: float) -> int:
        by_time = int((now - self.started) / self.step) if self.step > 0 else len(self.stages)
        return min(len(self.stages) - 1, max(self.polls, by_time))

    def poll(self) -> None:
        self.polls += 1


@dataclass
class Store:
    """Everything the API remembers, keyed by id, in creation order."""

    models: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    files: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    file_contents: Dict[str, bytes] = field(default_factory=dict)
    responses: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    response_inputs: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)
    fine_tuning_jobs: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    fine_tuning_events: Dict[str, List[Dict[str, Any]]] = field(default_factory=dict)
    batches: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    uploads: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    upload_parts: Dict[str, Tuple[str, bytes]] = field(default_factory=dict)  # part id -> upload id, data
    images: Dict[str, bytes] = field(default_factory=dict)
    spoken: Dict[str, Tuple[str, float]] = field(default_factory=dict)  # sha256 of speech -> text, seconds
    lifecycles: Dict[str, Lifecycle] = field(default_factory=dict)
    tables: Dict[str, Dict[str, Dict[str, Any]]] = field(default_factory=dict)  # see ``table``
    lock: threading.RLock = field(default_factory=threading.RLock)

    def table(self, name: str) -> Dict[str, Dict[str, Any]]:
        """The objects of one newer resource (``"containers"``, ``"evals"``, ...) by id, in creation order."""
        with self.lock:
            return self.tables.setdefault(name, {})
