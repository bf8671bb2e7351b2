"""Merging streamed deltas of fields the SDK does not model (``reasoning_content`` and other
provider extensions): strings are continued, objects merged key by key, lists of indexed
objects merged by ``index`` and other lists extended. Identity fields (``id``, ``type``,
``index``, ``role``) and scalars take the latest value instead of being concatenated.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping

__all__ = ["merge_value", "merge_extras", "IDENTITY_KEYS"]

# ``format``: OpenRouter repeats a reasoning block's format (``"anthropic-claude-v1"``) in every delta.
IDENTITY_KEYS = frozenset({"id", "type", "index", "role", "object", "created", "model", "expires_at", "format"})


def merge_value(old: Any, new: Any, *, key: str = "") -> Any:
    """``new`` (one delta) applied to ``old`` (what accumulated so far)."""
    if new is None:
        return old
    if old is None or key in IDENTITY_KEYS:
        return new
    if isinstance(old, str) and isinstance(new, str):
        return old + new
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        merged: Dict[str, Any] = dict(old)
        for name, value in new.items():
            merged[name] = merge_value(merged.get(name), value, key=name)
        return merged
    if isinstance(old, list) and isinstance(new, list):
        return _merge_list(old, new)
    return new


def _merge_list(old: List[Any], new: List[Any]) -> List[Any]:
    merged = list(old)
    for item in new:
        index = item.get("index") if isinstance(item, Mapping) else None
        if isinstance(index, int):
            for position, existing in enumerate(merged):
                if isinstance(existing, Mapping) and existing.get("index") == index:
                    merged[position] = merge_value(existing, item)
                    break
            else:
                merged.append(item)
        else:
            merged.append(item)
    return merged


def merge_extras(target: Any, extras: Mapping[str, Any] | None, *, first_wins: bool = False) -> None:
    """Apply a delta's unknown fields (``model_extra``) to ``target``'s unknown fields."""
    if not extras:
        return
    store = target.__pydantic_extra__
    if store is None:
        return
    for name, value in extras.items():
        if first_wins:
            if store.get(name) is None:
                store[name] = value
        else:
            store[name] = merge_value(store.get(name), value, key=name)
