"""``responses.parse`` (structured outputs for the Responses API), sync and async.

Light at import (every ``responses`` resource imports it): the parsing machinery and pydantic
load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Optional, Union

from typing_extensions import Literal

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import not_given, omit

if TYPE_CHECKING:
    import httpx

    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.responses.parsed_response import ParsedResponse
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
    from ._responses import ParseableToolParam, TextFormatT

__all__ = ["ResponsesParseHelpers", "AsyncResponsesParseHelpers"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


def _parse_request(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """The keyword arguments of ``_post`` for a ``parse`` call, from the call's arguments.

    The body holds the same keys, in the same order, as ``create`` would send, with
    ``text.format`` made from ``text_format`` and tools from ``pydantic_function_tool``
    rewritten to the Responses shape. Parsing happens in the response's ``post_parser``.
    """
    from ..._options import make_request_options
    from ...types.responses.response import Response
    from ._responses import parse_response, prepare_input_tools, prepare_text_param

    params = {name: value for name, value in arguments.items() if name != "self" and name not in _OPTIONS}
    text_format = params.pop("text_format")
    params["text"] = prepare_text_param(params["text"], text_format)
    tools = params["tools"] = prepare_input_tools(params["tools"])
    body = dict(sorted(params.items()))  # omitted values: left out by dump_json

    def parser(response: Response) -> ParsedResponse[Any]:
        return parse_response(text_format=text_format, input_tools=tools, response=response)

    options = make_request_options(**{name: arguments[name] for name in _OPTIONS}, post_parser=parser)
    return {"body": body, "options": options, "cast_to": Response}


class ResponsesParseHelpers(SyncAPIResource):
    def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """`POST /responses` with a strict JSON schema made from ``text_format`` (a pydantic
        model class) as ``text.format``; ``output_parsed`` is the answer as a model instance,
        and calls of strict function tools carry ``parsed_arguments``."""
        # locals() is exactly the parameters above: one list, kept in the signature.
        response: ParsedResponse[TextFormatT] = self._post("/responses", **_parse_request(locals()))
        return response


class AsyncResponsesParseHelpers(AsyncAPIResource):
    async def parse(
        self,
        *,
        text_format: type[TextFormatT] | Omit = omit,
        background: Optional[bool] | Omit = omit,
        context_management: Optional[Iterable[ContextManagement]] | Omit = omit,
        conversation: Optional[Conversation] | Omit = omit,
        include: Optional[List[ResponseIncludable]] | Omit = omit,
        input: Union[str, ResponseInputParam] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_output_tokens: Optional[int] | Omit = omit,
        max_tool_calls: Optional[int] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        model: ResponsesModel | Omit = omit,
        moderation: Optional[Moderation] | Omit = omit,
        parallel_tool_calls: Optional[bool] | Omit = omit,
        previous_response_id: Optional[str] | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        prompt_cache_key: Optional[str] | Omit = omit,
        prompt_cache_options: PromptCacheOptions | Omit = omit,
        prompt_cache_retention: Optional[Literal["in_memory", "24h"]] | Omit = omit,
        reasoning: Optional[Reasoning] | Omit = omit,
        safety_identifier: Optional[str] | Omit = omit,
        service_tier: Optional[Literal["auto", "default", "flex", "scale", "priority", "fast"]] | Omit = omit,
        store: Optional[bool] | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        stream_options: Optional[StreamOptions] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        text: ResponseTextConfigParam | Omit = omit,
        tool_choice: ToolChoice | Omit = omit,
        tools: Iterable[ParseableToolParam] | Omit = omit,
        top_logprobs: Optional[int] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation: Optional[Literal["auto", "disabled"]] | Omit = omit,
        user: str | Omit = omit,
        verbosity: Optional[Literal["low", "medium", "high"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = not_given,
    ) -> ParsedResponse[TextFormatT]:
        """`POST /responses` with a strict JSON schema made from ``text_format``; see
        ``OpenAI().responses.parse``."""
        # locals() is exactly the parameters above: one list, kept in the signature.
        response: ParsedResponse[TextFormatT] = await self._post("/responses", **_parse_request(locals()))
        return response
