"""Fault injection: rate limits with Retry-After, 5xx, stalls, cut streams, dropped connections."""

from __future__ import annotations

import time

import httpx
import pytest

from openwire import APIConnectionError, APITimeoutError, InternalServerError, RateLimitError
from openwire.local import LocalAPI

from .conftest import Api

USER = [{"role": "user", "content": "hi"}]


def test_rate_limit_then_success_is_retried(api: Api) -> None:
    fault = api.app.faults.add(path="/chat/completions", status=429, retry_after=0.01, times=1)
    client = api.client.with_options(max_retries=2)
    completion = api.call(lambda _: client.chat.completions.create(model="m", messages=USER))
    assert completion.choices[0].message.content == "You said: hi"
    assert fault.hits == 1 and len(api.app.requests) == 2


def test_rate_limit_error_carries_retry_after(api: Api) -> None:
    api.app.faults.add(path="/chat/completions", status=429, retry_after=2)
    with pytest.raises(RateLimitError) as caught:
        api.call(lambda c: c.chat.completions.create(model="m", messages=USER))
    assert caught.value.response.headers["retry-after"] == "2"
    assert caught.value.code == "rate_limit_exceeded"


def test_server_errors_forever_until_cleared(api: Api) -> None:
    api.app.faults.add(path="/models*", method="GET", status=500, times=None)
    for _ in range(2):
        with pytest.raises(InternalServerError):
            api.call(lambda c: c.models.list())
    assert api.call(lambda c: c.embeddings.create(model="m", input="x", encoding_format="float")).data
    api.app.faults.clear()
    assert api.call(lambda c: c.models.list()).data


def test_stall_delays_the_answer(api: Api) -> None:
    api.app.faults.add(path="/models", stall=0.2)
    started = time.monotonic()
    api.call(lambda c: c.models.list())
    assert time.monotonic() - started >= 0.2


def test_stall_past_the_timeout_is_a_timeout(api: Api) -> None:
    api.app.faults.add(path="/models", stall=1.0)
    with pytest.raises(APITimeoutError):
        api.call(lambda c: c.models.list(timeout=0.2))


def test_stream_cut_mid_way(api: Api) -> None:
    api.app.faults.add(path="/chat/completions", cut_after=2)
    with pytest.raises((APIConnectionError, httpx.RemoteProtocolError)):
        api.collect(lambda c: c.chat.completions.create(model="m", messages=USER, stream=True))


def test_stream_cut_in_process_raises_remote_protocol_error(app: LocalAPI) -> None:
    from openwire.local import local_http_client

    app.faults.add(path="/chat/completions", cut_after=1)
    with local_http_client(app) as http:
        with http.stream(
            "POST", "http://x/v1/chat/completions", json={"model": "m", "messages": USER, "stream": True}
        ) as response:
            chunks = []
            with pytest.raises(httpx.RemoteProtocolError):
                for chunk in response.iter_raw():
                    chunks.append(chunk)
    assert len(chunks) == 1 and chunks[0].startswith(b"data: ")


def test_cut_json_body_is_truncated(api: Api) -> None:
    api.app.faults.add(path="/models", cut_after=1)
    with pytest.raises((APIConnectionError, httpx.RemoteProtocolError)):
        api.call(lambda c: c.models.list())


def test_disconnect_without_a_response(api: Api) -> None:
    api.app.faults.add(path="/models", disconnect=True)
    with pytest.raises(APIConnectionError):
        api.call(lambda c: c.models.list())
    assert api.call(lambda c: c.models.list()).data


def test_scripted_per_request_in_order(app: LocalAPI) -> None:
    app.faults.add(path="/models", status=503, times=1)
    app.faults.add(path="/models", status=429, retry_after=0.5, times=1)
    statuses = [app.handle("GET", "/v1/models").status for _ in range(3)]
    assert statuses == [503, 429, 200]
    assert [r.path for r in app.requests] == ["/models"] * 3
