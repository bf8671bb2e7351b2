"""``/realtime/calls``: WebRTC call setup. An SDP offer in, ``201`` with an SDP answer out.

The offer comes alone (``Content-Type: application/sdp``) or as a form with ``sdp`` and a JSON
``session``. The answer accepts each of the offer's media sections (same order and ``mid``),
and ``Location`` names the call for ``accept``, ``refer``, ``reject`` and ``hangup``, which
answer ``200`` for a call this server created and ``404`` otherwise. No media flows.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from .._multipart import parse_form
from .._objects import get_or_404, put
from .._params import invalid, missing
from .._wire import LocalRequest, LocalResponse

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Handler, Route

__all__ = ["ROUTES", "sdp_answer"]


def sdp_answer(offer: str, session_id: int) -> str:
    """An SDP answer accepting every media section of ``offer`` (RFC 3264: one ``m=`` line each)."""
    media = [line for line in offer.replace("\r\n", "\n").split("\n") if line.startswith("m=")]
    lines = ["v=0", f"o=- {session_id} 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0"]
    if media:
        lines.append("a=group:BUNDLE " + " ".join(str(index) for index in range(len(media))))
    for index, line in enumerate(media):
        kind, _port, proto, *formats = line[2:].split()
        lines += [f"m={kind} 9 {proto} {' '.join(formats[:1])}".rstrip(), f"a=mid:{index}", "a=setup:active"]
        lines.append("a=sctp-port:5000" if kind == "application" else "a=sendrecv")
    return "\r\n".join(lines) + "\r\n"


def _offer(request: LocalRequest) -> "tuple[str, Optional[Dict[str, Any]]]":
    if request.content_type.startswith("multipart/form-data"):
        form = parse_form(request)
        sdp, raw_session = form.value("sdp"), form.value("session")
        if sdp is None:
            raise missing("sdp")
        session = None
        if raw_session is not None:
            try:
                session = json.loads(raw_session)
            except ValueError:
                raise invalid("session", "'session' must be a JSON object.", "invalid_json") from None
            if not isinstance(session, dict):
                raise invalid("session", "'session' must be a JSON object.", "invalid_json")
        return sdp, session
    if request.content_type.split(";")[0].strip() != "application/sdp":
        raise invalid(
            "sdp",
            f"Send the SDP offer as application/sdp or as a multipart form, not {request.content_type or 'no type'}.",
            "invalid_content_type",
        )
    return request.body.decode("utf-8", "replace"), None


def create_call(app: "Context", request: LocalRequest) -> LocalResponse:
    sdp, session = _offer(request)
    if not sdp.lstrip().startswith("v=0"):
        raise invalid("sdp", "'sdp' is not an SDP offer: it must start with 'v=0'.", "invalid_sdp")
    call = put(app, "realtime_calls", {"id": app.ids.new("rtc", "_"), "status": "active", "session": session})
    answer = sdp_answer(sdp, app.clock.seconds())
    headers = {"content-type": "application/sdp", "location": f"/v1/realtime/calls/{call['id']}"}
    return LocalResponse(201, answer.encode("utf-8"), headers)


def _action(status: str) -> "Handler":
    def act(app: "Context", request: LocalRequest, call_id: str) -> LocalResponse:
        call = get_or_404(app, "realtime_calls", call_id, "call", "call_id")
        call["status"] = status
        return LocalResponse(200, b"", {})

    return act


ROUTES: "List[Route]" = [
    ("POST", "/realtime/calls", create_call),
    ("POST", "/realtime/calls/{call_id}/accept", _action("active")),
    ("POST", "/realtime/calls/{call_id}/refer", _action("referred")),
    ("POST", "/realtime/calls/{call_id}/reject", _action("rejected")),
    ("POST", "/realtime/calls/{call_id}/hangup", _action("ended")),
]
