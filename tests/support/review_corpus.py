"""The reviewer's labelled corpus (tests/cases/review_corpus.tsv): loading, and scoring.

Each sentence is placed inside an otherwise good message of its language and the whole message
is reviewed. A risky sentence is *caught* when a finding of its family overlaps it; an innocent
sentence is a *false alarm* when any finding overlaps it.

Run ``.venv/bin/python tests/support/review_corpus.py`` for the table of recall per family and
false alarms (the test, tests/writing/test_review_corpus.py, asserts the thresholds).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "cases" / "review_corpus.tsv"

# An otherwise good message: the sentence is its middle paragraph.
FRAMES = {
    "fr": ("Madame,\n\nMerci pour votre réponse et pour le temps consacré à ma candidature.\n\n",
           "\n\nBien cordialement,\nCamille Martin"),
    "en": ("Dear Ms Martin,\n\nThank you for your reply and for the time you gave my application.\n\n",
           "\n\nKind regards,\nSam Taylor"),
}
KIND, CHANNEL = "thanks_feedback", "email"


@dataclass(frozen=True)
class Sentence:
    lang: str
    family: str  # the family it belongs to (risky) or looks like (innocent)
    risky: bool
    text: str


def load() -> list[Sentence]:
    from rebond import typography

    out = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, label, text = line.split("\t")
        if lang == "fr":
            text = typography.french(text)  # typed as a careful writer would: the corpus is about meaning
        out.append(Sentence(lang, label.lstrip("~"), not label.startswith("~"), text))
    return out


def message(sentence: Sentence) -> tuple[str, int, int]:
    """The message that holds the sentence, and the sentence's span in it."""
    before, after = FRAMES[sentence.lang]
    return before + sentence.text + after, len(before), len(before) + len(sentence.text)


def _overlaps(finding: dict[str, Any], start: int, end: int) -> bool:
    return (finding["start"] < end and finding["end"] > start) or start <= finding["start"] < end


@dataclass
class Score:
    caught: dict[tuple[str, str], int]
    risky: dict[tuple[str, str], int]
    alarms: list[tuple[Sentence, list[str]]]
    innocent: int
    missed: list[Sentence]

    def recall(self, family: str) -> float:
        n = sum(v for (f, _), v in self.risky.items() if f == family)
        return sum(v for (f, _), v in self.caught.items() if f == family) / n if n else 1.0

    @property
    def families(self) -> list[str]:
        return sorted({f for f, _ in self.risky})

    @property
    def false_alarm_rate(self) -> float:
        return len(self.alarms) / self.innocent

    def table(self) -> str:
        lines = [f"{'family':<14} {'fr':>9} {'en':>9} {'recall':>7}"]
        for family in self.families:
            cells = [f"{self.caught.get((family, lang), 0)}/{self.risky.get((family, lang), 0)}"
                     for lang in ("fr", "en")]
            lines.append(f"{family:<14} {cells[0]:>9} {cells[1]:>9} {self.recall(family):>7.0%}")
        lines.append(f"false alarms: {len(self.alarms)}/{self.innocent} innocent sentences "
                     f"({self.false_alarm_rate:.1%})")
        lines += [f"  alarm [{s.lang}] {s.text!r}: {codes}" for s, codes in self.alarms]
        lines += [f"  missed [{s.lang}] {s.family}: {s.text!r}" for s in self.missed]
        return "\n".join(lines)


def score(sentences: list[Sentence], family_of: Callable[[dict[str, Any]], str] | None = None) -> Score:
    from rebond import review

    family_of = family_of or (lambda f: f["family"])
    caught: dict[tuple[str, str], int] = defaultdict(int)
    risky: dict[tuple[str, str], int] = defaultdict(int)
    alarms, missed, innocent = [], [], 0
    for s in sentences:
        text, start, end = message(s)
        found = [f for f in review(text, lang=s.lang, kind=KIND, channel=CHANNEL) if _overlaps(f, start, end)]
        if s.risky:
            risky[(s.family, s.lang)] += 1
            if any(family_of(f) == s.family for f in found):
                caught[(s.family, s.lang)] += 1
            else:
                missed.append(s)
        else:
            innocent += 1
            if found:
                alarms.append((s, [f["code"] for f in found]))
    return Score(dict(caught), dict(risky), alarms, innocent, missed)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
    print(score(load()).table())
