"""The exception hierarchy, and the mapping from an HTTP error response to an exception."""

from __future__ import annotations

import html
import json
import re
import sys
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple, Type

from typing_extensions import Literal

from ._logs import hide_secret_headers, masked_request, masked_response

if TYPE_CHECKING:
    import httpx

__all__ = [
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "OAuthError",
    "SubjectTokenProviderError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
    "IncompleteStreamError",
    "InvalidStreamEventError",
    "NotAnEventStreamError",
    "make_status_error",
    "transport_errors",
    "is_timeout",
    "stream_transport_error",
    "not_an_event_stream_error",
]


class OpenAIError(Exception):
    """Base class of every error this library raises on purpose."""


class APIError(OpenAIError):
    """A request reached the API (or tried to) and did not give a usable answer."""

    message: str
    request: httpx.Request
    body: object | None
    """The decoded error payload: the ``error`` object when present, else the whole body."""
    code: Optional[str] = None
    param: Optional[str] = None
    type: Optional[str]

    def __init__(self, message: str, request: httpx.Request, *, body: object | None) -> None:
        super().__init__(message)
        if request is not None:
            hide_secret_headers(request)  # no credential in a repr of ``error.request.headers``
        self.request = request
        self.message = message
        self.body = body
        if isinstance(body, dict):
            # Kept as sent (a server may send a number), as the reference does.
            self.code = body.get("code")
            self.param = body.get("param")
            self.type = body.get("type")
        else:
            self.code = None
            self.param = None
            self.type = None

    def __reduce__(self) -> Tuple[Any, ...]:
        # The default rebuilds with ``cls(*args)``, which these keyword-only signatures refuse:
        # rebuild from the attributes instead, the request and response replaced by copies
        # whose credential headers are masked.
        return (_rebuild_error, (_class_spec(type(self)), self.args, _masked_state(self.__dict__)))


def _masked_state(state: Dict[str, Any]) -> Dict[str, Any]:
    import httpx

    state = dict(state)
    request = next((value for value in state.values() if isinstance(value, httpx.Request)), None)
    masked = masked_request(request) if request is not None else None
    for key, value in state.items():
        if isinstance(value, httpx.Request):
            state[key] = masked if value is request else masked_request(value)
        elif isinstance(value, httpx.Response):
            own = value._request
            if own is not None and own is not request:
                own = masked_request(own)
            state[key] = masked_response(value, masked if own is request else own)
    return state


def _class_spec(cls: type) -> object:
    combined = _COMBINED_SOURCES.get(cls)
    return combined if combined is not None else cls


def _rebuild_error(spec: Any, args: Tuple[Any, ...], state: Dict[str, Any]) -> APIError:
    cls: Any = _combined_class(*spec) if isinstance(spec, tuple) else spec
    error: APIError = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def _optional_str(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value)


class APIResponseValidationError(APIError):
    """The response arrived but could not be read as the declared type."""

    response: httpx.Response
    status_code: int

    def __init__(self, response: httpx.Response, body: object | None, *, message: str | None = None) -> None:
        super().__init__(message or "Data returned by API invalid for expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The API answered with a 4xx or 5xx status."""

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object | None) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get("x-request-id")


class APIConnectionError(APIError):
    """The request did not get an HTTP answer (DNS, refused, reset, TLS, ...)."""

    def __init__(self, *, message: str = "Connection error.", request: httpx.Request) -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """The request did not finish within its timeout."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(message="Request timed out.", request=request)


class IncompleteStreamError(APIConnectionError):
    """The event stream ended before its end: events may be missing.

    Raised when the body ends cleanly but without the stream's end marker (``[DONE]``, a
    ``finish_reason`` for every choice, a Responses terminal event), or in the middle of an
    event. Whatever was received was yielded; treat it as partial.
    """

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message=message, request=request)


# (openwire class, httpx class) -> their common subclass, and back.
_COMBINED: Dict[Tuple[type, type], type] = {}
_COMBINED_SOURCES: Dict[type, Tuple[type, type]] = {}


def _combined_class(base: type, httpx_class: type) -> type:
    cls = _COMBINED.get((base, httpx_class))
    if cls is None:
        cls = type(base.__name__, (base, httpx_class), {"__module__": base.__module__, "__doc__": base.__doc__})
        _COMBINED[(base, httpx_class)] = cls
        _COMBINED_SOURCES[cls] = (base, httpx_class)
    return cls


def transport_errors() -> Tuple[Type[Exception], ...]:
    """The transport error classes of the HTTP libraries a client may send through: httpx, and
    httpx2 once it is loaded (an ``http_client=DefaultHttpx2Client()`` loads it)."""
    import httpx

    httpx2 = sys.modules.get("httpx2")
    if httpx2 is None:
        return (httpx.TransportError,)
    return (httpx.TransportError, httpx2.TransportError)


def is_timeout(error: BaseException) -> bool:
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return True
    httpx2 = sys.modules.get("httpx2")
    return httpx2 is not None and isinstance(error, httpx2.TimeoutException)


def stream_transport_error(error: Exception, request: httpx.Request) -> APIConnectionError:
    """The typed error for a transport failure while a stream's body is read.

    It is an ``APITimeoutError`` or ``APIConnectionError`` *and* an instance of ``error``'s own
    httpx class (``ReadTimeout``, ``RemoteProtocolError``, ``ReadError``, ...): the reference
    lets the httpx error escape there, so code written for it catches ``httpx.TransportError``.
    """
    if is_timeout(error):
        cls = _combined_class(APITimeoutError, type(error))
        typed: APIConnectionError = cls(request)
    else:
        cls = _combined_class(APIConnectionError, type(error))
        typed = cls(message=f"Connection error while streaming: {error}", request=request)
    return typed


class InvalidStreamEventError(APIResponseValidationError):
    """An event of the stream carries data that is not JSON."""

    event: Optional[str]
    """The event's name (its ``event:`` field), ``None`` for unnamed events."""
    index: int
    """The event's position in the stream, from 0."""
    data: str

    def __init__(self, *, response: httpx.Response, event: Optional[str], index: int, data: str) -> None:
        shown = data if len(data) <= 200 else data[:197] + "..."
        name = f"event {event!r}" if event else "unnamed event"
        super().__init__(response, None, message=f"Stream {name} #{index} does not carry JSON data: {shown!r}")
        self.event = event
        self.index = index
        self.data = data


class NotAnEventStreamError(APIResponseValidationError):
    """``stream=True`` was answered with a document (JSON, HTML) instead of an event stream."""


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400  # type: ignore[assignment]


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401  # type: ignore[assignment]


class OAuthError(AuthenticationError):
    """An OAuth token exchange was refused; ``error`` is the OAuth error code."""

    error: Optional[str]

    def __init__(self, *, response: httpx.Response, body: object | None) -> None:
        # The server's ``error_description`` when it gives one, as the reference does.
        description = body.get("error_description") if isinstance(body, dict) else None
        message = description if isinstance(description, str) and description else "OAuth authentication error."
        super().__init__(message, response=response, body=body)
        self.error = _optional_str(body.get("error")) if isinstance(body, dict) else None


class SubjectTokenProviderError(OpenAIError):
    """A workload identity provider could not give a subject token (a missing token file, a
    metadata endpoint that refused); ``response`` is the endpoint's answer, when there was one."""

    response: Optional[httpx.Response]

    def __init__(self, message: str, *, response: Optional[httpx.Response] = None) -> None:
        super().__init__(message)
        self.response = response


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403  # type: ignore[assignment]


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404  # type: ignore[assignment]


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409  # type: ignore[assignment]


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422  # type: ignore[assignment]


class RateLimitError(APIStatusError):
    status_code: Literal[429] = 429  # type: ignore[assignment]


class InternalServerError(APIStatusError):
    pass


class LengthFinishReasonError(OpenAIError):
    """Structured output was cut off because the token limit was reached."""

    completion: Any
    usage: Any

    def __init__(self, *, completion: Any) -> None:
        usage = getattr(completion, "usage", None)
        message = "Could not parse response content as the length limit was reached"
        if usage is not None:
            message += f" - {usage}"  # str(), as the reference
        super().__init__(message)
        self.completion = completion
        self.usage = usage


class ContentFilterFinishReasonError(OpenAIError):
    """Structured output was withheld by the content filter."""

    completion: Any
    usage: Any

    def __init__(self, *, completion: Any = None) -> None:
        super().__init__("Could not parse response content as the request was rejected by the content filter")
        self.completion = completion
        # The reference keeps only the completion; its usage is what the request cost.
        self.usage = getattr(completion, "usage", None)


class InvalidWebhookSignatureError(ValueError):
    """A webhook payload failed signature or timestamp verification."""


class WebSocketConnectionClosedError(OpenAIError):
    """A websocket closed while messages were still queued."""

    def __init__(self, message: str, *, unsent_messages: list[str]) -> None:
        super().__init__(message)
        self.unsent_messages = unsent_messages


class WebSocketQueueFullError(OpenAIError):
    """Too many websocket messages are waiting to be sent."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status, APIStatusError)


_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HTML_SKIPPED = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<[^>]*>")
_HTML_SUMMARY_LENGTH = 200


def _html_message(status: int, text: str, response: httpx.Response) -> Optional[str]:
    """A one-line message for an HTML error page, or ``None`` when ``text`` is not HTML."""
    head = text[:100].lower()
    if "html" not in response.headers.get("content-type", "").lower() and not head.startswith(
        ("<!doctype html", "<html")
    ):
        return None
    match = _HTML_TITLE.search(text)
    raw = match.group(1) if match else _HTML_TAG.sub(" ", _HTML_SKIPPED.sub(" ", text))
    summary = " ".join(html.unescape(raw).split())
    if len(summary) > _HTML_SUMMARY_LENGTH:
        summary = summary[: _HTML_SUMMARY_LENGTH - 3] + "..."
    return (
        f"Error code: {status} - HTML error page: {summary}" if summary else f"Error code: {status} - HTML error page"
    )


def not_an_event_stream_error(response: httpx.Response, content: bytes) -> NotAnEventStreamError:
    """The error for a successful status whose body (``content``, its start at least) is a
    document rather than an event stream: it carries the server's message."""
    media_type = response.headers.get("content-type") or "no content type"
    text = content.decode("utf-8", errors="replace").strip()
    body: object = text
    detail: Optional[str] = None
    try:
        decoded = json.loads(text)
    except ValueError:
        detail = _html_message(response.status_code, text, response)
        if detail is not None:
            detail = detail.split(" - ", 1)[-1]
    else:
        body = decoded["error"] if isinstance(decoded, dict) and "error" in decoded else decoded
        message = body.get("message") if isinstance(body, dict) else None
        detail = message if isinstance(message, str) and message else json.dumps(decoded)[:200]
    if detail is None:
        detail = text[:200]
    return NotAnEventStreamError(
        response,
        body,
        message=f"Expected an event stream (stream=True) but the server answered {response.status_code} "
        f"with {media_type}: {detail}",
    )


def make_status_error(response: httpx.Response) -> APIStatusError:
    """Build the exception for an error response whose body has been read.

    Matches the reference: the body text is stripped; JSON (any JSON value, ``null``
    included) gives ``Error code: <status> - <str(value)>``, other text is the message itself,
    and an empty body gives ``Error code: <status>``. One departure: an HTML page (a proxy's or
    gateway's error page) gives ``Error code: <status> - HTML error page: <its title>`` rather
    than the whole page; ``body`` keeps the full text.
    """
    status = response.status_code
    text = response.text.strip()
    body: object
    if not text:
        body, message = text, f"Error code: {status}"
    else:
        try:
            decoded = json.loads(text)
        except ValueError:
            body, message = text, _html_message(status, text, response) or text
        else:
            body = decoded["error"] if isinstance(decoded, dict) and "error" in decoded else decoded
            message = f"Error code: {status} - {decoded}"
    return error_class_for_status(status)(message, response=response, body=body)
