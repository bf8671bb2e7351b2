"""``openwire serve``: the embedded OpenAI-compatible server on a real socket.

The one entry point of the server (``python -m openwire.local`` runs it too). ``--provider``,
given before or after ``serve``, makes it answer in that provider's wire format.
"""

from __future__ import annotations

import argparse
import signal
from types import FrameType
from typing import Any, Optional

from ...providers import names as preset_names
from ..errors import CommandFailed, UsageError

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[Any]", common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the embedded OpenAI-compatible server (offline, in memory)",
        description="Serve the local OpenAI-compatible API until interrupted (Ctrl-C or SIGTERM).",
    )
    parser.add_argument("--host", default="127.0.0.1", help="the address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="the port (default: 8000; 0 picks a free one)")
    # Suppressed defaults: ``openwire --api-key K serve`` and ``--provider X serve`` keep their values.
    parser.add_argument(
        "--api-key", default=argparse.SUPPRESS, help="require this key in Authorization (default: accept any)"
    )
    parser.add_argument(
        "--admin-api-key",
        help="require this key on the admin API (/organization/..., client.admin.*); default: as --api-key",
    )
    parser.add_argument(
        "--provider",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help="answer chat completions, errors, models and embeddings in this provider's wire format"
        f" (default: openai; known: {', '.join([*preset_names(), 'bare'])})",
    )
    parser.add_argument("--webhook-url", help="POST signed events (batch.completed, ...) to this URL")
    parser.add_argument("--webhook-secret", help="the signing secret, whsec_... (default: made up and printed)")
    parser.add_argument(
        "--lifecycle-step", type=float, default=0.5, help="seconds per stage of jobs, batches and background responses"
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="script a fault, e.g. 'path=/chat/completions,status=429,times=1' (repeatable; see README)",
    )
    parser.add_argument(
        "--reply",
        action="append",
        default=[],
        metavar="SPEC",
        help="script a reply, e.g. 'match=weather,text=Sunny' (repeatable); also at runtime: POST /_local/replies",
    )
    parser.set_defaults(run=run)


def _script(app: Any, args: argparse.Namespace) -> None:
    from ...local._control import add_fault, add_reply, parse_spec

    for option, specs, add in (("--fault", args.fault, add_fault), ("--reply", args.reply, add_reply)):
        for spec in specs:
            try:
                add(app, parse_spec(spec))
            except (ValueError, TypeError) as err:
                raise UsageError(f"{option} {spec!r}: {err}") from None


def _interrupt(signum: int, frame: Optional[FrameType]) -> None:
    raise KeyboardInterrupt


def emulation_of(name: str) -> str:
    """The server's emulation for ``--provider NAME[:REGION]`` (a preset, an alias, or ``bare``)."""
    from ...local._emulations import EMULATIONS
    from ..presets import chosen_preset

    if name.lower() in EMULATIONS:
        return name.lower()
    try:
        return chosen_preset(name).emulation
    except UsageError:
        known = ", ".join([*preset_names(), "bare"])
        raise UsageError(f"unknown --provider {name!r} for serve; known: {known}") from None


def run(args: argparse.Namespace) -> int:
    from ...local import LocalAPI, LocalServer

    emulation = emulation_of(args.provider)
    api_key = getattr(args, "api_key", None)
    app = LocalAPI(
        api_key=api_key, admin_api_key=args.admin_api_key, lifecycle_step=args.lifecycle_step, provider=emulation
    )
    _script(app, args)
    try:
        server = LocalServer(args.host, args.port, app)
    except OSError as err:
        raise CommandFailed(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}") from err
    # ``kill`` stops the server as cleanly as Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    emulating = "" if emulation == "openai" else f"emulating {emulation}; "
    print(f"openwire local API on {server.url} ({emulating}Ctrl-C to stop)", flush=True)
    if args.webhook_url:
        secret = app.webhooks.configure(args.webhook_url, args.webhook_secret)
        # A secret made up here is printed (receivers need it); one you chose is not echoed.
        shown = "the secret you gave" if args.webhook_secret else secret
        print(f"webhooks to {args.webhook_url}, signed with {shown}", flush=True)
    key = "<the --api-key you gave>" if api_key else "local"
    print(f"  try: OPENAI_BASE_URL={server.url} OPENAI_API_KEY={key} openwire chat 'Hello!'", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
