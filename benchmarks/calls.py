"""Scenarios measured in this process against the loopback server: per-request CPU, SSE
throughput, embeddings. One client per contender, warmed up, then timed in interleaved
rounds (see ``measure.time_rounds``)."""

from __future__ import annotations

import gc
from typing import Any, Dict, List

from .contenders import Unsupported, make_sync
from .measure import median, per_call_us, repeat, time_rounds
from .settings import Settings

__all__ = ["request_cpu", "sse_throughput", "sse_long_line", "embeddings"]

NAMES = ("openwire", "openai", "httpx")


def _clients(base_url: str) -> Dict[str, Any]:
    return {name: make_sync(name, base_url) for name in NAMES}


def _close(clients: Dict[str, Any]) -> None:
    for client in clients.values():
        client.close()
    gc.collect()


def request_cpu(settings: Settings, base_url: str) -> Dict[str, Any]:
    """CPU µs per small chat completion call (POST, ~650-byte JSON answer, parsed)."""
    clients = _clients(base_url)
    try:
        for client in clients.values():
            repeat(client.chat, settings.request_warmup)()
        calls = settings.request_batch_calls
        tasks = {name: repeat(client.chat, calls) for name, client in clients.items()}
        samples = time_rounds(tasks, settings.request_batches)
    finally:
        _close(clients)
    return {name: {"api": clients[name].api, **per_call_us(samples[name], calls)} for name in NAMES}


def sse_throughput(settings: Settings, base_url: str) -> Dict[str, Any]:
    """Chunks per second through a ``settings.sse_chunks``-event chat completion stream, by
    client CPU time (the headline) and by wall time. One untimed stream each first."""
    clients = _clients(base_url)
    try:
        for client in clients.values():
            client.stream_chat()
        samples = time_rounds({name: client.stream_chat for name, client in clients.items()}, settings.sse_runs)
    finally:
        _close(clients)
    out: Dict[str, Any] = {"chunks": settings.sse_chunks}
    for name in NAMES:
        received = {s.result for s in samples[name]}
        if received != {settings.sse_chunks}:
            raise RuntimeError(f"{name} received {received} chunks, expected {settings.sse_chunks}")
        cpu = [settings.sse_chunks / s.cpu for s in samples[name]]
        out[name] = {
            "api": clients[name].api,
            "chunks_per_s_cpu": median(cpu),
            "chunks_per_s_wall": median([settings.sse_chunks / s.wall for s in samples[name]]),
            "chunks_per_s_cpu_best": max(cpu),
            "runs_cpu": [round(v) for v in cpu],
        }
    return out


READ_SIZE = 1024


def _openwire_decode(pieces: List[bytes]) -> int:
    from openwire._sse import SSEDecoder

    decoder = SSEDecoder()
    return sum(len(event.data) for piece in pieces for event in decoder.feed(piece))


def _openai_decode(pieces: List[bytes]) -> int:
    from openai._streaming import SSEDecoder  # called as a black box, like the rest of the SDK

    return sum(len(event.data) for event in SSEDecoder().iter_bytes(iter(pieces)))


def _floor_decode(pieces: List[bytes]) -> int:
    # No SSE decoder in httpx: the floor is joining the reads and decoding the line once.
    line = b"".join(pieces).split(b"\n", 1)[0]
    return len(line.decode()) - len("data: ")


def sse_long_line(settings: Settings, base_url: str) -> Dict[str, Any]:
    """Seconds to decode one ``settings.long_line_bytes`` SSE ``data:`` line (a base64 image
    delta) arriving in 1 KiB reads; in-process, no server. A decoder that re-joins the pending
    line on every read is quadratic here."""
    size = settings.long_line_bytes
    body = b"data: " + b"A" * size + b"\n\n"
    pieces = [body[start : start + READ_SIZE] for start in range(0, len(body), READ_SIZE)]
    tasks = {
        "openwire": lambda: _openwire_decode(pieces),
        "openai": lambda: _openai_decode(pieces),
        "httpx": lambda: _floor_decode(pieces),
    }
    samples = time_rounds(tasks, settings.long_line_runs)
    out: Dict[str, Any] = {"bytes": size, "read_size": READ_SIZE}
    for name in NAMES:
        received = {s.result for s in samples[name]}
        if received != {size}:
            raise RuntimeError(f"{name} decoded {received} bytes of data, expected {size}")
        out[name] = {
            "seconds_cpu": median([s.cpu for s in samples[name]]),
            "seconds_wall": median([s.wall for s in samples[name]]),
        }
    return out


def embeddings(settings: Settings, base_url: str) -> Dict[str, Any]:
    """CPU µs per ``embeddings.create(encoding_format="float")`` with a 1536-float answer."""
    clients = _clients(base_url)
    out: Dict[str, Any] = {}
    try:
        for name in NAMES:
            try:
                repeat(clients[name].embed, max(settings.request_warmup // 10, 2))()
            except Unsupported as skip:
                print(f"  note: embeddings skipped for {name}: {skip}")
                out[name] = {"skipped": str(skip)}
        calls = settings.embed_batch_calls
        tasks = {name: repeat(client.embed, calls) for name, client in clients.items() if name not in out}
        samples = time_rounds(tasks, settings.embed_batches)
    finally:
        _close(clients)
    for name in tasks:
        out[name] = {"api": clients[name].embed_api, **per_call_us(samples[name], calls)}
    return out
