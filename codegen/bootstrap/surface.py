"""The reference's public surface (``../shared/surface/*.json``) and the spec, side by side."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..spec import Spec

__all__ = ["Surface", "full_scope", "load_surface", "rel", "ref_of", "literal_values"]


@dataclass
class Surface:
    spec: Spec
    defs: Dict[str, Any]  # definition id -> definition (types.json)
    modules: Dict[str, Any]  # module -> exports (types.json)
    schema_map: Dict[str, Any]
    scope: Dict[str, Any]  # what to generate: every resource and every type module (full_scope)
    resources: Dict[str, Any]

    def leaf_modules(self) -> List[str]:
        return [m for m in self.scope["type_modules"] if not self.modules[m]["package"]]

    def mapped_schema(self, def_id: str) -> Optional[str]:
        """The surface's own guess of a model's or TypedDict's schema."""
        schema = (self.schema_map["types"].get(def_id) or {}).get("schema")
        return str(schema) if schema else None


def load_surface(spec: Spec, repo: Path) -> Surface:
    base = Path(os.environ.get("OPENWIRE_SHARED", repo.parent / "shared")) / "surface"
    raw = {name: json.loads((base / f"{name}.json").read_text()) for name in ("types", "schema_map", "resources")}
    return Surface(
        spec=spec,
        defs=raw["types"]["definitions"],
        modules=raw["types"]["modules"],
        schema_map=raw["schema_map"],
        scope=full_scope(raw["types"], raw["resources"]),
        resources=raw["resources"],
    )


def full_scope(types: Dict[str, Any], resources: Dict[str, Any]) -> Dict[str, Any]:
    """The whole surface, in ``core_scope.json``'s shape: every resource of the sync client and
    every public type module with all its names."""
    return {
        "resources": list(resources["sync"]["resources"]),
        "type_modules": {module: list(entry["exports"]) for module, entry in types["modules"].items()},
    }


def rel(module: str) -> str:
    """``openai.types.chat.chat_completion`` -> ``chat.chat_completion``."""
    assert module.startswith("openai.types"), module
    return module[len("openai.types") :].lstrip(".")


def ref_of(def_id: str) -> str:
    """A definition id of the surface -> a config reference ``module:Name``."""
    module, _, name = def_id.removeprefix("alias:").rpartition(".")
    return f"{rel(module)}:{name}"


def literal_values(annotation: str) -> Optional[set[str]]:
    """The values of a plain ``Literal[...]`` of strings (inside Required / Optional); None for
    anything else, a literal of numbers included (``Literal[24000]``)."""
    match = re.fullmatch(r"(?:(?:Required|Optional)\[)*Literal\[([^\]]*)\]\]*", annotation)
    if not match:
        return None
    values = set(re.findall(r"'([^']*)'", match.group(1)))
    return values if values else None
