"""Azure OpenAI: the same calls, routed to a deployment with an `api-version`.

With AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT set it calls your Azure resource (the
deployment from AZURE_OPENAI_DEPLOYMENT, default gpt-4o-mini; OPENAI_API_VERSION, default
2024-10-21). Otherwise it points `AzureOpenAI` at the embedded local server through
`base_url` (in-process, offline). Each request line is printed, to show the routing.

With Entra ID instead of a key: `AzureOpenAI(azure_endpoint=..., api_version=...,
azure_ad_token_provider=get_token)`, where `get_token()` returns a fresh bearer token.
"""

from __future__ import annotations

import os
import sys

import httpx

import openwire
from openwire import AzureOpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

API_VERSION = os.environ.get("OPENAI_API_VERSION", "2024-10-21")
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-mini")


def show_request(request: httpx.Request) -> None:
    # The key travels in the `api-key` header: say that it is there, never what it is.
    auth = "api-key header" if "api-key" in request.headers else "bearer token"
    print(f"request: {request.method} {request.url.path}?{request.url.query.decode()} ({auth})")


def make_client() -> AzureOpenAI:
    hooks = {"request": [show_request]}
    if os.environ.get("AZURE_OPENAI_API_KEY") and os.environ.get("AZURE_OPENAI_ENDPOINT"):
        print("Using Azure OpenAI at", os.environ["AZURE_OPENAI_ENDPOINT"])
        # Reads AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT from the environment.
        return AzureOpenAI(api_version=API_VERSION, http_client=httpx.Client(event_hooks=hooks))
    print("No AZURE_OPENAI_API_KEY / AZURE_OPENAI_ENDPOINT: using the embedded local server (offline).")
    http_client = local_http_client()
    http_client.event_hooks = hooks
    return AzureOpenAI(api_key="local", api_version=API_VERSION, base_url=LOCAL_BASE_URL, http_client=http_client)


def main() -> int:
    with make_client() as client:
        try:
            # `model` names the deployment: the client moves it into the URL.
            completion = client.chat.completions.create(
                model=DEPLOYMENT, messages=[{"role": "user", "content": "Say hello from Azure."}]
            )
            print("reply:", completion.choices[0].message.content)

            stream = client.chat.completions.create(
                model=DEPLOYMENT, messages=[{"role": "user", "content": "Count to three."}], stream=True
            )
            print("stream:", end=" ", flush=True)
            with stream:
                for chunk in stream:
                    # Azure sends a first chunk with no choices (content filter results).
                    for choice in chunk.choices:
                        print(choice.delta.content or "", end="", flush=True)
            print()
        except openwire.NotFoundError as err:
            if err.code != "unknown_url" and err.code != "DeploymentNotFound":
                raise
            print(f"note: this server does not serve Azure deployment URLs yet (404 for {err.request.url.path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
