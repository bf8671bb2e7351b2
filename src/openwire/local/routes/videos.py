"""``/videos``: a simulated render, ``queued -> in_progress -> completed``, and its files.

A video moves a stage per ``retrieve`` or per ``app.lifecycle_step`` seconds (as fine-tuning
jobs do), so ``create_and_poll`` finishes quickly. Once completed, ``/content`` answers an MP4
of the video's length (``variant=thumbnail`` or ``spritesheet``: a WebP image); before that, a
400. Remixes, edits and extensions are new videos made the same way; characters are kept by id.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Optional

from .._objects import get_or_404, json_or_form, put, remove
from .._pages import ordered, page_window
from .._params import invalid, one_of, required_str
from .._state import Lifecycle
from .._video_media import mp4, webp
from .._wire import APIFailure, LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._multipart import Form
    from .._router import Route

__all__ = ["ROUTES"]

STAGES = ("queued", "in_progress", "completed")
PROGRESS = {"queued": 0, "in_progress": 50, "completed": 100}
SECONDS = ("4", "8", "12")
SIZES = ("720x1280", "1280x720", "1024x1792", "1792x1024")
VARIANTS = ("video", "thumbnail", "spritesheet")


def _new_video(
    app: "Context", prompt: str, *, model: str, seconds: str, size: str, remixed_from: Optional[str] = None
) -> Dict[str, Any]:
    now = app.clock.now()
    video: Dict[str, Any] = {
        "id": app.ids.new("video", "_"),
        "object": "video",
        "model": model,
        "status": "queued",
        "progress": 0,
        "created_at": int(now),
        "size": size,
        "seconds": seconds,
        "completed_at": None,
        "error": None,
        "expires_at": None,
        "prompt": prompt,
        "remixed_from_video_id": remixed_from,
    }
    with app.store.lock:
        app.store.lifecycles[video["id"]] = Lifecycle(STAGES, now, app.lifecycle_step)
    return put(app, "videos", video)


def _advance(app: "Context", video_id: str, *, poll: bool) -> Dict[str, Any]:
    video = get_or_404(app, "videos", video_id, "video", "video_id")
    with app.store.lock:
        lifecycle = app.store.lifecycles[video_id]
        if video["status"] != "completed":
            if poll:
                lifecycle.poll()
            stage = STAGES[max(STAGES.index(video["status"]), lifecycle.stage(app.clock.now()))]
            video.update(status=stage, progress=PROGRESS[stage])
            if stage == "completed":
                video.update(completed_at=app.clock.seconds(), expires_at=app.clock.seconds() + 24 * 3600)
    return video


def _settings(params: Dict[str, Any]) -> Dict[str, str]:
    return {
        "model": str(params.get("model") or "sora-2"),
        "seconds": one_of(params, "seconds", SECONDS, "4"),
        "size": one_of(params, "size", SIZES, "720x1280"),
    }


def create_video(app: "Context", request: LocalRequest) -> LocalResponse:
    params, _ = json_or_form(request)
    prompt = required_str(params, "prompt")
    return LocalResponse.json(200, _new_video(app, prompt, **_settings(params)))


def _source_video(app: "Context", params: Dict[str, Any], form: "Optional[Form]") -> Optional[str]:
    """The id of the video an edit or extension starts from (``None`` for an uploaded file)."""
    if form is not None and form.files_named("video"):
        return None
    reference = params.get("video")
    ident = reference.get("id") if isinstance(reference, dict) else params.get("video[id]")
    if not isinstance(ident, str) or not ident:
        raise invalid(
            "video", "Missing required parameter: 'video' (an upload or {'id': ...}).", "missing_required_parameter"
        )
    return str(_advance(app, ident, poll=False)["id"])


def edit_video(app: "Context", request: LocalRequest) -> LocalResponse:
    params, form = json_or_form(request)
    prompt = required_str(params, "prompt")
    source = _source_video(app, params, form)
    return LocalResponse.json(200, _new_video(app, prompt, remixed_from=source, **_settings(params)))


def extend_video(app: "Context", request: LocalRequest) -> LocalResponse:
    params, form = json_or_form(request)
    prompt = required_str(params, "prompt")
    required_str(params, "seconds")
    source = _source_video(app, params, form)
    return LocalResponse.json(200, _new_video(app, prompt, remixed_from=source, **_settings(params)))


def remix_video(app: "Context", request: LocalRequest, video_id: str) -> LocalResponse:
    original = _advance(app, video_id, poll=False)
    prompt = required_str(request.json(), "prompt")
    settings = {name: original[name] for name in ("model", "seconds", "size")}
    return LocalResponse.json(200, _new_video(app, prompt, remixed_from=video_id, **settings))


def retrieve_video(app: "Context", request: LocalRequest, video_id: str) -> LocalResponse:
    return LocalResponse.json(200, _advance(app, video_id, poll=True))


def list_videos(app: "Context", request: LocalRequest) -> LocalResponse:
    videos = [_advance(app, ident, poll=False) for ident in list(app.store.table("videos"))]
    window, has_more = page_window(ordered(videos, request), request)
    first = window[0]["id"] if window else None
    last = window[-1]["id"] if window else None
    return LocalResponse.json(
        200, {"object": "list", "data": window, "has_more": has_more, "first_id": first, "last_id": last}
    )


def delete_video(app: "Context", request: LocalRequest, video_id: str) -> LocalResponse:
    get_or_404(app, "videos", video_id, "video", "video_id")
    remove(app, "videos", video_id)
    return LocalResponse.json(200, {"object": "video.deleted", "deleted": True, "id": video_id})


def video_content(app: "Context", request: LocalRequest, video_id: str) -> LocalResponse:
    video = _advance(app, video_id, poll=False)
    variant = one_of({"variant": request.query_value("variant")}, "variant", VARIANTS, "video")
    if video["status"] != "completed":
        raise APIFailure(
            400,
            f"Video {video_id} is not ready: its status is '{video['status']}'. Wait until it is 'completed'.",
            param="video_id",
            code="video_not_ready",
        )
    if variant == "video":
        return LocalResponse.raw(mp4(int(video["seconds"])), "video/mp4")
    return LocalResponse.raw(webp(), "image/webp")


def create_character(app: "Context", request: LocalRequest) -> LocalResponse:
    params, form = json_or_form(request)
    name = required_str(params, "name")
    if form is None or not form.files_named("video"):
        raise invalid("video", "Missing required parameter: 'video' (an upload).", "missing_required_parameter")
    character = {"id": app.ids.new("char", "_"), "name": name, "created_at": app.clock.seconds()}
    return LocalResponse.json(200, put(app, "video_characters", character))


def get_character(app: "Context", request: LocalRequest, character_id: str) -> LocalResponse:
    return LocalResponse.json(200, get_or_404(app, "video_characters", character_id, "character", "character_id"))


ROUTES: "list[Route]" = [
    ("POST", "/videos", create_video),
    ("GET", "/videos", list_videos),
    ("POST", "/videos/characters", create_character),
    ("GET", "/videos/characters/{character_id}", get_character),
    ("POST", "/videos/edits", edit_video),
    ("POST", "/videos/extensions", extend_video),
    ("GET", "/videos/{video_id}", retrieve_video),
    ("DELETE", "/videos/{video_id}", delete_video),
    ("GET", "/videos/{video_id}/content", video_content),
    ("POST", "/videos/{video_id}/remix", remix_video),
]
