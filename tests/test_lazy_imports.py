"""`import openwire` stays light: no pydantic, no API types, no resources until first use."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
before = set(sys.modules)
{code}
loaded = sorted(set(sys.modules) - before)
print(json.dumps(loaded))
"""


def modules_loaded_by(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", PROBE.format(code=code)], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_import_openwire_loads_neither_httpx_nor_pydantic() -> None:
    loaded = modules_loaded_by("import openwire")
    assert "pydantic" not in loaded
    assert "httpx" not in loaded
    assert not [m for m in loaded if m.startswith(("openwire.types", "openwire.resources"))]


def test_constructing_a_client_loads_no_models_or_resources() -> None:
    loaded = modules_loaded_by(
        "from openwire import OpenAI, AsyncOpenAI\nOpenAI(api_key='k'); AsyncOpenAI(api_key='k')"
    )
    assert "httpx" in loaded
    assert "pydantic" not in loaded
    assert not [m for m in loaded if m.startswith(("openwire.types", "openwire.resources"))]


def test_first_parsed_response_loads_pydantic() -> None:
    code = (
        "import httpx\n"
        "from openwire import OpenAI, BaseModel\n"
        "class M(BaseModel):\n    id: str\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'id': 'x'}))\n"
        "assert OpenAI(api_key='k', http_client=httpx.Client(transport=t)).get('/m', cast_to=M).id == 'x'"
    )
    assert "pydantic" in modules_loaded_by(code)
