"""The prompt of ``openwire chat`` / ``openwire responses``: the argument, or stdin."""

from __future__ import annotations

import sys
from typing import Optional

from .errors import UsageError

__all__ = ["read_prompt"]


def read_prompt(argument: Optional[str]) -> str:
    if argument is not None and argument != "-":
        return argument
    if argument is None and sys.stdin.isatty():
        raise UsageError('give a prompt: openwire chat "Hello!" (or pipe it on stdin)')
    text = sys.stdin.read().strip()
    if not text:
        raise UsageError("the prompt read from stdin is empty")
    return text
