# unasync: source of lib/_sync/conversation.py
"""``AsyncConversation``: a chat's message list, kept as the client's preset wants it across a
tool loop (answers appended with :func:`openwire.providers.to_param`, reasoning included)."""

from __future__ import annotations

import inspect  # unasync: async-only
import json
from typing import TYPE_CHECKING, Any, Callable, Iterable, List, Mapping, Optional, Union

from ...providers import preset_of, to_param

if TYPE_CHECKING:
    from ...providers import Provider
    from ...types.chat.chat_completion import ChatCompletion
    from ...types.chat.chat_completion_message_param import ChatCompletionMessageParam

__all__ = ["AsyncConversation"]


class AsyncConversation:
    """The messages of one chat, and the calls that extend it.

        chat = AsyncConversation(client, model="deepseek-reasoner")
        chat.add_user("What's the weather in Paris?")
        await chat.complete(tools=tools)              # appends the answer, reasoning included
        while chat.pending_tool_calls:
            await chat.run_tools({"get_weather": get_weather})
            await chat.complete(tools=tools)

    ``client`` is an ``AsyncOpenAI`` (typed loosely: this module sits below the clients).
    ``provider`` (a preset name) picks the reasoning fields sent back; by default the
    client's preset (``for_provider``), else every reasoning field the answers carry.
    ``complete`` takes ``create``'s parameters; ``stream=True`` streams the answer through the
    chat stream helper and appends the accumulated message.
    """

    def __init__(
        self,
        client: Any,
        *,
        model: Optional[str] = None,
        messages: Iterable["ChatCompletionMessageParam"] = (),
        provider: Union[str, "Provider", None] = None,
    ) -> None:
        self.client = client
        self.model = model
        self.messages: List["ChatCompletionMessageParam"] = list(messages)
        preset = preset_of(client)
        self.provider: Union[str, "Provider", None] = provider or (preset.provider if preset else None)
        self._pending: List[Any] = []

    @property
    def pending_tool_calls(self) -> List[Any]:
        """The tool calls of the latest answer that have no result yet."""
        return list(self._pending)

    def add_user(self, content: Any) -> None:
        self.messages.append({"role": "user", "content": content})

    def add_answer(self, answer: Any) -> Any:
        """Append an answer (a ``ChatCompletion``, its first choice's message, or the stream
        helper's final completion); returns the message."""
        choices = getattr(answer, "choices", None)
        if choices is not None:
            if not choices:
                raise ValueError("the completion has no choices: nothing to append")
            answer = choices[0].message
        self.messages.append(to_param(answer, self.provider))
        self._pending = [call for call in answer.tool_calls or [] if getattr(call, "type", "function") == "function"]
        return answer

    def add_tool_result(self, tool_call: Any, result: Any) -> None:
        """Append the result of ``tool_call`` (a call or its id); a result that is not a str is sent as JSON."""
        call_id = tool_call if isinstance(tool_call, str) else tool_call.id
        content = result if isinstance(result, str) else json.dumps(result)
        self.messages.append({"role": "tool", "tool_call_id": call_id, "content": content})
        self._pending = [call for call in self._pending if call.id != call_id]

    async def complete(self, *, stream: bool = False, **params: Any) -> "ChatCompletion":
        """Send the messages (``model`` from the constructor unless given) and append the answer."""
        params.setdefault("model", self.model)
        if params["model"] is None:
            raise ValueError("pass model= to complete() or to the conversation")
        completions = self.client.chat.completions
        if stream:
            async with completions.stream(messages=self.messages, **params) as events:
                async for _ in events:
                    pass
                completion: Any = await events.get_final_completion()
        else:
            completion = await completions.create(messages=self.messages, **params)
        self.add_answer(completion)
        return completion  # type: ignore[no-any-return]

    async def run_tools(self, functions: Mapping[str, Callable[..., Any]]) -> int:
        """Call each pending tool call's function (by name, with its JSON arguments as keywords;
        coroutine functions are awaited) and append the results; returns how many ran."""
        ran = 0
        for call in self.pending_tool_calls:
            function = functions.get(call.function.name)
            if function is None:
                known = ", ".join(sorted(functions)) or "none"
                raise KeyError(f"no function for the tool call {call.function.name!r} (given: {known})")
            arguments = json.loads(call.function.arguments or "{}")
            result = function(**arguments)
            if inspect.isawaitable(result):  # unasync: async-only
                result = await result  # unasync: async-only
            self.add_tool_result(call, result)
            ran += 1
        return ran
