"""Auto-pagination against a real HTTP server: which page requests are sent, and when
iteration stops."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from integration_support import ClientFactory
from scripted_server import ScriptedServer, json_reply

import openwire
from openwire.pagination import (
    AsyncConversationCursorPage,
    AsyncCursorPage,
    AsyncPage,
    SyncConversationCursorPage,
    SyncCursorPage,
    SyncPage,
)


class Thing(openwire.BaseModel):
    id: str


def things(*ids: str) -> List[Dict[str, str]]:
    return [{"id": i} for i in ids]


def all_items(factory: ClientFactory, client: Any, path: str, sync_page: Any, async_page: Any, **kw: Any) -> List[str]:
    """Iterate every item of every page; sync client or async client (``async for``)."""
    if factory.mode == "sync":
        return [item.id for item in client.get_api_list(path, model=Thing, page=sync_page[Thing], **kw)]

    async def collect() -> List[str]:
        paginator = client.wrapped.get_api_list(path, model=Thing, page=async_page[Thing], **kw)
        return [item.id async for item in paginator]

    result: List[str] = factory.run(collect)
    return result


def test_cursor_pages_follow_the_last_id(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"object": "list", "data": things("a", "b"), "has_more": True}),
        json_reply({"object": "list", "data": things("c", "d"), "has_more": True}),
        json_reply({"object": "list", "data": things("e"), "has_more": False}),
    )

    ids = all_items(
        make_client, make_client(), "/files", SyncCursorPage, AsyncCursorPage, options={"params": {"limit": 2}}
    )

    assert ids == ["a", "b", "c", "d", "e"]
    assert [r.query for r in server.requests] == [
        [("limit", "2")],
        [("limit", "2"), ("after", "b")],
        [("limit", "2"), ("after", "d")],
    ]
    assert {r.path for r in server.requests} == {"/v1/files"}


def test_conversation_pages_follow_last_id(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"data": things("i1", "i2"), "has_more": True, "last_id": "cursor-1", "first_id": "i1"}),
        json_reply({"data": things("i3"), "has_more": False, "last_id": "cursor-2"}),
    )

    ids = all_items(
        make_client, make_client(), "/conversations/c/items", SyncConversationCursorPage, AsyncConversationCursorPage
    )

    assert ids == ["i1", "i2", "i3"]
    assert [r.query for r in server.requests] == [[], [("after", "cursor-1")]]


def test_a_repeated_page_stops_iteration(make_client: ClientFactory, server: ScriptedServer) -> None:
    # No has_more, and the server ignores `after`: the cursor does not advance, so we stop.
    page = json_reply({"object": "list", "data": things("a", "b")})
    server.queue(page, page, page, page)

    ids = all_items(make_client, make_client(), "/things", SyncCursorPage, AsyncCursorPage)

    assert ids == ["a", "b", "a", "b"]
    assert [r.query for r in server.requests] == [[], [("after", "b")]]


def test_missing_has_more_goes_on_until_an_empty_page(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"data": things("a")}),
        json_reply({"data": things("b")}),
        json_reply({"data": []}),
        json_reply({"data": things("never")}),
    )

    ids = all_items(make_client, make_client(), "/things", SyncCursorPage, AsyncCursorPage)

    assert ids == ["a", "b"]
    assert len(server.requests) == 3
    assert server.pending == 1


def test_plain_page_has_no_next_page(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply({"object": "list", "data": things("m1", "m2")}), json_reply({"data": things("x")}))

    ids = all_items(make_client, make_client(), "/models", SyncPage, AsyncPage)

    assert ids == ["m1", "m2"]
    assert len(server.requests) == 1


def test_first_page_and_manual_paging(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"data": things("a", "b"), "has_more": True}, headers={"x-request-id": "req_p1"}),
        json_reply({"data": things("c"), "has_more": False}),
    )
    client = make_client()
    page_cls = SyncCursorPage[Thing] if make_client.mode == "sync" else AsyncCursorPage[Thing]

    first = client.get_api_list("/things", model=Thing, page=page_cls)

    assert [item.id for item in first.data] == ["a", "b"]
    assert first._request_id == "req_p1"
    assert first.has_next_page()
    assert dict(first.next_page_info().params) == {"after": "b"}
    second = make_client.run(first.get_next_page)
    assert [item.id for item in second.data] == ["c"]
    assert not second.has_next_page()
    assert len(server.requests) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_pages_iterate_on_each_backend(server: ScriptedServer, anyio_backend: str) -> None:
    server.queue(
        json_reply({"data": things("a"), "has_more": True}),
        json_reply({"data": things("b"), "has_more": False}),
        json_reply({"data": things("a"), "has_more": True}),
        json_reply({"data": things("b"), "has_more": False}),
    )
    async with openwire.AsyncOpenAI(api_key="sk", base_url=server.url) as client:
        first = await client.get_api_list("/things", model=Thing, page=AsyncCursorPage[Thing])
        assert [item.id async for item in first] == ["a", "b"]
        pages = [
            page
            async for page in (
                await client.get_api_list("/things", model=Thing, page=AsyncCursorPage[Thing])
            ).iter_pages()
        ]
        assert [[item.id for item in page.data] for page in pages] == [["a"], ["b"]]

    assert len(server.requests) == 4
