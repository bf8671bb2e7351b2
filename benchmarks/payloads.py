"""Canned request and response bodies, shaped like what the OpenAI API sends today."""

from __future__ import annotations

import json
from typing import Any, Dict, List

__all__ = [
    "MODEL",
    "CHAT_REQUEST",
    "EMBEDDING_REQUEST",
    "chat_completion_body",
    "chat_stream_events",
    "embedding_body",
]

MODEL = "gpt-4o-mini"
MESSAGES: List[Dict[str, str]] = [
    {"role": "system", "content": "You are a terse assistant."},
    {"role": "user", "content": "Say hello in one short sentence."},
]
CHAT_REQUEST: Dict[str, Any] = {"model": MODEL, "messages": MESSAGES}
EMBEDDING_REQUEST: Dict[str, Any] = {
    "model": "text-embedding-3-small",
    "input": "The quick brown fox jumps over the lazy dog.",
    "encoding_format": "float",
}

_ID = "chatcmpl-BmT3xZq9Kf0wLq2vX7hYbN4sR1cDe"
_CREATED = 1_752_000_000
_SERVED_MODEL = "gpt-4o-mini-2024-07-18"
_FINGERPRINT = "fp_34a54ae93c"


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def chat_completion_body() -> bytes:
    """A small, complete ``chat.completion`` object (~600 bytes)."""
    return _dumps(
        {
            "id": _ID,
            "object": "chat.completion",
            "created": _CREATED,
            "model": _SERVED_MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": "Hello! It is nice to meet you; how can I help you today?",
                        "refusal": None,
                        "annotations": [],
                    },
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": 24,
                "completion_tokens": 15,
                "total_tokens": 39,
                "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
                "completion_tokens_details": {
                    "reasoning_tokens": 0,
                    "audio_tokens": 0,
                    "accepted_prediction_tokens": 0,
                    "rejected_prediction_tokens": 0,
                },
            },
            "service_tier": "default",
            "system_fingerprint": _FINGERPRINT,
        }
    )


def _chunk(delta: Dict[str, Any], finish_reason: Any = None) -> bytes:
    return _dumps(
        {
            "id": _ID,
            "object": "chat.completion.chunk",
            "created": _CREATED,
            "model": _SERVED_MODEL,
            "service_tier": "default",
            "system_fingerprint": _FINGERPRINT,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
            "obfuscation": "k3Xq",
        }
    )


_WORDS = ("Hello", " there", "!", " Streaming", " tokens", " one", " at", " a", " time", ".")


def chat_stream_events(count: int) -> List[bytes]:
    """``count`` SSE events (``data: {...}\\n\\n``) of a ``chat.completion.chunk`` stream,
    followed by ``data: [DONE]``: a role chunk, content deltas, and a final ``stop`` chunk."""
    events = [_chunk({"role": "assistant", "content": "", "refusal": None})]
    for i in range(max(count - 2, 0)):
        events.append(_chunk({"content": _WORDS[i % len(_WORDS)]}))
    events.append(_chunk({}, finish_reason="stop"))
    out = [b"data: " + payload + b"\n\n" for payload in events[:count]]
    out.append(b"data: [DONE]\n\n")
    return out


def embedding_body(dimensions: int = 1536) -> bytes:
    """A ``list`` of one float embedding, as returned for ``encoding_format="float"``."""
    import random  # only the server needs it; keeps the client-side probes light

    rng = random.Random(1536)
    vector = [round(rng.uniform(-0.1, 0.1), 9) for _ in range(dimensions)]
    return _dumps(
        {
            "object": "list",
            "data": [{"object": "embedding", "index": 0, "embedding": vector}],
            "model": "text-embedding-3-small",
            "usage": {"prompt_tokens": 10, "total_tokens": 10},
        }
    )
