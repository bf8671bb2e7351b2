"""Server events: parsing into the generated types, and the ``.on()`` handler registry.

Parsing is the SSE path's: one pydantic-core call per message (``_models.json_parser``), built
once per event type. An event the types do not know (a new ``type``, a missing field) is kept
and built without validation, as the reference does (``construct_type``); a message that is
not a JSON object raises ``InvalidWebSocketEventError``.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, TypeVar, Union, overload

from typing_extensions import Self

from ..._options import _json_default, strip_not_given

__all__ = ["encode_event", "event_parser", "EventHandlers", "HandlerMethods", "unhandled_error_message"]

Handler = Callable[..., Any]
_HandlerT = TypeVar("_HandlerT", bound=Handler)


def encode_event(event: object) -> str:
    """A client event (a model or a dict) as the text of a message: ``json.dumps`` with its
    default separators, as the reference sends it (so the queue's byte bound agrees too);
    ``omit`` at the top level is left out."""
    dump = getattr(event, "model_dump", None)
    if callable(dump):
        value = dump(mode="json", by_alias=True, exclude_unset=True)
    elif isinstance(event, Mapping):
        value = strip_not_given(event)
    else:
        raise TypeError(
            f"send() takes a client event (a model or a dict), got {type(event).__name__}"
            + ("; use send_raw() for text or bytes" if isinstance(event, (str, bytes)) else "")
        )
    return json.dumps(value, default=_json_default)


def event_parser(type_: Any) -> Callable[[Union[str, bytes]], Any]:
    from pydantic import BaseModel, ValidationError

    from ..._construct import construct_model
    from ..._models import json_parser

    strict_parse = json_parser(type_, strict=True)
    models, first = _event_models(type_)

    def build(value: Dict[str, Any]) -> Any:
        # Not one of the known events (the unions also take any object): kept, built as the
        # member its ``type`` names, else as the first one (the reference's ``construct_type``).
        model = models.get(value.get("type"), first)
        return construct_model(model, value) if model is not None else value

    def parse(data: Union[str, bytes]) -> Any:
        try:
            event = strict_parse(data)
        except ValidationError:
            pass
        else:
            return event if isinstance(event, BaseModel) else build(event)
        try:
            value = json.loads(data)
        except ValueError as err:  # also a bytes message that is not UTF-8
            from .errors import InvalidWebSocketEventError

            raise InvalidWebSocketEventError(f"The server sent a message that is not JSON ({err})", data) from None
        if not isinstance(value, dict):
            from .errors import InvalidWebSocketEventError

            raise InvalidWebSocketEventError(
                f"The server sent JSON that is not an event object (a {type(value).__name__})", data
            )
        return build(value)

    return parse


def _event_models(union: Any) -> Tuple[Dict[object, Any], Any]:
    """(``type`` literal -> model, the first model) of a union of event models."""
    from typing import Literal, get_args, get_origin

    from pydantic import BaseModel

    by_type: Dict[object, Any] = {}
    first: Any = None
    pending = list(get_args(union)) or [union]
    while pending:
        member = pending.pop(0)
        if not (isinstance(member, type) and issubclass(member, BaseModel)):
            # Annotated[...] or a nested Union: look inside (Dict[str, object] has no models).
            pending[0:0] = [arg for arg in get_args(member) if isinstance(arg, type) or get_origin(arg) is not None]
            continue
        first = first or member
        field = member.model_fields.get("type")
        if field is not None and get_origin(field.annotation) is Literal:
            for tag in get_args(field.annotation):
                by_type.setdefault(tag, member)
    return by_type, first


class EventHandlers:
    """Handlers by event type, in the order they were added; ``once`` ones run a single time."""

    def __init__(self) -> None:
        self._handlers: Dict[str, List[Tuple[Handler, bool]]] = {}

    def add(self, event_type: str, handler: Handler, *, once: bool = False) -> None:
        if not isinstance(event_type, str):
            raise TypeError(f"event_type must be a str such as 'response.done', got {type(event_type).__name__}")
        if not callable(handler):
            raise TypeError(f"handler must be callable, got {type(handler).__name__}")
        self._handlers.setdefault(event_type, []).append((handler, once))

    def remove(self, event_type: str, handler: Handler) -> None:
        """Remove ``handler`` (its first registration); unknown ones are ignored, as in the reference."""
        entries = self._handlers.get(event_type, [])
        for index, (registered, _) in enumerate(entries):
            if registered == handler:
                del entries[index]
                return

    def take(self, event_type: Optional[str]) -> List[Handler]:
        """The handlers to call for one event; ``once`` ones are removed now."""
        entries = self._handlers.get(event_type or "")
        if not entries:
            return []
        handlers = [handler for handler, _ in entries]
        if any(once for _, once in entries):
            self._handlers[event_type or ""] = [entry for entry in entries if not entry[1]]
        return handlers

    def copy(self) -> "EventHandlers":
        other = EventHandlers()
        other._handlers = {key: list(value) for key, value in self._handlers.items()}
        return other


class HandlerMethods:
    """``on`` / ``once`` / ``off`` over ``self._handlers``: the same for a connection and for the
    manager that opens it (handlers registered before the session starts are kept for it)."""

    _handlers: EventHandlers

    @overload
    def on(self, event_type: str, handler: None = None) -> Callable[[_HandlerT], _HandlerT]: ...

    @overload
    def on(self, event_type: str, handler: Handler) -> Self: ...

    def on(self, event_type: str, handler: Optional[Handler] = None) -> Union[Self, Callable[[_HandlerT], _HandlerT]]:
        """Call ``handler(event)`` for each event of ``event_type`` in ``dispatch_events()``;
        without ``handler``, a decorator."""
        return self._add(event_type, handler, once=False)

    @overload
    def once(self, event_type: str, handler: None = None) -> Callable[[_HandlerT], _HandlerT]: ...

    @overload
    def once(self, event_type: str, handler: Handler) -> Self: ...

    def once(self, event_type: str, handler: Optional[Handler] = None) -> Union[Self, Callable[[_HandlerT], _HandlerT]]:
        """As ``on()``, for the next event of ``event_type`` only."""
        return self._add(event_type, handler, once=True)

    def off(self, event_type: str, handler: Handler) -> Self:
        """Stop calling ``handler`` (nothing happens when it was not registered)."""
        self._handlers.remove(event_type, handler)
        return self

    def _add(
        self, event_type: str, handler: Optional[Handler], *, once: bool
    ) -> Union[Self, Callable[[_HandlerT], _HandlerT]]:
        if handler is not None:
            self._handlers.add(event_type, handler, once=once)
            return self

        def decorator(decorated: _HandlerT) -> _HandlerT:
            self._handlers.add(event_type, decorated, once=once)
            return decorated

        return decorator


def unhandled_error_message(event: Any) -> str:
    error = getattr(event, "error", None)
    detail = getattr(error, "message", None) or repr(event)
    return (
        f"The server sent an error event and no handler takes 'error' events: {detail} "
        "(register one with .on('error', handler) to handle them yourself)."
    )
