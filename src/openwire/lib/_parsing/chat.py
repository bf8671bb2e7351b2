"""``chat.completions.parse`` (structured outputs for Chat Completions), sync and async.

The method is generated (``codegen/config.yaml``, ``helpers``: ``create``'s parameters with
``response_format`` taking a model class); it hands its arguments to ``chat_parse``.

Light at import (every ``chat.completions`` resource imports it): the parsing machinery and
pydantic load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Generator, Tuple, Union, cast

from ..._constants import RAW_RESPONSE_HEADER
from ..._resource import AsyncAPIResource, SyncAPIResource
from . import is_given

if TYPE_CHECKING:
    from ...types.chat.chat_completion import ChatCompletion
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion

__all__ = ["chat_parse"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
_HELPER_HEADER = {"X-Stainless-Helper-Method": "chat.completions.parse"}


def _parse_request(arguments: Dict[str, Any]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """The body of a ``parse`` call and its response format and tools, from the call's arguments.

    The body holds the same keys, in the same order, as ``create(..., stream=False)`` would
    send, with the model turned into a strict ``json_schema`` response format.
    """
    from ._completions import type_to_response_format_param, validate_input_tools

    params = {name: value for name, value in arguments.items() if name not in _OPTIONS}
    response_format = params["response_format"]
    tools = params["tools"] = list(params["tools"]) if is_given(params["tools"]) else params["tools"]
    validate_input_tools(tools)
    params["response_format"] = type_to_response_format_param(response_format)
    params["stream"] = False
    required = {"messages": params.pop("messages"), "model": params.pop("model")}
    body = {**required, **dict(sorted(params.items()))}  # omitted values: left out by dump_json
    return body, {"response_format": response_format, "input_tools": tools}


def _options(arguments: Dict[str, Any], post_parser: Any = None) -> Any:
    from ..._options import make_request_options

    given = {name: arguments[name] for name in _OPTIONS}
    options = make_request_options(**given, post_parser=post_parser) if post_parser else make_request_options(**given)
    options["headers"] = {**_HELPER_HEADER, **(options.get("headers") or {})}
    return options


def _raw_mode(arguments: Dict[str, Any]) -> bool:
    headers = arguments.get("extra_headers") or {}
    return any(str(name).lower() == RAW_RESPONSE_HEADER.lower() for name in headers)


def chat_parse(resource: Union[SyncAPIResource, AsyncAPIResource], arguments: Dict[str, Any]) -> Any:
    """``chat.completions.parse``: the parsed completion, or (async client) an awaitable of it.

    Parsing happens in the response's ``post_parser``, so ``with_raw_response.parse(...).parse()``
    gives the parsed completion too. On a preset client whose server lacks ``json_schema`` the
    request is negotiated (``_negotiate.py``).
    """
    from ...providers import preset_of
    from ...types.chat.chat_completion import ChatCompletion
    from ._completions import parse_chat_completion
    from ._negotiate import negotiate, optional_negotiation

    body, parsing = _parse_request(arguments)
    negotiation = optional_negotiation(preset_of(resource._client), **parsing)
    if negotiation is None:

        def parser(completion: ChatCompletion) -> ParsedChatCompletion[Any]:
            return parse_chat_completion(chat_completion=completion, **parsing)

        options = _options(arguments, parser)
        return resource._post("/chat/completions", body=body, options=options, cast_to=ChatCompletion, stream=False)
    request = negotiation.request_body(body)
    if _raw_mode(arguments):  # one response to hand back: no re-asking

        def negotiated_parser(completion: ChatCompletion) -> ParsedChatCompletion[Any]:
            return negotiation.parse(completion)

        options = _options(arguments, negotiated_parser)
        return resource._post("/chat/completions", body=request, options=options, cast_to=ChatCompletion, stream=False)
    flow = negotiate(negotiation, body)
    if isinstance(resource, AsyncAPIResource):
        return _drive_async(resource, flow, _options(arguments))
    return _drive(resource, flow, _options(arguments))


_Flow = Generator[Dict[str, Any], "ChatCompletion", "ParsedChatCompletion[Any]"]


def _drive(resource: SyncAPIResource, flow: _Flow, options: Any) -> "ParsedChatCompletion[Any]":
    from ...types.chat.chat_completion import ChatCompletion

    body = next(flow)
    while True:
        answer = resource._post("/chat/completions", body=body, options=options, cast_to=ChatCompletion)
        try:
            body = flow.send(answer)
        except StopIteration as done:
            return cast("ParsedChatCompletion[Any]", done.value)


async def _drive_async(resource: AsyncAPIResource, flow: _Flow, options: Any) -> "ParsedChatCompletion[Any]":
    from ...types.chat.chat_completion import ChatCompletion

    body = next(flow)
    while True:
        answer = await resource._post("/chat/completions", body=body, options=options, cast_to=ChatCompletion)
        try:
            body = flow.send(answer)
        except StopIteration as done:
            return cast("ParsedChatCompletion[Any]", done.value)
