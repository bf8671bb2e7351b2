"""Deterministic moderation: a few trigger words per category flag the input."""

from __future__ import annotations

import hashlib
from typing import Any, Dict, List, Tuple

from ._params import invalid

__all__ = ["moderate", "CATEGORIES"]

# category -> (trigger words, whether the category also applies to images)
CATEGORIES: Dict[str, Tuple[Tuple[str, ...], bool]] = {
    "harassment": (("idiot", "loser"), False),
    "harassment/threatening": (("i will hurt you",), False),
    "hate": (("hateful",), False),
    "hate/threatening": (("exterminate",), False),
    "illicit": (("steal", "counterfeit"), False),
    "illicit/violent": (("build a bomb",), False),
    "self-harm": (("hurt myself",), True),
    "self-harm/intent": (("want to die",), True),
    "self-harm/instructions": (("how to self-harm",), True),
    "sexual": (("explicit",), True),
    "sexual/minors": (("sexual/minors",), False),
    "violence": (("kill", "attack"), True),
    "violence/graphic": (("gore",), True),
}


def _score(text: str, category: str, flagged: bool) -> float:
    digest = hashlib.sha256(f"{category}:{text}".encode()).digest()
    jitter = int.from_bytes(digest[:4], "little") / 2**32
    return round(0.9 + 0.09 * jitter if flagged else 0.001 * jitter, 6)


def _parts(raw: object) -> List[Tuple[str, List[str]]]:
    """One (text, input types) per result: each string alone, or one multimodal input together."""
    if isinstance(raw, str):
        return [(raw, ["text"])]
    if isinstance(raw, list) and raw and all(isinstance(item, str) for item in raw):
        return [(item, ["text"]) for item in raw]
    if isinstance(raw, list) and raw and all(isinstance(item, dict) for item in raw):
        texts, kinds = [], []
        for index, item in enumerate(raw):
            if item.get("type") == "text":
                texts.append(str(item.get("text", "")))
                kinds.append("text")
            elif item.get("type") == "image_url":
                kinds.append("image")
            else:
                raise invalid(f"input[{index}].type", "Each input item must be of type 'text' or 'image_url'.")
        return [(" ".join(texts), sorted(set(kinds), key=kinds.index))]
    raise invalid("input", "'input' must be a string, an array of strings or an array of input objects.")


def moderate(raw: object) -> List[Dict[str, Any]]:
    results = []
    for text, kinds in _parts(raw):
        lowered = text.lower()
        categories: Dict[str, bool] = {}
        scores: Dict[str, float] = {}
        applied: Dict[str, List[str]] = {}
        for category, (words, takes_images) in CATEGORIES.items():
            hit = any(word in lowered for word in words)
            categories[category] = hit
            scores[category] = _score(text, category, hit)
            applied[category] = [kind for kind in kinds if kind == "text" or takes_images]
        results.append(
            {
                "flagged": any(categories.values()),
                "categories": categories,
                "category_scores": scores,
                "category_applied_input_types": applied,
            }
        )
    return results
