"""Error messages and exit codes: what went wrong, what to do, never a key."""

from __future__ import annotations

import httpx
import pytest

import openwire
from openwire import OpenAI
from openwire.cli import main
from openwire.cli.commands import chat
from openwire.cli.errors import EXIT_FAILED, EXIT_USAGE, UsageError, describe_error, redact

REQUEST = httpx.Request("POST", "https://api.example.com/v1/chat/completions")


def status_error(status: int, body: object, headers: "dict[str, str] | None" = None) -> openwire.APIStatusError:
    response = httpx.Response(status, request=REQUEST, headers=headers or {})
    return openwire.APIStatusError(f"Error code: {status}", response=response, body=body)


def test_http_errors_show_the_status_and_the_api_message() -> None:
    err = status_error(404, {"message": "The model 'x' does not exist", "code": "model_not_found"})
    assert describe_error(err) == ("Error 404: The model 'x' does not exist", EXIT_FAILED)


def test_the_request_id_is_shown_when_sent() -> None:
    err = status_error(500, {"message": "boom"}, {"x-request-id": "req_123"})
    assert describe_error(err)[0] == "Error 500: boom (request id req_123)"


def test_bodies_in_other_shapes_still_give_a_message() -> None:
    assert describe_error(status_error(400, {"detail": "bad field"}))[0] == "Error 400: bad field"
    assert describe_error(status_error(502, "<html>Bad gateway</html>"))[0] == "Error 502: <html>Bad gateway</html>"
    assert describe_error(status_error(503, None))[0] == "Error 503: Error code: 503"


def test_connection_errors_name_the_server() -> None:
    err = openwire.APIConnectionError(request=REQUEST)
    assert describe_error(err) == ("error: could not connect to https://api.example.com", EXIT_FAILED)
    assert (
        describe_error(openwire.APITimeoutError(REQUEST))[0]
        == "error: the request to https://api.example.com timed out"
    )


def test_usage_errors_exit_with_2() -> None:
    assert describe_error(UsageError("no API key")) == ("error: no API key", EXIT_USAGE)


def test_other_exceptions_are_not_described() -> None:
    assert describe_error(ValueError("x")) == ("", 0)


def test_secrets_are_redacted() -> None:
    assert redact("Incorrect API key provided: sk-abc123", ["sk-abc123", None]) == "Incorrect API key provided: ***"


def test_a_key_echoed_by_the_server_is_not_printed_even_with_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    key = "sk-echoed-by-a-careless-server"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"error": {"message": f"Incorrect API key provided: {key}."}})

    client = OpenAI(
        api_key=key, base_url="http://test/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    monkeypatch.setattr(chat, "make_client", lambda args: client)
    assert main(["--api-key", key, "--debug", "chat", "hi"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Traceback" in err and err.endswith("Error 401: Incorrect API key provided: ***.\n")
    assert key not in err
