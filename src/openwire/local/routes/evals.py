"""``/evals``, their runs and the runs' output items.

A run goes ``queued -> in_progress -> completed`` (a stage per ``retrieve`` or per
``app.lifecycle_step`` seconds). On completion every item of its data source is graded by the
eval's testing criteria (``_graders.py``): ``jsonl`` items are graded with the ``sample`` they
carry; ``completions`` and ``responses`` sources first sample the model through this server's
chat completions, from the rendered ``input_messages``. The run's ``result_counts``,
``per_testing_criteria_results`` and output items come from those grades; the
``eval.run.succeeded`` / ``eval.run.canceled`` webhooks go out when one is configured.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional

from .._graders import grade, render
from .._objects import get_or_404, put, remove
from .._pages import cursor_page, ordered
from .._params import as_list, as_object, invalid, missing, one_of, optional_str
from .._state import Lifecycle
from .._wire import APIFailure, LocalRequest, LocalResponse
from .files import file_or_404, jsonl_lines

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

STAGES = ("queued", "in_progress", "completed")
TERMINAL = ("completed", "canceled", "failed")
CONFIG_TYPES = ("custom", "logs", "stored_completions")
GRADER_TYPES = ("string_check", "text_similarity", "label_model", "score_model", "python", "multi")
SOURCE_TYPES = ("jsonl", "completions", "responses")


# -- evals


def _data_source_config(payload: Dict[str, Any]) -> Dict[str, Any]:
    if "data_source_config" not in payload:
        raise missing("data_source_config")
    config = as_object(payload["data_source_config"], "data_source_config")
    kind = one_of(config, "type", CONFIG_TYPES, "")
    if not kind:
        raise missing("data_source_config.type")
    sample_schema = {"type": "object", "properties": {"output_text": {"type": "string"}}}
    if kind == "custom":
        if "item_schema" not in config:
            raise missing("data_source_config.item_schema")
        properties = {"item": as_object(config["item_schema"], "data_source_config.item_schema")}
        if config.get("include_sample_schema"):
            properties["sample"] = sample_schema
        schema = {"type": "object", "properties": properties, "required": list(properties)}
        return {"type": kind, "schema": schema}
    schema = {"type": "object", "properties": {"item": {"type": "object"}, "sample": sample_schema}}
    return {"type": kind, "schema": {**schema, "required": ["item", "sample"]}, "metadata": config.get("metadata")}


def _testing_criteria(payload: Dict[str, Any]) -> List[Dict[str, Any]]:
    if "testing_criteria" not in payload:
        raise missing("testing_criteria")
    criteria = as_list(payload["testing_criteria"], "testing_criteria")
    if not criteria:
        raise invalid("testing_criteria", "'testing_criteria' needs at least one grader.", "empty_array")
    for index, criterion in enumerate(criteria):
        criterion = as_object(criterion, f"testing_criteria[{index}]")
        if not one_of(criterion, "type", GRADER_TYPES, ""):
            raise missing(f"testing_criteria[{index}].type")
        if not isinstance(criterion.get("name"), str):
            raise missing(f"testing_criteria[{index}].name")
        if criterion["type"] == "string_check":
            one_of(criterion, "operation", ("eq", "ne", "like", "ilike"), "")
            for key in ("input", "reference", "operation"):
                if not isinstance(criterion.get(key), str):
                    raise missing(f"testing_criteria[{index}].{key}")
    return [dict(criterion) for criterion in criteria]


def _eval(app: "Context", eval_id: str) -> Dict[str, Any]:
    return get_or_404(app, "evals", eval_id, "eval", "eval_id")


def create_eval(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    found: Dict[str, Any] = {
        "object": "eval",
        "id": app.ids.new("eval", "_"),
        "name": optional_str(payload, "name") or "Eval",
        "data_source_config": _data_source_config(payload),
        "testing_criteria": _testing_criteria(payload),
        "created_at": app.clock.seconds(),
        "metadata": payload.get("metadata"),
    }
    return LocalResponse.json(200, put(app, "evals", found))


def list_evals(app: "Context", request: LocalRequest) -> LocalResponse:
    one_of({"order_by": request.query_value("order_by")}, "order_by", ("created_at", "updated_at"), "created_at")
    evals = list(app.store.table("evals").values())
    return LocalResponse.json(200, cursor_page(ordered(evals, request, default="asc"), request, with_ids=True))


def retrieve_eval(app: "Context", request: LocalRequest, eval_id: str) -> LocalResponse:
    return LocalResponse.json(200, _eval(app, eval_id))


def update_eval(app: "Context", request: LocalRequest, eval_id: str) -> LocalResponse:
    found = _eval(app, eval_id)
    payload = request.json()
    name = optional_str(payload, "name")
    if name is not None:
        found["name"] = name
    if "metadata" in payload:
        found["metadata"] = payload["metadata"]
    return LocalResponse.json(200, found)


def delete_eval(app: "Context", request: LocalRequest, eval_id: str) -> LocalResponse:
    _eval(app, eval_id)
    for run in _runs_of(app, eval_id):
        _delete_run(app, run["id"])
    remove(app, "evals", eval_id)
    return LocalResponse.json(200, {"object": "eval.deleted", "deleted": True, "eval_id": eval_id})


# -- runs


def _rows(app: "Context", data_source: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The data source's ``{"item": ..., "sample": ...}`` rows (a 400 or 404 naming what is wrong)."""
    source = as_object(data_source.get("source"), "data_source.source")
    kind = source.get("type")
    if kind == "file_content":
        rows = [
            as_object(row, "data_source.source.content")
            for row in as_list(source.get("content"), "data_source.source.content")
        ]
    elif kind == "file_id":
        file_id = source.get("id")
        if not isinstance(file_id, str):
            raise missing("data_source.source.id")
        file_or_404(app, file_id, "data_source.source.id")
        rows = jsonl_lines(app.store.file_contents[file_id], "data_source.source.id")
    else:
        raise invalid(
            "data_source.source.type",
            f"The openwire local server reads items from 'file_content' or 'file_id' sources, not {kind!r}.",
        )
    for number, row in enumerate(rows):
        if not isinstance(row.get("item"), dict):
            raise invalid("data_source.source", f"Item {number} has no 'item' object.", "invalid_item")
    return rows


def _runs_of(app: "Context", eval_id: str) -> List[Dict[str, Any]]:
    return [run for run in app.store.table("eval_runs").values() if run["eval_id"] == eval_id]


def create_run(app: "Context", request: LocalRequest, eval_id: str) -> LocalResponse:
    found = _eval(app, eval_id)
    payload = request.json()
    if "data_source" not in payload:
        raise missing("data_source")
    data_source = as_object(payload["data_source"], "data_source")
    kind = one_of(data_source, "type", SOURCE_TYPES, "")
    if not kind:
        raise missing("data_source.type")
    _rows(app, data_source)  # fail now, not at completion, on a bad source
    now = app.clock.now()
    run_id = app.ids.new("evalrun", "_")
    model = str(data_source.get("model") or "")
    run: Dict[str, Any] = {
        "object": "eval.run",
        "id": run_id,
        "eval_id": eval_id,
        "status": "queued",
        "model": model,
        "name": optional_str(payload, "name") or f"{found['name']} ({model or kind})",
        "created_at": int(now),
        "report_url": f"{app.base_url_of(request)}/v1/evals/{eval_id}/runs/{run_id}",
        "result_counts": {"total": 0, "errored": 0, "failed": 0, "passed": 0},
        "per_model_usage": [],
        "per_testing_criteria_results": [],
        "data_source": data_source,
        "error": None,
        "metadata": payload.get("metadata"),
    }
    with app.store.lock:
        app.store.lifecycles[run_id] = Lifecycle(STAGES, now, app.lifecycle_step)
    return LocalResponse.json(200, put(app, "eval_runs", run))


def _run(app: "Context", eval_id: str, run_id: str) -> Dict[str, Any]:
    _eval(app, eval_id)
    return get_or_404(app, "eval_runs", run_id, "eval run", "run_id", parent=("eval_id", eval_id))


def _advance(app: "Context", eval_id: str, run_id: str, *, poll: bool) -> Dict[str, Any]:
    run = _run(app, eval_id, run_id)
    with app.store.lock:
        if run["status"] in TERMINAL:
            return run
        lifecycle = app.store.lifecycles[run_id]
        if poll:
            lifecycle.poll()
        stage = STAGES[max(STAGES.index(run["status"]), lifecycle.stage(app.clock.now()))]
        if stage == "completed":
            _grade_run(app, run)
        run["status"] = stage
        if stage == "completed":
            app.webhooks.emit("eval.run.succeeded", run_id)
    return run


def _message_text(content: Any, namespace: Mapping[str, Any]) -> str:
    if isinstance(content, str):
        return render(content, namespace)
    if isinstance(content, dict):
        return render(str(content.get("text", "")), namespace)
    if isinstance(content, list):
        return "".join(_message_text(part, namespace) for part in content)
    return ""


def _sample(app: "Context", run: Dict[str, Any], namespace: Mapping[str, Any]) -> Dict[str, Any]:
    """Ask this server's chat completions for the run's model answer to one item."""
    source = run["data_source"]
    template = source.get("input_messages") or {}
    if template.get("type") == "item_reference":
        messages = _lookup_messages(namespace, str(template.get("item_reference", "")))
    else:
        messages = [
            {"role": str(m.get("role", "user")), "content": _message_text(m.get("content"), namespace)}
            for m in template.get("template") or []
            if isinstance(m, dict)
        ]
    settings = {key: value for key, value in (source.get("sampling_params") or {}).items() if key in SAMPLING}
    body = {"model": run["model"] or "gpt-4o-mini", "messages": messages, **settings}
    headers = {"content-type": "application/json"}
    if app.api_key is not None:
        headers["authorization"] = f"Bearer {app.api_key}"
    answer = app.dispatch(LocalRequest.build("POST", "/v1/chat/completions", json.dumps(body).encode(), headers))
    payload = json.loads(answer.body if isinstance(answer.body, bytes) else b"".join(answer.body))
    if answer.status >= 400:
        error = payload.get("error") or {}
        return {
            "input": messages,
            "error": {"code": str(error.get("code") or answer.status), "message": str(error.get("message", ""))},
        }
    choice = payload["choices"][0]
    return {
        "input": messages,
        "output_text": choice["message"].get("content") or "",
        "finish_reason": choice.get("finish_reason") or "stop",
        "model": payload.get("model", body["model"]),
        "usage": payload.get("usage") or {},
        "settings": settings,
    }


SAMPLING = ("temperature", "top_p", "seed", "max_completion_tokens")


def _lookup_messages(namespace: Mapping[str, Any], path: str) -> List[Dict[str, str]]:
    value: Any = namespace
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    if not isinstance(value, list):
        raise invalid("data_source.input_messages.item_reference", f"'{path}' is not a list of messages in the item.")
    return [{"role": str(m.get("role", "user")), "content": _message_text(m.get("content"), namespace)} for m in value]


def _sample_record(run: Dict[str, Any], sample: Mapping[str, Any]) -> Dict[str, Any]:
    """The output item's ``sample``: what the model was asked and answered."""
    usage = sample.get("usage") or {}
    settings = sample.get("settings") or {}
    output = sample.get("output_text")
    return {
        "input": [{"role": m["role"], "content": m["content"]} for m in sample.get("input") or []],
        "output": [] if output is None else [{"role": "assistant", "content": output}],
        "finish_reason": sample.get("finish_reason") or "",
        "model": sample.get("model") or run["model"],
        "usage": {
            "total_tokens": usage.get("total_tokens", 0),
            "completion_tokens": usage.get("completion_tokens", 0),
            "prompt_tokens": usage.get("prompt_tokens", 0),
            "cached_tokens": 0,
        },
        "error": sample.get("error"),
        "temperature": float(settings.get("temperature", 1.0)),
        "max_completion_tokens": int(settings.get("max_completion_tokens", 2048)),
        "top_p": float(settings.get("top_p", 1.0)),
        "seed": int(settings.get("seed", 42)),
    }


def _grade_run(app: "Context", run: Dict[str, Any]) -> None:
    criteria = app.store.table("evals")[run["eval_id"]]["testing_criteria"]
    counts = {"total": 0, "errored": 0, "failed": 0, "passed": 0}
    per_criterion = {c["name"]: {"testing_criteria": c["name"], "passed": 0, "failed": 0} for c in criteria}
    usage: Dict[str, int] = {"invocation_count": 0, "prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    sampled = run["data_source"]["type"] != "jsonl"
    for index, row in enumerate(_rows(app, run["data_source"])):
        namespace: Dict[str, Any] = {"item": row["item"], "sample": row.get("sample") or {}}
        if sampled:
            namespace["sample"] = _sample(app, run, namespace)
            usage["invocation_count"] += 1
            for key in ("prompt_tokens", "completion_tokens", "total_tokens"):
                usage[key] += int((namespace["sample"].get("usage") or {}).get(key, 0))
        grades = [grade(criterion, namespace) for criterion in criteria]
        errored = any(g.error for g in grades) or bool(namespace["sample"].get("error") and sampled)
        passed = not errored and all(g.passed for g in grades)
        counts["total"] += 1
        counts["errored" if errored else "passed" if passed else "failed"] += 1
        for g in grades:
            if not g.error:
                per_criterion[g.name]["passed" if g.passed else "failed"] += 1
        item = {
            "object": "eval.run.output_item",
            "id": app.ids.new("outputitem", "_"),
            "run_id": run["id"],
            "eval_id": run["eval_id"],
            "created_at": app.clock.seconds(),
            "status": "pass" if passed else "fail",
            "datasource_item_id": index,
            "datasource_item": row["item"],
            "results": [g.result() for g in grades],
            "sample": _sample_record(run, namespace["sample"]),
        }
        put(app, "eval_output_items", item)
    run["result_counts"] = counts
    run["per_testing_criteria_results"] = list(per_criterion.values())
    if sampled:
        run["per_model_usage"] = [{"model_name": run["model"] or "gpt-4o-mini", "cached_tokens": 0, **usage}]


def list_runs(app: "Context", request: LocalRequest, eval_id: str) -> LocalResponse:
    _eval(app, eval_id)
    status = request.query_value("status")
    runs = [_advance(app, eval_id, run["id"], poll=False) for run in _runs_of(app, eval_id)]
    runs = [run for run in runs if status is None or run["status"] == status]
    return LocalResponse.json(200, cursor_page(ordered(runs, request, default="asc"), request, with_ids=True))


def retrieve_run(app: "Context", request: LocalRequest, eval_id: str, run_id: str) -> LocalResponse:
    return LocalResponse.json(200, _advance(app, eval_id, run_id, poll=True))


def cancel_run(app: "Context", request: LocalRequest, eval_id: str, run_id: str) -> LocalResponse:
    run = _advance(app, eval_id, run_id, poll=False)
    if run["status"] in TERMINAL:
        raise APIFailure(
            409, f"Cannot cancel a run with status '{run['status']}'.", param="run_id", code="run_not_cancellable"
        )
    run["status"] = "canceled"
    app.webhooks.emit("eval.run.canceled", run_id)
    return LocalResponse.json(200, run)


def _delete_run(app: "Context", run_id: str) -> None:
    for item in [i for i in app.store.table("eval_output_items").values() if i["run_id"] == run_id]:
        remove(app, "eval_output_items", item["id"])
    remove(app, "eval_runs", run_id)


def delete_run(app: "Context", request: LocalRequest, eval_id: str, run_id: str) -> LocalResponse:
    _run(app, eval_id, run_id)
    _delete_run(app, run_id)
    return LocalResponse.json(200, {"object": "eval.run.deleted", "deleted": True, "run_id": run_id})


# -- output items


def list_output_items(app: "Context", request: LocalRequest, eval_id: str, run_id: str) -> LocalResponse:
    _advance(app, eval_id, run_id, poll=False)
    status: Optional[str] = one_of({"status": request.query_value("status")}, "status", ("pass", "fail"), None)
    items = [
        item
        for item in app.store.table("eval_output_items").values()
        if item["run_id"] == run_id and (status is None or item["status"] == status)
    ]
    return LocalResponse.json(200, cursor_page(ordered(items, request, default="asc"), request, with_ids=True))


def retrieve_output_item(
    app: "Context", request: LocalRequest, eval_id: str, run_id: str, output_item_id: str
) -> LocalResponse:
    _run(app, eval_id, run_id)
    item = get_or_404(
        app, "eval_output_items", output_item_id, "output item", "output_item_id", parent=("run_id", run_id)
    )
    return LocalResponse.json(200, item)


ROUTES: "list[Route]" = [
    ("POST", "/evals", create_eval),
    ("GET", "/evals", list_evals),
    ("GET", "/evals/{eval_id}", retrieve_eval),
    ("POST", "/evals/{eval_id}", update_eval),
    ("DELETE", "/evals/{eval_id}", delete_eval),
    ("POST", "/evals/{eval_id}/runs", create_run),
    ("GET", "/evals/{eval_id}/runs", list_runs),
    ("GET", "/evals/{eval_id}/runs/{run_id}", retrieve_run),
    ("POST", "/evals/{eval_id}/runs/{run_id}", cancel_run),
    ("DELETE", "/evals/{eval_id}/runs/{run_id}", delete_run),
    ("GET", "/evals/{eval_id}/runs/{run_id}/output_items", list_output_items),
    ("GET", "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}", retrieve_output_item),
]
