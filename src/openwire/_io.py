"""The few I/O primitives whose sync and async forms differ by more than a keyword.

The async source in ``_async/`` calls the ``a``-prefixed names; the unasync script rewrites
them to the plain names, so this module is the only place both forms live side by side.
"""

from __future__ import annotations

import time

__all__ = ["sleep", "asleep"]


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def asleep(seconds: float) -> None:
    # anyio works under asyncio and trio alike; imported here so `import openwire` stays light.
    import anyio

    await anyio.sleep(seconds)
