"""The few I/O primitives whose sync and async forms differ by more than a keyword.

The async source in ``_async/`` calls the ``a``-prefixed names; the unasync script rewrites
them to the plain names, so this module is the only place both forms live side by side.
"""

from __future__ import annotations

import os
import time
from typing import AsyncIterator, Awaitable, Callable, Iterator, List, Optional, Sequence, TypeVar, Union, cast

__all__ = ["sleep", "asleep", "run_all", "arun_all", "read_range", "aread_range", "write_stream", "awrite_stream"]

_T = TypeVar("_T")


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    # anyio works under asyncio and trio alike; imported here so `import openwire` stays light.
    import anyio

    await anyio.sleep(seconds)


def run_all(calls: Sequence[Callable[[], _T]], limit: int) -> List[_T]:
    """Run ``calls`` at most ``limit`` at a time (in threads); results in the order of ``calls``.

    The first failure is raised once the calls already running have ended; calls not started
    yet are dropped.
    """
    if limit <= 1 or len(calls) <= 1:
        return [call() for call in calls]
    from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

    with ThreadPoolExecutor(max_workers=min(limit, len(calls)), thread_name_prefix="openwire") as pool:
        futures = [pool.submit(call) for call in calls]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        errors = [error for future in futures if future in done and (error := future.exception()) is not None]
        if errors:
            for future in futures:
                future.cancel()
            raise errors[0]  # leaving the pool first waits for the calls still running
        return [future.result() for future in futures]


async def arun_all(calls: Sequence[Callable[[], Awaitable[_T]]], limit: int) -> List[_T]:
    """Run ``calls`` at most ``limit`` at a time (tasks); results in the order of ``calls``.

    The first failure cancels the other calls and is raised as is (not in an exception group).
    """
    import anyio

    results: List[Optional[_T]] = [None] * len(calls)
    errors: List[Exception] = []
    limiter = anyio.CapacityLimiter(max(1, limit))

    async with anyio.create_task_group() as group:

        async def run(index: int, call: Callable[[], Awaitable[_T]]) -> None:
            try:
                async with limiter:
                    results[index] = await call()
            except Exception as error:  # cancellation is a BaseException: it passes through
                errors.append(error)
                group.cancel_scope.cancel()

        for index, call in enumerate(calls):
            group.start_soon(run, index, call)
    if errors:
        raise errors[0]
    return cast(List[_T], results)


def read_range(path: "os.PathLike[str] | str", offset: int, size: int) -> bytes:
    """``size`` bytes of the file at ``path`` from ``offset``."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        return handle.read(size)


async def aread_range(path: "os.PathLike[str] | str", offset: int, size: int) -> bytes:
    """:func:`read_range` in a worker thread, so the event loop keeps running."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(read_range, path, offset, size)


def write_stream(path: Union[str, "os.PathLike[str]"], chunks: Iterator[bytes]) -> None:
    """Write ``chunks`` to the file at ``path`` as they come (a streamed body to disk)."""
    with open(path, "wb") as file:
        for chunk in chunks:
            file.write(chunk)


async def awrite_stream(path: Union[str, "os.PathLike[str]"], chunks: AsyncIterator[bytes]) -> None:
    """Like :func:`write_stream`, without blocking the event loop on the file."""
    import anyio

    async with await anyio.open_file(path, "wb") as file:
        async for chunk in chunks:
            await file.write(chunk)
