"""A person's name as typed -> title, given name and surname, in normal case.

Readers type titles into name fields ("Mme Zoé Martin", "Mrs Zoe Martin", "Dr Patel"), names
in capitals ("MARTIN", "Zoé MARTIN", the French form convention), or all in lower case. The
engine never repeats a title ("Bonjour Madame Mme Martin") and never shouts a surname back.

A title is recognised in French and English whatever the message's language: it tells the
recipient's form of address when the reader chose none (FACTS.md: the salutation is built
on Madame/Monsieur and the surname). Which part is the surname: the one typed in capitals
when only one is, otherwise the last word with its particles ("de La Tour", "van der Berg").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles, lower case without a full stop -> the form of address they mean:
# "f" / "m" (Madame, Monsieur; Ms, Mr), "x" (Mx), "dr", "prof".
TITLES: dict[str, str] = {
    "mme": "f", "madame": "f", "mlle": "f", "mademoiselle": "f", "mrs": "f", "ms": "f", "miss": "f",
    "m": "m", "monsieur": "m", "mr": "m", "mister": "m",
    "mx": "x",
    "dr": "dr", "docteur": "dr", "docteure": "dr", "doctor": "dr",
    "pr": "prof", "prof": "prof", "professeur": "prof", "professeure": "prof", "professor": "prof",
}
# Particles that belong to the surname and stay in lower case inside a name.
_PARTICLES = {"de", "du", "des", "d’", "van", "von", "der", "den", "ter", "di", "da", "dos", "das", "del", "della"}
_TITLE = re.compile(r"^([^\W\d_]{1,11})\.?(?:\s+|$)")
_APOSTROPHE = re.compile(r"['’]")


@dataclass(frozen=True)
class Name:
    """A name read from a field. Every part may be empty."""

    title: str  # "f", "m", "x", "dr", "prof" or "" (what TITLES maps to)
    given: str
    surname: str

    @property
    def full(self) -> str:
        return " ".join(part for part in (self.given, self.surname) if part)

    @property
    def gender(self) -> str:
        """The recipient gender the title implies ("f", "m") or "" when it implies none."""
        return self.title if self.title in ("f", "m") else ""

    def __bool__(self) -> bool:
        return bool(self.given or self.surname)


def _cap(part: str) -> str:
    """"MARTIN" / "martin" -> "Martin"; "o’connor" -> "O’Connor"; "dupont-morel" -> "Dupont-Morel"."""
    pieces = re.split(r"([-’])", part.lower())
    out = []
    for piece in pieces:
        out.append(piece[:1].upper() + piece[1:] if piece not in ("-", "’") else piece)
    word = "".join(out)
    if word.lower().startswith("d’") and len(word) > 2:
        word = "d’" + word[2:]  # particle: "d’Arc"
    return word


def _uniform(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and (all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters))


def _normal_case(words: list[str], force: bool) -> list[str]:
    """Normal case for words typed all in capitals or all in lower case (others kept as typed).

    ``force`` normalises every uniform word; otherwise only when the whole name is uniform
    (a signature "Zoé MARTIN" keeps its convention; "camille durand" does not).
    """
    if not force and not all(_uniform(w) for w in words):
        return words
    out = []
    for word in words:
        if not _uniform(word):
            out.append(word)
        elif len(words) > 1 and word.lower() in _PARTICLES:
            out.append(word.lower())
        else:
            out.append(_cap(word))
    return out


def parse(text: str, *, force_case: bool = True) -> Name:
    """Read a name field. ``force_case`` (recipients) normalises every word typed in capitals."""
    text = _APOSTROPHE.sub("’", text.strip())
    title = ""
    while True:
        m = _TITLE.match(text)
        if not m or m[1].lower() not in TITLES:
            break
        if not text[m.end():].strip():  # a title alone: "Madame"
            return Name(title or TITLES[m[1].lower()], "", "")
        found = TITLES[m[1].lower()]
        # "M" without a full stop is a title only before a capitalised word ("M Karim").
        if m[1].lower() == "m" and not text[m.end():m.end() + 1].isupper():
            break
        title = title if title in ("f", "m", "x") else found  # Mme Dr Martin: Madame wins
        text = text[m.end():].strip()
    words = [w for w in text.split(" ") if w]
    if not words:
        return Name(title, "", "")
    capitals = [i for i, w in enumerate(words) if len(w) > 1 and w.isupper()]
    normal = _normal_case(words, force_case)
    if len(words) == 1 or words[0].lower() in _PARTICLES:  # "de La Fontaine": a surname only
        return Name(title, "", " ".join(normal))
    if len(capitals) >= 1 and len(capitals) < len(words) and capitals == list(range(capitals[0], capitals[-1] + 1)):
        start, end = capitals[0], capitals[-1] + 1
        while start > 0 and words[start - 1].lower() in _PARTICLES:
            start -= 1
        given = " ".join(normal[:start] + normal[end:])
        return Name(title, given, " ".join(normal[start:end]))
    start = len(words) - 1
    while start > 1 and normal[start - 1].lower() in _PARTICLES | {"le", "la"}:
        start -= 1
    return Name(title, " ".join(normal[:start]), " ".join(normal[start:]))


def signature(text: str) -> str:
    """The writer's name as they sign: no title, case kept unless typed all in one case."""
    name = parse(text, force_case=False)
    return name.full
