"""Public page classes (``from openwire.pagination import SyncCursorPage``)."""

from ._async.pagination import (
    AsyncConversationCursorPage,
    AsyncCursorPage,
    AsyncNextCursorPage,
    AsyncPage,
    BaseAsyncPage,
)
from ._page_base import BasePage, PageInfo
from ._sync.pagination import (
    BaseSyncPage,
    SyncConversationCursorPage,
    SyncCursorPage,
    SyncNextCursorPage,
    SyncPage,
)

__all__ = [
    "PageInfo",
    "BasePage",
    "BaseSyncPage",
    "BaseAsyncPage",
    "SyncPage",
    "AsyncPage",
    "SyncCursorPage",
    "AsyncCursorPage",
    "SyncConversationCursorPage",
    "AsyncConversationCursorPage",
    "SyncNextCursorPage",
    "AsyncNextCursorPage",
]
