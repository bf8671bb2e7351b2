"""``responses.stream``, sync and async (the stream classes live in ``_async`` / ``_sync``,
the event logic in ``responses``).

The methods are generated (``codegen/config.yaml``, ``helpers``: ``create``'s parameters with
``text_format``, ``response_id`` and ``starting_after``); they hand their arguments to
``responses_stream`` / ``async_responses_stream``.

Light at import (every ``responses`` resource imports it): the stream machinery and pydantic
load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Tuple, cast

if TYPE_CHECKING:
    from .._async.responses_stream import AsyncResponseStreamManager
    from .._sync.responses_stream import ResponseStreamManager

__all__ = ["responses_stream", "async_responses_stream"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
# Parameters that only make sense when resuming: they are not sent to ``create``.
_RESUME = ("response_id", "starting_after")
# Parameters that shape how the stream is parsed, allowed in both modes.
_PARSING = ("text_format", "tools")


def _stream_call(arguments: Dict[str, Any]) -> Tuple[str, Dict[str, Any], Any]:
    """Which method opens the stream (``create``, or ``retrieve`` to resume a response), its
    keyword arguments, and the input tools (as the stream parses them).

    Resuming reads the response's events from the start (``starting_after`` is not sent):
    the stream rebuilds the response from all of them and yields only the later ones, as
    the reference SDK does.
    """
    from .._parsing import is_given
    from .._parsing._responses import prepare_input_tools, prepare_text_param

    params = dict(arguments)
    options = {name: params.pop(name) for name in _OPTIONS}
    response_id, starting_after = params.pop("response_id"), params.pop("starting_after")
    text_format = params.pop("text_format")
    tools = params["tools"] = prepare_input_tools(params["tools"])
    if is_given(response_id) or is_given(starting_after):
        combined = [f"`{name}`" for name, value in params.items() if name not in _PARSING and is_given(value)]
        if combined:
            raise ValueError(
                "responses.stream(): `response_id` / `starting_after` resume an existing response and cannot be "
                f"combined with {', '.join(combined)}, which create a new one"
            )
        if not is_given(response_id):
            raise ValueError("responses.stream(): `starting_after` needs the `response_id` of the response to resume")
        return "retrieve", {"response_id": response_id, "stream": True, **options}, tools
    for name, other in (("input", "model"), ("model", "input")):
        if not is_given(params[name]):
            needed = "`input` and `model` (to create a response) or `response_id` (to resume one)"
            if is_given(params[other]):
                needed = f"`{name}` to create a new response"
            raise ValueError(f"responses.stream() needs {needed}")
    params["text"] = prepare_text_param(params["text"], text_format)
    return "create", {**params, "stream": True, **options}, tools


def _starting_after(arguments: Dict[str, Any]) -> Any:
    return arguments["starting_after"] if isinstance(arguments["starting_after"], int) else None


def responses_stream(resource: object, arguments: Dict[str, Any]) -> ResponseStreamManager[Any]:
    """``responses.stream``: a manager that opens the stream (``create`` or ``retrieve``) on entry."""
    from .._sync.responses_stream import ResponseStreamManager

    method, call, input_tools = _stream_call(arguments)
    open_stream = getattr(cast(Any, resource), method)
    return ResponseStreamManager(
        lambda: open_stream(**call),
        text_format=arguments["text_format"],
        input_tools=input_tools,
        starting_after=_starting_after(arguments),
    )


def async_responses_stream(resource: object, arguments: Dict[str, Any]) -> AsyncResponseStreamManager[Any]:
    """``responses.stream`` of the async client: the manager awaits the opening call on entry."""
    from .._async.responses_stream import AsyncResponseStreamManager

    method, call, input_tools = _stream_call(arguments)
    open_stream = getattr(cast(Any, resource), method)
    return AsyncResponseStreamManager(
        open_stream(**call),
        text_format=arguments["text_format"],
        input_tools=input_tools,
        starting_after=_starting_after(arguments),
    )
