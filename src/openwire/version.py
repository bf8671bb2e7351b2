"""``openwire.version.VERSION``: the package version, where the reference keeps it (``openai.version``)."""

from ._version import __version__

VERSION: str = __version__

__all__ = ["VERSION"]
