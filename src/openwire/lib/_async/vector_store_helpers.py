# unasync: source of lib/_sync/vector_store_helpers.py
"""``vector_stores.files`` and ``vector_stores.file_batches`` helpers: upload, create, poll.

``create_and_poll`` is generated (``codegen/config.yaml``, ``helpers``: ``create``'s parameters
and ``poll_interval_ms``); it hands its arguments to ``_create_and_poll`` here.

Polling waits ``poll_interval_ms`` when given, else what the server suggests in the
``openai-poll-after-ms`` header, else one second (``lib/polling.py``).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Dict, Iterable, Optional, Protocol, Union, cast

from ... import _io
from ..._types import FileTypes, Headers, Omit, SequenceNotStr, omit
from ..polling import file_batch_pending, poll_headers, vector_store_file_pending
from .poll_loop import poll_until_final

if TYPE_CHECKING:
    from ..._raw_response import LegacyAPIResponse
    from ...types.file_chunking_strategy_param import FileChunkingStrategyParam
    from ...types.file_object import FileObject
    from ...types.vector_stores.vector_store_file import VectorStoreFile
    from ...types.vector_stores.vector_store_file_batch import VectorStoreFileBatch

__all__ = ["AsyncVectorStoreFilesHelpers", "AsyncFileBatchesHelpers"]


Attributes = Optional[Dict[str, Union[str, float, bool]]]


class _FileUploads(Protocol):
    async def create(self, *, file: FileTypes, purpose: Any) -> FileObject: ...


class _Client(Protocol):
    @property
    def files(self) -> _FileUploads: ...


class _RetrieveFile(Protocol):
    async def retrieve(
        self, id: str, *, vector_store_id: str, extra_headers: Headers | None = None
    ) -> LegacyAPIResponse[VectorStoreFile]: ...


class _RetrieveBatch(Protocol):
    async def retrieve(
        self, id: str, *, vector_store_id: str, extra_headers: Headers | None = None
    ) -> LegacyAPIResponse[VectorStoreFileBatch]: ...


class _VectorStoreFiles(Protocol):
    """What the helpers use of the ``vector_stores.files`` resource they are mixed into."""

    _client: _Client

    @property
    def with_raw_response(self) -> _RetrieveFile: ...

    async def create(self, vector_store_id: str, *, file_id: str, **options: Any) -> VectorStoreFile: ...

    async def create_and_poll(self, file_id: str, *, vector_store_id: str, **options: Any) -> VectorStoreFile: ...


class _FileBatches(Protocol):
    """What the helpers use of the ``vector_stores.file_batches`` resource they are mixed into."""

    _client: _Client

    @property
    def with_raw_response(self) -> _RetrieveBatch: ...

    async def create(self, vector_store_id: str, **options: Any) -> VectorStoreFileBatch: ...

    async def create_and_poll(self, vector_store_id: str, **options: Any) -> VectorStoreFileBatch: ...


class AsyncVectorStoreFilesHelpers:
    async def _create_and_poll(self, arguments: Dict[str, Any]) -> VectorStoreFile:
        """``create_and_poll``: attach a file to a vector store, then wait until it is no longer
        ``in_progress``."""
        options = dict(arguments)
        poll_interval_ms, vector_store_id = options.pop("poll_interval_ms"), options.pop("vector_store_id")
        await cast(_VectorStoreFiles, self).create(vector_store_id, **options)
        return await self.poll(options["file_id"], vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
    ) -> VectorStoreFile:
        """Retrieve the vector store file until its status is no longer ``in_progress``."""
        files = cast(_VectorStoreFiles, self)
        retrieve = partial(
            files.with_raw_response.retrieve,
            file_id,
            vector_store_id=vector_store_id,
            extra_headers=poll_headers(poll_interval_ms),
        )
        return await poll_until_final(retrieve, vector_store_file_pending, poll_interval_ms, keep_first_delay=False)

    async def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload a file (``purpose="assistants"``) and attach it to the vector store."""
        files = cast(_VectorStoreFiles, self)
        uploaded = await files._client.files.create(file=file, purpose="assistants")
        return await files.create(vector_store_id, file_id=uploaded.id, chunking_strategy=chunking_strategy)

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Attributes | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Upload a file, attach it to the vector store, and wait until it is processed."""
        files = cast(_VectorStoreFiles, self)
        uploaded = await files._client.files.create(file=file, purpose="assistants")
        return await files.create_and_poll(
            uploaded.id,
            vector_store_id=vector_store_id,
            attributes=attributes,
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )


class AsyncFileBatchesHelpers:
    async def _create_and_poll(self, arguments: Dict[str, Any]) -> VectorStoreFileBatch:
        """``create_and_poll``: create a file batch, then wait until none of its files is in progress."""
        options = dict(arguments)
        poll_interval_ms, vector_store_id = options.pop("poll_interval_ms"), options.pop("vector_store_id")
        batch = await cast(_FileBatches, self).create(vector_store_id, **options)
        return await self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def poll(
        self,
        batch_id: str,
        *,
        vector_store_id: str,
        poll_interval_ms: int | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Retrieve the batch until none of its files is in progress."""
        batches = cast(_FileBatches, self)
        retrieve = partial(
            batches.with_raw_response.retrieve,
            batch_id,
            vector_store_id=vector_store_id,
            extra_headers=poll_headers(poll_interval_ms),
        )
        return await poll_until_final(retrieve, file_batch_pending, poll_interval_ms, keep_first_delay=False)

    async def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: SequenceNotStr[str] = [],
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Upload ``files`` (``max_concurrency`` at a time), then create a batch of them and of
        ``file_ids`` (uploaded files follow ``file_ids``, in the order given) and poll it."""
        batches = cast(_FileBatches, self)
        client_files = batches._client.files
        uploads = [partial(client_files.create, file=file, purpose="assistants") for file in files]
        uploaded = await _io.arun_all(uploads, max_concurrency)
        return await batches.create_and_poll(
            vector_store_id,
            file_ids=[*file_ids, *(file.id for file in uploaded)],
            poll_interval_ms=poll_interval_ms,
            chunking_strategy=chunking_strategy,
        )
