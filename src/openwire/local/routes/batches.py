"""``/batches``: run an uploaded JSONL of requests through this API and write the output file.

Stages: ``validating -> in_progress -> finalizing -> completed`` (one per ``retrieve`` or per
``app.lifecycle_step`` seconds). Each line is answered by the same handlers as a direct call;
2xx answers go to the output file, others to the error file. A line that is not a request
(no ``custom_id``, a ``url`` other than the batch's endpoint) fails the batch at validation.

Faults with a ``custom_id`` (``_faults.py``) fail chosen lines or expire the batch part-way
(the lines answered so far in the output file, the rest in the error file as
``batch_expired``, as the API does when its completion window ends). A batch whose
``expires_at`` passes on the server's clock before it completes expires with no answers.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from .._pages import cursor_page, ordered
from .._params import invalid, one_of, required_str
from .._state import Lifecycle
from .._wire import APIFailure, LocalRequest, LocalResponse
from .files import add_file, file_or_404, jsonl_lines

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

ENDPOINTS = ("/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations")
# Azure OpenAI names them without the version: ``/chat/completions`` (lines then use that form too).
ENDPOINTS_ANY = ENDPOINTS + tuple(endpoint[len("/v1") :] for endpoint in ENDPOINTS)
STAGES = ("validating", "in_progress", "finalizing", "completed")
TERMINAL = ("completed", "failed", "cancelled", "expired")


def create_batch(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    input_file = file_or_404(app, required_str(payload, "input_file_id"), "input_file_id")
    if input_file["purpose"] != "batch":
        raise invalid(
            "input_file_id",
            f"File {input_file['id']} has purpose '{input_file['purpose']}', expected 'batch'.",
            "invalid_file_purpose",
        )
    endpoint = one_of(payload, "endpoint", ENDPOINTS_ANY, "")
    if not endpoint:
        raise invalid("endpoint", "Missing required parameter: 'endpoint'.", "missing_required_parameter")
    window = one_of(payload, "completion_window", ("24h",), "")
    if not window:
        raise invalid(
            "completion_window", "Missing required parameter: 'completion_window'.", "missing_required_parameter"
        )
    now = app.clock.now()
    batch: Dict[str, Any] = {
        "id": app.ids.new("batch", "_"),
        "object": "batch",
        "endpoint": endpoint,
        "model": None,
        "errors": None,
        "input_file_id": input_file["id"],
        "completion_window": window,
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "created_at": int(now),
        "in_progress_at": None,
        "expires_at": int(now) + 24 * 3600,
        "finalizing_at": None,
        "completed_at": None,
        "failed_at": None,
        "expired_at": None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {"total": 0, "completed": 0, "failed": 0},
        "usage": None,
        "metadata": payload.get("metadata"),
    }
    with app.store.lock:
        app.store.batches[batch["id"]] = batch
        app.store.lifecycles[batch["id"]] = Lifecycle(STAGES, now, app.lifecycle_step)
    return LocalResponse.json(200, batch)


def _advance(app: "Context", batch_id: str, *, poll: bool) -> Dict[str, Any]:
    batch = app.store.batches.get(batch_id)
    if batch is None:
        raise APIFailure(404, f"No batch found with id '{batch_id}'.", param="batch_id", code="batch_not_found")
    with app.store.lock:
        if batch["status"] == "cancelling":
            batch.update(status="cancelled", cancelled_at=app.clock.seconds())
            app.webhooks.emit("batch.cancelled", batch_id)
        if batch["status"] in TERMINAL:
            return batch
        if app.clock.now() >= batch["expires_at"]:
            _expire(app, batch, [], [json.dumps(_expired_line(app, cid)) for cid in _custom_ids(app, batch)])
            return batch
        lifecycle = app.store.lifecycles[batch_id]
        if poll:
            lifecycle.poll()
        for stage in STAGES[STAGES.index(batch["status"]) + 1 : lifecycle.stage(app.clock.now()) + 1]:
            _enter(app, batch, stage)
            if batch["status"] in TERMINAL:
                break
    return batch


def _requests(app: "Context", batch: Dict[str, Any]) -> Optional[List[Dict[str, Any]]]:
    """The batch's request lines, or None after recording why they are invalid."""
    errors: List[Dict[str, Any]] = []
    try:
        lines = jsonl_lines(app.store.file_contents[batch["input_file_id"]], "input_file_id")
    except APIFailure as failure:
        lines, errors = [], [{"code": "invalid_json_line", "message": failure.message, "param": None, "line": None}]
    for number, line in enumerate(lines, start=1):
        problem = None
        if not isinstance(line.get("custom_id"), str):
            problem = ("missing_custom_id", "custom_id")
        elif line.get("method") != "POST":
            problem = ("invalid_method", "method")
        elif line.get("url") != batch["endpoint"]:
            problem = ("mismatched_url", "url")
        elif not isinstance(line.get("body"), dict):
            problem = ("missing_body", "body")
        if problem:
            message = f"Line {number}: invalid or missing '{problem[1]}' (the batch endpoint is {batch['endpoint']})."
            errors.append({"code": problem[0], "message": message, "param": problem[1], "line": number})
    if not lines and not errors:
        errors.append({"code": "empty_file", "message": "The input file has no requests.", "param": None, "line": None})
    if errors:
        batch.update(status="failed", failed_at=app.clock.seconds(), errors={"object": "list", "data": errors})
        app.webhooks.emit("batch.failed", batch["id"])
        return None
    return lines


def _enter(app: "Context", batch: Dict[str, Any], stage: str) -> None:
    now = app.clock.seconds()
    if stage == "in_progress":
        lines = _requests(app, batch)
        if lines is None:
            return
        model = next((line["body"].get("model") for line in lines if line["body"].get("model")), None)
        batch.update(status="in_progress", in_progress_at=now, model=model)
        batch["request_counts"]["total"] = len(lines)
    elif stage == "finalizing":
        batch.update(status="finalizing", finalizing_at=now)
    elif stage == "completed" and _run(app, batch):
        batch.update(status="completed", completed_at=now)
        app.webhooks.emit("batch.completed", batch["id"])


def _custom_ids(app: "Context", batch: Dict[str, Any]) -> List[str]:
    try:
        lines = jsonl_lines(app.store.file_contents[batch["input_file_id"]], "input_file_id")
    except APIFailure:
        return []
    return [str(line.get("custom_id")) for line in lines]


def _expired_line(app: "Context", custom_id: str) -> Dict[str, Any]:
    message = "The batch expired before this request was run."
    return {
        "id": app.ids.new("batch_req", "_"),
        "custom_id": custom_id,
        "response": None,
        "error": {"code": "batch_expired", "message": message},
    }


def _answer(app: "Context", line: Dict[str, Any]) -> "tuple[LocalResponse, bool]":
    """The answer to one line, and whether a fault expires the batch at it."""
    body = dict(line["body"])
    body.pop("stream", None)  # a batch line is answered whole
    headers = {"content-type": "application/json"}
    if app.api_key is not None:
        headers["authorization"] = f"Bearer {app.api_key}"
    request = LocalRequest.build("POST", line["url"], json.dumps(body).encode(), headers)
    request.custom_id = line["custom_id"]
    fault = app.faults.take(request)
    if fault is not None and fault.expire:
        return LocalResponse.json(200, {}), True
    replaced = fault.replacement() if fault is not None and fault.status is not None else None
    return replaced or app.dispatch(request), False


def _run(app: "Context", batch: Dict[str, Any]) -> bool:
    """Answer the lines into the output and error files; False when a fault expired the batch."""
    outputs: List[str] = []
    failures: List[str] = []
    usage = {"input_tokens": 0, "output_tokens": 0}
    lines = jsonl_lines(app.store.file_contents[batch["input_file_id"]], "input_file_id")
    for index, line in enumerate(lines):
        answer, expire = _answer(app, line)
        if expire:
            failures.extend(json.dumps(_expired_line(app, rest["custom_id"])) for rest in lines[index:])
            _expire(app, batch, outputs, failures)
            return False
        answer_body = answer.body if isinstance(answer.body, bytes) else b"".join(answer.body)
        parsed = json.loads(answer_body)
        result = {
            "id": app.ids.new("batch_req", "_"),
            "custom_id": line["custom_id"],
            "response": {"status_code": answer.status, "request_id": app.ids.new("req", "_"), "body": parsed},
            "error": None,
        }
        (outputs if answer.status < 400 else failures).append(json.dumps(result))
        counted = parsed.get("usage") or {}
        usage["input_tokens"] += counted.get("input_tokens", counted.get("prompt_tokens", 0))
        usage["output_tokens"] += counted.get("output_tokens", counted.get("completion_tokens", 0))
    _write_files(app, batch, outputs, failures)
    batch["usage"] = {
        "input_tokens": usage["input_tokens"],
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": usage["output_tokens"],
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": usage["input_tokens"] + usage["output_tokens"],
    }
    return True


def _write_files(app: "Context", batch: Dict[str, Any], outputs: List[str], failures: List[str]) -> None:
    batch["request_counts"].update(completed=len(outputs), failed=len(failures))
    if outputs:
        batch["output_file_id"] = add_file(
            app, f"{batch['id']}_output.jsonl", "batch_output", "\n".join(outputs).encode() + b"\n"
        )["id"]
    if failures:
        batch["error_file_id"] = add_file(
            app, f"{batch['id']}_error.jsonl", "batch_output", "\n".join(failures).encode() + b"\n"
        )["id"]


def _expire(app: "Context", batch: Dict[str, Any], outputs: List[str], failures: List[str]) -> None:
    _write_files(app, batch, outputs, failures)
    batch["request_counts"]["total"] = len(outputs) + len(failures)
    batch.update(status="expired", expired_at=app.clock.seconds())
    app.webhooks.emit("batch.expired", batch["id"])


def retrieve_batch(app: "Context", request: LocalRequest, batch_id: str) -> LocalResponse:
    return LocalResponse.json(200, _advance(app, batch_id, poll=True))


def list_batches(app: "Context", request: LocalRequest) -> LocalResponse:
    batches = [_advance(app, batch_id, poll=False) for batch_id in list(app.store.batches)]
    return LocalResponse.json(200, cursor_page(ordered(batches, request), request, with_ids=True))


def cancel_batch(app: "Context", request: LocalRequest, batch_id: str) -> LocalResponse:
    batch = _advance(app, batch_id, poll=False)
    if batch["status"] in TERMINAL or batch["status"] == "finalizing":
        raise APIFailure(
            409,
            f"Cannot cancel a batch with status '{batch['status']}'.",
            param="batch_id",
            code="batch_not_cancellable",
        )
    batch.update(status="cancelling", cancelling_at=app.clock.seconds())
    return LocalResponse.json(200, batch)


ROUTES: "list[Route]" = [
    ("POST", "/batches", create_batch),
    ("GET", "/batches", list_batches),
    ("GET", "/batches/{batch_id}", retrieve_batch),
    ("POST", "/batches/{batch_id}/cancel", cancel_batch),
]
