"""``/files``: multipart upload, cursor-paginated list, retrieve, content, delete."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List

from .._multipart import parse_form
from .._pages import cursor_page, ordered
from .._params import invalid, missing, one_of, optional_int
from .._wire import APIFailure, LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES", "add_file", "file_or_404", "jsonl_lines"]

PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")


def add_file(app: "Context", filename: str, purpose: str, data: bytes, expires_at: Any = None) -> Dict[str, Any]:
    """Store a file (uploads, and the output files batches and fine-tuning jobs write)."""
    file = {
        "id": app.ids.new("file"),
        "object": "file",
        "bytes": len(data),
        "created_at": app.clock.seconds(),
        "expires_at": expires_at,
        "filename": filename,
        "purpose": purpose,
        "status": "processed",
        "status_details": None,
    }
    with app.store.lock:
        app.store.files[file["id"]] = file
        app.store.file_contents[file["id"]] = data
    return file


def file_or_404(app: "Context", file_id: str, param: str = "file_id") -> Dict[str, Any]:
    file = app.store.files.get(file_id)
    if file is None:
        raise APIFailure(404, f"No such File object: {file_id}", param=param, code="file_not_found")
    return file


def jsonl_lines(data: bytes, param: str) -> List[Dict[str, Any]]:
    """The objects of a JSONL file; a 400 naming the line when one is not a JSON object."""
    lines = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError:
            raise invalid(
                param, f"Invalid file format: line {number} is not valid JSON.", "invalid_file_format"
            ) from None
        if not isinstance(value, dict):
            raise invalid(param, f"Invalid file format: line {number} is not a JSON object.", "invalid_file_format")
        lines.append(value)
    return lines


def upload(app: "Context", request: LocalRequest) -> LocalResponse:
    form = parse_form(request)
    uploaded = form.file("file")
    params = form.as_params()
    if "purpose" not in params:
        raise missing("purpose")
    purpose = one_of(params, "purpose", PURPOSES, "")
    if purpose in ("batch", "fine-tune"):
        if not jsonl_lines(uploaded.data, "file"):
            raise invalid("file", "Invalid file format: the file has no JSON lines.", "invalid_file_format")
    expires_at = None
    seconds = optional_int({"s": form.value("expires_after[seconds]")}, "s", None, minimum=3600)
    if seconds is not None:
        expires_at = app.clock.seconds() + seconds
    return LocalResponse.json(200, add_file(app, uploaded.filename, purpose, uploaded.data, expires_at))


def list_files(app: "Context", request: LocalRequest) -> LocalResponse:
    purpose = request.query_value("purpose")
    files = [f for f in app.store.files.values() if purpose is None or f["purpose"] == purpose]
    page = cursor_page(ordered(files, request), request, default_limit=10_000, max_limit=10_000, with_ids=True)
    return LocalResponse.json(200, page)


def retrieve_file(app: "Context", request: LocalRequest, file_id: str) -> LocalResponse:
    return LocalResponse.json(200, file_or_404(app, file_id))


def file_content(app: "Context", request: LocalRequest, file_id: str) -> LocalResponse:
    file_or_404(app, file_id)
    return LocalResponse.raw(app.store.file_contents[file_id], "application/octet-stream")


def delete_file(app: "Context", request: LocalRequest, file_id: str) -> LocalResponse:
    file_or_404(app, file_id)
    with app.store.lock:
        del app.store.files[file_id]
        del app.store.file_contents[file_id]
    return LocalResponse.json(200, {"id": file_id, "object": "file", "deleted": True})


ROUTES: "list[Route]" = [
    ("POST", "/files", upload),
    ("GET", "/files", list_files),
    ("GET", "/files/{file_id}", retrieve_file),
    ("DELETE", "/files/{file_id}", delete_file),
    ("GET", "/files/{file_id}/content", file_content),
]
