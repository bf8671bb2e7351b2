"""``BedrockOpenAI`` / ``AsyncBedrockOpenAI``: the OpenAI clients for Amazon Bedrock's
OpenAI-compatible endpoint (``https://bedrock-mantle.<region>.api.aws/openai/v1``).

They are ``OpenAI`` / ``AsyncOpenAI`` with other constructor arguments (as in the reference, no
class between them): the arguments become a :class:`BedrockProvider` (``_bedrock.py``), the same
plug-in as ``OpenAI(provider=openwire.providers.bedrock(...))``, which the base client resolves;
requests are signed by ``_bedrock_sigv4.py`` (botocore) unless a bearer token is used. Loaded on
first use of ``openwire.BedrockOpenAI``: neither this module nor botocore is imported by ``import openwire``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Dict, Mapping, Optional, Union

from typing_extensions import Self

from ._bedrock import (
    AsyncBedrockTokenProvider,
    AwsCredentialsProvider,
    BedrockProvider,
    BedrockSettings,
    BedrockTokenProvider,
)
from ._client import AsyncOpenAI, OpenAI
from ._constants import DEFAULT_MAX_RETRIES
from ._exceptions import OpenAIError
from ._types import NOT_GIVEN, NotGiven, WorkloadIdentity

if TYPE_CHECKING:
    import httpx

__all__ = ["BedrockOpenAI", "AsyncBedrockOpenAI"]

_AUTH_ARGS = (
    "api_key",
    "bedrock_token_provider",
    "aws_profile",
    "aws_access_key_id",
    "aws_secret_access_key",
    "aws_session_token",
    "aws_credentials_provider",
)


def _provider_of(
    arguments: Dict[str, Any], region: Optional[str], base_url: object, _provider: object
) -> BedrockProvider:
    """The constructor's arguments as the provider plug-in the base client resolves."""
    if _provider is not None:
        if not isinstance(_provider, BedrockProvider):
            raise OpenAIError("`_provider` must come from `openwire.providers.bedrock(...)`.")
        if region is not None or base_url is not None or any(value is not None for value in arguments.values()):
            raise OpenAIError("Pass Bedrock's settings either in `_provider` or as arguments, not both.")
        return _provider
    return BedrockProvider(
        region=region,
        base_url=str(base_url) if base_url else NOT_GIVEN,
        api_key=arguments["api_key"] or NOT_GIVEN,
        token_provider=arguments["bedrock_token_provider"],
        access_key_id=arguments["aws_access_key_id"],
        secret_access_key=arguments["aws_secret_access_key"],
        session_token=arguments["aws_session_token"],
        profile=arguments["aws_profile"],
        credential_provider=arguments["aws_credentials_provider"],
    )


def _refuse_state(_state: object) -> None:
    if _state is not None:
        raise OpenAIError(
            "BedrockOpenAI does not take the reference's private `_state` argument: configure it with "
            "`aws_region`, `base_url` and one authentication argument."
        )


def _copy_arguments(
    client: Any, base: Dict[str, Any], auth: Dict[str, Any], aws_region: Optional[str], base_url: object
) -> Dict[str, Any]:
    """The constructor arguments of a copy: any authentication argument given replaces the whole
    authentication (``copy(api_key=...)`` of a signing client sends the token); a region given
    moves the derived URL with it."""
    for name in ("admin_api_key", "workload_identity", "provider"):
        value = base.pop(name, None)
        if name != "provider" and value is not None:
            raise OpenAIError(f"BedrockOpenAI.copy() cannot set `{name}`: Bedrock does not use it.")
    if callable(auth.get("api_key")):
        auth["bedrock_token_provider"], auth["api_key"] = auth["api_key"], None
    provider: BedrockProvider = client.provider
    settings: BedrockSettings = client._bedrock
    if all(value is None for value in auth.values()):
        # The same authentication: the client's provider, with the region or URL changed.
        changes: Dict[str, Any] = {}
        if aws_region is not None:
            changes["region"] = aws_region
        if base_url is not None:
            changes["base_url"] = str(base_url)
        base["_provider"] = dataclasses.replace(provider, **changes)
        return base
    base.update(auth)
    base["aws_region"] = aws_region or settings.region
    base["base_url"] = base_url or (settings.base_url if settings.base_url_given else None)
    return base


class BedrockOpenAI(OpenAI):
    """``OpenAI`` for Amazon Bedrock: a bearer token (``api_key``, ``bedrock_token_provider`` or
    ``AWS_BEARER_TOKEN_BEDROCK``) or AWS SigV4 signing (static keys, ``aws_profile``,
    ``aws_credentials_provider`` or the default AWS chain; needs ``openwire[bedrock]``).

    The URL comes from ``base_url``, ``AWS_BEDROCK_BASE_URL`` or the region (``aws_region``,
    ``AWS_REGION``, ``AWS_DEFAULT_REGION``)."""

    aws_region: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        bedrock_token_provider: Optional[BedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        aws_credentials_provider: Optional[AwsCredentialsProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
        _provider: Optional[BedrockProvider] = None,
        _state: Optional[object] = None,
        _region_was_explicit: Optional[bool] = None,
    ) -> None:
        _refuse_state(_state)
        arguments = {name: value for name, value in locals().items() if name in _AUTH_ARGS}
        super().__init__(
            provider=_provider_of(arguments, aws_region, base_url, _provider),
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=False,  # the provider resolves Bedrock's own credentials
        )
        self.aws_region = self._bedrock.region if self._bedrock is not None else None
        self._enforce_credentials = _enforce_credentials

    def copy(
        self,
        *,
        api_key: Optional[Union[str, BedrockTokenProvider]] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        provider: Union[BedrockProvider, NotGiven, None] = NOT_GIVEN,
        bedrock_token_provider: Optional[BedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        aws_credentials_provider: Optional[AwsCredentialsProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _enforce_credentials: Optional[bool] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new client with some options changed, sharing the connection pool unless
        ``http_client`` is given; any authentication argument replaces the authentication."""
        auth = {name: value for name, value in locals().items() if name in _AUTH_ARGS}
        base = self._copy_kwargs(
            api_key=None,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            provider=provider,
            websocket_base_url=websocket_base_url,
            base_url=None,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            _enforce_credentials=_enforce_credentials,
        )
        return type(self)(**_copy_arguments(self, base, auth, aws_region, base_url), **_extra_kwargs)

    with_options = copy


class AsyncBedrockOpenAI(AsyncOpenAI):
    """``AsyncOpenAI`` for Amazon Bedrock (see :class:`BedrockOpenAI`); ``bedrock_token_provider``
    may be a coroutine function. Credentials providers are called synchronously."""

    aws_region: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        bedrock_token_provider: Optional[AsyncBedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        aws_credentials_provider: Optional[AwsCredentialsProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
        _enforce_credentials: bool = True,
        _provider: Optional[BedrockProvider] = None,
        _state: Optional[object] = None,
        _region_was_explicit: Optional[bool] = None,
    ) -> None:
        _refuse_state(_state)
        arguments = {name: value for name, value in locals().items() if name in _AUTH_ARGS}
        super().__init__(
            provider=_provider_of(arguments, aws_region, base_url, _provider),
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
            _enforce_credentials=False,
        )
        self.aws_region = self._bedrock.region if self._bedrock is not None else None
        self._enforce_credentials = _enforce_credentials

    def copy(
        self,
        *,
        api_key: Optional[Union[str, AsyncBedrockTokenProvider]] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        provider: Union[BedrockProvider, NotGiven, None] = NOT_GIVEN,
        bedrock_token_provider: Optional[AsyncBedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        aws_profile: Optional[str] = None,
        aws_access_key_id: Optional[str] = None,
        aws_secret_access_key: Optional[str] = None,
        aws_session_token: Optional[str] = None,
        aws_credentials_provider: Optional[AwsCredentialsProvider] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, httpx.Timeout, NotGiven, None] = NOT_GIVEN,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _enforce_credentials: Optional[bool] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """The async twin of :meth:`BedrockOpenAI.copy`."""
        auth = {name: value for name, value in locals().items() if name in _AUTH_ARGS}
        base = self._copy_kwargs(
            api_key=None,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            provider=provider,
            websocket_base_url=websocket_base_url,
            base_url=None,
            timeout=timeout,
            http_client=http_client,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            _enforce_credentials=_enforce_credentials,
        )
        return type(self)(**_copy_arguments(self, base, auth, aws_region, base_url), **_extra_kwargs)

    with_options = copy
