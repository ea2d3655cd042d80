"""The follow-up planner: a refusal date and a job category in, a dated timeline out.

Pure: ``today`` is an argument (the API edge supplies the reader's local date). Trial-period
maxima are those of the Code du travail as stated in FACTS.md: L1221-19 (initial period:
2 / 3 / 4 months) and L1221-21 (with its single renewal: 4 / 6 / 8 months in total). The
hired person's start date is unknown to the candidate, so it is an estimate (default: the
refusal + 1 month).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from rebond.dates import add_days, add_months, parse_iso_date
from rebond import locales, prefill
CATEGORIES: tuple[str, ...] = ("employe", "technicien", "cadre", "unknown")

# Months after the start date: (initial period, with renewal), per known category.
TRIAL_MONTHS: dict[str, tuple[int, int]] = {
    "employe": (2, 4),
    "technicien": (3, 6),
    "cadre": (4, 8),
}
DEFAULT_START_MONTHS = 1  # the candidate cannot know the start date: assume a month
MAX_START_DELAY = timedelta(days=366)  # keeps estimates meaningful (and dates in range)
TEXT_LIMIT = 120  # company and position, as in the message generator
GENERATOR_PATH = "../ecrire-mon-message/"  # from the planner page, in every language

# Steps in timeline order: (id, generator kind). Offsets are computed in _dated_steps.
STEP_KINDS: dict[str, str] = {
    "thanks": "thanks",
    "feedback": "feedback",
    "linkedin": "linkedin",
    "news": "keep_in_touch",
    "trial_end": "follow_up",
    "renewal_end": "follow_up",
}
THANKS_DAYS = 1  # the day after: within the two days the thank-you should take
FEEDBACK_DAYS = 5  # a few days after the thanks, so the two messages do not arrive together
LINKEDIN_DAYS = 7
NEWS_MONTHS = 1  # after the estimated start

# The static example of the planner page (fixed, so builds are reproducible): 30 January
# + 1 month clamps to 28 February. Its sentence is EXAMPLE in the catalogs.
EXAMPLE_FIELDS = {"refusal_date": "2026-01-30", "category": "technicien", "renewal": True}
EXAMPLE_TODAY = date(2026, 1, 30)

_TRUE = {"true", "1", "on", "yes", "oui"}
_FALSE = {"false", "0", "off", "no", "non", ""}


def texts(lang: str):
    """The planner's texts in a registered language (its pack's ``planner`` module)."""
    return locales.pack(lang).planner


def _error(field: str, code: str, **values: object) -> dict:
    """One structured error, with its message in every language."""
    return {
        "field": field,
        "code": code,
        "message": {lang: texts(lang).ERRORS[code].format(**values) for lang in locales.codes()},
    }


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _parse_bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def validate(fields: Mapping[str, object], today: date) -> tuple[dict, list[dict]]:
    """Raw form fields -> (clean fields, errors). Never raises; checks every field."""
    errors: list[dict] = []
    clean: dict = {}

    lang = _text(fields.get("lang")) or "fr"
    if lang not in locales.CODES:
        errors.append(_error("lang", "unknown_lang"))
    clean["lang"] = lang

    raw_refusal = _text(fields.get("refusal_date"))
    refusal: date | None = None
    if not raw_refusal:
        errors.append(_error("refusal_date", "required"))
    else:
        try:
            refusal = parse_iso_date(raw_refusal)
        except ValueError:
            errors.append(_error("refusal_date", "malformed_date"))
        else:
            if refusal > today:
                errors.append(_error("refusal_date", "future_date"))
                refusal = None

    raw_start = _text(fields.get("start_date"))
    start: date | None = None
    if raw_start:
        try:
            start = parse_iso_date(raw_start)
        except ValueError:
            errors.append(_error("start_date", "malformed_date"))
        else:
            if refusal is not None and start < refusal:
                errors.append(_error("start_date", "before_refusal"))
            elif refusal is not None and start - refusal > MAX_START_DELAY:
                errors.append(_error("start_date", "too_far"))
    clean["start_date_is_default"] = not raw_start
    if refusal is not None:
        clean["refusal_date"] = refusal
        clean["start_date"] = start if start else add_months(refusal, DEFAULT_START_MONTHS)

    category = _text(fields.get("category")) or "unknown"
    if category not in CATEGORIES:
        errors.append(_error("category", "unknown_category"))
    clean["category"] = category

    renewal = _parse_bool(fields.get("renewal", False))
    if renewal is None:
        errors.append(_error("renewal", "invalid_choice"))
    clean["renewal"] = bool(renewal)

    for name in ("company", "position"):
        value = _text(fields.get(name))
        if len(value) > TEXT_LIMIT:
            errors.append(_error(name, "too_long", limit=TEXT_LIMIT))
        clean[name] = value
    return clean, errors


def format_date(day: date, lang: str) -> str:
    """A date as a reader writes it: "vendredi 1er mai 2026" / "Friday 1 May 2026"."""
    cat = texts(lang)
    number = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    return f"{cat.WEEKDAYS[day.weekday()]} {number} {cat.MONTHS[day.month - 1]} {day.year}"


def generator_fragment(kind: str, company: str, position: str) -> str:
    """URL fragment that pre-fills the message generator (the prefill link's format, rebond.prefill)."""
    return prefill.build({"kind": kind, "company": company, "position": position})


def _trial_dates(start: date, category: str, renewed: bool) -> tuple[date, date]:
    """(earliest, latest) end of the trial period; equal unless the category is unknown."""
    index = 1 if renewed else 0
    if category == "unknown":
        months = sorted(m[index] for m in TRIAL_MONTHS.values())
        return add_months(start, months[0]), add_months(start, months[-1])
    end = add_months(start, TRIAL_MONTHS[category][index])
    return end, end


def _dated_steps(clean: dict) -> list[tuple[str, date, date]]:
    """(step id, date, end of range) in timeline order."""
    refusal, start = clean["refusal_date"], clean["start_date"]
    news = add_months(start, NEWS_MONTHS)
    steps = [
        ("thanks", add_days(refusal, THANKS_DAYS), add_days(refusal, THANKS_DAYS)),
        ("feedback", add_days(refusal, FEEDBACK_DAYS), add_days(refusal, FEEDBACK_DAYS)),
        ("linkedin", add_days(refusal, LINKEDIN_DAYS), add_days(refusal, LINKEDIN_DAYS)),
        ("news", news, news),
        ("trial_end", *_trial_dates(start, clean["category"], renewed=False)),
    ]
    if clean["renewal"]:
        steps.append(("renewal_end", *_trial_dates(start, clean["category"], renewed=True)))
    # Already chronological: start >= refusal, so news (start + 1 month) follows LinkedIn (+7 d).
    return steps


def build_plan(clean: dict, today: date) -> dict:
    """Clean fields (from validate, without errors) -> the plan, as JSON-ready data."""
    lang = clean["lang"]
    cat = texts(lang)
    steps = []
    for step_id, first, last in _dated_steps(clean):
        step_texts = cat.STEPS[step_id]
        limit_key = "renewed" if step_id == "renewal_end" else "initial"
        why = step_texts["why"].format(limit=cat.LIMITS[limit_key][clean["category"]])
        if first == last:
            label = format_date(first, lang)
        else:
            label = cat.DATE_RANGE.format(start=format_date(first, lang),
                                          end=format_date(last, lang))
        kind = STEP_KINDS[step_id]
        fragment = generator_fragment(kind, clean["company"], clean["position"])
        steps.append({
            "id": step_id,
            "kind": kind,
            "date": first.isoformat(),
            "date_end": last.isoformat(),
            "is_range": first != last,
            "date_label": label,
            "past": last < today,
            "title": step_texts["title"],
            "why": why,
            "reference": step_texts.get("reference", ""),
            "link": {"href": f"{GENERATOR_PATH}#{fragment}", "fragment": fragment,
                     "label": cat.FORM["link"]},
        })
    notes = [cat.NOTES["maxima"]]
    if clean["start_date_is_default"]:
        notes.insert(0, cat.NOTES["start_default"])
    return {
        "lang": lang,
        "refusal_date": clean["refusal_date"].isoformat(),
        "start_date": clean["start_date"].isoformat(),
        "start_date_is_default": clean["start_date_is_default"],
        "category": clean["category"],
        "category_label": cat.CATEGORIES[clean["category"]],
        "renewal": clean["renewal"],
        "company": clean["company"],
        "position": clean["position"],
        "steps": steps,
        "notes": notes,
        "stop_rule": dict(cat.STOP_RULE),
    }


def plan(fields: Mapping[str, object], today: date) -> dict:
    """Form fields -> {"ok": True, "plan": ...} or {"ok": False, "errors": [...]}."""
    clean, errors = validate(fields, today)
    if errors:
        return {"ok": False, "errors": errors}
    return {"ok": True, "plan": build_plan(clean, today)}


def today_from(args: Mapping[str, object]) -> date:
    """API edge: the reader's local date when the page sends it, else the system's date."""
    raw = _text(args.get("today"))
    if raw:
        try:
            return parse_iso_date(raw)
        except ValueError:
            pass
    return date.today()


def op_plan(args: Mapping[str, object]) -> dict:
    """The ``plan`` operation of rebond.api: fields (+ optional "today") -> plan or errors."""
    return plan(args, today_from(args))
