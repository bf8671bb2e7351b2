"""``Response.output_text``: the text of a Responses API answer, as one string.

The generated ``Response`` model inherits :class:`ResponseOutputTextMixin` (see
``codegen/config/<family>.yaml``); this module imports nothing heavy, since every import of the model
imports it.
"""

from __future__ import annotations

__all__ = ["ResponseOutputTextMixin", "output_text"]


def output_text(response: object) -> str:
    """Every ``output_text`` part of every ``message`` item of ``response.output``, joined.

    Read by attribute and tolerant of partial objects (a stream snapshot, an item the lenient
    parser kept raw), so it never raises on a server payload.
    """
    texts = []
    for item in getattr(response, "output", None) or ():
        if getattr(item, "type", None) != "message":
            continue
        for part in getattr(item, "content", None) or ():
            text = getattr(part, "text", None)
            if getattr(part, "type", None) == "output_text" and isinstance(text, str):
                texts.append(text)
    return "".join(texts)


class ResponseOutputTextMixin:
    @property
    def output_text(self) -> str:
        """The text of all ``output_text`` content parts of the output messages, concatenated
        (an empty string when the response has none)."""
        return output_text(self)
