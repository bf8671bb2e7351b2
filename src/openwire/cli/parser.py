"""The ``openwire`` argument parser: global options, then one subcommand.

Global options are accepted before the subcommand (``openwire --local chat hi``) and after
it (``openwire chat hi --local``); for ``api`` they go before the method, since everything
after the method belongs to it.
"""

from __future__ import annotations

import argparse

from .. import __version__
from ..providers import names as provider_names
from .commands import api, batch, chat, files, responses, serve

__all__ = ["build_parser"]

DESCRIPTION = """\
The openwire command line: talk to the OpenAI API or any compatible server, or run the
embedded local server. Reads OPENAI_API_KEY and OPENAI_BASE_URL; --local needs neither."""

EPILOG = """\
examples:
  openwire --local chat "Hello!"          offline, against the embedded server
  openwire chat -m gpt-4o "Hello!"        against the API (OPENAI_API_KEY)
  openwire --local api models.list
  openwire serve --port 8000              then: OPENAI_BASE_URL=http://127.0.0.1:8000/v1
  openwire batch run reqs.jsonl           many requests as one resumable job
"""


def _add_global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On the subcommands the defaults are suppressed, so an option given before the
    # subcommand is not overwritten by the subcommand's default.
    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    group = parser.add_argument_group("connection")
    group.add_argument(
        "--base-url", default=default(None), help="the server (default: OPENAI_BASE_URL or api.openai.com)"
    )
    group.add_argument("--api-key", default=default(None), help="the API key (default: OPENAI_API_KEY)")
    group.add_argument(
        "--provider",
        default=default("openai"),
        metavar="NAME",
        help=f"a provider preset, NAME or NAME:REGION (default: openai; known: {', '.join(provider_names())})",
    )
    group.add_argument(
        "--local",
        action="store_true",
        default=default(False),
        help="use the embedded server in-process (offline, no key)",
    )
    group.add_argument(
        "--debug", action="store_true", default=default(False), help="log requests; tracebacks on errors"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openwire", description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"openwire {__version__}")
    _add_global_options(parser, suppress=False)

    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, suppress=True)

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in (chat, responses, api, files, batch, serve):
        command.add_parser(subparsers, common)
    return parser
