"""Path parameters are percent-encoded exactly as the reference encodes them."""

from __future__ import annotations

from typing import Any, List

import httpx
import openai
import pytest

import openwire

ODD_IDS = ["file-abc123", "a/b?c#d e%", "a:b@c!d$e&f'g(h)i*j+k,l;m=n~_.-", "é[x]", "../x"]


def raw_paths(module: Any, file_id: str) -> List[bytes]:
    seen: List[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path)
        return httpx.Response(200, json={"id": "x", "object": "file", "deleted": True})

    client = module.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.files.delete(file_id)
    client.vector_stores.files.delete(file_id, vector_store_id=file_id)
    return seen


@pytest.mark.parametrize("file_id", ODD_IDS)
def test_path_params_match_the_reference(file_id: str) -> None:
    assert raw_paths(openwire, file_id) == raw_paths(openai, file_id)


def test_a_slash_cannot_reach_another_endpoint() -> None:
    assert raw_paths(openwire, "x/../../models") == [
        b"/v1/files/x%2F..%2F..%2Fmodels",
        b"/v1/vector_stores/x%2F..%2F..%2Fmodels/files/x%2F..%2F..%2Fmodels",
    ]
