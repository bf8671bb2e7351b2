"""Fine-tuning jobs: a simulated lifecycle advanced by polls or by the clock, events, cancel."""

from __future__ import annotations

import json

import pytest

from openwire import BadRequestError, NotFoundError
from openwire.local import LocalAPI
from openwire.types.fine_tuning import FineTuningJob, FineTuningJobEvent

from .conftest import Api
from .strict import strict

TRAINING = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}\n' * 3


def training_file(api: Api, data: bytes = TRAINING) -> str:
    return str(api.call(lambda c: c.files.create(file=("train.jsonl", data), purpose="fine-tune")).id)


def test_each_retrieve_moves_one_stage(api: Api) -> None:
    api.app.lifecycle_step = 3600
    file_id = training_file(api)
    job = api.call(lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=file_id, suffix="demo"))
    assert (job.status, job.hyperparameters.n_epochs, job.fine_tuned_model) == ("validating_files", "auto", None)
    statuses = [api.call(lambda c: c.fine_tuning.jobs.retrieve(job.id)).status for _ in range(4)]
    assert statuses == ["queued", "running", "succeeded", "succeeded"]
    done = api.call(lambda c: c.fine_tuning.jobs.retrieve(job.id))
    assert done.fine_tuned_model == f"ft:gpt-4o-mini:openwire:demo:{job.id.rsplit('-', 1)[-1]}"
    assert done.hyperparameters.n_epochs == 3 and done.trained_tokens and done.result_files
    assert api.call(lambda c: c.models.retrieve(done.fine_tuned_model)).owned_by == "user-openwire-local"
    events = api.call(lambda c: c.fine_tuning.jobs.list_events(job.id, limit=50)).data
    assert events[0].message == "The job has successfully completed"
    assert events[-1].message == f"Created fine-tuning job: {job.id}"
    assert any(e.type == "metrics" for e in events)
    checkpoints = api.call(lambda c: c.fine_tuning.jobs.checkpoints.list(job.id)).data
    assert [cp.step_number for cp in checkpoints] == [3, 2, 1]


def test_the_clock_moves_jobs_too(api: Api) -> None:
    api.app.lifecycle_step = 10
    file_id = training_file(api)
    job = api.call(lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=file_id))
    api.app.clock.advance(25)
    assert api.call(lambda c: c.fine_tuning.jobs.list()).data[0].status == "running"
    api.app.clock.advance(10)
    assert api.call(lambda c: c.fine_tuning.jobs.retrieve(job.id)).status == "succeeded"


def test_invalid_training_data_fails_the_job(api: Api) -> None:
    file_id = training_file(api, b'{"prompt": "x"}\n')
    job = api.call(lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=file_id))
    failed = api.call(lambda c: c.fine_tuning.jobs.retrieve(job.id))
    assert failed.status == "failed" and failed.error.param == "training_file"


def test_cancel(api: Api) -> None:
    api.app.lifecycle_step = 3600
    file_id = training_file(api)
    job = api.call(lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=file_id))
    assert api.call(lambda c: c.fine_tuning.jobs.cancel(job.id)).status == "cancelled"
    with pytest.raises(BadRequestError):
        api.call(lambda c: c.fine_tuning.jobs.cancel(job.id))
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.fine_tuning.jobs.retrieve("ftjob-nope"))


def test_bad_requests_name_the_param(api: Api) -> None:
    with pytest.raises(NotFoundError) as missing_file:
        api.call(lambda c: c.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-nope"))
    assert missing_file.value.param == "training_file"
    with pytest.raises(BadRequestError) as bad_model:
        api.call(lambda c: c.fine_tuning.jobs.create(model="no-such-model", training_file="file-nope"))
    assert bad_model.value.param == "model"


def test_payloads_parse_strictly(app: LocalAPI) -> None:
    body = (
        b'--x\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="t.jsonl"\r\n\r\n'
        + TRAINING
        + b"\r\n--x--\r\n"
    )
    file_id = json.loads(
        app.handle("POST", "/v1/files", body, {"content-type": "multipart/form-data; boundary=x"}).body
    )["id"]  # type: ignore[arg-type]
    job = json.loads(
        app.handle(
            "POST", "/v1/fine_tuning/jobs", json.dumps({"model": "gpt-4o-mini", "training_file": file_id}).encode()
        ).body
    )  # type: ignore[arg-type]
    for _ in range(4):
        strict(FineTuningJob, app.handle("GET", f"/v1/fine_tuning/jobs/{job['id']}").body)
    events = json.loads(app.handle("GET", f"/v1/fine_tuning/jobs/{job['id']}/events").body)  # type: ignore[arg-type]
    for event in events["data"]:
        strict(FineTuningJobEvent, event)
