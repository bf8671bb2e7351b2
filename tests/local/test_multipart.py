"""The multipart/form-data parser behind uploads."""

from __future__ import annotations

import pytest

from openwire.local import LocalRequest
from openwire.local._multipart import header_params, parse_form
from openwire.local._wire import APIFailure


def request(body: bytes, boundary: str = "XyZ") -> LocalRequest:
    return LocalRequest.build(
        "POST", "/v1/files", body, {"Content-Type": f'multipart/form-data; boundary="{boundary}"'}
    )


def test_fields_files_and_array_fields() -> None:
    body = (
        b"preamble\r\n--XyZ\r\n"
        b'Content-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n'
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="tags[]"\r\n\r\na\r\n'
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="tags[]"\r\n\r\nb\r\n'
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="file"; filename="x\\"y.bin"\r\nContent-Type: application/x-thing\r\n\r\n'
        b"\x00\r\n--XyZ binary\r\n"
        b"--XyZ--\r\nepilogue"
    )
    form = parse_form(request(body))
    assert form.value("purpose") == "batch"
    assert form.values("tags") == ["a", "b"]
    upload = form.file("file")
    assert (upload.filename, upload.content_type, upload.data) == (
        'x"y.bin',
        "application/x-thing",
        b"\x00\r\n--XyZ binary",
    )


def test_rfc5987_filename() -> None:
    assert header_params("form-data; name=file; filename*=utf-8''na%C3%AFve.txt")[1]["filename"] == "naïve.txt"


def test_missing_file_and_wrong_content_type() -> None:
    with pytest.raises(APIFailure) as caught:
        parse_form(request(b"--XyZ--\r\n")).file("file")
    assert caught.value.param == "file"
    with pytest.raises(APIFailure):
        parse_form(LocalRequest.build("POST", "/v1/files", b"{}", {"content-type": "application/json"}))
