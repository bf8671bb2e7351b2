"""``/fine_tuning/jobs``: a simulated job, ``validating_files -> queued -> running -> succeeded``.

The job moves a stage per ``retrieve`` or per ``app.lifecycle_step`` seconds, writing events
as it goes. On success it creates the fine-tuned model (listed by ``/models``), a result file,
checkpoints, and sends the ``fine_tuning.job.succeeded`` webhook. A training file whose lines
have no ``messages`` (supervised) fails validation instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional

from .._pages import cursor_page, ordered
from .._params import as_object, invalid, optional_int, optional_str, required_str
from .._state import Lifecycle
from .._wire import APIFailure, LocalRequest, LocalResponse
from .files import add_file, file_or_404, jsonl_lines
from .model_catalog import add_model

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

STAGES = ("validating_files", "queued", "running", "succeeded")
TERMINAL = ("succeeded", "failed", "cancelled")
RESOLVED = {"batch_size": 1, "learning_rate_multiplier": 1.0, "n_epochs": 3}


def _event(app: "Context", job: Dict[str, Any], message: str, *, data: Optional[Dict[str, Any]] = None) -> None:
    kind = "metrics" if data else "message"
    event = {
        "object": "fine_tuning.job.event",
        "id": app.ids.new("ftevent"),
        "created_at": app.clock.seconds(),
        "level": "info",
        "message": message,
        "data": data or {},
        "type": kind,
    }
    app.store.fine_tuning_events.setdefault(job["id"], []).append(event)


def _hyperparameters(payload: Dict[str, Any]) -> Dict[str, Any]:
    method = payload.get("method") or {}
    nested = (
        (method.get(method.get("type", "supervised")) or {}).get("hyperparameters")
        if isinstance(method, dict)
        else None
    )
    given = nested or payload.get("hyperparameters") or {}
    return {name: as_object(given, "hyperparameters").get(name, "auto") for name in RESOLVED}


def create_job(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    model = required_str(payload, "model")
    if model not in app.store.models:
        raise invalid(
            "model", f"Model {model} is not available for fine-tuning or does not exist.", "model_not_available"
        )
    training = file_or_404(app, required_str(payload, "training_file"), "training_file")
    if training["purpose"] != "fine-tune":
        raise invalid(
            "training_file",
            f"File {training['id']} has purpose '{training['purpose']}', expected 'fine-tune'.",
            "invalid_file_purpose",
        )
    validation_id = optional_str(payload, "validation_file")
    if validation_id is not None:
        file_or_404(app, validation_id, "validation_file")
    suffix = optional_str(payload, "suffix")
    if suffix is not None and len(suffix) > 64:
        raise invalid("suffix", "'suffix' must be at most 64 characters.", "string_above_max_length")
    hyperparameters = _hyperparameters(payload)
    method_type = (payload.get("method") or {}).get("type", "supervised")
    now = app.clock.now()
    job: Dict[str, Any] = {
        "object": "fine_tuning.job",
        "id": app.ids.new("ftjob"),
        "model": model,
        "created_at": int(now),
        "finished_at": None,
        "fine_tuned_model": None,
        "organization_id": "org-openwire-local",
        "result_files": [],
        "status": "validating_files",
        "validation_file": validation_id,
        "training_file": training["id"],
        "hyperparameters": hyperparameters,
        "method": {"type": method_type, method_type: {"hyperparameters": hyperparameters}},
        "trained_tokens": None,
        "error": None,
        "estimated_finish": None,
        "integrations": payload.get("integrations") or [],
        "seed": optional_int(payload, "seed", 42),
        "metadata": payload.get("metadata"),
        "user_provided_suffix": suffix,
    }
    with app.store.lock:
        app.store.fine_tuning_jobs[job["id"]] = job
        app.store.lifecycles[job["id"]] = Lifecycle(STAGES, now, app.lifecycle_step)
    _event(app, job, f"Created fine-tuning job: {job['id']}")
    _event(app, job, f"Validating training file: {training['id']}")
    return LocalResponse.json(200, job)


def _advance(app: "Context", job_id: str, *, poll: bool) -> Dict[str, Any]:
    job = app.store.fine_tuning_jobs.get(job_id)
    if job is None:
        raise APIFailure(
            404, f"Could not find fine-tune: {job_id}", param="fine_tuning_job_id", code="fine_tune_not_found"
        )
    with app.store.lock:
        if job["status"] in TERMINAL:
            return job
        lifecycle = app.store.lifecycles[job_id]
        if poll:
            lifecycle.poll()
        target = lifecycle.stage(app.clock.now())
        for stage in STAGES[STAGES.index(job["status"]) + 1 : target + 1]:
            _enter(app, job, stage)
            if job["status"] in TERMINAL:
                break
    return job


def _training_problem(app: "Context", job: Dict[str, Any]) -> Optional[str]:
    if job["method"]["type"] != "supervised":
        return None
    lines = jsonl_lines(app.store.file_contents.get(job["training_file"], b""), "training_file")
    for number, line in enumerate(lines, start=1):
        if not isinstance(line.get("messages"), list):
            return f"Line {number} of the training file has no 'messages' array."
    return None


def _enter(app: "Context", job: Dict[str, Any], stage: str) -> None:
    if stage == "queued":
        problem = _training_problem(app, job)
        if problem is not None:
            job.update(status="failed", finished_at=app.clock.seconds())
            job["error"] = {"code": "invalid_training_file", "message": problem, "param": "training_file"}
            _event(app, job, f"Training file validation failed: {problem}")
            app.webhooks.emit("fine_tuning.job.failed", job["id"])
            return
        job["status"] = "queued"
        _event(app, job, "Files validated, moving job to queued state")
    elif stage == "running":
        job["hyperparameters"] = {
            name: RESOLVED[name] if value == "auto" else value for name, value in job["hyperparameters"].items()
        }
        job["method"][job["method"]["type"]]["hyperparameters"] = job["hyperparameters"]
        job.update(status="running", estimated_finish=app.clock.seconds() + 60)
        _event(app, job, "Fine-tuning job started")
        for step in (1, 2, 3):
            metrics = {
                "step": step,
                "train_loss": round(1.5 / step, 4),
                "total_steps": 3,
                "train_mean_token_accuracy": 0.5 + step / 10,
            }
            _event(app, job, f"Step {step}/3: training loss={metrics['train_loss']}", data=metrics)
    elif stage == "succeeded":
        _succeed(app, job)


def _succeed(app: "Context", job: Dict[str, Any]) -> None:
    tail = job["id"].rsplit("-", 1)[-1]
    name = f"ft:{job['model']}:openwire:{job['user_provided_suffix'] or ''}:{tail}"
    result = add_file(app, "step_metrics.csv", "fine-tune-results", b"step,train_loss\n1,1.5\n2,0.75\n3,0.5\n")
    now = app.clock.seconds()
    lines = jsonl_lines(app.store.file_contents.get(job["training_file"], b""), "training_file")
    job.update(
        status="succeeded", finished_at=now, fine_tuned_model=name, result_files=[result["id"]], estimated_finish=None
    )
    job["trained_tokens"] = 100 * max(len(lines), 1) * job["hyperparameters"]["n_epochs"]
    add_model(app, name, "user-openwire-local", now)
    _event(app, job, f"New fine-tuned model created: {name}")
    _event(app, job, "The job has successfully completed")
    app.webhooks.emit("fine_tuning.job.succeeded", job["id"])


def _public(job: Dict[str, Any]) -> Dict[str, Any]:
    return {key: value for key, value in job.items() if key != "user_provided_suffix"}


def retrieve_job(app: "Context", request: LocalRequest, fine_tuning_job_id: str) -> LocalResponse:
    return LocalResponse.json(200, _public(_advance(app, fine_tuning_job_id, poll=True)))


def list_jobs(app: "Context", request: LocalRequest) -> LocalResponse:
    jobs = [_public(_advance(app, job_id, poll=False)) for job_id in list(app.store.fine_tuning_jobs)]
    return LocalResponse.json(200, cursor_page(ordered(jobs, request, default="desc"), request))


def cancel_job(app: "Context", request: LocalRequest, fine_tuning_job_id: str) -> LocalResponse:
    job = _advance(app, fine_tuning_job_id, poll=False)
    if job["status"] in TERMINAL:
        raise APIFailure(
            400, f"Job has already {job['status']}: {job['id']}", param="fine_tuning_job_id", code="job_not_cancellable"
        )
    job.update(status="cancelled", finished_at=app.clock.seconds())
    _event(app, job, "Fine-tuning job cancelled")
    app.webhooks.emit("fine_tuning.job.cancelled", job["id"])
    return LocalResponse.json(200, _public(job))


def list_events(app: "Context", request: LocalRequest, fine_tuning_job_id: str) -> LocalResponse:
    _advance(app, fine_tuning_job_id, poll=False)
    events: List[Dict[str, Any]] = list(reversed(app.store.fine_tuning_events.get(fine_tuning_job_id, [])))
    return LocalResponse.json(200, cursor_page(events, request))


def list_checkpoints(app: "Context", request: LocalRequest, fine_tuning_job_id: str) -> LocalResponse:
    job = _advance(app, fine_tuning_job_id, poll=False)
    checkpoints = []
    if job["status"] == "succeeded":
        for step in (3, 2, 1):
            checkpoints.append(
                {
                    "object": "fine_tuning.job.checkpoint",
                    "id": f"ftckpt_{job['id'].rsplit('-', 1)[-1]}_{step}",
                    "created_at": job["finished_at"],
                    "fine_tuned_model_checkpoint": f"{job['fine_tuned_model']}:ckpt-step-{step}",
                    "step_number": step,
                    "metrics": {"step": float(step), "train_loss": round(1.5 / step, 4)},
                    "fine_tuning_job_id": job["id"],
                }
            )
    return LocalResponse.json(200, cursor_page(checkpoints, request, default_limit=10, with_ids=True))


ROUTES: "list[Route]" = [
    ("POST", "/fine_tuning/jobs", create_job),
    ("GET", "/fine_tuning/jobs", list_jobs),
    ("GET", "/fine_tuning/jobs/{fine_tuning_job_id}", retrieve_job),
    ("POST", "/fine_tuning/jobs/{fine_tuning_job_id}/cancel", cancel_job),
    ("GET", "/fine_tuning/jobs/{fine_tuning_job_id}/events", list_events),
    ("GET", "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints", list_checkpoints),
]
