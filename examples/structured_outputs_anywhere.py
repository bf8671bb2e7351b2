"""The same `parse(response_format=Model)` call on several providers, the same typed result.

OpenAI's structured outputs send a strict `json_schema`; DeepSeek rejects it, older Ollama and
many OpenRouter routes ignore it. A preset client (`OpenAI.for_provider`) knows what its server
supports (`providers.get(name).structured`) and asks accordingly: `json_schema` where supported,
else `json_object` with the schema in the instructions, else a forced tool call; the answer is
validated against the model either way (`reask=True`: once more with the errors on failure).

Each provider runs against its real API when its key variable is set, else offline against the
embedded local server emulating it (rejecting, ignoring or honouring the schema as it does).
"""

from __future__ import annotations

import os
import sys
from typing import List

from pydantic import BaseModel

import openwire
from openwire import OpenAI, providers
from openwire.local import LOCAL_BASE_URL, LocalAPI, local_http_client

PRESETS = [
    ("deepseek", "deepseek-chat"),
    ("ollama", "llama3.2"),
    ("openrouter", "openai/gpt-4o-mini"),
    ("mistral", "mistral-small-latest"),
]
MESSAGES: List[object] = [{"role": "user", "content": "Name a large city and its population."}]


class City(BaseModel):
    name: str
    country: str
    population: int


def client_for(name: str) -> "tuple[OpenAI, OpenAI, str]":
    """The preset client, a plain client asking OpenAI's way, and where they go."""
    variable = providers.get(name).api_key_env
    if variable and os.environ.get(variable):
        return (
            OpenAI.for_provider(name, reask=True),
            OpenAI.for_provider(name, structured_outputs="json_schema"),
            "live",
        )
    http = local_http_client(LocalAPI(provider=name))
    preset = OpenAI.for_provider(name, api_key="local", base_url=LOCAL_BASE_URL, http_client=http, reask=True)
    plain = OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=http)
    return preset, plain, "offline"


def openai_way(plain: OpenAI, model: str) -> str:
    try:
        plain.chat.completions.parse(model=model, messages=MESSAGES, response_format=City)  # type: ignore[arg-type]
        return "works"
    except openwire.BadRequestError as error:
        return f"rejected ({error.status_code})"
    except ValueError as error:  # pydantic's ValidationError: free text came back
        return f"ignored ({type(error).__name__})"


def main() -> int:
    for name, model in PRESETS:
        client, plain, where = client_for(name)
        with client:
            strategy = providers.get(name).structured.strategy
            print(f"{name} ({where}): json_schema OpenAI's way: {openai_way(plain, model)}")
            completion = client.chat.completions.parse(model=model, messages=MESSAGES, response_format=City)  # type: ignore[arg-type]
            city = completion.choices[0].message.parsed
            print(f"{name} via {strategy}: {city!r}")
            assert isinstance(city, City)
    return 0


if __name__ == "__main__":
    sys.exit(main())
