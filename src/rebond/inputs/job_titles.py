"""A job title copied from an ad -> the title itself, in its masculine and feminine forms.

Ads add marks that a letter never repeats: "(H/F)", "F/H", "H/F/X", "(m/f/d)", a contract
type or working pattern ("- CDI", "(Remote)", "| Full time"), a "Poste de" before the title,
inclusive endings ("Chargé(e)", "Développeur·se"). :func:`parse` removes the marks and keeps
both forms; each language's grammar then agrees the title with the writer and sets its case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import inclusive

# Gender marks of ads: H/F, F/H, H/F/X, M/F, m/f/d, M/W/D, with or without brackets.
_GENDER_MARKS = re.compile(
    r"\s*[(\[]?\s*\b(?:H|F|M|W|D|X|NB)(?:\s*[/-]\s*(?:H|F|M|W|D|X|NB)){1,3}\b\s*[)\]]?", re.IGNORECASE)
# Contract types and working patterns: a segment holding one of them is ad furniture.
_AD_WORDS = re.compile(
    r"\b(?:cdi|cdd|intérim|interim|freelance|alternance|apprentissage|temps plein|temps partiel|"
    r"full[- ]time|part[- ]time|permanent|contract|fixed[- ]term|remote|hybrid|hybride|télétravail|"
    r"teletravail|on[- ]site|sur site|urgent)\b", re.IGNORECASE)
# Segments of an ad title: "Title - CDI - Paris", "Title | CDI", "Title (Remote)".
_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*\|\s*|(?:^|\s+)[(\[]([^()\[\]]*)[)\]]\s*")
_LEADING = re.compile(r"^(?:poste|offre|job|role|position|vacancy)\s*(?::|de\b|d['’]|-|–)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class JobTitle:
    """A job title without ad marks. ``marked``: the ad gave both forms (so both are right)."""

    masculine: str
    feminine: str
    marked: bool

    def __bool__(self) -> bool:
        return bool(self.masculine)


def strip_marks(text: str) -> str:
    """The title without gender marks, contract segments or a leading "Poste de"."""
    out = _GENDER_MARKS.sub(" ", text)
    # The title is the first segment; a bracketed part that is not ad furniture stays with it.
    # Once a segment is ad furniture, what follows it (a place, a reference) is too.
    head, rest = _split_segments(out)
    kept = [head]
    for segment, bracketed in rest:
        if _AD_WORDS.search(segment) or not segment:
            break
        kept.append(f"({segment})" if bracketed else f"– {segment}")
    out = _LEADING.sub("", " ".join(part for part in kept if part).strip())
    return re.sub(r"\s+", " ", out).strip(" -–—|,:;")


def _split_segments(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """``(head, [(segment, bracketed), ...])`` split at " - ", "|" and brackets."""
    head: str | None = None
    parts: list[tuple[str, bool]] = []
    last = 0
    for m in _SEPARATOR.finditer(text):
        if head is None:
            head = text[last:m.start()].strip()
        else:
            parts.append((text[last:m.start()].strip(), False))
        if m.group(1) is not None:
            parts.append((m.group(1).strip(), True))
        last = m.end()
    tail = text[last:].strip()
    if head is None:
        return tail, []
    if tail:
        parts.append((tail, False))
    return head, [p for p in parts if p[0]]


def parse(text: str) -> JobTitle:
    """Read a position field: marks removed, both forms kept."""
    cleaned = strip_marks(text.replace("'", "’"))
    masc, fem, marked = inclusive.split(cleaned)
    return JobTitle(masc, fem, marked)
