"""The Responses API over WebSocket (``/v1/responses``): ``response.create`` in, the stream's events out.

Each ``response.create`` carries the body of ``POST /v1/responses`` (``stream`` is implied) and
is answered by that route, so the events are exactly those of the HTTP stream
(``_response_events.py``), one per message; a refused request becomes an ``error`` event and
the connection stays open for the next one.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional

from .._wire import LocalRequest
from ._session import Outgoing

if TYPE_CHECKING:
    from .._context import Context

__all__ = ["ResponsesSession"]

_PASSED_HEADERS = ("authorization", "api-key", "openai-organization", "openai-project")


class ResponsesSession:
    def __init__(self, app: "Context", headers: Mapping[str, str]) -> None:
        self.app = app
        self.headers = {name: headers[name] for name in _PASSED_HEADERS if name in headers}
        self.headers["content-type"] = "application/json"

    def opening(self) -> List[Outgoing]:
        return []

    def receive(self, message: str) -> Iterator[Outgoing]:
        try:
            payload = json.loads(message)
        except ValueError:
            yield _error("The client event is not valid JSON.", None, "invalid_json")
            return
        if not isinstance(payload, dict) or payload.get("type") != "response.create":
            kind = payload.get("type") if isinstance(payload, dict) else None
            yield _error(f"Invalid value: {kind!r}. The only client event is 'response.create'.", "type")
            return
        body: Dict[str, Any] = {key: value for key, value in payload.items() if key != "type"}
        if body.get("background"):
            yield _error("'background' is not supported over WebSocket.", "background", "unsupported_parameter")
            return
        if body.get("stream", True) is not True:
            yield _error("Over WebSocket a response always streams: leave 'stream' out.", "stream")
            return
        request = LocalRequest.build(
            "POST", "/v1/responses", json.dumps({**body, "stream": True}).encode(), self.headers
        )
        answer = self.app.dispatch(request)
        if answer.status != 200:
            raw = answer.body if isinstance(answer.body, bytes) else b"".join(answer.body)
            error = json.loads(raw).get("error") or {}
            yield _error(str(error.get("message")), error.get("param"), error.get("code"))
            return
        if answer.delay:
            yield answer.delay
        for chunk in answer.chunks():
            for line in chunk.splitlines():
                if line.startswith(b"data: "):
                    yield json.loads(line[6:])


def _error(message: str, param: Optional[str], code: Optional[str] = "invalid_value") -> Dict[str, Any]:
    return {"type": "error", "code": code, "message": message, "param": param, "sequence_number": 0}
