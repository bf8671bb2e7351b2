"""What one API call asks for, before it becomes an ``httpx.Request``.

Generated resource methods and ``client.get/post/...`` both produce a
:class:`FinalRequestOptions`; the client turns it into a request for each attempt.
"""

from __future__ import annotations

import datetime
import json
from typing import TYPE_CHECKING, Any, Callable, Mapping, Optional, Union
from urllib.parse import quote

from ._types import NOT_GIVEN, Body, Headers, NotGiven, Omit, Query, RequestFiles, RequestOptions, SecurityOptions

if TYPE_CHECKING:
    import httpx

__all__ = ["FinalRequestOptions", "make_request_options", "strip_not_given", "dump_json", "path_param", "header_params"]


class FinalRequestOptions:
    """Everything needed to build the request of one call (any number of attempts)."""

    __slots__ = (
        "content",
        "extra_json",
        "files",
        "follow_redirects",
        "headers",
        "idempotency_key",
        "json_data",
        "max_retries",
        "method",
        "params",
        "post_parser",
        "security",
        "synthesize_event_and_data",
        "timeout",
        "url",
    )

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: Optional[Query] = None,
        headers: Optional[Headers] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        timeout: Union[float, "httpx.Timeout", NotGiven, None] = NOT_GIVEN,
        files: Optional[RequestFiles] = None,
        json_data: Optional[Body] = None,
        extra_json: Optional[Mapping[str, object]] = None,
        content: Optional[Union[bytes, str]] = None,
        follow_redirects: Optional[bool] = None,
        post_parser: Union[Callable[[Any], Any], NotGiven] = NOT_GIVEN,
        idempotency_key: Optional[str] = None,
        security: Optional[SecurityOptions] = None,
        synthesize_event_and_data: Optional[bool] = None,
    ) -> None:
        self.method = method
        self.url = url
        self.params = params
        self.headers = headers
        self.max_retries = max_retries
        self.timeout = timeout
        self.files = files
        self.json_data = json_data
        self.extra_json = extra_json
        self.content = content
        self.follow_redirects = follow_redirects
        self.post_parser = post_parser
        self.idempotency_key = idempotency_key
        self.security = security
        self.synthesize_event_and_data = synthesize_event_and_data

    @classmethod
    def build(cls, method: str, url: str, options: RequestOptions, **fields: Any) -> "FinalRequestOptions":
        """Combine the public ``options=`` mapping of ``client.get/post/...`` with call fields."""
        unknown = set(options) - _OPTION_KEYS
        if unknown:
            raise TypeError(f"Unknown request option(s): {', '.join(sorted(unknown))}")
        merged: dict[str, Any] = dict(fields)
        if isinstance(merged.get("json_data"), (bytes, bytearray)):
            import warnings

            warnings.warn(
                "Passing bytes as `body` is deprecated: pass them as `content=` instead.",
                DeprecationWarning,
                stacklevel=3,
            )
            merged["content"] = bytes(merged.pop("json_data"))
        for key, value in options.items():
            merged[key] = value
        return cls(method=method, url=url, **merged)

    def copy_with(self, **changes: Any) -> "FinalRequestOptions":
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return FinalRequestOptions(**values)

    def __repr__(self) -> str:
        # Headers may carry credentials, so they are not shown.
        return f"FinalRequestOptions(method={self.method!r}, url={self.url!r}, params={self.params!r})"


_OPTION_KEYS = frozenset(RequestOptions.__annotations__) | {"post_parser"}


def make_request_options(
    *,
    query: Optional[Query] = None,
    extra_headers: Optional[Headers] = None,
    extra_query: Optional[Query] = None,
    extra_body: Optional[Body] = None,
    idempotency_key: Optional[str] = None,
    timeout: Union[float, "httpx.Timeout", NotGiven, None] = NOT_GIVEN,
    post_parser: Union[Callable[[Any], Any], NotGiven] = NOT_GIVEN,
    security: Optional[SecurityOptions] = None,
    synthesize_event_and_data: Optional[bool] = None,
) -> RequestOptions:
    """The per-call options of an endpoint method, as a ``RequestOptions`` mapping.

    A key appears only when its argument is given (``timeout=None`` is given: no timeout);
    ``make_request_options()`` is ``{}``.
    """
    options: dict[str, Any] = {}
    if extra_headers is not None:
        options["headers"] = extra_headers
    if extra_body is not None:
        if not isinstance(extra_body, Mapping):
            raise TypeError(f"extra_body must be a mapping, got {type(extra_body).__name__}")
        options["extra_json"] = extra_body
    if query is not None or extra_query is not None:
        params = {**query, **extra_query} if query and extra_query else (query or extra_query or {})
        options["params"] = strip_not_given(params)
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if not isinstance(post_parser, NotGiven):
        options["post_parser"] = post_parser
    if security is not None:
        options["security"] = security
    if synthesize_event_and_data is not None:
        options["synthesize_event_and_data"] = synthesize_event_and_data
    return options  # type: ignore[return-value]


def header_params(values: Mapping[str, object]) -> dict[str, str]:
    """Header parameters of a method (``betas`` -> ``OpenAI-Beta``): omitted ones send nothing,
    a list is joined with commas."""
    out: dict[str, str] = {}
    for name, value in values.items():
        if value is None or isinstance(value, (NotGiven, Omit)):
            continue
        out[name] = ",".join(str(v) for v in value) if isinstance(value, (list, tuple)) else str(value)
    return out


def path_param(value: object) -> str:
    """A path parameter, percent-encoded so that ``/``, ``?``, ``#`` or ``%`` in an id cannot
    change which URL is called (path characters such as ``:`` and ``@`` stay, as the reference
    sends them)."""
    return quote(str(value), safe="!$&'()*+,;=:@")


def strip_not_given(values: Mapping[str, object]) -> dict[str, object]:
    """Drop ``NOT_GIVEN`` / ``omit`` entries (top level only: nested values are the caller's)."""
    return {key: value for key, value in values.items() if not isinstance(value, (NotGiven, Omit))}


def _json_default(value: object) -> object:
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, default=_json_default)


def dump_json(value: object) -> bytes:
    """Serialise a request body the way the API (and the reference SDK) does: compact UTF-8.

    ``NOT_GIVEN`` / ``omit`` at the top level of a mapping body are left out (the reference
    does this for ``client.post(body=...)``); nested ones are the caller's mistake.
    """
    if isinstance(value, Mapping):
        value = strip_not_given(value)
        response_format = value.get("response_format")
        if isinstance(response_format, type) and hasattr(response_format, "model_json_schema"):
            raise TypeError(
                f"`response_format` is the pydantic model class {response_format.__name__}: `create()` sends JSON "
                "only. Call `parse()` with the same arguments instead (e.g. `client.chat.completions.parse(...)`): "
                "it sends the class as a strict JSON schema and parses the answer into it."
            )
    return _ENCODER.encode(value).encode("utf-8")
