"""Requests in, responses out: target parsing, the error shape, SSE framing, pagination."""

from __future__ import annotations

import json

import pytest

from openwire.local import LocalAPI, LocalRequest, LocalResponse
from openwire.local._pages import cursor_page
from openwire.local._wire import APIFailure, sse_event


def test_target_parsing_strips_v1_and_reads_the_query() -> None:
    request = LocalRequest.build("get", "/v1/files/?limit=2&purpose=batch&include[]=a", headers={"X-A": "1"})
    assert (request.method, request.path) == ("GET", "/files")
    assert request.query_value("limit") == "2" and request.query_value("include") == "a"
    assert request.headers == {"x-a": "1"}


def test_error_shape() -> None:
    body = json.loads(LocalResponse.error(400, "bad", type="invalid_request_error", param="x").body)  # type: ignore[arg-type]
    assert body == {"error": {"message": "bad", "type": "invalid_request_error", "param": "x", "code": None}}


def test_sse_event_framing() -> None:
    assert sse_event({"a": 1}) == b'data: {"a":1}\n\n'
    assert sse_event({"a": 1}, event="x") == b'event: x\ndata: {"a":1}\n\n'


def test_cursor_page_window() -> None:
    items = [{"id": f"i{n}"} for n in range(5)]
    page = cursor_page(items, LocalRequest.build("GET", "/x?after=i1&limit=2"), with_ids=True)
    assert page == {"object": "list", "data": items[2:4], "has_more": True, "first_id": "i2", "last_id": "i3"}
    with pytest.raises(APIFailure) as caught:
        cursor_page(items, LocalRequest.build("GET", "/x?limit=0"))
    assert caught.value.param == "limit"
    with pytest.raises(APIFailure) as unknown:
        cursor_page(items, LocalRequest.build("GET", "/x?after=nope"))
    assert unknown.value.param == "after"


def test_api_key_is_checked_when_set() -> None:
    app = LocalAPI(api_key="sk-right")
    assert app.handle("GET", "/v1/models").status == 401
    assert app.handle("GET", "/v1/models", headers={"Authorization": "Bearer sk-right"}).status == 200


def test_every_response_has_a_request_id() -> None:
    app = LocalAPI()
    ids = {app.handle("GET", "/v1/models").headers["x-request-id"] for _ in range(3)}
    assert len(ids) == 3


def test_a_handler_bug_is_a_500_in_the_error_shape() -> None:
    from openwire.local._router import Router

    app = LocalAPI()

    def broken(*args: object, **kwargs: object) -> LocalResponse:
        raise RuntimeError("kaput")

    app._router = Router([("GET", "/models", broken)])
    response = app.handle("GET", "/v1/models")
    assert response.status == 500
    assert json.loads(response.body)["error"]["message"].endswith("RuntimeError: kaput")  # type: ignore[arg-type]
