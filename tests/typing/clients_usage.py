"""Bedrock, workload identity, the provider plug-in and httpx2 clients, as users write them:
``mypy --strict`` and pyright must accept every line; lines ending in ``# expect-error`` must be
flagged (run by tests/typing/test_typing.py)."""

from __future__ import annotations

from typing_extensions import assert_type

import openwire
from openwire import AsyncBedrockOpenAI, BedrockOpenAI, OpenAI, providers
from openwire.auth import (
    SubjectTokenProvider,
    WorkloadIdentity,
    WorkloadIdentityAuth,
    gcp_id_token_provider,
    k8s_service_account_token_provider,
)
from openwire.pagination import AsyncPage
from openwire.types import Model


def bedrock() -> None:
    client = BedrockOpenAI(aws_region="us-west-2", bedrock_token_provider=lambda: "token")
    assert_type(client.with_options(timeout=5), BedrockOpenAI)
    assert_type(client.aws_region, "str | None")
    assert_type(client.copy(aws_region="eu-west-1"), BedrockOpenAI)
    BedrockOpenAI(aws_region=2)  # expect-error


async def bedrock_async() -> None:
    async def token() -> str:
        return "token"

    client = AsyncBedrockOpenAI(aws_region="us-west-2", bedrock_token_provider=token)
    assert_type(await client.models.list(), AsyncPage[Model])


def workload_identity() -> None:
    subject: SubjectTokenProvider = k8s_service_account_token_provider()
    identity: WorkloadIdentity = {"identity_provider_id": "idp", "service_account_id": "sa", "provider": subject}
    OpenAI(workload_identity=identity)
    OpenAI(
        workload_identity={
            "identity_provider_id": "idp",
            "service_account_id": "sa",
            "provider": gcp_id_token_provider(),
        }
    )
    assert_type(WorkloadIdentityAuth(workload_identity=identity).get_token(), str)
    OpenAI(workload_identity={"identity_provider_id": "idp"})  # expect-error


def provider_plug_in() -> OpenAI:
    return OpenAI(provider=providers.bedrock(region="us-west-2", profile="work"))


def httpx2_client() -> OpenAI:
    return OpenAI(api_key="k", http_client=openwire.DefaultHttpx2Client())
