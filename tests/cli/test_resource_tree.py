"""Finding generated methods by dotted path, without importing resources off the path."""

from __future__ import annotations

import subprocess
import sys
from typing import Iterator

import pytest

from openwire import OpenAI
from openwire.cli.errors import UsageError
from openwire.cli.resource_tree import methods_of, resolve, sub_resources, walk_methods


@pytest.fixture
def client() -> Iterator[OpenAI]:
    with OpenAI(api_key="unused", base_url="http://localhost.invalid") as client:
        yield client


def test_resolves_a_nested_method(client: OpenAI) -> None:
    resource, method = resolve(client, "chat.completions.create")
    assert resource is client.chat.completions
    assert method == client.chat.completions.create


def test_lists_resources_and_methods(client: OpenAI) -> None:
    assert "chat" in sub_resources(client) and "with_raw_response" not in sub_resources(client)
    assert sub_resources(client.chat.completions) == ["messages"]
    assert {"create", "list", "retrieve", "delete", "update"} <= set(methods_of(client.chat.completions))
    assert methods_of(client) == []  # the client's own methods (get, post, close...) are not endpoints


def test_walks_every_method(client: OpenAI) -> None:
    paths = list(walk_methods(client))
    assert "models.list" in paths and "fine_tuning.jobs.checkpoints.list" in paths
    assert not any("with_raw_response" in path for path in paths)


@pytest.mark.parametrize(
    ("dotted", "message"),
    [
        ("chat.completion.create", "chat has no resource 'completion'; it has resources completions"),
        ("modles.list", "the client has no resource 'modles'"),
        ("models.lst", "models has no method or resource 'lst'; it has methods delete, list, retrieve"),
        ("chat.completions", "'chat.completions' is a resource, not a method; it has methods create"),
        ("models..list", "expected a method like 'models.list'"),
        ("models._get", "models has no method or resource '_get'"),
    ],
)
def test_wrong_paths_name_the_choices(client: OpenAI, dotted: str, message: str) -> None:
    with pytest.raises(UsageError) as info:
        resolve(client, dotted)
    assert message in str(info.value)


def test_walking_one_path_imports_only_its_resources() -> None:
    code = (
        "import sys\n"
        "from openwire import OpenAI\n"
        "from openwire.cli.resource_tree import resolve\n"
        "resolve(OpenAI(api_key='x', base_url='http://localhost.invalid'), 'models.list')\n"
        "print('openwire.resources.images' in sys.modules, 'openwire.resources.models' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]
