"""The follow-up planner: dates per category (Code du travail L1221-19 / L1221-21 as stated in
FACTS.md), month ends and 29 February, links into the generator, and bad input."""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond import locales, planner

TODAY = date(2026, 11, 25)
# FACTS.md: initial maximum / total with renewal, in months after the start date.
FACT_MONTHS = {"employe": (2, 4), "technicien": (3, 6), "cadre": (4, 8)}


def _plan(**fields) -> dict:
    result = planner.plan(fields, TODAY)
    assert result["ok"], result
    return result["plan"]


def _step(plan: dict, step_id: str) -> dict:
    found = [s for s in plan["steps"] if s["id"] == step_id]
    assert len(found) == 1, [s["id"] for s in plan["steps"]]
    return found[0]


def _errors(**fields) -> dict[str, str]:
    result = planner.plan(fields, TODAY)
    assert result["ok"] is False
    return {e["field"]: e["code"] for e in result["errors"]}


# Hand-computed from a calendar, across month ends and 29 February.
@pytest.mark.parametrize(
    ("start", "category", "initial_end", "renewed_end"),
    [
        ("2023-12-31", "employe", "2024-02-29", "2024-04-30"),
        ("2024-12-31", "employe", "2025-02-28", "2025-04-30"),
        ("2024-11-30", "technicien", "2025-02-28", "2025-05-30"),
        ("2023-11-30", "technicien", "2024-02-29", "2024-05-30"),
        ("2025-10-31", "cadre", "2026-02-28", "2026-06-30"),
        ("2023-10-31", "cadre", "2024-02-29", "2024-06-30"),
        ("2024-02-29", "cadre", "2024-06-29", "2024-10-29"),
        ("2026-06-30", "employe", "2026-08-30", "2026-10-30"),
    ],
)
@pytest.mark.parametrize("renewal", [False, True])
def test_trial_period_ends_per_category(start, category, initial_end, renewed_end, renewal) -> None:
    refusal = (date.fromisoformat(start) - timedelta(days=3)).isoformat()
    plan = _plan(refusal_date=refusal, start_date=start, category=category, renewal=renewal)
    initial = _step(plan, "trial_end")
    assert (initial["date"], initial["date_end"], initial["is_range"]) == (initial_end, initial_end, False)
    assert "L1221-19" in initial["reference"]
    ids = [s["id"] for s in plan["steps"]]
    if renewal:
        renewed = _step(plan, "renewal_end")
        assert renewed["date"] == renewed_end
        assert "L1221-21" in renewed["reference"]
    else:
        assert "renewal_end" not in ids


@pytest.mark.parametrize("renewal", [False, True])
def test_unknown_category_shows_the_range_from_shortest_to_longest(renewal: bool) -> None:
    plan = _plan(refusal_date="2025-12-30", start_date="2025-12-31", category="unknown",
                 renewal=renewal, lang="en")
    initial = _step(plan, "trial_end")
    assert (initial["date"], initial["date_end"]) == ("2026-02-28", "2026-04-30")
    assert initial["is_range"]
    assert "28 February 2026" in initial["date_label"] and "30 April 2026" in initial["date_label"]
    if renewal:
        renewed = _step(plan, "renewal_end")
        assert (renewed["date"], renewed["date_end"]) == ("2026-04-30", "2026-08-31")


@pytest.mark.parametrize(
    ("refusal", "default_start"),
    [("2024-01-31", "2024-02-29"), ("2025-01-31", "2025-02-28"), ("2026-03-31", "2026-04-30"),
     ("2026-11-25", "2026-12-25")],
)
def test_default_start_is_one_month_after_the_refusal_and_explained(refusal, default_start) -> None:
    plan = _plan(refusal_date=refusal, category="employe")
    assert plan["start_date"] == default_start
    assert plan["start_date_is_default"] is True
    assert any("un mois" in note for note in plan["notes"])
    given_start = _plan(refusal_date=refusal, start_date=default_start, category="employe")
    assert given_start["start_date_is_default"] is False
    assert not any("un mois" in note for note in given_start["notes"])


@given(st.dates(min_value=date(2000, 1, 1), max_value=TODAY),
       st.sampled_from(planner.CATEGORIES), st.booleans(), st.integers(0, 366),
       st.sampled_from(locales.codes()))
def test_every_plan_is_chronological_and_complete(refusal, category, renewal, delay, lang) -> None:
    start = refusal + timedelta(days=delay)
    plan = _plan(refusal_date=refusal.isoformat(), start_date=start.isoformat(),
                 category=category, renewal=renewal, lang=lang)
    ids = [s["id"] for s in plan["steps"]]
    expected = ["thanks", "feedback", "linkedin", "news", "trial_end"]
    assert ids == expected + (["renewal_end"] if renewal else [])
    dates = [date.fromisoformat(s["date"]) for s in plan["steps"]]
    assert dates == sorted(dates)
    thanks = date.fromisoformat(_step(plan, "thanks")["date"])
    assert 0 < (thanks - refusal).days <= 2  # "within two days"
    for step in plan["steps"]:
        assert step["title"] and step["why"] and step["date_label"]
        assert "{" not in step["why"] and "}" not in step["why"]
        assert step["past"] == (date.fromisoformat(step["date_end"]) < TODAY)
    if category != "unknown":
        months = FACT_MONTHS[category]
        end = date.fromisoformat(_step(plan, "trial_end")["date"])
        assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months[0]


def test_each_step_links_to_the_right_kind_of_message_with_encoded_values() -> None:
    company, position = "Dupont & Fils; « Atelier »", "Cheffe de projet #2"
    plan = _plan(refusal_date="2026-11-20", category="cadre", renewal=True,
                 company=company, position=position)
    kinds = {s["id"]: s["link"]["fragment"] for s in plan["steps"]}
    expected_kind = {"thanks": "thanks", "feedback": "feedback", "linkedin": "linkedin",
                     "news": "keep_in_touch", "trial_end": "follow_up",
                     "renewal_end": "follow_up"}
    for step_id, fragment in kinds.items():
        assert re.fullmatch(r"[A-Za-z0-9_=&%.~-]+", fragment), fragment  # nothing unencoded
        pairs = dict(pair.split("=", 1) for pair in fragment.split("&"))
        assert {k: unquote(v) for k, v in pairs.items()} == {
            "kind": expected_kind[step_id], "company": company, "position": position}
        assert _step(plan, step_id)["link"]["href"].endswith("ecrire-mon-message/#" + fragment)


def test_links_leave_out_empty_values() -> None:
    plan = _plan(refusal_date="2026-11-20", category="cadre")
    assert _step(plan, "thanks")["link"]["fragment"] == "kind=thanks"


def test_refusal_today_is_accepted_and_tomorrow_is_not() -> None:
    assert planner.plan({"refusal_date": TODAY.isoformat()}, TODAY)["ok"]
    assert _errors(refusal_date=(TODAY + timedelta(days=1)).isoformat()) == {
        "refusal_date": "future_date"}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, {"refusal_date": "required"}),
        ({"refusal_date": "2026-02-30"}, {"refusal_date": "malformed_date"}),
        ({"refusal_date": "25/11/2026"}, {"refusal_date": "malformed_date"}),
        ({"refusal_date": "2026-11-01", "start_date": "2026-10-31"},
         {"start_date": "before_refusal"}),
        ({"refusal_date": "2026-11-01", "start_date": "2026-11-31"},
         {"start_date": "malformed_date"}),
        ({"refusal_date": "2025-01-01", "start_date": "2026-06-01"}, {"start_date": "too_far"}),
        ({"refusal_date": "2026-11-01", "category": "stagiaire"}, {"category": "unknown_category"}),
        ({"refusal_date": "2026-11-01", "renewal": "peut-être"}, {"renewal": "invalid_choice"}),
        ({"refusal_date": "2026-11-01", "company": "x" * 121}, {"company": "too_long"}),
        ({"refusal_date": "2026-11-01", "lang": "de"}, {"lang": "unknown_lang"}),
        ({"refusal_date": "2030-01-01", "start_date": "nope", "category": "?"},
         {"refusal_date": "future_date", "start_date": "malformed_date",
          "category": "unknown_category"}),
    ],
)
def test_bad_input_gives_one_clear_error_per_field(fields, expected) -> None:
    assert _errors(**fields) == expected


def test_error_messages_exist_in_both_languages_and_differ() -> None:
    result = planner.plan({"refusal_date": "2030-01-01", "category": "x", "start_date": "y",
                           "renewal": "z", "position": "p" * 200}, TODAY)
    assert len(result["errors"]) == 5
    for error in result["errors"]:
        assert set(error["message"]) == {"fr", "en"}
        assert error["message"]["fr"] and error["message"]["en"]
        assert error["message"]["fr"] != error["message"]["en"]
        assert "{" not in error["message"]["fr"] + error["message"]["en"]


@settings(suppress_health_check=[HealthCheck.too_slow])  # first draw builds Unicode tables
@given(st.dictionaries(st.sampled_from(["refusal_date", "start_date", "category", "renewal",
                                        "lang", "company", "position", "other"]),
                       st.one_of(st.text(max_size=30), st.booleans(), st.none(), st.integers())))
def test_any_input_gives_a_plan_or_structured_errors(fields) -> None:
    result = planner.plan(fields, TODAY)
    if result["ok"]:
        assert result["plan"]["steps"]
    else:
        assert result["errors"]
        for error in result["errors"]:
            assert error["field"] in fields or error["field"] == "refusal_date"


def test_dates_are_written_as_readers_write_them() -> None:
    assert planner.format_date(date(2026, 5, 1), "fr") == "vendredi 1er mai 2026"
    assert planner.format_date(date(2026, 5, 2), "fr") == "samedi 2 mai 2026"
    assert planner.format_date(date(2026, 5, 1), "en") == "Friday 1 May 2026"


def _all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _all_strings(v)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _all_strings(v)]
    return []


def test_french_output_follows_french_typography_and_english_has_none() -> None:
    fields = {"refusal_date": "2026-11-02", "category": "unknown", "renewal": True}
    french = _all_strings(_plan(**fields, lang="fr"))
    english = _all_strings(_plan(**fields, lang="en"))
    catalog_fr = _all_strings({k: getattr(planner.texts("fr"), k) for k in
                               ("FORM", "STEPS", "LIMITS", "NOTES", "STOP_RULE", "ERRORS", "ICS")})
    for text in french + catalog_fr:
        assert not re.search(r"[^\u00a0]:|[^\u202f][;!?]|«[^\u00a0]|[^\u00a0]»", text), text
        assert "(e)" not in text
    for text in english:
        assert "\u00a0" not in text and "\u202f" not in text, text


def test_every_step_explains_itself_in_both_languages() -> None:
    for step_id in planner.STEP_KINDS:
        fr, en = planner.texts("fr").STEPS[step_id], planner.texts("en").STEPS[step_id]
        assert set(fr) == set(en)
        assert fr["title"] != en["title"]
    assert set(planner.texts("fr").CATEGORIES) == set(planner.CATEGORIES)
    assert set(planner.texts("en").CATEGORIES) == set(planner.CATEGORIES)


def test_op_plan_uses_the_date_sent_by_the_page() -> None:
    fields = {"refusal_date": "2026-12-01", "today": "2026-12-01"}
    assert planner.op_plan(fields)["ok"]
    assert not planner.op_plan({"refusal_date": "2026-12-01", "today": "2026-11-30"})["ok"]


def test_the_browser_api_answers_plan_and_ics() -> None:
    import json

    from rebond import fields
    from rebond.api import handle

    assert set(planner.STEP_KINDS.values()) <= set(fields.KINDS)  # links name real kinds
    plan = json.loads(handle(json.dumps({"op": "plan", "args": {
        "refusal_date": "2026-11-01", "today": "2026-11-25", "lang": "en"}})))
    assert plan["ok"] and plan["result"]["ok"]
    assert plan["result"]["plan"]["steps"][0]["date"] == "2026-11-02"
    bad = json.loads(handle(json.dumps({"op": "plan", "args": {
        "refusal_date": "2026-11-26", "today": "2026-11-25"}})))
    assert bad["ok"] and bad["result"]["errors"][0]["code"] == "future_date"
    calendar = json.loads(handle(json.dumps({"op": "ics", "args": {
        "refusal_date": "2026-11-01", "today": "2026-11-25"}})))
    assert calendar["result"]["content"].startswith("BEGIN:VCALENDAR\r\n")
