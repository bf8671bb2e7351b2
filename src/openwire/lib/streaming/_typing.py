"""Type-level names shared by the sync and async stream helpers.

``StreamRequest`` / ``AsyncStreamRequest``: what a stream manager is given to open its
stream, the sync one a function to call on ``__enter__``, the async one an awaitable to await
on ``__aenter__`` (as in the reference SDK); named so that ``scripts/unasync.py`` maps one to
the other.

``ResponseFormatT`` / ``TextFormatT`` default to ``None``: a stream opened without a model
format is a ``ChatCompletionStream[None]``, not one a type checker cannot name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Awaitable, Callable

from typing_extensions import TypeAlias, TypeVar

if TYPE_CHECKING:
    from ..._async.streaming import AsyncStream
    from ..._sync.streaming import Stream

__all__ = ["StreamRequest", "AsyncStreamRequest", "ResponseFormatT", "TextFormatT"]

_T = TypeVar("_T")
ResponseFormatT = TypeVar("ResponseFormatT", default=None)
TextFormatT = TypeVar("TextFormatT", default=None)

StreamRequest: TypeAlias = Callable[[], "Stream[_T]"]
AsyncStreamRequest: TypeAlias = Awaitable["AsyncStream[_T]"]
