"""Embeddings: vectors for texts, a tiny semantic search, base64 transfer and shorter vectors.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process), whose
vectors are deterministic but carry no meaning; with a key it calls the real API.
"""

from __future__ import annotations

import base64
import math
import os
import struct
import sys
from typing import List, Sequence

from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

MODEL = "text-embedding-3-small"
DOCUMENTS = [
    "The cat sleeps on the warm windowsill.",
    "Stock markets fell sharply on Monday.",
    "A recipe for a quick tomato soup.",
    "Kittens love to nap in the sun.",
]


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def main() -> int:
    with make_client() as client:
        # One request embeds a whole list; `data` keeps the order of the input.
        result = client.embeddings.create(model=MODEL, input=DOCUMENTS)
        vectors: List[List[float]] = [item.embedding for item in result.data]
        print(f"embedded {len(vectors)} documents: {len(vectors[0])} dimensions, {result.usage.total_tokens} tokens")

        query = "Where do cats like to sleep?"
        query_vector = client.embeddings.create(model=MODEL, input=query).data[0].embedding
        ranked = sorted(zip(DOCUMENTS, vectors, strict=True), key=lambda pair: -cosine(query_vector, pair[1]))
        print(f"query: {query}")
        for document, vector in ranked[:2]:
            print(f"  {cosine(query_vector, vector):+.3f}  {document}")

        # base64 halves the bytes on the wire: little-endian float32s, decoded here by hand.
        packed = client.embeddings.create(model=MODEL, input=query, encoding_format="base64").data[0].embedding
        if isinstance(packed, str):
            raw = base64.b64decode(packed)
            decoded = list(struct.unpack(f"<{len(raw) // 4}f", raw))
        else:  # a client that decodes base64 for you hands back floats already
            decoded = list(packed)
        same = all(math.isclose(x, y, rel_tol=1e-6) for x, y in zip(decoded, query_vector, strict=True))
        print(f"base64: {len(decoded)} floats, same as the float encoding: {same}")

        short = client.embeddings.create(model=MODEL, input=query, dimensions=8).data[0].embedding
        print(f"dimensions=8: {len(short)} floats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
