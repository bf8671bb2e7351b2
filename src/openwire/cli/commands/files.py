"""``openwire files upload PATH``: upload a file (``POST /files``) with a progress bar on stderr."""

from __future__ import annotations

import argparse
import os
import sys
from typing import IO, TYPE_CHECKING, Any, cast

from ..connect import make_client
from ..errors import UsageError
from ..progress import ProgressBar, ProgressReader

if TYPE_CHECKING:
    from ...types.file_purpose import FilePurpose

__all__ = ["add_parser", "run_upload", "PURPOSES"]

PURPOSES = ("assistants", "batch", "fine-tune", "vision", "user_data", "evals")


def add_parser(subparsers: "argparse._SubParsersAction[Any]", common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("files", help="upload files (see also: openwire api files.list)")
    actions = parser.add_subparsers(dest="files_command", metavar="ACTION", required=True)
    upload = actions.add_parser(
        "upload",
        parents=[common],
        help="upload a file and print the file object as JSON",
        description="Upload PATH to POST /files, showing progress on stderr; print the file object on stdout.",
    )
    upload.add_argument("path", help="the file to upload")
    upload.add_argument(
        "-p", "--purpose", default="user_data", choices=PURPOSES, help="what the file is for (default: user_data)"
    )
    upload.add_argument("--no-progress", action="store_true", help="do not draw the progress bar")
    upload.set_defaults(run=run_upload)


def run_upload(args: argparse.Namespace) -> int:
    path: str = args.path
    if not os.path.isfile(path):
        raise UsageError(f"no such file: {path}")
    purpose = cast("FilePurpose", args.purpose)
    with make_client(args) as client, open(path, "rb") as handle:
        bar = ProgressBar(os.path.getsize(path), label=f"upload {os.path.basename(path)}", stream=sys.stderr)
        reader = ProgressReader(handle, bar.update if not args.no_progress else lambda count: None)
        try:
            uploaded = client.files.create(file=cast("IO[bytes]", reader), purpose=purpose)
        finally:
            if not args.no_progress:
                bar.finish()
    print(uploaded.to_json())
    return 0
