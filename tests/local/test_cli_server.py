"""``openwire serve`` (and ``python -m openwire.local``, which runs it): the server as a process."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from typing import Iterator, List, Tuple

import httpx
import openai
import pytest

from openwire.local._emulations import REASONING_TEXT

SERVE = [sys.executable, "-m", "openwire", "serve"]
MODULE = [sys.executable, "-m", "openwire.local"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    def __init__(self, command: List[str]) -> None:
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.banner = self.process.stdout.readline()
        assert self.banner.startswith("openwire local API on http://127.0.0.1:"), self.banner + self.stop()[1]
        self.url = self.banner.split()[4]

    def stop(self) -> Tuple[str, str]:
        self.process.terminate()
        return self.process.communicate(timeout=10)


@pytest.fixture
def serve() -> Iterator["type[Served]"]:
    started: List[Served] = []

    class Tracked(Served):
        def __init__(self, command: List[str]) -> None:
            super().__init__(command)
            started.append(self)

    yield Tracked
    for served in started:
        if served.process.poll() is None:
            served.stop()


def _chat(url: str, model: str = "m") -> "openai.types.chat.ChatCompletionMessage":
    client = openai.OpenAI(api_key="x", base_url=url, max_retries=0)
    with client:
        return (
            client.chat.completions.create(model=model, messages=[{"role": "user", "content": "ping"}])
            .choices[0]
            .message
        )


def test_serves_until_terminated_and_frees_the_port(serve: "type[Served]") -> None:
    port = free_port()
    served = serve([*MODULE, "--port", str(port), "--api-key", "sk-right"])
    assert served.url == f"http://127.0.0.1:{port}/v1"
    client = openai.OpenAI(api_key="sk-right", base_url=served.url, max_retries=0)
    reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "ping"}])
    assert reply.choices[0].message.content == "You said: ping"
    wrong = httpx.get(f"{served.url}/models", headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_api_key"
    served.stop()
    assert served.process.returncode == 0
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        except OSError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the port is still open after the server stopped")


def test_provider_after_serve_emulates_it(serve: "type[Served]") -> None:
    served = serve([*SERVE, "--port", "0", "--provider", "qwen"])
    assert "emulating qwen" in served.banner
    body = httpx.post(
        f"{served.url}/chat/completions", json={"model": "m", "messages": [{"role": "user", "content": "x"}]}
    )
    assert body.json()["system_fingerprint"] is None  # DashScope sends null; OpenAI's shape has a value


def test_global_options_before_serve_apply_to_it(serve: "type[Served]") -> None:
    served = serve(
        [sys.executable, "-m", "openwire", "--provider", "deepseek", "--api-key", "x", "serve", "--port", "0"]
    )
    assert "emulating deepseek" in served.banner
    assert httpx.get(f"{served.url}/models", headers={"authorization": "Bearer nope"}).status_code == 401
    assert _chat(served.url, "deepseek-reasoner").model_extra == {"reasoning_content": REASONING_TEXT}


def test_provider_aliases_and_regions_map_to_the_emulation(serve: "type[Served]") -> None:
    served = serve([*SERVE, "--port", "0", "--provider", "dashscope:cn"])
    assert "emulating qwen" in served.banner
    served = serve([*SERVE, "--port", "0", "--provider", "azure"])
    assert "emulating" not in served.banner  # Azure OpenAI answers in OpenAI's shape


def test_unknown_provider_is_a_usage_error() -> None:
    done = subprocess.run([*SERVE, "--provider", "nope"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr.startswith("error: unknown --provider 'nope' for serve; known: ") and "bare" in done.stderr
    assert "Traceback" not in done.stderr


def test_module_entry_has_the_same_options() -> None:
    by_module = subprocess.run([*MODULE, "--help"], capture_output=True, text=True, timeout=30, check=True)
    by_command = subprocess.run([*SERVE, "--help"], capture_output=True, text=True, timeout=30, check=True)
    assert by_module.stdout == by_command.stdout
    for option in (
        "--host",
        "--port",
        "--api-key",
        "--webhook-url",
        "--webhook-secret",
        "--lifecycle-step",
        "--provider",
    ):
        assert option in by_module.stdout


def test_faults_and_replies_scripted_on_the_command_line(serve: "type[Served]") -> None:
    served = serve(
        [
            *SERVE,
            "--port",
            "0",
            "--fault",
            "path=/chat/completions,status=503,times=1",
            "--reply",
            "match=ping,text=pong, twice",
        ]
    )
    failed = httpx.post(f"{served.url}/chat/completions", json={"model": "m", "messages": []})
    assert failed.status_code == 503
    assert _chat(served.url).content == "pong, twice"
    origin = served.url[: -len("/v1")]
    assert httpx.get(f"{origin}/_local/faults").json()["data"][0]["hits"] == 1


def test_a_bad_spec_is_a_usage_error() -> None:
    done = subprocess.run([*SERVE, "--fault", "path=/models,status=often"], capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert done.stderr == "error: --fault 'path=/models,status=often': status='often' is not an integer\n"


def test_the_admin_api_takes_the_admin_key(serve: "type[Served]") -> None:
    served = serve([*SERVE, "--port", "0", "--api-key", "sk-user", "--admin-api-key", "sk-admin"])
    users = f"{served.url}/organization/users"
    assert httpx.get(users, headers={"authorization": "Bearer sk-admin"}).json()["object"] == "list"
    refused = httpx.get(users, headers={"authorization": "Bearer sk-user"})
    assert refused.status_code == 401 and "sk-user" not in refused.text
    assert httpx.get(f"{served.url}/models", headers={"authorization": "Bearer sk-user"}).status_code == 200


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the reference's websockets connect()
def test_serve_speaks_realtime_with_a_scripted_close(serve: "type[Served]") -> None:
    import websockets.exceptions

    served = serve([*SERVE, "--port", "0", "--fault", "path=/realtime,close_code=1011,close_after=2"])
    client = openai.OpenAI(api_key="x", base_url=served.url, max_retries=0)
    with client.realtime.connect(model="gpt-realtime") as connection:
        assert connection.recv().type == "session.created"
        connection.session.update(session={"type": "realtime", "instructions": "hi"})
        assert connection.recv().type == "session.updated"
        with pytest.raises(websockets.exceptions.ConnectionClosedError) as closed:
            connection.recv()
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1011
