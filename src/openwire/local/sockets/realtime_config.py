"""Reading what a Realtime client sends: the session's defaults and updates, items, tools, the prompt.

Each check raises :class:`Invalid`, which the session answers with an ``error`` event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from .._rules import ANY_TOOL

if TYPE_CHECKING:
    from .._context import Context

__all__ = [
    "Invalid",
    "as_object",
    "check_item",
    "default_session",
    "forced_tool",
    "functions_of",
    "merge",
    "prompt_of",
    "text_of_item",
]

Event = Dict[str, Any]


class Invalid(Exception):
    """A client event the API would refuse: answered with an ``error`` event."""

    def __init__(self, message: str, param: Optional[str] = None, code: str = "invalid_value") -> None:
        super().__init__(message)
        self.message, self.param, self.code = message, param, code


def check_item(kind: str, given: Event) -> None:
    """A ``conversation.item.create`` item has what its type needs."""
    if kind == "message":
        if given.get("role") not in ("user", "assistant", "system"):
            raise Invalid(
                f"Invalid value: {given.get('role')!r}. Supported values are: 'user', 'assistant' and 'system'.",
                "item.role",
            )
        if not isinstance(given.get("content"), list):
            raise Invalid("Missing required parameter: 'item.content'.", "item.content", "missing_required_parameter")
    elif kind == "function_call_output":
        for name in ("call_id", "output"):
            if not isinstance(given.get(name), str):
                raise Invalid(
                    f"Missing required parameter: 'item.{name}'.", f"item.{name}", "missing_required_parameter"
                )
    elif kind == "function_call":
        for name in ("name", "arguments"):
            if not isinstance(given.get(name), str):
                raise Invalid(
                    f"Missing required parameter: 'item.{name}'.", f"item.{name}", "missing_required_parameter"
                )
    else:
        raise Invalid(
            f"Invalid value: {kind!r}. Supported values are: 'message', 'function_call' and 'function_call_output'.",
            "item.type",
        )


def default_session(app: "Context", model: str, beta: bool) -> Event:
    common: Event = {
        "id": app.ids.new("sess", "_"),
        "object": "realtime.session",
        "model": model,
        "instructions": "",
        "tools": [],
        "tool_choice": "auto",
        "tracing": None,
    }
    if beta:
        return {
            **common,
            "modalities": ["text", "audio"],
            "voice": "alloy",
            "input_audio_format": "pcm16",
            "output_audio_format": "pcm16",
            "input_audio_transcription": None,
            "turn_detection": None,
            "input_audio_noise_reduction": None,
            "temperature": 0.8,
            "max_response_output_tokens": "inf",
            "speed": 1.0,
        }
    audio_format = {"type": "audio/pcm", "rate": 24_000}
    audio = {
        "input": {"format": audio_format, "transcription": None, "noise_reduction": None, "turn_detection": None},
        "output": {"format": audio_format, "voice": "alloy", "speed": 1.0},
    }
    expires = app.clock.seconds() + 3600
    return {
        "type": "realtime",
        **common,
        "output_modalities": ["audio"],
        "audio": audio,
        "max_output_tokens": "inf",
        "prompt": None,
        "include": None,
        "expires_at": expires,
    }


def as_object(value: object, param: str) -> Event:
    if not isinstance(value, dict):
        raise Invalid(f"Invalid type for '{param}': expected an object.", param, "invalid_type")
    return value


def functions_of(tools: object, param: str) -> Dict[str, Optional[Dict[str, Any]]]:
    """Function names -> parameter schemas."""
    if tools is None:
        return {}
    if not isinstance(tools, list):
        raise Invalid(f"Invalid type for '{param}': expected an array.", param, "invalid_type")
    functions: Dict[str, Optional[Dict[str, Any]]] = {}
    for index, tool in enumerate(tools):
        if isinstance(tool, dict) and tool.get("type", "function") == "function":
            if not isinstance(tool.get("name"), str):
                raise Invalid(
                    f"Missing required parameter: '{param}[{index}].name'.",
                    f"{param}[{index}].name",
                    "missing_required_parameter",
                )
            functions[tool["name"]] = tool.get("parameters")
    return functions


def forced_tool(choice: object, functions: Dict[str, Any], prompt: str, after_tool: bool) -> Optional[str]:
    """The tool to call: the one ``tool_choice`` forces, else one the user names (``get_weather`` or "get weather")."""
    if choice == "none" or after_tool or not functions:
        return None
    if choice == "required":
        return ANY_TOOL
    if isinstance(choice, dict) and choice.get("name") in functions:
        return str(choice["name"])
    said = prompt.lower()
    return next((name for name in functions if name.lower() in said or name.lower().replace("_", " ") in said), None)


def prompt_of(items: List[Event]) -> Tuple[str, bool]:
    """What to answer: the last user text (or transcript); after a tool's output, that output."""
    for item in reversed(items):
        if item.get("type") == "function_call_output":
            return str(item.get("output", "")), True
        if item.get("type") == "message" and item.get("role") == "user":
            return text_of_item(item), False
    return "", False


def text_of_item(item: Event) -> str:
    if item.get("type") == "function_call_output":
        return str(item.get("output", ""))
    if item.get("type") == "function_call":
        return str(item.get("arguments", ""))
    parts = item.get("content") or []
    return " ".join(str(p.get("text") or p.get("transcript") or "") for p in parts if isinstance(p, dict))


def merge(target: Event, update: Event) -> None:
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            merge(target[key], value)
        else:
            target[key] = value
