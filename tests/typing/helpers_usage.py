"""Webhooks, polling and upload helpers, and the module-level client, as users write them:
``mypy --strict`` must accept every line, with the results typed (``assert_type``); lines
ending in ``# expect-error`` must be flagged (run by tests/typing/test_typing.py)."""

from __future__ import annotations

from pathlib import Path

import httpx
from typing_extensions import assert_type

import openwire
from openwire import AsyncOpenAI, OpenAI
from openwire.types import FileObject
from openwire.types.upload import Upload
from openwire.types.vector_stores import VectorStoreFile, VectorStoreFileBatch
from openwire.types.webhooks import UnwrapWebhookEvent


def webhooks(client: OpenAI, body: bytes, headers: httpx.Headers) -> str:
    client.webhooks.verify_signature(body, headers, secret="whsec_abc", tolerance=60)
    event = client.webhooks.unwrap(body.decode(), {"webhook-id": "1"})
    assert_type(event, UnwrapWebhookEvent)
    if event.type == "batch.completed":
        return event.data.id
    return event.id


def sync_helpers(client: OpenAI, path: Path) -> None:
    assert_type(client.files.wait_for_processing("file-1", poll_interval=1), FileObject)
    assert_type(client.uploads.upload_file_chunked(file=path, mime_type="text/plain", purpose="batch"), Upload)
    upload = client.uploads.upload_file_chunked(
        file=b"data", filename="d.bin", bytes=4, mime_type="application/octet-stream", purpose="assistants", md5="x"
    )
    assert_type(upload, Upload)
    client.uploads.upload_file_chunked(file=b"data", mime_type="t", purpose="batch")  # expect-error
    files = client.vector_stores.files
    assert_type(files.create_and_poll("file-1", vector_store_id="vs", poll_interval_ms=500), VectorStoreFile)
    assert_type(files.upload_and_poll(vector_store_id="vs", file=("a.txt", b"a")), VectorStoreFile)
    assert_type(files.upload(vector_store_id="vs", file=path), VectorStoreFile)
    assert_type(files.poll("file-1", vector_store_id="vs"), VectorStoreFile)
    batches = client.vector_stores.file_batches
    assert_type(batches.create_and_poll("vs", file_ids=["a"]), VectorStoreFileBatch)
    assert_type(batches.upload_and_poll("vs", files=[path, b"x"], max_concurrency=3), VectorStoreFileBatch)
    assert_type(batches.poll("vsfb", vector_store_id="vs"), VectorStoreFileBatch)
    batches.poll("vsfb", vector_store_id="vs", poll_interval_ms="1s")  # expect-error


async def async_helpers(client: AsyncOpenAI, path: Path) -> None:
    assert_type(await client.files.wait_for_processing("file-1"), FileObject)
    assert_type(await client.uploads.upload_file_chunked(file=path, mime_type="t", purpose="batch"), Upload)
    assert_type(await client.vector_stores.files.upload_and_poll(vector_store_id="vs", file=path), VectorStoreFile)
    assert_type(await client.vector_stores.file_batches.upload_and_poll("vs", files=[path]), VectorStoreFileBatch)
    assert_type(client.webhooks.unwrap("{}", {}), UnwrapWebhookEvent)  # not a coroutine
    status = client.files.wait_for_processing("file-1").status  # expect-error
    print(status)


def module_client() -> None:
    openwire.api_key = "sk-..."
    openwire.max_retries = 3
    openwire.timeout = 20.0
    openwire.api_type = "azure"
    openwire.azure_ad_token_provider = lambda: "token"
    openwire.api_type = "bedrock"  # expect-error: mypy
    openwire.max_retries = "3"  # expect-error: mypy
