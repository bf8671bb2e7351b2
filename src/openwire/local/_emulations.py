"""Provider emulation: chat completions in the wire format of OpenAI-compatible servers.

``LocalAPI(provider="deepseek")`` (``LocalServer(provider=...)``, ``python -m openwire.local
--provider deepseek``) answers ``POST /chat/completions`` the way that provider does. Each mode
is a transformation of the OpenAI-shaped payloads ``routes/chat.py`` produces (a JSON body, or the SSE
events of a stream), so scripted replies, tools and faults work unchanged. Errors, ``GET /models``
and ``POST /embeddings`` are reshaped in ``_emulated_shapes.py``.

A streamed answer of a thinking model gives its reasoning first, then the text or the tool
calls. What a provider refuses or ignores in a request is in ``_emulated_requests.py``.

Where each fact comes from is noted next to it: "zhipuai SDK" etc. are the provider SDKs'
response types, "litellm" its per-provider transformation code; "docs" marks what comes from
the provider's public documentation without a local source to check it against.

- ``deepseek``: ``reasoning_content`` on messages and deltas for ``deepseek-reasoner`` or with
  ``thinking: {"type": "enabled"}`` (litellm deepseek); usage
  with ``prompt_cache_hit_tokens`` / ``prompt_cache_miss_tokens``; ``system_fingerprint`` kept;
  no ``service_tier``, ``refusal`` or ``annotations``.
- ``qwen`` (DashScope compatible mode): ``system_fingerprint`` null, ``logprobs`` null,
  ``"usage": null`` on every chunk and usage only in a final chunk with empty ``choices`` when
  ``stream_options.include_usage``; ``reasoning_content`` when the body has
  ``enable_thinking: true``.
- ``zhipu`` (GLM): ``request_id``; no ``system_fingerprint`` or ``logprobs``;
  ``reasoning_content`` when the body has ``thinking: {"type": "enabled"}``; a stream carries
  its usage on the last choice chunk, not in a chunk of its own.
- ``moonshot`` (Kimi): usage with ``cached_tokens``; a stream carries its usage inside the last
  choice (``choices[0].usage``); ``reasoning_content`` for ``*thinking*`` models.
- ``openrouter``: the upstream ``provider`` name; usage with ``cost``; ``reasoning`` (not
  ``reasoning_content``) and signed ``reasoning_details`` blocks (docs) when the body asks for
  ``reasoning``; ``: OPENROUTER PROCESSING`` SSE comments before the first chunk.
- ``groq``: ``x_groq`` (its request id; in a stream on the first and the last choice chunk,
  the last one with ``x_groq.usage``); usage with ``queue_time`` / ``prompt_time`` /
  ``completion_time`` / ``total_time``; ``service_tier: "on_demand"``; ``reasoning`` with
  ``reasoning_format: "parsed"``.
- ``together``: ``prompt: []`` and a ``seed`` per choice; no ``system_fingerprint``; usage
  without details; ``reasoning`` for reasoning models (``r1``, ``qwq``, ``thinking``).
- ``mistral``: no ``system_fingerprint``, ``service_tier`` or ``logprobs``; ``prefix: false``
  and ``tool_calls: null`` on messages; usage without details, and in a stream on the last
  choice chunk.
- ``vllm`` (0.33): ``stop_reason`` on choices, ``reasoning`` on messages (null unless the
  model is a reasoning model, as with ``--reasoning-parser``) and on the deltas that carry it;
  no ``tool_calls`` when there are none; ``prompt_logprobs`` and ``kv_transfer_params`` null
  (vllm entrypoints/openai/chat_completion/protocol.py: ChatMessage, DeltaMessage).
- ``ollama``: ``system_fingerprint`` ``"fp_ollama"`` (what ollama sends), no ``logprobs``, no
  ``service_tier``; a stream has no ``usage`` unless ``stream_options.include_usage``; it ends
  with ``data: [DONE]``.
- ``lmstudio``: ``system_fingerprint`` is the model's name and every body and chunk has
  ``stats``; usage without details.
- ``bare``: a minimal server: no ``object``, ``created``, ``system_fingerprint``,
  ``logprobs`` or ``service_tier``; ``null`` where lists are expected (``annotations``,
  ``tool_calls`` when there are none, ``choices`` of the usage chunk); no ``data: [DONE]``.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List, Optional, Union

from ._emulated_requests import signature_of
from ._model_math import count_tokens
from ._rules import pieces
from ._wire import SSE_DONE, LocalResponse, sse_event

__all__ = [
    "EMULATIONS",
    "REASONING_TEXT",
    "asked_for_usage",
    "check_emulation",
    "emulate_chat",
    "reasons",
    "streams_usage",
]

EMULATIONS = (
    "openai",
    "deepseek",
    "qwen",
    "zhipu",
    "moonshot",
    "openrouter",
    "groq",
    "together",
    "mistral",
    "vllm",
    "ollama",
    "lmstudio",
    "bare",
)
REASONING_TEXT = "The user wants an answer. I will answer briefly."
_REASONING_MODELS = ("reasoner", "r1", "qwq", "thinking")
# The field reasoning text travels in; ``reasoning_content`` elsewhere.
# openrouter: litellm copies ``delta.reasoning`` to reasoning_content; groq and together: the
# ``reasoning`` field of their SDKs' messages and deltas.
# vllm 0.33: ``reasoning`` (``reasoning_content`` is the deprecated name).
_REASONING_FIELD = {"openrouter": "reasoning", "groq": "reasoning", "together": "reasoning", "vllm": "reasoning"}
# Providers that send a stream's usage on its last choice chunk, asked for or not (zhipuai SDK
# and mistralai SDK: chunks with both ``choices`` and ``usage``; groq SDK: ``x_groq.usage``
# "only sent in the final chunk"; moonshot: ``choices[0].usage``, docs).
_USAGE_ON_LAST_CHUNK = ("zhipu", "moonshot", "groq", "mistral")
# Usage with only the three counts (together SDK ChatCompletionUsage, mistralai SDK UsageInfo).
_PLAIN_USAGE = ("together", "mistral", "lmstudio", "ollama", "bare")
_OPENROUTER_UPSTREAMS = {"openai": "OpenAI", "deepseek": "DeepSeek", "meta-llama": "DeepInfra"}
_NO_ANNOTATIONS = ("deepseek", "qwen", "ollama", "zhipu", "moonshot", "groq", "together", "mistral", "lmstudio")

Payload = Dict[str, Any]


def check_emulation(provider: Optional[str]) -> str:
    name = (provider or "openai").lower()
    if name not in EMULATIONS:
        raise ValueError(f"Unknown provider emulation {provider!r}; expected one of {', '.join(EMULATIONS)}")
    return name


def streams_usage(provider: str) -> bool:
    """Whether ``provider`` reports a stream's usage without ``stream_options.include_usage``."""
    return provider in _USAGE_ON_LAST_CHUNK


def asked_for_usage(request: Payload) -> bool:
    """Whether the request has ``stream_options.include_usage``."""
    options = request.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


def reasons(provider: str, request: Payload) -> bool:
    """Whether ``provider`` answers ``request`` with reasoning (a thinking model, thinking on)."""
    model = str(request.get("model", "")).lower()
    if provider in ("deepseek", "zhipu"):  # litellm deepseek / bigmodel: {"type": "enabled"}
        thinking = request.get("thinking")
        enabled = isinstance(thinking, dict) and thinking.get("type") == "enabled"
        return enabled or (provider == "deepseek" and model == "deepseek-reasoner")
    if provider == "qwen":
        return request.get("enable_thinking") is True
    if provider == "moonshot":  # kimi-k2-thinking (docs); litellm fills reasoning_content for these
        return "thinking" in model
    if provider == "openrouter":  # litellm always sends the ``reasoning`` parameter through
        reasoning = request.get("reasoning")
        return isinstance(reasoning, dict) and not reasoning.get("exclude")
    if provider == "groq":  # groq SDK: ``reasoning`` "when reasoning_format has value parsed"
        return request.get("reasoning_format") == "parsed"
    if provider in ("vllm", "together"):
        return any(tag in model for tag in _REASONING_MODELS)
    return False


def _usage(provider: str, usage: Optional[Payload], reasoning_tokens: int) -> Optional[Payload]:
    if usage is None:
        return None
    prompt, completion = usage["prompt_tokens"], usage["completion_tokens"] + reasoning_tokens
    out: Payload = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
    if provider in _PLAIN_USAGE:
        return out
    if provider == "vllm":
        out["prompt_tokens_details"] = None
        return out
    if provider == "deepseek":
        out["prompt_cache_hit_tokens"] = 0
        out["prompt_cache_miss_tokens"] = prompt
    elif provider == "moonshot":  # docs: ``cached_tokens`` in usage (context caching)
        out["cached_tokens"] = 0
    elif provider == "openrouter":  # litellm reads ``usage.cost`` (credits) for its cost tracking
        out["cost"] = round(out["total_tokens"] * 1e-6, 8)
    elif provider == "groq":  # groq SDK CompletionUsage: timings in seconds
        out.update(queue_time=0.001, prompt_time=0.002, completion_time=0.01, total_time=0.012)
    # zhipuai SDK chunk usage, litellm cache_tokens.py (moonshot, deepseek): prompt_tokens_details.cached_tokens
    out["prompt_tokens_details"] = {"cached_tokens": 0}
    if reasoning_tokens:
        out["completion_tokens_details"] = {"reasoning_tokens": reasoning_tokens}
    return out


def _top(provider: str, payload: Payload, request: Payload) -> Payload:
    """The top-level fields every body and chunk of ``provider`` has, in place of OpenAI's."""
    out = dict(payload)
    out.pop("service_tier", None)
    if provider in ("qwen", "vllm"):
        out["system_fingerprint"] = None
    elif provider == "ollama":
        out["system_fingerprint"] = "fp_ollama"
    elif provider == "zhipu":  # zhipuai SDK Completion: request_id, no system_fingerprint
        out.pop("system_fingerprint", None)
        out["request_id"] = payload.get("id")
    elif provider == "mistral":  # not in the mistralai SDK response types
        out.pop("system_fingerprint", None)
    elif provider == "groq":  # groq SDK: service_tier "auto" | "on_demand" | "flex" | "performance"
        out["service_tier"] = "on_demand"
    elif provider == "openrouter":  # litellm keeps the top-level ``provider`` as the upstream provider
        vendor, _, name = str(request.get("model", "")).partition("/")
        out["provider"] = _OPENROUTER_UPSTREAMS.get(vendor, vendor.title()) if name else "OpenWire"
    elif provider == "lmstudio":  # docs: the loaded model's name; ``stats`` on every answer
        out["system_fingerprint"] = request.get("model")
        out["stats"] = {}
    elif provider == "bare":
        for name in ("object", "created", "system_fingerprint"):
            out.pop(name, None)
    return out


def _choice(provider: str, choice: Payload) -> Payload:
    out = dict(choice)
    if provider in ("ollama", "bare", "zhipu", "mistral"):  # no logprobs in zhipuai / mistralai choices
        out.pop("logprobs", None)
    if provider == "vllm":
        out["stop_reason"] = None
    return out


def _detail(text: str, *, signed: bool) -> Payload:
    """An OpenRouter reasoning block (docs: ``reasoning_details``, ``reasoning.text`` with the
    upstream's signature); in a stream, pieces of one block share its ``index``."""
    detail: Payload = {"type": "reasoning.text", "text": text, "format": "anthropic-claude-v1", "index": 0}
    if signed:
        detail["signature"] = signature_of(REASONING_TEXT)
    return detail


def _x_groq(payload: Payload) -> Payload:
    return {"id": "req_" + str(payload.get("id", "")).rsplit("-", 1)[-1]}


def _completion(provider: str, payload: Payload, request: Payload) -> Payload:
    reasoning = REASONING_TEXT if reasons(provider, request) else None
    field = _REASONING_FIELD.get(provider, "reasoning_content")
    out = _top(provider, payload, request)
    choices: List[Payload] = []
    for index, choice in enumerate(payload.get("choices") or []):
        new = _choice(provider, choice)
        message = dict(choice["message"])
        if message.get("refusal", "") is None:
            del message["refusal"]
        if provider in _NO_ANNOTATIONS:
            message.pop("annotations", None)
        if provider == "vllm":  # reasoning always there; empty tool_calls dropped on serialisation
            if not message.get("tool_calls"):
                message.pop("tool_calls", None)
            message["reasoning"] = reasoning
        elif provider == "bare":
            message["annotations"] = None
            message.setdefault("tool_calls", None)
        elif provider == "openrouter":  # ``reasoning`` is always there, null unless asked for
            message["reasoning"] = reasoning
            if reasoning is not None:  # docs: the blocks to send back unchanged on the next turn
                message["reasoning_details"] = [_detail(reasoning, signed=True)]
        elif reasoning is not None:
            message[field] = reasoning
        if provider == "mistral":  # mistralai SDK AssistantMessage: prefix, nullable tool_calls
            message.setdefault("tool_calls", None)
            message["prefix"] = False
        if provider == "together":  # together SDK Choice.seed
            new["seed"] = 1000 + index
        new["message"] = message
        choices.append(new)
    out["choices"] = choices
    if provider == "vllm":
        out["prompt_logprobs"] = None
        out["kv_transfer_params"] = None
    elif provider == "together":  # together SDK ChatCompletion.prompt (the prompt's logprobs)
        out["prompt"] = []
        out.pop("system_fingerprint", None)
    elif provider == "groq":
        out["x_groq"] = _x_groq(payload)
    reasoning_tokens = count_tokens(reasoning) * len(choices) if reasoning else 0
    out["usage"] = _usage(provider, payload.get("usage"), reasoning_tokens)
    return out


def _chunks(provider: str, payload: Payload, request: Payload) -> Iterator[Payload]:
    """One OpenAI chunk becomes zero or more chunks of ``provider``."""
    reasoning = reasons(provider, request)
    field = _REASONING_FIELD.get(provider, "reasoning_content")
    out = _top(provider, payload, request)
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
    elif provider in ("ollama", "bare") or (provider in _USAGE_ON_LAST_CHUNK and not asked_for_usage(request)):
        out.pop("usage", None)
    choice = _choice(provider, choices[0])
    delta: Payload = dict(choice["delta"])
    if provider != "openai" and "refusal" in delta and delta["refusal"] is None:
        del delta["refusal"]
    if "role" in delta:
        if provider == "groq":  # groq SDK: x_groq.id "sent only in the first and final chunk"
            out["x_groq"] = _x_groq(payload)
        if (delta.get("content") == "" or delta.get("tool_calls")) and reasoning:
            # Reasoning models think first: the role chunk, the reasoning pieces, then the answer
            # (text, or the tool calls).
            head = {**delta, "content": None, field: ""}
            head.pop("tool_calls", None)
            yield {**out, "choices": [{**choice, "delta": head}]}
            out.pop("x_groq", None)
            parts = pieces(REASONING_TEXT)
            for number, piece in enumerate(parts):
                step: Payload = {"content": None, field: piece}
                if provider == "openrouter":  # the signature comes with the last piece
                    step["reasoning_details"] = [_detail(piece, signed=number == len(parts) - 1)]
                yield {**out, "choices": [{**choice, "delta": step}]}
            if not delta.get("tool_calls"):
                return
            delta = {name: value for name, value in delta.items() if name != "role"}
    if reasoning and provider == "deepseek":
        if "content" in delta or "tool_calls" in delta:
            delta.setdefault("reasoning_content", None)
    if provider == "together" and choice.get("finish_reason"):
        choice["seed"] = 1000 + int(choice.get("index") or 0)
    yield {**out, "choices": [{**choice, "delta": delta}]}


def _with_usage(provider: str, chunk: Payload, usage: Payload) -> Payload:
    """The last choice chunk, carrying the stream's usage the way ``provider`` does."""
    if provider == "moonshot":
        first = {**chunk["choices"][0], "usage": usage}
        return {**chunk, "choices": [first, *chunk["choices"][1:]]}
    if provider == "groq":
        return {**chunk, "x_groq": {**_x_groq(chunk), "usage": usage}}
    return {**chunk, "usage": usage}


Event = Union[bytes, Payload]


def _events(provider: str, events: Iterator[bytes], request: Payload) -> Iterator[Event]:
    for event in events:
        if event == SSE_DONE:
            if provider != "bare":
                yield event
            continue
        if not event.startswith(b"data: "):
            yield event
            continue
        yield from _chunks(provider, json.loads(event[len(b"data: ") :]), request)


def _stream(provider: str, events: Iterator[bytes], request: Payload) -> Iterator[bytes]:
    if provider == "openrouter":  # docs: keep-alive comments while the upstream model starts
        yield b": OPENROUTER PROCESSING\n\n"
        yield b": OPENROUTER PROCESSING\n\n"
    held: Optional[Payload] = None  # the last choice chunk, until we know whether usage follows
    for event in _events(provider, events, request):
        if provider in _USAGE_ON_LAST_CHUNK and isinstance(event, dict):
            if event.get("choices"):
                if held is not None:
                    yield sse_event(held)
                held = event
                continue
            if held is not None:  # the usage chunk: fold it into the last choice chunk
                held = _with_usage(provider, held, event["usage"])
                if provider == "groq" and asked_for_usage(request):
                    yield sse_event(held)
                    held = None
                    yield sse_event(event)
                continue
        if held is not None:
            yield sse_event(held)
            held = None
        yield event if isinstance(event, bytes) else sse_event(event)
    if held is not None:
        yield sse_event(held)


def emulate_chat(provider: str, request: Payload, response: LocalResponse) -> LocalResponse:
    """``response`` (an OpenAI-shaped chat completion or stream) as ``provider`` sends it."""
    if provider == "openai" or response.status != 200:
        return response
    if isinstance(response.body, bytes):
        response.body = json.dumps(_completion(provider, json.loads(response.body), request)).encode()
        return response
    response.body = _stream(provider, response.body, request)
    return response
