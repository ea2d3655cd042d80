"""Phrase catalogs, one module per language; :func:`catalog` picks one."""

from __future__ import annotations

from types import ModuleType

from . import en, fr

CATALOGS: dict[str, ModuleType] = {"fr": fr, "en": en}


def catalog(lang: str) -> ModuleType:
    """The catalog of a message language (French when unknown)."""
    return CATALOGS.get(lang, fr)
