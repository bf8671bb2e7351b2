"""Everything the generator produces, as ``{repo-relative path: text}``."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Set

from .config import Config
from .render_api_md import api_md
from .render_client import client_resources, resource_package
from .render_local import spec_answers
from .render_resources import ResourceRenderer
from .render_types import HEADER, RenderedModule, TypesRenderer
from .spec import Spec
from .typegraph import TypeGraph

__all__ = ["generate"]

TYPES_DIR = "src/openwire/types"
RESOURCES_DIR = "src/openwire/resources"
CUSTOM_DIR = Path(__file__).resolve().parent / "custom"


def generate(spec: Spec, config: Config) -> Dict[str, str]:
    graph = TypeGraph(spec, config)
    files: Dict[str, str] = {}
    types = TypesRenderer(graph)
    rendered = {module: types.module(module) for module in config.modules}
    for module, deferred in _deferred_imports(rendered).items():
        files[_module_path(module)] = rendered[module].text(deferred)
    for module in config.custom_modules:
        source = CUSTOM_DIR / (module.replace(".", "/") + ".py")
        files[_module_path(module)] = HEADER + source.read_text()
    all_modules = list(config.modules) + list(config.custom_modules)
    for package in _packages(all_modules, config):
        exports = config.packages.get(package or ".", {})
        files[_package_path(package)] = types.package(package, exports, _submodules(package, all_modules))
    resources = ResourceRenderer(graph)
    for resource in config.resources.values():
        if resource.same_as:
            continue
        files[f"{RESOURCES_DIR}/{resource.module.replace('.', '/')}.py"] = resources.module(resource)
    for package in _resource_packages(config):
        path = f"{RESOURCES_DIR}/{package.replace('.', '/')}/__init__.py" if package else f"{RESOURCES_DIR}/__init__.py"
        files[path] = resource_package(package, config)
    files["src/openwire/_client_resources.py"] = client_resources(config)
    files["api.md"] = api_md(spec, config)
    files["src/openwire/local/_spec_answers.py"] = spec_answers(spec, config)
    generate.warnings = graph.warnings  # type: ignore[attr-defined]
    return files


def _resource_packages(config: Config) -> List[str]:
    out: Set[str] = {""}
    for resource in config.resources.values():
        parts = resource.module.split(".")[:-1]
        for i in range(1, len(parts) + 1):
            out.add(".".join(parts[:i]))
    return sorted(out)


def _deferred_imports(rendered: Dict[str, RenderedModule]) -> Dict[str, Set[str]]:
    """For each module, the imports to place last: those inside an import cycle whose names
    are only used in class annotations (pydantic resolves those when the model is first built)."""
    graph = {m: {t for t in r.imports.modules() if t in rendered} for m, r in rendered.items()}
    component = _strongly_connected(graph)
    out: Dict[str, Set[str]] = {}
    for module, targets in graph.items():
        eager = rendered[module].imports.eager_modules
        out[module] = {t for t in targets if component[t] == component[module] and t not in eager}
    return out


def _strongly_connected(graph: Dict[str, Set[str]]) -> Dict[str, int]:
    """Tarjan's algorithm (iterative): module -> component number."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    on_stack: Set[str] = set()
    stack: List[str] = []
    component: Dict[str, int] = {}
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component[member] = index[node]
                    if member == node:
                        break
    return component


def _module_path(module: str) -> str:
    return f"{TYPES_DIR}/{module.replace('.', '/')}.py"


def _package_path(package: str) -> str:
    return f"{TYPES_DIR}/{package.replace('.', '/')}/__init__.py" if package else f"{TYPES_DIR}/__init__.py"


def _packages(modules: List[str], config: Config) -> List[str]:
    out: Set[str] = {""}
    for module in modules:
        parts = module.split(".")[:-1]
        for i in range(1, len(parts) + 1):
            out.add(".".join(parts[:i]))
    for package in config.packages:
        out.add("" if package == "." else package)
    return sorted(out)


def _submodules(package: str, modules: List[str]) -> List[str]:
    prefix = package + "." if package else ""
    out = set()
    for module in modules:
        if module.startswith(prefix):
            out.add(module[len(prefix) :].split(".")[0])
    return sorted(out)
