"""Typical calls a user writes: a strict type checker must accept every line of this file.

(Run by tests/typing/test_typing.py; the same file with ``openai`` in place of ``openwire``
is type-checked to compare timings, see README.md.)
"""

from __future__ import annotations

from typing import List

from openwire import AsyncAzureOpenAI, AsyncOpenAI, AzureOpenAI, OpenAI, Stream, providers
from openwire.types import CreateEmbeddingResponse, FileObject
from openwire.types.chat import ChatCompletion, ChatCompletionChunk, ChatCompletionMessageParam
from openwire.types.responses import (
    Response,
    ResponseFunctionToolCall,
    ResponseFunctionToolCallItem,
    ResponseInputParam,
    ResponseStreamEvent,
)


def chat(client: OpenAI) -> str:
    messages: List[ChatCompletionMessageParam] = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": [{"type": "text", "text": "Hello"}]},
    ]
    completion: ChatCompletion = client.chat.completions.create(
        model="gpt-4o",
        messages=messages,
        temperature=0.2,
        max_completion_tokens=100,
        tools=[{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        tool_choice="auto",
        response_format={"type": "json_object"},
        metadata={"k": "v"},
    )
    choice = completion.choices[0]
    if choice.finish_reason == "stop" and choice.message.content is not None:
        return choice.message.content
    return completion.id


def chat_stream(client: OpenAI) -> str:
    stream: Stream[ChatCompletionChunk] = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "hi"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    text = ""
    for chunk in stream:
        for choice in chunk.choices:
            text += choice.delta.content or ""
    return text


def provider_extensions(client: OpenAI) -> str:
    completion = client.chat.completions.create(model="deepseek-reasoner", messages=[{"role": "user", "content": "x"}])
    thinking: str = providers.reasoning_content(completion.choices[0].message) or ""
    if completion.usage is not None:
        hits: int = providers.cache_hit_tokens(completion.usage) or 0
        thinking += str(hits)
    for chunk in client.chat.completions.create(model="m", messages=[], stream=True):
        thinking += providers.reasoning_content(chunk.choices[0].delta) or ""
    return thinking


def responses(client: OpenAI) -> str:
    response: Response = client.responses.create(
        model="gpt-4o",
        input=[{"role": "user", "content": [{"type": "input_text", "text": "hi"}]}],
        tools=[{"type": "web_search"}],
        reasoning={"effort": "low"},
    )
    events: Stream[ResponseStreamEvent] = client.responses.create(model="gpt-4o", input="hi", stream=True)
    for event in events:
        if event.type == "response.output_text.delta":
            return event.delta
    return response.id


def embeddings_and_files(client: OpenAI) -> int:
    embedding: CreateEmbeddingResponse = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
    uploaded: FileObject = client.files.create(file=b"{}", purpose="batch")
    total = len(embedding.data[0].embedding) + uploaded.bytes
    for page_item in client.files.list(purpose="batch", limit=10):
        total += page_item.bytes
    content = client.files.content(uploaded.id)
    return total + len(content.content)


def raw_and_options(client: OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    completion = raw.parse()
    print(raw.headers.get("x-request-id"), completion.id)
    client.models.retrieve("gpt-4o", extra_headers={"X-Trace": "1"}, timeout=5.0)
    client.with_options(max_retries=5).batches.list(limit=3)


async def async_calls(client: AsyncOpenAI) -> str:
    completion = await client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    async for model in client.models.list():
        print(model.id)
    page = await client.vector_stores.list(limit=2)
    print(page.data)
    stream = await client.responses.create(model="gpt-4o", input="hi", stream=True)
    async for event in stream:
        print(event.type)
    return completion.choices[0].message.role


def models_and_aliases() -> None:
    # Models are built by keyword (no private attribute to pass); an ``*Item`` is its base.
    item = ResponseFunctionToolCallItem(
        id="fc", type="function_call", call_id="c", name="f", arguments="{}", status="completed"
    )
    call: ResponseFunctionToolCall = item
    # A list alias is a list: users append to it.
    inputs: ResponseInputParam = [{"role": "user", "content": "hi"}]
    inputs.append({"role": "user", "content": "again"})
    print(call.call_id, inputs)


def azure_clients() -> None:
    # The three constructor overloads: endpoint (+ deployment), deployment alone, full base_url.
    AzureOpenAI(azure_endpoint="https://r.openai.azure.com", azure_deployment="d", api_version="v", api_key="k")
    AzureOpenAI(azure_deployment="d", api_version="v", azure_ad_token_provider=lambda: "token")
    AsyncAzureOpenAI(base_url="https://r.openai.azure.com/openai/deployments/d", api_version="v", api_key="k")
