"""MkDocs macros: a thin adapter from pages to the Rebond engine.

Each ``macros/<topic>.py`` module exposes ``register(env, page_lang)`` and defines its own
macros with ``env.macro``. This file only wires them up and tells them the page's language.
The engine (``src/rebond``) and the build (``src/rebond_site``) are installed in the project's
virtual environment (``make setup``), so they import as any package does.
"""

from __future__ import annotations

import importlib
from typing import Any

from rebond_site.languages import page_lang as _page_lang

# Macro modules, in registration order. A module that is missing is a build error, not a skip.
_MODULES = ("messages", "checklists", "planner", "generator", "sources")


def define_env(env: Any) -> None:
    """Entry point called by mkdocs-macros for every language build."""

    def page_lang() -> str:
        """The language of the page being rendered (its file's, else the language being built)."""
        return _page_lang(env.page, env.conf)

    env.macro(page_lang)
    for name in _MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(env, page_lang)
