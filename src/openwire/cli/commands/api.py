"""``openwire api <resource.method> --param value ...``: call any generated method, print JSON."""

from __future__ import annotations

import argparse
from typing import Any, List

from ..connect import make_client
from ..method_args import bind_call, describe_parameters
from ..output import print_result
from ..resource_tree import resolve, walk_methods

__all__ = ["add_parser", "run"]

EPILOG = """\
examples:
  openwire --local api models.list
  openwire --local api models.retrieve gpt-4o-mini
  openwire --local api chat.completions.create --model gpt-4o-mini --messages '[{"role": "user", "content": "hi"}]'
  openwire api files.create --file train.jsonl --purpose fine-tune
  openwire api -o speech.mp3 audio.speech.create --model gpt-4o-mini-tts --voice alloy --input Hello
  openwire api chat.completions.create --help      (the parameters of a method)
  openwire api                                     (every method)

Values are read as JSON when they parse (3, true, [...], {...}) and as text otherwise;
parameters typed as text stay text, file parameters take a path. Pages print as one JSON
list of every item (following the next pages); streams print one JSON object per line.
"""


def add_parser(subparsers: "argparse._SubParsersAction[Any]", common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "api",
        parents=[common],
        help="call any API method by its dotted path, e.g. models.list",
        description="Call a method of the client (client.<resource>.<method>) and print its result as JSON.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-o", "--output", help="write the answer to this file (binary answers: audio, file content)")
    parser.add_argument("method", nargs="?", help="the dotted method path, e.g. chat.completions.create")
    parser.add_argument("params", nargs=argparse.REMAINDER, help="--name value ... (and positional path values)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.method:
        return _list_methods()
    params: List[str] = args.params
    if "--help" in params or "-h" in params:
        return _describe(args.method)
    with _offline_client() as offline:  # a wrong method or parameter is reported before any key is needed
        bind_call(resolve(offline, args.method)[1], params)
    with make_client(args) as client:
        _, method = resolve(client, args.method)
        call_args, call_kwargs = bind_call(method, params)
        result = method(*call_args, **call_kwargs)
        print_result(result, output=args.output)
    return 0


def _offline_client() -> Any:
    """A client that sends nothing: enough to walk the resource tree for help."""
    from ..._client import OpenAI

    return OpenAI(api_key="unused", base_url="http://localhost.invalid")


def _list_methods() -> int:
    with _offline_client() as client:
        print("methods (openwire api METHOD --help shows the parameters of one):")
        for path in walk_methods(client):
            print(f"  {path}")
    return 0


def _describe(dotted: str) -> int:
    with _offline_client() as client:
        _, method = resolve(client, dotted)
        print(f"openwire api {dotted} [--name value ...]\n")
        summary = (method.__doc__ or "").strip().splitlines()
        if summary:
            print(summary[0].replace("`", "") + "\n")
        print("parameters:")
        for line in describe_parameters(method):
            print(line)
    return 0
