"""Shared by the Bedrock tests: a clean AWS environment and a SigV4 check made with botocore.

:func:`verify_sigv4` is what a Bedrock server does with a request: it rebuilds the canonical
request from the headers the client says it signed, recomputes the signature with the secret
key, and checks the body against ``x-amz-content-sha256``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass
from typing import Dict, List, Optional

import pytest
from scripted_server import Recorded

AWS_VARIABLES = (
    "AWS_BEARER_TOKEN_BEDROCK",
    "AWS_BEDROCK_BASE_URL",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_PROFILE",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "OPENAI_API_KEY",
    "OPENAI_ADMIN_KEY",
    "OPENAI_BASE_URL",
)

_AUTHORIZATION = re.compile(
    r"AWS4-HMAC-SHA256 Credential=(?P<access>[^/]+)/(?P<day>\d{8})/(?P<region>[^/]+)/(?P<service>[^/]+)/aws4_request, "
    r"SignedHeaders=(?P<signed>[a-z0-9;-]+), Signature=(?P<signature>[0-9a-f]{64})"
)


def clean_aws_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """No AWS or OpenAI variable, no shared AWS files, no instance metadata lookups."""
    for name in AWS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", f"{tmp_path}/no-aws-config")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", f"{tmp_path}/no-aws-credentials")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@dataclass
class SigV4:
    access_key: str
    day: str
    region: str
    service: str
    signed_headers: List[str]
    signature: str


def parse_authorization(value: str) -> SigV4:
    match = _AUTHORIZATION.fullmatch(value)
    assert match is not None, f"not a SigV4 Authorization header: {value[:40]}..."
    return SigV4(
        match["access"], match["day"], match["region"], match["service"], match["signed"].split(";"), match["signature"]
    )


def verify_sigv4(request: Recorded, secret_key: str, session_token: Optional[str] = None) -> bool:
    """True when ``request`` carries a valid SigV4 signature of its exact method, URL, signed
    headers and body, made with ``secret_key``."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials

    auth = parse_authorization(request.headers["authorization"])
    if hashlib.sha256(request.body).hexdigest() != request.headers.get("x-amz-content-sha256"):
        return False
    if auth.signed_headers != sorted(auth.signed_headers) or "host" not in auth.signed_headers:
        return False
    headers: Dict[str, str] = {name: request.headers[name] for name in auth.signed_headers}
    rebuilt = AWSRequest(
        method=request.method,
        url=f"http://{request.headers['host']}{request.target}",
        data=request.body,
        headers=headers,
    )
    rebuilt.context["timestamp"] = request.headers["x-amz-date"]
    signer = SigV4Auth(Credentials(auth.access_key, secret_key, session_token), auth.service, auth.region)
    expected = signer.signature(signer.string_to_sign(rebuilt, signer.canonical_request(rebuilt)), rebuilt)
    return hmac.compare_digest(expected, auth.signature)
