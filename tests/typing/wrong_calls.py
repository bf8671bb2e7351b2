"""Mistakes a strict type checker must flag: each line ending in an ``expect-error`` comment
is an error, and no other line is.

(Run by tests/typing/test_typing.py.)
"""

from __future__ import annotations

from openwire import AsyncAzureOpenAI, AsyncOpenAI, AzureOpenAI, OpenAI
from openwire.types.chat import ChatCompletion, ChatCompletionMessageParam


def misspelled_param(client: OpenAI) -> None:
    client.chat.completions.create(model="gpt-4o", messages=[], temprature=0.2)  # expect-error


def wrong_role_literal(client: OpenAI) -> None:
    message: ChatCompletionMessageParam = {"role": "robot", "content": "hi"}  # expect-error
    client.chat.completions.create(model="gpt-4o", messages=[message])


def wrong_role_inline(client: OpenAI) -> None:
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "robot", "content": "hi"}])  # expect-error


def missing_required_param(client: OpenAI) -> None:
    client.chat.completions.create(messages=[])  # expect-error


def wrong_param_type(client: OpenAI) -> None:
    client.chat.completions.create(model="gpt-4o", messages=[], temperature="hot")  # expect-error


def stream_result_is_not_a_completion(client: OpenAI) -> None:
    stream = client.chat.completions.create(model="gpt-4o", messages=[], stream=True)
    completion: ChatCompletion = stream  # expect-error
    print(completion)


def unknown_field_on_response(client: OpenAI) -> None:
    completion = client.chat.completions.create(model="gpt-4o", messages=[])
    print(completion.choices[0].mesage)  # expect-error


def path_param_is_positional_string(client: OpenAI) -> None:
    client.files.retrieve(123)  # expect-error


def wrong_literal_in_nested_param(client: OpenAI) -> None:
    client.files.create(file=b"x", purpose="bogus")  # expect-error


async def forgot_await(client: AsyncOpenAI) -> None:
    completion = client.chat.completions.create(model="gpt-4o", messages=[])
    print(completion.id)  # expect-error


def azure_base_url_with_a_deployment() -> None:
    # A full `base_url` takes no deployment (no overload accepts both), as in the reference.
    AzureOpenAI(base_url="https://r.openai.azure.com/openai", azure_deployment="d", api_version="v")  # expect-error


def azure_endpoint_and_base_url() -> None:
    AsyncAzureOpenAI(azure_endpoint="https://r.openai.azure.com", base_url="https://x", api_version="v")  # expect-error
