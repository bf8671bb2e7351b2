"""Amazon Bedrock's OpenAI-compatible endpoint: where requests go and how they are authenticated.

Pure resolution of the arguments and the environment (no I/O; botocore is imported only to
read a profile's region): a :class:`BedrockProvider` (from ``openwire.providers.bedrock(...)``,
or made by ``BedrockOpenAI`` / ``AsyncBedrockOpenAI`` from their arguments) is resolved once, when
the client is built (``_base_client.py``); requests then carry ``Authorization: Bearer <token>``
or an AWS SigV4 signature made by botocore (``_bedrock_sigv4.py``, the ``openwire[bedrock]`` extra).

Which authentication, as the reference chooses it:

1. a bearer token given explicitly (``api_key`` or ``bedrock_token_provider``);
2. else explicit AWS credentials (static keys, a profile, or a credentials provider), signed;
3. else ``AWS_BEARER_TOKEN_BEDROCK``;
4. else the default AWS credential chain (environment, shared files, instance roles), signed.

Giving two explicit modes at once is an error rather than a silent choice.
"""

from __future__ import annotations

import inspect
import os
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Mapping, Optional, Union

from ._exceptions import OpenAIError
from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "SERVICE",
    "BedrockTokenProvider",
    "AsyncBedrockTokenProvider",
    "AwsCredentialsProvider",
    "BedrockSettings",
    "BedrockProvider",
    "resolve_settings",
    "bearer_key",
    "region_base_url",
    "check_token",
    "MISSING_BOTOCORE",
]

SERVICE = "bedrock-mantle"
"""The SigV4 service name (the credential scope's third part), as the reference signs."""

BedrockTokenProvider = Callable[[], str]
"""Returns a fresh bearer token; called before every request."""
AsyncBedrockTokenProvider = Callable[[], Union[str, Awaitable[str]]]
AwsCredentialsProvider = Callable[[], Any]
"""Returns AWS credentials (an object with ``access_key``, ``secret_key`` and ``token``, such as
``botocore.credentials.Credentials``); called before every request."""

MISSING_BOTOCORE = (
    "BedrockOpenAI needs botocore to sign requests with AWS credentials (SigV4): "
    "pip install 'openwire[bedrock]', or authenticate with a bearer token (`api_key`, "
    "`bedrock_token_provider` or AWS_BEARER_TOKEN_BEDROCK)."
)


def region_base_url(region: str) -> str:
    return f"https://bedrock-mantle.{region}.api.aws/openai/v1"


@dataclass(frozen=True)
class BedrockSettings:
    """What a Bedrock client was resolved to; ``aws_mode`` is ``None`` for bearer tokens."""

    region: Optional[str]
    base_url: str
    base_url_given: bool
    bearer_token: Optional[str] = None
    token_provider: Optional[Callable[[], Any]] = None
    aws_mode: Optional[str] = None  # "static", "profile", "provider" or "chain"
    access_key_id: Optional[str] = None
    secret_access_key: Optional[str] = None
    session_token: Optional[str] = None
    profile: Optional[str] = None
    credentials_provider: Optional[AwsCredentialsProvider] = None

    @property
    def signs(self) -> bool:
        return self.aws_mode is not None


def resolve_settings(
    *,
    api_key: Optional[str],
    bedrock_token_provider: Optional[Callable[[], Any]],
    aws_region: Optional[str],
    aws_profile: Optional[str],
    aws_access_key_id: Optional[str],
    aws_secret_access_key: Optional[str],
    aws_session_token: Optional[str],
    aws_credentials_provider: Optional[AwsCredentialsProvider],
    base_url: Optional[str],
    environ: Mapping[str, str] = os.environ,
) -> BedrockSettings:
    """The client's settings from its arguments and ``environ``; raises ``OpenAIError`` naming what is wrong."""
    api_key = api_key or None  # an empty string (an unset shell variable) counts as missing
    if api_key is not None and bedrock_token_provider is not None:
        raise _ambiguous("both `api_key` and `bedrock_token_provider` were given")
    static = aws_access_key_id is not None or aws_secret_access_key is not None or aws_session_token is not None
    if static and (aws_access_key_id is None or aws_secret_access_key is None):
        raise OpenAIError(
            "Static AWS credentials need both `aws_access_key_id` and `aws_secret_access_key` "
            "(`aws_session_token` only goes with both)."
        )
    aws_modes = [
        mode
        for mode, given in (
            ("static", static),
            ("profile", aws_profile is not None),
            ("provider", aws_credentials_provider is not None),
        )
        if given
    ]
    if len(aws_modes) > 1:
        raise OpenAIError(
            "Bedrock authentication is ambiguous: pass only one of static AWS keys "
            "(`aws_access_key_id` / `aws_secret_access_key`), `aws_profile` or `aws_credentials_provider`."
        )
    bearer_given = api_key is not None or bedrock_token_provider is not None
    if bearer_given and aws_modes:
        raise _ambiguous(f"a bearer token and AWS credentials ({aws_modes[0]}) were both given")

    aws_mode: Optional[str] = None
    if not bearer_given:
        if aws_modes:
            aws_mode = aws_modes[0]
        else:
            api_key = environ.get("AWS_BEARER_TOKEN_BEDROCK") or None
            aws_mode = None if api_key is not None else "chain"

    region = aws_region or environ.get("AWS_REGION") or environ.get("AWS_DEFAULT_REGION") or None
    if region is None and aws_profile is not None:
        region = _profile_region(aws_profile)
    given_url = base_url or environ.get("AWS_BEDROCK_BASE_URL") or None
    if region is None and (given_url is None or aws_mode is not None):
        raise OpenAIError(
            "BedrockOpenAI needs an AWS region: pass `aws_region`, or set AWS_REGION or AWS_DEFAULT_REGION"
            + (" (signed requests need it even with a `base_url`)." if given_url is not None else ".")
        )
    if aws_mode is not None:
        _require_botocore()
    return BedrockSettings(
        region=region,
        base_url=given_url if given_url is not None else region_base_url(str(region)),
        base_url_given=given_url is not None,
        bearer_token=api_key,
        token_provider=bedrock_token_provider,
        aws_mode=aws_mode,
        access_key_id=aws_access_key_id,
        secret_access_key=aws_secret_access_key,
        session_token=aws_session_token,
        profile=aws_profile,
        credentials_provider=aws_credentials_provider,
    )


def check_token(token: object) -> str:
    """A token provider's answer, or ``OpenAIError`` when it is not a non-empty string."""
    if not isinstance(token, str) or not token:
        raise OpenAIError(
            f"bedrock_token_provider must return a non-empty str, got {type(token).__name__}"
            + (" (empty)" if token == "" else "")
        )
    return token


def _ambiguous(what: str) -> OpenAIError:
    return OpenAIError(
        f"Bedrock authentication is ambiguous: {what}. Configure exactly one: a bearer token (`api_key` or "
        "`bedrock_token_provider`), static AWS keys, `aws_profile`, or `aws_credentials_provider`."
    )


def _require_botocore() -> None:
    try:
        import botocore  # noqa: F401
    except ImportError:
        raise OpenAIError(MISSING_BOTOCORE) from None


def _profile_region(profile: str) -> Optional[str]:
    """The ``region`` of an AWS profile in the shared config file (read by botocore)."""
    _require_botocore()
    import botocore.exceptions
    import botocore.session

    try:
        region = botocore.session.Session(profile=profile).get_config_variable("region")
    except botocore.exceptions.BotoCoreError as err:
        raise OpenAIError(f"Could not read the AWS profile {profile!r}: {err}") from err
    return str(region) if region else None


@dataclass(frozen=True)
class BedrockProvider:
    """A client's ``provider=``: Bedrock's routing and authentication, resolved when the client is
    built. ``NOT_GIVEN`` ``base_url`` / ``api_key`` come from the environment; ``None`` means none."""

    region: Optional[str] = None
    base_url: Union[str, NotGiven, None] = NOT_GIVEN
    api_key: Union[str, NotGiven, None] = NOT_GIVEN
    token_provider: Optional[Callable[[], Any]] = None
    access_key_id: Optional[str] = None
    secret_access_key: Optional[str] = None
    session_token: Optional[str] = None
    profile: Optional[str] = None
    credential_provider: Optional[AwsCredentialsProvider] = None

    def __repr__(self) -> str:
        return f"BedrockProvider(region={self.region!r})"  # never a credential

    def resolve(self, environ: Mapping[str, str] = os.environ) -> BedrockSettings:
        if isinstance(self.api_key, NotGiven):
            environ_for_key = environ
        else:  # an explicit `api_key=None` does not fall back to AWS_BEARER_TOKEN_BEDROCK
            environ_for_key = {k: v for k, v in environ.items() if k != "AWS_BEARER_TOKEN_BEDROCK"}
        if isinstance(self.base_url, NotGiven):
            base_url = None
        else:
            base_url = self.base_url
            environ_for_key = {k: v for k, v in environ_for_key.items() if k != "AWS_BEDROCK_BASE_URL"}
        return resolve_settings(
            api_key=None if isinstance(self.api_key, NotGiven) else self.api_key,
            bedrock_token_provider=self.token_provider,
            aws_region=self.region,
            aws_profile=self.profile,
            aws_access_key_id=self.access_key_id,
            aws_secret_access_key=self.secret_access_key,
            aws_session_token=self.session_token,
            aws_credentials_provider=self.credential_provider,
            base_url=base_url,
            environ=environ_for_key,
        )


def bearer_key(settings: BedrockSettings, is_async: bool) -> Union[str, Callable[[], Any]]:
    """The client's ``api_key``: the token, a checked token provider, or ``""`` when signing."""
    provider = settings.token_provider
    if provider is None:
        return settings.bearer_token or ""
    if is_async:

        async def async_token() -> str:
            try:
                value = provider()
                if inspect.isawaitable(value):
                    value = await value
            except Exception as err:
                raise _token_failed(err) from err
            return check_token(value)

        return async_token

    def token() -> str:
        try:
            value = provider()
        except Exception as err:
            raise _token_failed(err) from err
        return check_token(value)

    return token


def _token_failed(err: BaseException) -> OpenAIError:
    return OpenAIError(f"bedrock_token_provider raised {type(err).__name__}: no bearer token for Bedrock.")
