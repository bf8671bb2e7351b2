"""Page models and their cursor rules (no I/O). The sync and async page classes add fetching."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, List, Mapping, Optional, TypeVar

from pydantic import PrivateAttr

from ._models import BaseModel

if TYPE_CHECKING:
    from ._base_client import BaseClient
    from ._options import FinalRequestOptions

__all__ = ["PageInfo", "BasePage", "cursor_page_info"]

_T = TypeVar("_T")


class PageInfo:
    """Where the next page is: extra query ``params`` for the same request."""

    def __init__(self, *, params: Optional[Mapping[str, object]] = None) -> None:
        self.params: Mapping[str, object] = params or {}

    def __repr__(self) -> str:
        return f"PageInfo(params={dict(self.params)!r})"


class BasePage(BaseModel, Generic[_T]):
    _client: Any = PrivateAttr(default=None)
    _options: Any = PrivateAttr(default=None)

    def _set_pagination(self, client: "BaseClient[Any]", options: "FinalRequestOptions") -> None:
        self._client = client
        self._options = options

    def _get_page_items(self) -> List[_T]:
        raise NotImplementedError

    def next_page_info(self) -> Optional[PageInfo]:
        return None

    def has_next_page(self) -> bool:
        if not self._get_page_items():
            return False
        return self.next_page_info() is not None

    def _previous_cursor(self) -> object:
        params = getattr(self._options, "params", None) or {}
        return params.get("after")

    def _next_page_options(self) -> "FinalRequestOptions":
        info = self.next_page_info()
        if info is None or self._options is None:
            raise RuntimeError("No next page: check has_next_page() before get_next_page()")
        options: "FinalRequestOptions" = self._options
        return options.copy_with(params={**(options.params or {}), **info.params})


def cursor_page_info(cursor: object, has_more: Optional[bool], previous: object) -> Optional[PageInfo]:
    """The next page of a cursor list, or ``None``: no more, no cursor, or a cursor that did not move.

    A missing ``has_more`` means "maybe": we go on while the cursor advances, so a server that
    repeats a page cannot make iteration loop forever.
    """
    if has_more is False or not cursor or cursor == previous:
        return None
    return PageInfo(params={"after": cursor})
