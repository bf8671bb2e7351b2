"""``chat.completions.parse`` (structured outputs for Chat Completions), sync and async.

The method is generated (``codegen/config.yaml``, ``helpers``: ``create``'s parameters with
``response_format`` taking a model class); it hands its arguments to ``chat_parse``.

Light at import (every ``chat.completions`` resource imports it): the parsing machinery and
pydantic load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Union

from ..._resource import AsyncAPIResource, SyncAPIResource
from . import is_given

if TYPE_CHECKING:
    from ...types.chat.parsed_chat_completion import ParsedChatCompletion

__all__ = ["chat_parse"]

_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")
_HELPER_HEADER = {"X-Stainless-Helper-Method": "chat.completions.parse"}


def _parse_request(arguments: Dict[str, Any]) -> Dict[str, Any]:
    """The keyword arguments of ``_post`` for a ``parse`` call, from the call's arguments.

    The body holds the same keys, in the same order, as ``create(..., stream=False)`` would
    send, with the model turned into a strict ``json_schema`` response format. Parsing
    happens in the response's ``post_parser``, so ``with_raw_response.parse(...).parse()``
    gives the parsed completion too.
    """
    from ..._options import make_request_options
    from ...types.chat.chat_completion import ChatCompletion
    from ._completions import parse_chat_completion, type_to_response_format_param, validate_input_tools

    params = {name: value for name, value in arguments.items() if name not in _OPTIONS}
    response_format = params["response_format"]
    tools = params["tools"] = list(params["tools"]) if is_given(params["tools"]) else params["tools"]
    validate_input_tools(tools)
    params["response_format"] = type_to_response_format_param(response_format)
    params["stream"] = False
    required = {"messages": params.pop("messages"), "model": params.pop("model")}
    body = {**required, **dict(sorted(params.items()))}  # omitted values: left out by dump_json

    def parser(completion: ChatCompletion) -> ParsedChatCompletion[Any]:
        return parse_chat_completion(response_format=response_format, input_tools=tools, chat_completion=completion)

    options = make_request_options(**{name: arguments[name] for name in _OPTIONS}, post_parser=parser)
    options["headers"] = {**_HELPER_HEADER, **(options.get("headers") or {})}
    return {"body": body, "options": options, "cast_to": ChatCompletion, "stream": False}


def chat_parse(resource: Union[SyncAPIResource, AsyncAPIResource], arguments: Dict[str, Any]) -> Any:
    """``chat.completions.parse``: the parsed completion, or (async client) an awaitable of it."""
    return resource._post("/chat/completions", **_parse_request(arguments))
