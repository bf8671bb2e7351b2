"""Build ``codegen/config.yaml`` from the reference's public surface (``../shared/surface``).

    python -m codegen.bootstrap            # rewrite codegen/config.yaml

A one-off tool, kept so that the config can be refreshed when the surface changes; the
generator itself (``python -m codegen``) reads only the spec and the config. From the surface
we take the public names and the module of each, the methods of each resource and the
operation each calls, and a first guess of the spec schema of each type, which
``locate.py`` checks against the spec. Where the reference departs from the spec (a
required-ness, a property left out, a literal's values), ``overrides.py`` records it.
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

from ..config import CONFIG_PATH
from ..spec import default_spec_path, load_spec
from .resources import build_resources
from .surface import load_surface
from .types import TypesBuilder

__all__ = ["main"]

REPO = Path(__file__).resolve().parents[2]

HEADER = """\
# The generator's input besides the spec: resources and their methods, public types, and
# where each type comes from in the spec. Built by `python -m codegen.bootstrap` from the
# reference's public surface; schema pointers are relative to #/components/schemas/
# unless they start with #/.
"""


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """Keeps the order of ``OrderedDict`` entries."""


def _represent_ordered(dumper: Any, data: Any) -> Any:
    return dumper.represent_dict(data.items())


_Dumper.add_representer(OrderedDict, _represent_ordered)


def main() -> int:
    surface = load_surface(load_spec(default_spec_path(REPO)), REPO)
    types = TypesBuilder(surface)
    config = OrderedDict(resources=build_resources(surface), packages=types.packages(), types=types.types())
    text = yaml.dump(config, Dumper=_Dumper, sort_keys=False, width=1000, default_flow_style=False)
    CONFIG_PATH.write_text(HEADER + text)
    for note in types.notes:
        print("note:", note, file=sys.stderr)
    print(f"wrote {CONFIG_PATH} ({len(types.notes)} notes)")
    return 0
