"""The ``openwire`` command end to end, in subprocesses, offline (``--local`` or ``serve``)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from cli_support import Cli, clean_env, local_server_serves, make_cli

MESSAGES = '[{"role": "user", "content": "hi"}]'


@pytest.fixture
def cli() -> Cli:
    """``cli("--local", "chat", "hi")`` runs ``python -m openwire --local chat hi``."""
    return make_cli()


def test_chat_streams_the_answer(cli: Cli) -> None:
    result = cli("--local", "chat", "Hello there")
    assert (result.returncode, result.stdout, result.stderr) == (0, "You said: Hello there\n", "")


def test_chat_without_streaming_with_a_system_message_and_options_after_the_command(cli: Cli) -> None:
    result = cli("chat", "--no-stream", "--system", "Be brief.", "-m", "gpt-4o", "hi", "--local")
    assert (result.returncode, result.stdout) == (0, "You said: hi\n")


def test_chat_reads_the_prompt_from_stdin(cli: Cli) -> None:
    result = cli("--local", "chat", input="from a pipe\n")
    assert result.stdout == "You said: from a pipe\n"


def test_responses(cli: Cli) -> None:
    result = cli("--local", "responses", "Hello")
    if local_server_serves("POST", "/v1/responses"):
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip()
    else:
        assert result.returncode == 1
        assert result.stderr == "Error 404: Unknown request URL: POST /responses.\n"


def test_api_list_prints_every_item_as_one_json_list(cli: Cli) -> None:
    result = cli("--local", "api", "models.list")
    assert result.returncode == 0, result.stderr
    assert "gpt-4o-mini" in [model["id"] for model in json.loads(result.stdout)]


def test_api_create_parses_json_values(cli: Cli) -> None:
    result = cli("--local", "api", "chat.completions.create", "--model", "gpt-4o-mini", "--messages", MESSAGES)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["choices"][0]["message"]["content"] == "You said: hi"


def test_api_stream_prints_json_lines(cli: Cli) -> None:
    result = cli("--local", "api", "chat.completions.create", "--model", "m", "--messages", MESSAGES, "--stream")
    chunks = [json.loads(line) for line in result.stdout.splitlines()]
    assert "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]) == "You said: hi"


def test_api_http_error_is_one_line_with_exit_code_1(cli: Cli) -> None:
    result = cli("--local", "api", "models.retrieve", "no-such-model")
    assert (result.returncode, result.stdout) == (1, "")
    assert re.fullmatch(r"Error 404: The model 'no-such-model' does not exist( \(request id \S+\))?\n", result.stderr)


def test_debug_adds_the_traceback(cli: Cli) -> None:
    result = cli("--local", "--debug", "api", "models.retrieve", "no-such-model")
    assert result.returncode == 1
    assert "Traceback" in result.stderr and "NotFoundError" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("Error 404: The model 'no-such-model' does not exist")


def test_api_help_and_listing_need_no_key(cli: Cli) -> None:
    described = cli("api", "chat.completions.create", "--help")
    assert described.returncode == 0
    assert "  --messages  Iterable[ChatCompletionMessageParam]  (required)" in described.stdout
    listed = cli("api")
    assert listed.returncode == 0 and "  fine_tuning.jobs.create\n" in listed.stdout


def test_api_wrong_method_or_parameter_is_a_usage_error(cli: Cli) -> None:
    result = cli("api", "chat.completion.create")
    assert result.returncode == 2
    assert result.stderr == "error: chat has no resource 'completion'; it has resources completions\n"
    result = cli("--local", "api", "chat.completions.create", "--modle", "m")
    assert (result.returncode, result.stderr) == (2, "error: unknown parameter --modle (did you mean --model?)\n")


def test_files_upload_shows_progress(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b'{"custom_id": "1"}\n' * 1000)
    result = cli("--local", "files", "upload", str(path), "--purpose", "batch")
    assert "upload batch.jsonl [##############################] 100%  18.6 KiB / 18.6 KiB" in result.stderr
    if local_server_serves("POST", "/v1/files"):
        assert result.returncode == 0, result.stderr
        uploaded = json.loads(result.stdout)
        assert (uploaded["filename"], uploaded["bytes"], uploaded["purpose"]) == ("batch.jsonl", 19000, "batch")
    else:
        assert result.returncode == 1
        assert result.stderr.endswith("Error 404: Unknown request URL: POST /files.\n")


def test_files_upload_of_a_missing_file(cli: Cli, tmp_path: Path) -> None:
    result = cli("--local", "files", "upload", str(tmp_path / "nope.jsonl"))
    assert (result.returncode, result.stderr) == (2, f"error: no such file: {tmp_path / 'nope.jsonl'}\n")


def test_missing_key_says_what_to_do(cli: Cli) -> None:
    result = cli("chat", "hi")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "error: no API key: set OPENAI_API_KEY or pass --api-key, or use --local\n"


def test_unknown_provider(cli: Cli) -> None:
    result = cli("--provider", "nowhere", "chat", "hi")
    assert result.returncode == 2
    assert result.stderr.startswith("error: unknown provider 'nowhere' (known: azure, deepseek, ")


def test_bad_arguments_exit_with_2_without_traceback(cli: Cli) -> None:
    result = cli("chat", "--temperature", "2", "hi")
    assert result.returncode == 2 and "unrecognized arguments: --temperature" in result.stderr
    result = cli("--local", "--base-url", "http://localhost:1/v1", "chat", "hi")
    assert (result.returncode, result.stderr) == (
        2,
        "error: --local runs against the embedded server; drop --base-url (or drop --local)\n",
    )
    assert "Traceback" not in result.stderr


def test_serve_answers_over_a_socket_and_keys_stay_secret(cli: Cli) -> None:
    server_key = "sk-server-key-never-printed"
    server = subprocess.Popen(
        [sys.executable, "-m", "openwire", "serve", "--port", "0", "--api-key", server_key],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
    )
    try:
        assert server.stdout is not None
        first_line = server.stdout.readline()
        assert first_line.startswith("openwire local API on http://127.0.0.1:"), first_line
        url = first_line.split()[4]
        models = httpx.get(f"{url}/models", headers={"Authorization": f"Bearer {server_key}"}).json()
        assert "gpt-4o-mini" in [model["id"] for model in models["data"]]

        wrong_key = "sk-wrong-key-never-printed"
        result = cli("--base-url", url, "--api-key", wrong_key, "chat", "hi")
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr.startswith("Error 401: ") and wrong_key not in result.stderr

        result = cli("--base-url", url, "--debug", "api", "models.retrieve", "nope", env={"OPENAI_API_KEY": server_key})
        assert result.returncode == 1 and "Error 404: The model 'nope' does not exist" in result.stderr
        assert "[openwire" in result.stderr  # --debug logs the requests...
        assert server_key not in result.stdout + result.stderr  # ...but never the key

        result = cli("--base-url", url, "chat", "over a socket", env={"OPENAI_API_KEY": server_key})
        assert result.stdout == "You said: over a socket\n"
    finally:
        server.terminate()
        stdout, _ = server.communicate(timeout=10)
    assert server.returncode == 0  # SIGTERM stops it as cleanly as Ctrl-C
    assert server_key not in first_line + stdout


def test_version_and_the_console_script(cli: Cli) -> None:
    from openwire import __version__

    assert cli("--version").stdout == f"openwire {__version__}\n"
    script = Path(sys.executable).parent / "openwire"
    if not script.exists():
        pytest.skip("the openwire console script is not installed in this environment")
    result = subprocess.run([str(script), "--local", "chat", "hi"], capture_output=True, text=True, env=clean_env())
    assert result.stdout == "You said: hi\n"
