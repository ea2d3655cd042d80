"""Load a module from its file: the site's hooks and macros, which MkDocs loads by path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load(path: Path, name: str, *, register: bool = False) -> ModuleType:
    """The module at `path`, run under `name` (registered in sys.modules first when `register`:
    dataclasses and pickling look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    if register:
        sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
