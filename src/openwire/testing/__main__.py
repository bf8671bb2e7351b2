"""``python -m openwire.testing --port 8000``: serve the local API until interrupted."""

from __future__ import annotations

import argparse

from ._http import LocalServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m openwire.testing", description="Serve the openwire local API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    server = LocalServer(args.host, args.port)
    print(f"openwire local API on {server.url} (Ctrl-C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
