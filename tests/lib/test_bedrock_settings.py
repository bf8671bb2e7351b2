"""Bedrock's settings (``openwire.lib.bedrock``, no I/O) and the clients' surface.

The wire behaviour, compared with the reference, is in ``tests/differential/test_bedrock.py``.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest
from bedrock_support import clean_aws_environment

import openwire
from openwire._bedrock import resolve_settings

NOTHING: Dict[str, Any] = {
    "api_key": None,
    "bedrock_token_provider": None,
    "aws_region": None,
    "aws_profile": None,
    "aws_access_key_id": None,
    "aws_secret_access_key": None,
    "aws_session_token": None,
    "aws_credentials_provider": None,
    "base_url": None,
}


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_aws_environment(monkeypatch, tmp_path)


def settings(environ: Dict[str, str] = {}, **kwargs: Any) -> Any:
    return resolve_settings(**{**NOTHING, **kwargs}, environ=environ)


def provider() -> str:
    return "t"


@pytest.mark.parametrize(
    ("kwargs", "environ", "mode", "token"),
    [
        ({"api_key": "k"}, {}, None, "k"),
        ({"api_key": "k"}, {"AWS_BEARER_TOKEN_BEDROCK": "env"}, None, "k"),
        ({"bedrock_token_provider": provider}, {}, None, None),
        ({}, {"AWS_BEARER_TOKEN_BEDROCK": "env"}, None, "env"),
        ({"aws_access_key_id": "a", "aws_secret_access_key": "s"}, {"AWS_BEARER_TOKEN_BEDROCK": "env"}, "static", None),
        ({"aws_credentials_provider": lambda: None}, {"AWS_BEARER_TOKEN_BEDROCK": "env"}, "provider", None),
        ({}, {}, "chain", None),
        ({"api_key": ""}, {}, "chain", None),  # an empty key counts as none
    ],
)
def test_the_authentication_mode_follows_the_reference_order(
    kwargs: Dict[str, Any], environ: Dict[str, str], mode: Any, token: Any
) -> None:
    resolved = settings({"AWS_REGION": "us-east-1", **environ}, **kwargs)
    assert (resolved.aws_mode, resolved.bearer_token, resolved.signs) == (mode, token, mode is not None)


def test_the_url_comes_from_the_argument_the_variable_or_the_region() -> None:
    assert (
        settings(aws_region="us-west-2", api_key="k").base_url == "https://bedrock-mantle.us-west-2.api.aws/openai/v1"
    )
    env = {"AWS_BEDROCK_BASE_URL": "http://b/v1", "AWS_REGION": "r"}
    assert settings(env, api_key="k").base_url == "http://b/v1"
    assert settings(env, api_key="k", base_url="http://a").base_url == "http://a"
    bearer_without_region = settings(api_key="k", base_url="http://a")
    assert (bearer_without_region.region, bearer_without_region.base_url_given) == (None, True)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"api_key": "k"}, "needs an AWS region: pass `aws_region`"),
        ({"api_key": "k", "aws_region": "r", "bedrock_token_provider": provider}, "ambiguous: both `api_key`"),
        ({"aws_region": "r", "aws_access_key_id": "a"}, "need both `aws_access_key_id` and `aws_secret_access_key`"),
        ({"aws_region": "r", "aws_profile": "p", "aws_credentials_provider": provider}, "pass only one of"),
        ({"aws_region": "r", "api_key": "k", "aws_profile": "p"}, "a bearer token and AWS credentials (profile)"),
    ],
)
def test_bad_arguments_are_refused_naming_them(kwargs: Dict[str, Any], message: str) -> None:
    with pytest.raises(openwire.OpenAIError) as info:
        settings(**kwargs)
    assert message in str(info.value)


def test_without_botocore_signing_is_refused_naming_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "botocore", None)  # what an environment without it gives
    with pytest.raises(openwire.OpenAIError, match=r"pip install 'openwire\[bedrock\]'"):
        openwire.BedrockOpenAI(aws_region="us-east-1", aws_access_key_id="a", aws_secret_access_key="s")
    with pytest.raises(openwire.OpenAIError, match=r"openwire\[bedrock\]"):
        openwire.BedrockOpenAI(aws_region="us-east-1")  # the default chain signs too
    assert openwire.BedrockOpenAI(aws_region="us-east-1", api_key="k").auth_headers == {"authorization": "Bearer k"}


def test_import_openwire_loads_neither_botocore_nor_the_bedrock_module() -> None:
    code = (
        "import sys, json, openwire\n"
        "before = set(sys.modules)\n"
        "openwire.BedrockOpenAI(aws_region='us-east-1', api_key='k')\n"
        "print(json.dumps([sorted(before), sorted(sys.modules)]))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    at_import, after_bearer_client = json.loads(output)
    assert not [m for m in at_import if "bedrock" in m or m.startswith("botocore")]
    assert "openwire._bedrock_client" in after_bearer_client
    assert not [m for m in after_bearer_client if m.startswith("botocore")]  # a bearer token needs no botocore


def test_secrets_stay_out_of_reprs_and_errors() -> None:
    client = openwire.BedrockOpenAI(
        aws_region="us-east-1", aws_access_key_id="AKIDSECRET", aws_secret_access_key="s3cr3t"
    )
    assert "s3cr3t" not in repr(client) and "AKIDSECRET" not in repr(client)
    with pytest.raises(openwire.OpenAIError) as info:
        openwire.BedrockOpenAI(aws_region="us-east-1", api_key="tok3n", aws_secret_access_key="s3cr3t")
    assert "s3cr3t" not in str(info.value) and "tok3n" not in str(info.value)


def test_copy_refuses_what_bedrock_cannot_use() -> None:
    client = openwire.BedrockOpenAI(aws_region="us-east-1", api_key="k")
    with pytest.raises(openwire.OpenAIError, match="admin_api_key"):
        client.copy(admin_api_key="admin")
    moved = client.copy(aws_region="eu-west-1")
    assert str(moved.base_url) == "https://bedrock-mantle.eu-west-1.api.aws/openai/v1/"
    assert moved.auth_headers == {"authorization": "Bearer k"}


def test_openai_admin_key_is_never_sent_to_bedrock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_ADMIN_KEY", "admin-secret")
    client = openwire.BedrockOpenAI(aws_region="us-east-1", aws_access_key_id="a", aws_secret_access_key="s")
    assert client.admin_api_key is None and client.auth_headers == {}


@pytest.mark.parametrize("name", ["BedrockOpenAI", "AsyncBedrockOpenAI"])
def test_constructor_copy_and_bases_match_the_reference_surface(shared_dir: Path, name: str) -> None:
    theirs = json.loads((shared_dir / "surface" / "client.json").read_text())["clients"][name]
    cls = getattr(openwire, name)
    assert [c.__name__ for c in cls.__mro__[:2]] == [path.rsplit(".", 1)[1] for path in theirs["mro"][:2]]
    for ours, expected in (
        (cls.__init__, theirs["constructor"]["params"]),
        (cls.copy, theirs["methods"]["copy"]["params"]),
    ):
        params = list(inspect.signature(ours).parameters.values())[1:]
        assert [p.name for p in params] == [p["name"] for p in expected]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in params)
        assert [repr(p.default).lower() for p in params] == [p["default"].lower() for p in expected]
    assert cls.with_options is cls.copy
