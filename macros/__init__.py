"""MkDocs macros: a thin adapter from pages to the Rebond engine.

Each ``macros/<topic>.py`` module exposes ``register(env, page_lang)`` and defines its own
macros with ``env.macro``. This file only wires them up and tells them the page's language.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

# The engine lives in src/ (installed editable in .venv, but make a plain checkout work too).
_SRC = Path(__file__).resolve().parent.parent / "src"
if str(_SRC) not in sys.path:
    sys.path.insert(0, str(_SRC))

# Macro modules, in registration order. A module that is missing is a build error, not a skip.
_MODULES = ("messages", "checklists", "generator", "sources")


def define_env(env) -> None:
    """Entry point called by mkdocs-macros for every language build."""

    def page_lang() -> str:
        """The language of the page being rendered ("fr" or "en").

        static-i18n builds one language at a time and sets theme.language for it; the page's
        own file locale wins when present.
        """
        page = env.page
        locale = getattr(getattr(page, "file", None), "locale", None) if page else None
        return str(locale or env.conf["theme"]["language"])

    env.macro(page_lang)
    for name in _MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(env, page_lang)
