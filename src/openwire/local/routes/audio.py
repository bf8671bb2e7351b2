"""``/audio/speech`` (silent clips in every format), ``/audio/transcriptions`` and ``/audio/translations``.

Speech made here is remembered: transcribing it gives back the text it was made from, so an
application's speak-then-listen round trip can be tested offline. Other audio transcribes to
a fixed sentence naming the file.
"""

from __future__ import annotations

import base64
import hashlib
import struct
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Tuple

from .._media import AUDIO_TYPES, SAMPLE_RATE, audio
from .._model_math import count_tokens
from .._multipart import UploadedFile, parse_form
from .._params import invalid, missing, one_of, optional_bool, optional_number, required_str
from .._rules import pieces
from .._wire import LocalRequest, LocalResponse, sse_event

if TYPE_CHECKING:
    from .._context import Context
    from .._router import Route

__all__ = ["ROUTES", "timestamp"]

_TEXT_FORMATS = ("json", "text", "srt", "verbose_json", "vtt")


def speech(app: "Context", request: LocalRequest) -> LocalResponse:
    payload = request.json()
    required_str(payload, "model")
    text = required_str(payload, "input")
    if len(text) > 4096:
        raise invalid(
            "input",
            "Invalid 'input': string too long. Expected a string with maximum length 4096.",
            "string_above_max_length",
        )
    voice = payload.get("voice")
    if voice is None:
        raise missing("voice")
    if not isinstance(voice, (str, dict)):
        raise invalid("voice", "'voice' must be a voice name or an object with an 'id'.")
    fmt = one_of(payload, "response_format", tuple(AUDIO_TYPES), "mp3")
    speed = optional_number(payload, "speed", 1.0)
    if not 0.25 <= speed <= 4.0:
        raise invalid("speed", f"Invalid 'speed': {speed}. Expected a value between 0.25 and 4.0.")
    seconds = min(10.0, max(0.5, 0.06 * len(text) / speed))
    clip = audio(fmt, seconds)
    with app.store.lock:
        app.store.spoken[hashlib.sha256(clip).hexdigest()] = (text, seconds)
    if one_of(payload, "stream_format", ("audio", "sse"), "audio") == "sse":
        return LocalResponse.stream(_speech_events(clip, text))
    return LocalResponse.raw(clip, AUDIO_TYPES[fmt])


def _speech_events(clip: bytes, text: str) -> Iterator[bytes]:
    for start in range(0, len(clip), 4096):
        yield sse_event({"type": "speech.audio.delta", "audio": base64.b64encode(clip[start : start + 4096]).decode()})
    tokens = count_tokens(text)
    usage = {"input_tokens": tokens, "output_tokens": len(clip) // 1024, "total_tokens": tokens + len(clip) // 1024}
    yield sse_event({"type": "speech.audio.done", "usage": usage})


def _heard(app: "Context", upload: UploadedFile) -> Tuple[str, float]:
    """What the uploaded audio says, and how long it lasts."""
    known = app.store.spoken.get(hashlib.sha256(upload.data).hexdigest())
    if known is not None:
        return known
    text = f"This is a transcription of {upload.filename}."
    if upload.data[:4] == b"RIFF" and upload.data[8:12] == b"WAVE" and len(upload.data) >= 44:
        byte_rate = struct.unpack("<I", upload.data[28:32])[0] or 2 * SAMPLE_RATE
        return text, round((len(upload.data) - 44) / byte_rate, 3)
    return text, round(0.4 * len(text.split()), 3)


def timestamp(seconds: float, separator: str) -> str:
    """``00:00:01,500`` (SRT, ``separator=","``) or ``00:00:01.500`` (WebVTT)."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}{separator}{rest % 1000:03d}"


def _words(text: str, duration: float) -> List[Dict[str, Any]]:
    words = text.split()
    step = duration / max(len(words), 1)
    return [
        {"word": word.strip(".,!?"), "start": round(i * step, 3), "end": round((i + 1) * step, 3)}
        for i, word in enumerate(words)
    ]


def _segment(text: str, duration: float) -> Dict[str, Any]:
    return {
        "id": 0,
        "seek": 0,
        "start": 0.0,
        "end": duration,
        "text": text,
        "tokens": [50364 + i for i in range(count_tokens(text))],
        "temperature": 0.0,
        "avg_logprob": -0.2,
        "compression_ratio": 1.0,
        "no_speech_prob": 0.01,
    }


def _usage(model: str, text: str, duration: float) -> Dict[str, Any]:
    if model.startswith("whisper"):
        return {"type": "duration", "seconds": duration}
    audio_tokens = max(1, int(duration * 10))
    output = count_tokens(text)
    return {
        "type": "tokens",
        "input_tokens": audio_tokens,
        "input_token_details": {"text_tokens": 0, "audio_tokens": audio_tokens},
        "output_tokens": output,
        "total_tokens": audio_tokens + output,
    }


def _render(fmt: str, task: str, model: str, text: str, duration: float, granularities: List[str]) -> LocalResponse:
    if fmt == "text":
        return LocalResponse.raw(f"{text}\n".encode(), "text/plain; charset=utf-8")
    if fmt == "srt":
        cue = f"1\n{timestamp(0, ',')} --> {timestamp(duration, ',')}\n{text}\n\n"
        return LocalResponse.raw(cue.encode(), "text/plain; charset=utf-8")
    if fmt == "vtt":
        cue = f"WEBVTT\n\n{timestamp(0, '.')} --> {timestamp(duration, '.')}\n{text}\n\n"
        return LocalResponse.raw(cue.encode(), "text/plain; charset=utf-8")
    if fmt == "verbose_json":
        body: Dict[str, Any] = {"language": "english", "duration": duration, "text": text}
        if "segment" in granularities or not granularities:
            body["segments"] = [_segment(text, duration)]
        if "word" in granularities:
            body["words"] = _words(text, duration)
        body["usage"] = {"type": "duration", "seconds": duration}
        return LocalResponse.json(200, body)
    if fmt == "diarized_json":
        segment = {
            "type": "transcript.text.segment",
            "id": "seg_0",
            "start": 0.0,
            "end": duration,
            "text": text,
            "speaker": "A",
        }
        body = {"task": "transcribe", "duration": duration, "text": text, "segments": [segment]}
        return LocalResponse.json(200, {**body, "usage": _usage(model, text, duration)})
    if task == "translate":
        return LocalResponse.json(200, {"text": text})
    return LocalResponse.json(200, {"text": text, "usage": _usage(model, text, duration)})


def _listen(app: "Context", request: LocalRequest, task: str) -> LocalResponse:
    form = parse_form(request)
    upload = form.file("file")
    params = form.as_params()
    model = required_str(params, "model")
    formats = _TEXT_FORMATS + (("diarized_json",) if task == "transcribe" else ())
    fmt = one_of(params, "response_format", formats, "json")
    granularities = form.values("timestamp_granularities")
    if granularities and fmt != "verbose_json":
        raise invalid("timestamp_granularities", "'timestamp_granularities' requires response_format 'verbose_json'.")
    if not upload.data:
        raise invalid("file", "The audio file is empty.", "empty_file")
    text, duration = _heard(app, upload)
    if task == "transcribe" and optional_bool(params, "stream"):
        if model.startswith("whisper"):
            raise invalid("stream", f"Streaming is not supported for the model '{model}'.")
        return LocalResponse.stream(_transcript_events(model, text, duration))
    return _render(fmt, task, model, text, duration, granularities)


def _transcript_events(model: str, text: str, duration: float) -> Iterator[bytes]:
    for piece in pieces(text):
        yield sse_event({"type": "transcript.text.delta", "delta": piece, "logprobs": None})
    yield sse_event(
        {"type": "transcript.text.done", "text": text, "logprobs": None, "usage": _usage(model, text, duration)}
    )


def transcribe(app: "Context", request: LocalRequest) -> LocalResponse:
    return _listen(app, request, "transcribe")


def translate(app: "Context", request: LocalRequest) -> LocalResponse:
    return _listen(app, request, "translate")


ROUTES: "list[Route]" = [
    ("POST", "/audio/speech", speech),
    ("POST", "/audio/transcriptions", transcribe),
    ("POST", "/audio/translations", translate),
]
