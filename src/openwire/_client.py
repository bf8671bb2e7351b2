"""The public clients: the request machinery plus the (generated, lazy) resource tree."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Mapping, Optional, Type, TypeVar

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
from ._options import FinalRequestOptions
from ._sync.api_client import SyncAPIClient
from ._types import RequestOptions

if TYPE_CHECKING:
    # Pages are pydantic models: imported on first use, not with the client.
    from ._async.pagination import BaseAsyncPage
    from ._async.paginator import AsyncPaginator
    from ._sync.pagination import BaseSyncPage

__all__ = ["OpenAI", "AsyncOpenAI", "Client", "AsyncClient"]

_T = TypeVar("_T")
SyncPageT = TypeVar("SyncPageT", bound="BaseSyncPage[Any]")
AsyncPageT = TypeVar("AsyncPageT", bound="BaseAsyncPage[Any]")

setup_logging()


class OpenAI(SyncAPIClient, SyncResources):
    """Synchronous client. Safe to share between threads; one connection pool per client
    (and its copies)."""

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[object],
        page: Type[SyncPageT],
        body: Optional[Mapping[str, object]] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> SyncPageT:
        """Fetch the first page of a list endpoint; iterate it to walk every page."""
        return self.request(page, FinalRequestOptions.build(method, path, options, json_data=body))

    _get_api_list = get_api_list

    @classmethod
    def for_provider(
        cls, name: str, *, region: Optional[str] = None, api_key: Optional[str] = None, **kwargs: Any
    ) -> "OpenAI":
        """A client for a preset of :mod:`openwire.providers` (``"deepseek"``, ``"qwen"``, ``"ollama"``, ...).

        Sets the base URL (of ``region``, e.g. ``"cn"``), reads the key from the preset's variable
        (``DEEPSEEK_API_KEY``, ...) unless ``api_key`` is given, and raises ``OpenAIError``
        naming that variable when it is unset. Other arguments go to the client. ``"azure"``
        gives an :class:`openwire.AzureOpenAI`.
        """
        from .providers import client_arguments

        provider, arguments = client_arguments(name, region=region, api_key=api_key, **kwargs)
        if provider.azure:
            from .lib.azure import AzureOpenAI

            return AzureOpenAI(**arguments)
        return cls(**arguments)

    @cached_property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        return OpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenAIWithStreamedResponse:
        return OpenAIWithStreamedResponse(self)


class AsyncOpenAI(AsyncAPIClient, AsyncResources):
    """Asynchronous client (asyncio or trio). Safe to share between tasks of one event loop."""

    def get_api_list(
        self,
        path: str,
        *,
        model: Type[_T],
        page: Type[AsyncPageT],
        body: Optional[Mapping[str, object]] = None,
        options: RequestOptions = {},
        method: str = "get",
    ) -> AsyncPaginator[_T, AsyncPageT]:
        """A paginator: ``await`` it for the first page, or ``async for`` over every item."""
        from ._async.paginator import AsyncPaginator

        return AsyncPaginator(self, FinalRequestOptions.build(method, path, options, json_data=body), page, model)

    _get_api_list = get_api_list

    @classmethod
    def for_provider(
        cls, name: str, *, region: Optional[str] = None, api_key: Optional[str] = None, **kwargs: Any
    ) -> "AsyncOpenAI":
        """The async twin of :meth:`OpenAI.for_provider` (``"azure"`` gives an ``AsyncAzureOpenAI``)."""
        from .providers import client_arguments

        provider, arguments = client_arguments(name, region=region, api_key=api_key, **kwargs)
        if provider.azure:
            from .lib.azure import AsyncAzureOpenAI

            return AsyncAzureOpenAI(**arguments)
        return cls(**arguments)

    @cached_property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        return AsyncOpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamedResponse:
        return AsyncOpenAIWithStreamedResponse(self)


Client = OpenAI
AsyncClient = AsyncOpenAI
