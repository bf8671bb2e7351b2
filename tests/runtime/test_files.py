"""File inputs for multipart requests (``openwire._files``).

Every accepted input becomes an in-memory ``(filename, bytes[, media_type[, headers]])``
part, so that a retry resends the whole file.
"""

from __future__ import annotations

import contextlib
import io
import pathlib
from typing import Any, Callable, List

import httpx
import pytest

from openwire import NOT_GIVEN, omit
from openwire._files import anormalize_files, file_from_path, form_fields, normalize_files, split_files


@pytest.fixture
def doc(tmp_path: pathlib.Path) -> pathlib.Path:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"from disk \xc3\xa9")
    return path


class TestNormalizeFiles:
    def test_bytes_are_named_upload(self) -> None:
        assert normalize_files({"file": b"raw"}) == [("file", ("upload", b"raw"))]

    def test_bytearray_and_memoryview_become_bytes(self) -> None:
        parts = normalize_files([("a", bytearray(b"ba")), ("b", memoryview(b"mv"))])
        assert parts == [("a", ("upload", b"ba")), ("b", ("upload", b"mv"))]
        assert all(type(part[1][1]) is bytes for part in parts)

    def test_a_bytes_io_is_read_and_named_upload(self) -> None:
        assert normalize_files({"file": io.BytesIO(b"bio")}) == [("file", ("upload", b"bio"))]

    def test_an_open_binary_file_is_read_and_named_by_its_basename(self, doc: pathlib.Path) -> None:
        with open(doc, "rb") as handle:
            assert normalize_files({"file": handle}) == [("file", ("doc.txt", b"from disk \xc3\xa9"))]

    def test_a_path_is_read_from_disk_and_named_by_its_basename(self, doc: pathlib.Path) -> None:
        assert normalize_files({"file": doc}) == [("file", ("doc.txt", b"from disk \xc3\xa9"))]

    def test_a_two_item_tuple_keeps_its_filename(self) -> None:
        assert normalize_files({"file": ("n.txt", b"x")}) == [("file", ("n.txt", b"x"))]

    def test_a_three_item_tuple_keeps_its_media_type(self) -> None:
        assert normalize_files({"file": ("n.txt", b"x", "text/plain")}) == [("file", ("n.txt", b"x", "text/plain"))]

    def test_a_four_item_tuple_keeps_its_headers(self) -> None:
        part = ("n.txt", b"x", "text/plain", {"X-A": "1"})
        assert normalize_files({"file": part}) == [("file", part)]

    def test_a_tuple_filename_may_be_none(self) -> None:
        assert normalize_files({"file": (None, b"x")}) == [("file", (None, b"x"))]

    def test_tuple_content_is_read_whatever_its_kind(self, doc: pathlib.Path) -> None:
        parts = normalize_files(
            [
                ("a", ("a.bin", io.BytesIO(b"bio"))),
                ("b", ("renamed.txt", doc, "text/plain")),
                ("c", ("c.txt", "t\u00e9xt")),
            ]
        )
        assert parts == [
            ("a", ("a.bin", b"bio")),
            ("b", ("renamed.txt", b"from disk \xc3\xa9", "text/plain")),
            ("c", ("c.txt", "t\u00e9xt".encode())),  # text in a tuple is sent as UTF-8
        ]

    def test_a_sequence_of_pairs_keeps_repeated_keys(self) -> None:
        assert normalize_files([("file[]", b"1"), ("file[]", b"2")]) == [
            ("file[]", ("upload", b"1")),
            ("file[]", ("upload", b"2")),
        ]

    @pytest.mark.parametrize("size", [1, 5])
    def test_a_tuple_of_the_wrong_size_is_a_type_error(self, size: int) -> None:
        with pytest.raises(TypeError, match=rf"`file` to have 2 to 4 items, got {size}"):
            normalize_files({"file": ("n.txt", b"x", "text/plain", {}, "extra")[:size]})

    def test_a_text_mode_file_is_a_type_error(self, doc: pathlib.Path) -> None:
        with open(doc) as handle, pytest.raises(TypeError, match=r"`file` is open in text mode; open it with 'rb'"):
            normalize_files({"file": handle})  # type: ignore[dict-item]

    def test_a_string_io_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="text mode"):
            normalize_files({"image": io.StringIO("s")})  # type: ignore[dict-item]

    @pytest.mark.parametrize("value", [5, "a plain string", 1.5, None, ["nested"]])
    def test_a_wrong_type_names_the_parameter_and_the_accepted_kinds(self, value: object) -> None:
        with pytest.raises(TypeError) as info:
            normalize_files({"image": value})  # type: ignore[dict-item]
        message = str(info.value)
        assert "`image`" in message
        assert type(value).__name__ in message
        for kind in ("bytes", "io.IOBase", "os.PathLike", "tuple (filename, content[, media_type[, headers]])"):
            assert kind in message

    def test_a_wrong_type_inside_a_tuple_names_the_parameter(self) -> None:
        with pytest.raises(TypeError, match=r"`file` to be bytes.*received int"):
            normalize_files({"file": ("n.txt", 5)})  # type: ignore[dict-item]

    def test_a_missing_path_raises_before_anything_is_sent(self, tmp_path: pathlib.Path) -> None:
        with pytest.raises(FileNotFoundError):
            normalize_files({"file": tmp_path / "missing.bin"})


class TestAsyncNormalizeFiles:
    @staticmethod
    def inputs(doc: pathlib.Path) -> List[Any]:
        return [
            ("bytes", b"raw"),
            ("bio", io.BytesIO(b"bio")),
            ("path", doc),
            ("tuple_path", ("renamed.txt", doc, "text/plain")),
            ("tuple", ("n.txt", b"x", "text/plain", {"X-A": "1"})),
        ]

    @pytest.mark.anyio
    async def test_gives_the_same_parts_as_the_sync_version(self, doc: pathlib.Path) -> None:
        expected = [
            ("bytes", ("upload", b"raw")),
            ("bio", ("upload", b"bio")),
            ("path", ("doc.txt", b"from disk \xc3\xa9")),
            ("tuple_path", ("renamed.txt", b"from disk \xc3\xa9", "text/plain")),
            ("tuple", ("n.txt", b"x", "text/plain", {"X-A": "1"})),
        ]
        assert await anormalize_files(self.inputs(doc)) == expected
        assert normalize_files(self.inputs(doc)) == expected

    @pytest.mark.anyio
    async def test_a_wrong_type_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="`file`"):
            await anormalize_files({"file": 5})  # type: ignore[dict-item]

    @pytest.mark.anyio
    async def test_a_missing_path_raises(self, tmp_path: pathlib.Path) -> None:
        with pytest.raises(FileNotFoundError):
            await anormalize_files({"file": tmp_path / "missing.bin"})


class TestSplitFiles:
    def test_file_parameters_move_out_of_the_body(self) -> None:
        fields, files = split_files({"file": b"x", "purpose": "assistants"}, ["file"])
        assert fields == {"purpose": "assistants"}
        assert files == [("file", b"x")]

    def test_omitted_files_send_no_part(self) -> None:
        fields, files = split_files(
            {"file": b"x", "mask": omit, "extra": NOT_GIVEN, "purpose": "p"}, ["file", "mask", "extra"]
        )
        assert (fields, files) == ({"purpose": "p"}, [("file", b"x")])

    def test_the_body_given_is_not_changed(self) -> None:
        body = {"file": b"x", "purpose": "assistants"}
        split_files(body, ["file"])
        assert body == {"file": b"x", "purpose": "assistants"}

    def test_a_reference_instead_of_a_file_stays_in_the_body(self) -> None:
        fields, files = split_files({"video": {"id": "video_1"}, "prompt": "p"}, ["video"])
        assert (fields, files) == ({"video": {"id": "video_1"}, "prompt": "p"}, [])

    def test_a_list_becomes_one_bracket_part_per_element(self) -> None:
        _, files = split_files({"image": [b"1", ("b.png", b"2")]}, ["image"])
        assert files == [("image[]", b"1"), ("image[]", ("b.png", b"2"))]

    def test_a_tuple_of_files_is_a_list_but_a_file_tuple_is_one_file(self) -> None:
        _, many = split_files({"image": (b"1", b"2")}, ["image"])
        _, one = split_files({"image": ("a.png", b"1")}, ["image"])
        _, unnamed = split_files({"image": (None, b"1")}, ["image"])
        assert many == [("image[]", b"1"), ("image[]", b"2")]
        assert one == [("image", ("a.png", b"1"))]
        assert unnamed == [("image", (None, b"1"))]

    def test_absent_and_none_file_parameters_are_left_out(self) -> None:
        fields, files = split_files({"mask": None, "prompt": "p"}, ["image", "mask"])
        assert fields == {"prompt": "p"}
        assert files == []

    def test_the_split_parts_normalize(self, doc: pathlib.Path) -> None:
        _, files = split_files({"image": [doc, b"2"]}, ["image"])
        assert normalize_files(files) == [
            ("image[]", ("doc.txt", b"from disk \xc3\xa9")),
            ("image[]", ("upload", b"2")),
        ]


def test_form_fields_use_brackets_for_objects_and_lists() -> None:
    body = {"model": "m", "include": ["a", "b"], "meta": {"k": "v"}, "stream": False, "temperature": None}
    assert form_fields(body) == [
        ("model", "m"),
        ("include[]", "a"),
        ("include[]", "b"),
        ("meta[k]", "v"),
        ("stream", "false"),
    ]


def test_file_from_path_reads_the_file(doc: pathlib.Path) -> None:
    assert file_from_path(str(doc)) == ("doc.txt", b"from disk \xc3\xa9")


def multipart_part_header(body: bytes) -> bytes:
    """The Content-Disposition line and headers of the ``file`` part, without the boundary."""
    start = body.index(b'name="file"')
    return body[start : body.index(b"\r\n\r\n", start)]


@pytest.mark.parametrize(
    "make",
    [
        lambda doc, stack: b"raw",
        lambda doc, stack: io.BytesIO(b"bio"),
        lambda doc, stack: doc,
        lambda doc, stack: stack.enter_context(doc.open("rb")),
        lambda doc, stack: ("n.txt", b"x"),
        lambda doc, stack: ("n.json", b"{}", "application/json"),
        lambda doc, stack: ("n.txt", b"x", "text/plain", {"X-A": "1"}),
        lambda doc, stack: (None, b"x"),
        lambda doc, stack: ("n.txt", "text content"),
    ],
    ids=["bytes", "BytesIO", "Path", "open-file", "2-tuple", "3-tuple", "4-tuple", "no-filename", "str-in-tuple"],
)
def test_the_part_matches_the_reference_upload(doc: pathlib.Path, make: Callable[..., Any]) -> None:
    import openai

    stack = contextlib.ExitStack()

    bodies: List[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.read())
        return httpx.Response(
            200,
            json={"id": "f", "object": "file", "bytes": 1, "created_at": 1, "filename": "a", "purpose": "assistants"},
        )

    client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with stack:
        client.files.create(file=make(doc, stack), purpose="assistants")
        ours = httpx.Request("POST", "https://x", files=normalize_files({"file": make(doc, stack)})).read()
    assert multipart_part_header(ours) == multipart_part_header(bodies[0])
    part_content = ours[ours.index(b"\r\n\r\n", ours.index(b'name="file"')) :]
    reference_content = bodies[0][bodies[0].index(b"\r\n\r\n", bodies[0].index(b'name="file"')) :]
    assert part_content.split(b"\r\n--")[0] == reference_content.split(b"\r\n--")[0]
