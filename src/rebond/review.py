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
from .locales import catalog

_F = re.IGNORECASE | re.UNICODE

# Patterns by finding and language. Words are matched whole; apostrophes may be ' or ’.
_A = "['’]"
_PATTERNS: dict[str, dict[str, list[str]]] = {
    "new_interview": {
        "fr": [r"\bnouvel entretien", r"\b(?:un|d" + _A + r"un) (?:autre|second|deuxième) entretien",
               r"\brecons[iy]dérer\b",
               r"\brevenir sur votre (?:décision|choix)", r"\brevoir votre (?:décision|choix)",
               r"\b(?:seconde|deuxième|nouvelle|dernière) chance\b", r"\bme (?:redonner|donner) (?:une|ma) chance\b",
               r"\bchanger d" + _A + r"avis\b", r"\bre-?convoquer\b", r"\bme recevoir (?:à nouveau|de nouveau)"],
        "en": [r"\b(?:another|a new|a second|one more) (?:interview|meeting|chance|opportunity to interview)\b",
               r"\breconsider\w*", r"\bre-?interview\w*", r"\bsecond chance\b",
               r"\bchange your (?:mind|decision)\b", r"\bgive me (?:a|another) (?:chance|try)\b",
               r"\brevisit (?:your|the) decision\b"],
    },
    "insistent": {
        "fr": [r"\bje (?:me permets d" + _A + r")?insist\w*", r"\bj" + _A + r"insiste\b",
               r"\btoujours pas (?:de|eu de) réponse", r"\bsans (?:aucune )?réponse de votre part",
               r"\bdans les (?:plus )?brefs délais\b", r"\bau plus vite\b", r"\burgent\w*",
               r"\bmalgré mes (?:nombreuses |multiples |différentes |précédentes )?relances\b",
               r"\bj" + _A + r"attends (?:votre|une) réponse\b", r"\bje relance (?:encore|à nouveau)"],
        "en": [r"\bI insist\b", r"\bstill (?:haven't|have not|not) (?:heard|received)", r"\bASAP\b",
               r"\bas soon as possible\b", r"\burgent(?:ly)?\b", r"\bdespite my (?:\w+ )?(?:e-?mails|messages|reminders)\b",
               r"\bI expect (?:a|your) (?:reply|answer|response)\b", r"\bawait(?:ing)? your (?:urgent )?reply\b"],
    },
    "bitter": {
        "fr": [r"\binjust\w*", r"\bdommage pour vous\b", r"\bvous (?:le )?regretterez\b",
               r"\bvous (?:passez|êtes passés?) à côté\b", r"\bincompréhensible\b", r"\bscandal\w*",
               r"\bhonteu\w*", r"\bperte de temps\b", r"\bridicule\b", r"\bje ne comprends pas (?:votre|ce) (?:décision|choix)",
               r"\binadmissible\b", r"\bmépris\w*"],
        "en": [r"\bunfair\w*", r"\byour loss\b", r"\byou(?:'ll| will) regret\b", r"\bwaste of (?:my )?time\b",
               r"\bridiculous\b", r"\bdisgrace\w*", r"\bshameful\b", r"\bI (?:don't|do not|cannot|can't) understand (?:your|this|the) (?:decision|choice)\b",
               r"\bunacceptable\b", r"\bmissed out\b"],
    },
    "blame": {
        "fr": [r"\bvous (?:n" + _A + r"avez|ne m" + _A + r"avez) (?:pas|même pas) (?:su|compris|lu|pris le temps|écouté|laissé)",
               r"\bvous auriez dû\b", r"\bvotre erreur\b", r"\bvous vous êtes tromp\w*",
               r"\bmal (?:organisé|préparé|mené|conduit)\w*", r"\bc" + _A + r"est (?:de )?votre faute\b",
               r"\bvotre (?:processus|recrutement) (?:était|est) (?:mal|mauvais|bâclé)\w*", r"\bbâcl\w*",
               r"\bvous (?:avez )?(?:\w+ )?fait (?:une erreur|un mauvais choix|le mauvais choix)", r"\bmauvais choix\b"],
        "en": [r"\byou (?:didn't|did not|never|failed to) (?:even )?(?:understand|read|listen|give|take the time)\w*",
               r"\byou should have\b", r"\byour mistake\b", r"\byou (?:were|are) wrong\b",
               r"\bbadly (?:organi[sz]ed|run|prepared|managed)\b", r"\bpoorly (?:organi[sz]ed|run|prepared|managed)\b",
               r"\byour fault\b", r"\bsloppy\b",
               r"\byou (?:have )?(?:\w+ )?made (?:a|the wrong|an?) (?:mistake|error|wrong (?:choice|decision))", r"\bwrong (?:choice|decision)\b"],
    },
}

_THANKS = {"fr": re.compile(r"\bmerci\b|\bremerci\w*|\breconnaissant\w*|\bgratitude\b", _F),
           "en": re.compile(r"\bthank\w*|\bgrateful\b|\bappreciat\w*|\bgratitude\b", _F)}

# Abbreviation -> full form ("" when it depends on the sentence).
_ABBREVIATIONS = {
    "fr": {"cdt": "Cordialement", "cdlt": "Cordialement", "cordt": "Cordialement", "bcp": "beaucoup",
           "svp": "s’il vous plaît", "stp": "s’il te plaît", "slt": "Salut", "bjr": "Bonjour", "pcq": "parce que",
           "dsl": "désolé", "tkt": "", "jsp": "", "rdv": "rendez-vous", "pr": "pour", "qqch": "quelque chose",
           "qqn": "quelqu’un", "mr": "M.", "mlle": "Mme", "dc": "donc", "tt": "", "bsr": "Bonsoir"},
    "en": {"thx": "Thanks", "thnx": "Thanks", "tks": "Thanks", "ty": "Thank you", "rgds": "Regards",
           "brgds": "Best regards", "kr": "Kind regards", "pls": "please", "plz": "please", "u": "you",
           "ur": "your", "asap": "as soon as possible", "btw": "by the way", "imo": "in my opinion",
           "lmk": "let me know", "bc": "because", "cuz": "because", "tho": "though"},
}
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


def _phrases(text: str, lang: str, cat: Any) -> list[dict[str, Any]]:
    severities = {"new_interview": "error", "insistent": "warning", "bitter": "warning", "blame": "warning"}
    out = []
    for code, by_lang in _PATTERNS.items():
        for pattern in by_lang[lang]:
            for m in re.finditer(pattern, text, _F):
                out.append(_finding(code, severities[code], m.start(), m.end(), text, cat))
    return out


def _abbreviations(text: str, lang: str, cat: Any) -> list[dict[str, Any]]:
    table = _ABBREVIATIONS[lang]
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


def _shouting(text: str, cat: Any, names: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        letters = sum(len(m.group(0)) for m in run)
        if run and any(text[run[0].start():run[-1].end()] in name for name in names):
            return  # a name typed in capitals ("BNP PARIBAS") is not shouting
        if (len(run) >= 2 and letters >= 8) or (len(run) == 1 and letters >= 7):
            out.append(_finding("shouting", "warning", run[0].start(), run[-1].end(), text, cat))

    previous_end = -1
    for m in _CAPS_WORD.finditer(text):
        word = m.group(0)
        is_caps = word.isupper()
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


def _length(text: str, kind: str, channel: str, cat: Any) -> list[dict[str, Any]]:
    n = len(text)
    if channel == "linkedin":
        if n > LINKEDIN_PREMIUM:
            return [_finding("linkedin_premium", "error", LINKEDIN_PREMIUM, n, text, cat, length=n)]
        if n > LINKEDIN_FREE:
            return [_finding("linkedin_free", "warning", LINKEDIN_FREE, n, text, cat, length=n)]
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


def _missing_thanks(text: str, lang: str, kind: str, cat: Any) -> list[dict[str, Any]]:
    if text.strip() and not _THANKS[lang].search(text):
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
    lang = lang if lang in ("fr", "en") else "fr"
    cat = catalog(ui_lang if ui_lang in ("fr", "en") else lang)
    text = text if isinstance(text, str) else ""
    findings = (
        _phrases(text, lang, cat)
        + _missing_thanks(text, lang, kind, cat)
        + _abbreviations(text, lang, cat)
        + (_gender_forms(text, cat, sender_gender) if lang == "fr" else [])
        + (_typography(text, cat) if lang == "fr" else [])
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
