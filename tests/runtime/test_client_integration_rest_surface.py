"""Runtime pieces the whole REST surface needs, against a real HTTP server: admin endpoints
authenticate with the admin key, header parameters, multipart bodies without a file, and
pages that follow a ``next`` cursor."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
from integration_support import ClientFactory
from scripted_server import ScriptedServer, json_reply

from openwire._options import header_params
from openwire.pagination import AsyncNextCursorPage, SyncNextCursorPage


def _call(factory: ClientFactory, client: Any, path: str, **kwargs: Any) -> Any:
    """``client.<path>(**kwargs)`` on the sync client, or awaited on the async one."""
    target = client if factory.mode == "sync" else client.wrapped
    *parents, name = path.split(".")
    for part in parents:
        target = getattr(target, part)
    return factory.run(getattr(target, name), **kwargs)


def test_admin_endpoints_send_the_admin_key_not_the_api_key(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"object": "organization.project", "id": "p", "name": "n", "created_at": 1, "status": "active"})
    )
    client = make_client(api_key="sk-api", admin_api_key="sk-admin")

    _call(make_client, client, "admin.organization.projects.retrieve", project_id="p")

    assert server.requests[0].headers["authorization"] == "Bearer sk-admin"


def test_admin_endpoints_without_an_admin_key_say_how_to_give_one(
    make_client: ClientFactory, server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_ADMIN_KEY", raising=False)
    client = make_client(api_key="sk-api")

    with pytest.raises(TypeError, match="OPENAI_ADMIN_KEY"):
        _call(make_client, client, "admin.organization.projects.retrieve", project_id="p")
    assert server.requests == []


def test_other_endpoints_keep_the_api_key(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply({"object": "list", "data": []}))
    client = make_client(api_key="sk-api", admin_api_key="sk-admin")

    _call(make_client, client, "models.list")

    assert server.requests[0].headers["authorization"] == "Bearer sk-api"


def test_beta_resources_send_their_beta_header_and_query(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(json_reply({"id": "a", "object": "assistant", "created_at": 1, "model": "m", "tools": []}))
    server.queue(json_reply({"id": "r", "object": "response", "created_at": 1, "output": []}))
    client = make_client()

    with pytest.warns(DeprecationWarning):
        _call(make_client, client, "beta.assistants.retrieve", assistant_id="a")
    _call(make_client, client, "beta.responses.delete", response_id="r", betas=["responses_multi_agent=v1"])

    assert server.requests[0].headers["openai-beta"] == "assistants=v2"
    assert server.requests[1].target == "/v1/responses/r?beta=true"
    assert server.requests[1].headers["openai-beta"] == "responses_multi_agent=v1"


def test_a_multipart_endpoint_sends_multipart_without_a_file(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    server.queue(json_reply({"id": "v", "object": "video", "created_at": 1, "status": "queued"}))
    client = make_client()

    _call(make_client, client, "videos.create", prompt="a cat")

    request = server.requests[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="prompt"' in request.body and b"a cat" in request.body


def test_an_endpoint_taking_json_or_multipart_sends_json_without_a_file(
    make_client: ClientFactory, server: ScriptedServer
) -> None:
    reply = {
        "id": "f",
        "object": "container.file",
        "bytes": 1,
        "container_id": "c",
        "created_at": 1,
        "path": "/x",
        "source": "user",
    }
    server.queue(json_reply(reply), json_reply(reply))
    client = make_client()

    _call(make_client, client, "containers.files.create", container_id="c", file_id="file-1")
    _call(make_client, client, "containers.files.create", container_id="c", file=("a.txt", b"abc", "text/plain"))

    assert server.requests[0].headers["content-type"] == "application/json"
    assert server.requests[1].headers["content-type"].startswith("multipart/form-data")


def test_next_cursor_pages_follow_next(make_client: ClientFactory, server: ScriptedServer) -> None:
    server.queue(
        json_reply({"object": "list", "data": [{"id": "g1"}], "has_more": True, "next": "cursor-1"}),
        json_reply({"object": "list", "data": [{"id": "g2"}], "has_more": False, "next": None}),
    )
    client = make_client()
    import openwire

    class Thing(openwire.BaseModel):
        id: str

    if make_client.mode == "sync":
        ids: List[str] = [
            t.id for t in client.get_api_list("/organization/groups", model=Thing, page=SyncNextCursorPage[Thing])
        ]
    else:

        async def collect() -> List[str]:
            pages = client.wrapped.get_api_list("/organization/groups", model=Thing, page=AsyncNextCursorPage[Thing])
            return [t.id async for t in pages]

        ids = make_client.run(collect)

    assert ids == ["g1", "g2"]
    assert [r.query for r in server.requests] == [[], [("after", "cursor-1")]]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"OpenAI-Beta": ["a=v1", "b=v2"]}, {"OpenAI-Beta": "a=v1,b=v2"}),
        ({"X-One": "1"}, {"X-One": "1"}),
    ],
)
def test_header_params_join_lists_and_drop_omitted(values: Dict[str, Any], expected: Dict[str, str]) -> None:
    from openwire._types import omit

    assert header_params({**values, "X-Omitted": omit, "X-None": None}) == expected
