"""The I/O-free part of an Assistants run stream: snapshots accumulated from the events, and
which ``on_*`` callbacks each event fires, in order.

``AssistantStreamState.handle(event)`` updates the snapshots and returns the callbacks to call
as ``(name, arguments)`` pairs; the sync and async event handlers (``lib/_async/assistant_stream.py``)
only call them. The order is the reference SDK's:

- ``on_event`` first, for every event;
- a message delta opens a text part (``on_text_created`` with the delta's text) when its
  content index changes, then ``on_text_delta``; the part it leaves is done
  (``on_text_done`` / ``on_image_file_done``); ``on_message_delta`` comes last;
- a run step delta's first piece of a tool call fires ``on_tool_call_created`` with the
  snapshot (not ``on_tool_call_delta``), after ``on_tool_call_done`` for the call it leaves;
- a finished step, and a run that requires action or ends, close the current tool call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ._merge import merge_value

if TYPE_CHECKING:
    from ...types.beta.assistant_stream_event import AssistantStreamEvent
    from ...types.beta.threads.message import Message
    from ...types.beta.threads.run import Run
    from ...types.beta.threads.runs.run_step import RunStep
    from ...types.beta.threads.runs.tool_call import ToolCall

__all__ = ["AssistantStreamState", "Callback"]

Callback = Tuple[str, Tuple[Any, ...]]

# Run events after which the tool call being streamed is complete.
_TOOL_CALL_ENDING_RUN_EVENTS = frozenset(
    {
        "thread.run.requires_action",
        "thread.run.completed",
        "thread.run.incomplete",
        "thread.run.failed",
        "thread.run.cancelled",
        "thread.run.expired",
    }
)
_STEP_DONE_EVENTS = frozenset(
    {"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled", "thread.run.step.expired"}
)
_MESSAGE_DONE_EVENTS = frozenset({"thread.message.completed", "thread.message.incomplete"})


def _dump(model: Any) -> Dict[str, Any]:
    """The fields a model was given (not its defaults), as plain data."""
    return dict(model.model_dump(mode="python", by_alias=True, exclude_unset=True, warnings=False))


class AssistantStreamState:
    """Snapshots of the run, its steps and its messages as the events of one stream arrive."""

    def __init__(self) -> None:
        self.current_event: Optional[AssistantStreamEvent] = None
        self.current_run: Optional[Run] = None
        self.current_message: Optional[Message] = None
        self.current_run_step: Optional[RunStep] = None
        self.messages: Dict[str, Message] = {}
        self.run_steps: Dict[str, RunStep] = {}
        self._content_index: Optional[int] = None
        self._content: Any = None  # the message content part being streamed
        self._tool_call_index: Optional[int] = None
        self._tool_call: Optional[ToolCall] = None

    def handle(self, event: AssistantStreamEvent) -> List[Callback]:
        """Apply ``event``; the callbacks it fires, ``on_event`` first."""
        self.current_event = event
        calls: List[Callback] = [("on_event", (event,))]
        name = getattr(event, "event", None)
        if not isinstance(name, str):
            return calls  # an event the API may add later: on_event only
        data: Any = getattr(event, "data", None)
        if name.startswith("thread.run.step."):
            calls += self._run_step_event(name, data)
        elif name.startswith("thread.run."):
            self.current_run = data
            if name in _TOOL_CALL_ENDING_RUN_EVENTS and self._tool_call is not None:
                calls.append(("on_tool_call_done", (self._tool_call,)))
        elif name.startswith("thread.message."):
            calls += self._message_event(name, data)
        return calls

    def end(self) -> None:
        """The stream is over: no event is current."""
        self.current_event = None

    # -- messages ------------------------------------------------------------------------

    def _message_event(self, name: str, data: Any) -> List[Callback]:
        calls: List[Callback] = []
        if name == "thread.message.created":
            self._content_index, self._content = None, None
            self._keep_message(data)
            calls.append(("on_message_created", (data,)))
        elif name == "thread.message.in_progress":
            pass  # nothing new: the message was announced by ``created``
        elif name == "thread.message.delta":
            calls += self._message_delta(data)
        elif name in _MESSAGE_DONE_EVENTS:
            self._keep_message(data)
            if self._content_index is not None and self._content_index < len(data.content):
                calls += self._content_done(data.content[self._content_index])
            calls.append(("on_message_done", (data,)))
        return calls

    def _keep_message(self, message: Message) -> None:
        self.messages[message.id] = message
        self.current_message = message

    def _message_delta(self, event: Any) -> List[Callback]:
        from ...types.beta.threads.message import Message

        delta = event.delta
        previous = self.messages.get(event.id)
        base = _dump(previous) if previous is not None else {"id": event.id}
        snapshot = Message.construct(**merge_value(base, {"content": _dump(delta).get("content")}))
        self._keep_message(snapshot)
        calls: List[Callback] = []
        for part in delta.content or ():
            index = part.index
            current = _part_at(snapshot.content, index)
            if part.type == "text" and part.text is not None:
                if index != self._content_index:
                    calls.append(("on_text_created", (part.text,)))
                calls.append(("on_text_delta", (part.text, current.text)))
            if index != self._content_index:
                if self._content is not None:
                    calls += self._content_done(self._content)
                self._content_index = index
            self._content = current
        calls.append(("on_message_delta", (delta, snapshot)))
        return calls

    @staticmethod
    def _content_done(content: Any) -> List[Callback]:
        kind = getattr(content, "type", None)
        if kind == "text":
            return [("on_text_done", (content.text,))]
        if kind == "image_file":
            return [("on_image_file_done", (content.image_file,))]
        return []

    # -- run steps -----------------------------------------------------------------------

    def _run_step_event(self, name: str, data: Any) -> List[Callback]:
        calls: List[Callback] = []
        if name == "thread.run.step.created":
            self._tool_call_index, self._tool_call = None, None
            self._keep_step(data)
            calls.append(("on_run_step_created", (data,)))
        elif name == "thread.run.step.delta":
            calls += self._run_step_delta(data)
        elif name in _STEP_DONE_EVENTS:
            self._keep_step(data)
            if self._tool_call is not None:
                calls.append(("on_tool_call_done", (self._tool_call,)))
            calls.append(("on_run_step_done", (data,)))
        return calls

    def _keep_step(self, step: RunStep) -> None:
        self.run_steps[step.id] = step
        self.current_run_step = step

    def _run_step_delta(self, event: Any) -> List[Callback]:
        from ...types.beta.threads.runs.run_step import RunStep

        delta = event.delta
        previous = self.run_steps.get(event.id)
        base = _dump(previous) if previous is not None else {"id": event.id}
        snapshot = RunStep.construct(**merge_value(base, {"step_details": _dump(delta).get("step_details")}))
        self._keep_step(snapshot)
        calls: List[Callback] = []
        details = delta.step_details
        if details is not None and details.type == "tool_calls":
            for call in details.tool_calls or ():
                current = _part_at(getattr(snapshot.step_details, "tool_calls", None) or [], call.index)
                if call.index != self._tool_call_index:
                    if self._tool_call is not None:
                        calls.append(("on_tool_call_done", (self._tool_call,)))
                    self._tool_call_index = call.index
                    calls.append(("on_tool_call_created", (current,)))
                else:
                    calls.append(("on_tool_call_delta", (call, current)))
                self._tool_call = current
        calls.append(("on_run_step_delta", (delta, snapshot)))
        return calls


def _part_at(parts: List[Any], index: int) -> Any:
    """The accumulated part with the delta's ``index`` (merged deltas keep it as an extra)."""
    for part in parts:
        if getattr(part, "index", None) == index:
            return part
    return parts[index] if index < len(parts) else None
