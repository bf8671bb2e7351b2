"""Images: generate a picture, save the PNG, and ask for a URL instead of the bytes.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process), which
answers with a small real PNG; with a key it calls the real API (dall-e-2, the cheapest).
"""

from __future__ import annotations

import base64
import os
import struct
import sys
import tempfile
from pathlib import Path
from typing import Tuple

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

MODEL = os.environ.get("OPENWIRE_IMAGE_MODEL", "dall-e-2")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def png_size(data: bytes) -> Tuple[int, int]:
    """Width and height from the PNG header (the IHDR chunk comes first)."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def tour(client: OpenAI, folder: Path) -> None:
    result = client.images.generate(
        model=MODEL, prompt="A watercolour lighthouse at dawn", size="256x256", response_format="b64_json"
    )
    image = (result.data or [])[0]
    data = base64.b64decode(image.b64_json or "")
    path = folder / "lighthouse.png"
    path.write_bytes(data)
    width, height = png_size(data)
    print(f"b64_json: saved a {width}x{height} PNG ({len(data)} bytes) to {path.name}")
    if image.revised_prompt:
        print("revised prompt:", image.revised_prompt)

    by_url = client.images.generate(model=MODEL, prompt="A paper boat", size="256x256", response_format="url")
    url = (by_url.data or [])[0].url or ""
    print("url:", url[:60] + ("..." if len(url) > 60 else ""))


def main() -> int:
    with make_client() as client, tempfile.TemporaryDirectory() as folder:
        try:
            tour(client, Path(folder))
        except openwire.NotFoundError as err:
            if err.code != "unknown_url":
                raise
            print(f"note: this server cannot make images yet (404 for {err.request.method} {err.request.url.path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
