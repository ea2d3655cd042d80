"""The tool pages' markup, written once as Jinja templates (``overrides/rebond/``) and rendered
from the theme's own environment, as Material's plugins render theirs: its loader (our
``overrides/`` first, then Material), its filters, plus HTML autoescaping and ``multiline``.

The macros (``macros/``) hand the templates the engine's data; the templates hold the markup.
A page's macro output must be one line of HTML (Markdown ends a raw HTML block at a blank
line), so ``render`` drops the templates' own line breaks and the indentation after them: write
a space that matters inside a line (``<input> <label>``), never at a line's end.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2
from markupsafe import Markup, escape

_ENVIRONMENTS: dict[tuple[str, ...], jinja2.Environment] = {}
_SOURCE_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def multiline(value: Any) -> Markup:
    """Escaped text whose line breaks survive Markdown's raw-HTML handling (as ``&#10;``)."""
    return Markup(str(escape(value)).replace("\r\n", "\n").replace("\n", "&#10;"))


def environment(theme: Any) -> jinja2.Environment:
    """The theme's Jinja environment (``theme.get_env()``), autoescaping, with ``multiline``;
    one per theme folders, so every page's macros share it."""
    key = tuple(theme.dirs)
    if key not in _ENVIRONMENTS:
        env = theme.get_env().overlay(autoescape=True, undefined=jinja2.StrictUndefined)
        env.filters["multiline"] = multiline
        _ENVIRONMENTS[key] = env
    return _ENVIRONMENTS[key]


def render(theme: Any, name: str, **context: Any) -> str:
    """The template ``name`` (e.g. ``rebond/checklist.html``) rendered with ``context``, as one
    line of HTML."""
    html = environment(theme).get_template(name).render(**context)
    return _SOURCE_LINE_BREAK.sub("", html).strip()
