"""The ``X-Stainless-*`` platform headers: openwire sends the reference's names and values
(all but the package version, which is openwire's own), per attempt where the reference
computes them per attempt, and lets the caller drop or override any of them."""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Dict, List

import httpx
import openai
import pydantic
import pytest
from scripted_server import Reply, ScriptedServer, json_reply

import openwire

MODEL = {"id": "m", "object": "model", "created": 1, "owned_by": "x"}
COMPLETION = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "g",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": '{"a": 1}'}}],
}
VECTOR_STORE_FILE = {
    "id": "f",
    "object": "vector_store.file",
    "created_at": 1,
    "status": "completed",
    "usage_bytes": 1,
    "vector_store_id": "v",
    "last_error": None,
}
# The reference sends its raw-response marker on the wire; openwire strips it (ECOSYSTEM.md 6).
NOT_COMPARED = ("x-stainless-package-version", "x-stainless-raw-response")


class Answer(pydantic.BaseModel):
    a: int


def stainless(server: ScriptedServer, start: int) -> List[Dict[str, str]]:
    return [
        {k: v for k, v in r.headers.items() if k.startswith("x-stainless-") and k not in NOT_COMPARED}
        for r in server.requests[start:]
    ]


def both(server: ScriptedServer, call: Callable[[Any, Any], Any], replies: List[Reply], options: Any) -> List[Any]:
    """Options and calls take the SDK module, to use its own ``omit``."""
    views = []
    for sdk in (openai, openwire):
        start = len(server.requests)
        server.queue(*replies)
        kwargs = options(sdk) if callable(options) else options
        with sdk.OpenAI(api_key="sk-diff", base_url=server.url, **kwargs) as client:  # type: ignore[attr-defined]
            call(client, sdk)
        server.clear_queue()
        views.append(stainless(server, start))
    return views


SCENARIOS: Dict[str, Any] = {
    "plain": (lambda c, sdk: c.models.retrieve("m"), [json_reply(MODEL)], {}),
    "retry count per attempt": (
        lambda c, sdk: c.models.retrieve("m"),
        [Reply(status=500, headers={"retry-after-ms": "1"}), json_reply(MODEL)],
        {},
    ),
    "per-call float timeout": (lambda c, sdk: c.models.retrieve("m", timeout=12.5), [json_reply(MODEL)], {}),
    "per-call int timeout": (lambda c, sdk: c.models.retrieve("m", timeout=5), [json_reply(MODEL)], {}),
    "client timeout": (lambda c, sdk: c.models.retrieve("m"), [json_reply(MODEL)], {"timeout": 7.0}),
    "no read timeout": (
        lambda c, sdk: c.models.retrieve("m", timeout=httpx.Timeout(3, read=None)),
        [json_reply(MODEL)],
        {},
    ),
    "default_headers omit and override": (
        lambda c, sdk: c.models.retrieve("m"),
        [json_reply(MODEL)],
        lambda sdk: {"default_headers": {"X-Stainless-Lang": sdk.omit, "X-Stainless-OS": "Mine"}},
    ),
    "extra_headers override per call": (
        lambda c, sdk: c.models.retrieve(
            "m", extra_headers={"X-Stainless-Retry-Count": "9", "x-stainless-read-timeout": sdk.omit}
        ),
        [json_reply(MODEL)],
        {},
    ),
    "chat.completions.parse helper": (
        lambda c, sdk: c.chat.completions.parse(model="g", messages=[], response_format=Answer),
        [json_reply(COMPLETION)],
        {},
    ),
    "raw parse helper": (
        lambda c, sdk: c.chat.completions.with_raw_response.parse(model="g", messages=[], response_format=Answer),
        [json_reply(COMPLETION)],
        {},
    ),
    "poll helper": (
        lambda c, sdk: c.vector_stores.files.poll("f", vector_store_id="v"),
        [json_reply(VECTOR_STORE_FILE)],
        {},
    ),
    "poll helper with interval": (
        lambda c, sdk: c.vector_stores.files.poll("f", vector_store_id="v", poll_interval_ms=5),
        [json_reply(VECTOR_STORE_FILE)],
        {},
    ),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_same_platform_headers_as_the_reference(server: ScriptedServer, name: str) -> None:
    call, replies, options = SCENARIOS[name]
    theirs, mine = both(server, call, replies, options)
    assert mine == theirs
    assert mine and all(mine)


def test_an_override_in_another_case_replaces_the_default(server: ScriptedServer) -> None:
    # The reference sends both values ("Linux, Mine") when the case differs; one value is right.
    server.queue(json_reply(MODEL))
    with openwire.OpenAI(api_key="sk", base_url=server.url, default_headers={"x-stainless-os": "Mine"}) as client:
        client.models.retrieve("m")
    assert server.requests[-1].headers["x-stainless-os"] == "Mine"


def test_package_version_is_openwires(server: ScriptedServer) -> None:
    server.queue(json_reply(MODEL))
    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:
        client.models.retrieve("m")
    assert server.requests[-1].headers["x-stainless-package-version"] == openwire.__version__


@pytest.mark.parametrize("library", ["asyncio", "trio"])
def test_async_client_names_its_async_library_like_the_reference(server: ScriptedServer, library: str) -> None:
    async def call(sdk: Any) -> None:
        client = sdk.AsyncOpenAI(api_key="sk", base_url=server.url)
        await client.models.retrieve("m")
        await client.close()

    views = []
    for sdk in (openai, openwire):
        start = len(server.requests)
        server.queue(json_reply(MODEL))
        if library == "trio":
            import trio

            trio.run(call, sdk)
        else:
            asyncio.run(call(sdk))
        views.append(stainless(server, start))
    assert views[1] == views[0]
    assert views[1][0]["x-stainless-async"] == f"async:{library}"


@pytest.mark.parametrize("value", ["0", "false", "off"])
def test_env_switch_turns_every_platform_header_off(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("OPENWIRE_PLATFORM_HEADERS", value)
    server.queue(json_reply(MODEL))
    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:
        client.models.retrieve("m")
    assert stainless(server, len(server.requests) - 1) == [{}]


def test_static_headers_are_computed_once_not_per_request(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platform

    with openwire.OpenAI(api_key="sk", base_url=server.url) as client:

        def fail() -> str:
            raise AssertionError("platform probed per request")

        monkeypatch.setattr(platform, "system", fail)
        monkeypatch.setattr(platform, "machine", fail)
        server.queue(json_reply(MODEL), json_reply(MODEL))
        client.models.retrieve("m")
        client.models.retrieve("m")
    assert server.requests[-1].headers["x-stainless-os"]
