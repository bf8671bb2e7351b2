"""Workload identity: a subject token from the platform (a Kubernetes service account, an Azure
managed identity, a GCP identity) traded for an OpenAI access token, as the reference does it.

``OpenAI(workload_identity=...)`` makes one :class:`WorkloadIdentityAuth`; the request loop asks
it for a token before each attempt, and on a 401 invalidates it and tries once more with a fresh
one. The exchange (observed from the reference): ``POST https://auth.openai.com/oauth/token``
with the JSON body ``{"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
"subject_token", "subject_token_type", "identity_provider_id", "service_account_id"}``; the
answer's ``access_token`` is kept until ``max(expires_in - refresh_buffer_seconds, expires_in / 2)``
seconds have passed (``refresh_buffer_seconds`` defaults to 1200). A 4xx answer raises
``OAuthError`` (its message is the server's ``error_description``); any other failure
``OpenAIError``. The exchange goes through its own short-lived httpx client, not the API's.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Tuple

from ._constants import WORKLOAD_IDENTITY_API_KEY as API_KEY_PLACEHOLDER
from ._exceptions import APIConnectionError, OAuthError, OpenAIError, SubjectTokenProviderError, transport_errors
from ._types import SubjectTokenProvider, WorkloadIdentity

if TYPE_CHECKING:
    import httpx

__all__ = [
    "SubjectTokenProvider",
    "WorkloadIdentity",
    "WorkloadIdentityAuth",
    "DEFAULT_TOKEN_EXCHANGE_URL",
    "API_KEY_PLACEHOLDER",
    "check_workload_identity",
    "exchange_body",
    "read_exchange_response",
    "refresh_in",
]

DEFAULT_TOKEN_EXCHANGE_URL = "https://auth.openai.com/oauth/token"
DEFAULT_REFRESH_BUFFER_SECONDS = 1200.0
EXCHANGE_TIMEOUT_SECONDS = 60.0

GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"
SUBJECT_TOKEN_TYPES = {
    "jwt": "urn:ietf:params:oauth:token-type:jwt",
    "id": "urn:ietf:params:oauth:token-type:id_token",
}


def check_workload_identity(value: object) -> None:
    """Refuse a malformed ``workload_identity`` when the client is built, naming what is wrong."""
    if not isinstance(value, Mapping):
        raise OpenAIError(f"workload_identity must be a WorkloadIdentity mapping, got {type(value).__name__}")
    missing = [key for key in ("identity_provider_id", "service_account_id", "provider") if not value.get(key)]
    if missing:
        raise OpenAIError(f"workload_identity is missing {', '.join(repr(key) for key in missing)}")
    provider = value["provider"]
    if not isinstance(provider, Mapping) or not callable(provider.get("get_token")):
        raise OpenAIError("workload_identity['provider'] must be a SubjectTokenProvider: {'token_type', 'get_token'}")
    if provider.get("token_type") not in SUBJECT_TOKEN_TYPES:
        raise OpenAIError(
            f"Unsupported token_type {provider.get('token_type')!r} in workload_identity['provider']: "
            f"use one of {', '.join(SUBJECT_TOKEN_TYPES)}"
        )
    buffer = value.get("refresh_buffer_seconds", DEFAULT_REFRESH_BUFFER_SECONDS)
    if not isinstance(buffer, (int, float)) or isinstance(buffer, bool) or buffer < 0:
        raise OpenAIError(f"workload_identity['refresh_buffer_seconds'] must be a number >= 0, got {buffer!r}")


def subject_token(identity: WorkloadIdentity) -> str:
    provider = identity["provider"]
    try:
        token = provider["get_token"]()
    except SubjectTokenProviderError:
        raise
    except Exception as err:
        raise SubjectTokenProviderError(f"The workload identity provider failed: {type(err).__name__}: {err}") from err
    if not isinstance(token, str) or not token:
        raise SubjectTokenProviderError("The workload identity provider returned an empty subject token")
    return token


def exchange_body(identity: WorkloadIdentity, subject: str) -> Dict[str, str]:
    return {
        "grant_type": GRANT_TYPE,
        "subject_token": subject,
        "subject_token_type": SUBJECT_TOKEN_TYPES[identity["provider"]["token_type"]],
        "identity_provider_id": identity["identity_provider_id"],
        "service_account_id": identity["service_account_id"],
    }


def read_exchange_response(response: httpx.Response) -> Tuple[str, float]:
    """``(access_token, expires_in)`` of the exchange's answer (read), or the error it means."""
    try:
        body: Any = response.json()
    except ValueError:
        body = None
    if 400 <= response.status_code < 500:
        raise OAuthError(response=response, body=body)
    if response.status_code != 200:
        raise OpenAIError(f"Token exchange failed with status {response.status_code}")
    body = body if isinstance(body, dict) else {}
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise OpenAIError("The token exchange answer has no valid access_token")
    expires_in = body.get("expires_in")
    if not isinstance(expires_in, (int, float)) or isinstance(expires_in, bool) or expires_in <= 0:
        raise OpenAIError("The token exchange answer has no valid expires_in")
    return token, float(expires_in)


def refresh_in(expires_in: float, buffer: float) -> float:
    """Seconds a token is used for: its lifetime less the buffer, but at least half of it."""
    return max(expires_in - buffer, expires_in / 2)


class WorkloadIdentityAuth:
    """Exchanges and caches access tokens for one workload identity; safe to share between
    threads (one exchange at a time) and between the tasks of an event loop."""

    def __init__(
        self,
        *,
        workload_identity: WorkloadIdentity,
        token_exchange_url: str = DEFAULT_TOKEN_EXCHANGE_URL,
        _use_httpx2: bool = False,
    ) -> None:
        check_workload_identity(workload_identity)
        self._use_httpx2 = _use_httpx2  # exchange through httpx2 (``pip install 'openwire[httpx2]'``)
        self.workload_identity = workload_identity
        self.token_exchange_url = token_exchange_url
        self._lock = threading.Lock()
        self._async_lock: Any = None
        self._token: Optional[str] = None
        self._refresh_at = 0.0

    def __repr__(self) -> str:
        return f"WorkloadIdentityAuth(token_exchange_url={self.token_exchange_url!r})"  # never the token

    def _cached(self) -> Optional[str]:
        return self._token if self._token is not None and time.monotonic() < self._refresh_at else None

    def _store(self, token: str, expires_in: float) -> str:
        buffer = float(self.workload_identity.get("refresh_buffer_seconds", DEFAULT_REFRESH_BUFFER_SECONDS))
        self._token, self._refresh_at = token, time.monotonic() + refresh_in(expires_in, buffer)
        return token

    def invalidate_token(self) -> None:
        """Forget the cached token: the next request exchanges again (done on a 401)."""
        self._token = None

    def _http(self) -> Any:
        """The HTTP library of the exchange: httpx, or httpx2 when asked for."""
        if not self._use_httpx2:
            import httpx

            return httpx
        try:
            import httpx2
        except ImportError:
            raise OpenAIError(
                "WorkloadIdentityAuth(_use_httpx2=True) needs httpx2: pip install 'openwire[httpx2]'"
            ) from None
        return httpx2

    def get_token(self) -> str:
        """The cached access token, or a new one from the exchange."""
        http = self._http()
        with self._lock:
            token = self._cached()
            if token is not None:
                return token
            body = exchange_body(self.workload_identity, subject_token(self.workload_identity))
            try:
                with http.Client(timeout=EXCHANGE_TIMEOUT_SECONDS) as client:
                    response = client.post(self.token_exchange_url, json=body)
            except transport_errors() as err:
                raise _connection_error(err) from err
            return self._store(*read_exchange_response(response))

    async def get_token_async(self) -> str:
        """:meth:`get_token` for async clients (the exchange does not block the event loop)."""
        import anyio

        token = self._cached()
        if token is not None:
            return token
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        async with self._async_lock:
            token = self._cached()  # another task may have exchanged meanwhile
            if token is not None:
                return token
            body = exchange_body(self.workload_identity, subject_token(self.workload_identity))
            try:
                async with self._http().AsyncClient(timeout=EXCHANGE_TIMEOUT_SECONDS) as client:
                    response = await client.post(self.token_exchange_url, json=body)
            except transport_errors() as err:
                raise _connection_error(err) from err
            return self._store(*read_exchange_response(response))


def _connection_error(err: Any) -> APIConnectionError:
    return APIConnectionError(
        message=f"Connection error during the workload identity token exchange: {err}", request=err.request
    )
