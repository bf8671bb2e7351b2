"""Embeddings (deterministic vectors, float and base64, ``dimensions``) and moderations."""

from __future__ import annotations

import base64
import json
import struct

import pytest

from openwire.local import LocalAPI, embed_text
from openwire.types import CreateEmbeddingResponse, ModerationCreateResponse

from .conftest import Api
from .strict import strict


def test_vectors_are_deterministic_unit_vectors() -> None:
    vector = embed_text("openwire", 32)
    assert vector == embed_text("openwire", 32) != embed_text("other", 32)
    assert sum(x * x for x in vector) == pytest.approx(1.0, abs=1e-5)


def test_float_and_explicit_dimensions(api: Api) -> None:
    result = api.call(
        lambda c: c.embeddings.create(
            model="text-embedding-3-small", input=["a", "b"], encoding_format="float", dimensions=8
        )
    )
    assert [d.index for d in result.data] == [0, 1]
    assert result.data[0].embedding == embed_text("a", 8)
    assert result.usage.prompt_tokens == 2


def test_default_request_is_base64_decoded_by_the_client(api: Api) -> None:
    result = api.call(lambda c: c.embeddings.create(model="text-embedding-3-small", input="a"))
    assert result.data[0].embedding == embed_text("a", 16)


def test_base64_payload_is_little_endian_float32(app: LocalAPI) -> None:
    body = {"model": "m", "input": "a", "encoding_format": "base64", "dimensions": 4}
    payload = json.loads(app.handle("POST", "/v1/embeddings", json.dumps(body).encode()).body)  # type: ignore[arg-type]
    raw = base64.b64decode(payload["data"][0]["embedding"])
    assert list(struct.unpack("<4f", raw)) == embed_text("a", 4)
    float_body = {"model": "m", "input": [[1, 2, 3]], "encoding_format": "float"}
    strict(CreateEmbeddingResponse, app.handle("POST", "/v1/embeddings", json.dumps(float_body).encode()).body)


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"input": "a"}, "model"),
        ({"model": "m"}, "input"),
        ({"model": "m", "input": ""}, "input"),
        ({"model": "m", "input": [{}]}, "input[0]"),
        ({"model": "m", "input": "a", "encoding_format": "hex"}, "encoding_format"),
        ({"model": "m", "input": "a", "dimensions": 0}, "dimensions"),
    ],
)
def test_malformed_embedding_requests(app: LocalAPI, body: object, param: str) -> None:
    response = app.handle("POST", "/v1/embeddings", json.dumps(body).encode())
    assert response.status == 400
    assert json.loads(response.body)["error"]["param"] == param  # type: ignore[arg-type]


def test_moderation_flags_trigger_words(api: Api) -> None:
    result = api.call(lambda c: c.moderations.create(input=["I will kill the bug", "a nice day"]))
    flagged, clean = result.results
    assert flagged.flagged and flagged.categories.violence and flagged.category_scores.violence > 0.9
    assert not clean.flagged and clean.category_scores.violence < 0.01
    assert result.model == "omni-moderation-latest"


def test_moderation_shapes_are_strict(app: LocalAPI) -> None:
    multimodal = [
        {"type": "text", "text": "gore"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA=="}},
    ]
    for value in ("hello", ["a", "b"], multimodal):
        body = app.handle("POST", "/v1/moderations", json.dumps({"input": value}).encode()).body
        parsed = strict(ModerationCreateResponse, body)
    assert parsed.results[0].category_applied_input_types.violence_graphic == ["text", "image"]
    assert parsed.results[0].category_applied_input_types.hate == ["text"]
