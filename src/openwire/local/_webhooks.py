"""Outgoing webhooks, signed the Standard Webhooks way (what ``client.webhooks.unwrap`` checks).

``app.webhooks.configure("http://127.0.0.1:9000/hook", secret="whsec_...")`` makes the server
POST an event (``batch.completed``, ``fine_tuning.job.succeeded``, ``response.completed``, ...)
when an object finishes. A callable target receives ``(headers, body)`` in-process instead.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Union

import httpx

from ._state import Clock, Ids

__all__ = ["sign", "signed_headers", "Delivery", "Webhooks", "Target"]

Target = Union[str, Callable[[Dict[str, str], bytes], object]]


def sign(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">``; the key is the base64 after ``whsec_``."""
    key = base64.b64decode(secret[len("whsec_") :]) if secret.startswith("whsec_") else secret.encode()
    mac = hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def signed_headers(secret: str, webhook_id: str, timestamp: int, body: bytes) -> Dict[str, str]:
    return {
        "content-type": "application/json",
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, webhook_id, timestamp, body),
    }


@dataclass
class Delivery:
    event: Dict[str, object]
    headers: Dict[str, str]
    body: bytes
    status: Optional[int] = None  # the receiver's HTTP status (None for a callable target)
    error: Optional[str] = None  # why it could not be delivered


class Webhooks:
    def __init__(self, clock: Clock, ids: Ids) -> None:
        self._clock = clock
        self._ids = ids
        self.target: Optional[Target] = None
        self.secret: Optional[str] = None
        self.deliveries: List[Delivery] = []
        self._done = threading.Condition()

    def configure(self, target: Optional[Target], secret: Optional[str] = None) -> str:
        """Send events to ``target`` (a URL or a callable); returns the signing secret (made up if not given)."""
        self.target = target
        self.secret = secret or "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
        return self.secret

    def emit(self, event_type: str, object_id: str) -> None:
        target, secret = self.target, self.secret
        if target is None or secret is None:
            return
        now = self._clock.seconds()
        event: Dict[str, object] = {
            "id": self._ids.new("evt", "_"),
            "object": "event",
            "created_at": now,
            "type": event_type,
            "data": {"id": object_id},
        }
        body = json.dumps(event).encode()
        delivery = Delivery(event, signed_headers(secret, self._ids.new("wh", "_"), now, body), body)
        if callable(target):
            self._run(delivery, target)
        else:
            threading.Thread(target=self._run, args=(delivery, target), daemon=True, name="openwire-webhook").start()

    def _run(self, delivery: Delivery, target: Target) -> None:
        try:
            if callable(target):
                target(dict(delivery.headers), delivery.body)
            else:
                response = httpx.post(target, content=delivery.body, headers=delivery.headers, timeout=10)
                delivery.status = response.status_code
        except Exception as exc:  # a failed delivery is recorded, never raised into the API
            delivery.error = f"{type(exc).__name__}: {exc}"
        with self._done:
            self.deliveries.append(delivery)
            self._done.notify_all()

    def wait(self, count: int = 1, timeout: float = 5.0) -> List[Delivery]:
        """Block until ``count`` deliveries finished (or ``timeout``); returns them all."""
        with self._done:
            self._done.wait_for(lambda: len(self.deliveries) >= count, timeout)
            return list(self.deliveries)
