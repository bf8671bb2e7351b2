"""openwire: a typed client for the OpenAI API and OpenAI-compatible servers.

Importing the package is cheap: the clients, models and resource types load on first use
(``openwire.OpenAI`` imports httpx; the first parsed response imports pydantic).
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Mapping, Optional, Union

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterFinishReasonError,
    IncompleteStreamError,
    InternalServerError,
    InvalidStreamEventError,
    InvalidWebhookSignatureError,
    LengthFinishReasonError,
    NotAnEventStreamError,
    NotFoundError,
    OAuthError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WebSocketConnectionClosedError,
    WebSocketQueueFullError,
)
from ._types import NOT_GIVEN, NoneType, NotGiven, Omit, not_given, omit
from ._version import __title__, __version__

VERSION: str = __version__  # the reference's second name for it

if TYPE_CHECKING:
    import httpx
    from typing_extensions import override as override

    from . import batch as batch
    from . import types as types
    from . import version as version
    from ._async.response import AsyncAPIResponse as AsyncAPIResponse
    from ._async.streaming import AsyncStream as AsyncStream
    from ._bedrock import BedrockTokenProvider
    from ._bedrock_client import AsyncBedrockOpenAI as AsyncBedrockOpenAI
    from ._bedrock_client import BedrockOpenAI as BedrockOpenAI
    from ._binary import HttpxBinaryResponseContent as HttpxBinaryResponseContent
    from ._client import AsyncAzureOpenAI as AsyncAzureOpenAI
    from ._client import AsyncClient as AsyncClient
    from ._client import AsyncOpenAI as AsyncOpenAI
    from ._client import AzureOpenAI as AzureOpenAI
    from ._client import Client as Client
    from ._client import OpenAI as OpenAI
    from ._constants import DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES
    from ._constants import DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._failover_client import AsyncFailoverOpenAI as AsyncFailoverOpenAI
    from ._failover_client import FailoverOpenAI as FailoverOpenAI
    from ._files import file_from_path as file_from_path
    from ._http_clients import DefaultAioHttpClient as DefaultAioHttpClient
    from ._http_clients import DefaultAsyncHttpx2Client as DefaultAsyncHttpx2Client
    from ._http_clients import DefaultAsyncHttpxClient as DefaultAsyncHttpxClient
    from ._http_clients import DefaultHttpx2Client as DefaultHttpx2Client
    from ._http_clients import DefaultHttpxClient as DefaultHttpxClient
    from ._models import BaseModel as BaseModel
    from ._sync.response import APIResponse as APIResponse
    from ._sync.streaming import Stream as Stream
    from ._types import ProxiesTypes as ProxiesTypes
    from ._types import RequestOptions as RequestOptions
    from ._types import Timeout as Timeout
    from ._types import Transport as Transport
    from .lib._tools import pydantic_function_tool as pydantic_function_tool
    from .lib.azure import AzureADTokenProvider
    from .lib.streaming._assistants import AssistantEventHandler as AssistantEventHandler
    from .lib.streaming._assistants import AsyncAssistantEventHandler as AsyncAssistantEventHandler
    from .types.websocket_reconnection import ReconnectingEvent as ReconnectingEvent
    from .types.websocket_reconnection import ReconnectingOverrides as ReconnectingOverrides

__all__ = [
    "types",
    "__version__",
    "__title__",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "OAuthError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "LengthFinishReasonError",
    "ContentFilterFinishReasonError",
    "InvalidWebhookSignatureError",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "IncompleteStreamError",
    "InvalidStreamEventError",
    "NotAnEventStreamError",
    "Timeout",
    "RequestOptions",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "OpenAI",
    "AsyncOpenAI",
    "BedrockOpenAI",
    "AsyncBedrockOpenAI",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DefaultHttpx2Client",
    "DefaultAsyncHttpx2Client",
]

# Public name -> module that defines it; resolved on first access (PEP 562).
_LAZY_EXPORTS = {
    "OpenAI": "._client",
    "AsyncOpenAI": "._client",
    "Client": "._client",
    "AsyncClient": "._client",
    "Stream": "._sync.streaming",
    "AsyncStream": "._async.streaming",
    "APIResponse": "._sync.response",
    "AsyncAPIResponse": "._async.response",
    "HttpxBinaryResponseContent": "._binary",
    "AzureOpenAI": "._client",
    "AsyncAzureOpenAI": "._client",
    "BedrockOpenAI": "._bedrock_client",
    "AsyncBedrockOpenAI": "._bedrock_client",
    "FailoverOpenAI": "._failover_client",
    "AsyncFailoverOpenAI": "._failover_client",
    "pydantic_function_tool": ".lib._tools",
    "AssistantEventHandler": ".lib.streaming._assistants",
    "AsyncAssistantEventHandler": ".lib.streaming._assistants",
    "BaseModel": "._models",
    "DEFAULT_TIMEOUT": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_CONNECTION_LIMITS": "._constants",
    "DefaultHttpxClient": "._http_clients",
    "DefaultAsyncHttpxClient": "._http_clients",
    "DefaultAioHttpClient": "._http_clients",
    "DefaultHttpx2Client": "._http_clients",
    "DefaultAsyncHttpx2Client": "._http_clients",
    "file_from_path": "._files",
    "RequestOptions": "._types",
    "Timeout": "._types",
    "Transport": "._types",
    "ProxiesTypes": "._types",
    "override": "typing_extensions",
    "ReconnectingEvent": ".types.websocket_reconnection",
    "ReconnectingOverrides": ".types.websocket_reconnection",
    # The 0.x module-level APIs: placeholders that explain their removal when used.
    **{
        name: ".lib._old_api"
        for name in (
            "ChatCompletion",
            "Completion",
            "Edit",
            "Embedding",
            "Engine",
            "File",
            "FineTune",
            "FineTuningJob",
            "Image",
            "Model",
            "Moderation",
            "Audio",
            "Customer",
            "Deployment",
            "ErrorObject",
        )
    },
}

_LAZY_MODULES = {"types", "pagination", "resources", "lib", "providers", "version", "batch", "auth"}

# -- the module-level client: `openwire.api_key = "..."`, then `openwire.chat.completions.create(...)`
# The settings of the default client (see _module_client.py); `openwire.timeout` reads as
# DEFAULT_TIMEOUT until it is set (resolved in __getattr__, which keeps httpx unimported).
api_key: Optional[str] = None
admin_api_key: Optional[str] = None
organization: Optional[str] = None
project: Optional[str] = None
webhook_secret: Optional[str] = None
base_url: Union[str, "httpx.URL", None] = None
max_retries: int = 2  # DEFAULT_MAX_RETRIES
default_headers: Optional[Mapping[str, str]] = None
default_query: Optional[Mapping[str, object]] = None
http_client: Optional["httpx.Client"] = None
api_type: Optional[Literal["openai", "azure"]] = None
api_version: Optional[str] = None
azure_endpoint: Optional[str] = None
azure_ad_token: Optional[str] = None
azure_ad_token_provider: Optional["AzureADTokenProvider"] = None
# The reference has this setting, but its module client does not use it (observed): the module
# client stays an OpenAI one; use `openwire.BedrockOpenAI(bedrock_token_provider=...)`.
bedrock_token_provider: Optional["BedrockTokenProvider"] = None
if TYPE_CHECKING:
    timeout: Union[float, "httpx.Timeout", None]


def __getattr__(name: str) -> Any:
    module_name = _LAZY_EXPORTS.get(name)
    if module_name is not None:
        value = getattr(importlib.import_module(module_name, __name__), name)
        globals()[name] = value
        return value
    if name in _LAZY_MODULES:
        return importlib.import_module(f".{name}", __name__)
    if name == "timeout":
        return importlib.import_module("._constants", __name__).DEFAULT_TIMEOUT
    if _is_resource(name):
        # Not cached here: the next access sees the settings as they are then.
        return getattr(importlib.import_module("._module_client", __name__).load_client(globals()), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _is_resource(name: str) -> bool:
    """A top-level resource of the clients (``chat``, ``files``, ...), by the generated tree."""
    if name.startswith("_"):
        return False
    from ._client_resources import SyncResources

    return isinstance(vars(SyncResources).get(name), cached_property)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY_EXPORTS) | _LAZY_MODULES | {"timeout"})


# Show the public path in reprs and tracebacks (``openwire.APIError``, not ``openwire._exceptions``).
for _error in (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ContentFilterFinishReasonError,
    IncompleteStreamError,
    InternalServerError,
    InvalidStreamEventError,
    InvalidWebhookSignatureError,
    LengthFinishReasonError,
    NotAnEventStreamError,
    NotFoundError,
    OAuthError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WebSocketConnectionClosedError,
    WebSocketQueueFullError,
):
    _error.__module__ = __name__
del _error
