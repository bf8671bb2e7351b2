"""Images: real PNGs, as ``b64_json`` or a fetchable ``url``; edits and variations take multipart."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from openwire import BadRequestError
from openwire.local import LocalAPI, png
from openwire.local._media import png_size
from openwire.types import ImagesResponse

from .conftest import Api
from .strict import strict


def test_b64_json_is_a_png_scaled_from_the_size(api: Api) -> None:
    result = api.call(lambda c: c.images.generate(model="gpt-image-1", prompt="a cat", size="1536x1024"))
    image = base64.b64decode(result.data[0].b64_json)
    assert png_size(image) == (96, 64)
    assert result.usage.total_tokens > 0 and result.output_format == "png"


def test_url_points_at_the_server(api: Api) -> None:
    result = api.call(lambda c: c.images.generate(model="dall-e-3", prompt="a dog", response_format="url", n=2))
    assert len(result.data) == 2 and result.data[0].revised_prompt == "a dog"
    url = result.data[0].url
    if api.where == "socket":
        fetched = httpx.get(url).content
    else:
        fetched = api.app.handle("GET", httpx.URL(url).path).body  # type: ignore[assignment]
    assert png_size(fetched) == (64, 64)  # type: ignore[arg-type]


def test_edit_and_variation_take_uploads(api: Api) -> None:
    source = png(8, 8)
    edited = api.call(lambda c: c.images.edit(model="gpt-image-1", image=("in.png", source, "image/png"), prompt="hat"))
    assert base64.b64decode(edited.data[0].b64_json).startswith(b"\x89PNG")
    varied = api.call(
        lambda c: c.images.create_variation(image=("in.png", source), response_format="b64_json", size="256x256")
    )
    assert png_size(base64.b64decode(varied.data[0].b64_json)) == (16, 16)


def test_invalid_size_names_the_param(api: Api) -> None:
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.images.generate(prompt="x", size="huge"))
    assert caught.value.param == "size"


def test_payloads_parse_strictly(app: LocalAPI) -> None:
    for body in ({"prompt": "a", "model": "gpt-image-1"}, {"prompt": "b", "response_format": "url"}):
        strict(ImagesResponse, app.handle("POST", "/v1/images/generations", json.dumps(body).encode()).body)
    missing = app.handle("POST", "/v1/images/generations", b"{}")
    assert json.loads(missing.body)["error"]["param"] == "prompt"  # type: ignore[arg-type]
