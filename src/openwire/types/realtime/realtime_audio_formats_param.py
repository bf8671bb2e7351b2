# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from typing import Union
from typing_extensions import Literal, TypeAlias, TypedDict


__all__ = ["AudioPCM", "AudioPCMA", "AudioPCMU", "RealtimeAudioFormatsParam"]


class AudioPCM(TypedDict, total=False):
    rate: Literal[24000]
    type: Literal["audio/pcm"]


class AudioPCMA(TypedDict, total=False):
    type: Literal["audio/pcma"]


class AudioPCMU(TypedDict, total=False):
    type: Literal["audio/pcmu"]


RealtimeAudioFormatsParam: TypeAlias = Union[AudioPCM, AudioPCMU, AudioPCMA]
