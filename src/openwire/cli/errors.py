"""What the command line reports when something goes wrong, and with which exit code.

Exit codes: 0 success, 1 the request failed (HTTP error, connection, server), 2 the command
was wrong (bad argument, missing key), 130 interrupted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Optional

if TYPE_CHECKING:
    from .._exceptions import APIError

__all__ = ["UsageError", "CommandFailed", "EXIT_FAILED", "EXIT_USAGE", "EXIT_INTERRUPTED", "describe_error", "redact"]

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """The command line itself is wrong: the message says what to change (exit code 2)."""


class CommandFailed(Exception):
    """The command ran but could not do its job (exit code 1)."""


def redact(text: str, secrets: Iterable[Optional[str]]) -> str:
    """``text`` with every secret replaced, so an echoing server cannot make us print a key."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "***")
    return text


def describe_error(err: BaseException) -> "tuple[str, int]":
    """A one-line message for ``err`` and the exit code, or ``("", 0)`` if it is not ours to describe."""
    from .._exceptions import APIConnectionError, APIError, APIStatusError, APITimeoutError, OpenAIError

    if isinstance(err, UsageError):
        return f"error: {err}", EXIT_USAGE
    if isinstance(err, CommandFailed):
        return f"error: {err}", EXIT_FAILED
    if isinstance(err, APIStatusError):
        request_id = f" (request id {err.request_id})" if err.request_id else ""
        return f"Error {err.status_code}: {_api_message(err)}{request_id}", EXIT_FAILED
    if isinstance(err, APITimeoutError):
        return f"error: the request to {_origin(err)} timed out", EXIT_FAILED
    if isinstance(err, APIConnectionError):
        cause = f" ({err.__cause__})" if err.__cause__ else ""
        return f"error: could not connect to {_origin(err)}{cause}", EXIT_FAILED
    if isinstance(err, APIError):  # an error event inside a stream, an unreadable response
        return f"error: {_api_message(err)}", EXIT_FAILED
    if isinstance(err, OpenAIError):
        return f"error: {err}", EXIT_FAILED
    return "", 0


def _api_message(err: "APIError") -> str:
    body = err.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("detail") or body.get("error")
        if isinstance(message, str) and message:
            return message
        if isinstance(message, dict) and isinstance(message.get("message"), str):  # {"error": {"message": ...}}
            return str(message["message"])
    if isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return err.message


def _origin(err: "APIError") -> str:
    url = err.request.url
    return f"{url.scheme}://{url.netloc.decode()}"
