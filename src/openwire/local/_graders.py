"""Grading an eval's items, with no I/O: templates (``{{ item.answer }}``) and the graders the server runs.

``string_check`` (``eq``, ``ne``, ``like``: contains, ``ilike``: contains ignoring case) and
``text_similarity`` with ``fuzzy_match`` are computed exactly. The graders that need a model
or a sandbox (``label_model``, ``score_model``, ``python``, ``multi``) and the other similarity
metrics give an error result, so a run counts those items as ``errored`` instead of inventing
a score.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from typing import Any, Dict, Mapping, Optional

__all__ = ["Grade", "render", "grade"]

_PLACEHOLDER = re.compile(r"\{\{\s*([\w.\[\]-]+)\s*\}\}")


@dataclass
class Grade:
    """One criterion's verdict on one item; ``error`` set when it could not be graded."""

    name: str
    type: str
    score: float
    passed: bool
    error: Optional[str] = None

    def result(self) -> Dict[str, Any]:
        return {"name": self.name, "type": self.type, "score": self.score, "passed": self.passed, "sample": None}


def _lookup(namespace: Mapping[str, Any], path: str) -> Any:
    value: Any = namespace
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return ""
    return value


def render(template: str, namespace: Mapping[str, Any]) -> str:
    """``template`` with each ``{{ path }}`` replaced by the value at ``path`` (objects as JSON, missing as "")."""

    def value(match: "re.Match[str]") -> str:
        found = _lookup(namespace, match.group(1))
        return found if isinstance(found, str) else json.dumps(found)

    return _PLACEHOLDER.sub(value, template)


def _string_check(criterion: Mapping[str, Any], left: str, right: str) -> bool:
    operation = criterion.get("operation")
    if operation == "eq":
        return left == right
    if operation == "ne":
        return left != right
    if operation == "like":
        return right in left
    if operation == "ilike":
        return right.lower() in left.lower()
    raise ValueError(f"unknown string_check operation {operation!r}")


def grade(criterion: Mapping[str, Any], namespace: Mapping[str, Any]) -> Grade:
    """How ``criterion`` (a testing criterion as stored on the eval) judges one item and its sample."""
    name, kind = str(criterion.get("name", "")), str(criterion.get("type", ""))
    if kind == "string_check":
        left = render(str(criterion.get("input", "")), namespace)
        right = render(str(criterion.get("reference", "")), namespace)
        passed = _string_check(criterion, left, right)
        return Grade(name, kind, 1.0 if passed else 0.0, passed)
    if kind == "text_similarity" and criterion.get("evaluation_metric") == "fuzzy_match":
        left = render(str(criterion.get("input", "")), namespace)
        right = render(str(criterion.get("reference", "")), namespace)
        score = round(difflib.SequenceMatcher(None, left, right).ratio(), 4)
        return Grade(name, kind, score, score >= float(criterion.get("pass_threshold", 1.0)))
    what = kind if kind != "text_similarity" else f"text_similarity ({criterion.get('evaluation_metric')})"
    return Grade(name, kind, 0.0, False, f"The openwire local server does not run {what} graders.")
