"""Printing what a method returned: JSON for models and pages, JSON lines for streams, bytes
for binary content."""

from __future__ import annotations

import contextlib
import json
import sys
from typing import IO, Any, Iterator, Optional

from .errors import UsageError

__all__ = ["print_result", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """Plain JSON data for a response model (API field names, only the fields that were set)."""
    from .._models import BaseModel

    if isinstance(value, BaseModel):
        return value.to_dict(mode="json")
    if isinstance(value, dict):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def print_result(value: Any, *, output: Optional[str] = None) -> None:
    """Print ``value`` (what a generated method returned) on stdout, or into the file ``output``."""
    from .._binary import HttpxBinaryResponseContent

    if isinstance(value, HttpxBinaryResponseContent):
        _write_binary(value.content, output)
    elif isinstance(value, (bytes, bytearray)):
        _write_binary(bytes(value), output)
    else:
        with _text_output(output) as out:
            _print_text(value, out)


@contextlib.contextmanager
def _text_output(output: Optional[str]) -> Iterator[IO[str]]:
    if not output or output == "-":
        yield sys.stdout
        return
    with open(output, "w", encoding="utf-8") as handle:
        yield handle
    print(f"wrote {output}", file=sys.stderr)


def _print_text(value: Any, out: IO[str]) -> None:
    from .._models import BaseModel
    from .._sync.pagination import BaseSyncPage
    from .._sync.streaming import Stream

    if isinstance(value, BaseSyncPage):
        # Every item of every page: iterating the page fetches the following ones.
        print(json.dumps([to_jsonable(item) for item in value], indent=2, ensure_ascii=False), file=out)
    elif isinstance(value, Stream):
        with value:
            _print_lines(value, out)
    elif isinstance(value, BaseModel):
        print(value.to_json(), file=out)
    elif isinstance(value, str):
        print(value, file=out)
    elif hasattr(value, "__enter__") and hasattr(value, "__exit__"):  # a helper's stream manager
        with value as entered:
            _print_lines(entered, out)
    elif value is not None:
        print(json.dumps(to_jsonable(value), indent=2, ensure_ascii=False), file=out)


def _print_lines(items: Any, out: IO[str]) -> None:
    for item in items:
        print(json.dumps(to_jsonable(item), ensure_ascii=False), file=out, flush=True)


def _write_binary(data: bytes, output: Optional[str]) -> None:
    if output and output != "-":
        with open(output, "wb") as handle:
            handle.write(data)
        print(f"wrote {len(data)} bytes to {output}", file=sys.stderr)
        return
    if sys.stdout.isatty():
        # Text content (a JSONL file, say) is shown; anything else would garble the terminal.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = "\0"
        if "\0" in text:
            raise UsageError("the answer is binary: pass --output FILE (before the method) or redirect stdout")
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
