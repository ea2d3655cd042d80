"""A regular expression's match that a test needs: found, or the test fails saying what was missing."""

from __future__ import annotations

import re


def found(pattern: str | re.Pattern[str], text: str, flags: int = 0) -> re.Match[str]:
    """The first match of `pattern` in `text`; an AssertionError naming the pattern when there is none."""
    match = re.search(pattern, text, flags) if isinstance(pattern, str) else pattern.search(text)
    assert match, f"not found: {pattern if isinstance(pattern, str) else pattern.pattern!r}"
    return match
