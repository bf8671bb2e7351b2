"""``/embeddings`` (deterministic unit vectors from the text) and ``/moderations``."""

from __future__ import annotations

import base64
import struct
from typing import TYPE_CHECKING, Any, Dict, List

from .._model_math import count_tokens, embed_text
from .._moderations import moderate
from .._params import invalid, missing, one_of, optional_int
from .._wire import LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]


def _texts(raw: object) -> List[str]:
    """``input`` as strings: a string, strings, a token array or token arrays."""
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list) and raw:
        if all(isinstance(item, int) for item in raw):
            return [" ".join(map(str, raw))]
        texts = []
        for index, item in enumerate(raw):
            if isinstance(item, str):
                texts.append(item)
            elif isinstance(item, list) and all(isinstance(token, int) for token in item):
                texts.append(" ".join(map(str, item)))
            else:
                raise invalid(f"input[{index}]", f"Invalid 'input[{index}]': expected a string or an array of tokens.")
        return texts
    raise invalid("input", "'input' must be a non-empty string or array.")


def create_embeddings(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    if "model" not in payload:
        raise missing("model")
    if "input" not in payload:
        raise missing("input")
    texts = _texts(payload["input"])
    if any(text == "" for text in texts):
        raise invalid("input", "'input' cannot contain an empty string.")
    dimensions = optional_int(payload, "dimensions", app.embedding_dimensions, minimum=1) or app.embedding_dimensions
    encoding = one_of(payload, "encoding_format", ("float", "base64"), "float")
    data: List[Dict[str, Any]] = []
    for index, text in enumerate(texts):
        vector = embed_text(text, dimensions)
        value: object = vector
        if encoding == "base64":
            value = base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": value})
    tokens = sum(count_tokens(text) for text in texts)
    body = {
        "object": "list",
        "data": data,
        "model": payload["model"],
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
    return LocalResponse.json(200, body)


def create_moderation(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    if "input" not in payload:
        raise missing("input")
    model = payload.get("model") or "omni-moderation-latest"
    results = moderate(payload["input"])
    return LocalResponse.json(200, {"id": app.ids.new("modr"), "model": model, "results": results})


ROUTES: "list[Route]" = [
    ("POST", "/embeddings", create_embeddings),
    ("POST", "/moderations", create_moderation),
]
