"""An explicit opt-in that makes ``import openai`` resolve to openwire for the whole process.

    import openwire.alias
    openwire.alias.install()   # at program start, before anything imports openai

or, with no code change, ``python -m openwire.run script.py [args]`` (see :mod:`openwire.run`).

After :func:`install`, ``openai.x.y`` *is* the module ``openwire.x.y`` (same object, same classes,
so ``isinstance`` works across the two names), resolved lazily on first import by a meta path
finder. Only the version differs: libraries branch on ``openai.__version__``, so under the alias
it reports :data:`REFERENCE_VERSION`, the release whose surface openwire mirrors, while
``openwire.__version__`` stays openwire's. The top-level ``openai`` is therefore a thin module
that forwards every other attribute, read or written, to ``openwire`` (``openai.api_key = ...``
configures openwire's module-level client); ``openai._version`` and ``openai.version`` are two
small modules of the alias that carry the reference version.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any, Dict, List, Optional, Sequence

__all__ = ["ALIAS", "REFERENCE_VERSION", "AliasError", "install", "is_installed"]

ALIAS = "openai"
TARGET = "openwire"
REFERENCE_VERSION = "2.54.0"

# Modules of the alias itself (not openwire's): they report the reference version.
_VERSION_MODULES: Dict[str, Dict[str, object]] = {
    "_version": {"__version__": REFERENCE_VERSION},
    "version": {"VERSION": REFERENCE_VERSION},
}


class AliasError(RuntimeError):
    """The alias cannot be installed: the real ``openai`` package is already in this process."""


class _AliasModule(types.ModuleType):
    """The top-level ``openai``: reports the reference version, forwards everything else to openwire."""

    def __getattr__(self, name: str) -> Any:
        if name in _VERSION_MODULES:
            return importlib.import_module(f"{ALIAS}.{name}")
        return getattr(importlib.import_module(TARGET), name)

    def __setattr__(self, name: str, value: Any) -> None:
        # Dunders and the alias's own version modules stay here; settings such as
        # ``openai.api_key`` reach openwire, where its module-level client reads them, and
        # ``mock.patch("openai.OpenAI")`` patches the one class both names share.
        if _is_own(name):
            super().__setattr__(name, value)
        else:
            setattr(importlib.import_module(TARGET), name, value)

    def __delattr__(self, name: str) -> None:
        if _is_own(name):
            super().__delattr__(name)
        else:
            delattr(importlib.import_module(TARGET), name)

    def __dir__(self) -> List[str]:
        return sorted(set(dir(importlib.import_module(TARGET))) | set(_VERSION_MODULES) | {"__version__"})


def _is_own(name: str) -> bool:
    return name.startswith("__") or name in _VERSION_MODULES


class _AliasFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``openai`` and ``openai.x.y``; loading ``openai.x.y`` returns the module ``openwire.x.y``."""

    def __init__(self, top: _AliasModule) -> None:
        self.top = top

    def find_spec(
        self, fullname: str, path: Optional[Sequence[str]] = None, target: Optional[types.ModuleType] = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname == ALIAS:
            return importlib.machinery.ModuleSpec(ALIAS, self, is_package=True)
        if not fullname.startswith(ALIAS + "."):
            return None
        if fullname[len(ALIAS) + 1 :] in _VERSION_MODULES:
            return importlib.machinery.ModuleSpec(fullname, self)
        real = TARGET + fullname[len(ALIAS) :]
        if real in sys.modules:
            is_package = hasattr(sys.modules[real], "__path__")
        else:
            real_spec = importlib.util.find_spec(real)
            if real_spec is None:
                return None  # the import system then raises ModuleNotFoundError naming ``fullname``
            is_package = real_spec.submodule_search_locations is not None
        spec = importlib.machinery.ModuleSpec(fullname, self, is_package=is_package)
        spec.loader_state = real
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Optional[types.ModuleType]:
        if spec.name == ALIAS:
            return self.top
        if spec.loader_state is None:
            return None  # a version module: a fresh module, filled by exec_module
        module = importlib.import_module(spec.loader_state)
        # The import system is about to overwrite ``__spec__``; exec_module puts the real one back.
        spec.loader_state = (spec.loader_state, module.__spec__)
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        spec = module.__spec__
        assert spec is not None
        if spec.name == ALIAS:
            return
        if spec.loader_state is None:
            vars(module).update(_VERSION_MODULES[spec.name[len(ALIAS) + 1 :]])
            module.__title__ = TARGET  # type: ignore[attr-defined]
            return
        _, module.__spec__ = spec.loader_state


def _installed_finder() -> Optional[_AliasFinder]:
    for finder in sys.meta_path:
        if isinstance(finder, _AliasFinder):
            return finder
    return None


def is_installed() -> bool:
    """Whether ``import openai`` resolves to openwire in this process."""
    finder = _installed_finder()
    return finder is not None and sys.modules.get(ALIAS) is finder.top


def install() -> types.ModuleType:
    """Make ``import openai`` (and every ``openai.x.y``) resolve to openwire; returns the ``openai`` module.

    Call it at program start, before anything imports ``openai``. Installing twice is a no-op.
    Raises :class:`AliasError` when the real ``openai`` package was imported first: its classes
    would then coexist with openwire's, and ``isinstance`` checks across the two would fail.
    """
    finder = _installed_finder()
    current = sys.modules.get(ALIAS)
    if finder is not None and current is finder.top:
        return finder.top
    if current is not None:
        where = getattr(current, "__file__", None) or repr(current)
        raise AliasError(
            f"cannot alias 'openai' to openwire: the real openai package is already imported ({where}). "
            "Call openwire.alias.install() before anything imports openai, or start the program with "
            "`python -m openwire.run script.py` (or `python -m openwire.run -m module`)."
        )
    top = _AliasModule(ALIAS, importlib.import_module(TARGET).__doc__)
    top.__path__ = []  # a package, so that ``import openai.x`` asks the finders
    top.__version__ = REFERENCE_VERSION  # type: ignore[attr-defined]
    if finder is None:
        finder = _AliasFinder(top)
        sys.meta_path.insert(0, finder)
    else:
        finder.top = top
    top.__spec__ = importlib.machinery.ModuleSpec(ALIAS, finder, is_package=True)
    top.__loader__ = finder
    top.__package__ = ALIAS
    sys.modules[ALIAS] = top
    return top
