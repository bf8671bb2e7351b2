"""The reference's ``openai._legacy_response`` module, for libraries that import from it.

litellm imports ``HttpxBinaryResponseContent`` (and subclasses it) and ``LegacyAPIResponse``
at import time; logfire imports ``LegacyAPIResponse``. Both are openwire's own classes, re-exported.
"""

from __future__ import annotations

from ._binary import HttpxBinaryResponseContent
from ._raw_response import LegacyAPIResponse

__all__ = ["HttpxBinaryResponseContent", "LegacyAPIResponse"]
