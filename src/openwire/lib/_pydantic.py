"""The strict-schema converter under the reference SDK's import path
(``openai.lib._pydantic.to_strict_json_schema``)."""

from __future__ import annotations

from ._parsing._schema import to_strict_json_schema

__all__ = ["to_strict_json_schema"]
