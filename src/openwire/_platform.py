"""The platform headers (``X-Stainless-*``) the reference SDK sends, which servers and proxies read.

Static ones (language, package version, OS, architecture, runtime) are computed once per
process and merged into each client's default headers; the per-attempt ones (retry count,
read timeout, async library) are added while building each request.

Turning them off: ``OPENWIRE_PLATFORM_HEADERS=0`` (read when a client is created) drops all of
them; ``default_headers={"X-Stainless-OS": omit}`` (or ``extra_headers=`` on one call) drops or
overrides one name.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from typing import Dict

from ._version import __version__

__all__ = ["platform_headers", "platform_headers_enabled", "RETRY_COUNT", "READ_TIMEOUT", "ASYNC"]

PREFIX = "x-stainless-"
RETRY_COUNT = "x-stainless-retry-count"
READ_TIMEOUT = "x-stainless-read-timeout"
ASYNC = "x-stainless-async"
HELPER_METHOD = "X-Stainless-Helper-Method"
POLL_HELPER = "X-Stainless-Poll-Helper"
CUSTOM_POLL_INTERVAL = "X-Stainless-Custom-Poll-Interval"

_OFF = ("0", "false", "no", "off")


def platform_headers_enabled() -> bool:
    """False when ``OPENWIRE_PLATFORM_HEADERS`` is ``0``/``false``/``no``/``off``."""
    return os.environ.get("OPENWIRE_PLATFORM_HEADERS", "1").strip().lower() not in _OFF


@cache
def platform_headers() -> Dict[str, str]:
    """The static platform headers, lower-cased names (computed once per process)."""
    import platform

    return {
        "x-stainless-lang": "python",
        "x-stainless-package-version": __version__,
        "x-stainless-os": _os_name(platform.system()),
        "x-stainless-arch": _arch_name(platform.machine()),
        "x-stainless-runtime": platform.python_implementation(),
        "x-stainless-runtime-version": platform.python_version(),
    }


def _os_name(system: str) -> str:
    lowered = system.lower()
    if lowered == "darwin":
        return "MacOS"
    if lowered.startswith("win") or lowered.startswith("cygwin"):
        return "Windows"
    if lowered == "linux":
        # Android builds of CPython before 3.13 report "Linux"; they alone have this function.
        return "Android" if hasattr(sys, "getandroidapilevel") else "Linux"
    named = {"freebsd": "FreeBSD", "openbsd": "OpenBSD", "ios": "iOS", "android": "Android"}
    if lowered in named:
        return named[lowered]
    return f"Other:{system}" if system else "Unknown"


def _arch_name(machine: str) -> str:
    lowered = machine.lower()
    if lowered in ("x86_64", "amd64"):
        return "x64"
    if lowered in ("i386", "i486", "i586", "i686", "x86"):
        return "x32"
    if lowered in ("arm64", "aarch64"):
        return "arm64"
    if lowered.startswith("arm"):
        return "arm"
    return f"other:{machine}" if machine else "unknown"


def async_library() -> str:
    """``async:asyncio`` or ``async:trio``: the header value of the async client."""
    import sniffio

    try:
        return f"async:{sniffio.current_async_library()}"
    except sniffio.AsyncLibraryNotFoundError:
        return "async:unknown"
