# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .parts import AsyncParts as AsyncParts
    from .parts import AsyncPartsWithRawResponse as AsyncPartsWithRawResponse
    from .parts import AsyncPartsWithStreamingResponse as AsyncPartsWithStreamingResponse
    from .uploads import AsyncUploads as AsyncUploads
    from .uploads import AsyncUploadsWithRawResponse as AsyncUploadsWithRawResponse
    from .uploads import AsyncUploadsWithStreamingResponse as AsyncUploadsWithStreamingResponse
    from .parts import Parts as Parts
    from .parts import PartsWithRawResponse as PartsWithRawResponse
    from .parts import PartsWithStreamingResponse as PartsWithStreamingResponse
    from .uploads import Uploads as Uploads
    from .uploads import UploadsWithRawResponse as UploadsWithRawResponse
    from .uploads import UploadsWithStreamingResponse as UploadsWithStreamingResponse

__all__ = [
    "AsyncParts",
    "AsyncPartsWithRawResponse",
    "AsyncPartsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "Parts",
    "PartsWithRawResponse",
    "PartsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncParts": ".parts",
    "AsyncPartsWithRawResponse": ".parts",
    "AsyncPartsWithStreamingResponse": ".parts",
    "AsyncUploads": ".uploads",
    "AsyncUploadsWithRawResponse": ".uploads",
    "AsyncUploadsWithStreamingResponse": ".uploads",
    "Parts": ".parts",
    "PartsWithRawResponse": ".parts",
    "PartsWithStreamingResponse": ".parts",
    "Uploads": ".uploads",
    "UploadsWithRawResponse": ".uploads",
    "UploadsWithStreamingResponse": ".uploads",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
