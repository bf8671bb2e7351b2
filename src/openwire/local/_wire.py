"""What goes in and out of the local API: requests, responses, errors and SSE framing.

Nothing here does I/O. The in-process transport and the socket server both turn a
:class:`LocalResponse` into bytes on their side; a body that is an iterator of chunks is a
stream (sent chunked over a socket, unless a ``content-length`` header is set), and
:class:`StreamCut` raised from it drops the connection part-way, the way a real network
failure would. The response's delivery fields (``delay``, ``pause``, ``terminate``,
``reset_after``, ``close_delimited``) say how the bytes go out, for scripted faults.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Mapping, Optional, Tuple, Union
from urllib.parse import parse_qs

__all__ = [
    "Body",
    "LocalRequest",
    "LocalResponse",
    "APIFailure",
    "StreamCut",
    "Disconnect",
    "sse_event",
    "SSE_DONE",
]

Body = Union[bytes, Iterator[bytes]]

SSE_DONE = b"data: [DONE]\n\n"


class StreamCut(Exception):
    """Raised from a response body: the connection drops here, mid-body."""


class Disconnect(Exception):
    """Raised by the app instead of answering: the connection closes (after ``delay`` s) with no response.

    ``reset``: it is aborted with a TCP RST instead of closed.
    """

    def __init__(self, delay: float = 0.0, reset: bool = False) -> None:
        super().__init__(delay)
        self.delay = delay
        self.reset = reset


class APIFailure(Exception):
    """A handler's way to answer with the API's error shape (``{"error": {...}}``)."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: Optional[str] = None,
        code: Optional[str] = None,
        headers: Optional[Mapping[str, str]] = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    def to_response(self) -> "LocalResponse":
        return LocalResponse.error(
            self.status, self.message, type=self.type, param=self.param, code=self.code, headers=self.headers
        )


_AZURE_DEPLOYMENT = re.compile(r"/deployments/[^/]+(?=/)")


def _azure_to_openai_path(path: str) -> str:
    """Azure OpenAI URLs (``/openai/deployments/{name}/chat/completions``, ``/openai/models``)
    are served like the OpenAI ones, so ``AzureOpenAI`` works against the local server too."""
    if path == "/openai" or path.startswith("/openai/"):
        path = path[len("/openai") :] or "/"
    return _AZURE_DEPLOYMENT.sub("", path, count=1) if path.startswith("/deployments/") else path


@dataclass
class LocalRequest:
    method: str
    path: str  # without the query string and the ``/v1`` prefix
    query: Dict[str, List[str]] = field(default_factory=dict)
    headers: Dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    target: str = ""  # the request line's target, as sent (``/v1/files?limit=2``)
    connection: int = 0  # over a socket: which connection it came on (1-based, in accept order)
    received: float = 0.0  # over a socket: ``time.monotonic()`` when the whole request had arrived
    raw_headers: List[Tuple[str, str]] = field(default_factory=list)  # over a socket: as sent (case, repeats)
    messages: List[str] = field(default_factory=list)  # over a WebSocket: the client's text messages, in order
    custom_id: Optional[str] = None  # a line of a batch being run: its custom_id (batch faults match it)

    @classmethod
    def build(
        cls, method: str, target: str, body: bytes = b"", headers: Optional[Mapping[str, str]] = None
    ) -> "LocalRequest":
        """From a request line's target (``/v1/files?limit=2``) as the wire gives it."""
        raw_path, _, raw_query = target.partition("?")
        path = _azure_to_openai_path("/" + raw_path.strip("/"))
        if path == "/v1" or path.startswith("/v1/"):
            path = _azure_to_openai_path(path[3:] or "/")
        query = parse_qs(raw_query, keep_blank_values=True)
        lowered = {name.lower(): value for name, value in (headers or {}).items()}
        return cls(method.upper(), path, query, lowered, body, target)

    def query_value(self, name: str) -> Optional[str]:
        values = self.query.get(name) or self.query.get(f"{name}[]")
        return values[-1] if values else None

    def json(self) -> Dict[str, Any]:
        """The JSON object body; a 400 in the API's shape when it is not one."""
        if not self.body:
            return {}
        try:
            payload = json.loads(self.body)
        except ValueError:
            raise APIFailure(
                400,
                "We could not parse the JSON body of your request. The body must be a JSON object.",
                code="invalid_json",
            ) from None
        if not isinstance(payload, dict):
            raise APIFailure(400, "The request body must be a JSON object.", code="invalid_json")
        return payload

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass
class LocalResponse:
    status: int
    body: Body
    headers: Dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before sending the headers (a stall); ``math.inf``: until stop
    pause: float = 0.0  # seconds between two body chunks
    terminate: bool = True  # False: a chunked body ends without its last chunk (the connection closes)
    reset_after: Optional[int] = None  # abort the connection (TCP RST) after this many body bytes
    close_delimited: bool = False  # no length, no chunks: the body ends when the connection closes
    stall_after: Optional[int] = None  # wait ``stall_for`` seconds before body chunk number ``stall_after``
    stall_for: float = 0.0

    @property
    def plain(self) -> bool:
        """Delivered as usual (no pause or stall, cut-off end, reset or close-delimited body)."""
        return (
            not self.pause
            and self.terminate
            and self.reset_after is None
            and not self.close_delimited
            and self.stall_after is None
        )

    @classmethod
    def json(cls, status: int, payload: object, headers: Optional[Dict[str, str]] = None) -> "LocalResponse":
        return cls(status, json.dumps(payload).encode(), {"content-type": "application/json", **(headers or {})})

    @classmethod
    def error(
        cls,
        status: int,
        message: str,
        *,
        type: str,
        param: Optional[str] = None,
        code: Optional[str] = None,
        headers: Optional[Dict[str, str]] = None,
    ) -> "LocalResponse":
        error = {"message": message, "type": type, "param": param, "code": code}
        return cls.json(status, {"error": error}, headers)

    @classmethod
    def raw(cls, content: bytes, content_type: str, status: int = 200) -> "LocalResponse":
        return cls(status, content, {"content-type": content_type})

    @classmethod
    def stream(cls, events: Iterator[bytes]) -> "LocalResponse":
        return cls(200, events, {"content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache"})

    def chunks(self) -> Iterator[bytes]:
        if isinstance(self.body, bytes):
            yield self.body
        else:
            yield from self.body


def sse_event(payload: object, event: Optional[str] = None) -> bytes:
    """One SSE event; the Responses API names each event after its ``type``, chat does not."""
    data = b"data: " + json.dumps(payload, separators=(",", ":")).encode() + b"\n\n"
    return b"event: " + event.encode() + b"\n" + data if event else data
