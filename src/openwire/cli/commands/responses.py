"""``openwire responses "prompt"``: a Responses API answer, streamed when the server streams it.

A server that rejects ``stream`` (400 naming it) or answers with plain JSON anyway still
works: the whole answer is printed when it arrives.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, Dict

from ... import BadRequestError
from ..connect import make_client
from ..errors import CommandFailed
from ..presets import chosen_preset
from ..prompt import read_prompt

if TYPE_CHECKING:
    from ..._client import OpenAI
    from ..._sync.streaming import Stream
    from ...types.responses.response_stream_event import ResponseStreamEvent

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[Any]", common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "responses",
        parents=[common],
        help="ask a model through the Responses API (streams when the server does)",
        description="Send one input to POST /responses and print the output text.",
    )
    parser.add_argument("prompt", nargs="?", help="the input (read from stdin when omitted or '-')")
    parser.add_argument("-m", "--model", help="the model (default: the provider's chat model, gpt-4o-mini)")
    parser.add_argument("-i", "--instructions", help="system instructions for the model")
    parser.add_argument("--no-stream", action="store_true", help="wait for the whole answer instead of streaming")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    params: Dict[str, Any] = {"model": args.model or chosen_preset(args.provider).chat_model}
    params["input"] = read_prompt(args.prompt)
    if args.instructions:
        params["instructions"] = args.instructions
    with make_client(args) as client:
        if not args.no_stream:
            try:
                return _stream(client, params)
            except BadRequestError as err:
                if err.param != "stream" and "stream" not in str(err.body):
                    raise
                print("(the server does not stream responses; waiting for the whole answer)", file=sys.stderr)
        response = client.responses.create(**params)
        print(response.output_text)
    return 0


def _stream(client: "OpenAI", params: Dict[str, Any]) -> int:
    with client.responses.with_streaming_response.create(**params, stream=True) as raw:
        if "text/event-stream" not in raw.headers.get("content-type", ""):
            # The server ignored ``stream``: the body is the finished response.
            from ...types.responses.response import Response

            response = Response.construct(**json.loads(raw.read()))
            print(response.output_text)
            return 0
        stream: Stream[ResponseStreamEvent] = raw.parse()  # type: ignore[assignment]
        _print_events(stream)
    return 0


def _print_events(stream: "Stream[ResponseStreamEvent]") -> None:
    from ...types.responses.response_completed_event import ResponseCompletedEvent
    from ...types.responses.response_error_event import ResponseErrorEvent
    from ...types.responses.response_failed_event import ResponseFailedEvent
    from ...types.responses.response_refusal_delta_event import ResponseRefusalDeltaEvent
    from ...types.responses.response_text_delta_event import ResponseTextDeltaEvent

    printed = False
    for event in stream:
        if isinstance(event, (ResponseTextDeltaEvent, ResponseRefusalDeltaEvent)):
            sys.stdout.write(event.delta)
            sys.stdout.flush()
            printed = True
        elif isinstance(event, ResponseCompletedEvent):
            if not printed:  # a server that sends no deltas, only the final response
                sys.stdout.write(event.response.output_text)
        elif isinstance(event, ResponseFailedEvent):
            print()
            error = event.response.error
            raise CommandFailed(f"the response failed: {error.message if error else 'no reason given'}")
        elif isinstance(event, ResponseErrorEvent):
            print()
            raise CommandFailed(f"the stream reported an error: {event.message}")
    print()
