"""THE KEY CHECK: the reference SDK (``openai`` 2.54.0) over a real socket runs every endpoint.

The same script then runs through openwire's clients (over the socket and in-process, sync
and async); the deterministic parts of every answer must be equal.
"""

from __future__ import annotations

from typing import Any, Dict

import anyio.from_thread
import httpx
import openai
import pytest

import openwire
from openwire.local import LOCAL_BASE_URL, LocalAPI, LocalServer, local_async_http_client, local_http_client

from .reference_smoke import Blocking, smoke

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def fresh_api() -> LocalAPI:
    # Background responses must still be queued when cancelled; jobs and batches move per poll.
    return LocalAPI(lifecycle_step=3600)


def run_sync(make: Any) -> Dict[str, Any]:
    app = fresh_api()
    with LocalServer(app=app) as server:
        with make(app, server.url) as client:
            return smoke(client)


def run_async(make: Any) -> Dict[str, Any]:
    app = fresh_api()
    with LocalServer(app=app) as server, anyio.from_thread.start_blocking_portal("asyncio") as portal:
        client = make(app, server.url)
        try:
            return smoke(Blocking(client, portal))
        finally:
            portal.call(client.close)


@pytest.fixture(scope="module")
def reference() -> Dict[str, Any]:
    return run_sync(lambda app, url: openai.OpenAI(api_key="sk-local", base_url=url, max_retries=0))


def test_reference_sdk_smoke_over_a_socket(reference: Dict[str, Any]) -> None:
    assert reference["chat"][0] == "You said: Say hello"
    assert reference["chat_stream"][0] == "You said: Say hello"
    assert reference["tool_call"] == ("get_weather", '{"city": "city"}')
    assert reference["chat_parse"] == {
        "steps": [{"explanation": "explanation", "output": "output"}],
        "final_answer": "final_answer",
    }
    assert reference["responses"][:2] == ("You said: Hi there", "completed")
    assert (
        reference["responses_stream"][0][0] == "response.created"
        and reference["responses_stream"][0][-1] == "response.completed"
    )
    assert reference["responses_cancel"] == ("queued", "cancelled")
    assert len(reference["embeddings"][0]) == 16 and reference["embeddings"][1] == reference["embeddings"][2]
    assert reference["images"][:2] == (b"\x89PNG\r\n\x1a\n", True)
    assert reference["speech"]["flac"] == b"fLaC" and reference["speech"]["opus"] == b"OggS"
    assert reference["transcription"] == "Testing one two."
    assert reference["transcription_formats"][1].startswith("1\n00:00:00,000 --> 00:00:01,000\n")
    assert reference["files_pages"] == (["t2.jsonl", "t1.jsonl"], True, ["t0.jsonl"], False)
    assert reference["fine_tuning"][0] == ["validating_files", "queued", "running", "succeeded"]
    assert reference["moderations"] == [(True, True), (False, False)]
    assert reference["batch"] == (
        ["validating", "in_progress", "finalizing", "completed"],
        2,
        ["You said: q0", "You said: q1"],
        ["completed"],
    )


def test_reference_async_client_matches(reference: Dict[str, Any]) -> None:
    assert run_async(lambda app, url: openai.AsyncOpenAI(api_key="sk-local", base_url=url, max_retries=0)) == reference


def test_openwire_over_a_socket_matches(reference: Dict[str, Any]) -> None:
    assert run_sync(lambda app, url: openwire.OpenAI(api_key="sk-local", base_url=url, max_retries=0)) == reference


def test_openwire_in_process_matches(reference: Dict[str, Any]) -> None:
    def make(app: LocalAPI, url: str) -> openwire.OpenAI:
        return openwire.OpenAI(
            api_key="sk-local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app), max_retries=0
        )

    assert run_sync(make) == reference


def test_openwire_async_in_process_matches(reference: Dict[str, Any]) -> None:
    def make(app: LocalAPI, url: str) -> openwire.AsyncOpenAI:
        return openwire.AsyncOpenAI(
            api_key="sk-local", base_url=LOCAL_BASE_URL, http_client=local_async_http_client(app), max_retries=0
        )

    assert run_async(make) == reference


def test_reference_sdk_sees_the_faults_as_network_failures() -> None:
    app = fresh_api()
    with LocalServer(app=app) as server:
        client = openai.OpenAI(api_key="sk-local", base_url=server.url, max_retries=1)
        fault = app.faults.add(path="/models", status=429, retry_after=0.01)
        assert client.models.list().data and fault.hits == 1
        app.faults.add(path="/models", status=500, times=None)
        with pytest.raises(openai.InternalServerError):
            client.models.list()
        app.faults.clear()
        app.faults.add(path="/models", stall=2.0)
        with pytest.raises(openai.APITimeoutError):
            client.with_options(max_retries=0).models.list(timeout=0.2)
        app.faults.add(path="/chat/completions", cut_after=2)
        stream = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True)
        with pytest.raises((openai.APIConnectionError, httpx.RemoteProtocolError)):
            list(stream)
