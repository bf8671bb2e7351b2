"""Provider emulation beyond chat: error bodies, ``GET /models`` and ``POST /embeddings``.

``LocalAPI`` passes every answer through :func:`emulate_response` (faults included), so an
emulated provider fails the way it does on the wire: Mistral with a top-level
``{"object": "error", ...}``, LM Studio with ``{"error": "text"}``, and so on. Where each shape
comes from is noted next to it ("docs": the provider's public documentation, without a local
source to check it against).
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any, Callable, Dict, List, Optional, Union

from ._wire import LocalRequest, LocalResponse

__all__ = ["emulate_response"]

Payload = Dict[str, Any]

# zhipu: 4-digit business codes as strings in ``error.code`` (litellm bigmodel common_utils
# matches ``'code': '1261'``; 1261 context too long, 1301 content filtered). The codes per
# status are from Zhipu's error-code table (docs).
_ZHIPU_CODES = {400: "1210", 401: "1000", 404: "1211", 429: "1302"}
# moonshot: ``error.type`` per status (docs).
_MOONSHOT_TYPES = {
    400: "invalid_request_error",
    401: "invalid_authentication_error",
    403: "permission_denied_error",
    404: "resource_not_found_error",
    429: "rate_limit_reached_error",
    503: "engine_overloaded_error",
}


def _error(provider: str, status: int, error: Payload) -> Optional[Payload]:
    """The body ``provider`` sends for ``error`` (OpenAI's ``{"error": {...}}`` content)."""
    message = error.get("message")
    if provider == "mistral":
        # mistralai extra/tests/test_otel_tracing.py: {"object": "error", "message", "type", "param", "code"}
        return {
            "object": "error",
            "message": message,
            "type": error.get("type"),
            "param": error.get("param"),
            "code": error.get("code"),
        }
    if provider == "zhipu":  # zhipuai SDK reads data["error"]; only code and message
        return {"error": {"code": _ZHIPU_CODES.get(status, str(status)), "message": message}}
    if provider == "moonshot":  # docs: only message and type
        return {"error": {"message": message, "type": _MOONSHOT_TYPES.get(status, "server_error")}}
    if provider == "openrouter":  # litellm: error.code is the HTTP status; metadata; user_id
        return {"error": {"code": status, "message": message, "metadata": {}}, "user_id": "user_openwire"}
    if provider == "qwen":  # dashscope SDK errors carry ``request_id`` next to code and message
        return {"error": error, "request_id": str(uuid.uuid4())}
    if provider == "lmstudio":  # docs: a bare string, e.g. {"error": "Unexpected endpoint or method."}
        return {"error": message}
    if provider == "bare":  # a FastAPI-style server: HTTPException's ``{"detail": ...}``
        return {"detail": message}
    return None


def _reshape_error(provider: str, response: LocalResponse) -> LocalResponse:
    try:
        body = json.loads(response.body)  # type: ignore[arg-type]
    except ValueError:
        return response
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return response
    if provider == "mistral" and response.status == 400 and error.get("code") == "missing_required_parameter":
        # mistralai SDK: a 422 is an HTTPValidationError, ``{"detail": [ValidationError(loc, msg, type)]}``
        item = {"type": "missing", "loc": ["body", *_location(str(error.get("param")))], "msg": "Field required"}
        return LocalResponse.json(422, {"detail": [item]}, _keep_headers(response))
    shaped = _error(provider, response.status, error)
    if shaped is None:
        return response
    return LocalResponse.json(response.status, shaped, _keep_headers(response))


def _location(param: str) -> List[Union[str, int]]:
    """``messages[0].role`` as a validation error's ``loc``: ``["messages", 0, "role"]``."""
    return [int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", param)]


def _keep_headers(response: LocalResponse) -> Dict[str, str]:
    return {name: value for name, value in response.headers.items() if name not in ("content-type", "content-length")}


def _mistral_model(model: Payload) -> Payload:
    # mistralai SDK BaseModelCard / ModelCapabilities
    embeds = "embed" in model["id"]
    capabilities = {
        "completion_chat": not embeds,
        "function_calling": not embeds,
        "completion_fim": False,
        "fine_tuning": False,
        "vision": False,
        "classification": False,
    }
    return {
        **model,
        "owned_by": "mistralai",
        "capabilities": capabilities,
        "name": model["id"],
        "description": None,
        "max_context_length": 32768,
        "aliases": [],
        "deprecation": None,
        "default_model_temperature": None,
        "type": "base",
    }


def _openrouter_model(model: Payload) -> Payload:
    # docs (models API): no ``object`` or ``owned_by``; name, context_length, pricing (strings)
    return {
        "id": model["id"],
        "name": model["id"],
        "created": model.get("created"),
        "description": "",
        "context_length": 128000,
        "pricing": {"prompt": "0", "completion": "0"},
    }


def _lmstudio_model(model: Payload) -> Payload:
    # docs: no ``created``; every model is owned by "organization_owner"
    return {"id": model["id"], "object": "model", "owned_by": "organization_owner"}


_MODEL_SHAPES: Dict[str, Callable[[Payload], Payload]] = {
    "mistral": _mistral_model,
    "openrouter": _openrouter_model,
    "lmstudio": _lmstudio_model,
}


def _models(provider: str, body: Payload) -> Payload:
    shape = _MODEL_SHAPES.get(provider)
    if shape is None:
        return body
    if "data" not in body:  # one model
        return shape(body)
    out = {**body, "data": [shape(model) for model in body["data"]]}
    if provider == "openrouter":
        out.pop("object", None)
    return out


def _embeddings(provider: str, body: Payload) -> Payload:
    out = dict(body)
    usage = dict(out.get("usage") or {})
    if provider == "together":  # together SDK Embedding: no ``usage``
        out.pop("usage", None)
    elif provider == "mistral":  # mistralai SDK EmbeddingResponse: ``id``; UsageInfo with completion_tokens
        out = {"id": "embd-" + uuid.uuid4().hex, **out, "usage": {**usage, "completion_tokens": 0}}
    elif provider == "zhipu":  # zhipuai SDK EmbeddingsResponded.usage is a CompletionUsage
        out["usage"] = {
            "prompt_tokens": usage.get("prompt_tokens"),
            "completion_tokens": 0,
            "total_tokens": usage.get("total_tokens"),
        }
    elif provider == "qwen":  # litellm dashscope embeddings: the response has an ``id``
        out = {**out, "id": str(uuid.uuid4())}
    return out


def emulate_response(provider: str, request: LocalRequest, response: LocalResponse) -> LocalResponse:
    """``response`` as ``provider`` sends it: errors, model lists and embeddings (chat: ``_emulations``)."""
    if provider == "openai" or not isinstance(response.body, bytes):
        return response
    if response.status >= 400:
        return _reshape_error(provider, response)
    if response.status != 200 or not response.headers.get("content-type", "").startswith("application/json"):
        return response
    if request.method == "GET" and (request.path == "/models" or request.path.startswith("/models/")):
        response.body = json.dumps(_models(provider, json.loads(response.body))).encode()
    elif request.method == "POST" and request.path == "/embeddings":
        response.body = json.dumps(_embeddings(provider, json.loads(response.body))).encode()
    return response
