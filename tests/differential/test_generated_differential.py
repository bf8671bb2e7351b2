"""Differential: ``openai`` 2.54.0 and openwire put the same request on the wire.

For a sample of calls across every resource, both SDKs send through an ``httpx.MockTransport``
that records the request and answers 400 (so neither parses a body). We compare the method,
the path, the query (parameter order included), and the body: byte-identical JSON, or for
multipart uploads the same parts (names, file names, contents) in the same order.
"""

from __future__ import annotations

import asyncio
import io
import json
from typing import Any, Callable, Dict, List, Optional, Tuple

import httpx
import pytest

openai = pytest.importorskip("openai")

FILE = ("speech.mp3", b"ID3\x00fake-bytes", "audio/mpeg")
IMAGE = ("image.png", b"\x89PNG\r\n\x1a\nfake", "image/png")

MESSAGES = [
    {"role": "developer", "content": "Be brief."},
    {
        "role": "user",
        "content": [{"type": "text", "text": "hi"}, {"type": "image_url", "image_url": {"url": "https://x/y.png"}}],
    },
    {
        "role": "assistant",
        "content": None,
        "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
    },
    {"role": "tool", "tool_call_id": "c1", "content": "42"},
]
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "f",
            "description": "d",
            "parameters": {"type": "object", "properties": {}},
            "strict": True,
        },
    }
]

# (resource path, method, positional args, keyword args)
CALLS: List[Tuple[str, str, Tuple[Any, ...], Dict[str, Any]]] = [
    ("chat.completions", "create", (), {"messages": MESSAGES, "model": "gpt-4o"}),
    (
        "chat.completions",
        "create",
        (),
        {
            "messages": MESSAGES,
            "model": "gpt-4o",
            "temperature": 0.2,
            "tools": TOOLS,
            "tool_choice": "auto",
            "metadata": {"k": "v"},
            "max_completion_tokens": None,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "s", "schema": {"type": "object"}, "strict": True},
            },
            "stream": False,
            "stop": ["a", "b"],
            "logit_bias": {"1": 2},
            "user": "u",
        },
    ),
    ("chat.completions", "retrieve", ("cmpl_1",), {}),
    ("chat.completions", "update", ("cmpl_1",), {"metadata": {"a": "b"}}),
    ("chat.completions", "list", (), {"after": "a", "limit": 5, "metadata": {"k": "v"}, "model": "m", "order": "desc"}),
    ("chat.completions", "delete", ("cmpl_1",), {}),
    ("chat.completions.messages", "list", ("cmpl_1",), {"limit": 2, "order": "asc"}),
    (
        "completions",
        "create",
        (),
        {
            "model": "gpt-3.5-turbo-instruct",
            "prompt": ["a", "b"],
            "max_tokens": 5,
            "echo": True,
            "logit_bias": {"50256": -100},
            "stream": False,
        },
    ),
    ("embeddings", "create", (), {"input": ["a", "b"], "model": "text-embedding-3-small"}),
    (
        "embeddings",
        "create",
        (),
        {"input": [[1, 2, 3]], "model": "text-embedding-3-small", "encoding_format": "float", "dimensions": 8},
    ),
    (
        "moderations",
        "create",
        (),
        {
            "input": [{"type": "text", "text": "t"}, {"type": "image_url", "image_url": {"url": "https://x"}}],
            "model": "omni-moderation-latest",
        },
    ),
    ("models", "list", (), {}),
    ("models", "retrieve", ("gpt-4o",), {}),
    ("models", "delete", ("ft:gpt-4o:x",), {}),
    (
        "images",
        "generate",
        (),
        {"prompt": "cat", "model": "gpt-image-1", "n": 2, "size": "1024x1024", "quality": "high"},
    ),
    ("images", "edit", (), {"image": [IMAGE, IMAGE], "prompt": "p", "model": "gpt-image-1", "n": 1}),
    ("images", "create_variation", (), {"image": IMAGE, "n": 1, "response_format": "b64_json"}),
    ("audio.speech", "create", (), {"input": "hi", "model": "tts-1", "voice": "alloy", "speed": 1.5}),
    (
        "audio.transcriptions",
        "create",
        (),
        {
            "file": FILE,
            "model": "whisper-1",
            "timestamp_granularities": ["word", "segment"],
            "response_format": "verbose_json",
            "temperature": 0.0,
        },
    ),
    ("audio.translations", "create", (), {"file": FILE, "model": "whisper-1", "prompt": "p"}),
    (
        "files",
        "create",
        (),
        {
            "file": ("data.jsonl", b'{"a": 1}\n'),
            "purpose": "batch",
            "expires_after": {"anchor": "created_at", "seconds": 3600},
        },
    ),
    ("files", "list", (), {"purpose": "batch", "limit": 10, "order": "asc", "after": "f"}),
    ("files", "retrieve", ("file_1",), {}),
    ("files", "delete", ("file_1",), {}),
    ("files", "content", ("file_1",), {}),
    (
        "batches",
        "create",
        (),
        {
            "completion_window": "24h",
            "endpoint": "/v1/chat/completions",
            "input_file_id": "file_1",
            "metadata": {"a": "b"},
        },
    ),
    ("batches", "list", (), {"limit": 3}),
    ("batches", "retrieve", ("batch_1",), {}),
    ("batches", "cancel", ("batch_1",), {}),
    ("uploads", "create", (), {"bytes": 10, "filename": "a.jsonl", "mime_type": "text/jsonl", "purpose": "batch"}),
    ("uploads", "complete", ("upload_1",), {"part_ids": ["p1", "p2"], "md5": "abc"}),
    ("uploads", "cancel", ("upload_1",), {}),
    ("uploads.parts", "create", ("upload_1",), {"data": b"chunk"}),
    (
        "fine_tuning.jobs",
        "create",
        (),
        {
            "model": "gpt-4o-mini",
            "training_file": "file_1",
            "hyperparameters": {"n_epochs": 2},
            "suffix": "s",
            "integrations": [{"type": "wandb", "wandb": {"project": "p"}}],
            "method": {"type": "supervised", "supervised": {"hyperparameters": {"batch_size": "auto"}}},
        },
    ),
    ("fine_tuning.jobs", "list", (), {"limit": 2, "metadata": {"k": "v"}}),
    ("fine_tuning.jobs", "list_events", ("ftjob_1",), {"limit": 2}),
    ("fine_tuning.jobs", "cancel", ("ftjob_1",), {}),
    ("fine_tuning.jobs.checkpoints", "list", ("ftjob_1",), {"after": "c"}),
    ("fine_tuning.checkpoints.permissions", "create", ("ft:x",), {"project_ids": ["p1"]}),
    ("fine_tuning.checkpoints.permissions", "delete", ("perm_1",), {"fine_tuned_model_checkpoint": "ft:x"}),
    (
        "fine_tuning.alpha.graders",
        "run",
        (),
        {
            "grader": {
                "type": "string_check",
                "name": "g",
                "input": "{{sample.output_text}}",
                "reference": "r",
                "operation": "eq",
            },
            "model_sample": "s",
        },
    ),
    (
        "fine_tuning.alpha.graders",
        "validate",
        (),
        {"grader": {"type": "python", "name": "g", "source": "def grade(a, b): return 1"}},
    ),
    (
        "vector_stores",
        "create",
        (),
        {
            "name": "vs",
            "file_ids": ["f1"],
            "expires_after": {"anchor": "last_active_at", "days": 2},
            "chunking_strategy": {
                "type": "static",
                "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
            },
        },
    ),
    ("vector_stores", "list", (), {"before": "b", "limit": 1}),
    ("vector_stores", "update", ("vs_1",), {"name": None, "metadata": {"a": "b"}}),
    (
        "vector_stores",
        "search",
        ("vs_1",),
        {
            "query": ["q1", "q2"],
            "filters": {"type": "eq", "key": "k", "value": 3},
            "max_num_results": 3,
            "rewrite_query": True,
        },
    ),
    ("vector_stores.files", "create", ("vs_1",), {"file_id": "f1", "attributes": {"a": 1, "b": True}}),
    ("vector_stores.files", "list", ("vs_1",), {"filter": "completed", "order": "desc"}),
    ("vector_stores.files", "retrieve", ("f1",), {"vector_store_id": "vs_1"}),
    ("vector_stores.files", "update", ("f1",), {"vector_store_id": "vs_1", "attributes": {"x": "y"}}),
    ("vector_stores.files", "content", ("f1",), {"vector_store_id": "vs_1"}),
    ("vector_stores.file_batches", "create", ("vs_1",), {"file_ids": ["f1", "f2"]}),
    ("vector_stores.file_batches", "list_files", ("batch_1",), {"vector_store_id": "vs_1", "filter": "failed"}),
    (
        "conversations",
        "create",
        (),
        {"items": [{"type": "message", "role": "user", "content": "hi"}], "metadata": {"a": "b"}},
    ),
    ("conversations", "update", ("conv_1",), {"metadata": {"a": "c"}}),
    (
        "conversations.items",
        "create",
        ("conv_1",),
        {
            "items": [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": "t"}]}],
            "include": ["message.output_text.logprobs"],
        },
    ),
    ("conversations.items", "list", ("conv_1",), {"include": ["file_search_call.results"], "limit": 3}),
    (
        "conversations.items",
        "retrieve",
        ("item_1",),
        {"conversation_id": "conv_1", "include": ["reasoning.encrypted_content"]},
    ),
    ("responses", "create", (), {"model": "gpt-4o", "input": "hi"}),
    (
        "responses",
        "create",
        (),
        {
            "model": "gpt-4o",
            "input": [
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "a"},
                        {"type": "input_image", "image_url": "https://x", "detail": "auto"},
                    ],
                }
            ],
            "instructions": "be nice",
            "tools": [
                {"type": "function", "name": "f", "parameters": {"type": "object"}, "strict": True},
                {"type": "web_search"},
            ],
            "reasoning": {"effort": "low"},
            "text": {"format": {"type": "json_schema", "name": "n", "schema": {"type": "object"}}},
            "store": False,
            "include": ["reasoning.encrypted_content"],
            "metadata": {"k": "v"},
            "previous_response_id": None,
        },
    ),
    ("responses", "retrieve", ("resp_1",), {"include": ["message.output_text.logprobs"], "starting_after": 3}),
    ("responses", "delete", ("resp_1",), {}),
    ("responses", "cancel", ("resp_1",), {}),
    ("responses", "compact", (), {"model": "gpt-5", "input": "hi"}),
    ("responses.input_items", "list", ("resp_1",), {"order": "asc", "include": ["message.input_image.image_url"]}),
    ("responses.input_tokens", "count", (), {"model": "gpt-4o", "input": "hi", "tools": []}),
    # The rest of the surface (issue 11): one call per resource, more where the wire differs
    # (admin key, OpenAI-Beta and beta=true, header and array query parameters, multipart).
    ("admin.organization.admin_api_keys", "create", (), {"name": "k"}),
    (
        "admin.organization.audit_logs",
        "list",
        (),
        {"project_ids": ["p1", "p2"], "event_types": ["project.created"], "limit": 2},
    ),
    ("admin.organization.certificates", "activate", (), {"certificate_ids": ["c1"]}),
    ("admin.organization.data_retention", "retrieve", (), {}),
    ("admin.organization.groups", "list", (), {"limit": 3, "after": "g"}),
    ("admin.organization.groups.roles", "create", ("g1",), {"role_id": "r1"}),
    ("admin.organization.groups.users", "create", ("g1",), {"user_id": "u1"}),
    ("admin.organization.invites", "create", (), {"email": "a@b.c", "role": "reader"}),
    ("admin.organization.projects", "archive", ("p1",), {}),
    ("admin.organization.projects.api_keys", "delete", ("k1",), {"project_id": "p1"}),
    ("admin.organization.projects.certificates", "activate", ("p1",), {"certificate_ids": ["c1"]}),
    ("admin.organization.projects.data_retention", "retrieve", ("p1",), {}),
    ("admin.organization.projects.groups", "create", ("p1",), {"group_id": "g1", "role": "member"}),
    ("admin.organization.projects.groups.roles", "create", ("g1",), {"project_id": "p1", "role_id": "r1"}),
    ("admin.organization.projects.hosted_tool_permissions", "retrieve", ("p1",), {}),
    ("admin.organization.projects.model_permissions", "delete", ("p1",), {}),
    ("admin.organization.projects.rate_limits", "list_rate_limits", ("p1",), {"limit": 2}),
    ("admin.organization.projects.roles", "create", ("p1",), {"permissions": ["a"], "role_name": "r"}),
    ("admin.organization.projects.service_accounts", "create", ("p1",), {"name": "s"}),
    ("admin.organization.projects.service_accounts.api_keys", "create", ("s1",), {"project_id": "p1"}),
    ("admin.organization.projects.spend_alerts", "list", ("p1",), {"limit": 1}),
    ("admin.organization.projects.spend_limit", "delete", ("p1",), {}),
    ("admin.organization.projects.users", "create", ("p1",), {"role": "member", "user_id": "u1"}),
    ("admin.organization.projects.users.roles", "create", ("u1",), {"project_id": "p1", "role_id": "r1"}),
    ("admin.organization.roles", "create", (), {"permissions": ["a", "b"], "role_name": "r"}),
    ("admin.organization.spend_alerts", "list", (), {}),
    ("admin.organization.spend_limit", "delete", (), {}),
    ("admin.organization.usage", "costs", (), {"start_time": 1, "group_by": ["project_id"], "limit": 2}),
    ("admin.organization.users", "delete", ("u1",), {}),
    ("admin.organization.users.roles", "create", ("u1",), {"role_id": "r1"}),
    ("beta.assistants", "create", (), {"model": "gpt-4o", "name": "a", "tools": [{"type": "code_interpreter"}]}),
    ("beta.assistants", "list", (), {"limit": 2, "order": "asc"}),
    ("beta.chatkit.sessions", "create", (), {"user": "u", "workflow": {"id": "w"}}),
    ("beta.chatkit.threads", "list_items", ("t1",), {"limit": 2}),
    ("beta.realtime.sessions", "create", (), {"model": "gpt-realtime"}),
    ("beta.realtime.transcription_sessions", "create", (), {}),
    ("beta.responses", "retrieve", ("resp_1",), {"betas": ["responses_multi_agent=v1"]}),
    ("beta.responses", "delete", ("resp_1",), {}),
    ("beta.responses.input_items", "list", ("resp_1",), {"limit": 2}),
    ("beta.responses.input_tokens", "count", (), {"model": "gpt-4o", "input": "hi"}),
    ("beta.threads", "create", (), {"messages": [{"role": "user", "content": "hi"}]}),
    ("beta.threads.messages", "create", ("t1",), {"content": "hi", "role": "user"}),
    (
        "beta.threads.runs",
        "create",
        ("t1",),
        {"assistant_id": "a1", "include": ["step_details.tool_calls[*].file_search.results[*].content"]},
    ),
    ("beta.threads.runs.steps", "list", ("r1",), {"thread_id": "t1", "limit": 2}),
    ("containers", "create", (), {"name": "c"}),
    ("containers.files", "create", ("c1",), {"file_id": "f1"}),
    ("containers.files", "create", ("c1",), {"file": ("a.txt", b"abc", "text/plain")}),
    ("containers.files", "delete", ("f1",), {"container_id": "c1"}),
    ("containers.files.content", "retrieve", ("f1",), {"container_id": "c1"}),
    ("content_provenance_checks", "create", (), {"file": ("a.png", b"png", "image/png")}),
    (
        "evals",
        "create",
        (),
        {"data_source_config": {"type": "custom", "item_schema": {"type": "object"}}, "testing_criteria": []},
    ),
    ("evals.runs", "cancel", ("r1",), {"eval_id": "e1"}),
    ("evals.runs.output_items", "list", ("r1",), {"eval_id": "e1", "status": "fail"}),
    ("realtime.calls", "accept", ("call_1",), {"type": "realtime", "model": "gpt-realtime"}),
    ("realtime.calls", "hangup", ("call_1",), {}),
    ("realtime.client_secrets", "create", (), {"expires_after": {"anchor": "created_at", "seconds": 60}}),
    ("skills", "create", (), {}),
    ("skills.content", "retrieve", ("s1",), {}),
    ("skills.versions", "create", ("s1",), {"default": True}),
    ("skills.versions.content", "retrieve", ("v1",), {"skill_id": "s1"}),
    ("videos", "create", (), {"prompt": "a cat", "seconds": "4"}),
    ("videos", "create", (), {"prompt": "a cat", "input_reference": IMAGE}),
    ("videos", "edit", (), {"prompt": "brighter", "video": ("clip.mp4", b"mp4-bytes", "video/mp4")}),
    ("videos", "extend", (), {"prompt": "longer", "seconds": "8", "video": ("clip.mp4", b"mp4-bytes", "video/mp4")}),
    ("videos", "create_character", (), {"name": "bob", "video": ("clip.mp4", b"mp4-bytes", "video/mp4")}),
    ("videos", "download_content", ("v1",), {"variant": "thumbnail"}),
    ("videos", "list", (), {"limit": 2}),
]


def _recorder(log: List[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        log.append(request)
        return httpx.Response(400, json={"error": {"message": "recorded", "type": "invalid_request_error"}})

    return httpx.MockTransport(handler)


def _resource(client: Any, path: str) -> Any:
    for part in path.split("."):
        client = getattr(client, part)
    return client


def _sync_request(
    factory: Callable[..., Any], path: str, method: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> httpx.Request:
    log: List[httpx.Request] = []
    client = factory(
        api_key="sk-test", admin_api_key="sk-admin", max_retries=0, http_client=httpx.Client(transport=_recorder(log))
    )
    with pytest.raises(Exception) as caught:
        getattr(_resource(client, path), method)(*args, **_copy(kwargs))
    assert "400" in str(caught.value), caught.value
    assert len(log) == 1
    return log[0]


def _async_request(
    factory: Callable[..., Any], path: str, method: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> httpx.Request:
    log: List[httpx.Request] = []

    async def run() -> None:
        client = factory(
            api_key="sk-test",
            admin_api_key="sk-admin",
            max_retries=0,
            http_client=httpx.AsyncClient(transport=_recorder(log)),
        )
        try:
            await getattr(_resource(client, path), method)(*args, **_copy(kwargs))
        except Exception as err:
            assert "400" in str(err), err

    asyncio.run(run())
    assert len(log) == 1
    return log[0]


def _copy(kwargs: Dict[str, Any]) -> Dict[str, Any]:
    return {k: io.BytesIO(v) if isinstance(v, io.BytesIO) else v for k, v in kwargs.items()}


def _parts(request: httpx.Request) -> Optional[List[Tuple[str, Optional[str], bytes]]]:
    """The parts of a multipart body: (name, filename, content), in order."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        return None
    boundary = content_type.split("boundary=", 1)[1].encode()
    parts = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-disposition"))
        name = disposition.split(b'name="', 1)[1].split(b'"', 1)[0].decode()
        filename = (
            disposition.split(b'filename="', 1)[1].split(b'"', 1)[0].decode() if b"filename=" in disposition else None
        )
        parts.append((name, filename, body))
    return parts


# Headers that name the SDK or the platform, or follow from a random multipart boundary.
_OWN_HEADERS = ("user-agent", "x-stainless-")
_BOUNDARY_HEADERS = ("content-type", "content-length")


def _headers(request: httpx.Request, multipart: bool) -> Dict[str, str]:
    return {
        name: value
        for name, value in request.headers.items()
        if not name.startswith(_OWN_HEADERS) and not (multipart and name in _BOUNDARY_HEADERS)
    }


def _assert_same(reference: httpx.Request, ours: httpx.Request) -> None:
    assert ours.method == reference.method
    assert ours.url.path == reference.url.path
    assert ours.url.query == reference.url.query
    reference_parts = _parts(reference)
    assert _headers(ours, reference_parts is not None) == _headers(reference, reference_parts is not None)
    if reference_parts is not None:
        assert _parts(ours) == reference_parts
        return
    if reference.content or ours.content:
        assert ours.content == reference.content, f"\nreference: {reference.content!r}\nopenwire:  {ours.content!r}"
        if reference.content:
            json.loads(reference.content)


def _ids() -> List[str]:
    seen: Dict[str, int] = {}
    out = []
    for path, method, _, _ in CALLS:
        key = f"{path}.{method}"
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return out


def test_the_sample_covers_every_resource_with_methods() -> None:
    from codegen.config import load_config

    covered = {path for path, *_ in CALLS}
    with_methods = {path for path, resource in load_config().resources.items() if resource.methods}
    assert with_methods <= covered, sorted(with_methods - covered)
    assert len(CALLS) >= 30


@pytest.mark.parametrize(("path", "method", "args", "kwargs"), CALLS, ids=_ids())
def test_sync_requests_match_the_reference(
    path: str, method: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> None:
    import openwire

    reference = _sync_request(openai.OpenAI, path, method, args, kwargs)
    ours = _sync_request(openwire.OpenAI, path, method, args, kwargs)
    _assert_same(reference, ours)


@pytest.mark.parametrize(("path", "method", "args", "kwargs"), CALLS, ids=_ids())
def test_async_requests_match_the_reference(
    path: str, method: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> None:
    import openwire

    reference = _async_request(openai.AsyncOpenAI, path, method, args, kwargs)
    ours = _async_request(openwire.AsyncOpenAI, path, method, args, kwargs)
    _assert_same(reference, ours)
