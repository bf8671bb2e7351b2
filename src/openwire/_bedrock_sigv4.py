"""AWS SigV4 signing of Bedrock requests, by botocore (the ``openwire[bedrock]`` extra).

:class:`BedrockSigV4Auth` is an ``httpx.Auth``: httpx runs it on the final request of every
attempt (a retry is signed again, with its own ``X-Stainless-Retry-Count`` and date), after the
body is encoded, so the signature covers the exact bytes sent. Credentials are resolved at
signing time: a credentials provider is called every time; a profile or the default chain is
resolved once by botocore, whose credentials refresh themselves when they expire.
"""

from __future__ import annotations

import hashlib
import threading
from typing import TYPE_CHECKING, Any, AsyncGenerator, Generator, Optional

import httpx

from ._bedrock import SERVICE, BedrockSettings
from ._exceptions import OpenAIError

if TYPE_CHECKING:
    from botocore.credentials import Credentials

__all__ = ["BedrockSigV4Auth", "sign_request"]

_NOT_FOUND = (
    "Could not find AWS credentials for Bedrock: pass `aws_access_key_id` / `aws_secret_access_key`, "
    "`aws_profile` or `aws_credentials_provider`, set AWS_BEARER_TOKEN_BEDROCK, or configure the default "
    "AWS credential chain (AWS_ACCESS_KEY_ID, ~/.aws/credentials, an instance role)."
)
_FAILED = (
    "Could not resolve AWS credentials for Bedrock ({source}): check the AWS profile, the environment "
    "variables or the runtime identity."
)


def sign_request(request: httpx.Request, credentials: Any, region: str) -> None:
    """Add ``x-amz-content-sha256``, ``x-amz-date``, ``x-amz-security-token`` (with a session
    token) and the SigV4 ``authorization`` header to ``request``, whose body must be read."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest

    body = request.content
    request.headers["x-amz-content-sha256"] = hashlib.sha256(body).hexdigest()
    # botocore picks the headers to sign: all but hop-by-hop ones, User-Agent and tracing headers.
    signed = AWSRequest(method=request.method, url=str(request.url), data=body, headers=dict(request.headers.items()))
    SigV4Auth(credentials, SERVICE, region).add_auth(signed)
    for name in ("X-Amz-Date", "X-Amz-Security-Token", "Authorization"):
        value = signed.headers.get(name)
        if value is not None:
            request.headers[name.lower()] = value


class BedrockSigV4Auth(httpx.Auth):
    """Signs each request with the credentials of a Bedrock client's settings."""

    requires_request_body = True

    def __init__(self, settings: BedrockSettings) -> None:
        if settings.region is None or settings.aws_mode is None:
            raise ValueError("SigV4 signing needs a region and an AWS credentials mode")
        self._settings = settings
        self._region = settings.region
        self._lock = threading.Lock()
        self._resolved: Optional[Credentials] = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        sign_request(request, self.credentials(), self._region)
        yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._settings.aws_mode in ("profile", "chain"):
            # botocore may read files or ask an instance metadata endpoint: not on the event loop.
            import anyio.to_thread

            credentials = await anyio.to_thread.run_sync(self.credentials)
        else:
            credentials = self.credentials()
        sign_request(request, credentials, self._region)
        yield request

    def credentials(self) -> Any:
        """Credentials for the next signature (an object with ``access_key``, ``secret_key``, ``token``)."""
        settings = self._settings
        if settings.aws_mode == "provider":
            assert settings.credentials_provider is not None
            try:
                found = settings.credentials_provider()
            except Exception as err:
                raise OpenAIError(_FAILED.format(source="aws_credentials_provider raised")) from err
            if found is None:
                raise OpenAIError(_NOT_FOUND)
            return _frozen(found, "aws_credentials_provider")
        with self._lock:  # threads sharing a client resolve the chain once
            if self._resolved is None:
                self._resolved = self._resolve()
        return _frozen(self._resolved, settings.aws_mode or "")

    def _resolve(self) -> Credentials:
        import botocore.exceptions
        from botocore.credentials import Credentials
        from botocore.session import Session

        settings = self._settings
        if settings.aws_mode == "static":
            return Credentials(settings.access_key_id, settings.secret_access_key, settings.session_token)
        source = f"profile {settings.profile!r}" if settings.aws_mode == "profile" else "default chain"
        try:
            found = Session(profile=settings.profile).get_credentials()
        except botocore.exceptions.BotoCoreError as err:
            raise OpenAIError(_FAILED.format(source=source)) from err
        if found is None:
            raise OpenAIError(_NOT_FOUND)
        return found


def _frozen(credentials: Any, source: str) -> Any:
    """A consistent snapshot (botocore's refreshable credentials may change between reads)."""
    if hasattr(credentials, "get_frozen_credentials"):
        try:
            credentials = credentials.get_frozen_credentials()
        except Exception as err:  # a refresh failed (expired role session, network, ...)
            raise OpenAIError(_FAILED.format(source=source)) from err
    if not getattr(credentials, "access_key", None) or not getattr(credentials, "secret_key", None):
        raise OpenAIError(
            _FAILED.format(source=source)
            + f" The credentials ({type(credentials).__name__}) need `access_key` and `secret_key` attributes."
        )
    return credentials
