"""Batch jobs without I/O, the output side: results by ``custom_id``, errors, tokens, progress.

Both engines write the same result lines, in the shape of the Batch API's output file
(``{"custom_id", "response": {"status_code", "body"}, "error"}``, plus ``url``), so a results
file written by one reads the same as the other's (``lib/batch_state.py``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Type, TypeVar, Union

from .batch_jobs import ENDPOINTS

if TYPE_CHECKING:
    from ..types.chat.chat_completion import ChatCompletion
    from ..types.completion import Completion
    from ..types.create_embedding_response import CreateEmbeddingResponse
    from ..types.moderation_create_response import ModerationCreateResponse
    from ..types.responses.response import Response

    ResultBody = Union[ChatCompletion, Response, CreateEmbeddingResponse, Completion, ModerationCreateResponse]

__all__ = [
    "BatchResult",
    "BatchError",
    "BatchProgress",
    "BatchResults",
    "ProgressCallback",
    "TokenUsage",
    "result_from_line",
    "result_line",
    "retryable",
    "finished_batch_results",
]

_T = TypeVar("_T")


@dataclass(frozen=True)
class BatchError:
    """Why a request has no answer: the API's error ``code`` and ``message`` (``status_code`` if HTTP)."""

    code: Optional[str]
    message: str
    status_code: Optional[int] = None


@dataclass(frozen=True)
class BatchResult:
    """The outcome of one request: an answer (``status_code`` 2xx and ``body``) or an ``error``."""

    custom_id: str
    url: str
    status_code: Optional[int]
    body: Optional[Mapping[str, Any]]
    error: Optional[BatchError] = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status_code is not None and 200 <= self.status_code < 300

    @property
    def response(self) -> ResultBody:
        """The answer parsed into its endpoint's type (``ChatCompletion``, ``Response``, ...; a union for
        the type checker: :meth:`parse` names one); ``ValueError`` for a failed request."""
        import importlib

        module, name = ENDPOINTS[self.url]
        model: Any = getattr(importlib.import_module(module), name)
        parsed: ResultBody = self.parse(model)
        return parsed

    def parse(self, to: Type[_T]) -> _T:
        """The answer parsed into ``to`` (``result.parse(ChatCompletion)``: typed for the checker too)."""
        if not self.ok or self.body is None:
            raise ValueError(f"request {self.custom_id!r} failed: {self.error.message if self.error else 'no body'}")
        from .._models import parse_value

        return parse_value(to, dict(self.body))

    def usage(self) -> TokenUsage:
        usage = self.body.get("usage") if self.ok and self.body is not None else None
        return TokenUsage.of(usage if isinstance(usage, Mapping) else {})


def _error_of(status: Optional[int], body: Optional[Mapping[str, Any]], error: object) -> Optional[BatchError]:
    if isinstance(error, Mapping):
        return BatchError(code=error.get("code"), message=str(error.get("message") or "request failed"))
    if status is not None and 200 <= status < 300:
        return None
    detail = body.get("error") if isinstance(body, Mapping) else None
    if isinstance(detail, Mapping):
        return BatchError(code=detail.get("code"), message=str(detail.get("message")), status_code=status)
    return BatchError(code=None, message=f"HTTP {status}", status_code=status)


def result_from_line(line: Mapping[str, Any], url: str) -> BatchResult:
    """A result from an output or error file line of the Batch API (or a results file line)."""
    response = line.get("response")
    status: Optional[int] = None
    body: Optional[Mapping[str, Any]] = None
    if isinstance(response, Mapping):
        status = response.get("status_code")
        body = response.get("body") if isinstance(response.get("body"), Mapping) else None
    url = line.get("url", url)
    return BatchResult(str(line.get("custom_id")), url, status, body, _error_of(status, body, line.get("error")))


def result_line(result: BatchResult) -> bytes:
    """A result's line in a results file (the Batch API's output shape, plus ``url``)."""
    response = None if result.status_code is None else {"status_code": result.status_code, "body": result.body}
    error = None
    if result.error is not None:
        error = {"code": result.error.code, "message": result.error.message}
    line = {"custom_id": result.custom_id, "url": result.url, "response": response, "error": error}
    return json.dumps(line, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


# Worth sending again in a new batch: rate limits, server errors, lines a batch did not reach.
_RETRYABLE_CODES = frozenset(
    {"batch_expired", "batch_cancelled", "rate_limit_exceeded", "server_error", "timeout", "connection_error"}
)


def retryable(result: BatchResult) -> bool:
    """A failure that another attempt may fix (a 4xx other than 408/409/429 is final)."""
    if result.ok:
        return False
    status = result.status_code if result.status_code is not None else (result.error and result.error.status_code)
    if isinstance(status, int) and (status in (408, 409, 429) or status >= 500):
        return True
    return result.error is not None and result.error.code in _RETRYABLE_CODES


@dataclass
class TokenUsage:
    """Tokens as the answers' ``usage`` reported them (chat and responses names both counted)."""

    input_tokens: int = 0
    output_tokens: int = 0
    total_tokens: int = 0

    @classmethod
    def of(cls, usage: Mapping[str, Any]) -> TokenUsage:
        def count(*names: str) -> int:
            return next((value for name in names if isinstance(value := usage.get(name), int)), 0)

        input_tokens = count("input_tokens", "prompt_tokens")
        output_tokens = count("output_tokens", "completion_tokens")
        return cls(input_tokens, output_tokens, count("total_tokens") or input_tokens + output_tokens)

    def add(self, other: TokenUsage) -> None:
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.total_tokens += other.total_tokens


@dataclass
class BatchProgress:
    """Where a job stands, as the progress callback receives it.

    ``completed`` and ``failed`` count requests with a final result (failures after their last
    attempt); ``pending`` is the rest; ``phase`` says what the job is doing (``"uploading"``,
    ``"waiting for batch_abc (in_progress)"``, ``"running"``, ``"done"``).
    """

    total: int
    completed: int = 0
    failed: int = 0
    phase: str = "starting"
    usage: TokenUsage = field(default_factory=TokenUsage)

    @property
    def done(self) -> int:
        return self.completed + self.failed

    @property
    def pending(self) -> int:
        return self.total - self.done

    def record(self, result: BatchResult) -> None:
        if result.ok:
            self.completed += 1
            self.usage.add(result.usage())
        else:
            self.failed += 1


ProgressCallback = Callable[[BatchProgress], None]


class BatchResults(Mapping[str, BatchResult]):
    """Every request's result by ``custom_id``, in the order of the requests.

    ``results["q1"].response`` is the parsed answer; ``errors`` holds the requests that failed
    after their last attempt; ``usage`` totals the answers' tokens.
    """

    def __init__(self, order: Iterable[str], results: Mapping[str, BatchResult]) -> None:
        self._results = {custom_id: results[custom_id] for custom_id in order if custom_id in results}

    def __getitem__(self, custom_id: str) -> BatchResult:
        return self._results[custom_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._results)

    def __len__(self) -> int:
        return len(self._results)

    @property
    def errors(self) -> Dict[str, BatchError]:
        return {key: result.error for key, result in self._results.items() if result.error is not None}

    @property
    def usage(self) -> TokenUsage:
        total = TokenUsage()
        for result in self._results.values():
            total.add(result.usage())
        return total

    def __repr__(self) -> str:
        return f"BatchResults({len(self)} results, {len(self.errors)} errors)"


def finished_batch_results(
    custom_ids: Iterable[str],
    url: str,
    status: str,
    outputs: Iterable[Mapping[str, Any]],
    errors: Iterable[Mapping[str, Any]],
    batch_error: Optional[str] = None,
) -> List[BatchResult]:
    """A result for every request of a finished batch, ``custom_ids`` order.

    Lines of the output and error files come first; a request in neither (the batch expired,
    was cancelled or failed before answering it) gets an error ``batch_<status>`` with the
    batch's own error message when it has one. Lines for requests the batch did not hold are
    ignored.
    """
    found: Dict[str, BatchResult] = {}
    for line in [*outputs, *errors]:
        result = result_from_line(line, url)
        found.setdefault(result.custom_id, result)
    results = []
    message = batch_error or f"the batch ended ({status}) before answering this request"
    for custom_id in custom_ids:
        missing = BatchResult(custom_id, url, None, None, BatchError(f"batch_{status}", message))
        results.append(found.get(custom_id, missing))
    return results
