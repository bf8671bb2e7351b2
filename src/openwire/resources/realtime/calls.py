# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Iterable, List, Optional, TYPE_CHECKING, Union
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._binary import HttpxBinaryResponseContent
from ..._options import make_request_options, path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sdp import sdp_offer
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._types import NoneType, not_given, omit

if TYPE_CHECKING:
    import httpx
    from ..._types import Body, Headers, NotGiven, Omit, Query
    from ...types.realtime.realtime_audio_config_param import RealtimeAudioConfigParam
    from ...types.realtime.realtime_function_tool_param import RealtimeFunctionToolParam
    from ...types.realtime.realtime_reasoning_param import RealtimeReasoningParam
    from ...types.realtime.realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
    from ...types.realtime.realtime_session_create_request_param import RealtimeSessionCreateRequestParam
    from ...types.realtime.realtime_tracing_config_param import RealtimeTracingConfigParam
    from ...types.realtime.realtime_truncation_param import RealtimeTruncationParam
    from ...types.responses.response_prompt_param import ResponsePromptParam
    from ...types.responses.tool_choice_function_param import ToolChoiceFunctionParam
    from ...types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
    from ...types.responses.tool_choice_options import ToolChoiceOptions

__all__ = ["Calls", "AsyncCalls"]


class Calls(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CallsWithRawResponse:
        return CallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CallsWithStreamingResponse:
        return CallsWithStreamingResponse(self)

    def create(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`POST /realtime/calls`."""
        encoded = sdp_offer({"sdp": sdp, "session": session})
        extra_headers = {"Accept": "application/sdp", **encoded.headers, **(extra_headers or {})}
        response: HttpxBinaryResponseContent = self._post(
            "/realtime/calls",
            content=encoded.content,
            files=encoded.files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response

    def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        audio: RealtimeAudioConfigParam | Omit = omit,
        include: List[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        instructions: str | Omit = omit,
        max_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        model: Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
        | Omit = omit,
        output_modalities: List[Literal["text", "audio"]] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        reasoning: RealtimeReasoningParam | Omit = omit,
        tool_choice: Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam] | Omit = omit,
        tools: Iterable[Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]] | Omit = omit,
        tracing: Optional[RealtimeTracingConfigParam] | Omit = omit,
        truncation: RealtimeTruncationParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/accept`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        body = {
            "type": type,
            "audio": audio,
            "include": include,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "model": model,
            "output_modalities": output_modalities,
            "parallel_tool_calls": parallel_tool_calls,
            "prompt": prompt,
            "reasoning": reasoning,
            "tool_choice": tool_choice,
            "tools": tools,
            "tracing": tracing,
            "truncation": truncation,
        }
        response: None = self._post(
            f"/realtime/calls/{path_param(call_id)}/accept",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def hangup(
        self,
        call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/hangup`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        response: None = self._post(
            f"/realtime/calls/{path_param(call_id)}/hangup",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/refer`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        body = {"target_uri": target_uri}
        response: None = self._post(
            f"/realtime/calls/{path_param(call_id)}/refer",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    def reject(
        self,
        call_id: str,
        *,
        status_code: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/reject`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        body = {"status_code": status_code}
        response: None = self._post(
            f"/realtime/calls/{path_param(call_id)}/reject",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response


class AsyncCalls(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCallsWithRawResponse:
        return AsyncCallsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCallsWithStreamingResponse:
        return AsyncCallsWithStreamingResponse(self)

    async def create(
        self,
        *,
        sdp: str,
        session: RealtimeSessionCreateRequestParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> HttpxBinaryResponseContent:
        """`POST /realtime/calls`."""
        encoded = sdp_offer({"sdp": sdp, "session": session})
        extra_headers = {"Accept": "application/sdp", **encoded.headers, **(extra_headers or {})}
        response: HttpxBinaryResponseContent = await self._post(
            "/realtime/calls",
            content=encoded.content,
            files=encoded.files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=HttpxBinaryResponseContent,
        )
        return response

    async def accept(
        self,
        call_id: str,
        *,
        type: Literal["realtime"],
        audio: RealtimeAudioConfigParam | Omit = omit,
        include: List[Literal["item.input_audio_transcription.logprobs"]] | Omit = omit,
        instructions: str | Omit = omit,
        max_output_tokens: Union[int, Literal["inf"]] | Omit = omit,
        model: Union[
            str,
            Literal[
                "gpt-realtime",
                "gpt-realtime-1.5",
                "gpt-realtime-2",
                "gpt-realtime-2.1",
                "gpt-realtime-2.1-mini",
                "gpt-realtime-2025-08-28",
                "gpt-4o-realtime-preview",
                "gpt-4o-realtime-preview-2024-10-01",
                "gpt-4o-realtime-preview-2024-12-17",
                "gpt-4o-realtime-preview-2025-06-03",
                "gpt-4o-mini-realtime-preview",
                "gpt-4o-mini-realtime-preview-2024-12-17",
                "gpt-realtime-mini",
                "gpt-realtime-mini-2025-10-06",
                "gpt-realtime-mini-2025-12-15",
                "gpt-audio-1.5",
                "gpt-audio-mini",
                "gpt-audio-mini-2025-10-06",
                "gpt-audio-mini-2025-12-15",
            ],
        ]
        | Omit = omit,
        output_modalities: List[Literal["text", "audio"]] | Omit = omit,
        parallel_tool_calls: bool | Omit = omit,
        prompt: Optional[ResponsePromptParam] | Omit = omit,
        reasoning: RealtimeReasoningParam | Omit = omit,
        tool_choice: Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam] | Omit = omit,
        tools: Iterable[Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]] | Omit = omit,
        tracing: Optional[RealtimeTracingConfigParam] | Omit = omit,
        truncation: RealtimeTruncationParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/accept`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        body = {
            "type": type,
            "audio": audio,
            "include": include,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "model": model,
            "output_modalities": output_modalities,
            "parallel_tool_calls": parallel_tool_calls,
            "prompt": prompt,
            "reasoning": reasoning,
            "tool_choice": tool_choice,
            "tools": tools,
            "tracing": tracing,
            "truncation": truncation,
        }
        response: None = await self._post(
            f"/realtime/calls/{path_param(call_id)}/accept",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    async def hangup(
        self,
        call_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/hangup`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        response: None = await self._post(
            f"/realtime/calls/{path_param(call_id)}/hangup",
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    async def refer(
        self,
        call_id: str,
        *,
        target_uri: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/refer`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        body = {"target_uri": target_uri}
        response: None = await self._post(
            f"/realtime/calls/{path_param(call_id)}/refer",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response

    async def reject(
        self,
        call_id: str,
        *,
        status_code: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> None:
        """`POST /realtime/calls/{call_id}/reject`."""
        if not call_id:
            raise ValueError(f"Expected a non-empty value for `call_id` but received {call_id!r}")
        extra_headers = {"Accept": "*/*", **(extra_headers or {})}
        body = {"status_code": status_code}
        response: None = await self._post(
            f"/realtime/calls/{path_param(call_id)}/reject",
            body=body,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=NoneType,
        )
        return response


class _Calls(Calls):
    """The class of ``client.realtime.calls`` (the reference's name for it)."""


class _AsyncCalls(AsyncCalls):
    """The class of ``client.realtime.calls`` (the reference's name for it)."""


class CallsWithRawResponse:
    def __init__(self, calls: Calls) -> None:
        self._calls = calls
        self.create = to_raw_response_wrapper(calls.create)
        self.accept = to_raw_response_wrapper(calls.accept)
        self.hangup = to_raw_response_wrapper(calls.hangup)
        self.refer = to_raw_response_wrapper(calls.refer)
        self.reject = to_raw_response_wrapper(calls.reject)


class CallsWithStreamingResponse:
    def __init__(self, calls: Calls) -> None:
        self._calls = calls
        self.create = to_streamed_response_wrapper(calls.create)
        self.accept = to_streamed_response_wrapper(calls.accept)
        self.hangup = to_streamed_response_wrapper(calls.hangup)
        self.refer = to_streamed_response_wrapper(calls.refer)
        self.reject = to_streamed_response_wrapper(calls.reject)


class AsyncCallsWithRawResponse:
    def __init__(self, calls: AsyncCalls) -> None:
        self._calls = calls
        self.create = async_to_raw_response_wrapper(calls.create)
        self.accept = async_to_raw_response_wrapper(calls.accept)
        self.hangup = async_to_raw_response_wrapper(calls.hangup)
        self.refer = async_to_raw_response_wrapper(calls.refer)
        self.reject = async_to_raw_response_wrapper(calls.reject)


class AsyncCallsWithStreamingResponse:
    def __init__(self, calls: AsyncCalls) -> None:
        self._calls = calls
        self.create = async_to_streamed_response_wrapper(calls.create)
        self.accept = async_to_streamed_response_wrapper(calls.accept)
        self.hangup = async_to_streamed_response_wrapper(calls.hangup)
        self.refer = async_to_streamed_response_wrapper(calls.refer)
        self.reject = async_to_streamed_response_wrapper(calls.reject)
