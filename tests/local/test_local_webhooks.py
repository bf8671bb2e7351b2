"""Outgoing webhooks: Standard Webhooks signatures that both SDKs' ``webhooks.unwrap`` accept."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Dict, Iterator, List, Tuple

import openai
import pytest

from openwire import OpenAI
from openwire.local import LocalAPI, sign

from .conftest import Api

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


def test_sign_is_hmac_sha256_of_id_timestamp_body() -> None:
    expected = hmac.new(b"0123456789abcdef0123456789abcdef", b"wh_1.1700000000.{}", hashlib.sha256).digest()
    assert sign(SECRET, "wh_1", 1700000000, b"{}") == "v1," + base64.b64encode(expected).decode()
    assert sign("plain", "wh_1", 1, b"x").startswith("v1,")


def run_batch(api: Api) -> str:
    line = {"custom_id": "a", "method": "POST", "url": "/v1/embeddings", "body": {"model": "m", "input": "x"}}
    file_id = api.call(lambda c: c.files.create(file=("b.jsonl", json.dumps(line).encode()), purpose="batch")).id
    batch = api.call(
        lambda c: c.batches.create(input_file_id=file_id, endpoint="/v1/embeddings", completion_window="24h")
    )
    while batch.status != "completed":
        batch = api.call(lambda c, batch_id=batch.id: c.batches.retrieve(batch_id))
    return str(batch.id)


def test_callable_target_gets_verifiable_events(api: Api) -> None:
    received: List[Tuple[Dict[str, str], bytes]] = []
    api.app.webhooks.configure(lambda headers, body: received.append((headers, body)), SECRET)
    batch_id = run_batch(api)
    ((headers, body),) = received
    event = OpenAI(api_key="x", webhook_secret=SECRET).webhooks.unwrap(body.decode(), headers)
    assert (event.type, event.data.id) == ("batch.completed", batch_id)
    reference = openai.OpenAI(api_key="x", webhook_secret=SECRET).webhooks.unwrap(body.decode(), headers)
    assert (reference.type, reference.data.id) == ("batch.completed", batch_id)


class _Receiver(BaseHTTPRequestHandler):
    got: List[Tuple[Dict[str, str], bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        type(self).got.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    _Receiver.got = []
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    server.shutdown()
    server.server_close()


def test_url_target_receives_a_signed_post(receiver: str) -> None:
    app = LocalAPI(lifecycle_step=0, webhook_url=receiver, webhook_secret=SECRET)
    training = b'{"messages": [{"role": "user", "content": "x"}]}\n'
    boundary = b'--x\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nfine-tune\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="t.jsonl"\r\n\r\n'
    upload = app.handle(
        "POST", "/v1/files", boundary + training + b"\r\n--x--\r\n", {"content-type": "multipart/form-data; boundary=x"}
    )
    job = json.loads(
        app.handle(
            "POST",
            "/v1/fine_tuning/jobs",
            json.dumps({"model": "gpt-4o-mini", "training_file": json.loads(upload.body)["id"]}).encode(),
        ).body
    )  # type: ignore[arg-type]
    app.handle("GET", f"/v1/fine_tuning/jobs/{job['id']}")
    deliveries = app.webhooks.wait(1, timeout=5)
    assert deliveries[0].status == 204 and deliveries[0].error is None
    headers, body = _Receiver.got[0]
    event = OpenAI(api_key="x").webhooks.unwrap(body, headers, secret=SECRET)
    assert (event.type, event.data.id) == ("fine_tuning.job.succeeded", job["id"])


def test_no_target_means_no_deliveries(app: LocalAPI) -> None:
    app.webhooks.emit("batch.completed", "batch_1")
    assert app.webhooks.deliveries == []


def test_failed_delivery_is_recorded_not_raised() -> None:
    app = LocalAPI()
    app.webhooks.configure("http://127.0.0.1:9/nothing-listens-here", SECRET)
    app.webhooks.emit("batch.completed", "batch_1")
    (delivery,) = app.webhooks.wait(1, timeout=10)
    assert delivery.error is not None and delivery.status is None
