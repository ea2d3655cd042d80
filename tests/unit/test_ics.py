"""The .ics export: RFC 5545 structure, escaping, folding, and a round trip through the
`icalendar` package (a test-only dependency) back to the planner's events."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rebond import ics, planner
from rebond.api import handle

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 21, 30, 5, tzinfo=timezone(timedelta(hours=1)))
TRICKY = "Dupont, Fils; \\ « Atelier »\nSuite ☕ 𝄞"


def _export(**fields) -> dict:
    result = ics.export(fields, TODAY, NOW)
    assert result["ok"], result
    return result


def _events(content: str) -> list:
    calendar = icalendar.Calendar.from_ical(content)
    return [c for c in calendar.walk() if c.name == "VEVENT"]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("category", "renewal"), [("employe", False), ("cadre", True),
                                                   ("unknown", True), ("technicien", False)])
def test_calendar_parses_back_to_the_plans_events(lang, category, renewal) -> None:
    fields = {"refusal_date": "2026-01-31", "category": category, "renewal": renewal,
              "lang": lang, "company": TRICKY}
    plan = planner.plan(fields, TODAY)["plan"]
    content = _export(**fields)["content"]
    calendar = icalendar.Calendar.from_ical(content)
    assert str(calendar["VERSION"]) == "2.0"
    assert "Rebond" in str(calendar["PRODID"])
    events = _events(content)
    assert len(events) == len(plan["steps"])
    uids = set()
    for event, step in zip(events, plan["steps"], strict=True):
        start = event.decoded("DTSTART")
        assert type(start) is date  # all-day: a date, no time, no zone
        assert start == date.fromisoformat(step["date"])
        assert event.decoded("DTEND") == start + timedelta(days=1)
        # The company is a one-line field: its line break is a space (rebond.validate.clean_text).
        assert str(event["SUMMARY"]) == f"{step['title']} – {TRICKY.replace(chr(10), ' ')}"
        description = str(event["DESCRIPTION"])
        assert step["why"] in description
        if step["reference"]:
            assert step["reference"] in description
        if step["is_range"]:
            assert step["date_label"] in description
        stamp = event.decoded("DTSTAMP")
        assert stamp.utcoffset() == timedelta(0)
        assert stamp == NOW
        alarms = [c for c in event.subcomponents if c.name == "VALARM"]
        assert len(alarms) == 1
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
        assert alarms[0].decoded("TRIGGER") == timedelta(hours=9)
        assert step["title"] in str(alarms[0]["DESCRIPTION"])
        uids.add(str(event["UID"]))
    assert len(uids) == len(events)


def test_lines_end_with_crlf_and_fold_within_75_octets() -> None:
    content = _export(refusal_date="2026-01-31", category="unknown", renewal=True,
                      company="Société générale d’études ☕ " * 3)["content"]
    assert content.endswith("\r\n")
    assert "\n" not in content.replace("\r\n", "")
    lines = content.split("\r\n")[:-1]
    assert any(line.startswith(" ") for line in lines)  # something was folded
    for line in lines:
        raw = line.encode("utf-8")
        assert len(raw) <= 75, line
        raw.decode("utf-8")  # each physical line is valid UTF-8 on its own


@settings(suppress_health_check=[HealthCheck.too_slow])  # first draw builds Unicode tables
@given(st.text(max_size=400))
def test_fold_then_unfold_gives_the_line_back(text: str) -> None:
    line = "DESCRIPTION:" + ics.escape_text(text)
    folded = ics.fold_line(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert pieces[0] + "".join(piece[1:] for piece in pieces[1:]) == line


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80))
def test_escaped_text_round_trips_through_icalendar(text: str) -> None:
    text = text.replace("\r", "")  # a form field's line breaks arrive as \n
    event = icalendar.Event.from_ical(
        "BEGIN:VEVENT\r\n" + ics.fold_line("SUMMARY:" + ics.escape_text(text)) + "\r\nEND:VEVENT\r\n")
    assert str(event["SUMMARY"]) == text


def test_escape_text_escapes_backslash_comma_semicolon_and_newline() -> None:
    assert ics.escape_text("a\\b,c;d\ne") == "a\\\\b\\,c\\;d\\ne"


def test_uids_are_stable_for_the_same_plan_and_differ_otherwise() -> None:
    first = _export(refusal_date="2026-11-02", category="cadre")["content"]
    again = _export(refusal_date="2026-11-02", category="cadre")["content"]
    other = _export(refusal_date="2026-11-03", category="cadre")["content"]
    uid = lambda content: [str(e["UID"]) for e in _events(content)]  # noqa: E731
    assert uid(first) == uid(again)
    assert not set(uid(first)) & set(uid(other))


def test_filename_and_errors() -> None:
    assert _export(refusal_date="2026-11-02")["filename"] == "rebond-suivi-2026-11-02.ics"
    assert _export(refusal_date="2026-11-02", lang="en")["filename"].endswith(".ics")
    result = ics.export({"refusal_date": "2027-01-01"}, TODAY, NOW)
    assert result["ok"] is False
    assert result["errors"][0]["field"] == "refusal_date"


def test_the_ics_op_stamps_the_current_utc_time() -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    reply = json.loads(handle(json.dumps({"op": "ics", "args": {"refusal_date": "2026-11-02", "today": "2026-11-25"}})))
    result = reply["result"]
    stamp = _events(result["content"])[0].decoded("DTSTAMP")
    assert before <= stamp <= datetime.now(UTC)
