"""The few I/O primitives whose sync and async forms differ by more than a keyword.

The async source in ``_async/`` calls the ``a``-prefixed names; the unasync script rewrites
them to the plain names, so this module is the only place both forms live side by side.
"""

from __future__ import annotations

import os
import time
from typing import Any, AsyncIterator, Awaitable, Callable, Iterator, List, Optional, Sequence, TypeVar, Union, cast

__all__ = [
    "sleep",
    "asleep",
    "run_all",
    "arun_all",
    "read_range",
    "aread_range",
    "drain_tail",
    "adrain_tail",
    "write_stream",
    "awrite_stream",
]

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


def drain_tail(response: Any, chunks: Iterator[bytes], seconds: float, limit: int) -> bool:
    """Read the rest of a body that should be over (the stream's end marker came) if it comes at
    once: what is buffered, or arrives within ``seconds``, up to ``limit`` bytes.

    ``True`` when the body ended (its connection can serve another request); ``False`` when it
    did not end in time, was too long or broke off: the caller closes the response, which
    closes that connection. Never raises a transport error. A blocking read cannot be given a
    shorter timeout here, so each read waits for the socket to be readable first; without a
    socket to watch (another transport), the tail is not read at all.
    """
    from ._exceptions import transport_errors

    ready = _readiness(response)
    if ready is None:
        return False
    deadline = time.monotonic() + seconds
    try:
        while True:
            if not ready(deadline - time.monotonic()):
                return False
            chunk = next(chunks, None)
            if chunk is None:
                return True
            limit -= len(chunk)
            if limit < 0:
                return False
    except transport_errors():
        return False  # the connection broke after the end: nothing is lost


async def adrain_tail(response: Any, chunks: AsyncIterator[bytes], seconds: float, limit: int) -> bool:
    """:func:`drain_tail` for async streams: reading is cancelled after ``seconds``."""
    import anyio

    from ._exceptions import transport_errors

    try:
        with anyio.move_on_after(seconds):
            async for chunk in chunks:
                limit -= len(chunk)
                if limit < 0:
                    return False
            return True
    except transport_errors():
        return False  # the connection broke after the end: nothing is lost
    return False


def _readiness(response: Any) -> Optional[Callable[[float], bool]]:
    """``ready(timeout)``: whether reading the body of ``response`` returns without waiting,
    either from data already received (in h11's buffer, or TLS's) or from the socket."""
    import select

    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is None:
        return None
    parser = _h11_state(response)

    def ready(timeout: float) -> bool:
        # h11 keeps the CRLF that closes a chunk's data until the next read: not news.
        if parser is not None and parser.trailing_data[0].lstrip(b"\r\n"):
            return True
        pending = getattr(sock, "pending", None)  # an ssl.SSLSocket's decrypted bytes
        if pending is not None and pending():
            return True
        try:
            return bool(select.select([sock], [], [], max(0.0, timeout))[0])
        except (OSError, ValueError):
            return False

    return ready


def _h11_state(response: Any) -> Any:
    """The h11 connection reading ``response`` (httpcore's HTTP/1.1), or ``None``.

    httpcore keeps it behind a few wrappers; found by walking them, so a change of layout in
    httpx or httpcore only costs the reuse of a connection whose last bytes arrived early.
    """
    node = response.stream
    for _ in range(8):
        state = getattr(node, "_h11_state", None)
        if state is not None:
            return state if hasattr(state, "trailing_data") else None
        for name in ("_stream", "_httpcore_stream", "_connection"):
            inner = getattr(node, name, None)
            if inner is not None:
                node = inner
                break
        else:
            return None
    return None


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
