"""``/uploads``: a file sent in parts (create, add parts, complete with the part order, cancel).

Completing joins the parts in the order of ``part_ids`` into a file, as ``/files`` would store
it; ``bytes`` must match what the parts hold, and ``md5`` (when given) their digest.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Dict, List

from .._multipart import parse_form
from .._params import invalid, one_of, required_str
from .._wire import APIFailure, LocalRequest, LocalResponse
from .files import PURPOSES, add_file

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

_HOUR = 3600


def _upload_or_404(app: "Context", upload_id: str) -> Dict[str, Any]:
    upload = app.store.uploads.get(upload_id)
    if upload is None:
        raise APIFailure(404, f"No such Upload object: {upload_id}", param="upload_id", code="upload_not_found")
    return upload


def _pending(upload: Dict[str, Any]) -> None:
    if upload["status"] != "pending":
        raise APIFailure(
            400, f"Upload {upload['id']} is {upload['status']}, not pending.", param="upload_id", code="invalid_state"
        )


def create_upload(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    size = payload.get("bytes")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise invalid("bytes", "'bytes' must be a whole number of bytes >= 0.")
    purpose = one_of(payload, "purpose", PURPOSES, "")
    if not purpose:
        raise invalid("purpose", "Missing required parameter: 'purpose'.", "missing_required_parameter")
    now = app.clock.seconds()
    upload: Dict[str, Any] = {
        "id": app.ids.new("upload", "_"),
        "object": "upload",
        "bytes": size,
        "created_at": now,
        "expires_at": now + _HOUR,
        "filename": required_str(payload, "filename"),
        "purpose": purpose,
        "status": "pending",
        "file": None,
        "mime_type": required_str(payload, "mime_type"),
    }
    with app.store.lock:
        app.store.uploads[upload["id"]] = upload
    return LocalResponse.json(200, {k: v for k, v in upload.items() if k != "mime_type"})


def add_part(app: "Context", request: LocalRequest, upload_id: str) -> LocalResponse:
    upload = _upload_or_404(app, upload_id)
    _pending(upload)
    data = parse_form(request).file("data").data
    part: Dict[str, Any] = {"id": app.ids.new("part", "_"), "object": "upload.part", "created_at": app.clock.seconds()}
    with app.store.lock:
        app.store.upload_parts[part["id"]] = (upload_id, data)
    return LocalResponse.json(200, {**part, "upload_id": upload_id})


def complete_upload(app: "Context", request: LocalRequest, upload_id: str) -> LocalResponse:
    upload = _upload_or_404(app, upload_id)
    _pending(upload)
    payload = request.json()
    part_ids = payload.get("part_ids")
    if not isinstance(part_ids, list) or not all(isinstance(p, str) for p in part_ids):
        raise invalid("part_ids", "'part_ids' must be a list of part ids.")
    chunks: List[bytes] = []
    for part_id in part_ids:
        owner, data = app.store.upload_parts.get(part_id, (None, b""))
        if owner != upload_id:
            raise invalid("part_ids", f"Part {part_id} does not belong to upload {upload_id}.")
        chunks.append(data)
    content = b"".join(chunks)
    if len(content) != upload["bytes"]:
        raise invalid("part_ids", f"The parts hold {len(content)} bytes; the upload was created for {upload['bytes']}.")
    md5 = payload.get("md5")
    if md5 is not None and md5 != hashlib.md5(content).hexdigest():
        raise invalid("md5", "The md5 checksum does not match the parts.", "checksum_mismatch")
    file = add_file(app, upload["filename"], upload["purpose"], content)
    upload.update(status="completed", file=file)
    return LocalResponse.json(200, {k: v for k, v in upload.items() if k != "mime_type"})


def cancel_upload(app: "Context", request: LocalRequest, upload_id: str) -> LocalResponse:
    upload = _upload_or_404(app, upload_id)
    _pending(upload)
    upload["status"] = "cancelled"
    return LocalResponse.json(200, {k: v for k, v in upload.items() if k != "mime_type"})


ROUTES: "list[Route]" = [
    ("POST", "/uploads", create_upload),
    ("POST", "/uploads/{upload_id}/parts", add_part),
    ("POST", "/uploads/{upload_id}/complete", complete_upload),
    ("POST", "/uploads/{upload_id}/cancel", cancel_upload),
]
