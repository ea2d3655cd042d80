"""The reviewer ("relecture"): any text -> findings with a span, a severity and a suggestion.

Works on generated text and on text the reader edited, in French or English. Each finding is
``{"code", "severity", "start", "end", "excerpt", "message", "suggestion", "fix"}`` where the
span uses Python string indices and ``fix`` is ``{"start", "end", "replacement"}`` or None.
Messages are in ``ui_lang`` (the reader's language), defaulting to the text's language.
"""

from __future__ import annotations

import re
from typing import Any

from . import typography
from .fields import LINKEDIN_FREE, LINKEDIN_PREMIUM
from . import locales

_F = re.IGNORECASE | re.UNICODE

_WORD = re.compile(r"(?<![\w@./-])[\w]+(?![\w@/-]|\.\w)", re.UNICODE)

_PAREN_GENDER = re.compile(r"(\w+)\((e|es|ne|le|se|euse|euses|rice|rices|ve|ves|te|x|s)\)(s?)", re.UNICODE)
_MID_DOT = re.compile(r"\w+[·•.](?:e|ne|le|se|euse|rice|ve|te)(?:[·•.]s)?\b", re.UNICODE)

_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{0,40}\]|\{\{[^\n]{0,40}?\}\}|\{[\w .-]{0,30}\}|<[^<>\n]{1,30}>|(?<!\w)[Xx]{3,}(?!\w)|_{3,}|\.\.\.\]|(?<!\w)(?:TODO|TBD|None|null|undefined|NaN)(?!\w)",
    re.UNICODE,
)
_CAPS_WORD = re.compile(r"\b[^\W\d_]{2,}\b", re.UNICODE)
_REPEATED = re.compile(r"!{2,}|\?{2,}|[!?]{3,}")

# Characters beyond which a channel's text is too long to be read comfortably.
_ADVISED = {"email": 1800, "letter": 3000, "phone": 1400}
_ASKING = ("feedback", "thanks_feedback", "follow_up")


def _finding(code: str, severity: str, start: int, end: int, text: str, cat: Any,
             fix: dict[str, Any] | None = None, **params: Any) -> dict[str, Any]:
    excerpt = text[start:end]
    message, suggestion = cat.review_text(code, excerpt=excerpt, **params)
    return {"code": code, "severity": severity, "start": start, "end": end, "excerpt": excerpt,
            "message": message, "suggestion": suggestion, "fix": fix}


_SEVERITIES = {"new_interview": "error", "insistent": "warning", "bitter": "warning", "blame": "warning"}


def _phrases(text: str, rules: Any, cat: Any) -> list[dict[str, Any]]:
    out = []
    for code, patterns in rules.PATTERNS.items():
        severity = _SEVERITIES[code]
        for pattern in patterns:
            for m in re.finditer(pattern, text, _F):
                out.append(_finding(code, severity, m.start(), m.end(), text, cat))
    return out


def _abbreviations(text: str, lang: str, rules: Any, cat: Any) -> list[dict[str, Any]]:
    table = rules.ABBREVIATIONS
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        key = word.lower()
        if key not in table:
            continue
        if lang == "en" and key == "u" and word == "U":
            continue  # a capital U is a letter or a name, not "you"
        if lang == "en" and key == "kr" and word != "KR":
            continue
        full = table[key]
        if full and word[:1].isupper() and full[:1].islower():
            full = full[0].upper() + full[1:]
        fix = {"start": m.start(), "end": m.end(), "replacement": full} if full else None
        out.append(_finding("abbreviation", "warning", m.start(), m.end(), text, cat, fix,
                            replacement=cat.proposal(full)))
    return out


def _gender_forms(text: str, cat: Any, sender_gender: str | None) -> list[dict[str, Any]]:
    out = []
    for m in _PAREN_GENDER.finditer(text):
        fix = None
        if sender_gender in ("f", "m") and m.group(2) in ("e", "es"):
            stem, suffix, plural = m.group(1), m.group(2), m.group(3)
            word = stem + (suffix if sender_gender == "f" else suffix[1:]) + plural
            fix = {"start": m.start(), "end": m.end(), "replacement": word}
        out.append(_finding("gender_parenthesis", "warning", m.start(), m.end(), text, cat, fix))
    for m in _MID_DOT.finditer(text):
        if "." in m.group(0) and not re.search(r"[·•]", m.group(0)):
            # "informé.e" yes; "www.site" or "fin.Elle" no: only lowercase single-letter endings.
            if not re.fullmatch(r"\w+é\.e(?:\.s)?", m.group(0)):
                continue
        out.append(_finding("gender_parenthesis", "warning", m.start(), m.end(), text, cat))
    return out


def _typography(text: str, cat: Any) -> list[dict[str, Any]]:
    out = []
    for start, end, replacement in typography.spacing_fixes(text):
        # Show the characters around the (possibly empty) space, not only the space.
        f = _finding("typography", "info", max(0, start - 1), min(len(text), end + 1), text, cat,
                     {"start": start, "end": end, "replacement": replacement})
        out.append(f)
    return out


def _name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the names the writer typed (people, company, position) stand in the text."""
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return spans


def _shouting(text: str, cat: Any, names: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    run: list[re.Match[str]] = []
    # A name typed in capitals ("BNP PARIBAS") is not shouting: its words break a run.
    in_names = _name_spans(text, names)

    def flush() -> None:
        letters = sum(len(m.group(0)) for m in run)
        if (len(run) >= 2 and letters >= 8) or (len(run) == 1 and letters >= 7):
            out.append(_finding("shouting", "warning", run[0].start(), run[-1].end(), text, cat))

    previous_end = -1
    for m in _CAPS_WORD.finditer(text):
        word = m.group(0)
        is_caps = word.isupper() and not any(start <= m.start() < end for start, end in in_names)
        gap = text[previous_end:m.start()] if previous_end >= 0 else ""
        if is_caps and run and gap.strip(" ,'’-") == "":
            run.append(m)
        else:
            flush()
            run = [m] if is_caps else []
        previous_end = m.end()
    flush()
    for m in _REPEATED.finditer(text):
        fix = {"start": m.start(), "end": m.end(), "replacement": m.group(0)[0]}
        out.append(_finding("shouting", "warning", m.start(), m.end(), text, cat, fix))
    return out


def _placeholders(text: str, cat: Any) -> list[dict[str, Any]]:
    return [_finding("placeholder", "error", m.start(), m.end(), text, cat) for m in _PLACEHOLDER.finditer(text)]


def placeholders(text: str, lang: str) -> list[dict[str, Any]]:
    """Only the placeholder findings of a text ("[Nom]", "XXX", "{{ name }}"): what a name is checked for."""
    return _placeholders(text, locales.pack(lang).review)


def _length(text: str, kind: str, channel: str, cat: Any) -> list[dict[str, Any]]:
    n = len(text)
    if channel == "linkedin":
        if n > LINKEDIN_PREMIUM:
            return [_finding("linkedin_premium", "error", LINKEDIN_PREMIUM, n, text, cat, length=n)]
        if n > LINKEDIN_FREE:
            # Information, not a warning: the note fits a Premium account, and the limit of free
            # accounts is not official (FACTS.md).
            return [_finding("linkedin_free", "info", LINKEDIN_FREE, n, text, cat, length=n)]
        return []
    limit = _ADVISED.get(channel)
    if limit is not None and n > limit:
        return [_finding("too_long", "warning", limit, n, text, cat, length=n, limit=limit)]
    return []


def _questions(text: str, kind: str, cat: Any) -> list[dict[str, Any]]:
    marks = [m.start() for m in re.finditer(r"\?+", text)]
    if kind in _ASKING and len(marks) > 2:
        start = marks[2]
        # Highlight the sentence of the third question.
        sentence_start = max(text.rfind(".", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start)) + 1
        while sentence_start < start and text[sentence_start] in " \u00a0\u202f":
            sentence_start += 1
        return [_finding("too_many_questions", "warning", sentence_start, start + 1, text, cat, count=len(marks))]
    return []


def _missing_thanks(text: str, rules: Any, cat: Any) -> list[dict[str, Any]]:
    if text.strip() and not re.search(rules.THANKS, text, _F):
        return [_finding("missing_thanks", "warning", 0, 0, text, cat)]
    return []


_ORDER = {"error": 0, "warning": 1, "info": 2}


def review(text: str, *, lang: str, kind: str, channel: str, ui_lang: str | None = None,
           sender_gender: str | None = None, names: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Read ``text`` as a ``kind`` message on ``channel`` in ``lang``; return the findings.

    ``sender_gender`` (f|m), when known, lets "(e)" forms come with an automatic fix.
    ``names`` are proper names typed by the writer (company, people): capitals in them are
    not shouting.
    Findings are sorted by position, then severity.
    """
    if lang not in locales.CODES:
        raise ValueError(f"unknown language: {lang!r}")  # never review one language by another's rules
    rules = locales.pack(lang).review
    cat = locales.pack(ui_lang if ui_lang in locales.CODES else lang).review
    text = text if isinstance(text, str) else ""
    findings = (
        _phrases(text, rules, cat)
        + _missing_thanks(text, rules, cat)
        + _abbreviations(text, lang, rules, cat)
        + (_gender_forms(text, cat, sender_gender) if rules.CHECKS_GENDER_FORMS else [])
        + (_typography(text, cat) if rules.CHECKS_TYPOGRAPHY else [])
        + _shouting(text, cat, tuple(n for n in names if isinstance(n, str) and n))
        + _placeholders(text, cat)
        + _length(text, kind, channel, cat)
        + _questions(text, kind, cat)
    )
    findings.sort(key=lambda f: (f["start"], _ORDER[f["severity"]], f["end"], f["code"]))
    return findings


def apply_fixes(text: str, findings: list[dict[str, Any]]) -> str:
    """Apply every finding's automatic fix, right to left; overlapping fixes keep the rightmost."""
    edits = []
    for finding in findings:
        fix = finding.get("fix") if isinstance(finding, dict) else None
        if not isinstance(fix, dict):
            continue
        try:
            start, end, replacement = int(fix["start"]), int(fix["end"]), str(fix["replacement"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start <= end <= len(text):
            edits.append((start, end, replacement))
    return typography.apply(text, edits)
