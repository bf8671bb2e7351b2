"""``/images/generations``, ``/images/edits``, ``/images/variations``: real (small) PNGs.

The image is 1/16 of the requested size (a 1024x1024 request gives 64x64 pixels) and depends
on the prompt. ``response_format="url"`` links to ``/_local/images/<id>.png`` on this server.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple

from .._media import png
from .._model_math import count_tokens
from .._multipart import parse_form
from .._params import invalid, missing, one_of, optional_int, optional_str, required_str
from .._wire import APIFailure, LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

SCALE = 16


def _size(params: Mapping[str, Any]) -> Tuple[str, int, int]:
    size = optional_str(params, "size", "auto") or "auto"
    if size == "auto":
        return "1024x1024", 1024, 1024
    width, sep, height = size.partition("x")
    if not (sep and width.isdigit() and height.isdigit()) or not (0 < int(width) <= 4096 and 0 < int(height) <= 4096):
        raise invalid(
            "size", f"Invalid value for 'size': {size!r}. Expected 'auto' or '<width>x<height>', e.g. '1024x1024'."
        )
    return size, int(width), int(height)


def _images(
    app: "Context", request: LocalRequest, params: Mapping[str, Any], prompt: str, seed: bytes
) -> LocalResponse:
    model = optional_str(params, "model", "dall-e-2") or "dall-e-2"
    n = optional_int(params, "n", 1, minimum=1) or 1
    if n > 10:
        raise invalid("n", f"Invalid 'n': {n} is greater than the maximum of 10.", "integer_above_max_value")
    size, width, height = _size(params)
    gpt_image = model.startswith("gpt-image")
    default_format = "b64_json" if gpt_image else "url"
    response_format = one_of(params, "response_format", ("url", "b64_json"), default_format)
    data: List[Dict[str, Any]] = []
    for index in range(n):
        image = png(max(1, width // SCALE), max(1, height // SCALE), seed + prompt.encode() + bytes((index,)))
        entry: Dict[str, Any] = {"revised_prompt": prompt if model == "dall-e-3" else None}
        if response_format == "b64_json":
            entry["b64_json"] = base64.b64encode(image).decode()
        else:
            name = app.ids.new("img", "_") + ".png"
            app.store.images[name] = image
            entry["url"] = f"{app.base_url_of(request)}/_local/images/{name}"
        data.append(entry)
    body: Dict[str, Any] = {"created": app.clock.seconds(), "data": data}
    if gpt_image:
        tokens = count_tokens(prompt)
        body.update(
            background="opaque",
            output_format="png",
            quality=optional_str(params, "quality", "medium") if params.get("quality") != "auto" else "medium",
            size=size if size in ("1024x1024", "1024x1536", "1536x1024") else None,
            usage={
                "input_tokens": tokens,
                "input_tokens_details": {"text_tokens": tokens, "image_tokens": 0},
                "output_tokens": 272 * n,
                "total_tokens": tokens + 272 * n,
            },
        )
    return LocalResponse.json(200, body)


def generate(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    prompt = required_str(payload, "prompt")
    return _images(app, request, payload, prompt, b"generate")


def _form_image(request: LocalRequest, name: str) -> Tuple[Dict[str, str], bytes]:
    form = parse_form(request)
    uploads = form.files_named(name)
    if not uploads:
        raise missing(name)
    for upload in uploads:
        if not upload.data:
            raise invalid(name, f"The uploaded '{name}' file is empty.")
    return form.as_params(), b"".join(upload.data[:64] for upload in uploads)


def edit(app: "Context", request: LocalRequest) -> LocalResponse:
    params, seed = _form_image(request, "image")
    prompt = required_str(params, "prompt")
    return _images(app, request, params, prompt, b"edit" + seed)


def variation(app: "Context", request: LocalRequest) -> LocalResponse:
    params, seed = _form_image(request, "image")
    return _images(app, request, params, "", b"variation" + seed)


def serve_image(app: "Context", request: LocalRequest, name: str) -> LocalResponse:
    image: Optional[bytes] = app.store.images.get(name)
    if image is None:
        raise APIFailure(404, f"No image named '{name}'.", code="not_found")
    return LocalResponse.raw(image, "image/png")


ROUTES: "list[Route]" = [
    ("POST", "/images/generations", generate),
    ("POST", "/images/edits", edit),
    ("POST", "/images/variations", variation),
    ("GET", "/_local/images/{name}", serve_image),
]
