"""The reader's edits against a new version of the message: which paragraphs they did not touch.

The generator never overwrites what the reader wrote. When a field changes after the reader
edited the subject or the text, the page shows the engine's new version beside theirs; one of
the reader's choices is to merge: every paragraph they left as the engine wrote it takes its new
wording, every paragraph they changed, added or removed stays as they left it.

A three-way merge by paragraph (blocks separated by a blank line, as the printed letter reads
them): ``base`` is the engine's version the reader started from, ``mine`` the text as it
stands, ``new`` the engine's new version. Pure function, standard library only.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (blank-line separated), line ends as ``\\n``, empty ones dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p.strip("\n") for p in _BLANK_LINE.split(text) if p.strip()]


def _segments(base: list[str], new: list[str]) -> tuple[list[int], list[list[str]], dict[int, list[str]]]:
    """How the new version rewrites the base: ``(segment_of, segment_new, inserted_before)``.

    ``segment_of[i]`` is the segment of base paragraph ``i``; a segment is one paragraph, or a
    block that the new version rewrote into a different number of paragraphs (which only
    changes as a whole); ``segment_new[s]`` is its new text. ``inserted_before[i]`` holds the
    paragraphs the new version adds before base paragraph ``i`` (``len(base)``: at the end)."""
    segment_of = [0] * len(base)
    segment_new: list[list[str]] = []
    inserted: dict[int, list[str]] = {}
    matcher = SequenceMatcher(a=base, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            inserted.setdefault(i1, []).extend(new[j1:j2])
        elif tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            for offset in range(i2 - i1):
                segment_of[i1 + offset] = len(segment_new)
                segment_new.append([new[j1 + offset]])
        else:  # "delete", or a block rewritten into another number of paragraphs
            for i in range(i1, i2):
                segment_of[i] = len(segment_new)
            segment_new.append(new[j1:j2])
    return segment_of, segment_new, inserted


def merge(base: str, mine: str, new: str) -> dict[str, Any]:
    """``mine`` with the paragraphs the reader did not touch (equal to ``base``) in their ``new``
    wording: ``{"text", "updated", "kept"}``, the counts of paragraphs taken from the new version
    and of the reader's own paragraphs kept."""
    if mine == base:
        return {"text": new, "updated": len(paragraphs(new)), "kept": 0}
    old, own, fresh = paragraphs(base), paragraphs(mine), paragraphs(new)
    if old == fresh:
        return {"text": mine, "updated": 0, "kept": len(own)}
    segment_of, segment_new, inserted = _segments(old, fresh)
    # What the reader did to the base: untouched paragraphs, and their own text anchored at the
    # base paragraph it replaces or precedes.
    untouched = [False] * len(old)
    theirs: dict[int, list[str]] = {}
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=old, b=own, autojunk=False).get_opcodes():
        if tag == "equal":
            for i in range(i1, i2):
                untouched[i] = True
        else:
            theirs.setdefault(i1, []).extend(own[j1:j2])
    # A segment takes its new wording only if the reader left every paragraph of it as it was.
    whole = [True] * len(segment_new)
    for i, segment in enumerate(segment_of):
        whole[segment] = whole[segment] and untouched[i]
    out: list[str] = []
    updated = kept = 0
    done: set[int] = set()
    for i in range(len(old) + 1):
        out.extend(inserted.get(i, ()))
        updated += len(inserted.get(i, ()))
        out.extend(theirs.get(i, ()))
        kept += len(theirs.get(i, ()))
        if i == len(old) or not untouched[i]:
            continue
        segment = segment_of[i]
        if not whole[segment]:
            out.append(old[i])  # the reader's text, equal to the base: part of a block they edited
            kept += 1
        elif segment not in done:
            done.add(segment)
            out.extend(segment_new[segment])
            updated += len(segment_new[segment])
    return {"text": "\n\n".join(out), "updated": updated, "kept": kept}
