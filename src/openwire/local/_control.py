"""Scripting a running server from outside its process: control paths and CLI specs.

Control paths live under ``/_local/`` (beside ``/v1``; no API path starts with ``_``). They
are neither recorded in ``app.requests`` nor subject to faults, and need the server's key
when it has one (``--api-key``):

- ``POST /_local/faults`` with a JSON object of :meth:`Faults.add` options
  (``{"path": "/chat/completions", "status": 429, "times": 1}``) adds a fault;
  ``GET`` lists the faults with their ``hits``; ``DELETE`` removes them all.
- ``POST /_local/replies`` with :meth:`Replies.add` options (``{"match": "weather",
  "text": "Sunny"}``; ``"regex"`` instead of ``"match"`` for a regular expression) adds a
  scripted reply; ``GET`` lists them with their ``used`` count; ``DELETE`` removes them all.
- ``GET /_local/requests`` lists the requests received (method, path, query, headers with
  keys masked, body; for a WebSocket, the client's ``messages``); ``DELETE`` forgets them.

On the command line, ``openwire serve --fault SPEC --reply SPEC`` (each repeatable) adds the
same at start-up; ``SPEC`` is ``key=value,key=value`` (``path=/chat/completions,status=429``;
a value may contain commas not followed by ``key=``) or a JSON object.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple

from ._faults import Fault
from ._rules import Reply
from ._wire import APIFailure, LocalRequest, LocalResponse

if TYPE_CHECKING:
    from ._context import Context

__all__ = ["FAULT_OPTIONS", "REPLY_OPTIONS", "add_fault", "add_reply", "handle_control", "is_control", "parse_spec"]

_PREFIX = "/_local/"
_RESOURCES = ("faults", "replies", "requests")

# The options each kind takes and their JSON types (a test keeps them equal to the signatures).
FAULT_OPTIONS: Dict[str, type] = {
    "path": str,
    "method": str,
    "status": int,
    "message": str,
    "code": str,
    "type": str,
    "retry_after": float,
    "headers": dict,
    "body": str,
    "chunks": list,
    "stall": float,
    "hang": bool,
    "cut_after": int,
    "chunk_size": int,
    "pause": float,
    "unterminated": bool,
    "reset_after": int,
    "content_length": int,
    "close_delimited": bool,
    "disconnect": bool,
    "stall_after": int,
    "malformed_after": int,
    "no_done": bool,
    "reject_prefill": bool,
    "close_code": int,
    "close_after": int,
    "custom_id": str,
    "expire": bool,
    "times": int,
}
REPLY_OPTIONS: Dict[str, type] = {
    "match": str,
    "text": str,
    "echo": bool,
    "tool_call": str,
    "arguments": dict,
    "refusal": str,
    "error": int,
    "message": str,
    "delay": float,
    "times": int,
}
_KINDS = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    dict: "an object",
    list: "a list",
}
_SECRET_HEADERS = ("authorization", "api-key", "cookie", "proxy-authorization")
_FOREVER = ("none", "null", "forever")
_SUBPROTOCOL_KEY = re.compile(r"(openai-insecure-api-key\.)[^,\s]+")


def parse_spec(spec: str) -> Dict[str, str]:
    """``"a=1,b=x, y"`` -> ``{"a": "1", "b": "x, y"}``; a JSON object is parsed as such."""
    if spec.lstrip().startswith("{"):
        try:
            value = json.loads(spec)
        except ValueError as err:
            raise ValueError(f"not valid JSON: {err}") from None
        if not isinstance(value, dict):
            raise ValueError("a JSON spec must be an object")
        return value
    options: Dict[str, str] = {}
    for item in re.split(r",(?=\s*\w+\s*=)", spec):
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"expected key=value, got {item.strip()!r}")
        options[key.strip()] = value.strip()
    return options


def _coerce(name: str, value: Any, kind: type) -> Any:
    if name == "times" and (value is None or (isinstance(value, str) and value.lower() in _FOREVER)):
        return None
    if isinstance(value, str) and kind is not str:  # from a command-line spec
        try:
            if kind is bool:
                if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                    raise ValueError
                return value.lower() in ("true", "1", "yes")
            if kind in (dict, list) or name == "arguments":
                return value if name == "arguments" else json.loads(value)
            return kind(value)
        except ValueError:
            raise ValueError(f"{name}={value!r} is not {_KINDS[kind]}") from None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if name == "arguments" and isinstance(value, str):
        return value
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ValueError(f"{name} must be {_KINDS[kind]}, got {json.dumps(value)}")
    items: List[Any] = []
    if isinstance(value, dict) and name != "arguments":
        items = list(value.values())
    elif isinstance(value, list):
        items = value
    if not all(isinstance(item, str) for item in items):
        raise ValueError(f"{name} must hold strings")
    return value


def _options(kind: str, given: Mapping[str, Any], known: Dict[str, type]) -> Dict[str, Any]:
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise ValueError(f"unknown {kind} option {unknown[0]!r}; known: {', '.join(known)}")
    return {name: _coerce(name, value, known[name]) for name, value in given.items()}


def add_fault(app: "Context", given: Mapping[str, Any]) -> Fault:
    """Add a fault from JSON-like or command-line options; ``ValueError`` names a bad one."""
    return app.faults.add(**_options("fault", given, FAULT_OPTIONS))


def add_reply(app: "Context", given: Mapping[str, Any]) -> Reply:
    """Add a scripted reply; ``regex`` is a regular expression to match instead of ``match``."""
    given = dict(given)
    pattern = given.pop("regex", None)
    options = _options("reply", given, REPLY_OPTIONS)
    if pattern is not None:
        if "match" in options:
            raise ValueError("give match (a substring) or regex, not both")
        try:
            options["match"] = re.compile(str(pattern))
        except re.error as err:
            raise ValueError(f"regex {pattern!r} is not a valid regular expression: {err}") from None
    return app.replies.add(**options)


def _fault_json(index: int, fault: Fault) -> Dict[str, Any]:
    fields = asdict(fault)
    if isinstance(fault.body, bytes):
        fields["body"] = fault.body.decode("utf-8", "replace")
    if fault.chunks is not None:
        fields["chunks"] = [c.decode("utf-8", "replace") if isinstance(c, bytes) else c for c in fault.chunks]
    return {"object": "local.fault", "index": index, **fields}


def _request_json(request: LocalRequest) -> Dict[str, Any]:
    headers = {name: "***" if name in _SECRET_HEADERS else value for name, value in request.headers.items()}
    if "sec-websocket-protocol" in headers:  # a browser's key rides here (openai-insecure-api-key.<key>)
        headers["sec-websocket-protocol"] = _SUBPROTOCOL_KEY.sub(r"\1***", headers["sec-websocket-protocol"])
    try:
        body: Optional[str] = request.body.decode() if request.body else None
    except UnicodeDecodeError:
        body = f"<{len(request.body)} bytes of binary data>"
    described = {"method": request.method, "path": request.path, "query": request.query, "headers": headers}
    if request.messages:  # a WebSocket: what the client said on it
        described["messages"] = list(request.messages)
    return {**described, "body": body}


def _listing(items: List[Dict[str, Any]]) -> LocalResponse:
    return LocalResponse.json(200, {"object": "list", "data": items})


def _added(app: "Context", request: LocalRequest, add: Any) -> Tuple[int, Any]:
    try:
        return 201, add(app, request.json())
    except (ValueError, TypeError) as err:
        raise APIFailure(400, f"{request.path}: {err}", code="invalid_control_request") from None


def is_control(path: str) -> bool:
    return path.startswith(_PREFIX) and path[len(_PREFIX) :] in _RESOURCES


def handle_control(app: "Context", request: LocalRequest) -> LocalResponse:
    """The answer to a control request (``is_control(request.path)``)."""
    resource = request.path[len(_PREFIX) :]
    method = request.method
    if resource == "faults" and method == "POST":
        status, fault = _added(app, request, add_fault)
        index = next(i for i, added in enumerate(app.faults) if added is fault)
        return LocalResponse.json(status, _fault_json(index, fault))
    if resource == "replies" and method == "POST":
        status, reply = _added(app, request, add_reply)
        return LocalResponse.json(status, {"object": "local.reply", **asdict(reply)})
    if method == "GET":
        if resource == "faults":
            return _listing([_fault_json(i, fault) for i, fault in enumerate(app.faults)])
        if resource == "replies":
            return _listing([{"object": "local.reply", **rule} for rule in app.replies.describe()])
        return _listing([_request_json(r) for r in app.recorded()])
    if method == "DELETE":
        deleted = {"faults": app.faults.clear, "replies": app.replies.clear, "requests": app.forget_requests}[
            resource
        ]()
        return LocalResponse.json(200, {"object": f"local.{resource}.deleted", "deleted": deleted})
    allowed = "GET, POST, DELETE" if resource != "requests" else "GET, DELETE"
    raise APIFailure(405, f"{method} is not allowed on {request.path}; use {allowed}", code="method_not_allowed")
