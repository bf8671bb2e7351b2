"""Evals: CRUD, runs graded from their data source's items, output items, cancel and delete."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest

from openwire import BadRequestError, ConflictError, NotFoundError
from openwire.types import EvalCreateResponse

from .conftest import Api
from .strict import strict

EXACT: Dict[str, Any] = {
    "type": "string_check",
    "name": "exact",
    "input": "{{ sample.output_text }}",
    "reference": "{{ item.answer }}",
    "operation": "eq",
}
CONTAINS: Dict[str, Any] = {**EXACT, "name": "contains", "operation": "ilike"}


def make_eval(api: Api, *criteria: Dict[str, Any]) -> Any:
    config = {"type": "custom", "item_schema": {"type": "object"}, "include_sample_schema": True}
    return api.call(lambda c: c.evals.create(name="qa", data_source_config=config, testing_criteria=list(criteria)))


def rows(*pairs: "tuple[str, str]") -> Dict[str, Any]:
    content = [{"item": {"answer": answer}, "sample": {"output_text": said}} for answer, said in pairs]
    return {"type": "jsonl", "source": {"type": "file_content", "content": content}}


def finish(api: Api, eval_id: str, run: Any) -> Any:
    statuses: List[str] = [run.status]
    while run.status not in ("completed", "failed", "canceled"):
        run = api.call(lambda c, run_id=run.id: c.evals.runs.retrieve(run_id, eval_id=eval_id))
        statuses.append(run.status)
    assert statuses[0] == "queued"
    return run


def test_run_counts_passes_from_inline_items(api: Api) -> None:
    api.app.lifecycle_step = 3600
    created = make_eval(api, EXACT, CONTAINS)
    strict(EvalCreateResponse, created.model_dump(mode="json", by_alias=True))
    data = rows(("Paris", "Paris"), ("4", "5"), ("Blue", "it is blue"))
    run = api.call(lambda c: c.evals.runs.create(created.id, name="first", data_source=data))
    run = finish(api, created.id, run)
    counts = run.result_counts
    assert (counts.total, counts.passed, counts.failed, counts.errored) == (3, 1, 2, 0)
    by_name = {r.testing_criteria: (r.passed, r.failed) for r in run.per_testing_criteria_results}
    assert by_name == {"exact": (1, 2), "contains": (2, 1)}

    items = api.call(lambda c: c.evals.runs.output_items.list(run.id, eval_id=created.id)).data
    assert [(i.datasource_item_id, i.status) for i in items] == [(0, "pass"), (1, "fail"), (2, "fail")]
    assert [r.passed for r in items[2].results] == [False, True]
    failed = api.call(lambda c: c.evals.runs.output_items.list(run.id, eval_id=created.id, status="fail")).data
    assert len(failed) == 2
    one = api.call(lambda c: c.evals.runs.output_items.retrieve(items[0].id, eval_id=created.id, run_id=run.id))
    assert one.datasource_item == {"answer": "Paris"} and one.sample.output[0].content == "Paris"


def test_completions_runs_sample_the_local_model(api: Api) -> None:
    created = make_eval(api, {**EXACT, "reference": "You said: {{ item.question }}"})
    data = {
        "type": "completions",
        "model": "gpt-4o-mini",
        "input_messages": {"type": "template", "template": [{"role": "user", "content": "{{ item.question }}"}]},
        "source": {"type": "file_content", "content": [{"item": {"question": "hi"}}, {"item": {"question": "yo"}}]},
    }
    run = finish(api, created.id, api.call(lambda c: c.evals.runs.create(created.id, data_source=data)))
    assert (run.result_counts.passed, run.per_model_usage[0].invocation_count) == (2, 2)
    item = api.call(lambda c: c.evals.runs.output_items.list(run.id, eval_id=created.id)).data[0]
    assert item.sample.input[0].content == "hi" and item.sample.output[0].content == "You said: hi"


def test_graders_the_server_cannot_run_count_as_errored(api: Api) -> None:
    python = {"type": "python", "name": "py", "source": "def grade(s, i): return 1"}
    created = make_eval(api, python)
    run = finish(api, created.id, api.call(lambda c: c.evals.runs.create(created.id, data_source=rows(("a", "a")))))
    assert (run.result_counts.errored, run.result_counts.passed) == (1, 0)


def test_crud_cancel_and_errors(api: Api) -> None:
    api.app.lifecycle_step = 3600
    created = make_eval(api, EXACT)
    assert api.call(lambda c: c.evals.update(created.id, name="renamed", metadata={"k": "v"})).name == "renamed"
    assert api.call(lambda c: c.evals.retrieve(created.id)).metadata == {"k": "v"}
    assert [e.id for e in api.call(lambda c: c.evals.list()).data] == [created.id]
    run = api.call(lambda c: c.evals.runs.create(created.id, data_source=rows(("a", "a"))))
    assert api.call(lambda c: c.evals.runs.cancel(run.id, eval_id=created.id)).status == "canceled"
    with pytest.raises(ConflictError):
        api.call(lambda c: c.evals.runs.cancel(run.id, eval_id=created.id))
    assert [r.id for r in api.call(lambda c: c.evals.runs.list(created.id, status="canceled")).data] == [run.id]
    assert api.call(lambda c: c.evals.runs.delete(run.id, eval_id=created.id)).run_id == run.id
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.evals.runs.retrieve(run.id, eval_id=created.id))
    with pytest.raises(NotFoundError):
        api.call(
            lambda c: c.evals.runs.create(
                created.id, data_source={"type": "jsonl", "source": {"type": "file_id", "id": "file-x"}}
            )
        )
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.evals.create(data_source_config={"type": "custom"}, testing_criteria=[EXACT]))
    assert caught.value.param == "data_source_config.item_schema"
    assert api.call(lambda c: c.evals.delete(created.id)).deleted is True
    with pytest.raises(NotFoundError):
        api.call(lambda c: c.evals.retrieve(created.id))


def test_finished_and_canceled_runs_send_their_webhooks(api: Api) -> None:
    from openwire import OpenAI

    secret = "whsec_" + "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="
    received: List[Any] = []
    api.app.webhooks.configure(lambda headers, body: received.append((headers, body)), secret)
    created = make_eval(api, EXACT)
    done = finish(api, created.id, api.call(lambda c: c.evals.runs.create(created.id, data_source=rows(("a", "a")))))
    api.app.lifecycle_step = 3600
    canceled = api.call(lambda c: c.evals.runs.create(created.id, data_source=rows(("a", "a"))))
    api.call(lambda c: c.evals.runs.cancel(canceled.id, eval_id=created.id))
    api.app.webhooks.wait(2)
    unwrap = OpenAI(api_key="x", webhook_secret=secret).webhooks.unwrap
    events = [unwrap(body.decode(), headers) for headers, body in received]
    assert [(e.type, e.data.id) for e in events] == [
        ("eval.run.succeeded", done.id),
        ("eval.run.canceled", canceled.id),
    ]
