"""``openwire --provider NAME``: the presets of ``openwire.providers`` on the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from cli_support import Cli, clean_env, make_cli


@pytest.fixture
def cli() -> Cli:
    return make_cli()


def test_a_provider_against_the_embedded_server(cli: Cli) -> None:
    for provider in ("deepseek", "qwen:cn", "kimi", "ollama"):
        result = cli("--local", "--provider", provider, "chat", "hi")
        assert (result.returncode, result.stdout, result.stderr) == (0, "You said: hi\n", ""), provider


@pytest.mark.parametrize("stream", [[], ["--no-stream"]], ids=["stream", "no-stream"])
@pytest.mark.parametrize(("provider", "model"), [("deepseek", "deepseek-reasoner"), ("vllm", "Qwen/QwQ-32B")])
def test_reasoning_goes_to_stderr_on_request(cli: Cli, provider: str, model: str, stream: list[str]) -> None:
    # --local answers in the provider's wire format: DeepSeek's reasoning_content, vLLM's reasoning.
    from openwire.local._emulations import REASONING_TEXT

    result = cli("--local", "--provider", provider, "chat", "--model", model, "--reasoning", *stream, "hi")
    assert (result.returncode, result.stdout, result.stderr) == (0, "You said: hi\n", REASONING_TEXT + "\n")
    quiet = cli("--local", "--provider", provider, "chat", "--model", model, *stream, "hi")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "You said: hi\n", "")


@pytest.mark.parametrize(
    ("provider", "key_env"),
    [
        ("deepseek", "DEEPSEEK_API_KEY"),
        ("qwen:cn", "DASHSCOPE_API_KEY"),
        ("dashscope", "DASHSCOPE_API_KEY"),
        ("zhipu", "ZHIPUAI_API_KEY"),
        ("zai:intl", "ZAI_API_KEY"),  # Z.ai keys live in their own variable
        ("groq", "GROQ_API_KEY"),
    ],
)
def test_a_missing_key_names_the_provider_variable(cli: Cli, provider: str, key_env: str) -> None:
    result = cli("--provider", provider, "chat", "hi")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"error: no API key: set {key_env} or pass --api-key, or use --local\n"


def test_an_unknown_region(cli: Cli) -> None:
    result = cli("--provider", "qwen:mars", "chat", "hi")
    assert result.returncode == 2
    assert result.stderr.startswith("error: provider 'qwen' has no region 'mars' (known: intl, cn, ")


def test_the_azure_preset_needs_its_endpoint(cli: Cli) -> None:
    result = cli("--provider", "azure", "chat", "hi", env={"AZURE_OPENAI_API_KEY": "az", "OPENAI_API_VERSION": "v"})
    assert result.returncode == 2 and "AZURE_OPENAI_ENDPOINT" in result.stderr
    assert "Traceback" not in result.stderr


def test_provider_keys_over_a_socket() -> None:
    server_key = "sk-provider-key-never-printed"
    server = subprocess.Popen(
        [sys.executable, "-m", "openwire", "serve", "--port", "0", "--api-key", server_key],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    cli = make_cli()
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split()[4]
        result = cli("--provider", "deepseek", "--base-url", url, "chat", "hi", env={"DEEPSEEK_API_KEY": server_key})
        assert (result.returncode, result.stdout) == (0, "You said: hi\n"), result.stderr
        # A local preset sends its placeholder key: this server refuses it.
        result = cli("--provider", "vllm", "--base-url", url, "chat", "hi")
        assert result.returncode == 1 and result.stderr.startswith("Error 401: ")
        result = cli("--provider", "vllm", "--base-url", url, "chat", "hi", env={"VLLM_API_KEY": server_key})
        assert (result.returncode, result.stdout) == (0, "You said: hi\n"), result.stderr
        assert server_key not in result.stderr
    finally:
        server.terminate()
        server.communicate(timeout=10)
