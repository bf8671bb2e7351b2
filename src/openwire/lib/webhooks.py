"""``client.webhooks.unwrap`` / ``verify_signature``: Standard Webhooks signatures, no I/O.

A signed delivery carries three headers: ``webhook-id``, ``webhook-timestamp`` (Unix seconds)
and ``webhook-signature`` (space-separated ``v1,<base64 HMAC-SHA256>`` entries, any of which
may match, so a sender can rotate secrets). The signed content is ``{id}.{timestamp}.{body}``;
the key is the base64 text after ``whsec_`` in the secret, or the secret's raw bytes.

Differences from the reference, on purpose: a missing header raises
``InvalidWebhookSignatureError`` (a ``ValueError``, as before) instead of a bare ``ValueError``;
a ``bytes`` body is signed as received, so a body that is not UTF-8 is verified rather than
raising ``UnicodeDecodeError``; an empty or malformed secret raises a ``ValueError`` that says so.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from typing import TYPE_CHECKING, Mapping, Optional, Union, cast

from .._exceptions import InvalidWebhookSignatureError

if TYPE_CHECKING:
    from .._resource import AsyncAPIResource, SyncAPIResource
    from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = ["HeadersLike", "WebhooksHelpers", "verify_signature", "signing_key"]

# A dict (any key case) or ``httpx.Headers``, which is a case-insensitive mapping.
HeadersLike = Mapping[str, str]

DEFAULT_TOLERANCE = 300
"""Seconds a delivery's timestamp may be away from now, either way (replay protection)."""

_SECRET_PREFIX = "whsec_"
_MISSING_SECRET = (
    "The webhook secret is not set: pass `secret=...`, create the client with "
    "`webhook_secret=...`, or set the OPENAI_WEBHOOK_SECRET environment variable."
)


def signing_key(secret: str) -> bytes:
    """The HMAC key of a webhook secret: base64 after ``whsec_``, else the raw bytes."""
    if not secret:
        raise ValueError(_MISSING_SECRET)
    if not secret.startswith(_SECRET_PREFIX):
        return secret.encode()
    encoded = secret[len(_SECRET_PREFIX) :]
    try:
        return base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("The webhook secret starts with `whsec_` but the rest is not valid base64") from None


def _header(headers: HeadersLike, name: str) -> str:
    value = headers.get(name)
    if value is None:  # a plain dict: look the name up whatever its case
        value = next((v for k, v in headers.items() if k.lower() == name), None)
    if value is None:
        raise InvalidWebhookSignatureError(f"Could not find {name} header")
    return value


def _candidate_signatures(header: str) -> list[str]:
    """The base64 signatures of a ``webhook-signature`` header (``v1`` entries; a bare value
    without a version is accepted too, as the reference does)."""
    candidates = []
    for entry in header.split():
        version, comma, signature = entry.partition(",")
        if not comma:
            candidates.append(entry)
        elif version == "v1":
            candidates.append(signature)
    return candidates


def verify_signature(
    payload: Union[str, bytes],
    headers: HeadersLike,
    *,
    secret: str,
    tolerance: int = DEFAULT_TOLERANCE,
    now: Optional[float] = None,
) -> None:
    """Raise ``InvalidWebhookSignatureError`` unless ``payload`` was signed with ``secret``
    no more than ``tolerance`` seconds from ``now`` (default: the current time)."""
    key = signing_key(secret)
    signature_header = _header(headers, "webhook-signature")
    timestamp = _header(headers, "webhook-timestamp")
    message_id = _header(headers, "webhook-id")

    try:
        sent_at = int(timestamp)
    except ValueError:
        raise InvalidWebhookSignatureError("Invalid webhook timestamp format") from None
    current = int(time.time() if now is None else now)
    if current - sent_at > tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too old")
    if sent_at - current > tolerance:
        raise InvalidWebhookSignatureError("Webhook timestamp is too new")

    body = payload.encode() if isinstance(payload, str) else bytes(payload)
    signed = f"{message_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    # Check every candidate, without stopping early, each in constant time.
    matches = [
        hmac.compare_digest(expected, candidate.encode()) for candidate in _candidate_signatures(signature_header)
    ]
    if not any(matches):
        raise InvalidWebhookSignatureError("The given webhook signature does not match the expected signature")


class WebhooksHelpers:
    """``webhooks.unwrap`` / ``verify_signature``: plain methods on the sync and async clients
    alike (nothing to await)."""

    def _webhook_secret(self, secret: Optional[str]) -> str:
        if secret is None:
            secret = cast("Union[SyncAPIResource, AsyncAPIResource]", self)._client.webhook_secret
        if not secret:
            raise ValueError(_MISSING_SECRET)
        return secret

    def verify_signature(
        self,
        payload: Union[str, bytes],
        headers: HeadersLike,
        *,
        secret: Optional[str] = None,
        tolerance: int = DEFAULT_TOLERANCE,
    ) -> None:
        """Check a delivery's signature and timestamp (``InvalidWebhookSignatureError`` if bad).

        ``secret`` defaults to the client's ``webhook_secret`` (env ``OPENAI_WEBHOOK_SECRET``).
        """
        verify_signature(payload, headers, secret=self._webhook_secret(secret), tolerance=tolerance)

    def unwrap(
        self,
        payload: Union[str, bytes],
        headers: HeadersLike,
        *,
        secret: Optional[str] = None,
    ) -> UnwrapWebhookEvent:
        """Verify a delivery, then parse its body into the typed event (lenient, like responses)."""
        from .._models import parse_json
        from ..types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

        self.verify_signature(payload, headers, secret=secret)
        return cast("UnwrapWebhookEvent", parse_json(cast(type, UnwrapWebhookEvent), payload))
