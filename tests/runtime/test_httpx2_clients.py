"""DefaultHttpx2Client / DefaultAsyncHttpx2Client: the optional ``openwire[httpx2]`` extra."""

from __future__ import annotations

import sys

import pytest

import openwire

openai = pytest.importorskip("openai")

FACTORIES = ["DefaultHttpx2Client", "DefaultAsyncHttpx2Client"]


@pytest.mark.parametrize("name", FACTORIES)
def test_missing_extra_raises_a_clear_error_like_the_reference(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx2", None)  # `import httpx2` now raises ImportError
    with pytest.raises(RuntimeError) as err:
        getattr(openwire, name)()
    assert "pip install 'openwire[httpx2]'" in str(err.value)
    with pytest.raises(RuntimeError) as ref:
        getattr(openai, name)()
    assert type(err.value) is type(ref.value)


def test_names_are_exported_without_importing_httpx2() -> None:
    import subprocess

    code = "import sys, openwire; openwire.DefaultHttpx2Client; print('httpx2' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    assert "DefaultHttpx2Client" in openwire.__all__ and "DefaultAsyncHttpx2Client" in openwire.__all__


def test_with_the_extra_the_clients_have_the_sdk_defaults() -> None:
    httpx2 = pytest.importorskip("httpx2")
    sync_client = openwire.DefaultHttpx2Client()
    async_client = openwire.DefaultAsyncHttpx2Client(follow_redirects=False)
    try:
        assert isinstance(sync_client, httpx2.Client) and isinstance(async_client, httpx2.AsyncClient)
        assert sync_client.timeout == httpx2.Timeout(600, connect=5.0)
        assert sync_client.follow_redirects is True and async_client.follow_redirects is False
        pool = sync_client._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == 1000 and pool._max_keepalive_connections == 100
    finally:
        sync_client.close()


def test_a_client_of_the_wrong_kind_is_refused_naming_both_libraries() -> None:
    pytest.importorskip("httpx2")
    with pytest.raises(TypeError, match=r"`httpx.Client` or `httpx2.Client`.*got httpx2.AsyncClient"):
        openwire.OpenAI(api_key="k", http_client=openwire.DefaultAsyncHttpx2Client())
    with pytest.raises(TypeError, match=r"`httpx.AsyncClient` or `httpx2.AsyncClient`"):
        openwire.AsyncOpenAI(api_key="k", http_client=openwire.DefaultHttpx2Client())
