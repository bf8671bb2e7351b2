"""Differential: ``realtime.calls.create`` (an SDP offer) on the wire and back, ``openai`` vs openwire.

Both SDKs call the embedded server over a socket; the recorded requests must carry the same
headers that matter (content type, accept) and the same body (the raw offer, or the same form
parts with their content types), and both must return the SDP answer's bytes.
"""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

import pytest

import openwire
from openwire.local import LocalAPI, LocalServer
from openwire.local._multipart import parse_form
from openwire.local._wire import LocalRequest

openai = pytest.importorskip("openai")

OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n"
SESSION: Dict[str, Any] = {"type": "realtime", "model": "gpt-realtime", "instructions": "Réponds en français."}


def parts(request: LocalRequest) -> List[Tuple[str, str]]:
    """The form's ``sdp`` and ``session`` values, then the content types of its parts in order."""
    form = parse_form(request)
    values = [(name, form.value(name) or "") for name in ("sdp", "session")]
    kinds = [line for line in request.body.decode().split("\r\n") if line.lower().startswith("content-type")]
    return [*values, ("types", ",".join(kinds))]


def wire(request: LocalRequest) -> Dict[str, Any]:
    kind = request.content_type.split(";")[0]
    seen: Dict[str, Any] = {"path": request.path, "content-type": kind, "accept": request.headers.get("accept")}
    seen["body"] = parts(request) if kind == "multipart/form-data" else request.body
    return seen


def run(make: Any, **params: Any) -> Tuple[Dict[str, Any], bytes, str]:
    app = LocalAPI()
    with LocalServer(app=app) as server:
        client = make(server.url)
        answer = client.realtime.calls.create(**params).read()
        raw = client.realtime.calls.with_raw_response.create(**params)
        location = raw.headers["location"]
        client.close()
    return wire(app.recorded()[0]), answer, location


@pytest.mark.parametrize("params", [{"sdp": OFFER}, {"sdp": OFFER, "session": SESSION}], ids=["offer", "offer+session"])
def test_same_request_and_answer(params: Dict[str, Any]) -> None:
    theirs = run(lambda url: openai.OpenAI(api_key="sk-local", base_url=url, max_retries=0), **params)
    ours = run(lambda url: openwire.OpenAI(api_key="sk-local", base_url=url, max_retries=0), **params)
    assert ours[0] == theirs[0]
    assert ours[1] == theirs[1] and ours[1].startswith(b"v=0\r\n") and b"m=audio" in ours[1]
    assert ours[2].startswith("/v1/realtime/calls/rtc_") and theirs[2].startswith("/v1/realtime/calls/rtc_")


def test_bad_offers_fail_before_sending() -> None:
    client = openwire.OpenAI(api_key="sk-local", base_url="http://127.0.0.1:9/v1", max_retries=0)
    with pytest.raises(TypeError, match="`sdp`"):
        client.realtime.calls.create(sdp="")
    with pytest.raises(TypeError, match="`session`"):
        client.realtime.calls.create(sdp=OFFER, session="realtime")  # type: ignore[arg-type]


def test_the_call_can_be_hung_up_and_unknown_calls_are_404() -> None:
    with LocalServer(app=LocalAPI()) as server, openwire.OpenAI(api_key="k", base_url=server.url) as client:
        location = client.realtime.calls.with_raw_response.create(sdp=OFFER).headers["location"]
        client.realtime.calls.hangup(location.rsplit("/", 1)[-1])
        with pytest.raises(openwire.NotFoundError):
            client.realtime.calls.hangup("rtc_unknown")
        with pytest.raises(openwire.BadRequestError) as caught:
            client.realtime.calls.create(sdp="hello")
        assert caught.value.param == "sdp"
