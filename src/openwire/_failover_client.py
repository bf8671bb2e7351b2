"""The failover clients: ``OpenAI``'s interface over an ordered list of routes.

Apart from ``_client.py`` so that loading ``openwire.OpenAI`` does not load failover.
"""

from __future__ import annotations

from ._client import AsyncOpenAI, OpenAI
from .lib._async.failover import AsyncFailoverClient
from .lib._sync.failover import FailoverClient

__all__ = ["FailoverOpenAI", "AsyncFailoverOpenAI"]


class FailoverOpenAI(FailoverClient, OpenAI):
    """``OpenAI`` whose every request walks its routes: ``FailoverOpenAI([Route(primary),
    Route(fallback, model="qwen-plus")], policy=FailoverPolicy(...))`` (see ``openwire.lib.failover``)."""


class AsyncFailoverOpenAI(AsyncFailoverClient, AsyncOpenAI):
    """``AsyncOpenAI`` whose every request walks its routes (see ``openwire.lib.failover``)."""
