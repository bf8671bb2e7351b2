"""Testing an application offline: the pytest plugin, and the embedded server's names.

The server itself is :mod:`openwire.local`; its names are re-exported here, so imports written
for earlier releases (``from openwire.testing import LocalServer``) keep working. The plugin is
opt-in: ``pytest -p openwire.testing.pytest_plugin`` or ``pytest_plugins = ["openwire.testing.pytest_plugin"]``.
"""

from __future__ import annotations

from typing import Any

from ..local import __all__ as _LOCAL_NAMES

__all__ = list(_LOCAL_NAMES)


def __getattr__(name: str) -> Any:
    if name not in _LOCAL_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .. import local

    value = getattr(local, name)
    globals()[name] = value
    return value


def __dir__() -> "list[str]":
    return sorted(__all__)
