"""Names: Python identifiers for JSON property names, module paths, import paths."""

from __future__ import annotations

import keyword
import re

__all__ = ["field_name", "snake", "module_to_path", "relative_import"]

# Attributes of pydantic's BaseModel that a field must not shadow.
_MODEL_RESERVED = frozenset(
    {"schema", "json", "dict", "copy", "construct", "validate", "fields", "parse_obj", "parse_raw", "schema_json"}
)


def field_name(json_name: str, *, model: bool) -> str:
    """The Python name of a property: ``self-harm/intent`` -> ``self_harm_intent``.

    On models, names starting with ``model_`` (pydantic's namespace) get an ``api_`` prefix and
    names that shadow a ``BaseModel`` attribute get a trailing underscore; the JSON name then
    becomes the field's alias.
    """
    name = re.sub(r"[^0-9a-zA-Z_]", "_", json_name)
    if name[:1].isdigit():
        name = "_" + name
    if keyword.iskeyword(name):
        name += "_"
    if model:
        if name.startswith("model_"):
            name = "api_" + name
        if name in _MODEL_RESERVED:
            name += "_"
    return name


def snake(name: str) -> str:
    """``ChatCompletionMessage`` -> ``chat_completion_message``."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def module_to_path(module: str) -> str:
    """``chat.chat_completion`` -> ``chat/chat_completion.py`` (relative to the types package)."""
    return module.replace(".", "/") + ".py"


def relative_import(from_module: str, to_module: str, *, from_is_package: bool = False) -> str:
    """The relative module path to use in ``from <x> import ...`` inside ``from_module``.

    Both are dotted paths relative to the same root package.
    """
    src = from_module.split(".") if from_module else []
    if not from_is_package:
        src = src[:-1]
    dst = to_module.split(".")
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    dots = "." * (len(src) - common + 1)
    return dots + ".".join(dst[common:])
