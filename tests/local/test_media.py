"""Hand-built media: each file is checked by its structure, and by ffmpeg when it is installed."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from openwire.local._media import AUDIO_TYPES, audio, png, png_size

FORMATS = [fmt for fmt in AUDIO_TYPES if fmt != "pcm"]


def test_png_chunks_and_pixels() -> None:
    data = png(3, 2, b"seed")
    assert png_size(data) == (3, 2)
    assert data != png(3, 2, b"other")
    length = struct.unpack(">I", data[33:37])[0]
    assert data[37:41] == b"IDAT"
    rows = zlib.decompress(data[41 : 41 + length])
    assert len(rows) == 2 * (1 + 3 * 3)
    assert data.endswith(b"IEND\xaeB`\x82")


def test_flac_streaminfo_counts_the_samples() -> None:
    data = audio("flac", 1.0)
    assert data[:4] == b"fLaC" and data[4] == 0x80
    total = int.from_bytes(data[8 + 13 : 8 + 18], "big") & ((1 << 36) - 1)
    assert total == 24000


def test_ogg_pages_carry_opus_head_and_tags() -> None:
    data = audio("opus", 0.5)
    assert data.count(b"OggS") == 3 and b"OpusHead" in data and b"OpusTags" in data


@pytest.mark.parametrize("fmt", FORMATS)
def test_ffmpeg_decodes_to_silence(fmt: str, tmp_path: Path) -> None:
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed (apt-get install ffmpeg to run this check)")
    source = tmp_path / f"clip.{fmt}"
    source.write_bytes(audio(fmt, 1.0))
    result = subprocess.run(
        ["ffmpeg", "-v", "error", "-xerror", "-i", str(source), "-f", "s16le", "-ac", "1", "-"],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout and set(result.stdout) == {0}
    assert not result.stderr
