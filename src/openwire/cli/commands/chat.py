"""``openwire chat "prompt"``: a Chat Completions answer, streamed as it arrives."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, List

from ..connect import make_client
from ..prompt import read_prompt
from ..providers import get_provider

if TYPE_CHECKING:
    from ...types.chat.chat_completion_message_param import ChatCompletionMessageParam

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[Any]", common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "chat",
        parents=[common],
        help="ask a chat model; the answer streams as it arrives",
        description="Send one message to POST /chat/completions and print the answer as it streams.",
    )
    parser.add_argument("prompt", nargs="?", help="the message (read from stdin when omitted or '-')")
    parser.add_argument("-m", "--model", help="the model (default: the provider's chat model, gpt-4o-mini)")
    parser.add_argument("-s", "--system", help="a system message sent before the prompt")
    parser.add_argument("--no-stream", action="store_true", help="wait for the whole answer instead of streaming")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    prompt = read_prompt(args.prompt)
    model = args.model or get_provider(args.provider).chat_model
    messages: List[ChatCompletionMessageParam] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    with make_client(args) as client:
        if args.no_stream:
            completion = client.chat.completions.create(model=model, messages=messages)
            message = completion.choices[0].message if completion.choices else None
            print((message.content or message.refusal or "") if message else "")
            return 0
        stream = client.chat.completions.create(model=model, messages=messages, stream=True)
        with stream:
            for chunk in stream:
                for choice in chunk.choices:
                    if choice.index == 0 and choice.delta is not None:
                        sys.stdout.write(choice.delta.content or choice.delta.refusal or "")
                        sys.stdout.flush()
        print()
    return 0
