"""Audio: text to speech (a WAV file), then speech back to text, as JSON and as subtitles.

Without OPENAI_API_KEY it runs offline against the embedded local server (in-process), which
answers with valid (silent) audio and canned transcripts; with a key it calls the real API.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import wave
from pathlib import Path

import openwire
from openwire import OpenAI
from openwire.local import LOCAL_BASE_URL, local_http_client

SPEECH_MODEL = "gpt-4o-mini-tts"
TRANSCRIPTION_MODEL = "whisper-1"
TEXT = "The quick brown fox jumps over the lazy dog."


def make_client() -> OpenAI:
    if os.environ.get("OPENAI_API_KEY"):
        return OpenAI()
    print("No OPENAI_API_KEY: using the embedded local server (offline).")
    return OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client())


def tour(client: OpenAI, folder: Path) -> None:
    speech = client.audio.speech.create(model=SPEECH_MODEL, voice="alloy", input=TEXT, response_format="wav")
    path = folder / "fox.wav"
    speech.write_to_file(path)
    with wave.open(io.BytesIO(path.read_bytes())) as clip:
        seconds = clip.getnframes() / clip.getframerate()
        print(f"speech: {path.name}, {clip.getnchannels()} channel(s), {clip.getframerate()} Hz, {seconds:.2f} s")

    # A file parameter takes a path, an open binary file, bytes, or (filename, bytes).
    transcript = client.audio.transcriptions.create(model=TRANSCRIPTION_MODEL, file=path)
    print("transcript:", transcript.text)

    subtitles = client.audio.transcriptions.create(model=TRANSCRIPTION_MODEL, file=path, response_format="srt")
    print("srt:", " | ".join(subtitles.strip().splitlines()[:3]))

    translation = client.audio.translations.create(model=TRANSCRIPTION_MODEL, file=path)
    print("translation:", translation.text)


def main() -> int:
    with make_client() as client, tempfile.TemporaryDirectory() as folder:
        try:
            tour(client, Path(folder))
        except openwire.NotFoundError as err:
            if err.code != "unknown_url":
                raise
            print(f"note: this server has no audio endpoints yet (404 for {err.request.method} {err.request.url.path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
