"""Every generated endpoint method against the Steady mock server.

Each method is called twice on each client: with only its required parameters, and with every
parameter (values made from the spec by ``values.py``). Steady answers 400 when a request
breaks the spec, so every call must succeed; every answer must then parse into the method's
declared type *strictly*: no missing required field, no value of the wrong type.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from typing import Any, ContextManager, List, Tuple

import pytest

from codegen.config import Config, Method, Resource, load_config
from codegen.spec import Spec

from .values import arguments

_CONFIG = load_config()
CASES: List[Tuple[str, str]] = [
    (path, method.name) for path, resource in _CONFIG.resources.items() for method in resource.methods
]


def _method(config: Config, path: str, name: str) -> Tuple[Resource, Method]:
    resource = config.resources[path]
    return resource, next(m for m in resource.methods if m.name == name)


def _resource(client: Any, path: str) -> Any:
    for part in path.split("."):
        client = getattr(client, part)
    return client


def _expect_deprecation(method: Method) -> ContextManager[Any]:
    """Deprecated endpoints warn, with the reference's message."""
    if method.deprecated:
        return pytest.warns(DeprecationWarning, match=re.escape(method.deprecated))
    return contextlib.nullcontext()


# Methods whose declared type requires what the spec's response leaves optional (the
# reference's model is stricter than the spec), so Steady's minimal answer cannot parse strictly.
_STRICTER_THAN_SPEC = {
    "beta.realtime.sessions.create": "the reference requires `client_secret`; the spec's response does not",
}


# Requests Steady refuses although they are right: (method, mode) -> the part of its message.
# ``realtime.calls.create`` with a session sends it as a form part of type application/json (the
# spec's ``encoding``); Steady checks that part's raw text against the object schema. The
# reference sends the same bytes (tests/differential/test_realtime_calls.py).
_STEADY_MISREADS = {("realtime.calls.create", "full"): "body.session"}


def _misread(key: str, mode: str) -> ContextManager[Any]:
    """Expect Steady's 400 where it misreads a right request (so a fixed Steady shows up here)."""
    import openwire

    part = _STEADY_MISREADS.get((key, mode))
    return pytest.raises(openwire.BadRequestError, match=re.escape(part)) if part else contextlib.nullcontext()


def _check(raw: Any, key: str = "") -> None:
    """The response parses, and parses strictly, into what the method declares."""
    from openwire._binary import HttpxBinaryResponseContent
    from openwire._models import parse_json

    parsed = raw.parse()
    cast_to = raw._cast_to
    if isinstance(parsed, HttpxBinaryResponseContent) or cast_to in (str, type(None)) or key in _STRICTER_THAN_SPEC:
        return
    parse_json(cast_to, raw.http_response.content, strict=True)


@pytest.mark.steady
@pytest.mark.parametrize("mode", ["required", "full"])
@pytest.mark.parametrize(("path", "name"), CASES, ids=[f"{p}.{n}" for p, n in CASES])
def test_sync(steady_url: str, codegen_inputs: Tuple[Spec, Config], path: str, name: str, mode: str) -> None:
    import openwire

    spec, config = codegen_inputs
    _, method = _method(config, path, name)
    with openwire.OpenAI(
        api_key="sk-test", admin_api_key="sk-admin-test", base_url=steady_url, max_retries=0
    ) as client:
        resource = _resource(client, path)
        kwargs = arguments(spec, getattr(resource, name), spec.operation(method.operation), mode)
        with _expect_deprecation(method), _misread(f"{path}.{name}", mode):
            raw = getattr(resource.with_raw_response, name)(**kwargs)
        if (f"{path}.{name}", mode) not in _STEADY_MISREADS:
            _check(raw, f"{path}.{name}")


@pytest.mark.steady
@pytest.mark.parametrize("mode", ["required", "full"])
@pytest.mark.parametrize(("path", "name"), CASES, ids=[f"{p}.{n}" for p, n in CASES])
def test_async(steady_url: str, codegen_inputs: Tuple[Spec, Config], path: str, name: str, mode: str) -> None:
    import openwire

    spec, config = codegen_inputs
    _, method = _method(config, path, name)

    async def call() -> Any:
        async with openwire.AsyncOpenAI(
            api_key="sk-test", admin_api_key="sk-admin-test", base_url=steady_url, max_retries=0
        ) as client:
            resource = _resource(client, path)
            kwargs = arguments(spec, getattr(resource, name), spec.operation(method.operation), mode)
            with _expect_deprecation(method):
                return await getattr(resource.with_raw_response, name)(**kwargs)

    with _misread(f"{path}.{name}", mode):
        raw = asyncio.run(call())
    if (f"{path}.{name}", mode) not in _STEADY_MISREADS:
        _check(raw, f"{path}.{name}")
