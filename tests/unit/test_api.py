"""rebond.api.handle: JSON in, JSON out, never raises."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rebond import __version__, compose
from rebond.api import OPS, handle
from rebond.fields import COMBINATIONS, FIELDS


def call(op, **args):
    return json.loads(handle(json.dumps({"op": op, "args": args})))


def test_compose_matches_direct_call():
    fields = {"kind": "thanks", "lang": "en", "company": "Acme"}
    assert call("compose", **fields) == {"ok": True, "result": json.loads(json.dumps(compose(fields)))}


def test_compose_without_review_is_the_same_message_without_findings():
    fields = {"kind": "feedback", "lang": "fr", "company": "Acme", "channel": "email"}
    full = call("compose", **fields)["result"]
    bare = call("compose", **fields, review=False)["result"]
    assert "findings" in full
    assert "findings" not in bare
    assert {k: v for k, v in full.items() if k != "findings"} == bare
    # Only false leaves the review out: any other value is an ordinary (ignored) argument.
    assert "findings" in call("compose", **fields, review=0)["result"]


def test_compose_field_errors_are_a_result():
    out = call("compose", kind="nope")
    assert out["ok"] is True
    assert out["result"]["ok"] is False


def test_review_and_fix():
    found = call("review", text="Merci: Cdt", lang="fr", kind="thanks", channel="email", ui_lang="en")
    assert found["ok"]
    assert {f["code"] for f in found["result"]} == {"typography", "abbreviation"}
    fixed = call("fix", text="Merci: Cdt", lang="fr", kind="thanks", channel="email")
    assert fixed == {"ok": True, "result": "Merci\u00a0: Cordialement"}
    only = call("fix", text="Merci: Cdt", findings=[f for f in found["result"] if f["code"] == "abbreviation"])
    assert only["result"] == "Merci: Cordialement"


def test_review_gives_javascript_offsets():
    text = "😀😀 Merci Cdt"
    f = call("review", text=text, lang="fr")["result"][0]
    assert (f["start"], f["end"]) == (9, 12)
    assert (f["start16"], f["end16"]) == (11, 14)
    assert text.encode("utf-16-le")[2 * f["start16"]:2 * f["end16"]].decode("utf-16-le") == "Cdt"


def test_mailto_and_eml():
    m = call("mailto", to="a@b.c", subject="S", body="B")
    assert m["result"]["url"] == "mailto:a@b.c?subject=S&body=B"
    assert m["result"]["too_long"] is False
    e = call("eml", subject="S", body="B", to="a@b.c", date="2026-03-02T10:00:00+01:00")
    assert "Date: Mon, 02 Mar 2026 10:00:00 +0100" in e["result"]


def test_schema():
    s = call("schema")["result"]
    assert s["version"] == __version__
    assert s["COMBINATIONS"] == {k: list(v) for k, v in COMBINATIONS.items()}
    assert set(s["FIELDS"]) == set(FIELDS)
    assert s["LINKEDIN"] == {"free": 200, "premium": 300}


@pytest.mark.parametrize(("request_json", "fragment"), [
    ("not json", "JSONDecodeError"),
    ("[1]", "object"),
    ('{"op": "nope"}', "unknown op"),
    ('{"op": 3}', "unknown op"),
    ('{"op": "compose", "args": [1]}', "args"),
    ('{"op": "review", "args": {"text": 3}}', "text"),
    ('{"op": "fix", "args": {"text": "a", "findings": 3}}', "findings"),
    ('{"op": "eml", "args": {"date": "yesterday"}}', "ValueError"),
])
def test_errors(request_json, fragment):
    out = json.loads(handle(request_json))
    assert out["ok"] is False
    assert fragment in out["error"]


def test_output_is_ascii_json():
    assert handle(json.dumps({"op": "compose", "args": {"kind": "thanks", "company": "Ærø 李"}})).isascii()


# One valid request per op the engine answers, and a mark of that op's own answer. A new op, or a
# missing one, fails here until it has its line.
_PLAN = {"refusal_date": "2026-01-12", "today": "2026-02-01", "category": "cadre", "lang": "fr"}
ANSWERS: dict[str, tuple[dict[str, Any], Callable[[Any], object]]] = {
    "compose": ({"kind": "thanks", "company": "Acme"}, lambda r: "Acme" in r["body"]),
    "review": ({"text": "Merci Cdt", "lang": "fr"}, lambda r: [f["code"] for f in r] == ["abbreviation"]),
    "check": ({"text": "Merci Cdt", "lang": "fr", "kind": "thanks", "channel": "email"},
              lambda r: "abbreviation" in {f["code"] for f in r["findings"]}),
    "apply": ({"text": "Merci. Cdt", "lang": "fr", "kind": "thanks", "channel": "email",
               "key": "abbreviation|Cdt|0"}, lambda r: r["applied"] and r["text"].endswith("Cordialement")),
    # Without the spelling wheel (loaded by the page on request), the op says it is not there.
    "spell": ({"text": "Merci", "lang": "fr"}, lambda r: r == {"available": False, "findings": []}),
    "prefill": ({"fragment": "#kind=linkedin&company=Acme"},
                lambda r: r["fields"] == {"kind": "linkedin", "company": "Acme"}),
    "link": ({"fields": {"kind": "thanks", "company": "Acme"}}, lambda r: r == "#kind=thanks&company=Acme"),
    "fix": ({"text": "Merci Cdt", "lang": "fr"}, lambda r: r == "Merci Cordialement"),
    "merge": ({"base": "A\n\nB", "mine": "A\n\nB\n\nC", "new": "A2\n\nB"}, lambda r: r["text"] == "A2\n\nB\n\nC"),
    "mailto": ({"to": "a@b.c", "subject": "S", "body": "B"}, lambda r: r["url"].startswith("mailto:a@b.c?")),
    "eml": ({"to": "a@b.c", "subject": "S", "body": "B"}, lambda r: "Subject: S" in r),
    "txt": ({"subject": "S", "body": "B", "ui_lang": "en"}, lambda r: r == "Subject: S\n\nB"),
    "schema": ({}, lambda r: r["version"] == __version__),
    "plan": (_PLAN, lambda r: r["ok"] and r["plan"]["steps"]),
    "ics": (_PLAN, lambda r: r["ok"] and r["content"].startswith("BEGIN:VCALENDAR")),
}


def test_every_op_has_a_request_here():
    assert sorted(OPS) == sorted(ANSWERS)


@pytest.mark.parametrize("op", sorted(ANSWERS))
def test_each_op_answers_through_handle_with_its_own_result(op):
    args, looks_right = ANSWERS[op]
    out = call(op, **args)
    assert out["ok"] is True, out
    assert looks_right(out["result"]), out["result"]


def test_the_ops_the_site_asks_for_are_answered():
    """Every op name the site's scripts send is one the engine answers (the worker answers
    "spelling" itself: it loads the spelling wheel)."""
    scripts = Path(__file__).resolve().parents[2] / "docs" / "assets" / "javascripts"
    sent = {op for path in scripts.rglob("*.js")
            for op in re.findall(r"\b(?:call|ask)\(\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8"))}
    assert {"compose", "plan", "ics"} <= sent  # the generator's and the planner's own
    assert sent - {"spelling"} <= set(OPS), sorted(sent - {"spelling"} - set(OPS))


@settings(deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_string(raw):
    out = json.loads(handle(raw))
    assert out["ok"] in (True, False)


@settings(deadline=None)
@given(st.dictionaries(st.sampled_from(["op", "args"]),
                       st.one_of(st.sampled_from(list(OPS)),
                                 st.dictionaries(st.text(max_size=10), st.text(max_size=20)),
                                 st.integers(), st.none())))
def test_never_raises_on_any_request(req):
    out = json.loads(handle(json.dumps(req)))
    assert out["ok"] in (True, False)



def test_the_engine_imports_nothing_once_loaded():
    """The browser's memory snapshot is taken once `rebond.api` is imported, and a later visit
    restores it without unpacking the wheel again (engine/worker.js). So no engine code may
    import anything later: every import is at the top of its module."""
    import ast
    from pathlib import Path

    import rebond

    late = []
    for path in sorted(Path(rebond.__path__[0]).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in top:
                late.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Name) and node.id in ("__import__", "importlib"):
                late.append(f"{path.name}:{node.lineno} ({node.id})")
    assert len(list(Path(rebond.__path__[0]).rglob("*.py"))) > 20
    assert not late, late
