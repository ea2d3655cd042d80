"""The engine under Pyodide 314 (Node.js) answers the corpus byte for byte like CPython."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from rebond.api import handle

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "pyodide" / "run_corpus.mjs"
CORPUS = ROOT / "tests" / "cases" / "corpus.json"
sys.path.insert(0, str(ROOT / "tests" / "cases"))

import make_corpus  # noqa: E402


def test_corpus_is_up_to_date():
    assert json.loads(CORPUS.read_text(encoding="utf-8")) == make_corpus.cases(), (
        "regenerate with: python tests/cases/make_corpus.py")


def test_corpus_is_large_and_varied():
    ops = [json.loads(r).get("op") if r.startswith("{") else None for r in make_corpus.cases()]
    assert len(ops) >= 300
    assert {"compose", "review", "fix", "mailto", "eml", "schema", "plan", "ics", None} <= set(ops)


def _run_pyodide() -> dict:
    node = shutil.which("node")
    assert node, "Node.js is needed for the Pyodide parity test"
    assert (ROOT / "node_modules" / "pyodide").is_dir(), "run npm ci first (node_modules/pyodide)"
    args = [node, str(SCRIPT)]
    wheel = os.environ.get("REBOND_WHEEL")  # test the built wheel instead of the source tree
    if wheel:
        args.append(wheel)
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def pyodide_answers() -> dict:
    return _run_pyodide()


def test_runs_on_pyodide_314(pyodide_answers):
    assert pyodide_answers["python"].startswith("3.14")


def test_byte_identical_answers(pyodide_answers):
    requests = json.loads(CORPUS.read_text(encoding="utf-8"))
    cpython = [make_corpus.comparable(handle(r)) for r in requests]  # a calendar file's DTSTAMP set aside
    pyodide = [make_corpus.comparable(a) for a in pyodide_answers["answers"]]
    assert len(pyodide) == len(cpython)
    mismatches = [i for i, (a, b) in enumerate(zip(cpython, pyodide, strict=True)) if a != b]
    assert not mismatches, f"{len(mismatches)} differ, first: {requests[mismatches[0]]}"
    # The corpus exercises real answers, not only errors: plans and calendar files made, and refused.
    assert sum(json.loads(a)["ok"] for a in cpython) > len(cpython) * 0.9
    by_op: dict[str, list[dict]] = {}
    for request, answer in zip(requests, cpython, strict=True):
        if request.startswith("{"):
            by_op.setdefault(json.loads(request).get("op"), []).append(json.loads(answer))
    for op in ("plan", "ics"):
        results = [a["result"] for a in by_op[op]]
        assert sum(r["ok"] for r in results) >= 8, op
        assert sum(not r["ok"] for r in results) >= 5, op
    assert all(r["content"].count("BEGIN:VEVENT") >= 2 for r in (a["result"] for a in by_op["ics"]) if r["ok"])
