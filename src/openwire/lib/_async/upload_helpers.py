# unasync: source of lib/_sync/upload_helpers.py
"""``uploads.upload_file_chunked``: create an Upload, send the file in parts, complete it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Protocol, cast, overload

from ... import _io
from ..._types import Omit, omit
from ..uploads import PART_CONCURRENCY, UploadSource, part_ranges, upload_source

if TYPE_CHECKING:
    from ...types.file_purpose import FilePurpose
    from ...types.upload import Upload
    from ...types.uploads.upload_part import UploadPart

__all__ = ["AsyncUploadsHelpers"]


class _Parts(Protocol):
    async def create(self, upload_id: str, *, data: Any) -> UploadPart: ...


class _Uploads(Protocol):
    """What the helper uses of the ``uploads`` resource it is mixed into."""

    @property
    def parts(self) -> _Parts: ...

    async def create(self, *, bytes: int, filename: str, mime_type: str, purpose: Any) -> Upload: ...

    async def complete(self, upload_id: str, *, part_ids: Any, md5: str | Omit = omit) -> Upload: ...


class AsyncUploadsHelpers:
    @overload
    async def upload_file_chunked(
        self,
        *,
        file: os.PathLike[str],
        mime_type: str,
        purpose: FilePurpose,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload: ...

    @overload
    async def upload_file_chunked(
        self,
        *,
        file: bytes,
        filename: str,
        bytes: int,
        mime_type: str,
        purpose: FilePurpose,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload: ...

    async def upload_file_chunked(
        self,
        *,
        file: os.PathLike[str] | bytes,
        mime_type: str,
        purpose: FilePurpose,
        filename: str | None = None,
        bytes: int | None = None,
        part_size: int | None = None,
        md5: str | Omit = omit,
    ) -> Upload:
        """Upload a file of any size (up to the API's limit) through the Uploads API.

        ``file`` is a path, or bytes with their ``filename``. Parts of ``part_size`` bytes
        (default 64 MiB) are sent a few at a time, then the Upload is completed with the part
        ids in file order (and ``md5``, when given, for the server to check).
        """
        uploads = cast(_Uploads, self)
        source = upload_source(file, filename=filename, bytes=bytes)
        ranges = part_ranges(source.size, part_size)
        upload = await uploads.create(
            bytes=source.size,
            filename=source.filename,
            mime_type=mime_type,
            purpose=cast(Any, purpose),  # FilePurpose: wider than the endpoint's annotation
        )
        calls = [_part_sender(uploads, upload.id, source, offset, length) for offset, length in ranges]
        parts = await _io.arun_all(calls, PART_CONCURRENCY)
        return await uploads.complete(upload.id, part_ids=[part.id for part in parts], md5=md5)


def _part_sender(
    uploads: _Uploads, upload_id: str, source: UploadSource, offset: int, length: int
) -> Callable[[], Awaitable[UploadPart]]:
    async def send() -> UploadPart:
        if source.data is not None:
            data = source.data[offset : offset + length]
        else:
            data = await _io.aread_range(cast(str, source.path), offset, length)
        return await uploads.parts.create(upload_id, data=data)

    return send
