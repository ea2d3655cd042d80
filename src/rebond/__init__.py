"""Rebond's message engine: fields in, courteous messages and reviews out.

Standard library only, so the same code runs under CPython (tests, build-time macros) and
under Pyodide in the browser. The public API is deliberately small:

- :func:`compose` turns form fields into a message (or structured errors);
- :func:`review` reads any text and returns findings with spans and suggestions;
- :func:`apply_fixes` applies the automatic fixes of those findings.
"""

from __future__ import annotations

from .compose import compose
from .review import apply_fixes, review

__version__ = "0.1.0"

__all__ = ["__version__", "apply_fixes", "compose", "review"]
