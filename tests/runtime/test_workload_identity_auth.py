"""Workload identity in openwire alone: the pure pieces, the surface of ``openwire.auth``, the
token cache under concurrency, and what ``import openwire`` leaves unloaded.

The wire behaviour compared with the reference is in ``tests/differential/test_workload_identity.py``.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Dict, List, get_type_hints

import anyio
import pytest
from scripted_server import Recorded, Reply, ScriptedServer, json_reply

import openwire
from openwire._workload import check_workload_identity, exchange_body, refresh_in
from openwire.auth import WorkloadIdentity, WorkloadIdentityAuth


def identity(**changes: Any) -> Dict[str, Any]:
    base: Dict[str, Any] = {
        "identity_provider_id": "idp",
        "service_account_id": "sa",
        "provider": {"token_type": "jwt", "get_token": lambda: "subject"},
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    ("expires_in", "buffer", "seconds"),
    [(3600, 1200, 2400), (7200, 1200, 6000), (100, 1200, 50), (3600, 10, 3590), (100, 200, 50), (10, 0, 10)],
)
def test_a_token_is_used_until_its_lifetime_less_the_buffer_but_at_least_half(
    expires_in: float, buffer: float, seconds: float
) -> None:
    # The values observed on the reference's WorkloadIdentityAuth.
    assert refresh_in(expires_in, buffer) == seconds


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("idp", "must be a WorkloadIdentity mapping, got str"),
        ({"identity_provider_id": "idp"}, "missing 'service_account_id', 'provider'"),
        (identity(provider={"token_type": "saml", "get_token": lambda: "s"}), "Unsupported token_type 'saml'"),
        (identity(provider={"token_type": "jwt"}), "must be a SubjectTokenProvider"),
        (identity(refresh_buffer_seconds=-1), "refresh_buffer_seconds'] must be a number >= 0"),
    ],
)
def test_a_malformed_workload_identity_is_refused_when_the_client_is_built(value: Any, message: str) -> None:
    with pytest.raises(openwire.OpenAIError) as info:
        check_workload_identity(value)
    assert message in str(info.value)
    with pytest.raises(openwire.OpenAIError, match=r"workload_identity|token_type"):
        openwire.OpenAI(workload_identity=value)


def test_the_exchange_body_names_the_identity_and_the_subject() -> None:
    body = exchange_body(identity(), "subject")  # type: ignore[arg-type]
    assert body == {
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token": "subject",
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "identity_provider_id": "idp",
        "service_account_id": "sa",
    }


def test_the_auth_module_has_the_reference_surface(shared_dir: Path) -> None:
    theirs = json.loads((shared_dir / "surface" / "client.json").read_text())["helper_modules"]["openai.auth"]
    assert sorted(openwire.auth.__all__) == sorted(theirs)
    for name, entry in theirs.items():
        ours = getattr(openwire.auth, name)
        if entry["kind"] == "typeddict":
            assert ours.__required_keys__ == {k["name"] for k in entry["keys"] if k["required"]}, name
            assert ours.__optional_keys__ == {k["name"] for k in entry["keys"] if not k["required"]}, name
            continue
        if entry["kind"] == "class":
            for method, spec in entry["methods"].items():
                assert inspect.iscoroutinefunction(getattr(ours, method)) == (spec["kind"] == "async_method"), method
            params = entry["init"]["params"]
            ours = ours.__init__
        else:
            params = entry["params"]
        signature = [p for p in inspect.signature(ours).parameters.values() if p.name != "self"]
        assert [
            (p.name, p.kind.name.lower(), repr(p.default) if p.default is not p.empty else None) for p in signature
        ] == [(p["name"], p["kind"], p.get("default")) for p in params], name
    assert get_type_hints(WorkloadIdentity)["refresh_buffer_seconds"] is not None


def test_import_openwire_loads_no_workload_identity_code() -> None:
    code = (
        "import sys, json, openwire\n"
        "before = sorted(m for m in sys.modules if m.startswith('openwire'))\n"
        "openwire.auth.WorkloadIdentityAuth\n"
        "print(json.dumps([before, 'openwire.auth' in sys.modules]))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    before, loaded_on_use = json.loads(output)
    assert "openwire.auth" not in before and "openwire._workload" not in before
    assert loaded_on_use


class Exchange:
    """Counts exchanges; answers after ``delay`` seconds so that callers overlap."""

    def __init__(self, server: ScriptedServer) -> None:
        self.count = 0
        self._lock = threading.Lock()
        server.handler = self

    def __call__(self, request: Recorded) -> Reply:
        with self._lock:
            self.count += 1
            count = self.count
        return json_reply({"access_token": f"at-{count}", "expires_in": 3600}, delay=0.2)


def test_threads_sharing_a_client_make_one_exchange(server: ScriptedServer) -> None:
    exchange = Exchange(server)
    auth = WorkloadIdentityAuth(workload_identity=identity(), token_exchange_url=server.url + "/token")  # type: ignore[arg-type]
    tokens: List[str] = []
    threads = [threading.Thread(target=lambda: tokens.append(auth.get_token())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert tokens == ["at-1"] * 4 and exchange.count == 1


@pytest.mark.anyio
async def test_tasks_sharing_an_async_client_make_one_exchange(server: ScriptedServer) -> None:
    exchange = Exchange(server)
    auth = WorkloadIdentityAuth(workload_identity=identity(), token_exchange_url=server.url + "/token")  # type: ignore[arg-type]
    tokens: List[str] = []

    async def get() -> None:
        tokens.append(await auth.get_token_async())

    async with anyio.create_task_group() as group:
        for _ in range(4):
            group.start_soon(get)
    assert tokens == ["at-1"] * 4 and exchange.count == 1


def test_an_unreachable_exchange_is_a_connection_error(server: ScriptedServer) -> None:
    url = server.url + "/token"
    server.stop()
    auth = WorkloadIdentityAuth(workload_identity=identity(), token_exchange_url=url)  # type: ignore[arg-type]
    with pytest.raises(openwire.APIConnectionError, match="token exchange"):
        auth.get_token()


def test_the_token_stays_out_of_reprs() -> None:
    client = openwire.OpenAI(workload_identity=identity())  # type: ignore[arg-type]
    assert "subject" not in repr(client) and "subject" not in repr(client._workload_identity_auth)


def test_the_exchange_can_go_through_httpx2(server: ScriptedServer) -> None:
    pytest.importorskip("httpx2")
    exchange = Exchange(server)
    auth = WorkloadIdentityAuth(
        workload_identity=identity(),  # type: ignore[arg-type]
        token_exchange_url=server.url + "/token",
        _use_httpx2=True,
    )
    assert auth.get_token() == "at-1" and exchange.count == 1
    assert server.requests[-1].json()["subject_token"] == "subject"
