"""File inputs for multipart requests, and multipart form fields.

A file parameter accepts ``bytes``, a binary file object (``io.IOBase``), a path
(``os.PathLike``), or a tuple ``(filename, content[, media_type[, headers]])``. Everything is
read into memory before the first attempt so that a retry resends the whole file.
"""

from __future__ import annotations

import io
import os
from typing import Any, List, Mapping, Optional, Sequence, Tuple, Union

from ._qs import flatten_query
from ._types import FileTypes, NotGiven, Omit, RequestFiles

__all__ = [
    "file_from_path",
    "normalize_files",
    "anormalize_files",
    "split_files",
    "form_fields",
]

# What httpx accepts for one multipart file part.
HttpxFile = Tuple[Optional[str], bytes, Optional[str], Mapping[str, str]]
HttpxFiles = List[Tuple[str, Union[HttpxFile, Tuple[Optional[str], bytes, Optional[str]]]]]

_ACCEPTED = "bytes, a binary file object (io.IOBase), an os.PathLike path, or a tuple (filename, content[, media_type[, headers]])"


def file_from_path(path: str) -> FileTypes:
    """Read a file from disk into a ``(filename, bytes)`` tuple."""
    with open(path, "rb") as handle:
        return (os.path.basename(path), handle.read())


def split_files(
    body: Mapping[str, object], file_keys: Sequence[str]
) -> Tuple[dict[str, object], List[Tuple[str, Any]]]:
    """Move the file parameters named by ``file_keys`` out of ``body``.

    A list value becomes one ``key[]`` part per element, as the API expects; ``NOT_GIVEN`` /
    ``omit`` and ``None`` send no part. A mapping stays in the body (a parameter that takes a
    file or a reference, ``video={"id": ...}``, sends the reference as form fields).
    """
    fields = dict(body)
    files: List[Tuple[str, Any]] = []
    for key in file_keys:
        if key not in fields:
            continue
        if isinstance(fields[key], Mapping):
            continue
        value = fields.pop(key)
        if isinstance(value, (list, tuple)) and not _is_file_tuple(value):
            files.extend((f"{key}[]", element) for element in value)
        elif value is not None and not isinstance(value, (NotGiven, Omit)):
            files.append((key, value))
    return fields, files


def _is_file_tuple(value: Sequence[Any]) -> bool:
    # (filename, content, ...) where filename is a str or None: a single file, not a list.
    return isinstance(value, tuple) and len(value) >= 2 and (value[0] is None or isinstance(value[0], str))


def _items(files: RequestFiles) -> Sequence[Tuple[str, Any]]:
    return list(files.items()) if isinstance(files, Mapping) else list(files)


def normalize_files(files: RequestFiles) -> HttpxFiles:
    """Turn every accepted file input into an in-memory httpx file part."""
    return [(key, _normalize_one(key, value, _read_path)) for key, value in _items(files)]


async def anormalize_files(files: RequestFiles) -> HttpxFiles:
    """Like :func:`normalize_files`, but paths are read without blocking the event loop."""
    import anyio

    out: HttpxFiles = []
    for key, value in _items(files):
        paths: dict[str, bytes] = {}
        for path in _paths_in(value):
            paths[os.fspath(path)] = await anyio.Path(path).read_bytes()
        out.append((key, _normalize_one(key, value, lambda p, read=paths: read[os.fspath(p)])))
    return out


def _paths_in(value: object) -> List["os.PathLike[str]"]:
    if isinstance(value, os.PathLike):
        return [value]
    if isinstance(value, tuple) and len(value) >= 2 and isinstance(value[1], os.PathLike):
        return [value[1]]
    return []


def _read_path(path: "os.PathLike[str]") -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _normalize_one(key: str, value: object, read_path: Any) -> Any:
    if isinstance(value, tuple):
        if not 2 <= len(value) <= 4:
            raise TypeError(f"Expected the tuple for `{key}` to have 2 to 4 items, got {len(value)}")
        filename, content, *rest = value
        # Text is accepted inside a tuple (sent as UTF-8), as httpx and the reference do.
        data = content.encode() if isinstance(content, str) else _read_content(key, content, read_path)[0]
        return (filename, data, *rest)
    data, filename = _read_content(key, value, read_path)
    return (filename or "upload", data)


def _read_content(key: str, content: object, read_path: Any) -> Tuple[bytes, Optional[str]]:
    if isinstance(content, (bytes, bytearray, memoryview)):
        return bytes(content), None
    if isinstance(content, os.PathLike):
        return read_path(content), os.path.basename(os.fspath(content))
    if isinstance(content, io.IOBase):
        data = content.read()
        if isinstance(data, str):
            raise TypeError(f"The file given for `{key}` is open in text mode; open it with 'rb'")
        name = getattr(content, "name", None)
        return data, os.path.basename(name) if isinstance(name, str) else None
    raise TypeError(f"Expected `{key}` to be {_ACCEPTED}, but received {type(content).__name__}")


def form_fields(body: Mapping[str, object]) -> List[Tuple[str, str]]:
    """Flatten a multipart body into form fields: nested objects as ``a[b]``, lists as ``a[]``."""
    return flatten_query(body)
