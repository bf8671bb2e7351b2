"""Helpers of the command-line tests: run ``openwire`` in a subprocess, without provider keys."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Callable, Dict, Optional

_PROVIDER_ENV = (
    "OPENAI_",
    "AZURE_",
    "DEEPSEEK_",
    "DASHSCOPE_",
    "ZHIPUAI_",
    "MOONSHOT_",
    "OPENROUTER_",
    "GROQ_",
    "TOGETHER_",
    "MISTRAL_",
    "VLLM_",
)

Cli = Callable[..., "subprocess.CompletedProcess[str]"]


def clean_env(extra: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(_PROVIDER_ENV)}
    env.update(extra or {})
    return env


def make_cli() -> Cli:
    """A function running ``python -m openwire ARGS...`` (``env`` adds variables, ``input`` is stdin)."""

    def run(
        *args: str, env: Optional[Dict[str, str]] = None, input: Optional[str] = None, timeout: float = 60
    ) -> "subprocess.CompletedProcess[str]":
        return subprocess.run(
            [sys.executable, "-m", "openwire", *args],
            capture_output=True,
            text=True,
            env=clean_env(env),
            input=input,
            timeout=timeout,
        )

    return run


def local_server_serves(method: str, path: str) -> bool:
    """Whether the embedded server has the route (anything but its 404 for an unknown URL)."""
    import json

    from openwire.local import LocalAPI

    response = LocalAPI().handle(method, path, b"{}")
    if response.status != 404 or not isinstance(response.body, bytes):
        return True
    return json.loads(response.body).get("error", {}).get("code") != "unknown_url"
