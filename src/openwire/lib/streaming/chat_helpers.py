"""``chat.completions.stream``, sync and async (the stream classes live in ``_async`` /
``_sync``, the event logic in ``chat``).

The methods are generated (``codegen/config.yaml``, ``helpers``: ``create``'s parameters with
``response_format`` also taking a model class); they hand their arguments to ``chat_stream`` /
``async_chat_stream``.

Light at import (every ``chat.completions`` resource imports it): the stream machinery and
pydantic load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Tuple, cast

if TYPE_CHECKING:
    from .._async.chat_stream import AsyncChatCompletionStreamManager
    from .._parsing._negotiate import Negotiation
    from .._sync.chat_stream import ChatCompletionStreamManager

__all__ = ["chat_stream", "async_chat_stream"]

_HELPER_HEADER = {"X-Stainless-Helper-Method": "chat.completions.stream"}


def _create_arguments(arguments: Dict[str, Any], negotiation: Optional[Negotiation]) -> Dict[str, Any]:
    """``create(..., stream=True)``'s keyword arguments for a ``stream`` call: a model
    ``response_format`` becomes a strict ``json_schema`` (or the negotiated request), the
    helper is named in a header."""
    from .._parsing._completions import type_to_response_format_param

    params = dict(arguments)
    params["response_format"] = type_to_response_format_param(params["response_format"])
    params["stream"] = True
    params["extra_headers"] = {**_HELPER_HEADER, **(params["extra_headers"] or {})}
    # ``create``'s keywords carry the body's names: the negotiation rewrites them as a body.
    return params if negotiation is None else negotiation.request_body(params)


def _negotiation(resource: object, arguments: Dict[str, Any]) -> Optional[Negotiation]:
    """How a preset client asks for the model ``response_format`` where its server lacks
    ``json_schema`` (as ``parse()`` does, ``_parsing/_negotiate.py``), else ``None``.

    A stream cannot be asked again: there is no re-ask (``reask`` is ignored here), so a
    ``json_schema`` preset streams exactly as a plain client does.
    """
    from ...providers import preset_of
    from .._parsing._negotiate import optional_negotiation

    preset = preset_of(getattr(resource, "_client", None))
    negotiation = optional_negotiation(preset, arguments["response_format"], arguments["tools"])
    return None if negotiation is None or negotiation.strategy == "json_schema" else negotiation


def _tools_list(tools: Any) -> Any:
    return list(tools) if isinstance(tools, Iterable) and not isinstance(tools, (str, bytes, dict)) else tools


def _prepared(resource: object, arguments: Dict[str, Any]) -> Tuple[Any, Dict[str, Any]]:
    """The resource's ``create``, and the call's arguments with ``tools`` made a list (read twice)."""
    return cast(Any, resource).create, {**arguments, "tools": _tools_list(arguments["tools"])}


def chat_stream(resource: object, arguments: Dict[str, Any]) -> ChatCompletionStreamManager[Any]:
    """``chat.completions.stream``: a manager that calls ``create(..., stream=True)`` on entry."""
    from .._sync.chat_stream import ChatCompletionStreamManager

    create, arguments = _prepared(resource, arguments)
    negotiation = _negotiation(resource, arguments)
    call = _create_arguments(arguments, negotiation)
    manager: ChatCompletionStreamManager[Any] = ChatCompletionStreamManager(
        lambda: create(**call), response_format=arguments["response_format"], input_tools=arguments["tools"]
    )
    manager._negotiation = negotiation
    return manager


def async_chat_stream(resource: object, arguments: Dict[str, Any]) -> AsyncChatCompletionStreamManager[Any]:
    """``chat.completions.stream`` of the async client: the manager awaits ``create`` on entry."""
    from .._async.chat_stream import AsyncChatCompletionStreamManager

    create, arguments = _prepared(resource, arguments)
    negotiation = _negotiation(resource, arguments)
    call = _create_arguments(arguments, negotiation)
    manager: AsyncChatCompletionStreamManager[Any] = AsyncChatCompletionStreamManager(
        create(**call), response_format=arguments["response_format"], input_tools=arguments["tools"]
    )
    manager._negotiation = negotiation
    return manager
