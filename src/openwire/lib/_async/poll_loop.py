# unasync: source of lib/_sync/poll_loop.py
"""The loop of every polling helper (videos, runs, vector-store files and batches): retrieve until
the object is final, waiting between polls as ``lib/polling.py``'s ``poll_delay`` says: for the
first non-final reply, then keeping that wait (as the reference does), or for each reply
(``keep_first_delay=False``: the vector-store helpers, a documented difference)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Awaitable, Callable, Optional, TypeVar, Union

from ... import _io
from ..._types import Omit
from ..polling import poll_delay

if TYPE_CHECKING:
    from ..._raw_response import LegacyAPIResponse

__all__ = ["poll_until_final"]

_T = TypeVar("_T")


async def poll_until_final(
    retrieve: Callable[[], Awaitable[LegacyAPIResponse[_T]]],
    pending: Callable[[_T], bool],
    poll_interval_ms: Union[int, Omit],
    *,
    keep_first_delay: bool = True,
) -> _T:
    """Call ``retrieve`` until ``pending`` is false for what it returns; return that."""
    delay: Optional[float] = None
    while True:
        response = await retrieve()
        item = response.parse()
        if not pending(item):
            return item
        if delay is None or not keep_first_delay:
            delay = poll_delay(poll_interval_ms, response.headers)
        await _io.asleep(delay)
