"""Amazon Bedrock: the same calls through `BedrockOpenAI`, with a bearer token or AWS SigV4 signing.

With AWS_BEARER_TOKEN_BEDROCK and AWS_REGION set it calls Bedrock's OpenAI-compatible endpoint
(`https://bedrock-mantle.<region>.api.aws/openai/v1`; the model from BEDROCK_MODEL, default
openai.gpt-oss-20b). Otherwise it starts the embedded local server on 127.0.0.1 as a stand-in
for Bedrock (offline) and sends the same request twice: once with a bearer token, once signed
with example AWS keys (that needs botocore: `pip install 'openwire[bedrock]'`). Each request line
shows how it was authenticated, never the secret.

Signed by AWS credentials for real: `BedrockOpenAI(aws_region="us-west-2")` uses the default AWS
chain (environment, ~/.aws, an instance role); `aws_profile=`, static keys or
`aws_credentials_provider=` choose one source.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from typing import Any, Dict

import httpx

from openwire import BedrockOpenAI
from openwire.local import LocalServer

MODEL = os.environ.get("BEDROCK_MODEL", "openai.gpt-oss-20b")


def show_request(request: httpx.Request) -> None:
    auth = request.headers.get("authorization", "")
    if auth.startswith("AWS4-HMAC-SHA256"):
        signed = auth.split("SignedHeaders=", 1)[1].split(",", 1)[0].split(";")
        scope = auth.split("Credential=", 1)[1].split(",", 1)[0].split("/", 1)[1]
        how = f"SigV4, scope {scope}, {len(signed)} signed headers"
    else:
        how = "bearer token" if auth.startswith("Bearer ") else "no credentials"
    print(f"request: {request.method} {request.url.path} ({how})")


def ask(client: BedrockOpenAI, model: str) -> None:
    completion = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "Say hello from Bedrock."}]
    )
    print("reply:", completion.choices[0].message.content)


def main() -> int:
    hooks: Dict[str, Any] = {"request": [show_request]}
    if os.environ.get("AWS_BEARER_TOKEN_BEDROCK"):
        print("Using Amazon Bedrock in", os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION"))
        # Reads AWS_BEARER_TOKEN_BEDROCK and AWS_REGION (or AWS_BEDROCK_BASE_URL) from the environment.
        with BedrockOpenAI(http_client=httpx.Client(event_hooks=hooks)) as client:
            ask(client, MODEL)
        return 0

    print("No AWS_BEARER_TOKEN_BEDROCK: using the embedded local server as a stand-in for Bedrock (offline).")
    with LocalServer() as server:
        local: Dict[str, Any] = {"aws_region": "us-east-1", "base_url": server.url}
        with BedrockOpenAI(api_key="local-token", http_client=httpx.Client(event_hooks=hooks), **local) as client:
            ask(client, "gpt-4o-mini")
        if importlib.util.find_spec("botocore") is None:
            print("note: botocore is not installed, so no SigV4 request (pip install 'openwire[bedrock]')")
            return 0
        signed = BedrockOpenAI(
            aws_access_key_id="AKIDEXAMPLE",
            aws_secret_access_key="example-secret-key",
            http_client=httpx.Client(event_hooks=hooks),
            **local,
        )
        with signed:
            ask(signed, "gpt-4o-mini")
    return 0


if __name__ == "__main__":
    sys.exit(main())
