"""``--name value`` tokens of ``openwire api`` turned into the arguments of a method call.

Pure functions, no I/O besides checking that a file parameter names an existing file:

- ``--name value`` and ``--name=value``; dashes in names become underscores; a name given
  twice collects its values into a list; ``--name`` with no value is ``True``.
- Bare tokens are positional arguments (path parameters: ``models.retrieve gpt-4o``).
- A value that parses as JSON is used as parsed (``3``, ``true``, ``[...]``, ``{...}``),
  otherwise as a string. A parameter typed plain ``str`` keeps the text (``--user 123``).
- A parameter typed as a file (``FileTypes``) takes a path, read when the request is built.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Tuple

from .errors import UsageError

__all__ = ["split_tokens", "convert", "bind_call", "describe_parameters"]

# Options every generated method takes; the API's own parameters come first in listings.
REQUEST_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")

# Annotations (as written in the generated code) of parameters whose value stays text.
_PLAIN_STR = re.compile(r"^(?:Optional\[str\]|str)(?:\s*\|\s*(?:Omit|None|NotGiven))*$")


def split_tokens(tokens: List[str]) -> Tuple[List[str], Dict[str, List[str]], List[str]]:
    """``(positional, named, flags)``: raw strings, before any conversion.

    ``named`` maps a parameter to every value it was given, ``flags`` lists the names given
    without a value.
    """
    positional: List[str] = []
    named: Dict[str, List[str]] = {}
    flags: List[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if not token.startswith("--") or token == "--":
            positional.append(token)
            continue
        name, has_value, value = token[2:].partition("=")
        name = name.replace("-", "_")
        if not name.isidentifier():
            raise UsageError(f"{token!r} is not a parameter name (expected --name value)")
        if not has_value:
            if index < len(tokens) and not tokens[index].startswith("--"):
                value = tokens[index]
                index += 1
            else:
                flags.append(name)
                continue
        named.setdefault(name, []).append(value)
    return positional, named, flags


def convert(text: str, annotation: object = inspect.Parameter.empty) -> Any:
    """One value: JSON when it parses (unless the parameter is plain text), else the string."""
    if isinstance(annotation, str):
        if "FileTypes" in annotation:
            path = Path(text).expanduser()
            if not path.is_file():
                raise UsageError(f"no such file: {text}")
            return path
        if _PLAIN_STR.match(annotation.strip()):
            return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def bind_call(method: Callable[..., Any], tokens: List[str]) -> Tuple[List[Any], Dict[str, Any]]:
    """The ``(args, kwargs)`` to call ``method`` with, checked against its signature."""
    positional, named, flags = split_tokens(tokens)
    signature = inspect.signature(method)
    parameters = signature.parameters
    accepts_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    for name in [*named, *flags]:
        if name not in parameters and not accepts_any:
            raise UsageError(f"unknown parameter --{name.replace('_', '-')}{_suggest(name, parameters)}")
    positional_params = [p for p in parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if len(positional) > len(positional_params):
        expected = ", ".join(p.name for p in positional_params) or "none"
        raise UsageError(f"too many positional values {positional[len(positional_params) :]} (expected: {expected})")
    args = [convert(text, param.annotation) for text, param in zip(positional, positional_params, strict=False)]
    kwargs: Dict[str, Any] = {}
    for name, values in named.items():
        annotation = parameters[name].annotation if name in parameters else inspect.Parameter.empty
        converted = [convert(value, annotation) for value in values]
        kwargs[name] = converted[0] if len(converted) == 1 else converted
    for name in flags:
        kwargs[name] = True
    try:
        signature.bind(*args, **kwargs)
    except TypeError as err:
        raise UsageError(f"{err}; see the parameters with --help") from None
    return args, kwargs


def _suggest(name: str, parameters: Mapping[str, inspect.Parameter]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(parameters), n=1)
    if close:
        return f" (did you mean --{close[0].replace('_', '-')}?)"
    if name in ("local", "debug", "api_key", "base_url", "provider"):
        return f" (global options go before the method: openwire --{name.replace('_', '-')} api ...)"
    return "; see the parameters with --help"


def describe_parameters(method: Callable[..., Any]) -> List[str]:
    """One line per parameter: ``--name TYPE (required)``, API parameters before request options."""
    lines: List[str] = []
    options: List[str] = []
    for param in inspect.signature(method).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            continue
        annotation = (
            param.annotation if isinstance(param.annotation, str) else getattr(param.annotation, "__name__", "")
        )
        annotation = re.sub(r"\s*\|\s*(?:Omit|NotGiven)\b", "", annotation)
        required = param.default is inspect.Parameter.empty
        if param.kind is param.POSITIONAL_OR_KEYWORD or param.kind is param.POSITIONAL_ONLY:
            head = f"{param.name.upper()} (positional, or --{param.name.replace('_', '-')})"
        else:
            head = f"--{param.name.replace('_', '-')}"
        line = f"  {head}  {annotation}{'  (required)' if required else ''}"
        (options if param.name in REQUEST_OPTIONS else lines).append(line)
    return lines + options
