# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Iterable, List, Optional, Union
from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import FileTypes, SequenceNotStr
from ..audio_model import AudioModel
from ..audio_response_format import AudioResponseFormat
from .transcription_include import TranscriptionInclude

__all__ = ["ChunkingStrategy", "ChunkingStrategyVadConfig", "TranscriptionCreateParams"]


class ChunkingStrategyVadConfig(TypedDict, total=False):
    type: Required[Literal["server_vad"]]
    prefix_padding_ms: int
    silence_duration_ms: int
    threshold: float


ChunkingStrategy: TypeAlias = Union[Literal["auto"], ChunkingStrategyVadConfig]


class TranscriptionCreateParamsBase(TypedDict, total=False):
    file: Required[FileTypes]
    model: Required[Union[str, "AudioModel"]]
    chunking_strategy: Optional["ChunkingStrategy"]
    include: Iterable["TranscriptionInclude"]
    keywords: SequenceNotStr[str]
    known_speaker_names: SequenceNotStr[str]
    known_speaker_references: SequenceNotStr[str]
    language: str
    languages: SequenceNotStr[str]
    prompt: str
    response_format: "AudioResponseFormat"
    temperature: float
    timestamp_granularities: List[Literal["word", "segment"]]


class TranscriptionCreateParamsNonStreaming(TranscriptionCreateParamsBase, total=False):
    stream: Optional[Literal[False]]


class TranscriptionCreateParamsStreaming(TranscriptionCreateParamsBase):
    stream: Required[Literal[True]]


TranscriptionCreateParams = Union[TranscriptionCreateParamsNonStreaming, TranscriptionCreateParamsStreaming]
