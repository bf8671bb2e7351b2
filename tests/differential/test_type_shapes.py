"""Type shapes libraries rely on (ECOSYSTEM 2b and 7): class bases as the reference's, list
aliases that are lists, and models complete when their module is imported.

The bases and aliases are compared with ``../shared/surface/types.json`` (the reference's
surface); completeness is checked on every generated model module.
"""

from __future__ import annotations

import collections.abc
import importlib
import inspect
import json
import pkgutil
import re
import sys
import typing
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple, Type

import pytest

import openwire.types
from openwire._models import BaseModel


def _ours(module: str) -> str:
    return "openwire" + module[len("openai") :]


def _reference_name(cls: type) -> str:
    return "openai" + cls.__module__[len("openwire") :] + "." + cls.__qualname__


@pytest.fixture(scope="module")
def definitions(shared_dir: Path) -> Dict[str, Any]:
    data: Dict[str, Any] = json.loads((shared_dir / "surface" / "types.json").read_text())
    return data["definitions"]  # type: ignore[no-any-return]


def _generated_modules() -> List[str]:
    return sorted(m.name for m in pkgutil.walk_packages(openwire.types.__path__, "openwire.types."))


def _models() -> Iterator[Tuple[str, Type[BaseModel]]]:
    for name in _generated_modules():
        module = importlib.import_module(name)
        for attr, value in vars(module).items():
            if inspect.isclass(value) and issubclass(value, BaseModel) and value.__module__ == name:
                yield f"{name}.{attr}", value


# -- bases ---------------------------------------------------------------------------------


def test_every_model_has_the_reference_bases(definitions: Dict[str, Any]) -> None:
    """The bases among ``openai.types`` (``BaseModel``, generic helpers and mixins aside)."""
    compared, differ = 0, []
    for key, entry in definitions.items():
        if entry["kind"] != "model" or not entry["module"].startswith("openai.types."):
            continue
        try:
            module = importlib.import_module(_ours(entry["module"]))
        except ImportError:
            continue
        cls = getattr(module, entry["name"], None)
        if cls is None:
            continue
        compared += 1
        want = [b for b in entry["bases"] if b.startswith("openai.types.")]
        got = [
            _reference_name(b)
            for b in cls.__bases__
            if issubclass(b, BaseModel) and b.__module__.startswith("openwire.types.")
        ]
        if want != got:
            differ.append(f"{key}: {got}, reference {want}")
    assert compared > 1800
    assert not differ, "\n".join(differ)


@pytest.mark.parametrize(
    ("module", "name", "base", "added"),
    [
        ("responses.response_function_tool_call_item", "ResponseFunctionToolCallItem", "ResponseFunctionToolCall", {"id", "status", "created_by"}),
        ("responses.response_custom_tool_call_item", "ResponseCustomToolCallItem", "ResponseCustomToolCall", {"id", "status", "created_by"}),
        ("responses.response_custom_tool_call_output_item", "ResponseCustomToolCallOutputItem", "ResponseCustomToolCallOutput", {"id", "status", "created_by"}),
        ("chat.chat_completion_store_message", "ChatCompletionStoreMessage", "ChatCompletionMessage", {"id", "content_parts"}),
    ],
)  # fmt: skip
def test_subclass_keeps_the_fields_of_its_base(module: str, name: str, base: str, added: set[str]) -> None:
    cls = getattr(importlib.import_module(f"openwire.types.{module}"), name)
    parent = next(b for b in cls.__bases__ if b.__name__ == base)
    assert set(parent.model_fields) <= set(cls.model_fields)
    # Only what it adds or changes (``id`` / ``status`` become required) is declared on it.
    assert set(cls.__annotations__) <= added


def test_an_item_is_accepted_where_its_base_is_expected() -> None:
    """langchain's mocked Responses streams: the event keeps the ``*Item`` object."""
    from openwire.types.responses import (
        ResponseFunctionToolCall,
        ResponseFunctionToolCallItem,
        ResponseOutputItemAddedEvent,
    )

    item = ResponseFunctionToolCallItem(
        id="fc_1", type="function_call", call_id="call_1", name="f", arguments="{}", status="completed"
    )
    event = ResponseOutputItemAddedEvent(
        type="response.output_item.added", item=item, output_index=0, sequence_number=1
    )
    assert event.item is item
    assert isinstance(event.item, ResponseFunctionToolCall)
    assert isinstance(item, ResponseFunctionToolCall)
    dumped = event.model_dump()
    assert dumped["item"]["id"] == "fc_1"


def test_store_message_is_a_chat_completion_message() -> None:
    from openwire.types.chat import ChatCompletionMessage, ChatCompletionStoreMessage

    message = ChatCompletionStoreMessage.model_validate(
        {"role": "assistant", "id": "m1", "content": "hi", "content_parts": [{"type": "text", "text": "hi"}]}
    )
    assert isinstance(message, ChatCompletionMessage)
    assert message.content_parts is not None and message.content_parts[0].text == "hi"  # type: ignore[union-attr]


# -- the classes a field refers to -----------------------------------------------------------

_PARSED = "openai.types.responses.parsed_response."

# (model, field, class of the reference's refs missing here) -> why.
CLASSES_ALLOWED: Dict[Tuple[str, str, str], str] = {
    (_PARSED + "ParsedResponse", "output", "openai.types.responses.response_output_item.LocalShellCallAction"): (
        "the reference's hand-written ParsedResponseOutputItem also lists an action that is never an output item"
    ),
}
# (model, field) -> why it does not name the reference's alias.
ALIASES_ALLOWED: Dict[Tuple[str, str], str] = {
    (_PARSED + "ParsedResponse", "output"): "generic in ContentType (output_parsed is typed); the alias fixes Any",
    (_PARSED + "ParsedResponseOutputMessage", "content"): "generic in ContentType; the alias fixes Any",
}


def _classes(annotation: Any, found: Set[str]) -> Set[str]:
    """The reference names of the classes an evaluated annotation refers to."""
    if isinstance(annotation, type) and typing.get_origin(annotation) is None:
        found.add(_reference_name(annotation))
    for arg in typing.get_args(annotation):
        _classes(arg, found)
    return found


def _alias_classes(refs: List[str], definitions: Dict[str, Any], seen: Tuple[str, ...] = ()) -> Set[str]:
    """``refs`` with each ``alias:X`` replaced by the classes X refers to (through aliases)."""
    found: Set[str] = set()
    for ref in refs:
        if not ref.startswith("alias:"):
            found.add(ref)
        elif ref[6:] in definitions and ref[6:] not in seen:
            found |= _alias_classes(definitions[ref[6:]].get("refs", []), definitions, (*seen, ref[6:]))
    return found


def _names_alias(model: type, field: str, alias: Dict[str, Any]) -> bool:
    """Whether the field's annotation as written names ``alias`` (not a copy of its union)."""
    target = getattr(importlib.import_module(_ours(alias["module"])), alias["name"], None)
    owner = next(k for k in model.__mro__ if field in inspect.get_annotations(k))
    written = inspect.get_annotations(owner)[field]
    if isinstance(written, str):  # ``from __future__ import annotations``: resolve its names
        namespace = vars(sys.modules[owner.__module__])
        return any(namespace.get(name) is target for name in re.findall(r"[A-Za-z_]\w*", written))
    return target is not None and _refers_to(written, target)


def _refers_to(annotation: Any, target: Any) -> bool:
    return annotation is target or any(_refers_to(arg, target) for arg in typing.get_args(annotation))


def test_model_fields_refer_to_the_reference_classes(definitions: Dict[str, Any]) -> None:
    """Every model field the reference annotates with classes (``refs`` in types.json) refers
    to the same classes here (module and name), through the aliases it names, and names those
    aliases itself: ``realtime.ResponseCreatedEvent.response`` is a ``RealtimeResponse``, not
    the Responses API's ``Response`` (fix in ``codegen/config``: ``schema:`` or ``types:``)."""
    compared, differ = 0, []
    used: Set[Tuple[str, ...]] = set()
    for key, entry in definitions.items():
        if entry["kind"] != "model" or not entry["module"].startswith("openai.types."):
            continue
        model = getattr(importlib.import_module(_ours(entry["module"])), entry["name"])
        for field in entry["fields"]:
            refs, name = field.get("refs"), field["name"]
            if not refs:
                continue
            compared += 1
            got = _classes(model.model_fields[name].annotation, set())
            for missing in sorted(_alias_classes(refs, definitions) - got):
                if (key, name, missing) in CLASSES_ALLOWED:
                    used.add((key, name, missing))
                else:
                    differ.append(f"{key}.{name}: does not refer to {missing}")
            for ref in refs:
                if ref.startswith("alias:") and not _names_alias(model, name, definitions[ref[6:]]):
                    if (key, name) in ALIASES_ALLOWED:
                        used.add((key, name))
                    else:
                        differ.append(f"{key}.{name}: does not name the alias {ref[6:]}")
    stale = (set(CLASSES_ALLOWED) | set(ALIASES_ALLOWED)) - used
    assert compared > 1100
    assert not differ, f"{len(differ)} fields:\n" + "\n".join(differ)
    assert not stale, f"allowed differences that are gone (remove them): {sorted(stale)}"


# -- list aliases ----------------------------------------------------------------------------


def test_list_aliases_are_lists_as_in_the_reference(shared_dir: Path) -> None:
    """``typing.get_origin(X) is list`` for every public alias the reference has as a list
    (``ResponseInputParam``, ``GraderInputsParam``, ... and their package re-exports), and for
    no other; the reference is imported as a black box."""
    openai = pytest.importorskip("openai")
    del openai
    modules = json.loads((shared_dir / "surface" / "types.json").read_text())["modules"]
    compared, differ = 0, []
    for module_name, entry in modules.items():
        if not module_name.startswith("openai.types"):
            continue
        reference = importlib.import_module(module_name)
        ours = importlib.import_module(_ours(module_name))
        for name in entry["exports"]:
            theirs = getattr(reference, name, None)
            if theirs is None or isinstance(theirs, type):
                continue
            is_list = typing.get_origin(theirs) is list
            mine = typing.get_origin(getattr(ours, name, None))
            if is_list or mine in (list, collections.abc.Iterable):
                compared += 1
                if (mine is list) != is_list:
                    differ.append(f"{module_name}.{name}: {mine}, reference list={is_list}")
    assert compared >= 40
    assert not differ, "\n".join(differ)


def test_a_list_alias_validates_into_a_list() -> None:
    """agents' ``TypeAdapter`` round trip: a list, not a one-shot ``ValidatorIterator``."""
    import pydantic

    from openwire.types.responses import ResponseInputParam

    value = pydantic.TypeAdapter(ResponseInputParam).validate_python([{"role": "user", "content": "hi"}])
    assert isinstance(value, list)
    value.append({"role": "user", "content": "again"})


# -- aliases that admit None ------------------------------------------------------------------


def _admits_none(alias: Any) -> bool:
    """``None`` among an alias's values: ``Optional[X]``, ``Union[..., None]``, or inside ``Annotated``."""
    if typing.get_origin(alias) is typing.Annotated:
        alias = typing.get_args(alias)[0]
    return type(None) in typing.get_args(alias)


def test_aliases_admit_none_as_in_the_reference(definitions: Dict[str, Any]) -> None:
    """Every alias the reference defines as ``Optional[...]`` / ``Union[..., None]`` admits
    ``None`` here too (codegen config ``nullable: true``), and no other alias does."""
    compared, differ = 0, []
    for key, entry in definitions.items():
        if entry["kind"] != "alias" or not entry["module"].startswith("openai.types."):
            continue
        try:
            ours = getattr(importlib.import_module(_ours(entry["module"])), entry["name"])
        except (ImportError, AttributeError):
            continue
        definition = str(entry.get("definition", ""))
        theirs = definition.startswith("Optional[") or re.search(r"\bNone\]", definition) is not None
        compared += 1
        if _admits_none(ours) != theirs:
            differ.append(f"{key}: ours admits None={_admits_none(ours)}, reference {definition[:80]}")
    assert compared > 400
    assert not differ, "\n".join(differ)


# -- complete at import --------------------------------------------------------------------


def _unresolved(annotation: Any) -> bool:
    if isinstance(annotation, (str, typing.ForwardRef)):
        return True
    if typing.get_origin(annotation) is typing.Literal:
        return False
    return any(_unresolved(arg) for arg in typing.get_args(annotation) if not isinstance(arg, (int, float, bool)))


def test_every_model_is_complete_at_import() -> None:
    """No field annotation is left a string or a ``ForwardRef`` (pydantic resolved them all
    when the class was created, without building the model)."""
    incomplete = []
    for name, model in _models():
        if not model.__pydantic_fields_complete__:
            incomplete.append(name)
            continue
        for field_name, info in model.model_fields.items():
            if _unresolved(info.annotation):
                incomplete.append(f"{name}.{field_name}: {info.annotation!r}")
    assert not incomplete, f"{len(incomplete)} incomplete:\n" + "\n".join(incomplete[:40])


def test_every_model_can_be_subclassed_in_another_module() -> None:
    """A subclass created here (whose namespace lacks the parents' names) is complete too."""
    incomplete = []
    for name, model in _models():
        sub: Type[BaseModel] = type(f"Sub{model.__name__}", (model,), {"__module__": __name__})
        if not sub.__pydantic_fields_complete__ or any(_unresolved(f.annotation) for f in sub.model_fields.values()):
            incomplete.append(name)
    assert not incomplete, f"{len(incomplete)} incomplete:\n" + "\n".join(incomplete[:40])


def test_a_type_module_alone_is_complete_and_imports_no_other_family() -> None:
    """In a fresh interpreter (import order matters to forward references)."""
    import subprocess

    code = (
        "import sys\n"
        "from openwire.types.chat.chat_completion import ChatCompletion\n"
        "from openwire.types.responses.response import Response\n"
        "assert ChatCompletion.__pydantic_fields_complete__ and Response.__pydantic_fields_complete__\n"
        "assert not ChatCompletion.__pydantic_complete__, 'built at import'\n"
        "assert not any(m.startswith('openwire.types.beta') for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Subclassed in this module, whose namespace has none of the names the parents' annotations use.
from openwire.types.chat import ChatCompletion, ChatCompletionChunk  # noqa: E402
from openwire.types.responses import Response, ResponseFunctionToolCallItem  # noqa: E402


class MyChatCompletion(ChatCompletion):
    pass


class MyChatCompletionChunk(ChatCompletionChunk):
    extra_note: typing.Optional[str] = None


class MyResponse(Response):
    pass


class MyFunctionCallItem(ResponseFunctionToolCallItem):
    pass


CHAT = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [{"id": "t", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
            },
            "logprobs": None,
        }
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
}
CHUNK = {
    "id": "c1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "m",
    "choices": [{"index": 0, "delta": {"content": "h"}, "finish_reason": None}],
}
RESPONSE = {
    "id": "r1",
    "object": "response",
    "created_at": 1,
    "model": "m",
    "status": "completed",
    "output": [
        {"type": "message", "id": "m", "role": "assistant", "status": "completed",
         "content": [{"type": "output_text", "text": "hi", "annotations": []}]},
        {"type": "function_call", "id": "fc", "call_id": "c", "name": "f", "arguments": "{}", "status": "completed"},
    ],
    "parallel_tool_calls": True,
    "tool_choice": "auto",
    "tools": [],
}  # fmt: skip
ITEM = {"type": "function_call", "id": "fc", "call_id": "c", "name": "f", "arguments": "{}", "status": "completed"}


@pytest.mark.parametrize(
    ("sub", "payload"),
    [(MyChatCompletion, CHAT), (MyChatCompletionChunk, CHUNK), (MyResponse, RESPONSE), (MyFunctionCallItem, ITEM)],
)
def test_a_subclass_in_another_module_validates_the_same_payload(sub: Type[BaseModel], payload: Dict[str, Any]) -> None:
    parent: Type[BaseModel] = sub.__bases__[0]
    mine = sub.model_validate(payload)
    theirs = parent.model_validate(payload)
    assert mine.model_dump(exclude={"extra_note"}) == theirs.model_dump()
    for info in sub.model_fields.values():
        assert not _unresolved(info.annotation)
