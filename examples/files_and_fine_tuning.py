"""Files and fine-tuning: upload a JSONL training file, start a job, follow it, clean up.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process), whose
jobs go through a simulated lifecycle in a few seconds. With a key it uploads and deletes the
file on the real API, but only starts a (paid) job when OPENWIRE_EXAMPLE_FINE_TUNE=1.
"""

from __future__ import annotations

import json
import os
import sys
import time

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client
from openwire.types.fine_tuning import FineTuningJob

BASE_MODEL = "gpt-4o-mini"
TERMINAL = ("succeeded", "failed", "cancelled")


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def training_data() -> bytes:
    """Ten chat examples (the API's minimum), one JSON object per line."""
    lines = []
    for number in range(1, 11):
        messages = [
            {"role": "system", "content": "You answer with the number doubled."},
            {"role": "user", "content": str(number)},
            {"role": "assistant", "content": str(number * 2)},
        ]
        lines.append(json.dumps({"messages": messages}))
    return ("\n".join(lines) + "\n").encode()


def follow(client: OpenAI, job: FineTuningJob, *, offline: bool) -> FineTuningJob:
    """Poll until the job ends (offline) or for a short while (real jobs take minutes or more)."""
    interval, deadline = (0.2, time.monotonic() + 10) if offline else (5.0, time.monotonic() + 30)
    seen = [job.status]
    while job.status not in TERMINAL and time.monotonic() < deadline:
        time.sleep(interval)
        job = client.fine_tuning.jobs.retrieve(job.id)
        if job.status != seen[-1]:
            seen.append(job.status)
    print("job status:", " -> ".join(seen))
    return job


def tour(client: OpenAI, *, offline: bool) -> None:
    uploaded = client.files.create(file=("doubling.jsonl", training_data()), purpose="fine-tune")
    print(f"uploaded: {uploaded.filename} as {uploaded.id} ({uploaded.bytes} bytes, purpose {uploaded.purpose})")
    try:
        listed = [item.id for item in client.files.list(purpose="fine-tune")]
        print("listed:", uploaded.id in listed)
        content = client.files.content(uploaded.id).read()
        print(f"content: {len(content.splitlines())} lines, same bytes: {content == training_data()}")

        if not offline and os.environ.get("OPENWIRE_EXAMPLE_FINE_TUNE") != "1":
            print("note: set OPENWIRE_EXAMPLE_FINE_TUNE=1 to start a (paid) fine-tuning job")
            return
        job = client.fine_tuning.jobs.create(model=BASE_MODEL, training_file=uploaded.id, suffix="doubler")
        print(f"job: {job.id} on {job.model}")
        job = follow(client, job, offline=offline)
        for event in client.fine_tuning.jobs.list_events(job.id, limit=3).data:  # the latest, first page only
            print(f"  event [{event.level}] {event.message}")
        if job.status == "succeeded":
            print("fine-tuned model:", job.fine_tuned_model)
        elif job.status not in TERMINAL:
            client.fine_tuning.jobs.cancel(job.id)
            print("cancelled:", job.id)
    finally:
        deleted = client.files.delete(uploaded.id)
        print("deleted file:", deleted.id, deleted.deleted)


def main() -> int:
    offline = not os.environ.get("OPENAI_API_KEY")
    with make_client() as client:
        try:
            tour(client, offline=offline)
        except openwire.NotFoundError as err:
            if err.code != "unknown_url":
                raise
            path = f"{err.request.method} {err.request.url.path}"
            print(f"note: this server has no files or fine-tuning endpoints yet (404 for {path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
