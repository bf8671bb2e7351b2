"""The ``openwire`` command line (also ``python -m openwire``).

Importing this package is cheap (argparse only): the client, httpx and the API types load
when a command runs.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Callable, List, Optional

from .errors import EXIT_FAILED, EXIT_INTERRUPTED, describe_error, redact

__all__ = ["main"]


def main(argv: Optional[List[str]] = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 request failed, 2 bad usage)."""
    from .parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    stop_logging = _log_requests() if args.debug else None
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # ``openwire api ... | head``
        sys.stderr.close()
        return 0
    except Exception as err:
        message, code = describe_error(err)
        secrets = _secrets(args)
        if args.debug:
            import traceback

            print(redact(traceback.format_exc(), secrets), end="", file=sys.stderr)
        if not message:
            message, code = f"error: {type(err).__name__}: {err} (rerun with --debug for details)", EXIT_FAILED
        print(redact(message, secrets), file=sys.stderr)
        return code
    finally:
        if stop_logging is not None:
            stop_logging()


def _secrets(args: argparse.Namespace) -> List[Optional[str]]:
    from .connect import api_key_of

    try:
        return [api_key_of(args)]
    except Exception:  # an unknown provider: only the explicit key is known
        return [getattr(args, "api_key", None)]


def _log_requests() -> Callable[[], None]:
    """Log each request on stderr until the returned function is called."""
    # Log lines name methods, URLs and statuses, never headers: no key is printed.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(name)s %(levelname)s] %(message)s"))
    logger = logging.getLogger("openwire")
    level, added = logger.level, not logger.handlers  # OPENAI_LOG may have set one up already
    if added:
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)

    def stop() -> None:
        if added:
            logger.removeHandler(handler)
        logger.setLevel(level)

    return stop
