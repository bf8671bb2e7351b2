# unasync: source of _sync/pagination.py
"""Page classes with auto-pagination.

One source for sync and async: ``scripts/unasync.py`` writes the sync twin.
"""

from __future__ import annotations

from typing import Any, AsyncIterator, Generic, List, Optional, TypeVar

from .._page_base import BasePage, PageInfo, cursor_page_info

__all__ = ["BaseAsyncPage", "AsyncPage", "AsyncCursorPage", "AsyncConversationCursorPage", "AsyncNextCursorPage"]

_T = TypeVar("_T")


class BaseAsyncPage(BasePage[_T], Generic[_T]):
    async def __aiter__(self) -> AsyncIterator[_T]:  # type: ignore[override]
        """Every item of this page and of the pages after it."""
        async for page in self.iter_pages():
            for item in page._get_page_items():
                yield item

    async def iter_pages(self) -> AsyncIterator["BaseAsyncPage[_T]"]:
        page: BaseAsyncPage[_T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def get_next_page(self) -> "BaseAsyncPage[_T]":
        options = self._next_page_options()
        next_page: BaseAsyncPage[_T] = await self._client.request(type(self), options)
        return next_page


class AsyncPage(BaseAsyncPage[_T], Generic[_T]):
    """A complete list in one response: there is no next page."""

    data: List[_T]
    object: str

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def next_page_info(self) -> Optional[PageInfo]:
        return None


class AsyncCursorPage(BaseAsyncPage[_T], Generic[_T]):
    """A list whose next page starts ``after`` the id of this page's last item."""

    data: List[_T]
    has_more: Optional[bool] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        return self.has_more is not False and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        items = self._get_page_items()
        last: Any = items[-1] if items else None
        return cursor_page_info(getattr(last, "id", None), self.has_more, self._previous_cursor())


class AsyncConversationCursorPage(BaseAsyncPage[_T], Generic[_T]):
    """A list whose next page starts ``after`` the response's ``last_id``."""

    data: List[_T]
    has_more: Optional[bool] = None
    last_id: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        return self.has_more is not False and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return cursor_page_info(self.last_id, self.has_more, self._previous_cursor())


class AsyncNextCursorPage(BaseAsyncPage[_T], Generic[_T]):
    """A list whose next page starts ``after`` the response's ``next`` cursor (admin groups, roles)."""

    data: List[_T]
    has_more: Optional[bool] = None
    next: Optional[str] = None

    def _get_page_items(self) -> List[_T]:
        return self.data or []

    def has_next_page(self) -> bool:
        return self.has_more is not False and super().has_next_page()

    def next_page_info(self) -> Optional[PageInfo]:
        return cursor_page_info(self.next, self.has_more, self._previous_cursor())
