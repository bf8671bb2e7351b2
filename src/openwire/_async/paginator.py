# unasync: async-only module (the sync client returns pages directly)
"""``AsyncPaginator``: what async list methods return (async-only; not unasynced).

``await paginator`` gives the first page; ``async for item in paginator`` walks every page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, AsyncIterator, Generator, Generic, Protocol, Type, TypeVar

from .pagination import BaseAsyncPage

if TYPE_CHECKING:
    from .._options import FinalRequestOptions

__all__ = ["AsyncPaginator"]

_T = TypeVar("_T")
AsyncPageT = TypeVar("AsyncPageT", bound=BaseAsyncPage[Any])
_R = TypeVar("_R")


class _Requester(Protocol):
    """The client (``AsyncAPIClient``) as the paginator uses it."""

    async def request(self, cast_to: Type[_R], options: FinalRequestOptions) -> _R: ...


class AsyncPaginator(Generic[_T, AsyncPageT]):
    def __init__(
        self, client: _Requester, options: "FinalRequestOptions", page_cls: Type[AsyncPageT], model: Type[_T]
    ) -> None:
        self._client = client
        self._options = options
        self._page_cls = page_cls
        self._model = model

    def __await__(self) -> Generator[Any, None, AsyncPageT]:
        return self._get_page().__await__()

    async def _get_page(self) -> AsyncPageT:
        page: AsyncPageT = await self._client.request(self._page_cls, self._options)
        return page

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self
        async for item in page:
            yield item
