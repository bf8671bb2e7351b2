"""The public clients: the request machinery plus the (generated, lazy) resource tree."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Optional, TypeVar

from ._async.api_client import AsyncAPIClient
from ._client_resources import (
    AsyncOpenAIWithRawResponse,
    AsyncOpenAIWithStreamedResponse,
    AsyncResources,
    OpenAIWithRawResponse,
    OpenAIWithStreamedResponse,
    SyncResources,
)
from ._logs import setup_logging
from ._sync.api_client import SyncAPIClient
from .lib._async.azure import AsyncBaseAzureClient
from .lib._sync.azure import BaseAzureClient

__all__ = ["OpenAI", "AsyncOpenAI", "AzureOpenAI", "AsyncAzureOpenAI", "Client", "AsyncClient"]

_T = TypeVar("_T")

setup_logging()


class OpenAI(SyncAPIClient, SyncResources):
    """Synchronous client. Safe to share between threads; one connection pool per client
    (and its copies).

    Requests carry the reference SDK's platform headers (``X-Stainless-Lang``, ``-OS``,
    ``-Arch``, ``-Retry-Count``, ...). ``OPENWIRE_PLATFORM_HEADERS=0`` in the environment turns
    them all off; ``default_headers={"X-Stainless-OS": omit}`` drops one."""

    @classmethod
    def for_provider(
        cls,
        name: str,
        *,
        region: Optional[str] = None,
        api_key: Optional[str] = None,
        structured_outputs: Optional[str] = None,
        reask: bool = False,
        **kwargs: Any,
    ) -> "OpenAI":
        """A client for a preset of :mod:`openwire.providers` (``"deepseek"``, ``"qwen"``, ``"ollama"``, ...).

        Sets the base URL (of ``region``, e.g. ``"cn"``), reads the key from the preset's variable
        (``DEEPSEEK_API_KEY``, ...) unless ``api_key`` is given, and raises ``OpenAIError``
        naming that variable when it is unset. Other arguments go to the client. ``"azure"``
        gives an :class:`openwire.AzureOpenAI`.

        The client remembers the preset: ``chat.completions.parse`` asks for JSON the way the
        server supports (``structured_outputs``: ``"json_schema"``, ``"json_object"`` or
        ``"tools"`` overrides the preset's choice) and, with ``reask=True``, asks once more
        when the answer does not fit the model.
        """
        from .providers import ClientPreset, client_arguments

        provider, arguments = client_arguments(name, region=region, api_key=api_key, **kwargs)
        preset = ClientPreset(provider, structured_outputs, reask)
        client = AzureOpenAI(**arguments) if provider.azure else cls(**arguments)
        client._preset = preset
        return client

    @cached_property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        return OpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenAIWithStreamedResponse:
        return OpenAIWithStreamedResponse(self)


class AsyncOpenAI(AsyncAPIClient, AsyncResources):
    """Asynchronous client (asyncio or trio). Safe to share between tasks of one event loop."""

    @classmethod
    def for_provider(
        cls,
        name: str,
        *,
        region: Optional[str] = None,
        api_key: Optional[str] = None,
        structured_outputs: Optional[str] = None,
        reask: bool = False,
        **kwargs: Any,
    ) -> "AsyncOpenAI":
        """The async twin of :meth:`OpenAI.for_provider` (``"azure"`` gives an ``AsyncAzureOpenAI``)."""
        from .providers import ClientPreset, client_arguments

        provider, arguments = client_arguments(name, region=region, api_key=api_key, **kwargs)
        preset = ClientPreset(provider, structured_outputs, reask)
        client = AsyncAzureOpenAI(**arguments) if provider.azure else cls(**arguments)
        client._preset = preset
        return client

    @cached_property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        return AsyncOpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamedResponse:
        return AsyncOpenAIWithStreamedResponse(self)


class AzureOpenAI(BaseAzureClient, OpenAI):
    """``OpenAI`` for Azure OpenAI (``lib/_sync/azure.py`` holds what differs); environment:
    ``AZURE_OPENAI_API_KEY``, ``AZURE_OPENAI_AD_TOKEN``, ``OPENAI_API_VERSION``, ``AZURE_OPENAI_ENDPOINT``."""


class AsyncAzureOpenAI(AsyncBaseAzureClient, AsyncOpenAI):
    """``AsyncOpenAI`` for Azure OpenAI (``lib/_async/azure.py`` holds what differs)."""


Client = OpenAI
AsyncClient = AsyncOpenAI
