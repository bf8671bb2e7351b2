"""The config folder (``codegen/config/<family>.yaml``): one file per resource family.

Each file has the three sections of the config (``resources``, ``packages``, ``types``) for its
family: the resources under one client attribute (``beta.*``), the type modules of that family
(``beta.*``, and top-level modules named after it: ``video_create_params`` is ``videos``), and
its share of each package's lazy exports. Reading merges the files; a resource or a type module
defined twice, or a public name exported twice from one package, is an error.

    python -m codegen.config_files config.yaml   # split a single-file config into the folder
    python -m codegen.config_files --take-changes base.yaml theirs.yaml
        # apply the entries a branch changed in the old single-file config (between base.yaml and
        # theirs.yaml) to the folder: for merging work done before the split
"""

from __future__ import annotations

import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, Iterable, List

import yaml  # type: ignore[import-untyped]

__all__ = ["CONFIG_DIR", "read_config", "write_config", "family_of_module", "take_changes"]

CONFIG_DIR = Path(__file__).resolve().parent / "config"
SECTIONS = ("resources", "packages", "types")
# Type modules shared by every family, and top-level ones no family claims.
SHARED_FAMILY = {"shared": "shared", "shared_params": "shared"}
COMMON = "common"

HEADER = """\
# The generator's input for the `{family}` family, besides the spec: its resources and their
# methods, its share of the packages' public names, and its type modules with where each type
# comes from in the spec (pointers relative to #/components/schemas/ unless they start with #/).
# Hand-owned: edit here, then run `python -m codegen`. See codegen/README.md.
"""


def read_config(path: Path = CONFIG_DIR) -> Dict[str, Any]:
    """The raw config: a folder of family files merged, or a single file."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no *.yaml config files in {path}")
    merged: Dict[str, Any] = {section: OrderedDict() for section in SECTIONS}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for file in files:
        raw = yaml.load(file.read_text(), Loader=loader) or {}
        for key, entry in (raw.get("resources") or {}).items():
            _add(merged["resources"], key, entry, f"resource {key!r}", file)
        for key, entry in (raw.get("types") or {}).items():
            _add(merged["types"], key, entry, f"type module {key!r}", file)
        for package, names in (raw.get("packages") or {}).items():
            exports = merged["packages"].setdefault(package, OrderedDict())
            for name, ref in (names or {}).items():
                _add(exports, name, ref, f"public name {name!r} of package {package!r}", file)
    return merged


def _add(target: Dict[str, Any], key: str, value: Any, what: str, file: Path) -> None:
    if key in target:
        raise ValueError(f"{file.name}: {what} is already defined in another config file")
    target[key] = value


def family_of_module(module: str, families: Iterable[str]) -> str:
    """The family of a type module: its package, or for a top-level module the family its
    name starts with (``video_create_params`` -> ``videos``, ``batch`` -> ``batches``)."""
    head, dot, _ = module.partition(".")
    if head in SHARED_FAMILY:
        return SHARED_FAMILY[head]
    if dot:
        return head
    best, length = COMMON, 0
    for family in families:
        for stem in (family, family[:-1], family[:-2]):
            if stem and len(stem) > length and (module == stem or module.startswith(stem + "_")):
                best, length = family, len(stem)
    return best


def split_config(raw: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    """``{family: {section: entries}}`` for a merged raw config."""
    families: List[str] = sorted({path.split(".")[0] for path in raw.get("resources") or {}})
    # A package of types is a family of its own when no resource is (``graders``).
    families += sorted(
        {m.split(".")[0] for m in raw.get("types") or {} if "." in m} - set(families) - set(SHARED_FAMILY)
    )
    out: Dict[str, Dict[str, Any]] = {}

    def section(family: str, name: str) -> Dict[str, Any]:
        entries: Dict[str, Any] = out.setdefault(family, {s: OrderedDict() for s in SECTIONS})[name]
        return entries

    for path, entry in (raw.get("resources") or {}).items():
        section(path.split(".")[0], "resources")[path] = entry
    module_family = {m: family_of_module(m, families) for m in raw.get("types") or {}}
    for module, entry in (raw.get("types") or {}).items():
        section(module_family[module], "types")[module] = entry
    for package, names in (raw.get("packages") or {}).items():
        if not names:  # a package without names of its own still exists (``beta.chat``)
            section(family_of_module(package + ".", families) or COMMON, "packages")[package] = OrderedDict()
        for name, ref in (names or {}).items():
            source = str(ref).partition(":")[0]
            family = module_family.get(source) or family_of_module(source, families)
            section(family, "packages").setdefault(package, OrderedDict())[name] = ref
    return out


class _Dumper(yaml.SafeDumper):  # type: ignore[misc]
    """Keeps the order of ``OrderedDict`` entries."""


_Dumper.add_representer(OrderedDict, lambda dumper, data: dumper.represent_dict(data.items()))


def write_config(raw: Dict[str, Any], folder: Path = CONFIG_DIR) -> List[Path]:
    """Write ``raw`` as one file per family, removing family files that are no longer needed."""
    folder.mkdir(parents=True, exist_ok=True)
    written: List[Path] = []
    for family, sections in sorted(split_config(raw).items()):
        body = OrderedDict((name, entries) for name, entries in sections.items() if entries)
        text = yaml.dump(body, Dumper=_Dumper, sort_keys=False, width=1000, default_flow_style=False)
        path = folder / f"{family}.yaml"
        path.write_text(HEADER.format(family=family) + text)
        written.append(path)
    for stale in set(folder.glob("*.yaml")) - set(written):
        stale.unlink()
    return written


def take_changes(current: Dict[str, Any], base: Dict[str, Any], theirs: Dict[str, Any]) -> List[str]:
    """Apply to ``current`` (in place) every entry ``theirs`` adds, changes or removes relative to
    ``base``: resources, type modules, and each package's names. Returns what changed."""
    changed: List[str] = []
    for section in ("resources", "types"):
        old, new = base.get(section) or {}, theirs.get(section) or {}
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                changed.append(f"{section}: {key}")
                if key in new:
                    current[section][key] = new[key]
                else:
                    current[section].pop(key, None)
    old_packages, new_packages = base.get("packages") or {}, theirs.get("packages") or {}
    for package in sorted(set(old_packages) | set(new_packages)):
        old, new = old_packages.get(package) or {}, new_packages.get(package) or {}
        for name in sorted(set(old) | set(new)):
            if old.get(name) != new.get(name):
                changed.append(f"packages: {package}.{name}")
                exports = current["packages"].setdefault(package, OrderedDict())
                if name in new:
                    exports[name] = new[name]
                else:
                    exports.pop(name, None)
    return changed


def main(argv: List[str]) -> int:
    if len(argv) == 3 and argv[0] == "--take-changes":
        current = read_config(CONFIG_DIR)
        changed = take_changes(current, read_config(Path(argv[1])), read_config(Path(argv[2])))
        write_config(current)
        print("\n".join(changed) or "no changes")
        return 0
    if len(argv) != 1:
        print("usage: python -m codegen.config_files <config.yaml> | --take-changes <base.yaml> <theirs.yaml>")
        return 2
    written = write_config(read_config(Path(argv[0])))
    print(f"wrote {len(written)} files in {CONFIG_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
