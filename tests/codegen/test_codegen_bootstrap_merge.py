"""Re-running ``codegen.bootstrap`` keeps the hand-written keys of the config."""

from __future__ import annotations

from codegen.bootstrap import carry_hand_written


def test_hand_written_keys_survive_a_rebuild() -> None:
    old = {
        "resources": {
            "chat.completions": {"cls": "Old", "mixin": "lib.mixins:H", "raw_helpers": ["parse"]},
            "vector_stores": {"headers": {"OpenAI-Beta": "assistants=v2"}},
            "gone": {"mixin": "lib.x:Y"},
        },
        "types": {
            "chat.chat_completion_message": {
                "ChatCompletionMessage": {"kind": "model", "mixin": "lib.messages:M", "literals": ["x"]}
            },
            "responses.response": {"Response": {"kind": "model", "mixin": "lib._output_text:M", "skip": ["x"]}},
        },
    }
    new = {
        "resources": {"chat.completions": {"cls": "New"}, "vector_stores": {"cls": "VectorStores"}},
        "types": {
            "chat.chat_completion_message": {"ChatCompletionMessage": {"kind": "model", "schema": "S"}},
            "responses.response": {"Response": {"kind": "model", "schema": "R"}},
        },
    }
    carry_hand_written(new, old)
    assert new["resources"]["chat.completions"] == {"cls": "New", "mixin": "lib.mixins:H", "raw_helpers": ["parse"]}
    assert new["resources"]["vector_stores"]["headers"] == {"OpenAI-Beta": "assistants=v2"}
    assert "gone" not in new["resources"]  # a resource the surface no longer has is not revived
    message = new["types"]["chat.chat_completion_message"]["ChatCompletionMessage"]
    assert message == {"kind": "model", "schema": "S", "mixin": "lib.messages:M"}
    # Only the hand-written keys: the rest (``skip`` here) is the surface's to decide.
    assert new["types"]["responses.response"]["Response"] == {
        "kind": "model",
        "schema": "R",
        "mixin": "lib._output_text:M",
    }
