"""``/models``: the built-in catalog plus the models fine-tuning jobs produce."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict

from .._wire import APIFailure, LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES", "MODELS", "install_defaults", "add_model"]

MODELS = [
    "gpt-4o-mini",
    "gpt-4o",
    "gpt-4.1-mini",
    "gpt-5-mini",
    "o4-mini",
    "text-embedding-3-small",
    "text-embedding-3-large",
    "gpt-image-1",
    "dall-e-3",
    "tts-1",
    "gpt-4o-mini-tts",
    "whisper-1",
    "gpt-4o-transcribe",
    "omni-moderation-latest",
    "openwire-local",
]
_CREATED = 1700000000


def install_defaults(app: "Context") -> None:
    for name in MODELS:
        add_model(app, name, "openwire", _CREATED)


def add_model(app: "Context", model_id: str, owned_by: str, created: int) -> None:
    app.store.models[model_id] = {"id": model_id, "object": "model", "created": created, "owned_by": owned_by}


def _model_or_404(app: "Context", model: str) -> Dict[str, Any]:
    found = app.store.models.get(model)
    if found is None:
        raise APIFailure(404, f"The model '{model}' does not exist", param="model", code="model_not_found")
    return found


def list_models(app: "Context", request: LocalRequest) -> LocalResponse:
    return LocalResponse.json(200, {"object": "list", "data": list(app.store.models.values())})


def retrieve_model(app: "Context", request: LocalRequest, model: str) -> LocalResponse:
    return LocalResponse.json(200, _model_or_404(app, model))


def delete_model(app: "Context", request: LocalRequest, model: str) -> LocalResponse:
    _model_or_404(app, model)
    if model in MODELS:
        raise APIFailure(
            403,
            f"You have insufficient permissions to delete the model '{model}': only fine-tuned models can be deleted.",
            type="invalid_request_error",
            param="model",
            code="model_not_deletable",
        )
    with app.store.lock:
        del app.store.models[model]
    return LocalResponse.json(200, {"id": model, "object": "model", "deleted": True})


ROUTES: "list[Route]" = [
    ("GET", "/models", list_models),
    ("GET", "/models/{model}", retrieve_model),
    ("DELETE", "/models/{model}", delete_model),
]
