"""The follow-up planner: dates per category (Code du travail L1221-19 / L1221-21, as the facts
registry states them), month ends and 29 February, the stop rule, weekends and public holidays,
links into the generator (made at the edge, rebond.api), and bad input."""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond import api, holidays, locales, planner
from rebond.fields import PLAN_CATEGORIES

TODAY = date(2026, 11, 25)
# The facts registry: initial maximum / total with renewal, in months after the start date.
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
    # The legal end, then the date shown: the same, or the next working day.
    legal = planner._trial_dates(date.fromisoformat(start), category, renewed=False)
    assert legal == (date.fromisoformat(initial_end),) * 2
    shown = holidays.next_working_day(date.fromisoformat(initial_end)).isoformat()
    initial = _step(plan, "trial_end")
    assert (initial["date"], initial["date_end"], initial["is_range"]) == (shown, shown, False)
    assert bool(initial["moved"]) == (shown != initial_end)
    assert "L1221-19" in initial["reference"]
    ids = [s["id"] for s in plan["steps"]]
    if renewal:
        legal = planner._trial_dates(date.fromisoformat(start), category, renewed=True)
        assert legal == (date.fromisoformat(renewed_end),) * 2
        renewed = _step(plan, "renewal_end")
        assert renewed["date"] == holidays.next_working_day(legal[0]).isoformat()
        assert "L1221-21" in renewed["reference"]
    else:
        assert "renewal_end" not in ids


@pytest.mark.parametrize("renewal", [False, True])
def test_unknown_category_shows_the_range_from_shortest_to_longest(renewal: bool) -> None:
    plan = _plan(refusal_date="2025-12-30", start_date="2025-12-31", category="unknown",
                 renewal=renewal, lang="en")
    initial = _step(plan, "trial_end")
    # 28 February 2026 is a Saturday: the range starts on Monday 2 March, and says so.
    assert (initial["date"], initial["date_end"]) == ("2026-03-02", "2026-04-30")
    assert initial["is_range"]
    assert "2 March 2026" in initial["date_label"]
    assert "30 April 2026" in initial["date_label"]
    assert initial["moved"] == ["Moved to Monday 2 March 2026: 28 February 2026 is a Saturday."]
    if renewal:
        renewed = _step(plan, "renewal_end")
        assert (renewed["date"], renewed["date_end"]) == ("2026-04-30", "2026-08-31")
        assert renewed["moved"] == []


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
       st.sampled_from(PLAN_CATEGORIES), st.booleans(), st.integers(0, 366),
       st.sampled_from(locales.codes()))
def test_every_plan_is_chronological_complete_and_on_working_days(refusal, category, renewal, delay, lang) -> None:
    start = refusal + timedelta(days=delay)
    plan = _plan(refusal_date=refusal.isoformat(), start_date=start.isoformat(),
                 category=category, renewal=renewal, lang=lang)
    ids = [s["id"] for s in plan["steps"]]
    expected = ["thanks", "feedback", "linkedin", "follow_up", "news", "trial_end"]
    assert ids == expected + (["renewal_end"] if renewal else [])
    dates = [date.fromisoformat(s["date"]) for s in plan["steps"]]
    assert dates == sorted(dates)
    thanks = date.fromisoformat(_step(plan, "thanks")["date"])
    # The first working day after the refusal: "within two days", weekends and holidays apart.
    assert thanks == holidays.next_working_day(refusal + timedelta(days=1))
    for step in plan["steps"]:
        assert step["title"]
        assert step["why"]
        assert step["date_label"]
        assert step["condition_label"]
        assert "{" not in step["why"]
        assert "}" not in step["why"]
        assert step["past"] == (date.fromisoformat(step["date_end"]) < TODAY)
        for key in ("date", "date_end"):
            day = date.fromisoformat(step[key])
            assert day.weekday() < 5, (step["id"], step[key])
            assert day not in holidays.public_holidays(day.year), (step["id"], step[key])
        for note in step["moved"]:  # a moved step says so, with the day it moved to
            assert planner.format_date(date.fromisoformat(step["date"]), lang) in note \
                or planner.format_date(date.fromisoformat(step["date_end"]), lang) in note
    if category != "unknown":
        months = FACT_MONTHS[category]
        legal = planner._trial_dates(start, category, renewed=False)[0]
        assert (legal.year * 12 + legal.month) - (start.year * 12 + start.month) == months[0]
        assert _step(plan, "trial_end")["date"] == holidays.next_working_day(legal).isoformat()


# The stop rule (guide, FAQ, checklists, planner): thanks; one follow-up; optionally one
# closing message; then silence. Messages to the recruiter, by kind.
MESSAGE_KINDS = {"thanks", "feedback", "thanks_feedback", "follow_up", "keep_in_touch",
                 "recontact_skill", "phone"}


@given(st.dates(min_value=date(2000, 1, 1), max_value=TODAY),
       st.sampled_from(PLAN_CATEGORIES), st.booleans(), st.integers(0, 366),
       st.sampled_from(locales.codes()))
def test_no_plan_asks_for_more_messages_than_the_stop_rule(refusal, category, renewal, delay, lang) -> None:
    start = refusal + timedelta(days=delay)
    plan = _plan(refusal_date=refusal.isoformat(), start_date=start.isoformat(),
                 category=category, renewal=renewal, lang=lang)
    steps = plan["steps"]
    messages = [s for s in steps if s["kind"] in MESSAGE_KINDS]
    # Whatever happens (no answer ever): the first exchange, then one follow-up, no more.
    unanswered = [s for s in messages if s["condition"] in ("always", "optional", "if_no_answer")]
    assert [s["kind"] for s in unanswered] == ["thanks", "feedback", "follow_up"]
    assert [s["condition"] for s in unanswered] == ["always", "optional", "if_no_answer"]
    # A reminder ("I am coming back about my message") is the follow-up kind: once, conditional.
    assert sum(s["kind"] == "follow_up" for s in steps) == planner.STOP_RULE_MAX["follow_up"]
    # Later messages only to a recruiter who answered, and one of them at most.
    late = [s for s in messages if s not in unanswered]
    assert all(s["condition"] == "if_answered_once" and s["kind"] == "keep_in_touch" for s in late)
    late_ids = {s["id"] for s in late}
    assert any(late_ids <= group for group in planner.ONE_OF) or len(late_ids) <= 1
    # Every step's condition is said to the reader, in the step itself.
    for s in steps:
        assert s["condition_label"] == planner.texts(lang).CONDITIONS[s["condition"]]


def test_the_late_steps_say_they_are_optional_once_and_conditional() -> None:
    for lang, words in {"fr": ("une seule fois", "si le recruteur vous a répondu"),
                        "en": ("once only", "only if the recruiter answered")}.items():
        plan = _plan(refusal_date="2026-01-12", category="cadre", renewal=True, lang=lang)
        for step_id in ("trial_end", "renewal_end"):
            label = _step(plan, step_id)["condition_label"]
            assert all(w in label for w in words), label
        assert words[0] in _step(plan, "follow_up")["condition_label"]


# Steps that fall on a weekend or a public holiday, over several years: (refusal, estimated
# start or "", category, step, the date it would fall on, the date shown, why it moved).
MOVES = [
    ("2026-04-05", "", "cadre", "thanks", "2026-04-06", "2026-04-07", "easter_monday"),
    ("2027-03-28", "", "cadre", "thanks", "2027-03-29", "2027-03-30", "easter_monday"),
    ("2025-05-28", "", "cadre", "thanks", "2025-05-29", "2025-05-30", "ascension"),
    ("2024-05-19", "", "cadre", "thanks", "2024-05-20", "2024-05-21", "whit_monday"),
    ("2028-06-04", "", "cadre", "thanks", "2028-06-05", "2028-06-06", "whit_monday"),
    ("2026-12-24", "", "cadre", "thanks", "2026-12-25", "2026-12-28", "christmas"),
    ("2026-12-31", "", "cadre", "thanks", "2027-01-01", "2027-01-04", "new_year"),
    ("2026-04-30", "", "cadre", "thanks", "2026-05-01", "2026-05-04", "labour_day"),
    ("2027-04-30", "", "cadre", "thanks", "2027-05-01", "2027-05-03", "saturday"),
    ("2026-07-13", "", "cadre", "thanks", "2026-07-14", "2026-07-15", "bastille_day"),
    ("2025-08-14", "", "cadre", "thanks", "2025-08-15", "2025-08-18", "assumption"),
    ("2030-10-31", "", "cadre", "thanks", "2030-11-01", "2030-11-04", "all_saints"),
    ("2029-11-10", "", "cadre", "thanks", "2029-11-11", "2029-11-12", "sunday"),
    ("2026-05-03", "", "cadre", "feedback", "2026-05-08", "2026-05-11", "victory_1945"),
    ("2026-03-11", "2026-03-14", "employe", "trial_end", "2026-05-14", "2026-05-15", "ascension"),
    ("2027-01-14", "2027-01-17", "cadre", "trial_end", "2027-05-17", "2027-05-18", "whit_monday"),
    ("2025-01-10", "2025-01-20", "technicien", "trial_end", "2025-04-20", "2025-04-22", "sunday"),
]


@pytest.mark.parametrize(("refusal", "start", "category", "step_id", "falls", "shown", "reason"), MOVES)
def test_steps_move_off_weekends_and_public_holidays_and_say_so(
        refusal, start, category, step_id, falls, shown, reason) -> None:
    fields = {"refusal_date": refusal, "category": category, "renewal": True}
    if start:
        fields["start_date"] = start
    later = date(2031, 1, 1)  # some refusals are after TODAY: read them from a later "today"
    for lang in locales.codes():
        step = _step(planner.plan({**fields, "lang": lang}, later)["plan"], step_id)
        assert step["date"] == shown
        cat = planner.texts(lang)
        assert step["moved"] == [cat.MOVED.format(
            moved=planner.format_date(date.fromisoformat(shown), lang),
            day=planner.format_date(date.fromisoformat(falls), lang, weekday=False),
            reason=cat.NOT_WORKING[reason])]
    fr = _step(planner.plan(fields, later)["plan"], step_id)["moved"][0]
    assert fr.startswith("Date reportée au ")
    assert planner.format_date(date.fromisoformat(shown), "fr") in fr


def test_a_step_on_a_working_day_does_not_move() -> None:
    step = _step(_plan(refusal_date="2026-11-24", category="cadre"), "thanks")  # a Tuesday
    assert step["date"] == "2026-11-25"
    assert step["moved"] == []


def test_each_step_links_to_the_right_kind_of_message_with_encoded_values() -> None:
    company, position = "Dupont & Fils; « Atelier »", "Cheffe de projet #2"
    plan = api.plan_links(_plan(refusal_date="2026-11-20", category="cadre", renewal=True,
                                company=company, position=position))
    expected_kind = {"thanks": "thanks", "feedback": "feedback", "linkedin": "linkedin",
                     "follow_up": "follow_up", "news": None,
                     "trial_end": "keep_in_touch", "renewal_end": "keep_in_touch"}
    assert {s["id"]: s["kind"] for s in plan["steps"]} == expected_kind
    for step in plan["steps"]:
        if step["kind"] is None:
            assert step["link"] is None
            assert step["condition"] == "watch"  # nothing to write
            continue
        fragment = step["link"]["fragment"]
        assert re.fullmatch(r"[A-Za-z0-9_=&%.~-]+", fragment), fragment  # nothing unencoded
        pairs = dict(pair.split("=", 1) for pair in fragment.split("&"))
        assert {k: unquote(v) for k, v in pairs.items()} == {
            "kind": expected_kind[step["id"]], "company": company, "position": position}
        assert step["link"]["href"].endswith("ecrire-mon-message/#" + fragment)


def test_links_leave_out_empty_values() -> None:
    plan = api.plan_links(_plan(refusal_date="2026-11-20", category="cadre"))
    assert _step(plan, "thanks")["link"]["fragment"] == "kind=thanks"


def test_refusal_today_is_accepted_and_tomorrow_is_not() -> None:
    assert planner.plan({"refusal_date": TODAY.isoformat()}, TODAY)["ok"]
    assert _errors(refusal_date=(TODAY + timedelta(days=1)).isoformat()) == {
        "refusal_date": "future_date"}


@pytest.mark.parametrize("year", ["0001", "1900", "1999"])
def test_an_absurd_year_is_refused_with_its_own_message(year) -> None:
    assert _errors(refusal_date=f"{year}-05-01", start_date=f"{year}-06-01") == {
        "refusal_date": "too_old", "start_date": "too_old"}
    errors = planner.plan({"refusal_date": f"{year}-05-01"}, TODAY)["errors"]
    assert "2000" in errors[0]["message"]["fr"]
    assert "2000" in errors[0]["message"]["en"]
    assert planner.plan({"refusal_date": "2000-01-01"}, TODAY)["ok"]


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
        ({"refusal_date": "2026-11-01", "category": "stagiaire"}, {"category": "unknown_value"}),
        ({"refusal_date": "2026-11-01", "renewal": "peut-être"}, {"renewal": "bad_bool"}),
        ({"refusal_date": "2026-11-01", "company": "x" * 121}, {"company": "too_long"}),
        ({"refusal_date": "2026-11-01", "company": True}, {"company": "bad_type"}),
        ({"refusal_date": "2026-11-01", "lang": "de"}, {"lang": "unknown_value"}),
        ({"refusal_date": "2030-01-01", "start_date": "nope", "category": "?"},
         {"refusal_date": "future_date", "start_date": "malformed_date",
          "category": "unknown_value"}),
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
        assert error["message"]["fr"]
        assert error["message"]["en"]
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
                               ("FORM", "STEPS", "CONDITIONS", "MOVED", "NOT_WORKING", "LIMITS",
                                "NOTES", "STOP_RULE", "ERRORS", "ICS")})
    for text in french + catalog_fr:
        assert not re.search(r"[^\u00a0]:|[^\u202f][;!?]|«[^\u00a0]|[^\u00a0]»", text), text
        assert "(e)" not in text
        assert "'" not in text
    for text in english:
        assert "\u00a0" not in text, text
        assert "\u202f" not in text, text


def test_every_step_explains_itself_in_both_languages() -> None:
    for step_id in planner.STEP_KINDS:
        fr, en = planner.texts("fr").STEPS[step_id], planner.texts("en").STEPS[step_id]
        assert planner.STEP_CONDITIONS[step_id] in planner.texts("fr").CONDITIONS
        assert set(fr) == set(en)
        assert fr["title"] != en["title"]
    assert set(planner.texts("fr").CATEGORIES) == set(PLAN_CATEGORIES)
    assert set(planner.texts("en").CATEGORIES) == set(PLAN_CATEGORIES)


def test_the_plan_op_uses_the_date_sent_by_the_page() -> None:
    def plan_op(args: dict) -> dict:
        return api.OPS["plan"](args)

    assert plan_op({"refusal_date": "2026-12-01", "today": "2026-12-01"})["ok"]
    assert not plan_op({"refusal_date": "2026-12-01", "today": "2026-11-30"})["ok"]


def test_the_browser_api_answers_plan_and_ics() -> None:
    import json

    from rebond import fields
    from rebond.api import handle

    assert set(planner.STEP_KINDS.values()) - {None} <= set(fields.KINDS)  # links name real kinds
    plan = json.loads(handle(json.dumps({"op": "plan", "args": {
        "refusal_date": "2026-11-01", "today": "2026-11-25", "lang": "en"}})))
    assert plan["ok"]
    assert plan["result"]["ok"]
    assert plan["result"]["plan"]["steps"][0]["date"] == "2026-11-02"
    bad = json.loads(handle(json.dumps({"op": "plan", "args": {
        "refusal_date": "2026-11-26", "today": "2026-11-25"}})))
    assert bad["ok"]
    assert bad["result"]["errors"][0]["code"] == "future_date"
    calendar = json.loads(handle(json.dumps({"op": "ics", "args": {
        "refusal_date": "2026-11-01", "today": "2026-11-25"}})))
    assert calendar["result"]["content"].startswith("BEGIN:VCALENDAR\r\n")
