"""Turning a finished ``httpx.Response`` into what the caller asked for (``cast_to``).

Shared by the sync and async clients, the raw-response wrappers and pagination: it reads only
bytes already in memory (or hands the open response to a stream class).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Type, cast

from typing_extensions import get_args, get_origin

from ._exceptions import APIResponseValidationError
from ._types import NoneType, NotGiven

if TYPE_CHECKING:
    import httpx

    from ._base_client import BaseClient
    from ._options import FinalRequestOptions

__all__ = ["parse_response", "stream_item_type"]


def stream_item_type(stream_cls: Any) -> Any:
    """``Stream[ChatCompletionChunk]`` -> ``ChatCompletionChunk`` (``object`` when unparametrised)."""
    args = get_args(stream_cls)
    return args[0] if args else object


def parse_response(
    *,
    cast_to: Any,
    response: httpx.Response,
    client: "BaseClient[Any]",
    options: "FinalRequestOptions",
    stream: bool = False,
    stream_cls: Optional[Any] = None,
) -> Any:
    if stream:
        if stream_cls is None:
            raise TypeError("stream=True needs a stream_cls (e.g. Stream[ChatCompletionChunk])")
        stream_class = get_origin(stream_cls) or stream_cls
        return stream_class(cast_to=stream_item_type(stream_cls), response=response, client=client)

    parsed = _parse_body(cast_to, response, client, options)
    if not isinstance(options.post_parser, NotGiven):
        parsed = options.post_parser(parsed)
    return parsed


def _parse_body(
    cast_to: Any, response: httpx.Response, client: "BaseClient[Any]", options: "FinalRequestOptions"
) -> Any:
    import httpx  # loaded by the request that made ``response``

    if cast_to is NoneType or cast_to is None:
        return None
    if cast_to is httpx.Response:
        return response
    if cast_to is str:
        return response.text
    if cast_to is bytes:
        return response.content
    origin = get_origin(cast_to) or cast_to
    if isinstance(origin, type):
        from ._binary import HttpxBinaryResponseContent

        if issubclass(origin, HttpxBinaryResponseContent):
            return origin(response)
    if cast_to is object:
        return _decode_any(response)

    from ._models import BaseModel, parse_json, set_request_id

    content = response.content
    try:
        value = parse_json(cast(Type[Any], cast_to), content, strict=client._strict_response_validation)
    except ValueError as err:  # invalid JSON, or a strict-mode validation error
        if not client._strict_response_validation and not _is_json(content):
            return response.text  # a non-JSON answer where a model was expected: as the reference
        raise APIResponseValidationError(
            response, _decode_any(response), message=f"Could not read the response as {_type_name(cast_to)}: {err}"
        ) from err
    if isinstance(value, BaseModel):
        set_request_id(value, response.headers.get("x-request-id"))
        # Looked up on the class: a miss on the instance goes through pydantic's slow __getattr__.
        set_pagination = getattr(type(value), "_set_pagination", None)
        if set_pagination is not None:
            set_pagination(value, client, options)
    return value


def _is_json(content: bytes) -> bool:
    import json

    try:
        json.loads(content)
    except ValueError:
        return False
    return True


def _decode_any(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


def _type_name(type_: Any) -> str:
    return getattr(type_, "__name__", None) or repr(type_)
