"""``responses.stream``, sync and async (the stream classes live in ``_async`` / ``_sync``,
the event logic in ``responses``).

Light at import (every ``responses`` resource imports it): the stream machinery and pydantic
load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Tuple, Union, cast

from typing_extensions import Literal

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import not_given, omit

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.responses.response_create_params import (
        ContextManagement,
        Conversation,
        Moderation,
        PromptCacheOptions,
        StreamOptions,
        ToolChoice,
    )
    from ...types.responses.response_includable import ResponseIncludable
    from ...types.responses.response_input_param import ResponseInputParam
    from ...types.responses.response_prompt_param import ResponsePromptParam
    from ...types.responses.response_text_config_param import ResponseTextConfigParam
    from ...types.shared.metadata import Metadata
    from ...types.shared.responses_model import ResponsesModel
    from ...types.shared_params.reasoning import Reasoning
    from .._async.responses_stream import AsyncResponseStreamManager
    from .._parsing._responses import ParseableToolParam
    from .._sync.responses_stream import ResponseStreamManager
    from ._typing import TextFormatT

__all__ = ["ResponsesStreamHelpers", "AsyncResponsesStreamHelpers"]

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

    params = {name: value for name, value in arguments.items() if name != "self"}
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


class ResponsesStreamHelpers(SyncAPIResource):
    def stream(
        self,
        *,
        response_id: str | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        starting_after: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
    ) -> ResponseStreamManager[TextFormatT]:
        """`POST /responses` with ``stream: true`` (or, with ``response_id``, the events of an
        existing response, yielded after ``starting_after``)::

            with client.responses.stream(model=..., input=...) as stream:
                for event in stream:
                    if event.type == "response.output_text.delta":
                        print(event.delta, end="")
            response = stream.get_final_response()

        The request is sent when the ``with`` block is entered. ``text_format`` (a pydantic
        model) and strict function ``tools`` are parsed as in ``parse()``.
        """
        method, call, input_tools = _stream_call(locals())
        from .._sync.responses_stream import ResponseStreamManager

        open_stream = getattr(cast(Any, self), method)
        return ResponseStreamManager(
            lambda: open_stream(**call),
            text_format=text_format,
            input_tools=input_tools,
            starting_after=starting_after if isinstance(starting_after, int) else None,
        )


class AsyncResponsesStreamHelpers(AsyncAPIResource):
    def stream(
        self,
        *,
        response_id: str | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        text_format: type[TextFormatT] | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        starting_after: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
    ) -> AsyncResponseStreamManager[TextFormatT]:
        """`POST /responses` with ``stream: true`` (or the events of an existing response), in
        an ``async with`` block; see ``OpenAI().responses.stream``."""
        method, call, input_tools = _stream_call(locals())
        from .._async.responses_stream import AsyncResponseStreamManager

        open_stream = getattr(cast(Any, self), method)
        return AsyncResponseStreamManager(
            open_stream(**call),
            text_format=text_format,
            input_tools=input_tools,
            starting_after=starting_after if isinstance(starting_after, int) else None,
        )
