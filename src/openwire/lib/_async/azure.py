# unasync: source of lib/_sync/azure.py
"""Azure OpenAI: endpoint and deployment URLs, ``api-version``, key or Entra ID token.

``AsyncBaseAzureClient`` holds all of it; the public ``AsyncAzureOpenAI`` (in ``_client.py``)
puts it in front of ``AsyncOpenAI``, as the reference does (``AzureOpenAI`` -> ``BaseAzureClient``
-> ``OpenAI``). One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, Union, overload

from ..._async.api_client import AsyncAPIClient
from ..._constants import AZURE_API_KEY_SENTINEL
from ..._exceptions import OpenAIError
from ..._options import FinalRequestOptions
from ..._types import NOT_GIVEN, NotGiven, WorkloadIdentity

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncBaseAzureClient", "AzureADTokenProvider", "AsyncAzureADTokenProvider"]

# Endpoints served per deployment: for these, the ``model`` of the body names the deployment.
DEPLOYMENT_PATHS = frozenset(
    {
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
    }
)

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], Union[str, Awaitable[str]]]  # unasync: async-only


class AsyncBaseAzureClient(AsyncAPIClient):
    """What Azure OpenAI changes in a client; environment: ``AZURE_OPENAI_API_KEY``,
    ``AZURE_OPENAI_AD_TOKEN``, ``OPENAI_API_VERSION``, ``AZURE_OPENAI_ENDPOINT``."""

    # For type checkers, as in the reference: the endpoint (with an optional deployment), the
    # deployment alone (endpoint from AZURE_OPENAI_ENDPOINT), or a full `base_url`, which takes
    # no deployment and no endpoint.
    @overload
    def __init__(
        self,
        *,
        azure_endpoint: str,
        azure_deployment: Optional[str] = None,
        api_version: Optional[str] = None,
        api_key: Optional[Union[str, Callable[[], Any]]] = None,
        admin_api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None: ...

    @overload
    def __init__(
        self,
        *,
        azure_deployment: Optional[str] = None,
        api_version: Optional[str] = None,
        api_key: Optional[Union[str, Callable[[], Any]]] = None,
        admin_api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None: ...

    @overload
    def __init__(
        self,
        *,
        base_url: str,
        api_version: Optional[str] = None,
        api_key: Optional[Union[str, Callable[[], Any]]] = None,
        admin_api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None: ...

    def __init__(
        self,
        *,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        api_version: Optional[str] = None,
        api_key: Optional[Union[str, Callable[[], Any]]] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
    ) -> None:
        # Empty strings (often an unset variable in a shell script) count as missing.
        api_key = api_key or os.environ.get("AZURE_OPENAI_API_KEY") or None
        azure_ad_token = azure_ad_token or os.environ.get("AZURE_OPENAI_AD_TOKEN") or None
        if _enforce_credentials and api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
            raise OpenAIError(
                "Missing credentials: pass one of `api_key`, `azure_ad_token` or `azure_ad_token_provider`, "
                "or set the AZURE_OPENAI_API_KEY or AZURE_OPENAI_AD_TOKEN environment variable."
            )
        api_version = api_version or os.environ.get("OPENAI_API_VERSION")
        if not api_version:
            raise ValueError(
                "Must provide either the `api_version` argument or the OPENAI_API_VERSION environment variable"
            )
        if base_url is not None and azure_endpoint is not None:
            raise ValueError("base_url and azure_endpoint are mutually exclusive")
        if base_url is None:
            azure_endpoint = azure_endpoint or os.environ.get("AZURE_OPENAI_ENDPOINT")
            if not azure_endpoint:
                raise ValueError(
                    "Must provide one of the `base_url` or `azure_endpoint` arguments, "
                    "or the AZURE_OPENAI_ENDPOINT environment variable"
                )
            root = azure_endpoint.rstrip("/") + "/openai"
        else:
            root = base_url.rstrip("/")
        self._azure_endpoint = azure_endpoint
        self._azure_root = root
        self._azure_deployment = azure_deployment
        self._api_version = api_version
        self._azure_ad_token = azure_ad_token
        self._azure_ad_token_provider = azure_ad_token_provider
        if api_key is None and (azure_ad_token is not None or azure_ad_token_provider is not None):
            api_key = AZURE_API_KEY_SENTINEL
        super().__init__(
            api_key=api_key,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            # As in the reference, `azure_deployment` only extends a URL built from the endpoint.
            base_url=f"{root}/deployments/{azure_deployment}" if azure_deployment and base_url is None else root,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query={**(default_query or {}), "api-version": api_version},
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=False,  # checked above, with Azure's own variables
        )
        self._enforce_credentials = _enforce_credentials

    def _auth_headers(self, api_key: Optional[str]) -> Dict[str, str]:
        # An Entra ID token wins over a key; it is added per attempt by _prepare_options.
        if self._azure_ad_token_provider is not None or self._azure_ad_token is not None:
            return {}
        return {"api-key": api_key} if api_key else {}

    async def _azure_ad_token_for_request(self) -> Optional[str]:
        provider = self._azure_ad_token_provider
        if provider is None:
            return self._azure_ad_token
        token = provider()
        if inspect.isawaitable(token):  # unasync: async-only
            token = await token  # unasync: async-only
        if not isinstance(token, str) or not token:
            raise ValueError(f"azure_ad_token_provider must return a non-empty str, got {type(token).__name__}")
        return token

    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        changes: Dict[str, Any] = {}
        token = await self._azure_ad_token_for_request()
        if token is not None:
            changes["headers"] = {**(options.headers or {}), "Authorization": f"Bearer {token}"}
        url = self._azure_url(options)
        if url != options.url:
            changes["url"] = url
        return options.copy_with(**changes) if changes else options

    def _azure_url(self, options: FinalRequestOptions) -> str:
        """Deployment endpoints go to ``/deployments/{model}`` unless the base URL already names
        a deployment; other endpoints leave out the deployment ``azure_deployment`` added."""
        path = options.url
        if "://" in path:
            return path
        if path in DEPLOYMENT_PATHS:
            model = options.json_data.get("model") if isinstance(options.json_data, Mapping) else None
            if isinstance(model, str) and model and "/deployments" not in self.base_url.path:
                return f"/deployments/{model}{path}"
            return path
        if self._azure_deployment is not None and self._azure_endpoint is not None:
            return self._azure_root + path
        return path

    def _copy_kwargs(self, **overrides: Any) -> Dict[str, Any]:
        kwargs = super()._copy_kwargs(**overrides)
        if overrides.get("base_url") is None:
            kwargs["base_url"] = None if self._azure_endpoint is not None else self._azure_root
        kwargs.pop("provider", None)
        kwargs.update(
            azure_endpoint=self._azure_endpoint if kwargs["base_url"] is None else None,
            azure_deployment=self._azure_deployment,
            api_version=self._api_version,
            azure_ad_token=self._azure_ad_token,
            azure_ad_token_provider=self._azure_ad_token_provider,
        )
        return kwargs
