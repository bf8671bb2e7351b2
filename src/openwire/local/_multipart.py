"""A ``multipart/form-data`` parser (RFC 7578) for uploads: text fields and files.

Array fields arrive as ``name[]`` (the SDKs' convention); :meth:`Form.values` finds both
spellings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple
from urllib.parse import unquote

from ._params import invalid, missing
from ._wire import APIFailure, LocalRequest

__all__ = ["UploadedFile", "Form", "parse_form", "header_params"]


@dataclass
class UploadedFile:
    filename: str
    content_type: str
    data: bytes


@dataclass
class Form:
    fields: Dict[str, List[str]] = field(default_factory=dict)
    files: Dict[str, List[UploadedFile]] = field(default_factory=dict)

    def values(self, name: str) -> List[str]:
        return self.fields.get(name, []) + self.fields.get(f"{name}[]", [])

    def value(self, name: str) -> Optional[str]:
        values = self.values(name)
        return values[-1] if values else None

    def as_params(self) -> Dict[str, str]:
        """The last value of each text field, for the same checks as a JSON body."""
        return {name.removesuffix("[]"): values[-1] for name, values in self.fields.items() if values}

    def file(self, name: str) -> UploadedFile:
        found = self.files_named(name)
        if not found:
            raise missing(name)
        return found[0]

    def files_named(self, name: str) -> List[UploadedFile]:
        return self.files.get(name, []) + self.files.get(f"{name}[]", [])


def header_params(value: str) -> Tuple[str, Dict[str, str]]:
    """``form-data; name="a"; filename="b.txt"`` -> (``form-data``, {name: a, filename: b.txt})."""
    head, _, rest = value.partition(";")
    params: Dict[str, str] = {}
    while rest:
        rest = rest.lstrip(" \t;")
        key, eq, rest = rest.partition("=")
        if not eq:
            break
        key = key.strip().lower()
        if rest.startswith('"'):
            chars: List[str] = []
            i = 1
            while i < len(rest) and rest[i] != '"':
                if rest[i] == "\\" and i + 1 < len(rest):
                    i += 1
                chars.append(rest[i])
                i += 1
            params[key] = "".join(chars)
            rest = rest[i + 1 :]
        else:
            raw, _, rest = rest.partition(";")
            params[key] = raw.strip()
    if "filename*" in params:  # RFC 5987: utf-8''name%20here
        params["filename"] = unquote(params["filename*"].split("'", 2)[-1])
    return head.strip().lower(), params


def parse_form(request: LocalRequest) -> Form:
    kind, params = header_params(request.content_type)
    if kind != "multipart/form-data":
        raise APIFailure(
            400,
            f"Invalid Content-Type header ({request.content_type or 'none'}), expected multipart/form-data.",
            code="invalid_content_type",
        )
    boundary = params.get("boundary")
    if not boundary:
        raise invalid("Content-Type", "The multipart Content-Type header has no boundary.")
    form = Form()
    for part in _parts(request.body, b"--" + boundary.encode("latin-1")):
        raw_headers, separator, content = part.partition(b"\r\n\r\n")
        if not separator:
            raise invalid("file", "A part of the multipart body has no header block.", "invalid_multipart")
        headers: Dict[str, str] = {}
        for line in raw_headers.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        _, disposition = header_params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if name is None:
            continue
        if "filename" in disposition:
            upload = UploadedFile(
                disposition["filename"], headers.get("content-type", "application/octet-stream"), content
            )
            form.files.setdefault(name, []).append(upload)
        else:
            form.fields.setdefault(name, []).append(content.decode("utf-8", "replace"))
    return form


def _parts(body: bytes, delimiter: bytes) -> List[bytes]:
    """The bodies between delimiter lines (RFC 2046: CRLF, ``--boundary``, optional blanks, CRLF)."""
    if body.startswith(delimiter):
        position = 0
    else:
        found = body.find(b"\r\n" + delimiter)
        if found < 0:
            raise invalid("file", "The multipart body has no part with the declared boundary.", "invalid_multipart")
        position = found + 2
    parts: List[bytes] = []
    while True:
        after = position + len(delimiter)
        if body[after : after + 2] == b"--":
            return parts  # the close delimiter; what follows is the epilogue
        line_end = body.find(b"\r\n", after)
        if line_end < 0 or body[after:line_end].strip(b" \t"):
            raise invalid("file", "The multipart body has a malformed boundary line.", "invalid_multipart")
        start = search = line_end + 2
        while True:
            found = body.find(b"\r\n" + delimiter, search)
            if found < 0:
                raise invalid("file", "The multipart body ends before its closing boundary.", "invalid_multipart")
            end = found + 2 + len(delimiter)
            line_end = body.find(b"\r\n", end)
            if body[end : end + 2] == b"--" or (line_end >= 0 and not body[end:line_end].strip(b" \t")):
                break
            search = found + 1
        parts.append(body[start:found])
        position = found + 2
