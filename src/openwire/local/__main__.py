"""``python -m openwire.local --port 8000``: serve the local API until interrupted."""

from __future__ import annotations

import argparse

from ._app import LocalAPI
from ._emulations import EMULATIONS
from ._http import LocalServer


def main(argv: "list[str] | None" = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m openwire.local", description="Serve the openwire local API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--api-key", help="require this key in Authorization (default: accept any)")
    parser.add_argument("--webhook-url", help="POST signed events (batch.completed, ...) to this URL")
    parser.add_argument("--webhook-secret", help="signing secret, whsec_... (default: made up and printed)")
    parser.add_argument("--lifecycle-step", type=float, default=0.5, help="seconds per stage of jobs and batches")
    parser.add_argument(
        "--provider",
        choices=EMULATIONS,
        default="openai",
        help="answer in this provider's wire format (chat completions, errors, models, embeddings)",
    )
    args = parser.parse_args(argv)
    app = LocalAPI(api_key=args.api_key, lifecycle_step=args.lifecycle_step, provider=args.provider)
    if args.webhook_url:
        secret = app.webhooks.configure(args.webhook_url, args.webhook_secret)
        print(f"webhooks to {args.webhook_url}, secret {secret}", flush=True)
    server = LocalServer(args.host, args.port, app)
    emulating = "" if args.provider == "openai" else f", emulating {args.provider}"
    print(f"openwire local API on {server.url}{emulating} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
