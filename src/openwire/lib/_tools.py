"""``openwire.pydantic_function_tool``: a strict function tool whose arguments parse into a model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional, cast

if TYPE_CHECKING:
    import pydantic

    from ..types.chat.chat_completion_function_tool_param import ChatCompletionFunctionToolParam

__all__ = ["PydanticFunctionTool", "pydantic_function_tool", "tool_model"]


class PydanticFunctionTool(Dict[str, Any]):
    """The ``function`` part of a tool built by :func:`pydantic_function_tool`.

    A plain dict on the wire; it also remembers the model, so that ``parse()`` can turn the
    tool call's arguments into an instance. Copies that keep this object (``{**tool}``,
    ``copy.deepcopy``, pickle) keep the model; rebuilding the dict by hand drops it, and the
    arguments are then parsed as plain JSON.
    """

    model: "type[pydantic.BaseModel]"

    def __init__(self, definition: Dict[str, Any], model: "type[pydantic.BaseModel]") -> None:
        super().__init__(definition)
        self.model = model


def pydantic_function_tool(
    model: "type[pydantic.BaseModel]",
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
) -> "ChatCompletionFunctionToolParam":
    """A strict Chat Completions function tool whose parameters are ``model``'s JSON schema.

    ``name`` defaults to the class name, ``description`` to its docstring. Pass the tool to
    ``chat.completions.parse`` / ``stream`` (or ``responses.parse``) and each call of it comes
    back with ``parsed_arguments``, an instance of ``model``.
    """
    from ._parsing._schema import schema_name, to_strict_json_schema

    if description is None:
        description = model.__doc__
    definition: Dict[str, Any] = {
        "name": name or schema_name(model),
        "strict": True,
        "parameters": to_strict_json_schema(model),
    }
    if description is not None:
        definition["description"] = description
    return cast(
        "ChatCompletionFunctionToolParam", {"type": "function", "function": PydanticFunctionTool(definition, model)}
    )


def tool_model(definition: object) -> "Optional[type[pydantic.BaseModel]]":
    """The model a tool's ``function`` part was built from, if it came from this module."""
    return definition.model if isinstance(definition, PydanticFunctionTool) else None
