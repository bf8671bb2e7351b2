"""Small, valid media files built by hand: a PNG, and silent audio in every speech format.

No codec library is involved: each container and frame is written from its specification
(PNG chunks with CRC-32; RIFF/WAVE; MPEG-2 Layer III frames; Ogg pages carrying Opus;
ADTS-framed AAC-LC; FLAC with CONSTANT subframes). The audio is silence at 24 kHz mono, the
rate the speech endpoint uses; the Opus clip is 48 kHz, as Opus always is.
"""

from __future__ import annotations

import hashlib
import math
import struct
import zlib
from typing import List

__all__ = ["png", "png_size", "wav", "pcm", "mp3", "ogg_opus", "aac", "flac", "audio", "AUDIO_TYPES", "SAMPLE_RATE"]

SAMPLE_RATE = 24_000

AUDIO_TYPES = {
    "mp3": "audio/mpeg",
    "opus": "audio/ogg",
    "aac": "audio/aac",
    "flac": "audio/flac",
    "wav": "audio/wav",
    "pcm": "audio/pcm",
}


class _Bits:
    """Writes big-endian bit fields (the layout of MPEG, ADTS and FLAC headers)."""

    def __init__(self) -> None:
        self._value = 0
        self._count = 0

    def put(self, value: int, width: int) -> "_Bits":
        self._value = (self._value << width) | (value & ((1 << width) - 1))
        self._count += width
        return self

    def bytes(self) -> bytes:
        padding = -self._count % 8
        return (self._value << padding).to_bytes((self._count + padding) // 8, "big")


# -- PNG --------------------------------------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png(width: int, height: int, seed: bytes = b"openwire") -> bytes:
    """An RGB gradient, tinted by ``seed`` (so different prompts give different images)."""
    tint = hashlib.sha256(seed).digest()
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        green = (y * 255 // max(height - 1, 1)) ^ tint[1]
        for x in range(width):
            rows += bytes(((x * 255 // max(width - 1, 1)) ^ tint[0], green, tint[2]))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows)))
        + _png_chunk(b"IEND", b"")
    )


def png_size(data: bytes) -> "tuple[int, int]":
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# -- PCM and WAV --------------------------------------------------------------------------------


def pcm(seconds: float) -> bytes:
    """Raw signed 16-bit little-endian mono samples at 24 kHz (the API's ``pcm`` format)."""
    return bytes(2 * int(seconds * SAMPLE_RATE))


def wav(seconds: float) -> bytes:
    data = pcm(seconds)
    fmt = struct.pack("<HHIIHH", 1, 1, SAMPLE_RATE, SAMPLE_RATE * 2, 2, 16)
    return (
        b"RIFF"
        + struct.pack("<I", 4 + 8 + len(fmt) + 8 + len(data))
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", len(data))
        + data
    )


# -- MP3: MPEG-2 Layer III, 24 kHz, 32 kbit/s, mono ----------------------------------------------


def mp3(seconds: float) -> bytes:
    # 576 samples per frame; 72 * 32000 / 24000 = 96 bytes per frame, no padding needed.
    # All-zero side information (no main data, zero part2_3_length) decodes to silence.
    header = bytes((0xFF, 0xF3, 0x44, 0xC0))  # sync, MPEG-2, Layer III, no CRC | 32 kbit/s, 24 kHz | mono
    frames = max(1, math.ceil(seconds * SAMPLE_RATE / 576))
    return (header + bytes(92)) * frames


# -- Opus in Ogg --------------------------------------------------------------------------------


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else (crc << 1)
            crc &= 0xFFFFFFFF
    return crc


def _ogg_page(packets: List[bytes], *, flags: int, granule: int, sequence: int, serial: int = 0x6F77) -> bytes:
    lacing = bytearray()
    for packet in packets:
        lacing += b"\xff" * (len(packet) // 255) + bytes((len(packet) % 255,))
    header = b"OggS" + struct.pack("<BBqIIIB", 0, flags, granule, serial, sequence, 0, len(lacing)) + bytes(lacing)
    page = header + b"".join(packets)
    return page[:22] + struct.pack("<I", _ogg_crc(page)) + page[26:]


def ogg_opus(seconds: float) -> bytes:
    pre_skip = 312
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, pre_skip, SAMPLE_RATE, 0, 0)
    vendor = b"openwire"
    tags = b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0)
    # 20 ms CELT frames of silence: TOC 0xF8 (fullband, 20 ms, mono, one frame) + 0xFF 0xFE.
    count = max(1, math.ceil(seconds * 50))
    pages = [_ogg_page([head], flags=0x02, granule=0, sequence=0), _ogg_page([tags], flags=0, granule=0, sequence=1)]
    sent = 0
    while sent < count:
        batch = min(50, count - sent)
        sent += batch
        last = sent == count
        pages.append(
            _ogg_page([b"\xf8\xff\xfe"] * batch, flags=0x04 if last else 0, granule=sent * 960, sequence=len(pages))
        )
    return b"".join(pages)


# -- AAC-LC in ADTS -------------------------------------------------------------------------------


def aac(seconds: float) -> bytes:
    # raw_data_block: one SCE with max_sfb = 0 (no spectral data: silence), then END.
    block = (
        _Bits()
        .put(0, 3)  # ID_SCE
        .put(0, 4)  # element_instance_tag
        .put(100, 8)  # global_gain
        .put(0, 1)  # ics_reserved_bit
        .put(0, 2)  # window_sequence: ONLY_LONG_SEQUENCE
        .put(0, 1)  # window_shape
        .put(0, 6)  # max_sfb
        .put(0, 1)  # predictor_data_present
        .put(0, 3)  # pulse, tns, gain control: absent
        .put(7, 3)  # ID_END
        .bytes()
    )
    length = 7 + len(block)
    header = (
        _Bits()
        .put(0xFFF, 12)  # syncword
        .put(0, 1)  # MPEG-4
        .put(0, 2)  # layer
        .put(1, 1)  # protection_absent
        .put(1, 2)  # profile: AAC LC
        .put(6, 4)  # sampling_frequency_index: 24 kHz
        .put(0, 1)  # private_bit
        .put(1, 3)  # channel_configuration: mono
        .put(0, 4)  # original/copy, home, copyright bits
        .put(length, 13)  # aac_frame_length
        .put(0x7FF, 11)  # buffer fullness: variable bit rate
        .put(0, 2)  # one raw data block
        .bytes()
    )
    frames = max(1, math.ceil(seconds * SAMPLE_RATE / 1024))
    return (header + block) * frames


# -- FLAC ---------------------------------------------------------------------------------------


def _crc8(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc


def _crc16(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x8005) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def _utf8_number(value: int) -> bytes:
    """FLAC's "UTF-8" coding of a frame number (values below 2**16 here)."""
    if value < 0x80:
        return bytes((value,))
    if value < 0x800:
        return bytes((0xC0 | value >> 6, 0x80 | value & 0x3F))
    return bytes((0xE0 | value >> 12, 0x80 | (value >> 6) & 0x3F, 0x80 | value & 0x3F))


def _flac_frame(number: int, block: int) -> bytes:
    # Block size code 0111: 16-bit (size - 1) after the frame number; rate code 0111: 24 kHz.
    header = bytes((0xFF, 0xF8, 0x77, 0x08)) + _utf8_number(number) + struct.pack(">H", block - 1)
    header += bytes((_crc8(header),))
    frame = header + b"\x00" + b"\x00\x00"  # CONSTANT subframe, value 0 (16 bits)
    return frame + struct.pack(">H", _crc16(frame))


def flac(seconds: float) -> bytes:
    total = max(16, int(seconds * SAMPLE_RATE))
    block = 4096
    info = (
        _Bits()
        .put(min(block, total), 16)  # min block size
        .put(min(block, total), 16)  # max block size
        .put(0, 24)  # min frame size: unknown
        .put(0, 24)  # max frame size: unknown
        .put(SAMPLE_RATE, 20)
        .put(0, 3)  # channels - 1
        .put(15, 5)  # bits per sample - 1
        .put(total, 36)
        .bytes()
    ) + hashlib.md5(bytes(2 * total)).digest()
    frames = [_flac_frame(i, min(block, total - start)) for i, start in enumerate(range(0, total, block))]
    return b"fLaC" + bytes((0x80,)) + len(info).to_bytes(3, "big") + info + b"".join(frames)


_ENCODERS = {"mp3": mp3, "opus": ogg_opus, "aac": aac, "flac": flac, "wav": wav, "pcm": pcm}


def audio(fmt: str, seconds: float) -> bytes:
    """Silence of about ``seconds`` in ``fmt`` (one of :data:`AUDIO_TYPES`)."""
    return _ENCODERS[fmt](seconds)
