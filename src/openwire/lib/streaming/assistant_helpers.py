"""``beta.threads.runs.stream`` / ``create_and_stream`` / ``submit_tool_outputs_stream`` and
``beta.threads.create_and_run_stream``, sync and async.

The methods are generated (``codegen/config/beta.yaml``, ``helpers``: the endpoint's
parameters without ``stream``, with ``event_handler``); they hand their arguments here. Each
returns a manager that sends the endpoint's request with ``"stream": true`` when its ``with``
block is entered and feeds the events to the handler (a fresh ``AssistantEventHandler`` unless
one is given).

Light at import (the run resources import it): the stream machinery loads on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Tuple, cast

if TYPE_CHECKING:
    from .._async.assistant_stream import AsyncAssistantStreamManager
    from .._sync.assistant_stream import AssistantStreamManager

__all__ = [
    "runs_stream",
    "async_runs_stream",
    "submit_tool_outputs_stream",
    "async_submit_tool_outputs_stream",
    "create_and_run_stream",
    "async_create_and_run_stream",
]


def _split(arguments: Dict[str, Any], positional: str | None) -> Tuple[Any, Tuple[Any, ...], Dict[str, Any]]:
    """The handler, the positional argument, and the endpoint's keyword arguments."""
    options = dict(arguments)
    handler = options.pop("event_handler")
    args = (options.pop(positional),) if positional else ()
    options["stream"] = True
    return handler, args, options


def _sync_manager(endpoint: Callable[..., Any], arguments: Dict[str, Any], positional: str | None) -> Any:
    from .._sync.assistant_stream import AssistantEventHandler, AssistantStreamManager

    handler, args, options = _split(arguments, positional)
    handler = AssistantEventHandler() if handler is None else handler
    return AssistantStreamManager(lambda: endpoint(*args, **options), event_handler=handler)


def _async_manager(endpoint: Callable[..., Any], arguments: Dict[str, Any], positional: str | None) -> Any:
    from .._async.assistant_stream import AsyncAssistantEventHandler, AsyncAssistantStreamManager

    handler, args, options = _split(arguments, positional)
    handler = AsyncAssistantEventHandler() if handler is None else handler
    handler._ensure_unused()  # before the request's coroutine exists (it would never be awaited)
    return AsyncAssistantStreamManager(endpoint(*args, **options), event_handler=handler)


def runs_stream(resource: object, arguments: Dict[str, Any]) -> AssistantStreamManager[Any]:
    """``runs.stream`` / ``runs.create_and_stream``: ``runs.create(thread_id, stream=True)`` on entry."""
    return cast("AssistantStreamManager[Any]", _sync_manager(cast(Any, resource).create, arguments, "thread_id"))


def async_runs_stream(resource: object, arguments: Dict[str, Any]) -> AsyncAssistantStreamManager[Any]:
    """``runs.stream`` of the async client: the manager awaits ``runs.create`` on entry."""
    manager = _async_manager(cast(Any, resource).create, arguments, "thread_id")
    return cast("AsyncAssistantStreamManager[Any]", manager)


def submit_tool_outputs_stream(resource: object, arguments: Dict[str, Any]) -> AssistantStreamManager[Any]:
    """``runs.submit_tool_outputs_stream``: ``submit_tool_outputs(run_id, stream=True)`` on entry."""
    manager = _sync_manager(cast(Any, resource).submit_tool_outputs, arguments, "run_id")
    return cast("AssistantStreamManager[Any]", manager)


def async_submit_tool_outputs_stream(resource: object, arguments: Dict[str, Any]) -> AsyncAssistantStreamManager[Any]:
    """``runs.submit_tool_outputs_stream`` of the async client."""
    manager = _async_manager(cast(Any, resource).submit_tool_outputs, arguments, "run_id")
    return cast("AsyncAssistantStreamManager[Any]", manager)


def create_and_run_stream(resource: object, arguments: Dict[str, Any]) -> AssistantStreamManager[Any]:
    """``threads.create_and_run_stream``: ``create_and_run(stream=True)`` on entry."""
    return cast("AssistantStreamManager[Any]", _sync_manager(cast(Any, resource).create_and_run, arguments, None))


def async_create_and_run_stream(resource: object, arguments: Dict[str, Any]) -> AsyncAssistantStreamManager[Any]:
    """``threads.create_and_run_stream`` of the async client."""
    manager = _async_manager(cast(Any, resource).create_and_run, arguments, None)
    return cast("AsyncAssistantStreamManager[Any]", manager)
