"""``/containers`` and their files: create, list, retrieve, delete; a file's bytes from ``.../content``.

A container file comes from a multipart upload (``file``) or from an uploaded file's id
(``file_id``, copied from ``/files``); ``file_ids`` at creation copies several at once. A
container is ``running`` from the start; deleting it deletes its files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List

from .._objects import get_or_404, json_or_form, put, remove
from .._pages import cursor_page, ordered
from .._params import as_list, as_object, invalid, one_of, optional_int, optional_str, required_str
from .._wire import LocalRequest, LocalResponse
from .files import file_or_404

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES"]

MEMORY_LIMITS = ("1g", "4g", "16g", "64g")


def _container(app: "Context", container_id: str) -> Dict[str, Any]:
    return get_or_404(app, "containers", container_id, "container", "container_id")


def _add_file(app: "Context", container_id: str, filename: str, data: bytes, source: str) -> Dict[str, Any]:
    file: Dict[str, Any] = {
        "id": app.ids.new("cfile", "_"),
        "object": "container.file",
        "container_id": container_id,
        "created_at": app.clock.seconds(),
        "bytes": len(data),
        "path": f"/mnt/data/{filename}",
        "source": source,
    }
    with app.store.lock:
        app.store.table("container_file_contents")[file["id"]] = {"id": file["id"], "data": data}
    return put(app, "container_files", file)


def _network_policy(payload: Dict[str, Any]) -> Any:
    policy = payload.get("network_policy")
    if policy is None:
        return None
    policy = as_object(policy, "network_policy")
    kind = one_of(policy, "type", ("disabled", "allowlist"), "")
    if not kind:
        raise invalid("network_policy.type", "Missing required parameter: 'network_policy.type'.")
    if kind == "disabled":
        return {"type": kind}
    domains = as_list(policy.get("allowed_domains", []), "network_policy.allowed_domains")
    return {"type": kind, "allowed_domains": [str(domain) for domain in domains]}


def create_container(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    name = required_str(payload, "name")
    expires = as_object(payload.get("expires_after") or {"anchor": "last_active_at", "minutes": 20}, "expires_after")
    minutes = optional_int(expires, "minutes", 20, minimum=1)
    memory_limit = one_of(payload, "memory_limit", MEMORY_LIMITS, "1g")
    files = [file_or_404(app, str(ident), "file_ids") for ident in as_list(payload.get("file_ids", []), "file_ids")]
    now = app.clock.seconds()
    container: Dict[str, Any] = {
        "id": app.ids.new("cntr", "_"),
        "object": "container",
        "name": name,
        "created_at": now,
        "status": "running",
        "expires_after": {"anchor": "last_active_at", "minutes": minutes},
        "last_active_at": now,
        "memory_limit": memory_limit,
    }
    policy = _network_policy(payload)
    if policy is not None:
        container["network_policy"] = policy
    put(app, "containers", container)
    for file in files:
        _add_file(app, container["id"], file["filename"], app.store.file_contents[file["id"]], "user")
    return LocalResponse.json(200, container)


def list_containers(app: "Context", request: LocalRequest) -> LocalResponse:
    name = request.query_value("name")
    found = [c for c in app.store.table("containers").values() if name is None or c["name"] == name]
    return LocalResponse.json(200, cursor_page(ordered(found, request), request, with_ids=True))


def retrieve_container(app: "Context", request: LocalRequest, container_id: str) -> LocalResponse:
    return LocalResponse.json(200, _container(app, container_id))


def delete_container(app: "Context", request: LocalRequest, container_id: str) -> LocalResponse:
    _container(app, container_id)
    for file in _files_of(app, container_id):
        remove(app, "container_files", file["id"])
        remove(app, "container_file_contents", file["id"])
    remove(app, "containers", container_id)
    return LocalResponse.json(200, {"id": container_id, "object": "container.deleted", "deleted": True})


def _files_of(app: "Context", container_id: str) -> List[Dict[str, Any]]:
    return [f for f in app.store.table("container_files").values() if f["container_id"] == container_id]


def _file(app: "Context", container_id: str, file_id: str) -> Dict[str, Any]:
    _container(app, container_id)
    return get_or_404(
        app, "container_files", file_id, "container file", "file_id", parent=("container_id", container_id)
    )


def create_file(app: "Context", request: LocalRequest, container_id: str) -> LocalResponse:
    container = _container(app, container_id)
    params, form = json_or_form(request)
    uploads = form.files_named("file") if form is not None else []
    file_id = optional_str(params, "file_id")
    if uploads and file_id:
        raise invalid("file_id", "Send either 'file' or 'file_id', not both.", "invalid_request")
    if uploads:
        created = _add_file(app, container_id, uploads[0].filename, uploads[0].data, "user")
    elif file_id:
        stored = file_or_404(app, file_id)
        created = _add_file(app, container_id, stored["filename"], app.store.file_contents[file_id], "user")
    else:
        raise invalid(
            "file", "Missing required parameter: 'file' (an upload) or 'file_id'.", "missing_required_parameter"
        )
    container["last_active_at"] = app.clock.seconds()
    return LocalResponse.json(200, created)


def list_files(app: "Context", request: LocalRequest, container_id: str) -> LocalResponse:
    _container(app, container_id)
    files = _files_of(app, container_id)
    return LocalResponse.json(200, cursor_page(ordered(files, request), request, with_ids=True))


def retrieve_file(app: "Context", request: LocalRequest, container_id: str, file_id: str) -> LocalResponse:
    return LocalResponse.json(200, _file(app, container_id, file_id))


def delete_file(app: "Context", request: LocalRequest, container_id: str, file_id: str) -> LocalResponse:
    _file(app, container_id, file_id)
    remove(app, "container_files", file_id)
    remove(app, "container_file_contents", file_id)
    return LocalResponse.json(200, {"id": file_id, "object": "container.file.deleted", "deleted": True})


def file_content(app: "Context", request: LocalRequest, container_id: str, file_id: str) -> LocalResponse:
    _file(app, container_id, file_id)
    data: bytes = app.store.table("container_file_contents")[file_id]["data"]
    return LocalResponse.raw(data, "application/octet-stream")


ROUTES: "list[Route]" = [
    ("POST", "/containers", create_container),
    ("GET", "/containers", list_containers),
    ("GET", "/containers/{container_id}", retrieve_container),
    ("DELETE", "/containers/{container_id}", delete_container),
    ("POST", "/containers/{container_id}/files", create_file),
    ("GET", "/containers/{container_id}/files", list_files),
    ("GET", "/containers/{container_id}/files/{file_id}", retrieve_file),
    ("DELETE", "/containers/{container_id}/files/{file_id}", delete_file),
    ("GET", "/containers/{container_id}/files/{file_id}/content", file_content),
]
