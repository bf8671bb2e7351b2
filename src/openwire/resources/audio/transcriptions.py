# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

from typing import Any, Iterable, List, Optional, TYPE_CHECKING, Union, cast, overload
from typing_extensions import Literal
from functools import cached_property

from ..._async.response import async_to_raw_response_wrapper, async_to_streamed_response_wrapper
from ..._async.streaming import AsyncStream
from ..._files import split_files
from ..._options import make_request_options
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._sync.response import to_raw_response_wrapper, to_streamed_response_wrapper
from ..._sync.streaming import Stream
from ..._types import not_given, omit
from ...types.audio.transcription import Transcription
from ...types.audio.transcription_create_response import TranscriptionCreateResponse
from ...types.audio.transcription_diarized import TranscriptionDiarized
from ...types.audio.transcription_stream_event import TranscriptionStreamEvent
from ...types.audio.transcription_verbose import TranscriptionVerbose

if TYPE_CHECKING:
    import httpx
    from ..._types import Body, FileTypes, Headers, NotGiven, Omit, Query, SequenceNotStr
    from ...types.audio.transcription_create_params import ChunkingStrategy
    from ...types.audio.transcription_include import TranscriptionInclude
    from ...types.audio_model import AudioModel
    from ...types.audio_response_format import AudioResponseFormat

__all__ = ["Transcriptions", "AsyncTranscriptions"]


class Transcriptions(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TranscriptionsWithRawResponse:
        return TranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TranscriptionsWithStreamingResponse:
        return TranscriptionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json"] | Omit = omit,
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Transcription: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["verbose_json"],
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TranscriptionVerbose: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["srt", "text", "vtt"],
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["diarized_json"],
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TranscriptionDiarized: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: AudioResponseFormat | Omit = omit,
        stream: Literal[True],
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Stream[TranscriptionStreamEvent]: ...

    @overload
    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: AudioResponseFormat | Omit = omit,
        stream: bool,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Transcription | TranscriptionVerbose | str | TranscriptionDiarized | Stream[TranscriptionStreamEvent]: ...

    def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: AudioResponseFormat | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Transcription | TranscriptionVerbose | str | TranscriptionDiarized | Stream[TranscriptionStreamEvent]:
        """`POST /audio/transcriptions`."""
        body, files = split_files(
            {
                "file": file,
                "model": model,
                "chunking_strategy": chunking_strategy,
                "include": include,
                "keywords": keywords,
                "known_speaker_names": known_speaker_names,
                "known_speaker_references": known_speaker_references,
                "language": language,
                "languages": languages,
                "prompt": prompt,
                "response_format": response_format,
                "stream": stream,
                "temperature": temperature,
                "timestamp_granularities": timestamp_granularities,
            },
            ["file"],
        )
        response: (
            Transcription | TranscriptionVerbose | str | TranscriptionDiarized | Stream[TranscriptionStreamEvent]
        ) = self._post(
            "/audio/transcriptions",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=cast(
                Any,
                {
                    "verbose_json": TranscriptionVerbose,
                    "srt": str,
                    "text": str,
                    "vtt": str,
                    "diarized_json": TranscriptionDiarized,
                }.get(str(response_format), Transcription),
            ),
            stream=stream or False,
            stream_cls=Stream[TranscriptionStreamEvent],
        )
        return response


class AsyncTranscriptions(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTranscriptionsWithRawResponse:
        return AsyncTranscriptionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTranscriptionsWithStreamingResponse:
        return AsyncTranscriptionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["json"] | Omit = omit,
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Transcription: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["verbose_json"],
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TranscriptionVerbose: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["srt", "text", "vtt"],
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> str: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: Literal["diarized_json"],
        stream: Optional[Literal[False]] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> TranscriptionDiarized: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: AudioResponseFormat | Omit = omit,
        stream: Literal[True],
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncStream[TranscriptionStreamEvent]: ...

    @overload
    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: AudioResponseFormat | Omit = omit,
        stream: bool,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Transcription | TranscriptionVerbose | str | TranscriptionDiarized | AsyncStream[TranscriptionStreamEvent]: ...

    async def create(
        self,
        *,
        file: FileTypes,
        model: Union[str, AudioModel],
        chunking_strategy: Optional[ChunkingStrategy] | Omit = omit,
        include: Iterable[TranscriptionInclude] | Omit = omit,
        keywords: SequenceNotStr[str] | Omit = omit,
        known_speaker_names: SequenceNotStr[str] | Omit = omit,
        known_speaker_references: SequenceNotStr[str] | Omit = omit,
        language: str | Omit = omit,
        languages: SequenceNotStr[str] | Omit = omit,
        prompt: str | Omit = omit,
        response_format: AudioResponseFormat | Omit = omit,
        stream: Optional[Literal[False]] | Literal[True] | Omit = omit,
        temperature: float | Omit = omit,
        timestamp_granularities: List[Literal["word", "segment"]] | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Transcription | TranscriptionVerbose | str | TranscriptionDiarized | AsyncStream[TranscriptionStreamEvent]:
        """`POST /audio/transcriptions`."""
        body, files = split_files(
            {
                "file": file,
                "model": model,
                "chunking_strategy": chunking_strategy,
                "include": include,
                "keywords": keywords,
                "known_speaker_names": known_speaker_names,
                "known_speaker_references": known_speaker_references,
                "language": language,
                "languages": languages,
                "prompt": prompt,
                "response_format": response_format,
                "stream": stream,
                "temperature": temperature,
                "timestamp_granularities": timestamp_granularities,
            },
            ["file"],
        )
        response: (
            Transcription | TranscriptionVerbose | str | TranscriptionDiarized | AsyncStream[TranscriptionStreamEvent]
        ) = await self._post(
            "/audio/transcriptions",
            body=body,
            files=files,
            options=make_request_options(
                extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout
            ),
            cast_to=cast(
                Any,
                {
                    "verbose_json": TranscriptionVerbose,
                    "srt": str,
                    "text": str,
                    "vtt": str,
                    "diarized_json": TranscriptionDiarized,
                }.get(str(response_format), Transcription),
            ),
            stream=stream or False,
            stream_cls=AsyncStream[TranscriptionStreamEvent],
        )
        return response


class TranscriptionsWithRawResponse:
    def __init__(self, transcriptions: Transcriptions) -> None:
        self._transcriptions = transcriptions
        self.create = to_raw_response_wrapper(transcriptions.create)


class TranscriptionsWithStreamingResponse:
    def __init__(self, transcriptions: Transcriptions) -> None:
        self._transcriptions = transcriptions
        self.create = to_streamed_response_wrapper(transcriptions.create)


class AsyncTranscriptionsWithRawResponse:
    def __init__(self, transcriptions: AsyncTranscriptions) -> None:
        self._transcriptions = transcriptions
        self.create = async_to_raw_response_wrapper(transcriptions.create)


class AsyncTranscriptionsWithStreamingResponse:
    def __init__(self, transcriptions: AsyncTranscriptions) -> None:
        self._transcriptions = transcriptions
        self.create = async_to_streamed_response_wrapper(transcriptions.create)
