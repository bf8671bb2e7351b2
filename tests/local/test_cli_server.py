"""``python -m openwire.local``: the server as a process."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx
import openai


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serves_until_interrupted() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "openwire.local", "--port", str(port), "--api-key", "sk-right"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/v1" in banner
        client = openai.OpenAI(api_key="sk-right", base_url=f"http://127.0.0.1:{port}/v1", max_retries=0)
        assert (
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "ping"}])
            .choices[0]
            .message.content
            == "You said: ping"
        )
        wrong = httpx.get(f"http://127.0.0.1:{port}/v1/models", headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_api_key"
    finally:
        process.terminate()
        process.wait(timeout=10)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        except OSError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the port is still open after the server stopped")
