"""Every example runs offline against the embedded local server and says what it did.

Each example runs in a subprocess without any provider key in its environment. The selected
examples start together (they mostly wait on sleeps and pipes), then each test checks its own
output. Where an example depends on an endpoint, the test asks the local server whether it
serves it: if it does, the example must show the real result; if not, the example must say
so plainly (and still exit 0).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, Optional, Tuple

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
# Provider settings an example would pick up instead of running offline.
_PROVIDER_ENV = (
    "OPENAI_",
    "AZURE_",
    "DEEPSEEK_",
    "DASHSCOPE_",
    "QWEN_",
    "OPENROUTER_",
    "MISTRAL_",
    "AWS_",
    "BEDROCK_",
    "DEEPSEEK_",
    "DASHSCOPE_",
    "QWEN_",
    "WEBHOOK_",
    "OPENWIRE_EXAMPLE_",
)
_PROVIDER_VARS = ("OPENWIRE_DEMO_MODEL", "OPENWIRE_IMAGE_MODEL")

pytestmark = pytest.mark.slow


def offline_env() -> Dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(_PROVIDER_ENV) and k not in _PROVIDER_VARS}


class Runs:
    """The example processes of this session, started together on first use."""

    def __init__(self, names: "list[str]") -> None:
        self._processes = {
            name: subprocess.Popen(
                [sys.executable, str(EXAMPLES / name)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=offline_env(),
                cwd=REPO,
            )
            for name in names
        }
        self._results: Dict[str, Tuple[int, str, str]] = {}

    def result(self, name: str) -> Tuple[int, str, str]:
        if name not in self._results:
            process = self._processes[name]
            stdout, stderr = process.communicate(timeout=180)
            self._results[name] = (process.returncode, stdout, stderr)
        return self._results[name]

    def stop(self) -> None:
        for process in self._processes.values():
            if process.poll() is None:
                process.kill()
                process.communicate()


@pytest.fixture(scope="module")
def runs(request: pytest.FixtureRequest) -> Iterator[Runs]:
    this_module = sys.modules[__name__]
    selected = {
        item.callspec.params["name"]
        for item in request.session.items
        if getattr(item, "module", None) is this_module and hasattr(item, "callspec")
    }
    runs = Runs(sorted(selected))
    yield runs
    runs.stop()


def output_of(runs: Runs, name: str) -> str:
    code, stdout, stderr = runs.result(name)
    assert code == 0, f"{name} exited with {code}\n{stdout}\n{stderr}"
    return stdout


# -- what the local server can do (asked in-process, as the examples would see it) ---------------


def _local(method: str, target: str, payload: Optional[Dict[str, Any]] = None) -> Tuple[int, Any]:
    from openwire.local import LocalAPI

    response = LocalAPI().handle(method, target, json.dumps(payload).encode() if payload is not None else b"")
    body = response.body if isinstance(response.body, bytes) else b"".join(response.body)
    try:
        return response.status, json.loads(body)
    except ValueError:
        return response.status, body


def serves(method: str, target: str) -> bool:
    """Whether the route exists (any answer but the 404 for an unknown URL)."""
    status, body = _local(method, target, {})
    return not (status == 404 and isinstance(body, dict) and body.get("error", {}).get("code") == "unknown_url")


def chat_message(**params: Any) -> Dict[str, Any]:
    payload = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}], **params}
    status, body = _local("POST", "/v1/chat/completions", payload)
    assert status == 200, body
    message: Dict[str, Any] = body["choices"][0]["message"]
    return message


def answers_json_schema() -> bool:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    content = chat_message(response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": schema}})
    try:
        return isinstance(json.loads(content.get("content") or ""), dict)
    except ValueError:
        return False


def calls_required_tools() -> bool:
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object", "properties": {}}}}
    return bool(chat_message(tools=[tool], tool_choice="required").get("tool_calls"))


NAMES = [
    "demo.py",
    "async_demo.py",
    "streaming.py",
    "structured_outputs.py",
    "tool_calling.py",
    "responses_api.py",
    "embeddings.py",
    "images.py",
    "audio.py",
    "files_and_fine_tuning.py",
    "azure.py",
    "bedrock.py",
    "deepseek.py",
    "qwen.py",
    "reasoning_roundtrip.py",
    "structured_outputs_anywhere.py",
    "failover.py",
    "webhook_receiver.py",
    "testing_your_app.py",
    "assistants_streaming.py",
    "evals.py",
    "videos.py",
    "batch_jobs.py",
    "realtime.py",
]


def test_every_example_is_tested() -> None:
    assert sorted(path.name for path in EXAMPLES.glob("*.py")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_example_runs_offline(name: str, runs: Runs) -> None:
    out = output_of(runs, name)
    CHECKS[name](out)


def check_demo(out: str) -> None:
    assert "embedded local server" in out
    assert "reply: You said: Say hello in five words." in out
    assert "stream: You said: Count to five." in out
    assert "embedding: 16 floats" in out
    assert "typed error: NotFoundError 404 model_not_found" in out


def check_async_demo(out: str) -> None:
    assert "concurrent: What is 2 + 2? -> You said: What is 2 + 2?" in out
    assert "3 requests in" in out
    assert "async stream: You said: Count to three." in out
    assert "raw response: 200 id chatcmpl-" in out


def check_streaming(out: str) -> None:
    assert "chunks: You said: Write a haiku about rivers." in out
    assert re.search(r"usage: \d+ tokens in \d+ chunks", out)
    assert "final: You said: Name three planets. (finish_reason=stop)" in out
    assert "stream closed: True" in out


def check_structured_outputs(out: str) -> None:
    if answers_json_schema():
        assert re.search(r"^parse: \d+ steps?, final answer: ", out, re.M), out
        assert re.search(r"^json_schema: \d+ steps?, final answer: ", out, re.M), out
    else:
        assert "note (parse): the server's answer is not JSON for the schema" in out


def check_tool_calling(out: str) -> None:
    if calls_required_tools():
        assert re.search(r'^tool call: get_weather\(\{"city": .*\}\) -> \{"city": ', out, re.M), out
    else:
        assert "note: the server answered without calling a tool" in out
    assert "answer: " in out


def check_responses_api(out: str) -> None:
    if serves("POST", "/v1/responses"):
        assert re.search(r"^answer: .+ \(completed, resp_", out, re.M), out
        assert "follow-up: " in out
        assert re.search(r"^events: response\.created \.\.\. response\.completed", out, re.M), out
        assert re.search(r"^deleted: resp_", out, re.M), out
    else:
        assert "note: this server has no Responses API yet (404 for POST /v1/responses)" in out


def check_embeddings(out: str) -> None:
    assert "embedded 4 documents: 16 dimensions" in out
    assert "base64: 16 floats, same as the float encoding: True" in out
    assert "dimensions=8: 8 floats" in out


def check_images(out: str) -> None:
    if serves("POST", "/v1/images/generations"):
        assert re.search(r"^b64_json: saved a \d+x\d+ PNG \(\d+ bytes\)", out, re.M), out
        assert "url: " in out
    else:
        assert "note: this server cannot make images yet (404 for POST /v1/images/generations)" in out


def check_audio(out: str) -> None:
    if serves("POST", "/v1/audio/speech"):
        assert re.search(r"^speech: fox\.wav, \d channel\(s\), \d+ Hz", out, re.M), out
        assert "transcript: " in out and "srt: 1" in out and "translation: " in out
    else:
        assert "note: this server has no audio endpoints yet (404 for POST /v1/audio/speech)" in out


def check_files_and_fine_tuning(out: str) -> None:
    if serves("POST", "/v1/files") and serves("POST", "/v1/fine_tuning/jobs"):
        assert re.search(r"^uploaded: doubling\.jsonl as file-\S+ \(\d+ bytes, purpose fine-tune\)", out, re.M), out
        assert "listed: True" in out
        assert "content: 10 lines, same bytes: True" in out
        assert re.search(r"^job status: (.* -> )?succeeded$", out, re.M), out
        assert "fine-tuned model: " in out
        assert "deleted file: file-" in out and out.rstrip().endswith("True")
    else:
        assert "note: this server has no files or fine-tuning endpoints yet" in out


def check_azure(out: str) -> None:
    assert "request: POST /v1/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21 (api-key header)" in out
    if serves("POST", "/v1/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21"):
        assert "reply: You said: Say hello from Azure." in out
        assert "stream: You said: Count to three." in out
    else:
        assert "note: this server does not serve Azure deployment URLs yet" in out


def check_bedrock(out: str) -> None:
    assert "stand-in for Bedrock (offline)" in out
    assert "request: POST /v1/chat/completions (bearer token)" in out
    assert out.count("reply: You said: Say hello from Bedrock.") == 2
    assert re.search(r"\(SigV4, scope \d{8}/us-east-1/bedrock-mantle/aws4_request, \d+ signed headers\)", out), out


def check_deepseek(out: str) -> None:
    assert "No DEEPSEEK_API_KEY: using the embedded local server (offline)." in out
    assert "deepseek-chat: You said: What is the boiling point of water at sea level?" in out
    assert "stream: You said: Count to five." in out
    assert "deepseek-reasoner: You said: Is 221 a prime number?" in out
    assert re.search(r"usage: \d+ in, \d+ out, 0 from the cache", out)
    assert re.search(r"reasoning: [1-9]\d* characters", out)  # the emulated reasoner thinks


def check_failover(out: str) -> None:
    assert "answer: You said: Name a river in China." in out
    assert re.search(r"served by: qwen \(qwen-plus\), \d+ tokens", out)
    assert out.count("failed first: deepseek (deepseek-chat) status 503") == 2
    assert "stream: You said: Count to three. (from qwen, 0 failed attempts)" in out


def check_qwen(out: str) -> None:
    assert "No DASHSCOPE_API_KEY: using the embedded local server (offline)." in out
    assert "qwen-plus: You said: Who are you, in one sentence?" in out
    assert re.search(r"thinking: [1-9]\d* characters of reasoning; answer: You said: Is 221 a prime number\?", out)
    assert re.search(r"usage: \d+ tokens", out)
    assert "embedding: 16 floats" in out


def check_reasoning_roundtrip(out: str) -> None:
    assert "using the embedded local server in DeepSeek mode (offline)" in out
    assert 'tool call: get_weather({"city": "Paris"})' in out
    assert re.search(r"conversation: sent back [1-9]\d* characters of reasoning_content", out)
    assert "conversation answer: You said: What's the weather in Paris right now?" in out
    assert "streamed answer: You said: What's the weather in Lyon right now?" in out
    assert "without reasoning_content: 400 Missing `reasoning_content` in messages[1]" in out


def check_structured_outputs_anywhere(out: str) -> None:
    for name, strategy, plain in [
        ("deepseek", "json_object", "rejected (400)"),
        ("ollama", "json_object", "ignored (ValidationError)"),
        ("openrouter", "tools", "ignored (ValidationError)"),
        ("mistral", "json_schema", "works"),
    ]:
        assert f"{name} (offline): json_schema OpenAI's way: {plain}" in out
        assert f"{name} via {strategy}: City(name='name', country='country', population=0)" in out


def check_webhook_receiver(out: str) -> None:
    assert re.search(r"^receiver: verified response\.completed evt_", out, re.M), out
    assert re.search(r"^server: resp_\S+ completed; webhook delivered with status 200$", out, re.M), out
    assert "receiver: rejected (InvalidWebhookSignatureError: " in out
    assert "forged event -> 400" in out


def check_assistants_streaming(out: str) -> None:
    if serves("POST", "/v1/assistants"):
        assert re.search(r'^tool call: get_weather\(\{"city": .*\}\) -> \{"city": ', out, re.M), out
        assert re.search(r"^assistant> .+", out, re.M), out
        assert "run: completed" in out
        assert re.search(r"^user: Use get_weather", out, re.M), out


def check_testing_your_app(out: str) -> None:
    assert "all tests passed" in out


def check_evals(out: str) -> None:
    assert re.search(r"^eval: eval_\S+ \(capitals and counts\)$", out, re.M), out
    assert re.search(r"^run status: queued( -> in_progress)? -> completed$", out, re.M), out
    assert "passed 2 of 3 (failed 1, errored 0)" in out
    assert "  fail: How many legs does a spider have?" in out
    assert re.search(r"^deleted eval: eval_", out, re.M), out


def check_videos(out: str) -> None:
    assert re.search(r"^video: video_\S+ completed \(100%\), 4s at 720x1280$", out, re.M), out
    assert re.search(r"^saved: video_\S+\.mp4, \d+ bytes, MP4: True$", out, re.M), out
    assert re.search(r"^thumbnail: \d+ bytes, WebP: True$", out, re.M), out
    assert "listed: True" in out
    assert re.search(r"^deleted: video_\S+ True$", out, re.M), out


def check_batch_jobs(out: str) -> None:
    assert "api: 20 results, 0 errors" in out
    assert "batches: {'completed': 3, 'expired': 1}" in out
    assert "uploads: 10 -> 10 -> 1 -> 5 requests, then done" in out  # two batches of 10, then the retries
    assert "q3 -> You said: What is 3 squared?" in out
    assert re.search(r"^tokens: [1-9]\d* in, [1-9]\d* out$", out, re.M), out
    assert "local: 20 results, 0 errors, 1 rate limited" in out
    assert "stopped with 5 results written" in out
    assert "resumed: 15 sent, 20 results, each custom_id once: True" in out


def check_realtime(out: str) -> None:
    assert 'realtime: the model called get_weather({"city": "city"}) -> 11 C' in out
    assert 'You said: {"city": "city", "temperature": 11, "unit": "celsius"}' in out  # the reply after the call
    assert "You said: Say hello over a WebSocket.\nresponses: response.completed" in out
    assert "reconnecting after close code 1011 (attempt 1 of 5)" in out
    assert "sessions opened on one connect(): 2" in out


CHECKS = {
    "demo.py": check_demo,
    "async_demo.py": check_async_demo,
    "streaming.py": check_streaming,
    "structured_outputs.py": check_structured_outputs,
    "tool_calling.py": check_tool_calling,
    "responses_api.py": check_responses_api,
    "embeddings.py": check_embeddings,
    "images.py": check_images,
    "audio.py": check_audio,
    "files_and_fine_tuning.py": check_files_and_fine_tuning,
    "azure.py": check_azure,
    "bedrock.py": check_bedrock,
    "deepseek.py": check_deepseek,
    "qwen.py": check_qwen,
    "reasoning_roundtrip.py": check_reasoning_roundtrip,
    "structured_outputs_anywhere.py": check_structured_outputs_anywhere,
    "failover.py": check_failover,
    "webhook_receiver.py": check_webhook_receiver,
    "testing_your_app.py": check_testing_your_app,
    "assistants_streaming.py": check_assistants_streaming,
    "evals.py": check_evals,
    "videos.py": check_videos,
    "batch_jobs.py": check_batch_jobs,
    "realtime.py": check_realtime,
}
