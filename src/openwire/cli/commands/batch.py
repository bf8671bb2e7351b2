"""``openwire batch run requests.jsonl``: run a JSONL of requests as one job (``openwire.batch``).

Results go to ``-o`` (default ``<requests>.results.jsonl``) as they arrive; running the same
command again after a crash or Ctrl-C sends only the requests without a result. A progress bar
is drawn on stderr, a summary (counts, tokens, where the results are) printed on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import IO, TYPE_CHECKING, Any, Optional

from ..errors import EXIT_INTERRUPTED, UsageError

if TYPE_CHECKING:
    from ...lib.batch_results import BatchProgress

__all__ = ["add_parser", "run_batch", "render_progress"]


def add_parser(subparsers: "argparse._SubParsersAction[Any]", common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("batch", help="run a JSONL file of requests as one job (Batch API or local)")
    actions = parser.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    run = actions.add_parser(
        "run",
        parents=[common],
        help="run the requests, resumably, and write one result line per request",
        description="Run Batch API input lines (custom_id, method, url, body) through the provider's Batch "
        "API or locally with bounded concurrency; rerun the same command to resume.",
    )
    run.add_argument("requests", help="the JSONL file of requests")
    run.add_argument(
        "--mode",
        choices=("auto", "api", "local"),
        default="auto",
        help="api: the provider's Batch API; local: requests from here (default: api for openai, azure, groq)",
    )
    run.add_argument("-o", "--output", help="the results file (default: REQUESTS.results.jsonl)")
    run.add_argument("--state", help="api mode: the job's state file (default: OUTPUT.state.json)")
    run.add_argument("--concurrency", type=int, default=16, help="local mode: requests at a time (default: 16)")
    run.add_argument("--max-attempts", type=int, default=3, help="tries per request before its error is kept")
    run.add_argument("--poll-interval", type=float, default=1.0, help="api mode: first wait between polls, s")
    run.add_argument("--no-progress", action="store_true", help="do not draw the progress bar")
    run.set_defaults(run=run_batch)


def render_progress(progress: BatchProgress, width: int = 30) -> str:
    """``batch [#####.....]  50%  500/1000 (3 failed)  12.3k tokens  running``."""
    fraction = progress.done / progress.total if progress.total else 1.0
    filled = int(fraction * width)
    failed = f" ({progress.failed} failed)" if progress.failed else ""
    tokens = progress.usage.total_tokens
    shown = f"{tokens / 1000:.1f}k" if tokens >= 1000 else str(tokens)
    return (
        f"batch [{'#' * filled}{'.' * (width - filled)}] {fraction * 100:3.0f}%  "
        f"{progress.done}/{progress.total}{failed}  {shown} tokens  {progress.phase}"
    )


class _Bar:
    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.interactive = stream.isatty()
        self.last = 0.0
        self.line = ""

    def __call__(self, progress: BatchProgress) -> None:
        self.line = render_progress(progress)
        now = time.monotonic()
        if self.enabled and self.interactive and now - self.last >= 0.1:
            self.last = now
            self.stream.write("\r" + self.line[:200].ljust(100))
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled and self.line:
            self.stream.write(("\r" if self.interactive else "") + self.line + "\n")
            self.stream.flush()


def run_batch(args: argparse.Namespace) -> int:
    from ... import batch

    if not os.path.isfile(args.requests):
        raise UsageError(f"no such file: {args.requests}")
    if args.concurrency < 1 or args.max_attempts < 1:
        raise UsageError("--concurrency and --max-attempts must be at least 1")
    try:
        requests = batch.read_requests(args.requests)
    except ValueError as err:
        raise UsageError(str(err)) from None
    output: str = args.output or f"{args.requests}.results.jsonl"
    state: Optional[str] = args.state or f"{output}.state.json"
    client, async_client = _clients(args)
    bar = _Bar(sys.stderr, not args.no_progress)
    try:
        with client:
            results = batch.run(
                client,
                requests,
                mode=args.mode,
                provider=args.provider.partition(":")[0],
                results_path=output,
                state_path=state,
                concurrency=args.concurrency,
                max_attempts=args.max_attempts,
                poll_interval=args.poll_interval,
                on_progress=bar,
                async_client=async_client,
            )
    except KeyboardInterrupt:
        bar.finish()
        print(f"interrupted: results so far are in {output}; run the same command to resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    bar.finish()
    usage = results.usage
    summary = {
        "total": len(requests),
        "completed": len(results) - len(results.errors),
        "failed": len(results.errors),
        "usage": {"input_tokens": usage.input_tokens, "output_tokens": usage.output_tokens},
        "results": output,
    }
    print(json.dumps(summary))
    return 0


def _clients(args: argparse.Namespace) -> "tuple[Any, Any]":
    """The client, and for ``--local`` an async client on the same in-process server."""
    from ..connect import make_client

    if not args.local:
        return make_client(args), None
    from ..._client import AsyncOpenAI, OpenAI
    from ...local import LOCAL_BASE_URL, LocalAPI, local_async_http_client, local_http_client
    from ..presets import chosen_preset

    app = LocalAPI(provider=chosen_preset(args.provider).emulation)
    app.lifecycle_step = 0.05
    sync = OpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_http_client(app))
    return sync, AsyncOpenAI(api_key="local", base_url=LOCAL_BASE_URL, http_client=local_async_http_client(app))
