"""``openwire chat "prompt"``: a Chat Completions answer, streamed as it arrives."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, List

from ...providers import reasoning, reasoning_content
from ..connect import make_client
from ..presets import chosen_preset
from ..prompt import read_prompt

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
    parser.add_argument(
        "--reasoning",
        action="store_true",
        help="also print a thinking model's reasoning (reasoning_content / reasoning), to stderr",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    prompt = read_prompt(args.prompt)
    model = args.model or chosen_preset(args.provider).chat_model
    messages: List[ChatCompletionMessageParam] = []
    if args.system:
        messages.append({"role": "system", "content": args.system})
    messages.append({"role": "user", "content": prompt})
    with make_client(args) as client:
        if args.no_stream:
            completion = client.chat.completions.create(model=model, messages=messages)
            message = completion.choices[0].message if completion.choices else None
            thought = (reasoning_content(message) or reasoning(message)) if args.reasoning and message else None
            if thought:
                _think(thought, end=True)
            print((message.content or message.refusal or "") if message else "")
            return 0
        stream = client.chat.completions.create(model=model, messages=messages, stream=True)
        thinking = False
        with stream:
            for chunk in stream:
                for choice in chunk.choices:
                    if choice.index != 0 or choice.delta is None:
                        continue
                    delta = choice.delta
                    thought = (reasoning_content(delta) or reasoning(delta) or "") if args.reasoning else ""
                    if thought:
                        _think(thought)
                        thinking = True
                    text = delta.content or delta.refusal or ""
                    if text and thinking:
                        _think("", end=True)
                        thinking = False
                    sys.stdout.write(text)
                    sys.stdout.flush()
        if thinking:
            _think("", end=True)
        print()
    return 0


def _think(text: str, *, end: bool = False) -> None:
    """Reasoning goes to stderr, so that stdout stays the answer alone; ``end`` closes its line."""
    sys.stderr.write(text + "\n" if end else text)
    sys.stderr.flush()
