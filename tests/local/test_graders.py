"""The local server's graders: templates and string checks, with no server."""

from __future__ import annotations

import pytest

from openwire.local._graders import grade, render

NAMESPACE = {"item": {"answer": "Paris", "tags": ["a", "b"]}, "sample": {"output_text": "I think paris"}}


def test_render_fills_paths_and_leaves_missing_empty() -> None:
    assert render("{{ item.answer }}/{{item.tags.1}}/{{ item.nope }}", NAMESPACE) == "Paris/b/"
    assert render("{{ item.tags }}", NAMESPACE) == '["a", "b"]'


@pytest.mark.parametrize(("operation", "passed"), [("eq", False), ("ne", True), ("like", False), ("ilike", True)])
def test_string_check_operations(operation: str, passed: bool) -> None:
    criterion = {
        "type": "string_check",
        "name": "c",
        "input": "{{ sample.output_text }}",
        "reference": "{{ item.answer }}",
        "operation": operation,
    }
    result = grade(criterion, NAMESPACE)
    assert (result.passed, result.score, result.error) == (passed, 1.0 if passed else 0.0, None)


def test_fuzzy_match_uses_the_threshold_and_other_metrics_error() -> None:
    criterion = {
        "type": "text_similarity",
        "name": "t",
        "input": "{{ sample.output_text }}",
        "reference": "I think Paris",
        "evaluation_metric": "fuzzy_match",
        "pass_threshold": 0.9,
    }
    close = grade(criterion, NAMESPACE)
    assert close.passed and 0.9 <= close.score < 1
    assert not grade({**criterion, "pass_threshold": 0.99}, NAMESPACE).passed
    assert grade({**criterion, "evaluation_metric": "bleu"}, NAMESPACE).error
