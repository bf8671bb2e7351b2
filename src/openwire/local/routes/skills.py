"""``/skills`` and their versions: uploads of a skill's files (or one zip), listed, retrieved, deleted.

A skill is a folder with a ``SKILL.md`` whose front matter gives its ``name`` and ``description``;
it arrives as several ``files`` (paths kept from their filenames) or as one zip. Each upload is a
version (``"1"``, ``"2"``, ...); ``/content`` answers a version's files as a zip. The skill's
``default_version`` is the first one unless an upload says ``default`` or an update names another.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from .._objects import get_or_404, json_or_form, no_such, put, remove
from .._pages import cursor_page, ordered
from .._params import invalid, optional_bool, required_str
from .._wire import APIFailure, LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES", "front_matter"]

Files = List[Tuple[str, bytes]]


def front_matter(text: str) -> Dict[str, str]:
    """The ``key: value`` lines between the leading ``---`` fences of a ``SKILL.md``."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}
    found: Dict[str, str] = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return found
        key, colon, value = line.partition(":")
        if colon and key.strip() and not key.startswith((" ", "\t")):
            found[key.strip()] = value.strip().strip("\"'")
    return {}


def _uploaded(request: LocalRequest) -> Tuple[Files, Dict[str, Any]]:
    params, form = json_or_form(request)
    uploads = form.files_named("files") if form is not None else []
    if not uploads:
        raise invalid(
            "files", "Missing required parameter: 'files' (a skill's files, or one zip).", "missing_required_parameter"
        )
    if len(uploads) == 1 and zipfile.is_zipfile(io.BytesIO(uploads[0].data)):
        try:
            with zipfile.ZipFile(io.BytesIO(uploads[0].data)) as archive:
                files = [(info.filename, archive.read(info)) for info in archive.infolist() if not info.is_dir()]
        except (zipfile.BadZipFile, OSError) as exc:
            raise invalid("files", f"The zip upload could not be read: {exc}.", "invalid_file_format") from None
    else:
        files = [(upload.filename, upload.data) for upload in uploads]
    return files, params


def _describe(files: Files) -> Tuple[str, str]:
    """The skill's name and description, from the shallowest ``SKILL.md``."""
    manifests = sorted((name.count("/"), name, data) for name, data in files if name.rsplit("/", 1)[-1] == "SKILL.md")
    if not manifests:
        raise invalid("files", "A skill needs a SKILL.md file (none was uploaded).", "invalid_file_format")
    meta = front_matter(manifests[0][2].decode("utf-8", "replace"))
    if not meta.get("name") or not meta.get("description"):
        raise invalid(
            "files",
            "SKILL.md must start with front matter giving 'name' and 'description' (between '---' lines).",
            "invalid_file_format",
        )
    return meta["name"], meta["description"]


def _add_version(app: "Context", skill_id: str, number: int, files: Files) -> Dict[str, Any]:
    name, description = _describe(files)
    version: Dict[str, Any] = {
        "object": "skill.version",
        "id": app.ids.new("skillver", "_"),
        "skill_id": skill_id,
        "version": str(number),
        "created_at": app.clock.seconds(),
        "name": name,
        "description": description,
    }
    with app.store.lock:
        app.store.table("skill_files")[version["id"]] = {"id": version["id"], "files": files}
    return put(app, "skill_versions", version)


def _skill(app: "Context", skill_id: str) -> Dict[str, Any]:
    return get_or_404(app, "skills", skill_id, "skill", "skill_id")


def _versions(app: "Context", skill_id: str) -> List[Dict[str, Any]]:
    return [v for v in app.store.table("skill_versions").values() if v["skill_id"] == skill_id]


def _version(app: "Context", skill_id: str, version: str) -> Dict[str, Any]:
    _skill(app, skill_id)
    for found in _versions(app, skill_id):
        if found["version"] == version:
            return found
    raise no_such("skill version", version, "version")


def _zip(files: Files) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


def _refresh(app: "Context", skill: Dict[str, Any], default: Optional[str] = None) -> Dict[str, Any]:
    versions = _versions(app, skill["id"])
    latest = max(versions, key=lambda v: int(v["version"]))
    skill["latest_version"] = latest["version"]
    if default is not None:
        skill["default_version"] = default
    chosen = next(v for v in versions if v["version"] == skill["default_version"])
    skill.update(name=chosen["name"], description=chosen["description"])
    return skill


def create_skill(app: "Context", request: LocalRequest) -> LocalResponse:
    files, _ = _uploaded(request)
    skill_id = app.ids.new("skill", "_")
    version = _add_version(app, skill_id, 1, files)
    skill = {
        "id": skill_id,
        "object": "skill",
        "name": version["name"],
        "description": version["description"],
        "created_at": version["created_at"],
        "default_version": "1",
        "latest_version": "1",
    }
    return LocalResponse.json(200, put(app, "skills", skill))


def list_skills(app: "Context", request: LocalRequest) -> LocalResponse:
    skills = list(app.store.table("skills").values())
    return LocalResponse.json(200, cursor_page(ordered(skills, request), request, with_ids=True))


def retrieve_skill(app: "Context", request: LocalRequest, skill_id: str) -> LocalResponse:
    return LocalResponse.json(200, _skill(app, skill_id))


def update_skill(app: "Context", request: LocalRequest, skill_id: str) -> LocalResponse:
    skill = _skill(app, skill_id)
    default = required_str(request.json(), "default_version")
    _version(app, skill_id, default)
    return LocalResponse.json(200, _refresh(app, skill, default))


def delete_skill(app: "Context", request: LocalRequest, skill_id: str) -> LocalResponse:
    _skill(app, skill_id)
    for version in _versions(app, skill_id):
        remove(app, "skill_versions", version["id"])
        remove(app, "skill_files", version["id"])
    remove(app, "skills", skill_id)
    return LocalResponse.json(200, {"object": "skill.deleted", "deleted": True, "id": skill_id})


def skill_content(app: "Context", request: LocalRequest, skill_id: str) -> LocalResponse:
    skill = _skill(app, skill_id)
    return version_content(app, request, skill_id, skill["default_version"])


def create_version(app: "Context", request: LocalRequest, skill_id: str) -> LocalResponse:
    skill = _skill(app, skill_id)
    files, params = _uploaded(request)
    number = max(int(v["version"]) for v in _versions(app, skill_id)) + 1
    version = _add_version(app, skill_id, number, files)
    _refresh(app, skill, version["version"] if optional_bool(params, "default") else None)
    return LocalResponse.json(200, version)


def list_versions(app: "Context", request: LocalRequest, skill_id: str) -> LocalResponse:
    _skill(app, skill_id)
    return LocalResponse.json(200, cursor_page(ordered(_versions(app, skill_id), request), request, with_ids=True))


def retrieve_version(app: "Context", request: LocalRequest, skill_id: str, version: str) -> LocalResponse:
    return LocalResponse.json(200, _version(app, skill_id, version))


def delete_version(app: "Context", request: LocalRequest, skill_id: str, version: str) -> LocalResponse:
    skill = _skill(app, skill_id)
    found = _version(app, skill_id, version)
    if skill["default_version"] == version:
        raise APIFailure(
            400,
            f"Version {version} is the default version of skill {skill_id}: make another version the default first.",
            param="version",
            code="default_version",
        )
    remove(app, "skill_versions", found["id"])
    remove(app, "skill_files", found["id"])
    _refresh(app, skill)
    return LocalResponse.json(
        200, {"object": "skill.version.deleted", "deleted": True, "id": found["id"], "version": version}
    )


def version_content(app: "Context", request: LocalRequest, skill_id: str, version: str) -> LocalResponse:
    found = _version(app, skill_id, version)
    files: Files = app.store.table("skill_files")[found["id"]]["files"]
    return LocalResponse.raw(_zip(files), "application/zip")


ROUTES: "list[Route]" = [
    ("POST", "/skills", create_skill),
    ("GET", "/skills", list_skills),
    ("GET", "/skills/{skill_id}", retrieve_skill),
    ("POST", "/skills/{skill_id}", update_skill),
    ("DELETE", "/skills/{skill_id}", delete_skill),
    ("GET", "/skills/{skill_id}/content", skill_content),
    ("POST", "/skills/{skill_id}/versions", create_version),
    ("GET", "/skills/{skill_id}/versions", list_versions),
    ("GET", "/skills/{skill_id}/versions/{version}", retrieve_version),
    ("DELETE", "/skills/{skill_id}/versions/{version}", delete_version),
    ("GET", "/skills/{skill_id}/versions/{version}/content", version_content),
]
