# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .versions.content import AsyncContent as AsyncContent
    from .versions.content import AsyncContentWithRawResponse as AsyncContentWithRawResponse
    from .versions.content import AsyncContentWithStreamingResponse as AsyncContentWithStreamingResponse
    from .skills import AsyncSkills as AsyncSkills
    from .skills import AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse
    from .skills import AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse
    from .versions.versions import AsyncVersions as AsyncVersions
    from .versions.versions import AsyncVersionsWithRawResponse as AsyncVersionsWithRawResponse
    from .versions.versions import AsyncVersionsWithStreamingResponse as AsyncVersionsWithStreamingResponse
    from .versions.content import Content as Content
    from .versions.content import ContentWithRawResponse as ContentWithRawResponse
    from .versions.content import ContentWithStreamingResponse as ContentWithStreamingResponse
    from .skills import Skills as Skills
    from .skills import SkillsWithRawResponse as SkillsWithRawResponse
    from .skills import SkillsWithStreamingResponse as SkillsWithStreamingResponse
    from .versions.versions import Versions as Versions
    from .versions.versions import VersionsWithRawResponse as VersionsWithRawResponse
    from .versions.versions import VersionsWithStreamingResponse as VersionsWithStreamingResponse

__all__ = [
    "AsyncContent",
    "AsyncContentWithRawResponse",
    "AsyncContentWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncVersions",
    "AsyncVersionsWithRawResponse",
    "AsyncVersionsWithStreamingResponse",
    "Content",
    "ContentWithRawResponse",
    "ContentWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Versions",
    "VersionsWithRawResponse",
    "VersionsWithStreamingResponse",
]

_EXPORTS = {
    "AsyncContent": ".versions.content",
    "AsyncContentWithRawResponse": ".versions.content",
    "AsyncContentWithStreamingResponse": ".versions.content",
    "AsyncSkills": ".skills",
    "AsyncSkillsWithRawResponse": ".skills",
    "AsyncSkillsWithStreamingResponse": ".skills",
    "AsyncVersions": ".versions.versions",
    "AsyncVersionsWithRawResponse": ".versions.versions",
    "AsyncVersionsWithStreamingResponse": ".versions.versions",
    "Content": ".versions.content",
    "ContentWithRawResponse": ".versions.content",
    "ContentWithStreamingResponse": ".versions.content",
    "Skills": ".skills",
    "SkillsWithRawResponse": ".skills",
    "SkillsWithStreamingResponse": ".skills",
    "Versions": ".versions.versions",
    "VersionsWithRawResponse": ".versions.versions",
    "VersionsWithStreamingResponse": ".versions.versions",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source, __name__), name)
        globals()[name] = value
        return value
