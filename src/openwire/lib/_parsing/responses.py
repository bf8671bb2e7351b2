"""``responses.parse`` (structured outputs for the Responses API), sync and async.

The method is generated (``codegen/config.yaml``, ``helpers``: ``create``'s parameters with
``text_format``); it hands its arguments to ``responses_parse``.

Light at import (every ``responses`` resource imports it): the parsing machinery and pydantic
load on the first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Union

from ..._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from ...types.responses.parsed_response import ParsedResponse

__all__ = ["responses_parse"]

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

    params = {name: value for name, value in arguments.items() if name not in _OPTIONS}
    text_format = params.pop("text_format")
    params["text"] = prepare_text_param(params["text"], text_format)
    tools = params["tools"] = prepare_input_tools(params["tools"])
    body = dict(sorted(params.items()))  # omitted values: left out by dump_json

    def parser(response: Response) -> ParsedResponse[Any]:
        return parse_response(text_format=text_format, input_tools=tools, response=response)

    options = make_request_options(**{name: arguments[name] for name in _OPTIONS}, post_parser=parser)
    return {"body": body, "options": options, "cast_to": Response}


def responses_parse(resource: Union[SyncAPIResource, AsyncAPIResource], arguments: Dict[str, Any]) -> Any:
    """``responses.parse``: the parsed response, or (async client) an awaitable of it."""
    return resource._post("/responses", **_parse_request(arguments))
