"""Scripted replies for chat completions and the Responses API.

``app.replies.add(...)`` queues a rule; the first rule whose ``match`` fits the last user
message decides the answer (and is used up after ``times`` uses). Without a matching rule the
server echoes (``You said: ...``), answers a ``json_schema`` request with a valid instance, and
calls a tool when ``tool_choice`` forces one.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Dict, List, Optional, Pattern, Union

from ._schema_instance import schema_instance
from ._wire import APIFailure

__all__ = [
    "Reply",
    "Replies",
    "Match",
    "ToolCallReply",
    "Answer",
    "decide",
    "ANY_TOOL",
    "ECHO_PREFIX",
    "echo_text",
    "pieces",
]

Match = Union[None, str, Pattern[str], Callable[[str], bool]]

ECHO_PREFIX = "You said: "
GREETING = "Hello from the openwire local server."


def echo_text(prompt: str) -> str:
    return f"{ECHO_PREFIX}{prompt}" if prompt else GREETING


@dataclass
class ToolCallReply:
    name: str
    arguments: Optional[str]  # None: generated from the tool's parameter schema


@dataclass
class Reply:
    """What one scripted answer says. Exactly one of the kinds applies, checked in this order."""

    error: Optional[int] = None  # an HTTP status: answer with the API's error shape
    message: Optional[str] = None  # the error's message
    refusal: Optional[str] = None
    tool_call: Optional[ToolCallReply] = None
    text: Optional[str] = None
    echo: bool = False
    delay: float = 0.0  # seconds before the response starts


@dataclass
class _Rule:
    match: Match
    reply: Reply
    times: Optional[int]
    used: int = 0

    def fits(self, prompt: str) -> bool:
        if self.times is not None and self.used >= self.times:
            return False
        if self.match is None:
            return True
        if isinstance(self.match, str):
            return self.match in prompt
        if isinstance(self.match, re.Pattern):
            return self.match.search(prompt) is not None
        return bool(self.match(prompt))


@dataclass
class Replies:
    """The rule set; thread-safe, since the socket server answers on several threads."""

    _rules: List[_Rule] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self,
        match: Match = None,
        *,
        text: Optional[str] = None,
        echo: bool = False,
        tool_call: Optional[str] = None,
        arguments: Union[str, Dict[str, Any], None] = None,
        refusal: Optional[str] = None,
        error: Optional[int] = None,
        message: Optional[str] = None,
        delay: float = 0.0,
        times: Optional[int] = None,
    ) -> Reply:
        """Answer prompts that ``match`` (a substring, a compiled regex or a predicate; None: all).

        ``tool_call="get_weather"`` calls that function, with ``arguments`` (a dict or a JSON
        string) or arguments generated from the tool's schema. ``error=503`` answers with that
        status. ``times`` limits how often the rule fires (None: forever).
        """
        if sum(x is not None for x in (text, tool_call, refusal, error)) + echo > 1:
            raise ValueError("give one of text=, echo=, tool_call=, refusal= or error= per rule")
        args = json.dumps(arguments) if isinstance(arguments, dict) else arguments
        call = ToolCallReply(tool_call, args) if tool_call is not None else None
        reply = Reply(error=error, message=message, refusal=refusal, tool_call=call, text=text, echo=echo, delay=delay)
        with self._lock:
            self._rules.append(_Rule(match, reply, times))
        return reply

    def clear(self) -> int:
        """Remove every rule; returns how many there were."""
        with self._lock:
            count = len(self._rules)
            self._rules.clear()
        return count

    def describe(self) -> List[Dict[str, Any]]:
        """The rules as JSON-ready dicts (a predicate ``match`` shows as its name)."""
        with self._lock:
            rules = list(self._rules)
        described = []
        for rule in rules:
            match: Any = rule.match
            if isinstance(match, re.Pattern):
                match = {"regex": match.pattern}
            elif callable(match):
                match = {"predicate": getattr(match, "__name__", repr(match))}
            described.append({"match": match, "times": rule.times, "used": rule.used, **asdict(rule.reply)})
        return described

    def pick(self, prompt: str) -> Optional[Reply]:
        with self._lock:
            for rule in self._rules:
                if rule.fits(prompt):
                    rule.used += 1
                    return rule.reply
        return None


@dataclass
class Answer:
    """What the model says this time: text, a refusal or a tool call (``delay`` first)."""

    text: Optional[str] = None
    refusal: Optional[str] = None
    tool_name: Optional[str] = None
    tool_arguments: str = "{}"
    delay: float = 0.0


ANY_TOOL = "*"  # tool_choice "required": the first tool


def decide(
    replies: Replies,
    prompt: str,
    *,
    schema: Optional[Dict[str, Any]] = None,
    json_mode: bool = False,
    tools: Optional[Dict[str, Optional[Dict[str, Any]]]] = None,
    forced_tool: Optional[str] = None,
) -> Answer:
    """The answer to ``prompt``: a matching rule first, else the defaults described above.

    ``tools`` maps function names to their parameter schemas; ``forced_tool`` is the name
    ``tool_choice`` forces (or :data:`ANY_TOOL`). An error rule raises :class:`APIFailure`.
    """
    tools = tools or {}
    reply = replies.pick(prompt)
    delay = reply.delay if reply else 0.0
    if reply is not None and reply.error is not None:
        raise _rule_error(reply)
    if reply is not None and reply.refusal is not None:
        return Answer(refusal=reply.refusal, delay=delay)
    if reply is not None and reply.tool_call is not None:
        name = reply.tool_call.name
        arguments = reply.tool_call.arguments or _arguments_for(tools.get(name))
        return Answer(tool_name=name, tool_arguments=arguments, delay=delay)
    if reply is not None and reply.text is not None:
        return Answer(text=reply.text, delay=delay)
    if reply is None or not reply.echo:
        if forced_tool is not None and tools:
            name = next(iter(tools)) if forced_tool == ANY_TOOL else forced_tool
            return Answer(tool_name=name, tool_arguments=_arguments_for(tools.get(name)), delay=delay)
        if schema is not None:
            return Answer(text=json.dumps(schema_instance(schema)), delay=delay)
        if json_mode:
            return Answer(text=json.dumps({"reply": echo_text(prompt)}), delay=delay)
    return Answer(text=echo_text(prompt), delay=delay)


def _arguments_for(parameters: Optional[Dict[str, Any]]) -> str:
    if not parameters:
        return "{}"
    return json.dumps(schema_instance(parameters))


def _rule_error(reply: Reply) -> APIFailure:
    status = reply.error or 500
    kind = {
        400: "invalid_request_error",
        401: "authentication_error",
        403: "permission_error",
        404: "not_found_error",
        429: "rate_limit_error",
    }.get(status, "server_error" if status >= 500 else "invalid_request_error")
    message = reply.message or f"Scripted error {status} from the openwire local server."
    return APIFailure(status, message, type=kind, code="scripted_error")


def pieces(text: str, size: int = 0) -> List[str]:
    """How a reply streams: word by word (leading spaces kept), or ``size`` characters at a time."""
    if size:
        return [text[i : i + size] for i in range(0, len(text), size)]
    return re.findall(r"\s*\S+|\s+$", text)
