# unasync: source of lib/_sync/batch_api.py
"""A batch job through the provider's Batch API: upload, create, poll, download, retry.

The steps and their order live here; what to send is in ``lib/batch_jobs.py``, how to read
the answers in ``lib/batch_results.py``, what survives the process in ``lib/batch_state.py``.
The state file is saved after every step that the provider would charge for or remember (an
input file uploaded, a batch created, a batch's results collected), so a restarted job never
submits a request that already has a result or sits in a live batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from ... import _io
from ..batch_jobs import (
    BatchRequest,
    Limits,
    parse_jsonl,
    split,
    to_jsonl,
)
from ..batch_results import (
    BatchProgress,
    BatchResult,
    ProgressCallback,
    finished_batch_results,
    retryable,
)
from ..batch_state import Chunk, JobState, ResultsFile, fingerprint

__all__ = ["ApiSettings", "run_with_batch_api"]

_TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})
_ADOPT_SCAN = 500  # recent batches searched for one created from an uploaded file before a crash


@dataclass(frozen=True)
class ApiSettings:
    limits: Limits = field(default_factory=Limits)
    max_attempts: int = 3
    poll_interval: float = 1.0
    max_poll_interval: float = 60.0
    completion_window: str = "24h"
    chunked_upload_above: int = 64 * 1024 * 1024
    url_prefix: str = "/v1"  # "" for Azure OpenAI (lines and endpoint as /chat/completions)


class _Job:
    def __init__(
        self,
        client: Any,
        requests: List[BatchRequest],
        results_file: Optional[ResultsFile],
        state_path: Optional[str],
        settings: ApiSettings,
        on_progress: Optional[ProgressCallback],
    ) -> None:
        self.client = client
        self.requests = requests
        self.results_file = results_file
        self.state_path = state_path
        self.settings = settings
        self.on_progress = on_progress
        digest = fingerprint(requests)
        self.state = JobState.load(state_path, digest) if state_path else JobState(digest)
        self.done: Dict[str, BatchResult] = results_file.load() if results_file else {}
        self.progress = BatchProgress(total=len(requests))
        for result in self.done.values():
            self.progress.record(result)

    def report(self, phase: str) -> None:
        self.progress.phase = phase
        if self.on_progress is not None:
            self.on_progress(self.progress)

    def save(self) -> None:
        if self.state_path:
            self.state.save(self.state_path)

    def plan(self) -> None:
        """Put every request without a result and outside a live batch into new chunks."""
        live = self.state.live_ids()
        pending = [r for r in self.requests if r.custom_id not in self.done and r.custom_id not in live]
        for group in split(pending, self.settings.limits):
            self.state.chunks.append(Chunk([r.custom_id for r in group], group[0].url))
        self.save()

    async def adopt(self, chunk: Chunk) -> None:
        """A chunk whose file was uploaded before a crash: find the batch made from it, if any."""
        scanned = 0
        async for batch in self.client.batches.list(limit=100):
            if batch.input_file_id == chunk.file_id:
                chunk.batch_id, chunk.status = batch.id, "submitted"
                return
            scanned += 1
            if scanned >= _ADOPT_SCAN:
                return

    async def submit(self, chunk: Chunk) -> None:
        by_id = {r.custom_id: r for r in self.requests}
        if chunk.status == "planned":
            data = to_jsonl((by_id[custom_id] for custom_id in chunk.custom_ids), self.settings.url_prefix)
            count = len(chunk.custom_ids)
            self.report(f"uploading {count} request{'s' if count != 1 else ''} ({len(data)} bytes)")
            name = f"batch-{self.state.fingerprint[:12]}-{len(self.state.chunks)}.jsonl"
            if len(data) > self.settings.chunked_upload_above:
                upload = await self.client.uploads.upload_file_chunked(
                    file=data, filename=name, bytes=len(data), mime_type="application/jsonl", purpose="batch"
                )
                chunk.file_id = upload.file.id
            else:
                uploaded = await self.client.files.create(file=(name, data, "application/jsonl"), purpose="batch")
                chunk.file_id = uploaded.id
            chunk.status = "uploaded"
            self.save()
        batch = await self.client.batches.create(
            input_file_id=chunk.file_id,
            endpoint=self.settings.url_prefix + chunk.url[len("/v1") :],
            completion_window=self.settings.completion_window,
            metadata={"openwire_job": self.state.fingerprint[:16]},
        )
        chunk.batch_id, chunk.status = batch.id, "submitted"
        self.save()

    async def download(self, file_id: Optional[str]) -> List[Any]:
        if not file_id:
            return []
        content = await self.client.files.content(file_id)
        return parse_jsonl(content.content, f"file {file_id}")

    async def collect(self, chunk: Chunk, batch: Any) -> None:
        """Record the final results of a finished batch; requests worth another try stay pending."""
        errors = getattr(batch.errors, "data", None) or []
        message = "; ".join(str(e.message) for e in errors if getattr(e, "message", None)) or None
        results = finished_batch_results(
            chunk.custom_ids,
            chunk.url,
            batch.status,
            await self.download(batch.output_file_id),
            await self.download(batch.error_file_id),
            message,
        )
        final = []
        for result in results:
            if result.custom_id in self.done:  # collected before a crash that kept the chunk live
                continue
            tries = self.state.attempts.get(result.custom_id, 0) + 1
            if retryable(result) and tries < self.settings.max_attempts:
                self.state.attempts[result.custom_id] = tries
            else:
                final.append(result)
        if self.results_file is not None:
            self.results_file.append(final)
        for result in final:
            self.done[result.custom_id] = result
            self.progress.record(result)
        chunk.status = "collected"
        self.save()
        self.report(f"collected {batch.id} ({batch.status})")

    async def wait_for_one(self, chunks: List[Chunk]) -> None:
        """Poll the live batches, backing off while nothing changes, until one has finished."""
        delay = self.settings.poll_interval
        seen: Dict[str, Any] = {}
        while True:
            for chunk in chunks:
                batch = await self.client.batches.retrieve(chunk.batch_id)
                if batch.status in _TERMINAL:
                    await self.collect(chunk, batch)
                    return
                counts = batch.request_counts
                state = (batch.status, counts.completed if counts else None)
                if seen.get(batch.id) != state:
                    seen[batch.id] = state
                    delay = self.settings.poll_interval
                done = f", {counts.completed + counts.failed}/{counts.total}" if counts and counts.total else ""
                self.report(f"waiting for {batch.id} ({batch.status}{done})")
            await _io.asleep(delay)
            delay = min(delay * 1.5, self.settings.max_poll_interval)

    async def run(self) -> Dict[str, BatchResult]:
        self.state.chunks = [c for c in self.state.chunks if c.status != "planned"]
        for chunk in self.state.chunks:
            if chunk.status == "uploaded":
                await self.adopt(chunk)
        while True:
            self.plan()
            live = [c for c in self.state.chunks if c.status != "collected"]
            if not live:
                break
            for chunk in live:
                if chunk.status in ("planned", "uploaded"):
                    await self.submit(chunk)
            await self.wait_for_one(live)
        self.report("done")
        return self.done


async def run_with_batch_api(
    client: Any,
    requests: List[BatchRequest],
    *,
    results_file: Optional[ResultsFile] = None,
    state_path: Optional[str] = None,
    settings: ApiSettings = ApiSettings(),
    on_progress: Optional[ProgressCallback] = None,
) -> Dict[str, BatchResult]:
    """Every request's final result by ``custom_id`` (see :func:`openwire.batch.run`)."""
    return await _Job(client, requests, results_file, state_path, settings, on_progress).run()
