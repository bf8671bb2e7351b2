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


def test_constructing_a_client_loads_no_httpx_models_or_resources() -> None:
    code = (
        "from openwire import OpenAI, AsyncOpenAI\n"
        "c = OpenAI(api_key='k', base_url='http://h/v1', timeout=3, max_retries=1); AsyncOpenAI(api_key='k')\n"
        "assert c.max_retries == 1 and c._base_url_text == 'http://h/v1/'"
    )
    loaded = modules_loaded_by(code)
    # httpx (most of the cost of an import) comes with the first request, or the first read of
    # ``client.base_url`` / ``client.timeout``, which are httpx objects.
    assert "httpx" not in loaded
    assert "pydantic" not in loaded
    assert not [m for m in loaded if m.startswith(("openwire.types", "openwire.resources"))]


def test_base_url_and_timeout_are_httpx_objects_on_first_read() -> None:
    code = (
        "import httpx\nfrom openwire import OpenAI, DEFAULT_TIMEOUT\n"
        "c = OpenAI(api_key='k', base_url='http://h/v1', timeout=3)\n"
        "assert isinstance(c.base_url, httpx.URL) and str(c.base_url) == 'http://h/v1/'\n"
        "assert c.timeout == httpx.Timeout(3)\n"
        "assert OpenAI(api_key='k').timeout == DEFAULT_TIMEOUT == httpx.Timeout(600, connect=5.0)\n"
        "c.timeout = None\nassert c.timeout is None  # no timeout, as in the reference\n"
        "c.base_url = 'http://other/v2'\nassert str(c.base_url) == 'http://other/v2/'\n"
        "assert c.with_options(timeout=7).timeout == httpx.Timeout(7) and c.timeout is None"
    )
    assert "httpx" in modules_loaded_by(code)  # the asserts above ran in the subprocess (check=True)


def test_first_parsed_response_loads_pydantic() -> None:
    code = (
        "import httpx\n"
        "from openwire import OpenAI, BaseModel\n"
        "class M(BaseModel):\n    id: str\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'id': 'x'}))\n"
        "assert OpenAI(api_key='k', http_client=httpx.Client(transport=t)).get('/m', cast_to=M).id == 'x'"
    )
    assert "pydantic" in modules_loaded_by(code)
