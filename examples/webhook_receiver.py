"""A webhook receiver that checks each event's signature before trusting it.

OpenAI signs webhooks the Standard Webhooks way: headers `webhook-id`, `webhook-timestamp`
and `webhook-signature` (`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, keyed by
the base64 part of your `whsec_...` secret). `client.webhooks.unwrap` checks them and
returns the typed event; anything else raises `InvalidWebhookSignatureError`.

By default the example runs offline: it starts the receiver on 127.0.0.1 and points the
embedded local server's webhooks at it; a background response then finishes, the server
sends `response.completed`, and the receiver verifies it. A forged event (signed with the
wrong secret) is turned away. `python examples/webhook_receiver.py --serve` (with
OPENAI_WEBHOOK_SECRET set) keeps the receiver running on port 8000 (WEBHOOK_PORT) for the
real API's events, behind a tunnel (ngrok or similar) that gives it a public HTTPS URL.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Mapping

import httpx

from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, LocalAPI, local_http_client

TOLERANCE_SECONDS = 300


def signature(secret: str, webhook_id: str, timestamp: str, body: bytes) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    digest = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def verify_by_hand(body: bytes, headers: Mapping[str, str], secret: str) -> Dict[str, Any]:
    """What `unwrap` does, spelled out: fresh timestamp, one matching signature, then JSON."""
    timestamp = headers.get("webhook-timestamp", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        raise ValueError("missing or stale webhook-timestamp")
    expected = signature(secret, headers.get("webhook-id", ""), timestamp, body)
    # The header may carry several signatures (during a secret rotation), space separated.
    if not any(hmac.compare_digest(expected, given) for given in headers.get("webhook-signature", "").split()):
        raise ValueError("no matching signature")
    event: Dict[str, Any] = json.loads(body)
    return event


def make_handler(client: OpenAI, secret: str) -> type[BaseHTTPRequestHandler]:
    unwrap = getattr(client.webhooks, "unwrap", None)
    if unwrap is None:
        print("note: this openwire has no client.webhooks.unwrap yet; verifying by hand")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            headers = {name.lower(): value for name, value in self.headers.items()}
            try:
                if unwrap is not None:
                    event = unwrap(body, headers, secret=secret)
                    kind, event_id = event.type, event.id
                else:
                    fields = verify_by_hand(body, headers, secret)
                    kind, event_id = fields["type"], fields["id"]
            except Exception as err:  # InvalidWebhookSignatureError from unwrap
                print(f"receiver: rejected ({type(err).__name__}: {err})")
                self.send_response(400)
            else:
                print(f"receiver: verified {kind} {event_id}")
                self.send_response(200)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def send_forged(url: str, event: Dict[str, Any]) -> int:
    """An event signed with a secret that is not yours, as an attacker would send it."""
    body = json.dumps(event).encode()
    wrong_secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    webhook_id, timestamp = f"wh_{secrets.token_hex(8)}", str(int(time.time()))
    headers = {
        "content-type": "application/json",
        "webhook-id": webhook_id,
        "webhook-timestamp": timestamp,
        "webhook-signature": signature(wrong_secret, webhook_id, timestamp, body),
    }
    return httpx.post(url, content=body, headers=headers).status_code


def finish_a_background_response(url: str, secret: str) -> None:
    """The local server, told where your receiver is, sends it an event when a response is done."""
    app = LocalAPI(webhook_url=url, webhook_secret=secret, lifecycle_step=0.05)
    with OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app)) as client:
        response = client.responses.create(model="gpt-4o-mini", input="Write a haiku.", background=True)
        while response.status in ("queued", "in_progress"):
            time.sleep(0.05)
            response = client.responses.retrieve(response.id)
        deliveries = app.webhooks.wait(1)
        print(f"server: {response.id} {response.status}; webhook delivered with status {deliveries[0].status}")


def main() -> int:
    serve = "--serve" in sys.argv[1:]
    secret = os.environ.get("OPENAI_WEBHOOK_SECRET") if serve else None
    if serve and not secret:
        print("--serve needs OPENAI_WEBHOOK_SECRET (the whsec_... secret of your webhook endpoint)")
        return 2
    secret = secret or "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    # unwrap needs no API key: the client is only the home of the method here.
    client = OpenAI(api_key="unused")
    port = int(os.environ.get("WEBHOOK_PORT", "8000")) if serve else 0
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(client, secret))
    url = f"http://127.0.0.1:{server.server_address[1]}/webhook"
    if serve:
        print(f"receiving webhooks on {url} (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        return 0

    threading.Thread(target=server.serve_forever, daemon=True).start()
    finish_a_background_response(url, secret)
    forged = {"id": "evt_forged", "object": "event", "created_at": int(time.time()), "type": "batch.completed"}
    print("forged event ->", send_forged(url, {**forged, "data": {"id": "batch_forged"}}))
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
