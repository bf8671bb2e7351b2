"""What the stand-in model computes from text: token counts and embedding vectors (deterministic)."""

from __future__ import annotations

import hashlib
import struct
from typing import List

__all__ = ["count_tokens", "embed_text"]


def embed_text(text: str, dimensions: int) -> List[float]:
    """A deterministic unit vector derived from the text (same text, same vector)."""
    digest = b""
    counter = 0
    while len(digest) < dimensions * 4:
        digest += hashlib.sha256(f"{counter}:{text}".encode()).digest()
        counter += 1
    raw = [int.from_bytes(digest[i * 4 : i * 4 + 4], "little") / 2**32 - 0.5 for i in range(dimensions)]
    norm = sum(x * x for x in raw) ** 0.5 or 1.0
    # Round-trip through float32 so float and base64 encodings give the same numbers.
    return list(struct.unpack(f"<{dimensions}f", struct.pack(f"<{dimensions}f", *(x / norm for x in raw))))


def count_tokens(text: str) -> int:
    """A stand-in tokenizer: about one token per word, at least one for non-empty text."""
    return max(len(text.split()), 1 if text else 0)
