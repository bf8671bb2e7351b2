"""``OPENAI_LOG=debug`` / a DEBUG level logs at least what the reference logs (request options
and body, response headers, request id, the error behind a retry), never a credential; and
configuring the reference's logger name (``"openai"``) configures openwire's output too."""

from __future__ import annotations

import logging
from typing import Any, List

import openai
import pytest
from scripted_server import Reply, ScriptedServer, json_reply

import openwire

BODY = {"model": "g", "messages": [{"role": "user", "content": "hi there"}]}


def logged(server: ScriptedServer, sdk: Any, caplog: pytest.LogCaptureFixture) -> str:
    caplog.clear()
    server.queue(Reply(status=500, headers={"retry-after-ms": "1"}), json_reply({}, headers={"x-request-id": "req_9"}))
    with sdk.OpenAI(api_key="sk-very-secret", base_url=server.url, max_retries=1) as client:
        client.post("/chat/completions", cast_to=object, body=BODY, options={"headers": {"Authorization": "Bearer x"}})
    return "\n".join(
        record.getMessage() + (f"\n{record.exc_text}" if record.exc_text else "")
        for record in caplog.records
        if record.name.startswith(("openai", "openwire"))
    )


def test_debug_logs_what_the_reference_logs(server: ScriptedServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openai")  # the reference's name: configures openwire too
    theirs = logged(server, openai, caplog)
    mine = logged(server, openwire, caplog)
    facts: List[str] = ["'content': 'hi there'", "/chat/completions", "500", "req_9", "x-request-id", "Retrying"]
    for fact in facts:
        assert fact in theirs
        assert fact in mine, fact
    assert "sk-very-secret" not in mine and "Bearer x" not in mine


def test_the_error_behind_a_transport_retry_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openwire")
    client = openwire.OpenAI(api_key="sk", base_url="http://127.0.0.1:9/v1", max_retries=1)
    with pytest.raises(openwire.APIConnectionError):
        client.models.list()
    errors = [r for r in caplog.records if r.name == "openwire" and r.exc_info]
    assert errors and "ConnectError" in errors[0].getMessage()


def test_configuring_openai_logger_applies_to_openwire() -> None:
    assert logging.getLogger("openwire").parent is logging.getLogger("openai")
