"""Subject token providers for the platforms that issue workload identities.

Each returns a :class:`SubjectTokenProvider` whose ``get_token()`` fetches a fresh token every
time it is called (the exchange caches the access token, not the subject token). Requests and
headers are those the reference sends (observed); failures raise ``SubjectTokenProviderError``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Dict, Optional, Union

from .._exceptions import SubjectTokenProviderError
from .._types import SubjectTokenProvider

if TYPE_CHECKING:
    import httpx

__all__ = ["k8s_service_account_token_provider", "gcp_id_token_provider", "azure_managed_identity_token_provider"]

K8S_TOKEN_FILE = "/var/run/secrets/kubernetes.io/serviceaccount/token"
GCP_IDENTITY_URL = "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity"
AZURE_IMDS_TOKEN_URL = "http://169.254.169.254/metadata/identity/oauth2/token"


def k8s_service_account_token_provider(token_file_path: Union[str, Path] = K8S_TOKEN_FILE) -> SubjectTokenProvider:
    """The pod's projected service account token (a JWT), read from ``token_file_path`` each time."""
    path = Path(token_file_path)

    def get_token() -> str:
        try:
            token = path.read_text().strip()
        except OSError as err:
            raise SubjectTokenProviderError(f"Failed to read the token file at {path}: {err}") from err
        if not token:
            raise SubjectTokenProviderError(f"Failed to read the token file at {path}: the file is empty")
        return token

    return {"token_type": "jwt", "get_token": get_token}


def gcp_id_token_provider(
    audience: str = "https://api.openai.com/v1", *, timeout: float = 10.0, http_client: Optional[httpx.Client] = None
) -> SubjectTokenProvider:
    """A Google identity token for ``audience``, from the GCP metadata server."""

    def get_token() -> str:
        response = _get(GCP_IDENTITY_URL, {"audience": audience}, {"Metadata-Flavor": "Google"}, timeout, http_client)
        token = response.text.strip()
        if not token:
            raise SubjectTokenProviderError(
                "The GCP metadata server returned an empty identity token", response=response
            )
        return token

    return {"token_type": "id", "get_token": get_token}


def azure_managed_identity_token_provider(
    resource: str = "https://management.azure.com/",
    *,
    object_id: Optional[str] = None,
    client_id: Optional[str] = None,
    msi_res_id: Optional[str] = None,
    api_version: str = "2018-02-01",
    timeout: float = 10.0,
    http_client: Optional[httpx.Client] = None,
) -> SubjectTokenProvider:
    """A token of the VM's (or one chosen) managed identity for ``resource``, from Azure's
    instance metadata service."""
    params = {"api-version": api_version, "resource": resource}
    for name, value in (("object_id", object_id), ("client_id", client_id), ("msi_res_id", msi_res_id)):
        if value is not None:
            params[name] = value

    def get_token() -> str:
        response = _get(AZURE_IMDS_TOKEN_URL, params, {"Metadata": "true"}, timeout, http_client)
        try:
            token = response.json().get("access_token")
        except (ValueError, AttributeError):
            token = None
        if not isinstance(token, str) or not token:
            raise SubjectTokenProviderError(
                "The Azure instance metadata service answered without an access_token", response=response
            )
        return token

    return {"token_type": "jwt", "get_token": get_token}


def _get(
    url: str, params: Dict[str, str], headers: Dict[str, str], timeout: float, http_client: Optional[httpx.Client]
) -> httpx.Response:
    import httpx

    try:
        if http_client is not None:
            response = http_client.get(url, params=params, headers=headers, timeout=timeout)
        else:
            with httpx.Client(timeout=timeout) as client:
                response = client.get(url, params=params, headers=headers)
    except httpx.HTTPError as err:
        raise SubjectTokenProviderError(f"Could not reach {url}: {type(err).__name__}: {err}") from err
    if response.status_code != 200:
        raise SubjectTokenProviderError(f"{url} answered with status {response.status_code}", response=response)
    return response
