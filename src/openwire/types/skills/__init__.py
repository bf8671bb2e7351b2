# File generated from the OpenAPI spec by codegen (openwire). Do not edit: run `python -m codegen`.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .deleted_skill_version import DeletedSkillVersion as DeletedSkillVersion
    from .skill_version import SkillVersion as SkillVersion
    from .skill_version_list import SkillVersionList as SkillVersionList
    from .version_create_params import VersionCreateParams as VersionCreateParams
    from .version_list_params import VersionListParams as VersionListParams

__all__ = ["DeletedSkillVersion", "SkillVersion", "SkillVersionList", "VersionCreateParams", "VersionListParams"]

# Public name -> module defining it, imported on first access.
_EXPORTS: dict[str, str] = {
    "DeletedSkillVersion": ".deleted_skill_version",
    "SkillVersion": ".skill_version",
    "SkillVersionList": ".skill_version_list",
    "VersionCreateParams": ".version_create_params",
    "VersionListParams": ".version_list_params",
}
_SUBMODULES: frozenset[str] = frozenset(
    {"deleted_skill_version", "skill_version", "skill_version_list", "version_create_params", "version_list_params"}
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        source = _EXPORTS.get(name)
        if source is not None:
            value = getattr(importlib.import_module(source, __name__), name)
            globals()[name] = value
            return value
        if name in _SUBMODULES:
            return importlib.import_module(f".{name}", __name__)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS) | _SUBMODULES)
