"""The follow-up planner: a refusal date and a job category in, a dated timeline out.

Pure: ``today`` is an argument (the API edge supplies the reader's local date). Trial-period
maxima are those of the Code du travail as stated in the facts registry (rebond.facts):
L1221-19 (initial period: 2 / 3 / 4 months) and L1221-21 (with its single renewal: 4 / 6 / 8
months in total). The hired person's start date is unknown to the candidate, so it is an
estimate (default: the refusal + 1 month).

The plan obeys the guide's stop rule (thanks; one follow-up; optionally one closing message;
then silence): the follow-up is conditional and once only, the late keeping-in-touch message is
sent once at most, and only if the recruiter answered. No step falls on a weekend or a French
public holiday: it moves to the next working day, and says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import ModuleType
from typing import Any

from rebond import holidays, locales, prefill
from rebond.dates import add_days, add_months, parse_iso_date
from rebond.validate import clean_text

CATEGORIES: tuple[str, ...] = ("employe", "technicien", "cadre", "unknown")

# Months after the start date: (initial period, with renewal), per known category.
TRIAL_MONTHS: dict[str, tuple[int, int]] = {
    "employe": (2, 4),
    "technicien": (3, 6),
    "cadre": (4, 8),
}
DEFAULT_START_MONTHS = 1  # the candidate cannot know the start date: assume a month
MAX_START_DELAY = timedelta(days=366)  # keeps estimates meaningful (and dates in range)
# A plan spans less than two years after the refusal: a later date would run past the
# calendar's end (9999-12-31), so it is refused as a field error.
LATEST_DATE = date(9997, 12, 31)
TEXT_LIMIT = 120  # company and position, as in the message generator
GENERATOR_PATH = "../ecrire-mon-message/"  # from the planner page, in every language

# Steps in timeline order: id -> the generator kind it links to (None: nothing to write).
# Trial-period steps are a keeping-in-touch message, never a reminder of an old message.
STEP_KINDS: dict[str, str | None] = {
    "thanks": "thanks",
    "feedback": "feedback",
    "linkedin": "linkedin",
    "follow_up": "follow_up",
    "news": None,
    "trial_end": "keep_in_touch",
    "renewal_end": "keep_in_touch",
}
# When a step applies (the stop rule): "always"; "optional"; "if_no_answer" (the one
# follow-up, once only); "if_answered_once" (one late message at most, and only to a recruiter
# who answered); "watch" (no message: keep an eye on the company).
STEP_CONDITIONS: dict[str, str] = {
    "thanks": "always",
    "feedback": "optional",
    "linkedin": "optional",
    "follow_up": "if_no_answer",
    "news": "watch",
    "trial_end": "if_answered_once",
    "renewal_end": "if_answered_once",
}
# Steps of which at most one is sent: the late message goes at one of the two trial ends.
ONE_OF: tuple[frozenset[str], ...] = (frozenset({"trial_end", "renewal_end"}),)
# The stop rule as numbers: messages a reader may send, at most, whatever happens.
STOP_RULE_MAX = {"first": 2, "follow_up": 1, "late": 1}  # thanks + feedback; one follow-up; one late
THANKS_DAYS = 1  # the day after (or the next working day): within the two days the thanks takes
FEEDBACK_DAYS = 5  # a few days after the thanks, so the two messages do not arrive together
LINKEDIN_DAYS = 7
FOLLOW_UP_DAYS = 14  # after the feedback request, and only if it got no answer
NEWS_MONTHS = 1  # after the estimated start

# The static example of the planner page (fixed, so builds are reproducible): 30 January
# + 1 month clamps to 28 February. Its sentence is EXAMPLE in the catalogs.
EXAMPLE_FIELDS = {"refusal_date": "2026-01-30", "category": "technicien", "renewal": True}
EXAMPLE_TODAY = date(2026, 1, 30)

_TRUE = {"true", "1", "on", "yes", "oui"}
_FALSE = {"false", "0", "off", "no", "non", ""}


def texts(lang: str) -> ModuleType:
    """The planner's texts in a registered language (its pack's ``planner`` module)."""
    return locales.pack(lang).planner


def _error(field: str, code: str, **values: object) -> dict[str, Any]:
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


def validate(fields: Mapping[str, object], today: date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Raw form fields -> (clean fields, errors). Never raises; checks every field."""
    errors: list[dict[str, Any]] = []
    clean: dict[str, Any] = {}

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
            if refusal > LATEST_DATE:
                errors.append(_error("refusal_date", "out_of_range"))
                refusal = None
            elif refusal > today:
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
            if start > LATEST_DATE:
                errors.append(_error("start_date", "out_of_range"))
            elif refusal is not None and start < refusal:
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
        # One-line texts, as in the message generator: its cleaning, tabs and breaks as spaces.
        raw = fields.get(name)
        value = clean_text(raw if isinstance(raw, str) else _text(raw))
        if len(value) > TEXT_LIMIT:
            errors.append(_error(name, "too_long", limit=TEXT_LIMIT))
        clean[name] = value
    return clean, errors


def format_date(day: date, lang: str, *, weekday: bool = True) -> str:
    """A date as a reader writes it: "vendredi 1er mai 2026" / "Friday 1 May 2026" (without
    the weekday: "1er mai 2026" / "1 May 2026")."""
    cat = texts(lang)
    number = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    text = f"{number} {cat.MONTHS[day.month - 1]} {day.year}"
    return f"{cat.WEEKDAYS[day.weekday()]} {text}" if weekday else text


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


def _dated_steps(clean: dict[str, Any]) -> list[tuple[str, date, date]]:
    """(step id, date, end of range) in timeline order, before working-day adjustment."""
    refusal, start = clean["refusal_date"], clean["start_date"]
    news = add_months(start, NEWS_MONTHS)
    feedback = add_days(refusal, FEEDBACK_DAYS)
    follow_up = add_days(feedback, FOLLOW_UP_DAYS)
    steps = [
        ("thanks", add_days(refusal, THANKS_DAYS), add_days(refusal, THANKS_DAYS)),
        ("feedback", feedback, feedback),
        ("linkedin", add_days(refusal, LINKEDIN_DAYS), add_days(refusal, LINKEDIN_DAYS)),
        ("follow_up", follow_up, follow_up),
        ("news", news, news),
        ("trial_end", *_trial_dates(start, clean["category"], renewed=False)),
    ]
    if clean["renewal"]:
        steps.append(("renewal_end", *_trial_dates(start, clean["category"], renewed=True)))
    # Already chronological: start >= refusal, so news (start + 1 month) follows the follow-up
    # (refusal + 19 days), even once each date has moved past a long weekend.
    return steps


def _working(day: date, lang: str) -> tuple[date, str]:
    """(the day, or the next working day; "" or the sentence that says why it moved)."""
    moved = holidays.next_working_day(day)
    if moved == day:
        return day, ""
    cat = texts(lang)
    reason = holidays.why_not_working(day) or ""
    note = cat.MOVED.format(day=format_date(day, lang, weekday=False), reason=cat.NOT_WORKING[reason],
                            moved=format_date(moved, lang))
    return moved, note


def build_plan(clean: dict[str, Any], today: date) -> dict[str, Any]:
    """Clean fields (from validate, without errors) -> the plan, as JSON-ready data."""
    lang = clean["lang"]
    cat = texts(lang)
    steps = []
    for step_id, raw_first, raw_last in _dated_steps(clean):
        first, moved_first = _working(raw_first, lang)
        last, moved_last = _working(raw_last, lang) if raw_last != raw_first else (first, "")
        step_texts = cat.STEPS[step_id]
        limit_key = "renewed" if step_id == "renewal_end" else "initial"
        why = step_texts["why"].format(limit=cat.LIMITS[limit_key][clean["category"]])
        if first == last:
            label = format_date(first, lang)
        else:
            label = cat.DATE_RANGE.format(start=format_date(first, lang),
                                          end=format_date(last, lang))
        kind = STEP_KINDS[step_id]
        link = None
        if kind:
            fragment = generator_fragment(kind, clean["company"], clean["position"])
            link = {"href": f"{GENERATOR_PATH}#{fragment}", "fragment": fragment,
                    "label": cat.FORM["link"]}
        condition = STEP_CONDITIONS[step_id]
        steps.append({
            "id": step_id,
            "kind": kind,
            "date": first.isoformat(),
            "date_end": last.isoformat(),
            "is_range": first != last,
            "date_label": label,
            "moved": [note for note in (moved_first, moved_last) if note],
            "past": last < today,
            "title": step_texts["title"],
            "condition": condition,
            "condition_label": cat.CONDITIONS[condition],
            "why": why,
            "reference": step_texts.get("reference", ""),
            "link": link,
        })
    notes = [cat.NOTES["maxima"], cat.NOTES["working_days"]]
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


def plan(fields: Mapping[str, object], today: date) -> dict[str, Any]:
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


def op_plan(args: Mapping[str, object]) -> dict[str, Any]:
    """The ``plan`` operation of rebond.api: fields (+ optional "today") -> plan or errors."""
    return plan(args, today_from(args))
