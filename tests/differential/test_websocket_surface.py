"""The connection classes have the reference's public names: the classes themselves under the
reference's module paths (libraries import them), their methods, senders and the senders'
keyword parameters."""

from __future__ import annotations

import importlib
import inspect
from typing import Any, Dict, Set

import pytest
from ws_server import WSServer

MODULES = {
    "resources.realtime.realtime": ["RealtimeConnection", "RealtimeConnectionManager"],
    "resources.beta.realtime.realtime": ["RealtimeConnection", "RealtimeConnectionManager"],
    "resources.responses.responses": ["ResponsesConnection", "ResponsesConnectionManager"],
    "resources.beta.responses.responses": ["ResponsesConnection", "ResponsesConnectionManager"],
}
CASES = [(module, prefix + name) for module, names in MODULES.items() for name in names for prefix in ("", "Async")]


def _public(cls: type) -> Set[str]:
    return {name for name in dir(cls) if not name.startswith("_")}


def _senders(resource: Any, prefix: str = "") -> Dict[str, Any]:
    """sender path (``conversation.item.create``) -> its parameters (name, required), found
    by walking a live connection's sub-resources."""
    out: Dict[str, Any] = {}
    names = _public(type(resource)) | {n for n in vars(resource) if not n.startswith("_")}
    for name in sorted(names):
        value = getattr(resource, name)
        if callable(value):
            if prefix:  # a sender method (the connection's own methods are compared above)
                parameters = inspect.signature(value).parameters.values()
                out[prefix + name] = sorted((p.name, p.default is inspect.Parameter.empty) for p in parameters)
        elif type(value).__module__.startswith(("openai.resources", "openwire.lib")):
            out.update(_senders(value, f"{prefix}{name}."))
    return out


def _connected(sdk: str, api: str) -> Dict[str, Any]:
    with WSServer() as server:
        client = importlib.import_module(sdk).OpenAI(
            api_key="k", base_url=server.base_url, websocket_base_url=server.ws_url
        )
        target: Any = client
        for part in api.split("."):
            target = getattr(target, part)
        with target.connect(**({"model": "m"} if "realtime" in api else {})) as connection:
            return _senders(connection)


@pytest.mark.parametrize("module, name", CASES)
def test_the_class_is_importable_where_the_reference_has_it(module: str, name: str) -> None:
    ours = getattr(importlib.import_module(f"openwire.{module}"), name)
    reference = getattr(importlib.import_module(f"openai.{module}"), name)
    assert _public(ours) >= _public(reference), sorted(_public(reference) - _public(ours))


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("api", ["realtime", "beta.realtime", "responses", "beta.responses"])
def test_the_senders_take_the_reference_parameters(api: str) -> None:
    ours = _connected("openwire", api)
    reference = _connected("openai", api)
    assert set(ours) == set(reference)
    for path, parameters in reference.items():
        if "responses" in api and path == "response.create":
            continue  # openwire takes them as **params typed by a TypedDict (checked by tests/typing)
        assert ours[path] == parameters, path
