"""Faults that break the transfer itself, checked on the raw socket and through httpx.

Over a socket each is a real network failure (the bytes are read as they arrive); in-process,
the transport raises the error httpx would raise for it.
"""

from __future__ import annotations

import socket
import time
from typing import Iterator, List, Tuple

import httpx
import pytest

from openwire.local import LocalAPI, LocalServer, local_http_client
from openwire.local._faults import Fault

MODELS = b"GET /v1/models HTTP/1.1\r\nHost: x\r\n\r\n"


@pytest.fixture
def app() -> LocalAPI:
    return LocalAPI()


@pytest.fixture
def server(app: LocalAPI) -> Iterator[LocalServer]:
    with LocalServer(app=app) as running:
        yield running


def raw_exchange(server: LocalServer, request: bytes = MODELS) -> Tuple[bytes, List[bytes], str]:
    """Send ``request``; the response head, the body as received piece by piece, how it ended."""
    host, port = server.url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(request)
        data, pieces, ending = b"", [], "eof"
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
        head, _, rest = data.partition(b"\r\n\r\n")
        if rest:
            pieces.append(rest)
        try:
            while True:
                piece = sock.recv(65536)
                if not piece:
                    break
                pieces.append(piece)
        except ConnectionResetError:
            ending = "reset"
        except TimeoutError:
            ending = "open"
    return head, pieces, ending


def header(head: bytes, name: str) -> "str | None":
    for line in head.decode("latin-1").split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip()
    return None


def test_scripted_body_with_headers_is_sent_as_given(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", status=202, body=b'{"object": "list", "data": []}', headers={"x-mine": "1"})
    response = httpx.get(f"{server.url}/models")
    assert (response.status_code, response.content, response.headers["x-mine"]) == (
        202,
        b'{"object": "list", "data": []}',
        "1",
    )


def test_chunk_size_and_pause_pace_the_body(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", chunks=["data: 1\n\n", "data: 2\n\n", "data: 3\n\n"], pause=0.05)
    arrivals = []
    started = time.monotonic()
    with httpx.stream("GET", f"{server.url}/models") as response:
        assert response.headers["transfer-encoding"] == "chunked"
        for piece in response.iter_raw():
            arrivals.append((time.monotonic() - started, piece))
    assert b"".join(piece for _, piece in arrivals) == b"data: 1\n\ndata: 2\n\ndata: 3\n\n"
    assert arrivals[-1][0] >= 0.1 and len(arrivals) >= 2  # pieces arrive apart


def test_chunk_size_splits_a_json_body(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", chunk_size=5)
    head, pieces, _ = raw_exchange(server, MODELS.replace(b"\r\n\r\n", b"\r\nConnection: close\r\n\r\n"))
    body = b"".join(pieces)
    assert header(head, "transfer-encoding") == "chunked" and body.startswith(b"5\r\n")
    assert body.endswith(b"0\r\n\r\n")


def test_unterminated_chunked_body_ends_without_its_last_chunk(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", chunks=["data: 1\n\n"], unterminated=True, times=2)
    head, pieces, ending = raw_exchange(server)
    assert header(head, "transfer-encoding") == "chunked"
    assert b"".join(pieces) == b"9\r\ndata: 1\n\n\r\n" and ending == "eof"
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"{server.url}/models")


def test_reset_after_aborts_with_rst(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", body=b'{"partial": "yes"}', content_length=1000, reset_after=12, times=2)
    head, pieces, ending = raw_exchange(server)
    assert header(head, "content-length") == "1000"
    assert b"".join(pieces) == b'{"partial": ' and ending == "reset"
    with pytest.raises(httpx.ReadError):
        httpx.get(f"{server.url}/models")


def test_close_delimited_body_has_no_length(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", close_delimited=True, times=2)
    head, pieces, ending = raw_exchange(server)
    assert header(head, "content-length") is None and header(head, "transfer-encoding") is None
    assert header(head, "connection") == "close" and ending == "eof"
    assert b'"object": "list"' in b"".join(pieces)
    assert httpx.get(f"{server.url}/models").json()["object"] == "list"


def test_hang_lasts_until_the_client_gives_up(app: LocalAPI, server: LocalServer) -> None:
    app.faults.add(path="/models", hang=True)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{server.url}/models", timeout=0.2)
    assert 0.2 <= time.monotonic() - started < 2
    assert httpx.get(f"{server.url}/models").status_code == 200


# -- the same faults in-process ------------------------------------------------------------


def test_in_process_breakages_raise_what_a_socket_would(app: LocalAPI) -> None:
    app.faults.add(path="/models", body=b'{"partial": "yes"}', reset_after=4)
    app.faults.add(path="/models", chunks=["a", "b"], unterminated=True)
    app.faults.add(path="/models", body=b"{}", content_length=100)
    app.faults.add(path="/models", hang=True)
    with local_http_client(app) as http:
        with http.stream("GET", "http://x/v1/models") as response:
            received: List[bytes] = []
            with pytest.raises(httpx.ReadError):
                received.extend(response.iter_raw())
        assert received == [b'{"pa']
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("http://x/v1/models")
        with pytest.raises(httpx.RemoteProtocolError):
            http.get("http://x/v1/models")
        with pytest.raises(httpx.ReadTimeout):
            http.get("http://x/v1/models", timeout=None)  # a hang with no timeout fails at once
        assert http.get("http://x/v1/models").status_code == 200


def test_in_process_close_delimited_and_paced_bodies_arrive_whole(app: LocalAPI) -> None:
    app.faults.add(path="/models", close_delimited=True)
    app.faults.add(path="/models", chunk_size=4, pause=0.02)
    with local_http_client(app) as http:
        assert http.get("http://x/v1/models").json()["object"] == "list"
        started = time.monotonic()
        assert http.get("http://x/v1/models").json()["object"] == "list"
        assert time.monotonic() - started >= 0.04


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"stall": -1}, "stall= must be a number of seconds >= 0"),
        ({"stall": float("inf")}, "stall= must be a number of seconds >= 0"),
        ({"reset_after": -3}, "reset_after= must be a whole number >= 0"),
        ({"times": 1.5}, "times= must be a whole number >= 0"),
        ({"chunk_size": 0}, "chunk_size= must be at least 1"),
        ({"body": "x", "chunks": ["y"]}, "body= or chunks=, not both"),
    ],
)
def test_bad_fault_options_are_refused(options: "dict[str, object]", message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Fault(**options)  # type: ignore[arg-type]
