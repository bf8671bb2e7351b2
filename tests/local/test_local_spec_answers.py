"""The admin API and content provenance checks: every method answers, and the answer parses strictly.

The server answers these from the spec (``_spec_answers.py``); the test calls each method the
codegen config lists through ``openwire.OpenAI``, with placeholder arguments, and parses the
JSON it got into the method's generated type with no unknown field allowed.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import openai
import pytest

from openwire import AuthenticationError, BadRequestError, OpenAI
from openwire.local import LOCAL_BASE_URL, LocalAPI, LocalServer, local_http_client

from .strict import strict

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # ``codegen`` lives at the repo root

from codegen.config import CONFIG_DIR, Method, load_config  # noqa: E402

FAMILIES = ("admin", "content_provenance_checks")


def methods() -> List[Tuple[str, Method]]:
    config = load_config(CONFIG_DIR)
    return [
        (path, method)
        for path, resource in config.resources.items()
        if path.split(".")[0] in FAMILIES
        for method in resource.methods
    ]


def placeholder(name: str, annotation: Any) -> Any:
    text = str(annotation)
    if name == "file":
        return ("image.png", b"\x89PNG\r\n")
    if any(word in text for word in ("Iterable", "List", "Sequence")):
        return []
    if text.startswith("str"):
        return f"{name}_1"
    if "int" in text or "float" in text:
        return 1
    if "Literal[" in text:
        return text.split("Literal[", 1)[1].split(",")[0].strip(" \"']")
    return {}


def call(client: Any, path: str, method: Method, *, raw: bool) -> Any:
    resource = client
    for part in path.split("."):
        resource = getattr(resource, part)
    function = getattr(resource, method.name)
    arguments = {
        name: placeholder(name, parameter.annotation)
        for name, parameter in inspect.signature(function).parameters.items()
        if parameter.default is inspect.Parameter.empty and parameter.kind is not parameter.VAR_KEYWORD
    }
    return getattr(resource.with_raw_response, method.name)(**arguments) if raw else function(**arguments)


@pytest.fixture(scope="module")
def client() -> Iterator[OpenAI]:
    app = LocalAPI(api_key="sk-local", admin_api_key="sk-admin-local")
    with OpenAI(
        api_key="sk-local", admin_api_key="sk-admin-local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app)
    ) as client:
        yield client


@pytest.mark.parametrize(("path", "method"), methods(), ids=lambda value: getattr(value, "name", value))
def test_every_method_answers_its_type(client: OpenAI, path: str, method: Method) -> None:
    response = call(client, path, method, raw=True)
    assert response.http_response.status_code < 300
    if method.returns in ("None", "binary", "str"):
        return
    module, name = method.returns.split(":")
    type_ = getattr(importlib.import_module(f"openwire.types.{module}"), name)
    payload: Dict[str, Any] = response.http_response.json()
    for item in payload["data"] if method.page else [payload]:
        strict(type_, item)
    call(client, path, method, raw=False)  # and the parsed result


def test_answers_carry_the_id_of_the_path(client: OpenAI) -> None:
    assert client.admin.organization.users.retrieve("user_abc").id == "user_abc"
    assert client.admin.organization.projects.retrieve("proj_abc").id == "proj_abc"
    assert client.admin.organization.invites.delete("invite_abc").deleted is True


def test_admin_routes_take_the_admin_key() -> None:
    app = LocalAPI(api_key="sk-local", admin_api_key="sk-admin-local")
    with OpenAI(
        api_key="sk-local", admin_api_key="sk-local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app)
    ) as wrong:
        with pytest.raises(AuthenticationError) as caught:
            wrong.admin.organization.users.list()
        assert "admin" in caught.value.message and "sk-local" not in caught.value.message
        assert wrong.models.list().data  # the API key still works where it belongs


def test_required_body_fields_are_checked(client: OpenAI) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.admin.organization.projects.create(name=None)  # type: ignore[arg-type]
    assert caught.value.param == "name"


def test_reference_sdk_reads_admin_answers_over_a_socket() -> None:
    with LocalServer(app=LocalAPI(admin_api_key="sk-admin-local")) as server:
        reference = openai.OpenAI(
            api_key="sk-local", admin_api_key="sk-admin-local", base_url=server.url, max_retries=0
        )  # type: ignore[call-arg]
        with reference:
            users = reference.admin.organization.users.list()  # type: ignore[attr-defined]
            assert users.data[0].object == "organization.user"
            assert reference.admin.organization.projects.retrieve("proj_x").id == "proj_x"  # type: ignore[attr-defined]
