"""Differential tests: the same scenario through the reference SDK (``openai`` 2.54.0, used as a
black box through its public API) and through openwire, against the same local server.

Both must put the same requests on the wire (method, path, query, body bytes or multipart
parts, and the headers both send) and give the same results or the same errors. Where
BEHAVIOR.md asks openwire to differ, the test asserts the documented difference.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

import httpx
import openai
import pytest
from scripted_server import (
    Recorded,
    Reply,
    ScriptedServer,
    free_port,
    json_reply,
    reset,
    sse_body,
    sse_reply,
    stall,
    text_reply,
)

import openwire
from openwire.pagination import SyncConversationCursorPage, SyncCursorPage, SyncPage

# Headers both SDKs must send identically.
SHARED_HEADERS = ("authorization", "accept", "content-type", "openai-organization", "openai-project")
# A tiny server delay keeps retries fast in both SDKs without patching either.
FAST = {"retry-after-ms": "1"}


class Thing(openwire.BaseModel):
    id: str


@dataclass
class Outcome:
    requests: List[Recorded]
    result: Any = None
    error: Optional[BaseException] = None


def run(server: ScriptedServer, client: Any, scenario: Callable[[Any], Any], replies: Sequence[Reply]) -> Outcome:
    start = len(server.requests)
    server.queue(*replies)
    outcome = Outcome(requests=[])
    try:
        outcome.result = scenario(client)
    except Exception as error:  # compared below, whatever it is
        outcome.error = error
    server.clear_queue()
    outcome.requests = server.requests[start:]
    return outcome


def both(
    server: ScriptedServer,
    reference: Callable[[Any], Any],
    ours: Callable[[Any], Any],
    replies: Sequence[Reply],
    **client_options: Any,
) -> Tuple[Outcome, Outcome]:
    options = {"api_key": "sk-diff", "base_url": server.url, **client_options}
    with openai.OpenAI(**options) as reference_client:
        theirs = run(server, reference_client, reference, replies)
    with openwire.OpenAI(**options) as our_client:
        mine = run(server, our_client, ours, replies)
    return theirs, mine


def on_the_wire(request: Recorded) -> Dict[str, Any]:
    view: Dict[str, Any] = {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "headers": {name: request.headers.get(name) for name in SHARED_HEADERS},
    }
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        view["headers"]["content-type"] = "multipart/form-data"  # the boundary is random
        view["parts"] = [(p.name, p.filename, p.content_type, p.data) for p in request.multipart()]
    else:
        view["body"] = request.body
    return view


def assert_same_wire(theirs: Outcome, mine: Outcome) -> None:
    assert [on_the_wire(r) for r in mine.requests] == [on_the_wire(r) for r in theirs.requests]


def error_view(error: Optional[BaseException]) -> Any:
    if error is None:
        return None
    return {
        "class": type(error).__name__,
        "status_code": getattr(error, "status_code", None),
        "body": getattr(error, "body", None),
        "code": getattr(error, "code", None),
        "param": getattr(error, "param", None),
        "type": getattr(error, "type", None),
        "message": getattr(error, "message", None),
        "request_id": getattr(error, "request_id", None),
    }


def assert_same_outcome(theirs: Outcome, mine: Outcome) -> None:
    assert_same_wire(theirs, mine)
    assert error_view(mine.error) == error_view(theirs.error)
    assert mine.result == theirs.result


# -- custom requests -----------------------------------------------------------------------------


def test_post_with_body_and_extra_query(server: ScriptedServer) -> None:
    body = {"model": "m", "input": ["a", "\u00e9\u4e2d"], "n": None, "nested": {"x": [1, 2.5, True]}}
    options = {"params": {"q": "v", "list": [1, 2], "obj": {"k": True}}, "extra_json": {"extra": 1}}
    theirs, mine = both(
        server,
        lambda c: c.post("/things", cast_to=object, body=body, options=options),
        lambda c: c.post("/things", cast_to=object, body=body, options=options),
        [json_reply({"id": "t1", "ok": True})],
        organization="org-d",
        project="proj-d",
    )

    assert_same_outcome(theirs, mine)
    assert mine.result == {"id": "t1", "ok": True}
    assert mine.requests[0].headers["openai-organization"] == "org-d"
    assert mine.requests[0].query_string == theirs.requests[0].query_string


def test_get_with_params_and_default_query(server: ScriptedServer) -> None:
    options = {"params": {"limit": 3, "order": "desc", "include": ["x.y", "z"]}}
    theirs, mine = both(
        server,
        lambda c: c.get("/things", cast_to=object, options=options),
        lambda c: c.get("/things", cast_to=object, options=options),
        [json_reply({"data": []})],
        default_query={"api-version": "v1"},
    )

    assert_same_outcome(theirs, mine)
    assert mine.requests[0].query[0] == ("api-version", "v1")


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_with_a_body(server: ScriptedServer, method: str) -> None:
    theirs, mine = both(
        server,
        lambda c: getattr(c, method)("/things/1", cast_to=object, body={"name": "n"}),
        lambda c: getattr(c, method)("/things/1", cast_to=object, body={"name": "n"}),
        [json_reply({"id": "1"})],
    )

    assert_same_outcome(theirs, mine)


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_methods_without_a_body(server: ScriptedServer, method: str) -> None:
    theirs, mine = both(
        server,
        lambda c: getattr(c, method)("/things/1", cast_to=object),
        lambda c: getattr(c, method)("/things/1", cast_to=object),
        [json_reply({"deleted": True})],
    )

    assert_same_outcome(theirs, mine)
    assert mine.requests[0].headers.get("content-length") == theirs.requests[0].headers.get("content-length")


def test_raw_content_body(server: ScriptedServer) -> None:
    theirs, mine = both(
        server,
        lambda c: c.post("/raw", cast_to=object, content=b"\x00raw bytes"),
        lambda c: c.post("/raw", cast_to=object, content=b"\x00raw bytes"),
        [json_reply({"ok": 1})],
    )

    assert mine.requests[0].body == theirs.requests[0].body == b"\x00raw bytes"
    assert mine.result == theirs.result
    # Not covered by BEHAVIOR.md: the reference labels any body application/json (a default
    # header the caller may override); openwire does the same for drop-in compatibility.
    assert theirs.requests[0].headers["content-type"] == "application/json"
    assert mine.requests[0].headers["content-type"] == "application/json"


def test_headers_both_send_and_the_documented_differences(server: ScriptedServer) -> None:
    extra = {"X-Extra": "1", "OpenAI-Project": openwire.omit}
    theirs, mine = both(
        server,
        lambda c: c.post(
            "/things", cast_to=object, body={}, options={"headers": {**extra, "OpenAI-Project": openai.omit}}
        ),
        lambda c: c.post("/things", cast_to=object, body={}, options={"headers": extra}),
        [json_reply({})],
        project="proj",
        default_headers={"X-Default": "d"},
    )

    assert_same_outcome(theirs, mine)
    ref, own = theirs.requests[0].headers, mine.requests[0].headers
    for name in ("x-extra", "x-default"):
        assert own[name] == ref[name]
    assert "openai-project" not in own and "openai-project" not in ref
    # The same platform header names (values: tests/differential/test_platform_headers.py); our own User-Agent.
    assert sorted(name for name in own if name.startswith("x-stainless-")) == sorted(
        name for name in ref if name.startswith("x-stainless-")
    )
    assert ref["user-agent"] == f"OpenAI/Python {openai.__version__}"
    assert "openwire" in own["user-agent"]
    assert "idempotency-key" not in own and "idempotency-key" not in ref


# -- errors --------------------------------------------------------------------------------------


ERROR_BODY = {"error": {"message": "Bad thing", "type": "invalid_request_error", "param": "model", "code": "bad"}}


@pytest.mark.parametrize(
    "reply",
    [
        json_reply(ERROR_BODY, status=400, headers={"x-request-id": "req_400"}),
        json_reply(ERROR_BODY, status=401),
        json_reply(ERROR_BODY, status=403),
        text_reply("404 page not found", status=404),
        json_reply({"error": "just a string"}, status=409),
        json_reply({"detail": [{"loc": ["body"]}]}, status=422),
        json_reply(ERROR_BODY, status=418),
        Reply(status=500),
        json_reply(ERROR_BODY, status=503),
    ],
    ids=["400-json", "401", "403", "404-text", "409-string-error", "422-no-error-key", "418", "500-empty", "503"],
)
def test_error_responses(server: ScriptedServer, reply: Reply) -> None:
    theirs, mine = both(
        server,
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        [reply],
        max_retries=0,
    )

    assert theirs.error is not None
    assert_same_outcome(theirs, mine)


# -- retries -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "attempts"),
    [
        (500, FAST, 3),
        (400, FAST, 1),
        (404, FAST, 1),
        (408, FAST, 3),
        (409, FAST, 3),
        (429, FAST, 3),
        (502, FAST, 3),
        (500, {**FAST, "x-should-retry": "false"}, 1),
        (400, {**FAST, "x-should-retry": "true"}, 3),
        (429, {"retry-after": "200"}, 1),
        (503, {"retry-after-ms": "200000"}, 1),
    ],
)
def test_retry_attempts(server: ScriptedServer, status: int, headers: Dict[str, str], attempts: int) -> None:
    replies = [json_reply(ERROR_BODY, status=status, headers=headers) for _ in range(4)]
    theirs, mine = both(
        server,
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        replies,
        max_retries=2,
    )

    assert len(theirs.requests) == attempts
    assert_same_outcome(theirs, mine)


def test_429_retried_then_success(server: ScriptedServer) -> None:
    replies = [json_reply(ERROR_BODY, status=429, headers={"retry-after": "0.01"}), json_reply({"id": "ok"})]
    theirs, mine = both(
        server,
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        replies,
    )

    assert len(theirs.requests) == 2
    assert_same_outcome(theirs, mine)
    assert mine.result == {"id": "ok"}


def test_per_call_max_retries(server: ScriptedServer) -> None:
    replies = [json_reply(ERROR_BODY, status=500, headers=FAST) for _ in range(5)]
    theirs, mine = both(
        server,
        lambda c: c.get("/things", cast_to=object, options={"max_retries": 3}),
        lambda c: c.get("/things", cast_to=object, options={"max_retries": 3}),
        replies,
        max_retries=0,
    )

    assert len(theirs.requests) == 4
    assert_same_outcome(theirs, mine)


def test_connection_reset_is_retried(server: ScriptedServer) -> None:
    theirs, mine = both(
        server,
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        lambda c: c.post("/things", cast_to=object, body={"a": 1}),
        [reset(), json_reply({"id": "after-reset"})],
        max_retries=1,
    )

    assert len(theirs.requests) == 2
    assert_same_outcome(theirs, mine)


def test_timeout(server: ScriptedServer) -> None:
    theirs, mine = both(
        server,
        lambda c: c.get("/slow", cast_to=object),
        lambda c: c.get("/slow", cast_to=object),
        [stall()],
        max_retries=0,
        timeout=0.2,
    )

    assert isinstance(theirs.error, openai.APITimeoutError)
    assert isinstance(mine.error, openwire.APITimeoutError)
    assert_same_outcome(theirs, mine)


def test_connection_refused() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    errors = []
    for sdk in (openai, openwire):
        with sdk.OpenAI(api_key="sk", base_url=url, max_retries=0) as client:
            with pytest.raises(sdk.APIConnectionError) as info:
                client.get("/things", cast_to=object)
        errors.append(info.value)

    theirs, mine = errors
    assert type(mine).__name__ == type(theirs).__name__ == "APIConnectionError"
    assert type(mine.__cause__) is type(theirs.__cause__) is httpx.ConnectError
    assert mine.request.url == theirs.request.url


# -- uploads -------------------------------------------------------------------------------------

FILE_BYTES = b"{}\r\n\x00\xffbinary--\r\n"
FILE_OBJECT = {
    "id": "file-1",
    "object": "file",
    "bytes": len(FILE_BYTES),
    "created_at": 1,
    "filename": "data.jsonl",
    "purpose": "fine-tune",
    "status": "uploaded",
}


@pytest.mark.parametrize("kind", ["bytes", "bytesio", "path", "tuple", "tuple-with-type"])
def test_file_upload_with_a_retry(server: ScriptedServer, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "data.jsonl"
    path.write_bytes(FILE_BYTES)

    def file() -> Any:
        return {
            "bytes": FILE_BYTES,
            "bytesio": io.BytesIO(FILE_BYTES),
            "path": path,
            "tuple": ("named.jsonl", FILE_BYTES),
            "tuple-with-type": ("named.jsonl", FILE_BYTES, "application/jsonl"),
        }[kind]

    theirs, mine = both(
        server,
        lambda c: c.files.create(file=file(), purpose="fine-tune").id,
        lambda c: c.post("/files", cast_to=object, body={"purpose": "fine-tune"}, files={"file": file()})["id"],
        [json_reply({}, status=500, headers=FAST), json_reply(FILE_OBJECT)],
    )

    assert len(theirs.requests) == 2
    assert_same_outcome(theirs, mine)
    assert mine.result == "file-1"
    assert on_the_wire(mine.requests[0])["parts"][-1][-1] == FILE_BYTES


# -- pagination ----------------------------------------------------------------------------------


def test_models_list(server: ScriptedServer) -> None:
    data = [{"id": "m1", "object": "model", "created": 1, "owned_by": "o"}, {"id": "m2"}]
    theirs, mine = both(
        server,
        lambda c: [model.id for model in c.models.list()],
        lambda c: [model.id for model in c.get_api_list("/models", model=Thing, page=SyncPage[Thing])],
        [json_reply({"object": "list", "data": data}), json_reply({"object": "list", "data": []})],
    )

    assert_same_outcome(theirs, mine)
    assert mine.result == ["m1", "m2"]


def test_cursor_pagination(server: ScriptedServer) -> None:
    pages = [
        json_reply({"object": "list", "data": [{"id": "b1"}, {"id": "b2"}], "has_more": True}),
        json_reply({"object": "list", "data": [{"id": "b3"}, {"id": "b4"}], "has_more": True}),
        json_reply({"object": "list", "data": [{"id": "b5"}], "has_more": False}),
    ]
    theirs, mine = both(
        server,
        lambda c: [batch.id for batch in c.batches.list(limit=2)],
        lambda c: [
            item.id
            for item in c.get_api_list(
                "/batches", model=Thing, page=SyncCursorPage[Thing], options={"params": {"limit": 2}}
            )
        ],
        pages,
    )

    assert_same_outcome(theirs, mine)
    assert mine.result == ["b1", "b2", "b3", "b4", "b5"]
    assert [r.query for r in mine.requests][1] == [("limit", "2"), ("after", "b2")]


def test_conversation_cursor_pagination(server: ScriptedServer) -> None:
    item = {"type": "message", "role": "user", "status": "completed", "content": []}
    pages = [
        json_reply(
            {"object": "list", "data": [{**item, "id": "i1"}], "has_more": True, "first_id": "i1", "last_id": "i1"}
        ),
        json_reply({"object": "list", "data": [{**item, "id": "i2"}], "has_more": False, "last_id": "i2"}),
    ]
    theirs, mine = both(
        server,
        lambda c: [entry.id for entry in c.conversations.items.list("conv_1")],
        lambda c: [
            entry.id
            for entry in c.get_api_list(
                "/conversations/conv_1/items", model=Thing, page=SyncConversationCursorPage[Thing]
            )
        ],
        pages,
    )

    assert_same_outcome(theirs, mine)
    assert mine.result == ["i1", "i2"]


def test_repeated_page_documented_difference(server: ScriptedServer) -> None:
    """The reference loops while the server repeats a page without ``has_more``; openwire
    stops as soon as the cursor does not advance (BEHAVIOR.md, Pagination)."""
    repeated = json_reply({"object": "list", "data": [{"id": "a"}, {"id": "b"}]})
    replies = [repeated, repeated, repeated, json_reply({"object": "list", "data": []})]
    theirs, mine = both(
        server,
        lambda c: [batch.id for batch in c.batches.list()],
        lambda c: [item.id for item in c.get_api_list("/batches", model=Thing, page=SyncCursorPage[Thing])],
        replies,
    )

    assert [r.query for r in theirs.requests] == [[], [("after", "b")], [("after", "b")], [("after", "b")]]
    assert [r.query for r in mine.requests] == [[], [("after", "b")]]
    assert_same_wire(Outcome(theirs.requests[:2]), mine)


# -- streaming -----------------------------------------------------------------------------------

CHUNK = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}


def test_streams_and_connection_reuse_documented_difference(server: ScriptedServer) -> None:
    """Same events and requests; the reference drops the connection at ``[DONE]``, openwire
    reads the body to its end and reuses the connection (BEHAVIOR.md, Streaming)."""
    body = sse_body(CHUNK, {**CHUNK, "id": "c2"})
    replies = [sse_reply([body[:30], body[30:]], pause=0.01), sse_reply([body])]
    messages = [{"role": "user", "content": "hi"}]

    def reference(client: Any) -> List[str]:
        ids = []
        for _ in range(2):
            stream = client.chat.completions.create(model="m", messages=messages, stream=True)
            ids += [chunk.id for chunk in stream]
        return ids

    def ours(client: Any) -> List[str]:
        ids = []
        for _ in range(2):
            stream = client.post(
                "/chat/completions",
                cast_to=Thing,
                body={"messages": messages, "model": "m", "stream": True},
                stream=True,
                stream_cls=openwire.Stream[Thing],
            )
            ids += [chunk.id for chunk in stream]
        return ids

    connections_before = server.connections
    theirs, mine = both(server, reference, ours, replies)
    assert_same_outcome(theirs, mine)
    assert mine.result == ["c1", "c2", "c1", "c2"]
    assert len({r.connection for r in theirs.requests}) == 2
    assert len({r.connection for r in mine.requests}) == 1
    assert server.connections - connections_before == 3


def test_error_event_in_a_stream(server: ScriptedServer) -> None:
    error = {"message": "overloaded", "type": "server_error", "param": None, "code": "busy"}
    body = sse_body(CHUNK, {"error": error})
    messages = [{"role": "user", "content": "hi"}]

    def reference(client: Any) -> List[str]:
        return [c.id for c in client.chat.completions.create(model="m", messages=messages, stream=True)]

    def ours(client: Any) -> List[str]:
        stream = client.post(
            "/chat/completions",
            cast_to=Thing,
            body={"messages": messages, "model": "m", "stream": True},
            stream=True,
            stream_cls=openwire.Stream[Thing],
        )
        return [c.id for c in stream]

    theirs, mine = both(server, reference, ours, [sse_reply([body])])

    assert isinstance(theirs.error, openai.APIError)
    assert_same_outcome(theirs, mine)


# -- async clients -------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_clients_agree(server: ScriptedServer) -> None:
    scenario_replies = [json_reply(ERROR_BODY, status=503, headers=FAST), json_reply({"id": "ok"})]
    outcomes = []
    for sdk in (openai, openwire):
        start = len(server.requests)
        server.queue(*scenario_replies, json_reply(ERROR_BODY, status=404))
        async with sdk.AsyncOpenAI(api_key="sk", base_url=server.url, organization="o") as client:
            ok = await client.post("/things", cast_to=object, body={"x": [1]}, options={"params": {"p": 1}})
            with pytest.raises(sdk.NotFoundError) as info:
                await client.get("/missing", cast_to=object)
        outcomes.append(Outcome(server.requests[start:], ok, info.value))

    theirs, mine = outcomes
    assert len(theirs.requests) == 3
    assert_same_outcome(theirs, mine)
    assert theirs.requests[0].headers["x-stainless-async"].startswith("async:")
    assert mine.requests[0].headers["x-stainless-async"] == theirs.requests[0].headers["x-stainless-async"]


# -- parsed models -------------------------------------------------------------------------------


def test_parsed_model_with_request_id_equals_a_constructed_one(server: ScriptedServer) -> None:
    server.queue(json_reply({"id": "x"}, headers={"x-request-id": "req_1"}))
    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:
        parsed = client.get("/things/x", cast_to=Thing)
    assert parsed._request_id == "req_1"
    assert parsed == Thing(id="x")
