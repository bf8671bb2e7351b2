"""Audio: speech in every format, transcriptions and translations in every response format."""

from __future__ import annotations

import json
import struct

import pytest

from openwire import BadRequestError
from openwire.local import LocalAPI, wav
from openwire.types.audio import Transcription, TranscriptionVerbose, Translation

from .conftest import Api
from .strict import strict

MAGIC = {
    "mp3": b"\xff\xf3",
    "opus": b"OggS",
    "aac": b"\xff\xf1",
    "flac": b"fLaC",
    "wav": b"RIFF",
}


@pytest.mark.parametrize("fmt", ["mp3", "opus", "aac", "flac", "wav", "pcm"])
def test_speech_in_each_format(api: Api, fmt: str) -> None:
    audio = api.call(
        lambda c: c.audio.speech.create(model="tts-1", voice="alloy", input="hello there", response_format=fmt)
    )
    content = audio.content
    assert content.startswith(MAGIC.get(fmt, b""))
    if fmt == "pcm":
        assert len(content) % 2 == 0 and set(content) == {0}


def test_speech_round_trips_through_transcription(api: Api) -> None:
    spoken = api.call(
        lambda c: c.audio.speech.create(model="tts-1", voice="alloy", input="Round trip works.", response_format="wav")
    )
    text = api.call(lambda c: c.audio.transcriptions.create(model="whisper-1", file=("clip.wav", spoken.content)))
    assert text.text == "Round trip works."


def test_unknown_audio_transcribes_to_a_fixed_sentence(api: Api) -> None:
    result = api.call(lambda c: c.audio.translations.create(model="whisper-1", file=("note.wav", wav(1.0))))
    assert result.text == "This is a transcription of note.wav."


def test_text_srt_and_vtt_formats(api: Api) -> None:
    clip = ("a.wav", wav(1.5))
    text = api.call(lambda c: c.audio.transcriptions.create(model="whisper-1", file=clip, response_format="text"))
    srt = api.call(lambda c: c.audio.transcriptions.create(model="whisper-1", file=clip, response_format="srt"))
    vtt = api.call(lambda c: c.audio.translations.create(model="whisper-1", file=clip, response_format="vtt"))
    assert text == "This is a transcription of a.wav.\n"
    assert srt == "1\n00:00:00,000 --> 00:00:01,500\nThis is a transcription of a.wav.\n\n"
    assert vtt.startswith("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n")


def test_verbose_json_with_word_timestamps(api: Api) -> None:
    verbose = api.call(
        lambda c: c.audio.transcriptions.create(
            model="whisper-1",
            file=("a.wav", wav(2.0)),
            response_format="verbose_json",
            timestamp_granularities=["word", "segment"],
        )
    )
    assert verbose.duration == 2.0 and verbose.language == "english"
    assert [w.word for w in verbose.words][:3] == ["This", "is", "a"]
    assert verbose.segments[0].end == 2.0


def test_streamed_transcription(api: Api) -> None:
    clip = ("a.wav", wav(0.5))
    events = api.collect(lambda c: c.audio.transcriptions.create(model="gpt-4o-transcribe", file=clip, stream=True))
    assert events[-1].type == "transcript.text.done"
    assert "".join(e.delta for e in events[:-1]) == events[-1].text


def test_payloads_parse_strictly(app: LocalAPI) -> None:
    boundary = "b0undary"

    def form(**fields: str) -> bytes:
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()
        ]
        upload = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.wav"\r\nContent-Type: audio/wav\r\n\r\n'
        return "".join(parts).encode() + upload.encode() + wav(0.5) + f"\r\n--{boundary}--\r\n".encode()

    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    cases = [
        ("/v1/audio/transcriptions", {"model": "whisper-1"}, Transcription),
        ("/v1/audio/transcriptions", {"model": "gpt-4o-transcribe"}, Transcription),
        ("/v1/audio/transcriptions", {"model": "whisper-1", "response_format": "verbose_json"}, TranscriptionVerbose),
        ("/v1/audio/translations", {"model": "whisper-1"}, Translation),
    ]
    for path, fields, type_ in cases:
        response = app.handle("POST", path, form(**fields), headers)
        assert response.status == 200, response.body
        strict(type_, response.body)
    missing = app.handle("POST", "/v1/audio/transcriptions", form(), headers)
    assert json.loads(missing.body)["error"]["param"] == "model"  # type: ignore[arg-type]


def test_wav_header_describes_24khz_mono_pcm() -> None:
    data = wav(0.25)
    channels, rate = struct.unpack("<HI", data[22:28])
    assert (channels, rate, len(data)) == (1, 24000, 44 + 2 * 6000)


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "tts-1", "voice": "alloy"}, "input"),
        ({"model": "tts-1", "input": "x"}, "voice"),
        ({"model": "tts-1", "input": "x", "voice": "a", "response_format": "ogg"}, "response_format"),
        ({"model": "tts-1", "input": "x", "voice": "a", "speed": 9}, "speed"),
    ],
)
def test_malformed_speech_requests(api: Api, body: dict, param: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(BadRequestError) as caught:
        api.call(lambda c: c.post("/audio/speech", body=body, cast_to=object))
    assert caught.value.param == param
