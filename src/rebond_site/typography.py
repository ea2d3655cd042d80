"""The engine's typography on every string a page shows, theme and templates included.

Pages are written with French typography already, and the engine's catalogs apply it at import;
hooks/typography.py applies the same functions (rebond.typography: ``french``, ``apostrophes``,
``number_units``) to everything else that reaches the reader: Material's own labels, our
templates (footer), text that Markdown extensions write. French pages get the non-breaking
spaces and typographic apostrophes; English pages, typographic apostrophes only. Code, scripts,
styles and form fields (what the reader types, what the engine writes) are left untouched.

Each text node is typeset with one character of context on each side, so that a colon right
after a link (``<a>…</a> :``) or guillemets around one (``« <a>…</a> »``) are seen as French
prose sees them; the functions only ever replace or insert spaces and apostrophes, so nodes
keep their place.
"""

from __future__ import annotations

import re
from html import escape, unescape

from rebond import typography

# Elements whose text is not prose to typeset.
SKIPPED = ("script", "style", "pre", "code", "textarea", "kbd", "samp")
# Attributes a reader sees or hears (tooltips, names read by screen readers, placeholders).
ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")

# Raw-text elements (whose content may hold "<") as one token each, then comments and tags.
_RAW = ("script", "style", "textarea")
_TOKENS = re.compile(
    r"(" + "|".join(rf"<{n}\b[^>]*>.*?</{n}\s*>" for n in _RAW) + r"|<!--.*?-->|<[^>]*>)",
    re.S | re.I)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
_ATTR = re.compile(r'\b(' + "|".join(ATTRIBUTES) + r')="([^"]*)"')


def typeset_text(text: str, lang: str, before: str = "\n", after: str = "\n") -> str:
    """One text node (entities decoded), with one character of context on each side."""
    if lang == "fr":
        fixes = typography.spacing_fixes(before + text + after)
        # Keep the fixes that fall within the node (an insertion may sit at either end).
        own = [(s - 1, e - 1, r) for s, e, r in fixes if s >= 1 and e <= len(text) + 1]
        text = typography.apply(text, own)
        return typography.number_units(typography.apostrophes(before + text + after))[1:-1]
    return typography.apostrophes(before + text + after)[1:-1]


def _typeset_attributes(tag: str, lang: str) -> str:
    def one(match: re.Match) -> str:
        value = typeset_text(unescape(match.group(2)), lang)
        return f'{match.group(1)}="{escape(value, quote=True)}"'

    return _ATTR.sub(one, tag)


def typeset_html(html: str, lang: str) -> str:
    """A whole page, typeset; every part outside text nodes and named attributes unchanged."""
    parts = _TOKENS.split(html)  # text nodes at even indexes, tags and comments at odd ones
    texts = {i: unescape(part) for i, part in enumerate(parts) if i % 2 == 0 and part}
    # The first character of the next text node, for each node (one pass from the end).
    following: dict[int, str] = {}
    upcoming = "\n"
    for i in range(len(parts) - 1 - (len(parts) - 1) % 2, -1, -2):
        following[i] = upcoming
        if texts.get(i):
            upcoming = texts[i][0]
    skipping = ""  # the element whose content is left as it is, if any
    previous = "\n"
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a tag, a comment, or a whole raw-text element
            match = _TAG.match(part)
            name = match.group(2).lower() if match else ""
            closing = bool(match and match.group(1))
            if name in _RAW:
                previous = "\n"
            elif skipping:
                if closing and name == skipping:
                    skipping = ""
            elif name in SKIPPED and not closing:
                skipping, previous = name, "\n"
            elif match and not closing:
                part = _typeset_attributes(part, lang)
            out.append(part)
        elif not part or skipping:
            out.append(part)
        else:
            text = typeset_text(texts[i], lang, previous[-1], following[i])
            previous = text or previous
            out.append(escape(text, quote=False))
    return "".join(out)
