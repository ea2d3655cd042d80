"""One JSON-in / JSON-out entry point for the browser worker: :func:`handle`.

Request: ``{"op": "...", "args": {...}}``. Response: ``{"ok": true, "result": ...}`` or
``{"ok": false, "error": "..."}``; :func:`handle` never raises. Invalid *fields* are not an
API failure: ``compose`` answers ``{"ok": true, "result": {"ok": false, "errors": [...]}}``.

This is the engine's edge for the browser: each op reads its arguments (the page's own, such as
the reader's ``today``), calls the engine, and adds what only the site knows (the planner's
links to the generator page). Ops are a dict so that adding one is one line.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from . import __version__, clean, edits, fields, ics, locales, planner, prefill, spelling, uses
from .compose import compose
from .dates import parse_iso_date
from .eml import to_eml
from .fields import LINKEDIN_FREE, LINKEDIN_PREMIUM
from .mailto import mailto, webmail
from .review import apply_fixes, review


def _str(args: dict[str, Any], name: str, default: str = "") -> str:
    value = args.get(name, default)
    if not isinstance(value, str):
        raise ValueError(f"'{name}' must be a string")
    return value


def _compose(args: dict[str, Any]) -> Any:
    """The fields' message; ``"review": false`` (not a field) leaves its findings out."""
    return compose(args, reviewed=args.get("review") is not False)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_indexer(text: str) -> Callable[[int], int]:
    """Python string index -> JavaScript (UTF-16) index for ``text``: astral characters count
    twice. Their places are found in one pass; each index then costs a binary search."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    return lambda index: index + bisect_left(astral, index)


def utf16_index(text: str, index: int) -> int:
    """A Python string index as a JavaScript (UTF-16) one (one index; see :func:`utf16_indexer`)."""
    return utf16_indexer(text)(index)


def _review(args: dict[str, Any]) -> Any:
    """Findings, each with ``start16``/``end16`` (the span in JavaScript string indices) and,
    for its fix, the same."""
    ui_lang = args.get("ui_lang")
    gender = args.get("sender_gender")
    text = _str(args, "text")
    found = review(text, lang=_str(args, "lang", "fr"), kind=_str(args, "kind", "thanks"),
                   channel=_str(args, "channel", "email"), ui_lang=ui_lang if isinstance(ui_lang, str) else None,
                   sender_gender=gender if isinstance(gender, str) else None, names=_names(args))
    return _with_utf16(text, found)


def _names(args: dict[str, Any]) -> tuple[str, ...]:
    names = args.get("names")
    return tuple(n for n in names if isinstance(n, str)) if isinstance(names, list) else ()


def _ui(args: dict[str, Any]) -> dict[str, str]:
    ui_lang = args.get("ui_lang")
    ui: dict[str, str] = locales.pack(ui_lang if ui_lang in locales.CODES else locales.DEFAULT).ui.UI
    return ui


def _with_utf16(text: str, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    at16 = utf16_indexer(text)
    for f in found:
        f["start16"], f["end16"] = at16(f["start"]), at16(f["end"])
        for fix in [f.get("fix"), *f.get("fixes", ())]:
            if isinstance(fix, dict):
                fix["start16"], fix["end16"] = at16(fix["start"]), at16(fix["end"])
    return found


def _spell(args: dict[str, Any]) -> Any:
    """Spelling findings (rebond.spelling), once the page has loaded the checker; else
    ``{"available": false}``."""
    text = _str(args, "text")
    ui_lang = args.get("ui_lang")
    out = spelling.check(text, lang=_str(args, "lang", "fr"), ui_lang=ui_lang if isinstance(ui_lang, str) else None,
                         names=_names(args))
    _with_utf16(text, out["findings"])
    return out


def _count(text: str, channel: str, ui: dict[str, str]) -> dict[str, Any] | None:
    """The LinkedIn note's length against both limits, said in the interface's language."""
    if channel != "linkedin":
        return None
    n = len(text)
    fits_free, fits_premium = n <= LINKEDIN_FREE, n <= LINKEDIN_PREMIUM
    over = "" if fits_free else ui["linkedin_over_free"] if fits_premium else ui["linkedin_over_premium"]
    return {"n": n, "fits_free": fits_free, "fits_premium": fits_premium,
            "text": f"{ui['linkedin_count'].format(n=n)} {over}".strip()}


def summary(text: str, findings: list[dict[str, Any]], ui: dict[str, str]) -> dict[str, Any]:
    """What the page says of the message at a glance: its first line (of words) for the phone's
    bar, whether the review asks for a correction (a finding of severity "error"), and the
    review's count in words ("1 point à corriger, 2 points à vérifier"; "" with none)."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    counts = []
    for severity in ("error", "warning"):
        n = sum(1 for f in findings if f.get("severity") == severity)
        if n:
            counts.append(ui[f"review_count_{severity}_{'one' if n == 1 else 'many'}"].format(n=n))
    return {"line": line, "to_fix": any(f.get("severity") == "error" for f in findings), "count": ", ".join(counts)}


def _check(args: dict[str, Any]) -> Any:
    """Everything the generator page shows about a text as it stands, in one answer: the
    review's findings (with spelling once the reader asked for it), the mailto link, and for a
    LinkedIn note its length against both limits."""
    text = _str(args, "text")
    findings = _review(args)
    spell = "off"
    if args.get("spell") is True:
        checked = _spell(args)
        spell = "on" if checked["available"] else "unavailable"
        findings = sorted(findings + checked["findings"], key=lambda f: (f["start"], f["end"], f["code"]))
    to, subject, ui = _str(args, "to"), _str(args, "subject"), _ui(args)
    return {"findings": findings, "spelling": spell, "mailto": mailto(to, subject, text),
            "summary": summary(text, findings, ui), "webmail": webmail(to, subject, text),
            "count": _count(text, _str(args, "channel", "email"), ui)}


def _apply(args: dict[str, Any]) -> Any:
    """Apply one finding's fix, named by its key, to the text as it stands now: the text is
    reviewed again, so a finding the reader clicked after editing still gets its fix if it still
    applies. ``choice`` picks a spelling suggestion. Answer: ``{"applied", "text", "reason"}``."""
    text = _str(args, "text")
    key = _str(args, "key")
    choice = args.get("choice", 0)
    choice = choice if isinstance(choice, int) and not isinstance(choice, bool) and choice >= 0 else 0
    found = _spell(args)["findings"] if key.startswith("spelling|") else _review(args)
    match = next((f for f in found if f["key"] == key), None)
    ui = _ui(args)
    if match is None:
        return {"applied": False, "text": text, "reason": ui["fix_gone"]}
    fixes = match.get("fixes") or ([match["fix"]] if match.get("fix") else [])
    if choice >= len(fixes):
        return {"applied": False, "text": text, "reason": ui["fix_none"]}
    return {"applied": True, "text": apply_fixes(text, [{"fix": fixes[choice]}]), "reason": ""}


def _prefill(args: dict[str, Any]) -> Any:
    """The fields a prefill link carries, read as the engine reads any field (rebond.prefill)."""
    return prefill.parse(_str(args, "fragment"))


def _link(args: dict[str, Any]) -> Any:
    """The prefill link's fragment for these fields ("#..."), those equal to ``initial`` left out."""
    values = args.get("fields")
    initial = args.get("initial")
    if not isinstance(values, dict) or (initial is not None and not isinstance(initial, dict)):
        raise ValueError("'fields' (and 'initial') must be JSON objects")
    return "#" + prefill.build(values, initial)


def _fix(args: dict[str, Any]) -> Any:
    """Apply the given findings' fixes, or (without findings) every fix the reviewer offers."""
    text = _str(args, "text")
    found = args.get("findings")
    if found is None:
        found = _review(args)
    if not isinstance(found, list):
        raise ValueError("'findings' must be a list")
    return apply_fixes(text, found)


def _merge(args: dict[str, Any]) -> Any:
    """The reader's text (``mine``) with the paragraphs they did not touch since the engine wrote
    ``base`` in the engine's ``new`` wording (rebond.edits): ``{"text", "updated", "kept"}``."""
    return edits.merge(_str(args, "base"), _str(args, "mine"), _str(args, "new"))


def _mailto(args: dict[str, Any]) -> Any:
    return mailto(_str(args, "to"), _str(args, "subject"), _str(args, "body"))


def _eml(args: dict[str, Any]) -> Any:
    raw_date = args.get("date")
    date = datetime.fromisoformat(raw_date) if isinstance(raw_date, str) and raw_date else None
    return to_eml(_str(args, "subject"), _str(args, "body"), to=_str(args, "to"), from_=_str(args, "from"),
                  to_name=_str(args, "to_name"), from_name=_str(args, "from_name"), date=date)


def _txt(args: dict[str, Any]) -> Any:
    """The message as a .txt file's text: its subject (when it has one) on the first line, then the text."""
    subject, body = _str(args, "subject").strip(), _str(args, "body")
    if not subject:
        return body
    one_line = " ".join(part.strip() for part in subject.replace("\r", "\n").split("\n") if part.strip())
    return f"{_ui(args)['txt_subject'].format(subject=one_line)}\n\n{body}"


def _schema(args: dict[str, Any]) -> Any:
    return {
        "version": __version__,
        "KINDS": list(fields.KINDS),
        "CHANNELS": list(fields.CHANNELS),
        "COMBINATIONS": {kind: list(chs) for kind, chs in fields.COMBINATIONS.items()},
        "FIELDS": fields.FIELDS,
        "DEFAULTS": fields.DEFAULTS,
        "VARIANTS": fields.VARIANTS,
        "LINKEDIN": {"free": fields.LINKEDIN_FREE, "premium": fields.LINKEDIN_PREMIUM},
        # What each kind x channel x language reads (the form shows only that), and the
        # guided start's situations (rebond.uses).
        "USES": uses.table(),
        "SITUATIONS": {name: list(kinds) for name, kinds in uses.SITUATIONS.items()},
    }


# The generator's page from the planner's (the same in every language): a step's message is
# written there, its fields carried by a prefill link (rebond.prefill).
GENERATOR_PATH = "../ecrire-mon-message/"


def _today(args: dict[str, Any]) -> date:
    """The reader's local date when the page sends it ("today"), else the system's date."""
    raw = args.get("today")
    if isinstance(raw, str) and raw.strip():
        try:
            return parse_iso_date(raw.strip())
        except ValueError:
            pass
    return date.today()


def plan_links(the_plan: dict[str, Any]) -> dict[str, Any]:
    """The plan with each step's link to the generator page: prefilled with the step's kind
    and the plan's company and position, or None for a step with nothing to write."""
    label = planner.texts(the_plan["lang"]).FORM["link"]
    for step in the_plan["steps"]:
        step["link"] = None
        if step["kind"]:
            fragment = prefill.build({"kind": step["kind"], "company": the_plan["company"],
                                      "position": the_plan["position"]})
            step["link"] = {"href": f"{GENERATOR_PATH}#{fragment}", "fragment": fragment, "label": label}
    return the_plan


def _plan(args: dict[str, Any]) -> Any:
    """The planner's fields (+ "today", the reader's local date) -> the plan, its steps linked
    to the generator, or field errors."""
    result = planner.plan(args, _today(args))
    if result["ok"]:
        plan_links(result["plan"])
    return result


def _ics(args: dict[str, Any]) -> Any:
    """The same fields -> {"ok", "filename", "content"} (RFC 5545), or field errors."""
    return ics.export(args, _today(args), datetime.now(UTC))


OPS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "compose": _compose,
    "review": _review,
    "check": _check,
    "apply": _apply,
    "spell": _spell,
    "prefill": _prefill,
    "link": _link,
    "fix": _fix,
    "merge": _merge,
    "mailto": _mailto,
    "eml": _eml,
    "txt": _txt,
    "schema": _schema,
    "plan": _plan,
    "ics": _ics,
}


def _dump(obj: Any) -> str:
    # ASCII-only JSON: safe to pass across any boundary (Pyodide, stdout) whatever the text holds.
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":"))


def handle(request_json: str) -> str:
    """Answer one JSON request with one JSON response; never raises."""
    try:
        request = json.loads(request_json)
        if not isinstance(request, dict):
            return _dump({"ok": False, "error": "request must be a JSON object"})
        op = request.get("op")
        args = request.get("args", {})
        if not isinstance(op, str) or op not in OPS:
            return _dump({"ok": False, "error": f"unknown op: {op!r}"})
        if not isinstance(args, dict):
            return _dump({"ok": False, "error": "args must be a JSON object"})
        # Every string of every op, fields or free text, goes through the one cleaning step.
        return _dump({"ok": True, "result": OPS[op](clean.strings(args))})
    except Exception as exc:  # noqa: BLE001 - the browser must always get an answer
        return _dump({"ok": False, "error": f"{type(exc).__name__}: {exc}"})
