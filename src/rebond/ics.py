"""RFC 5545 (iCalendar) export of a follow-up plan.

All-day events (DTSTART;VALUE=DATE, DTEND the next day) carry no time zone, so a date never
moves when the calendar app is in another zone. Each event has a display alarm at 9:00 on
the day. Text values are escaped (RFC 5545 3.3.11) and content lines folded at 75 octets
without splitting a UTF-8 sequence (3.1), with CRLF line ends.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from rebond.planner import plan, texts

CRLF = "\r\n"
FOLD_OCTETS = 75
ALARM_TRIGGER = "PT9H"  # 9:00 on the day of an all-day event


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash first, then ; , and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold one content line into pieces of at most 75 octets, joined by CRLF + space.

    Splits between characters only, so a multi-byte UTF-8 sequence is never cut.
    """
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, FOLD_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _date_value(day: date) -> str:
    return day.strftime("%Y%m%d")


def _uid(the_plan: Mapping[str, Any], step_id: str) -> str:
    """Stable per plan and step, so importing the same plan again updates, not duplicates."""
    key = "|".join(str(the_plan[k]) for k in ("refusal_date", "start_date", "category"))
    digest = hashlib.sha256(f"{key}|{step_id}".encode()).hexdigest()[:24]
    return f"{digest}-{step_id}@rebond"


def build_calendar(the_plan: Mapping[str, Any], now: datetime) -> str:
    """A plan (from rebond.planner.build_plan) -> the .ics text, CRLF line ends."""
    lang = the_plan["lang"]
    cat = texts(lang)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    company = the_plan.get("company", "")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Rebond//Follow-up planner//{lang.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(cat.ICS['calendar_name'])}",
    ]
    for step in the_plan["steps"]:
        start = date.fromisoformat(step["date"])
        summary = step["title"] + (f" – {company}" if company else "")
        parts = []
        if step["is_range"]:
            parts.append(cat.ICS["range"].format(range=step["date_label"]))
        parts += step["moved"]
        parts.append(step["condition_label"])
        parts.append(step["why"])
        if step["reference"]:
            parts.append(step["reference"])
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(the_plan, step['id'])}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date_value(start)}",
            f"DTEND;VALUE=DATE:{_date_value(date.fromordinal(start.toordinal() + 1))}",
            f"SUMMARY:{escape_text(summary)}",
            f"DESCRIPTION:{escape_text(chr(10).join(parts))}",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(cat.ICS['alarm'].format(title=step['title']))}",
            f"TRIGGER:{ALARM_TRIGGER}",
            "END:VALARM",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def filename(the_plan: Mapping[str, Any]) -> str:
    """Download name, e.g. rebond-suivi-2026-11-25.ics."""
    return f"{texts(the_plan['lang']).ICS['filename']}-{the_plan['refusal_date']}.ics"


def export(fields: Mapping[str, object], today: date, now: datetime) -> dict[str, Any]:
    """Form fields -> {"ok": True, "filename", "content"} or the planner's errors."""
    result = plan(fields, today)
    if not result["ok"]:
        return result
    the_plan = result["plan"]
    return {"ok": True, "filename": filename(the_plan),
            "content": build_calendar(the_plan, now)}
