"""The module-level names of the 0.x SDK (``openwire.ChatCompletion``, ``openwire.Engine``, ...).

They still resolve, so that old code fails at the line that uses them with an explanation
instead of an ``AttributeError``: any attribute of one is the same placeholder
(``openwire.ChatCompletion.create``), and calling it raises :class:`APIRemovedInV1`.
"""

from __future__ import annotations

from typing import Any, NoReturn

from .._exceptions import OpenAIError

__all__ = ["APIRemovedInV1", "APIRemovedInV1Proxy", "SYMBOLS"]

# The names the reference keeps as placeholders, in its order.
SYMBOLS = (
    "Edit",
    "File",
    "Audio",
    "Image",
    "Model",
    "Engine",
    "Customer",
    "FineTune",
    "Embedding",
    "Completion",
    "Deployment",
    "Moderation",
    "ErrorObject",
    "FineTuningJob",
    "ChatCompletion",
)

_V1_HINTS = {
    "ChatCompletion": "client.chat.completions.create(...)",
    "Completion": "client.completions.create(...)",
    "Embedding": "client.embeddings.create(...)",
    "Moderation": "client.moderations.create(...)",
    "Image": "client.images.generate(...)",
    "Audio": "client.audio.transcriptions.create(...)",
    "File": "client.files.create(...)",
    "Model": "client.models.list()",
    "FineTuningJob": "client.fine_tuning.jobs.create(...)",
    "FineTune": "client.fine_tuning.jobs.create(...)",
}


class APIRemovedInV1(OpenAIError):
    """A 0.x module-level API (``openai.ChatCompletion.create(...)``) was used; 1.0 removed them."""

    def __init__(self, *, symbol: str) -> None:
        hint = _V1_HINTS.get(symbol)
        how = (
            f"the 1.x way is a method of a client, here `{hint}` on `client = openwire.OpenAI()`"
            if hint is not None
            else "the 1.x way is a method of a client (`client = openwire.OpenAI()`, then e.g. "
            "`client.chat.completions.create(...)`)"
        )
        super().__init__(
            f"`openwire.{symbol}` belongs to the 0.x interface of the OpenAI SDK, which was removed in 1.0: "
            f"{how}.\n"
            "To rewrite old code automatically, run `openai migrate` (from the reference SDK); "
            "to keep the old interface, pin `openai==0.28` instead."
        )
        self.symbol = symbol


class APIRemovedInV1Proxy:
    """Stands for a removed 0.x name: every attribute is this object again, and calling it raises."""

    __slots__ = ("_symbol",)

    def __init__(self, *, symbol: str) -> None:
        self._symbol = symbol

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # keep copy / pickle / inspect protocols honest
        return self

    def __call__(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise APIRemovedInV1(symbol=self._symbol)

    def __repr__(self) -> str:
        return f"<removed 0.x API openwire.{self._symbol}>"


def __getattr__(name: str) -> APIRemovedInV1Proxy:
    if name in SYMBOLS:
        proxy = APIRemovedInV1Proxy(symbol=name)
        globals()[name] = proxy
        return proxy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
