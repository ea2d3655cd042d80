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

The form's fields are read by the one validator (rebond.validate, with the rules of
rebond.fields' ``PLAN_FIELDS``); this module adds only the rules between its dates and the
reader's today. Each step names the generator's kind it leads to; the link to the generator
page is the edge's to make (rebond.api).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import ModuleType
from typing import Any

from rebond import holidays, locales
from rebond.dates import add_days, add_months
from rebond.fields import PLAN_FIELDS
from rebond.validate import validate_form

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
# A year before this one (1, 1900...) is a slip of the keyboard, not a refusal to follow up:
# refused with its own message rather than planned decades in the past.
EARLIEST_DATE = date(2000, 1, 1)

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


def texts(lang: str) -> ModuleType:
    """The planner's texts in a registered language (its pack's ``planner`` module)."""
    return locales.pack(lang).planner


def _error(field: str, code: str, **values: object) -> dict[str, Any]:
    """One structured error, with its message in every language: the planner's own wording
    (``"<field>.<code>"``, else ``"<code>"`` in its catalog)."""
    def message(lang: str) -> str:
        errors = texts(lang).ERRORS
        return str(errors.get(f"{field}.{code}", errors.get(code, ""))).format(**values)

    return {"field": field, "code": code, "message": {lang: message(lang) for lang in locales.codes()}}


def validate(fields: Mapping[str, object], today: date) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Raw form fields -> (clean fields, errors). Never raises; checks every field: the form's
    rules (rebond.validate), then the dates' against each other and ``today``."""
    clean, errors = validate_form(fields, PLAN_FIELDS, _error)
    refusal: date | None = clean["refusal_date"]
    if refusal is not None:
        if refusal > LATEST_DATE:
            errors.append(_error("refusal_date", "out_of_range"))
            refusal = None
        elif refusal < EARLIEST_DATE:
            errors.append(_error("refusal_date", "too_old"))
            refusal = None
        elif refusal > today:
            errors.append(_error("refusal_date", "future_date"))
            refusal = None
    start: date | None = clean["start_date"]
    if start is not None:
        if start > LATEST_DATE:
            errors.append(_error("start_date", "out_of_range"))
        elif start < EARLIEST_DATE:
            errors.append(_error("start_date", "too_old"))
        elif refusal is not None and start < refusal:
            errors.append(_error("start_date", "before_refusal"))
        elif refusal is not None and start - refusal > MAX_START_DELAY:
            errors.append(_error("start_date", "too_far"))
    clean["start_date_is_default"] = start is None
    if refusal is not None:
        clean["refusal_date"] = refusal
        clean["start_date"] = start if start else add_months(refusal, DEFAULT_START_MONTHS)
    # In the form's order, as the error summary lists them.
    order = list(PLAN_FIELDS)
    return clean, sorted(errors, key=lambda e: order.index(e["field"]))


def format_date(day: date, lang: str, *, weekday: bool = True) -> str:
    """A date as a reader writes it: "vendredi 1er mai 2026" / "Friday 1 May 2026" (without
    the weekday: "1er mai 2026" / "1 May 2026")."""
    cat = texts(lang)
    number = "1er" if (lang == "fr" and day.day == 1) else str(day.day)
    text = f"{number} {cat.MONTHS[day.month - 1]} {day.year}"
    return f"{cat.WEEKDAYS[day.weekday()]} {text}" if weekday else text


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
