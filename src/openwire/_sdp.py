"""The request body of ``realtime.calls.create``: a WebRTC SDP offer, alone or with a session.

With no ``session`` the offer is the whole body (``Content-Type: application/sdp``); with one,
the body is a form of two parts, ``sdp`` (``application/sdp``) and ``session`` (JSON), as the
reference sends them. I/O-free; the generated method calls :func:`sdp_offer` (the ``encoder``
key of its codegen config).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Tuple

from ._options import _json_default
from ._types import NotGiven, Omit

__all__ = ["EncodedBody", "sdp_offer"]

Part = Tuple[str, Tuple[None, bytes, str]]


@dataclass(frozen=True)
class EncodedBody:
    """A body built outside the JSON and form encoders: raw ``content`` or form ``files``, plus headers."""

    content: Optional[bytes] = None
    files: Optional[List[Part]] = None
    headers: Dict[str, str] = field(default_factory=dict)


def sdp_offer(values: Mapping[str, object]) -> EncodedBody:
    """The body for ``{"sdp": ..., "session": ...}``; a ``TypeError`` naming the parameter when one is wrong."""
    sdp = values.get("sdp")
    if not isinstance(sdp, str) or not sdp.strip():
        raise TypeError(f"`sdp` must be the SDP offer as a non-empty string (it starts with 'v=0'), got {sdp!r:.60}")
    session = values.get("session")
    if session is None or isinstance(session, (NotGiven, Omit)):
        return EncodedBody(content=sdp.encode("utf-8"), headers={"Content-Type": "application/sdp"})
    if not isinstance(session, Mapping):
        raise TypeError(f"`session` must be a mapping of session settings, got {type(session).__name__}")
    settings = {key: value for key, value in session.items() if not isinstance(value, (NotGiven, Omit))}
    encoded = json.dumps(settings, default=_json_default).encode("utf-8")
    return EncodedBody(
        files=[
            ("sdp", (None, sdp.encode("utf-8"), "application/sdp")),
            ("session", (None, encoded, "application/json")),
        ]
    )
