"""The upload progress bar and the file wrapper that feeds it."""

from __future__ import annotations

import io

from openwire.cli.progress import CHUNK_SIZE, ProgressBar, ProgressReader, format_size, render_bar


def test_sizes_are_human() -> None:
    assert format_size(512) == "512 B"
    assert format_size(1536) == "1.5 KiB"
    assert format_size(3 * 1024**3) == "3.0 GiB"


def test_bar_fills_with_the_fraction() -> None:
    assert render_bar(512, 1024, label="up", width=10) == "up [#####.....]  50%  512 B / 1.0 KiB"
    assert render_bar(0, 0, label="up", width=4) == "up [####] 100%  0 B / 0 B"


def test_reader_reports_every_chunk_and_keeps_the_name() -> None:
    data = b"x" * (CHUNK_SIZE * 2 + 10)
    raw = io.BytesIO(data)
    raw.name = "train.jsonl"  # type: ignore[attr-defined]
    counts: "list[int]" = []
    reader = ProgressReader(raw, counts.append)
    assert reader.read() == data
    assert counts == [CHUNK_SIZE, CHUNK_SIZE, 10]
    assert reader.name == "train.jsonl"
    assert isinstance(reader, io.IOBase)  # what the client accepts as a file


def test_sized_reads_report_too() -> None:
    counts: "list[int]" = []
    reader = ProgressReader(io.BytesIO(b"abcdef"), counts.append)
    assert reader.read(4) == b"abcd" and reader.read(4) == b"ef"
    assert counts == [4, 2]


def test_outside_a_terminal_only_the_last_line_is_written() -> None:
    stream = io.StringIO()
    bar = ProgressBar(100, label="upload a.bin", stream=stream, interactive=False)
    bar.update(40)
    bar.update(60)
    assert stream.getvalue() == ""
    bar.finish()
    assert stream.getvalue() == render_bar(100, 100, label="upload a.bin") + "\n"


def test_on_a_terminal_the_line_is_redrawn() -> None:
    stream = io.StringIO()
    bar = ProgressBar(100, label="up", stream=stream, interactive=True)
    bar.update(100)
    bar.finish()
    assert stream.getvalue().count("\r") == 2 and stream.getvalue().endswith("100 B\n")
