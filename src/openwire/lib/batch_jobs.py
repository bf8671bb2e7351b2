"""Batch jobs without I/O, the input side: request lines, splitting to the provider's limits, JSONL.

A job is a list of :class:`BatchRequest` (the Batch API's JSONL line: ``custom_id``,
``method``, ``url``, ``body``). Both engines (the provider's Batch API, ``lib/_async/batch_api.py``,
and the local runner, ``lib/_async/batch_runner.py``) take them; what comes back is in
``lib/batch_results.py``, what is kept on disk in ``lib/batch_state.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Dict, Iterable, List, Mapping, Tuple

__all__ = [
    "ENDPOINTS",
    "BatchRequest",
    "Limits",
    "BATCH_API_LIMITS",
    "URL_PREFIXES",
    "as_requests",
    "parse_request_line",
    "split",
    "to_jsonl",
    "parse_jsonl",
]

# The endpoints a batch line may call, and the type its answer is parsed into (module, class).
ENDPOINTS: Mapping[str, Tuple[str, str]] = {
    "/v1/chat/completions": ("openwire.types.chat.chat_completion", "ChatCompletion"),
    "/v1/responses": ("openwire.types.responses.response", "Response"),
    "/v1/embeddings": ("openwire.types.create_embedding_response", "CreateEmbeddingResponse"),
    "/v1/completions": ("openwire.types.completion", "Completion"),
    "/v1/moderations": ("openwire.types.moderation_create_response", "ModerationCreateResponse"),
}


@dataclass(frozen=True)
class Limits:
    """How much one batch may hold: request lines, bytes of the JSONL input file, and inputs
    across the lines of an ``/v1/embeddings`` batch (a list ``input`` counts each item)."""

    max_lines: int = 50_000
    max_bytes: int = 200 * 1024 * 1024
    max_embedding_inputs: int = 50_000

    def __post_init__(self) -> None:
        if min(self.max_lines, self.max_bytes, self.max_embedding_inputs) < 1:
            raise ValueError(f"batch limits must be at least 1, got {self}")


def _inputs(request: BatchRequest) -> int:
    """How many embedding inputs a request holds (0 for other endpoints)."""
    if request.url != "/v1/embeddings":
        return 0
    given = request.body.get("input")
    return len(given) if isinstance(given, list) and given and not isinstance(given[0], int) else 1


# Providers whose OpenAI-compatible ``/batches`` the helper uses by default, with their limits.
# openai: from the API reference. azure (global batch deployments): 100 000 lines and 200 MB per
# file, lines and endpoint written ``/chat/completions`` (``URL_PREFIXES``), from Microsoft's
# documentation. groq: 50 000 lines, 200 MB, from its batch docs. Neither checked against the
# live service. Any other provider runs locally unless ``mode="api"``.
BATCH_API_LIMITS: Mapping[str, Limits] = {
    "openai": Limits(),
    "azure": Limits(max_lines=100_000),
    "groq": Limits(),
}
URL_PREFIXES: Mapping[str, str] = {"azure": ""}
"""How a provider writes the ``url`` of a line and the batch ``endpoint`` (default ``/v1/...``)."""


@dataclass(frozen=True)
class BatchRequest:
    """One request of a job: a line of the Batch API's input file."""

    custom_id: str
    body: Mapping[str, Any]
    url: str = "/v1/chat/completions"
    method: str = "POST"

    def to_json(self) -> Dict[str, Any]:
        return {"custom_id": self.custom_id, "method": self.method, "url": self.url, "body": dict(self.body)}

    def line(self) -> bytes:
        """The request's JSONL line, newline included."""
        return json.dumps(self.to_json(), separators=(",", ":"), ensure_ascii=False).encode() + b"\n"

    @property
    def path(self) -> str:
        """The path under the client's base URL (``/chat/completions``)."""
        return self.url[3:] if self.url.startswith("/v1/") else self.url


def parse_request_line(value: object, where: str) -> BatchRequest:
    """A request from a decoded JSONL line (or a mapping); ``ValueError`` says what is wrong, at ``where``."""
    if isinstance(value, BatchRequest):
        value = value.to_json()
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: a request is a JSON object with custom_id, method, url and body")
    custom_id = value.get("custom_id")
    if not isinstance(custom_id, str) or not custom_id:
        raise ValueError(f"{where}: custom_id must be a non-empty string, got {custom_id!r}")
    method = value.get("method", "POST")
    if method != "POST":
        raise ValueError(f"{where} ({custom_id}): method must be 'POST', got {method!r}")
    url = value.get("url", "/v1/chat/completions")
    if url not in ENDPOINTS:
        raise ValueError(f"{where} ({custom_id}): url {url!r} is not one of {', '.join(ENDPOINTS)}")
    body = value.get("body")
    if not isinstance(body, Mapping):
        raise ValueError(f"{where} ({custom_id}): body must be a JSON object (the request's parameters)")
    if body.get("stream"):
        raise ValueError(f"{where} ({custom_id}): body.stream is set; batch requests are answered whole, drop it")
    unknown = sorted(set(value) - {"custom_id", "method", "url", "body"})
    if unknown:
        raise ValueError(f"{where} ({custom_id}): unknown key {unknown[0]!r} (a line has custom_id, method, url, body)")
    return BatchRequest(custom_id=custom_id, body=body, url=url)


def as_requests(items: Iterable[object]) -> List[BatchRequest]:
    """Requests from :class:`BatchRequest` objects or line mappings; every ``custom_id`` once."""
    requests: List[BatchRequest] = []
    seen: Dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        request = parse_request_line(item, f"request {number}")
        if request.custom_id in seen:
            raise ValueError(
                f"request {number}: custom_id {request.custom_id!r} is already used by request "
                f"{seen[request.custom_id]}; each request needs its own"
            )
        seen[request.custom_id] = number
        requests.append(request)
    return requests


def split(requests: Iterable[BatchRequest], limits: Limits) -> List[List[BatchRequest]]:
    """Groups for one batch each: one endpoint per group, within ``limits`` (input order kept)."""
    groups: List[List[BatchRequest]] = []
    open_groups: Dict[str, Tuple[List[BatchRequest], List[int]]] = {}  # url -> (group, [bytes, inputs])
    for request in requests:
        size, inputs = len(request.line()), _inputs(request)
        if size > limits.max_bytes or inputs > limits.max_embedding_inputs:
            raise ValueError(
                f"request {request.custom_id!r} is more than a whole batch may hold ({size} bytes, "
                f"limit {limits.max_bytes}; {inputs} embedding inputs, limit {limits.max_embedding_inputs})"
            )
        current = open_groups.get(request.url)
        if (
            current is None
            or len(current[0]) >= limits.max_lines
            or current[1][0] + size > limits.max_bytes
            or current[1][1] + inputs > limits.max_embedding_inputs
        ):
            current = ([], [0, 0])
            open_groups[request.url] = current
            groups.append(current[0])
        current[0].append(request)
        current[1][0] += size
        current[1][1] += inputs
    return groups


def to_jsonl(requests: Iterable[BatchRequest], url_prefix: str = "/v1") -> bytes:
    """The input file; ``url_prefix=""`` writes ``/chat/completions`` for ``/v1/chat/completions``
    (Azure OpenAI's form)."""
    if url_prefix == "/v1":
        return b"".join(request.line() for request in requests)
    return b"".join(replace(request, url=url_prefix + request.path).line() for request in requests)


def parse_jsonl(data: bytes, where: str) -> List[Mapping[str, Any]]:
    """The objects of a JSONL document (blank lines skipped); ``ValueError`` names the bad line."""
    lines: List[Mapping[str, Any]] = []
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            raise ValueError(f"{where}, line {number}: not JSON") from None
        if not isinstance(value, Mapping):
            raise ValueError(f"{where}, line {number}: not a JSON object")
        lines.append(value)
    return lines
