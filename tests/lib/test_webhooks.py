"""``client.webhooks.verify_signature`` / ``unwrap`` (Standard Webhooks), sync and async, and the
same verdicts as the reference (``openai`` 2.54.0, black box) for every kind of delivery."""

from __future__ import annotations

import base64
import hashlib
import hmac
import inspect
import json
import time
from typing import Any, Dict, Optional, Tuple, Union

import httpx
import openai
import pytest

import openwire
from openwire import InvalidWebhookSignatureError
from openwire.lib import webhooks as webhooks_module
from openwire.lib.webhooks import signing_key, verify_signature

NOW = 1_700_000_000
KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
BODY = json.dumps(
    {"id": "evt_1", "object": "event", "created_at": NOW, "type": "batch.completed", "data": {"id": "batch_1"}}
)


def sign(body: Union[str, bytes], *, msg_id: str = "msg_1", timestamp: object = NOW, key: bytes = KEY) -> str:
    raw = body.encode() if isinstance(body, str) else body
    digest = hmac.new(key, f"{msg_id}.{timestamp}.".encode() + raw, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers_for(
    body: Union[str, bytes], *, msg_id: str = "msg_1", timestamp: object = NOW, key: bytes = KEY
) -> Dict[str, str]:
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(body, msg_id=msg_id, timestamp=timestamp, key=key),
    }


@pytest.fixture(autouse=True)
def frozen_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both SDKs read the clock through time.time; a fraction of a second must not matter.
    monkeypatch.setattr(time, "time", lambda: NOW + 0.7)
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)


@pytest.fixture(params=["sync", "async"])
def client(request: pytest.FixtureRequest) -> Any:
    if request.param == "sync":
        return openwire.OpenAI(api_key="k", webhook_secret=SECRET)
    return openwire.AsyncOpenAI(api_key="k", webhook_secret=SECRET)


# -- the pure check ---------------------------------------------------------------------------


def test_a_signed_delivery_verifies_as_str_and_as_bytes() -> None:
    verify_signature(BODY, headers_for(BODY), secret=SECRET)
    verify_signature(BODY.encode(), headers_for(BODY), secret=SECRET)


def test_headers_are_found_whatever_their_case() -> None:
    mixed = {name.title(): value for name, value in headers_for(BODY).items()}
    verify_signature(BODY, mixed, secret=SECRET)
    verify_signature(BODY, httpx.Headers({k.upper(): v for k, v in headers_for(BODY).items()}), secret=SECRET)


def test_any_of_several_signatures_may_match() -> None:
    headers = headers_for(BODY)
    other = sign(BODY, key=b"an older secret")
    headers["webhook-signature"] = f"v1,bm90IGl0 {other} {headers['webhook-signature']}"
    verify_signature(BODY, headers, secret=SECRET)


@pytest.mark.parametrize(
    "change",
    ["body", "id", "timestamp_in_signature", "version", "base64url", "empty"],
)
def test_a_tampered_delivery_is_rejected(change: str) -> None:
    body, headers = BODY, headers_for(BODY)
    if change == "body":
        body = BODY.replace("batch_1", "batch_2")
    elif change == "id":
        headers["webhook-id"] = "msg_2"
    elif change == "timestamp_in_signature":
        headers["webhook-signature"] = sign(BODY, timestamp=NOW - 1)
    elif change == "version":
        headers["webhook-signature"] = headers["webhook-signature"].replace("v1,", "v2,")
    elif change == "base64url":
        headers["webhook-signature"] = sign(BODY).replace("+", "-").replace("/", "_") + "-"
    else:
        headers["webhook-signature"] = ""
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        verify_signature(body, headers, secret=SECRET)


def test_the_wrong_secret_is_rejected() -> None:
    wrong = "whsec_" + base64.b64encode(b"another secret").decode()
    with pytest.raises(InvalidWebhookSignatureError, match="does not match"):
        verify_signature(BODY, headers_for(BODY), secret=wrong)


@pytest.mark.parametrize(
    "offset, error",
    [(-301, "too old"), (-300, None), (0, None), (300, None), (301, "too new")],
)
def test_timestamps_outside_the_tolerance_are_rejected(offset: int, error: Optional[str]) -> None:
    headers = headers_for(BODY, timestamp=NOW + offset)
    if error is None:
        verify_signature(BODY, headers, secret=SECRET)
    else:
        with pytest.raises(InvalidWebhookSignatureError, match=error):
            verify_signature(BODY, headers, secret=SECRET)


def test_the_tolerance_can_be_narrowed() -> None:
    headers = headers_for(BODY, timestamp=NOW - 20)
    verify_signature(BODY, headers, secret=SECRET)
    with pytest.raises(InvalidWebhookSignatureError, match="too old"):
        verify_signature(BODY, headers, secret=SECRET, tolerance=10)


@pytest.mark.parametrize("timestamp", ["abc", "", "1700000000.5"])
def test_a_malformed_timestamp_is_rejected(timestamp: str) -> None:
    with pytest.raises(InvalidWebhookSignatureError, match="Invalid webhook timestamp format"):
        verify_signature(BODY, headers_for(BODY, timestamp=timestamp), secret=SECRET)


@pytest.mark.parametrize("header", ["webhook-id", "webhook-timestamp", "webhook-signature"])
def test_a_missing_header_is_named(header: str) -> None:
    headers = headers_for(BODY)
    del headers[header]
    with pytest.raises(InvalidWebhookSignatureError, match=f"Could not find {header} header"):
        verify_signature(BODY, headers, secret=SECRET)


def test_signature_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        verify_signature(BODY, {}, secret=SECRET)


def test_a_raw_secret_is_used_as_bytes() -> None:
    verify_signature(BODY, headers_for(BODY, key=b"plain secret"), secret="plain secret")


def test_a_whsec_secret_may_leave_out_base64_padding() -> None:
    assert signing_key("whsec_YWI") == b"ab"
    assert signing_key(SECRET) == KEY


@pytest.mark.parametrize("secret", ["", "whsec_!!not base64"])
def test_an_unusable_secret_is_a_value_error_not_a_signature_error(secret: str) -> None:
    with pytest.raises(ValueError) as info:
        verify_signature(BODY, headers_for(BODY), secret=secret)
    assert not isinstance(info.value, InvalidWebhookSignatureError)


def test_a_body_that_is_not_utf8_is_verified_as_received() -> None:
    body = b"\xff\xfe not utf-8"
    verify_signature(body, headers_for(body), secret=SECRET)


def test_signatures_are_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared = []
    compare_digest = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return compare_digest(a, b)

    monkeypatch.setattr(webhooks_module.hmac, "compare_digest", spy)
    headers = headers_for(BODY)
    headers["webhook-signature"] = f"v1,AAAA {headers['webhook-signature']} v1,BBBB"
    verify_signature(BODY, headers, secret=SECRET)
    assert len(compared) == 3  # every candidate, without stopping at the match


# -- through the client -------------------------------------------------------------------------


def test_verify_signature_uses_the_client_secret(client: Any) -> None:
    assert client.webhooks.verify_signature(BODY, headers_for(BODY)) is None
    assert not inspect.iscoroutinefunction(client.webhooks.verify_signature)


def test_the_secret_argument_wins_over_the_client_secret(client: Any) -> None:
    headers = headers_for(BODY, key=b"per-call")
    client.webhooks.verify_signature(BODY, headers, secret="per-call")
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.verify_signature(BODY, headers)


def test_the_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    openwire.OpenAI(api_key="k").webhooks.verify_signature(BODY, headers_for(BODY))


@pytest.mark.parametrize("flavor", ["OpenAI", "AsyncOpenAI"])
def test_no_secret_at_all_is_a_value_error(flavor: str) -> None:
    client = getattr(openwire, flavor)(api_key="k")
    for method in (client.webhooks.verify_signature, client.webhooks.unwrap):
        with pytest.raises(ValueError, match="OPENAI_WEBHOOK_SECRET") as info:
            method(BODY, headers_for(BODY))
        assert not isinstance(info.value, InvalidWebhookSignatureError)


def test_unwrap_returns_the_typed_event(client: Any) -> None:
    from openwire.types.webhooks import BatchCompletedWebhookEvent

    event = client.webhooks.unwrap(BODY.encode(), headers_for(BODY))
    assert isinstance(event, BatchCompletedWebhookEvent)
    assert event.data.id == "batch_1" and event.type == "batch.completed"
    assert not inspect.iscoroutinefunction(client.webhooks.unwrap)


def test_unwrap_verifies_before_parsing(client: Any) -> None:
    headers = headers_for(BODY)
    with pytest.raises(InvalidWebhookSignatureError):
        client.webhooks.unwrap(BODY + " ", headers)


def test_unwrap_is_lenient_with_unknown_events(client: Any) -> None:
    body = json.dumps({"id": "evt", "type": "something.new", "created_at": 1, "data": {"id": "x", "extra": 1}})
    event = client.webhooks.unwrap(body, headers_for(body))
    assert event.type == "something.new" and event.data.id == "x"


# -- differential: the same verdicts as the reference ---------------------------------------------

EVENTS = [
    {"type": "batch.completed", "data": {"id": "batch_1"}},
    {"type": "batch.cancelled", "data": {"id": "batch_1"}},
    {"type": "batch.expired", "data": {"id": "batch_1"}},
    {"type": "batch.failed", "data": {"id": "batch_1"}},
    {"type": "eval.run.canceled", "data": {"id": "run_1"}},
    {"type": "eval.run.failed", "data": {"id": "run_1"}},
    {"type": "eval.run.succeeded", "data": {"id": "run_1"}},
    {"type": "fine_tuning.job.cancelled", "data": {"id": "ftjob_1"}},
    {"type": "fine_tuning.job.failed", "data": {"id": "ftjob_1"}},
    {"type": "fine_tuning.job.succeeded", "data": {"id": "ftjob_1"}},
    {"type": "realtime.call.incoming", "data": {"call_id": "c", "sip_headers": [{"name": "a", "value": "b"}]}},
    {"type": "response.cancelled", "data": {"id": "resp_1"}},
    {"type": "response.completed", "data": {"id": "resp_1"}},
    {"type": "response.failed", "data": {"id": "resp_1"}},
    {"type": "response.incomplete", "data": {"id": "resp_1"}},
    {"type": "something.new", "data": {"id": "x"}},
    {"type": "batch.completed"},
]


def delivery(case: str) -> Tuple[Union[str, bytes], Dict[str, str], Dict[str, Any]]:
    """A (payload, headers, keyword arguments) the reference answers the same way as openwire."""
    headers = headers_for(BODY)
    kwargs: Dict[str, Any] = {"secret": SECRET}
    body: Union[str, bytes] = BODY
    if case == "valid_bytes":
        body = BODY.encode()
    elif case == "tampered_body":
        body = BODY + " "
    elif case == "tampered_id":
        headers["webhook-id"] = "msg_other"
    elif case in ("stale", "future", "just_in_tolerance", "narrow_tolerance"):
        offset = {"stale": -301, "future": 301, "just_in_tolerance": -300, "narrow_tolerance": -20}[case]
        headers = headers_for(BODY, timestamp=NOW + offset)
        if case == "narrow_tolerance":
            kwargs["tolerance"] = 10
    elif case == "multi_signature":
        headers["webhook-signature"] = f"v1,AAAA {sign(BODY, key=b'old')} {headers['webhook-signature']}"
    elif case == "multi_signature_none_match":
        headers["webhook-signature"] = f"v1,AAAA {sign(BODY, key=b'old')}"
    elif case == "unversioned_signature":
        headers["webhook-signature"] = headers["webhook-signature"][len("v1,") :]
    elif case == "other_version":
        headers["webhook-signature"] = headers["webhook-signature"].replace("v1,", "v2,")
    elif case == "wrong_secret":
        kwargs["secret"] = "whsec_" + base64.b64encode(b"wrong").decode()
    elif case == "raw_secret":
        headers, kwargs["secret"] = headers_for(BODY, key=b"raw secret"), "raw secret"
    elif case == "bad_timestamp":
        headers["webhook-timestamp"] = "soon"
    elif case == "mixed_case_headers":
        headers = {name.upper(): value for name, value in headers.items()}
    elif case == "httpx_headers":
        return body, httpx.Headers(headers), kwargs  # type: ignore[return-value]
    return body, headers, kwargs


DELIVERIES = [
    "valid",
    "valid_bytes",
    "tampered_body",
    "tampered_id",
    "stale",
    "future",
    "just_in_tolerance",
    "narrow_tolerance",
    "multi_signature",
    "multi_signature_none_match",
    "unversioned_signature",
    "other_version",
    "wrong_secret",
    "raw_secret",
    "bad_timestamp",
    "mixed_case_headers",
    "httpx_headers",
]


def verdict(webhooks: Any, method: str, payload: Any, headers: Any, kwargs: Dict[str, Any]) -> Tuple[str, Any]:
    try:
        result = getattr(webhooks, method)(payload, headers, **kwargs)
    except ValueError as error:
        return type(error).__name__, str(error)
    if result is None:
        return "ok", None
    return type(result).__name__, result.model_dump()


@pytest.mark.parametrize("case", DELIVERIES)
def test_verify_signature_gives_the_reference_verdict(case: str) -> None:
    payload, headers, kwargs = delivery(case)
    theirs = verdict(openai.OpenAI(api_key="k").webhooks, "verify_signature", payload, headers, kwargs)
    ours = verdict(openwire.OpenAI(api_key="k").webhooks, "verify_signature", payload, headers, kwargs)
    assert ours == theirs
    async_ours = verdict(openwire.AsyncOpenAI(api_key="k").webhooks, "verify_signature", payload, headers, kwargs)
    assert async_ours == theirs


@pytest.mark.parametrize("event", EVENTS, ids=[f"{e['type']}{'' if 'data' in e else '-no-data'}" for e in EVENTS])
def test_unwrap_gives_the_reference_event(event: Dict[str, Any]) -> None:
    body = json.dumps({"id": "evt_1", "object": "event", "created_at": NOW, **event})
    kwargs = {"secret": SECRET}
    theirs = verdict(openai.OpenAI(api_key="k").webhooks, "unwrap", body, headers_for(body), kwargs)
    ours = verdict(openwire.OpenAI(api_key="k").webhooks, "unwrap", body, headers_for(body), kwargs)
    assert theirs[0] != "ok" and ours == theirs


def test_a_missing_header_is_a_signature_error_where_the_reference_raises_a_plain_value_error() -> None:
    headers = headers_for(BODY)
    del headers["webhook-id"]
    with pytest.raises(ValueError, match="Could not find webhook-id header") as theirs:
        openai.OpenAI(api_key="k").webhooks.verify_signature(BODY, headers, secret=SECRET)
    assert not isinstance(theirs.value, openai.InvalidWebhookSignatureError)
    with pytest.raises(InvalidWebhookSignatureError, match="Could not find webhook-id header"):
        openwire.OpenAI(api_key="k").webhooks.verify_signature(BODY, headers, secret=SECRET)
