"""The reviewer ("relecture"): any text -> findings with a span, a severity and a suggestion.

Works on generated text and on text the reader edited, in any registered language; every word
it looks for comes from the language pack's review module (this module is language-neutral).
Each finding is ``{"code", "family", "severity", "start", "end", "excerpt", "message",
"suggestion", "fix", "guide", "key"}``: the span uses Python string indices, ``fix`` is
``{"start", "end", "replacement"}`` or None, ``guide`` is ``{"path", "title"}`` (the guide's
section behind the finding, a path from the language's root) or None, ``key`` names the finding
across edits (its code, its words and which occurrence of them it is). Messages are in
``ui_lang`` (the reader's language), defaulting to the text's language.

Families: the guide's rules (phrase rules of :mod:`rebond.phrases`: new interview, reproach,
pressure, hired person, familiarity, slips) and the checks of form (placeholders,
abbreviations, "(e)" forms, shouting, typography, length by kind). A passage is reported once
per family: where a family's rules overlap, one finding.

Linear in the text's length: every expression below is anchored so that it cannot rescan a
run of characters, the text reviewed is capped at :data:`MAX_CHARS` and the findings at
:data:`MAX_FINDINGS` (each cap is itself a finding, so the page says so).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from . import locales, phrases, plans, typography
from .fields import LINKEDIN_FREE, LINKEDIN_PREMIUM

MAX_CHARS = 20_000  # about ten times the longest message the guide advises
MAX_FINDINGS = 60

_F = re.IGNORECASE | re.UNICODE

# Code -> (family, severity).
CODES: dict[str, tuple[str, str]] = {
    "new_interview": ("new_interview", "error"),
    "blame": ("reproach", "warning"),
    "bitter": ("reproach", "warning"),
    "threat": ("reproach", "warning"),
    "insistent": ("pressure", "warning"),
    "hired_person": ("hired_person", "warning"),
    "familiar": ("familiarity", "warning"),
    "dear_name": ("familiarity", "warning"),
    "dangling_closing": ("familiarity", "warning"),
    "slip": ("slip", "warning"),
    "placeholder": ("form", "error"),
    "abbreviation": ("form", "warning"),
    "gender_parenthesis": ("form", "warning"),
    "shouting": ("shouting", "warning"),
    "typography": ("typography", "info"),
    "missing_thanks": ("content", "warning"),
    "too_many_questions": ("content", "warning"),
    "too_long": ("length", "warning"),
    "too_many_points": ("length", "warning"),
    "linkedin_premium": ("length", "error"),
    "linkedin_free": ("length", "info"),
    "cap_text": ("limits", "info"),
    "cap_findings": ("limits", "info"),
    "spelling": ("spelling", "warning"),
}
_ORDER = {"error": 0, "warning": 1, "info": 2}
# Families that do not apply to a kind: when the recruiter comes back to the candidate, further
# interviews are what the message is about, not a request to reverse a decision.
_OFF_BY_KIND: dict[str, frozenset[str]] = {"reply_comeback": frozenset(("new_interview",))}
# Findings at one place are listed in this order of families.
_FAMILY_ORDER = {f: i for i, f in enumerate((
    "new_interview", "reproach", "pressure", "hired_person", "familiarity", "slip", "form", "shouting",
    "content", "length", "typography", "spelling", "limits"))}

# Families whose overlapping findings are one passage (their rules overlap on purpose); the
# others carry fixes that must all be offered (typography, slips).
_MERGED = frozenset(("new_interview", "reproach", "pressure", "hired_person", "familiarity"))

_WORD = re.compile(r"(?<![\w@./-])[\w]+(?![\w@/-]|\.\w)", re.UNICODE)
# Counted as rebond.compose counts a message's words (an elided "d’Orange" is one).
_COUNTED_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
# "(e)" forms and "·e" forms: found from the mark, the word before read back (no rescanning).
_PAREN_MARK = re.compile(r"(?<=\w)\((e|es|ne|le|se|euse|euses|rice|rices|ve|ves|te|x|s)\)(s?)", re.UNICODE)
_DOT_MARK = re.compile(r"(?<=\w)[·•.](?:e|ne|le|se|euse|rice|ve|te)(?:[·•.]s)?\b", re.UNICODE)
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{0,40}\]|\{\{[^\n]{0,40}?\}\}|\{[\w .-]{0,30}\}|<[^<>\n]{1,30}>|(?<!\w)[Xx]{3,}(?!\w)|(?<!_)_{3,}"
    r"|\.\.\.\]|(?<!\w)(?:TODO|TBD|None|null|undefined|NaN)(?!\w)",
    re.UNICODE,
)
_CAPS_WORD = re.compile(r"\b[^\W\d_]+\b", re.UNICODE)
_REPEATED = re.compile(r"!{2,}|\?{2,}|[!?]{3,}")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^[ \t]*[–•*-] ", re.MULTILINE)
_ASKING = ("feedback", "thanks_feedback", "follow_up")

Raw = tuple[str, int, int, "dict[str, Any] | None", "dict[str, Any]"]  # code, start, end, fix, params

_COMPILED: dict[int, tuple[Any, phrases.Rules, frozenset[str]]] = {}


def _rules(data: Any) -> tuple[phrases.Rules, frozenset[str]]:
    """A pack's compiled phrase rules and its shouting words (compiled once per pack module)."""
    cached = _COMPILED.get(id(data))
    if cached is None or cached[0] is not data:
        shout = frozenset(w.lower() for w in getattr(data, "SHOUT_WORDS", "").split())
        cached = (data, phrases.compile_rules(data), shout)
        _COMPILED[id(data)] = cached
    return cached[1], cached[2]


def _fix(start: int, end: int, replacement: str) -> dict[str, Any]:
    return {"start": start, "end": end, "replacement": replacement}


def _phrase_findings(text: str, data: Any, cat: Any, opaque: list[tuple[int, int]]) -> list[Raw]:
    rules, _ = _rules(data)
    out: list[Raw] = []
    for code, start, end, slip in phrases.find(text, rules, opaque):
        if slip is None:
            out.append((code, start, end, None, {}))
        else:
            fixed, proposal = slip
            fix = _fix(start, end, fixed) if fixed else None
            out.append((code, start, end, fix, {"replacement": cat.proposal(fixed or proposal)}))
    return out


def _abbreviations(text: str, lang: str, rules: Any, cat: Any) -> list[Raw]:
    table = rules.ABBREVIATIONS
    out: list[Raw] = []
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
        fix = _fix(m.start(), m.end(), full) if full else None
        out.append(("abbreviation", m.start(), m.end(), fix, {"replacement": cat.proposal(full)}))
    return out


def _stem_start(text: str, end: int) -> int:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return start


def _gender_forms(text: str, sender_gender: str | None) -> list[Raw]:
    out: list[Raw] = []
    for m in _PAREN_MARK.finditer(text):
        start = _stem_start(text, m.start())
        fix = None
        if sender_gender in ("f", "m") and m.group(1) in ("e", "es"):
            suffix, plural = m.group(1), m.group(2)
            word = text[start:m.start()] + (suffix if sender_gender == "f" else suffix[1:]) + plural
            fix = _fix(start, m.end(), word)
        out.append(("gender_parenthesis", start, m.end(), fix, {}))
    for m in _DOT_MARK.finditer(text):
        start = _stem_start(text, m.start())
        mark = m.group(0)
        # "informé.e" yes; "www.site" or "fin.Elle" no: with a full stop, only "é.e" endings.
        if "." in mark and not re.search(r"[·•]", mark) and not (text[m.start() - 1] == "é" and mark in (".e", ".e.s")):
            continue
        out.append(("gender_parenthesis", start, m.end(), None, {}))
    return out


def _typography(text: str) -> list[Raw]:
    # Show the characters around the (possibly empty) space, not only the space.
    return [("typography", max(0, start - 1), min(len(text), end + 1), _fix(start, end, replacement), {})
            for start, end, replacement in typography.spacing_fixes(text)]


def _name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the names the writer typed (people, company, position) stand in the text, as
    sorted spans that do not overlap."""
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _shouting(text: str, shout_words: frozenset[str], in_names: list[tuple[int, int]]) -> list[Raw]:
    """Runs of capitals that read as a sentence (a word like "IS" or "VOUS" in them, or one long
    word), not acronyms ("SQL, AWS"); names typed in capitals ("BNP PARIBAS") break a run."""
    out: list[Raw] = []
    run: list[re.Match[str]] = []
    starts = [s for s, _ in in_names]

    def flush() -> None:
        letters = sum(len(m.group(0)) for m in run)
        sentence_like = any(m.group(0).lower() in shout_words for m in run)
        if (len(run) >= 2 and letters >= 6 and sentence_like) or (len(run) == 1 and letters >= 7):
            out.append(("shouting", run[0].start(), run[-1].end(), None, {}))

    previous_end = -1
    for m in _CAPS_WORD.finditer(text):
        is_caps = m.group(0).isupper() and not (in_names and _inside(m.start(), in_names, starts))
        if is_caps and run and m.start() - previous_end <= 3 and text[previous_end:m.start()].strip(" ,'’-") == "":
            run.append(m)
        elif is_caps or run:
            flush()
            run = [m] if is_caps else []
        previous_end = m.end()
    flush()
    for m in _REPEATED.finditer(text):
        out.append(("shouting", m.start(), m.end(), _fix(m.start(), m.end(), m.group(0)[0]), {}))
    return out


def _placeholders(text: str) -> list[Raw]:
    return [("placeholder", m.start(), m.end(), None, {}) for m in _PLACEHOLDER.finditer(text)]


def placeholders(text: str, lang: str) -> list[dict[str, Any]]:
    """Only the placeholder findings of a text ("[Nom]", "XXX", "{{ name }}"): what a name is checked for."""
    cat = locales.pack(lang).review
    seen: dict[tuple[str, str], int] = {}
    return [finding(r, text, cat, seen) for r in _placeholders(text)]


def _body(text: str, rules: Any) -> tuple[int, int]:
    """The span of the message's body: after its salutation, before its closing (the guide's
    lengths count the body alone, as the engine does)."""
    blocks = []
    start = 0
    for m in _BLOCK_BREAK.finditer(text):
        blocks.append((start, m.start()))
        start = m.end()
    blocks.append((start, len(text)))
    salutations = tuple(getattr(rules, "SALUTATIONS", ()))
    closings = tuple(getattr(rules, "CLOSINGS", ()))
    subject_lines = tuple(getattr(rules, "SUBJECT_LINES", ()))
    first = 0
    for i, (s, e) in enumerate(blocks[:8]):
        block = text[s:e].strip()
        if block.endswith(",") and "\n" not in block and block.lower().startswith(salutations):
            first = i + 1
            break
    while first < len(blocks) and text[blocks[first][0]:blocks[first][1]].strip().lower().startswith(subject_lines):
        first += 1  # "Re: ..." under the salutation of a British letter
    last = len(blocks)
    for i in range(first, len(blocks)):
        if text[blocks[i][0]:blocks[i][1]].strip().lower().startswith(closings):
            last = i
            break
    else:
        if last - first > 1 and len(_COUNTED_WORD.findall(text[blocks[-1][0]:blocks[-1][1]])) <= 5:
            last -= 1  # a signature
    if first >= last:
        return 0, 0
    return blocks[first][0], blocks[last - 1][1]


def _length(text: str, kind: str, channel: str, rules: Any) -> list[Raw]:
    """The guide's lengths, the figures the engine writes within (rebond.plans, fields)."""
    n = len(text)
    if channel == "linkedin":
        if n > LINKEDIN_PREMIUM:
            return [("linkedin_premium", LINKEDIN_PREMIUM, n, None, {"length": n})]
        if n > LINKEDIN_FREE:
            # Information, not a warning: the note fits a Premium account, and the limit of free
            # accounts is not official (FACTS.md).
            return [("linkedin_free", LINKEDIN_FREE, n, None, {"length": n})]
        return []
    if channel == "phone":
        blocks = [b for b in _BLOCK_BREAK.split(text) if _BULLET.search(b)]
        count = len(_BULLET.findall(blocks[0])) if blocks else 0
        if count > plans.PHONE_POINTS:
            start = text.find(blocks[0])
            return [("too_many_points", start, start + len(blocks[0]), None,
                     {"count": count, "max": plans.PHONE_POINTS})]
        return []
    limit = plans.MAX_WORDS.get(kind)
    if limit is None:
        return []
    start, end = _body(text, rules)
    words = list(_COUNTED_WORD.finditer(text, start, end))
    if len(words) <= limit:
        return []
    return [("too_long", words[limit].start(), end, None,
             {"words": len(words), "max": limit, "lines": plans.LINES[kind]})]


def _questions(text: str, kind: str) -> list[Raw]:
    if kind not in _ASKING:
        return []
    marks = []
    for m in re.finditer(r"\?+", text):
        marks.append(m.start())
    if len(marks) <= 2:
        return []
    start = marks[2]
    # Highlight the sentence of the third question.
    sentence_start = max(text.rfind(".", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start)) + 1
    while sentence_start < start and text[sentence_start] in " \u00a0\u202f":
        sentence_start += 1
    return [("too_many_questions", sentence_start, start + 1, None, {"count": len(marks)})]


def _missing_thanks(text: str, rules: Any) -> list[Raw]:
    if text.strip() and not re.search(rules.THANKS, text, _F):
        return [("missing_thanks", 0, 0, None, {})]
    return []


def _once(raw: list[Raw]) -> list[Raw]:
    """Each passage reported once: one finding per family where a family's rules overlap."""
    def rank(r: Raw) -> tuple[int, int, int, int, str]:
        family, severity = CODES[r[0]]
        return (r[1], _ORDER[severity], _FAMILY_ORDER[family], -r[2], r[0])

    kept: list[Raw] = []
    reach: dict[str, int] = {}  # family -> end of its last finding kept
    for r in sorted(raw, key=rank):
        code, start, end = r[0], r[1], r[2]
        family = CODES[code][0]
        if family in _MERGED and end > start and start < reach.get(family, -1):
            continue
        kept.append(r)
        reach[family] = max(reach.get(family, -1), end)
    return kept


def finding(r: Raw, text: str, cat: Any, seen: dict[tuple[str, str], int]) -> dict[str, Any]:
    """A finding as the page shows it, its texts in the interface's language (``cat``);
    ``seen`` counts the earlier findings with the same code and words (for its key)."""
    code, start, end, fix, params = r
    family, severity = CODES[code]
    excerpt = text[start:end]
    message, suggestion = cat.review_text(code, excerpt=excerpt, **params)
    guide = getattr(cat, "GUIDE", {}).get(code)
    n = seen.get((code, excerpt), 0)
    seen[(code, excerpt)] = n + 1
    return {"code": code, "family": family, "severity": severity, "start": start, "end": end, "excerpt": excerpt,
            "message": message, "suggestion": suggestion, "fix": fix,
            "guide": {"path": guide[0], "title": guide[1]} if guide else None,
            "key": f"{code}|{excerpt}|{n}"}


def review(text: str, *, lang: str, kind: str, channel: str, ui_lang: str | None = None,
           sender_gender: str | None = None, names: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Read ``text`` as a ``kind`` message on ``channel`` in ``lang``; return the findings.

    ``sender_gender`` (f|m), when known, lets "(e)" forms come with an automatic fix.
    ``names`` are proper names typed by the writer (company, people, position): no rule reads
    them, and capitals in them are not shouting.
    Findings are sorted by position, then severity; at most :data:`MAX_FINDINGS` of them.
    """
    if lang not in locales.CODES:
        raise ValueError(f"unknown language: {lang!r}")  # never review one language by another's rules
    rules = locales.pack(lang).review
    cat = locales.pack(ui_lang if ui_lang in locales.CODES else lang).review
    text = text if isinstance(text, str) else ""
    full = text
    capped: list[Raw] = []
    if len(text) > MAX_CHARS:
        capped = [("cap_text", MAX_CHARS, len(text), None, {"max": MAX_CHARS})]
        text = text[:MAX_CHARS]
    in_names = _name_spans(text, tuple(n for n in names if isinstance(n, str) and n))
    _, shout_words = _rules(rules)
    raw = (
        _phrase_findings(text, rules, cat, in_names)
        + _missing_thanks(text, rules)
        + _abbreviations(text, lang, rules, cat)
        + (_gender_forms(text, sender_gender) if rules.CHECKS_GENDER_FORMS else [])
        + (_typography(text) if rules.CHECKS_TYPOGRAPHY else [])
        + _shouting(text, shout_words, in_names)
        + _placeholders(text)
        + _length(full, kind, channel, rules)
        + _questions(text, kind)
    )
    off = _OFF_BY_KIND.get(kind, frozenset())
    kept = _once([r for r in raw if CODES[r[0]][0] not in off])
    if len(kept) > MAX_FINDINGS:
        kept = [*kept[:MAX_FINDINGS], ("cap_findings", 0, 0, None, {"max": MAX_FINDINGS})]
    seen: dict[tuple[str, str], int] = {}
    findings = [finding(r, full, cat, seen) for r in kept + capped]
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


# The built-in packs' rules, compiled at import: the browser's memory snapshot then holds them,
# and the first review of a visit does not pay for it.
for _code in locales.codes():
    _rules(locales.pack(_code).review)
