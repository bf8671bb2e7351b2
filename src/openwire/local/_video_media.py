"""Small valid video files for ``/videos/{id}/content``: an MP4 and a WebP still.

The MP4 is an ISO base media file (``ftyp``, ``moov`` with a movie header of the video's
duration, an empty ``mdat``): players and probes read its brand and length. The WebP is a
1x1 lossless image, for the ``thumbnail`` and ``spritesheet`` variants.
"""

from __future__ import annotations

import struct

__all__ = ["mp4", "webp"]

_TIMESCALE = 1000


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def _movie_header(seconds: int) -> bytes:
    matrix = struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
    payload = (
        struct.pack(">B3xIIII", 0, 0, 0, _TIMESCALE, seconds * _TIMESCALE)  # version 0, times, timescale, duration
        + struct.pack(">IH10x", 0x00010000, 0x0100)  # rate 1.0, volume 1.0, reserved
        + matrix
        + bytes(24)  # pre-defined
        + struct.pack(">I", 2)  # next track id
    )
    return _box(b"mvhd", payload)


def mp4(seconds: int) -> bytes:
    """An MP4 file whose movie lasts ``seconds``."""
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 0x200) + b"isomiso2mp41")
    return ftyp + _box(b"moov", _movie_header(seconds)) + _box(b"mdat", b"")


_VP8L_1X1 = bytes.fromhex("2f00000010071011118888fe07")


def webp() -> bytes:
    """A 1x1 lossless WebP image."""
    chunk = b"VP8L" + struct.pack("<I", len(_VP8L_1X1)) + _VP8L_1X1 + b"\0" * (len(_VP8L_1X1) % 2)
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk
