"""Build the config (``codegen/config/*.yaml``) from the reference's public surface (``../shared/surface``).

    python -m codegen.bootstrap            # rewrite codegen/config/

A one-off tool, kept so that the config can be refreshed when the surface changes; the
generator itself (``python -m codegen``) reads only the spec and the config. From the surface
we take the public names and the module of each, the methods of each resource and the
operation each calls, and a first guess of the spec schema of each type, which
``locate.py`` checks against the spec. Where the reference departs from the spec (a
required-ness, a property left out, a literal's values), ``overrides.py`` records it.
The hand-written keys of the current config (helper mixins, fixed headers:
``HAND_WRITTEN``) are carried over to the new one.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, Mapping

from ..config_files import CONFIG_DIR, read_config, write_config
from ..spec import default_spec_path, load_spec
from .resources import build_resources
from .surface import load_surface
from .types import TypesBuilder

__all__ = ["main"]

REPO = Path(__file__).resolve().parents[2]


# Keys no surface file can tell: they name hand-written code or provider facts.
HAND_WRITTEN = {
    "resources": (
        "mixin",
        "async_mixin",
        "raw_helpers",
        "streaming_helpers",
        "headers",
        "helpers",
        "aliases",
        "query",
        "auth",
    ),
    "types": ("mixin",),
}


def carry_hand_written(new: Dict[str, Any], old: Mapping[str, Any]) -> None:
    """Copy the ``HAND_WRITTEN`` keys of ``old`` (the current config) into ``new``, in place."""
    for resource, entry in (old.get("resources") or {}).items():
        target = new["resources"].get(resource)
        for key in HAND_WRITTEN["resources"]:
            if key in entry and target is not None:
                target[key] = entry[key]
    for module, definitions in (old.get("types") or {}).items():
        for name, entry in definitions.items():
            target = new["types"].get(module, {}).get(name) if isinstance(entry, Mapping) else None
            for key in HAND_WRITTEN["types"]:
                if target is not None and key in entry:
                    target[key] = entry[key]


def keep_current(new: Dict[str, Any], old: Mapping[str, Any]) -> None:
    """Entries the current config already has win over the rebuilt ones, in place: they may
    have been tuned by hand (a schema the locator guesses differently once more parents are
    in scope, overrides found by testing). The bootstrap only adds what is new."""
    for section in ("resources", "types"):
        for key, entry in (old.get(section) or {}).items():
            if key in new[section]:
                new[section][key] = entry


def main() -> int:
    surface = load_surface(load_spec(default_spec_path(REPO)), REPO)
    types = TypesBuilder(surface)
    config = OrderedDict(resources=build_resources(surface), packages=types.packages(), types=types.types())
    if any(CONFIG_DIR.glob("*.yaml")):
        current = read_config(CONFIG_DIR)
        carry_hand_written(config, current)
        keep_current(config, current)
    written = write_config(config, CONFIG_DIR)
    for note in types.notes:
        print("note:", note, file=sys.stderr)
    print(f"wrote {len(written)} files in {CONFIG_DIR} ({len(types.notes)} notes)")
    return 0
