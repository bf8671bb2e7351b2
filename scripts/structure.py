"""Draw the import structure of ``src/openwire`` and check it against the layers.

    python scripts/structure.py            # summary: circles and upward imports
    python scripts/structure.py --check    # exit 1 on any circle or more than MAX_UPWARD upward imports

Every import counts, including those under ``TYPE_CHECKING`` and inside functions: they make
the architecture as hard to see as runtime ones. The layers, top to bottom, are those of
``docs/architecture.md``; an import may point down or sideways, not up.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "openwire"
MAX_UPWARD = 2

# (layer, module prefixes), top to bottom; the longest matching prefix decides.
LAYERS: List[Tuple[str, Tuple[str, ...]]] = [
    ("applications", ("openwire.cli", "openwire.local", "openwire.testing", "openwire.__main__", "openwire.run")),
    ("clients", ("openwire", "openwire._client", "openwire._module_client", "openwire.compat", "openwire.alias")),
    ("resource tree", ("openwire._client_resources",)),
    ("resources", ("openwire.resources",)),
    ("features", ("openwire.lib",)),
    ("resource contract", ("openwire._resource",)),
    (
        "I/O shells",
        (
            "openwire._async",
            "openwire._sync",
            "openwire._http_clients",
            "openwire._aiohttp",
            "openwire._workload",
            "openwire._bedrock_sigv4",
            "openwire.pagination",
        ),
    ),
    (
        "response parsing",
        ("openwire._response_parse", "openwire._raw_response", "openwire._binary", "openwire._page_base"),
    ),
    (
        "core",
        (
            "openwire._base_client",
            "openwire._bedrock",
            "openwire._options",
            "openwire._qs",
            "openwire._files",
            "openwire._retries",
            "openwire._sse",
            "openwire._io",
            "openwire._embeddings",
            "openwire._sdp",
            "openwire._constants",
            "openwire._exceptions",
            "openwire._logs",
            "openwire._version",
            "openwire._platform",
            "openwire.providers",
        ),
    ),
    ("types", ("openwire.types",)),
    ("models and sentinels", ("openwire._models", "openwire._construct", "openwire._output_text", "openwire._types")),
]


def layer_of(module: str) -> int:
    best, best_len = -1, -1
    for index, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = index, len(prefix)
    if best < 0:
        raise SystemExit(f"{module}: no layer; add it to LAYERS in scripts/structure.py")
    return best


def modules(root: Path) -> Dict[str, Tuple[Path, bool]]:
    found: Dict[str, Tuple[Path, bool]] = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


def _absolute(current: str, is_package: bool, level: int, module: str | None) -> str:
    if level == 0:
        return module or ""
    base = current.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _known(name: str, known: Dict[str, Tuple[Path, bool]]) -> str:
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def imports(name: str, path: Path, is_package: bool, known: Dict[str, Tuple[Path, bool]]) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == PACKAGE or alias.name.startswith(PACKAGE + "."):
                    yield _known(alias.name, known)
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(name, is_package, node.level, node.module)
            if target != PACKAGE and not target.startswith(PACKAGE + "."):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield sub if sub in known else _known(target, known)


def graph(root: Path = ROOT) -> Dict[str, Set[str]]:
    known = modules(root)
    return {
        name: {t for t in imports(name, path, is_package, known) if t != name}
        for name, (path, is_package) in known.items()
    }


def circles(edges: Dict[str, Set[str]]) -> List[List[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []
    counter = 0
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in edges:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def upward(edges: Dict[str, Set[str]]) -> List[Tuple[str, str]]:
    return sorted(
        (source, target)
        for source, targets in edges.items()
        for target in targets
        if layer_of(target) < layer_of(source)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    edges = graph()
    found = circles(edges)
    up = upward(edges)
    print(f"{len(edges)} modules, {sum(map(len, edges.values()))} imports")
    print(f"import circles: {len(found)}")
    for component in found:
        print(f"  {len(component)} modules: {', '.join(component)}")
    print(f"upward imports: {len(up)} (at most {MAX_UPWARD})")
    for source, target in up:
        print(f"  {source} ({LAYERS[layer_of(source)][0]}) -> {target} ({LAYERS[layer_of(target)][0]})")
    return 1 if args.check and (found or len(up) > MAX_UPWARD) else 0


if __name__ == "__main__":
    sys.exit(main())
