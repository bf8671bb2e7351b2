"""An in-memory, OpenAI-compatible API: requests in, canned-but-deterministic answers out.

One handler serves both the in-process httpx transport and the real HTTP server, so what a
test sees in-process is what goes over a socket. It speaks the real wire format (JSON bodies,
the API's error shape, Server-Sent Events), so the reference SDK works against it too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import struct
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

__all__ = ["LocalAPI", "LocalResponse"]

Body = Union[bytes, Iterator[bytes]]

MODELS = ["gpt-4o-mini", "gpt-4o", "text-embedding-3-small", "openwire-local"]


@dataclass
class LocalResponse:
    status: int
    body: Body
    headers: Dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, payload: object, headers: Optional[Dict[str, str]] = None) -> "LocalResponse":
        return cls(status, json.dumps(payload).encode(), {"content-type": "application/json", **(headers or {})})

    @classmethod
    def error(
        cls, status: int, message: str, *, type: str, param: Optional[str] = None, code: Optional[str] = None
    ) -> "LocalResponse":
        return cls.json(status, {"error": {"message": message, "type": type, "param": param, "code": code}})


class LocalAPI:
    """Routes one request at a time; state (if any) lives on the instance."""

    def __init__(self) -> None:
        self._counter = 0
        self._routes: List[Tuple[str, re.Pattern[str], Callable[..., LocalResponse]]] = [
            ("POST", re.compile(r"/chat/completions"), self._chat_completions),
            ("GET", re.compile(r"/models"), self._list_models),
            ("GET", re.compile(r"/models/(?P<model>[^/]+)"), self._retrieve_model),
            ("POST", re.compile(r"/embeddings"), self._embeddings),
        ]

    def handle(self, method: str, path: str, body: bytes) -> LocalResponse:
        path = "/" + path.split("?", 1)[0].strip("/")
        if path.startswith("/v1/") or path == "/v1":
            path = path[3:] or "/"
        for route_method, pattern, handler in self._routes:
            match = pattern.fullmatch(path)
            if match and route_method == method.upper():
                try:
                    payload = json.loads(body) if body else {}
                except ValueError:
                    return LocalResponse.error(400, "The request body is not valid JSON.", type="invalid_request_error")
                if not isinstance(payload, dict):
                    return LocalResponse.error(
                        400, "The request body must be a JSON object.", type="invalid_request_error"
                    )
                return handler(payload, **match.groupdict())
        return LocalResponse.error(
            404, f"Unknown request URL: {method.upper()} {path}.", type="invalid_request_error", code="unknown_url"
        )

    def _next_id(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}-local{self._counter:06d}"

    # -- chat completions ------------------------------------------------------------------

    def _chat_completions(self, payload: Dict[str, Any]) -> LocalResponse:
        for name in ("model", "messages"):
            if name not in payload:
                return LocalResponse.error(
                    400,
                    f"Missing required parameter: '{name}'.",
                    type="invalid_request_error",
                    param=name,
                    code="missing_required_parameter",
                )
        messages = payload["messages"]
        if not isinstance(messages, list) or not messages:
            return LocalResponse.error(
                400, "'messages' must be a non-empty array.", type="invalid_request_error", param="messages"
            )
        reply = _reply_to(messages)
        model = str(payload["model"])
        usage = _usage(messages, reply)
        completion_id = self._next_id("chatcmpl")
        created = int(time.time())
        if payload.get("stream"):
            include_usage = bool((payload.get("stream_options") or {}).get("include_usage"))
            return LocalResponse(
                200,
                _chat_stream(completion_id, created, model, reply, usage if include_usage else None),
                {"content-type": "text/event-stream"},
            )
        return LocalResponse.json(
            200,
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": created,
                "model": model,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": usage,
                "system_fingerprint": "fp_openwire_local",
            },
            {"x-request-id": self._next_id("req")},
        )

    # -- models -------------------------------------------------------------------------------

    def _list_models(self, payload: Dict[str, Any]) -> LocalResponse:
        return LocalResponse.json(200, {"object": "list", "data": [_model(name) for name in MODELS]})

    def _retrieve_model(self, payload: Dict[str, Any], model: str) -> LocalResponse:
        if model not in MODELS:
            return LocalResponse.error(
                404,
                f"The model '{model}' does not exist",
                type="invalid_request_error",
                param="model",
                code="model_not_found",
            )
        return LocalResponse.json(200, _model(model))

    # -- embeddings ---------------------------------------------------------------------------

    def _embeddings(self, payload: Dict[str, Any]) -> LocalResponse:
        raw_input = payload.get("input")
        if raw_input is None:
            return LocalResponse.error(
                400, "Missing required parameter: 'input'.", type="invalid_request_error", param="input"
            )
        texts = [raw_input] if isinstance(raw_input, str) else [str(item) for item in raw_input]
        dimensions = int(payload.get("dimensions") or 16)
        encoding = payload.get("encoding_format", "float")
        data = []
        for index, text in enumerate(texts):
            vector = embed_text(text, dimensions)
            value: object = (
                base64.b64encode(struct.pack(f"<{dimensions}f", *vector)).decode() if encoding == "base64" else vector
            )
            data.append({"object": "embedding", "index": index, "embedding": value})
        tokens = sum(len(text.split()) for text in texts)
        return LocalResponse.json(
            200,
            {
                "object": "list",
                "data": data,
                "model": payload.get("model", "text-embedding-3-small"),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            },
        )


def embed_text(text: str, dimensions: int) -> List[float]:
    """A deterministic unit vector derived from the text (same text, same vector)."""
    digest = b""
    counter = 0
    while len(digest) < dimensions * 4:
        digest += hashlib.sha256(f"{counter}:{text}".encode()).digest()
        counter += 1
    raw = [int.from_bytes(digest[i * 4 : i * 4 + 4], "little") / 2**32 - 0.5 for i in range(dimensions)]
    norm = sum(x * x for x in raw) ** 0.5 or 1.0
    # Round-trip through float32 so float and base64 encodings give the same numbers.
    return list(struct.unpack(f"<{dimensions}f", struct.pack(f"<{dimensions}f", *(x / norm for x in raw))))


def _model(name: str) -> Dict[str, Any]:
    return {"id": name, "object": "model", "created": 1700000000, "owned_by": "openwire"}


def _text_of(message: Dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def _reply_to(messages: List[Any]) -> str:
    last_user = next((m for m in reversed(messages) if isinstance(m, dict) and m.get("role") == "user"), None)
    text = _text_of(last_user) if last_user else ""
    return f"You said: {text}" if text else "Hello from the openwire local server."


def _usage(messages: List[Any], reply: str) -> Dict[str, int]:
    prompt = sum(len(_text_of(m).split()) for m in messages if isinstance(m, dict))
    completion = len(reply.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _sse(payload: object) -> bytes:
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def _chat_stream(
    completion_id: str, created: int, model: str, reply: str, usage: Optional[Dict[str, int]]
) -> Iterator[bytes]:
    base = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": "fp_openwire_local",
    }
    yield _sse(
        {
            **base,
            "choices": [
                {"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": None, "finish_reason": None}
            ],
        }
    )
    words = reply.split(" ")
    for i, word in enumerate(words):
        piece = word if i == 0 else " " + word
        yield _sse(
            {**base, "choices": [{"index": 0, "delta": {"content": piece}, "logprobs": None, "finish_reason": None}]}
        )
    yield _sse({**base, "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}]})
    if usage is not None:
        yield _sse({**base, "choices": [], "usage": usage})
    yield b"data: [DONE]\n\n"
