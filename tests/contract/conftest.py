"""Contract tests run against the Steady mock server: an already running one at ``$STEADY_URL``
(default ``http://127.0.0.1:4010``), serving ../shared/spec/openai-openapi.yml (scripts/test.sh
starts it). When it is not reachable they skip, or fail when ``OPENWIRE_REQUIRE_STEADY=1``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Tuple

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # for ``codegen`` (the spec reader and the config)

from codegen.config import Config, load_config  # noqa: E402
from codegen.spec import Spec, default_spec_path, load_spec  # noqa: E402


def _skip_or_fail(reason: str, env_var: str) -> None:
    if os.environ.get(env_var) == "1":
        pytest.fail(f"{reason} ({env_var}=1 makes this an error)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def steady_url() -> str:
    url = os.environ.get("STEADY_URL", "http://127.0.0.1:4010").rstrip("/")
    try:
        httpx.get(f"{url}/_x-steady/health", timeout=3).raise_for_status()
    except httpx.HTTPError as err:
        _skip_or_fail(
            f"Steady mock server not reachable at {url} ({err}); start it as scripts/test.sh does",
            "OPENWIRE_REQUIRE_STEADY",
        )
    return url


@pytest.fixture(scope="session")
def codegen_inputs() -> Tuple[Spec, Config]:
    spec_path = default_spec_path(REPO)
    if not spec_path.exists():
        _skip_or_fail(f"spec not found at {spec_path}; set OPENWIRE_SHARED", "OPENWIRE_REQUIRE_SHARED")
    return load_spec(spec_path), load_config()
