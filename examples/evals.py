"""Evals: grade answers with a string check, run it on inline JSONL items, read the results.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process);
with a key it calls the real API (set OPENAI_BASE_URL for another compatible server).
"""

from __future__ import annotations

import os
import sys
import time
from typing import List

from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client
from openwire.types.evals import CreateEvalJSONLRunDataSourceParam
from openwire.types.evals.create_eval_jsonl_run_data_source_param import SourceFileContentContent

# Each item is a question with its expected answer; each sample is what a model answered
# (graded as given: a `jsonl` run does not call a model).
ROWS = [
    ("What is the capital of France?", "Paris", "The capital is Paris."),
    ("How many legs does a spider have?", "8", "Spiders have eight legs."),
    ("Which planet is known as the red planet?", "Mars", "Mars."),
]


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def main() -> int:
    online = bool(os.environ.get("OPENAI_API_KEY"))
    with make_client() as client:
        evaluation = client.evals.create(
            name="capitals and counts",
            data_source_config={
                "type": "custom",
                "item_schema": {
                    "type": "object",
                    "properties": {"question": {"type": "string"}, "answer": {"type": "string"}},
                    "required": ["question", "answer"],
                },
                "include_sample_schema": True,
            },
            testing_criteria=[
                {
                    "type": "string_check",
                    "name": "mentions the answer",
                    "input": "{{ sample.output_text }}",
                    "reference": "{{ item.answer }}",
                    "operation": "ilike",  # contains, ignoring case
                }
            ],
        )
        print(f"eval: {evaluation.id} ({evaluation.name})")

        content: List[SourceFileContentContent] = [
            {"item": {"question": question, "answer": answer}, "sample": {"output_text": said}}
            for question, answer, said in ROWS
        ]
        data_source: CreateEvalJSONLRunDataSourceParam = {
            "type": "jsonl",
            "source": {"type": "file_content", "content": content},
        }
        created = client.evals.runs.create(evaluation.id, name="inline items", data_source=data_source)
        statuses = [created.status]
        run = client.evals.runs.retrieve(created.id, eval_id=evaluation.id)
        while True:
            if run.status != statuses[-1]:
                statuses.append(run.status)
            if run.status not in ("queued", "in_progress"):
                break
            time.sleep(2.0 if online else 0.05)
            run = client.evals.runs.retrieve(run.id, eval_id=evaluation.id)
        print("run status:", " -> ".join(statuses))

        counts = run.result_counts
        print(f"passed {counts.passed} of {counts.total} (failed {counts.failed}, errored {counts.errored})")
        for item in client.evals.runs.output_items.list(run.id, eval_id=evaluation.id):
            question = item.datasource_item.get("question")
            print(f"  {item.status}: {question}")

        client.evals.delete(evaluation.id)
        print("deleted eval:", evaluation.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
