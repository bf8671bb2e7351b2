"""Provider emulation: chat completions in the wire format of OpenAI-compatible servers.

``LocalAPI(provider="deepseek")`` (``LocalServer(provider=...)``, ``python -m openwire.testing
--provider deepseek``) answers ``POST /chat/completions`` the way that provider does, as its
public docs describe. Each mode is a transformation of the OpenAI-shaped payloads ``_chat.py``
produces (a JSON body, or the SSE events of a stream), so scripted replies, tools and faults
work unchanged.

- ``deepseek``: ``reasoning_content`` on messages and deltas for ``deepseek-reasoner``; usage
  with ``prompt_cache_hit_tokens`` / ``prompt_cache_miss_tokens``; ``system_fingerprint`` kept;
  no ``service_tier``, ``refusal`` or ``annotations``.
- ``qwen`` (DashScope compatible mode): ``system_fingerprint`` null, ``logprobs`` null,
  ``"usage": null`` on every chunk and usage only in a final chunk with empty ``choices`` when
  ``stream_options.include_usage``; ``reasoning_content`` when the body has
  ``enable_thinking: true``.
- ``vllm``: ``stop_reason`` on choices, ``reasoning_content`` on messages and deltas (null
  unless the model is a reasoning model, as with ``--reasoning-parser``), ``prompt_logprobs``
  and ``kv_transfer_params`` null.
- ``ollama``: ``system_fingerprint`` ``"fp_ollama"`` (what ollama sends), no ``logprobs``, no
  ``service_tier``; a stream has no ``usage`` unless ``stream_options.include_usage``; it ends
  with ``data: [DONE]``.
- ``bare``: a minimal server: no ``object``, ``created``, ``system_fingerprint``,
  ``logprobs`` or ``service_tier``; ``null`` where lists are expected (``annotations``,
  ``tool_calls`` when there are none, ``choices`` of the usage chunk); no ``data: [DONE]``.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional

from ._embeddings import count_tokens
from ._rules import pieces
from ._wire import SSE_DONE, LocalResponse, sse_event

__all__ = ["PROVIDERS", "REASONING_TEXT", "check_provider", "emulate_chat"]

PROVIDERS = ("openai", "deepseek", "qwen", "vllm", "ollama", "bare")
REASONING_TEXT = "The user wants an answer. I will answer briefly."
_VLLM_REASONING_MODELS = ("reasoner", "r1", "qwq", "thinking")

Payload = Dict[str, Any]


def check_provider(provider: Optional[str]) -> str:
    name = (provider or "openai").lower()
    if name not in PROVIDERS:
        raise ValueError(f"Unknown provider emulation {provider!r}; expected one of {', '.join(PROVIDERS)}")
    return name


def _reasons(provider: str, request: Payload) -> bool:
    model = str(request.get("model", "")).lower()
    if provider == "deepseek":
        return model == "deepseek-reasoner"
    if provider == "qwen":
        return request.get("enable_thinking") is True
    if provider == "vllm":
        return any(tag in model for tag in _VLLM_REASONING_MODELS)
    return False


def _usage(provider: str, usage: Optional[Payload], reasoning_tokens: int) -> Optional[Payload]:
    if usage is None:
        return None
    prompt, completion = usage["prompt_tokens"], usage["completion_tokens"] + reasoning_tokens
    out: Payload = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
    if provider == "deepseek":
        out["prompt_tokens_details"] = {"cached_tokens": 0}
        out["prompt_cache_hit_tokens"] = 0
        out["prompt_cache_miss_tokens"] = prompt
        if reasoning_tokens:
            out["completion_tokens_details"] = {"reasoning_tokens": reasoning_tokens}
    elif provider == "qwen":
        out["prompt_tokens_details"] = {"cached_tokens": 0}
        if reasoning_tokens:
            out["completion_tokens_details"] = {"reasoning_tokens": reasoning_tokens}
    elif provider == "vllm":
        out["prompt_tokens_details"] = None
    return out


def _top(provider: str, payload: Payload) -> Payload:
    """The top-level fields every body and chunk of ``provider`` has, in place of OpenAI's."""
    out = dict(payload)
    out.pop("service_tier", None)
    if provider == "qwen":
        out["system_fingerprint"] = None
    elif provider == "vllm":
        out["system_fingerprint"] = None
    elif provider == "ollama":
        out["system_fingerprint"] = "fp_ollama"
    elif provider == "bare":
        for name in ("object", "created", "system_fingerprint"):
            out.pop(name, None)
    return out


def _choice(provider: str, choice: Payload) -> Payload:
    out = dict(choice)
    if provider in ("ollama", "bare"):
        out.pop("logprobs", None)
    if provider == "vllm":
        out["stop_reason"] = None
    return out


def _completion(provider: str, payload: Payload, request: Payload) -> Payload:
    reasoning = REASONING_TEXT if _reasons(provider, request) else None
    out = _top(provider, payload)
    choices: List[Payload] = []
    for choice in payload.get("choices") or []:
        new = _choice(provider, choice)
        message = dict(choice["message"])
        if message.get("refusal", "") is None:
            del message["refusal"]
        if provider in ("deepseek", "qwen", "ollama"):
            message.pop("annotations", None)
        if provider == "vllm":
            message.setdefault("tool_calls", [])
            message.pop("annotations", None)
            message["reasoning_content"] = reasoning
        elif provider == "bare":
            message["annotations"] = None
            message.setdefault("tool_calls", None)
        elif reasoning is not None:
            message["reasoning_content"] = reasoning
        new["message"] = message
        choices.append(new)
    out["choices"] = choices
    if provider == "vllm":
        out["prompt_logprobs"] = None
        out["kv_transfer_params"] = None
    reasoning_tokens = count_tokens(reasoning) * len(choices) if reasoning else 0
    out["usage"] = _usage(provider, payload.get("usage"), reasoning_tokens)
    return out


def _chunks(provider: str, payload: Payload, request: Payload) -> Iterator[Payload]:
    """One OpenAI chunk becomes zero or more chunks of ``provider``."""
    reasoning = _reasons(provider, request)
    out = _top(provider, payload)
    choices = payload.get("choices") or []
    if not choices:  # the usage chunk
        if provider == "bare":
            out["choices"] = None
        reasoning_tokens = count_tokens(REASONING_TEXT) if reasoning else 0
        out["usage"] = _usage(provider, payload.get("usage"), reasoning_tokens)
        yield out
        return
    if provider == "qwen":
        out["usage"] = None
    elif provider in ("ollama", "bare"):
        out.pop("usage", None)
    choice = _choice(provider, choices[0])
    delta: Payload = dict(choice["delta"])
    if provider != "openai" and "refusal" in delta and delta["refusal"] is None:
        del delta["refusal"]
    if "role" in delta and delta.get("content") == "" and not delta.get("tool_calls") and reasoning:
        # Reasoning models think first: the role chunk, the reasoning pieces, then the answer.
        head = {**delta, "content": None, "reasoning_content": ""}
        yield {**out, "choices": [{**choice, "delta": head}]}
        for piece in pieces(REASONING_TEXT):
            yield {**out, "choices": [{**choice, "delta": {"content": None, "reasoning_content": piece}}]}
        return
    if provider == "vllm" or (reasoning and provider == "deepseek"):
        if "content" in delta or "tool_calls" in delta:
            delta.setdefault("reasoning_content", None)
    yield {**out, "choices": [{**choice, "delta": delta}]}


def _stream(provider: str, events: Iterator[bytes], request: Payload) -> Iterator[bytes]:
    for event in events:
        if event == SSE_DONE:
            if provider != "bare":
                yield event
            continue
        if not event.startswith(b"data: "):
            yield event
            continue
        payload = json.loads(event[len(b"data: ") :])
        for chunk in _chunks(provider, payload, request):
            yield sse_event(chunk)


def emulate_chat(provider: str, request: Payload, response: LocalResponse) -> LocalResponse:
    """``response`` (an OpenAI-shaped chat completion or stream) as ``provider`` sends it."""
    if provider == "openai" or response.status != 200:
        return response
    if isinstance(response.body, bytes):
        response.body = json.dumps(_completion(provider, json.loads(response.body), request)).encode()
        return response
    response.body = _stream(provider, response.body, request)
    return response
