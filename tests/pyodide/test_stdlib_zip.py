"""The trimmed standard library (src/rebond_site/stdlib_zip.py) is enough for the engine under Pyodide.

Pyodide 314 on Node.js loads the site's own runtime files, lock file and wheel exactly as the
browser worker does, once with Pyodide's full ``python_stdlib.zip`` and once with the trimmed
zip as ``stdLibURL``; both must answer the engine's whole corpus like CPython does. The trimmed
zip's files lose their comments and docstrings: Pyodide's own Python checks that each still
parses to the same code, line for line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from rebond.api import handle
from rebond_site import bytecode, python_source, stdlib_zip

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "cases" / "corpus.json"
sys.path.insert(0, str(ROOT / "tests" / "cases"))

import make_corpus  # noqa: E402

# Loads Pyodide like engine/worker.js (lock data inline, the wheel unpacked), answers the corpus,
# provokes one Python error, and prints the answers with the standard-library files that were
# imported (those read from the zip, source or bytecode).
RUNNER = r"""
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [core, runtime, stdlib, corpus] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(core + "pyodide.mjs").href);
const lock = JSON.parse(readFileSync(runtime + "pyodide-lock.json", "utf8"));
const config = { indexURL: core, lockFileContents: lock, packageBaseUrl: runtime,
                 fullStdLib: false, stdout: () => {}, stderr: () => {} };
if (stdlib !== "-") config.stdLibURL = stdlib;
const py = await loadPyodide(config);
// As the worker does: the wheel named by the lock file, unpacked into site-packages.
const wheel = readFileSync(runtime + lock.packages.rebond.file_name);
py.unpackArchive(new Uint8Array(wheel.buffer, wheel.byteOffset, wheel.byteLength), "wheel");
py.globals.set("corpus_json", readFileSync(corpus, "utf8"));
let pyError = "";
try { py.runPython("raise ValueError('provoked')"); } catch (error) { pyError = String(error.message).slice(-200); }
const out = py.runPython(`
import json, sys
from rebond.api import handle
answers = [handle(r) for r in json.loads(corpus_json)]
json.dumps({"python": sys.version.split()[0], "answers": answers,
            "files": sorted({f.split(".zip/", 1)[1] for m in list(sys.modules.values())
                             if ".zip/" in (f := getattr(m, "__file__", None) or "")
                             and getattr(getattr(m, "__spec__", None), "origin", None) != "frozen"})})
`);
process.stdout.write(JSON.stringify({ ...JSON.parse(out), pyError }) + "\n");
"""


@pytest.fixture(scope="module")
def runtime(tmp_path_factory, site_dir) -> dict[str, Path]:
    """The built site's runtime folders, the trimmed zip and a runner script."""
    locks = sorted((site_dir / "assets" / "pyodide").glob("*/pyodide-lock.json"))
    assert len(locks) == 1, "the site has no Pyodide runtime, or more than one engine build"
    folder = locks[0].parent  # the build's folder: lock file, wheel, trimmed standard library
    # The core runtime sits in a folder named after its version (e.g. 314.0.7/), as the worker loads it.
    core = next(p.parent for p in sorted(folder.parent.rglob("pyodide.mjs")))
    tmp = tmp_path_factory.mktemp("stdlib")
    script = tmp / "run.mjs"
    script.write_text(RUNNER, encoding="utf-8")
    return {"core": core, "folder": folder, "zip": folder / "python_stdlib_min.zip", "script": script}


def _run(runtime: dict[str, Path], stdlib: str, corpus: Path = CORPUS) -> dict:
    node = shutil.which("node")
    assert node, "Node.js is needed to run Pyodide"
    proc = subprocess.run([node, str(runtime["script"]), str(runtime["core"]) + "/", str(runtime["folder"]) + "/",
                           stdlib, str(corpus)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def full(runtime) -> dict:
    # The site no longer ships Pyodide's full zip: take it from the npm package.
    return _run(runtime, str(stdlib_zip.FULL_ZIP))


@pytest.fixture(scope="module")
def trimmed(runtime) -> dict:
    return _run(runtime, str(runtime["zip"]))


def test_the_site_ships_a_stored_zip_much_smaller_than_pyodides(runtime) -> None:
    with zipfile.ZipFile(runtime["zip"]) as small, zipfile.ZipFile(stdlib_zip.FULL_ZIP) as big:
        assert {i.compress_type for i in small.infolist()} == {zipfile.ZIP_STORED}
        assert small.testzip() is None
        assert len(small.namelist()) < len(big.namelist()) / 3
        assert sum(i.file_size for i in small.infolist()) < sum(i.file_size for i in big.infolist()) / 2
        assert {n.removesuffix("c") for n in small.namelist()} <= set(big.namelist())
        # The sources kept lose comments and docstrings: smaller by more than a tenth.
        sources = [n for n in small.namelist() if n.endswith(".py")]
        assert sum(small.getinfo(n).file_size for n in sources) < sum(big.getinfo(n).file_size for n in sources) * 0.9


def test_costly_modules_ship_as_bytecode_and_frozen_ones_not_at_all(runtime) -> None:
    with zipfile.ZipFile(runtime["zip"]) as small:
        names = small.namelist()
    compiled = [n for n in names if n.endswith(".pyc")]
    sources = [n for n in names if n.endswith(".py")]
    # The modules costliest to compile for their bytes are bytecode (29 within the 420 kB allowance).
    assert len(compiled) >= 25
    # Only the modules chosen to stay as source are source, and never both forms of one module.
    assert {stdlib_zip.module_name(n) for n in sources} <= stdlib_zip.SOURCE_KEPT
    assert not {n + "c" for n in sources} & set(compiled)
    # Built into the interpreter, so never read from the zip (rebond_site/bytecode.py tells which).
    for frozen in ("os.py", "site.py", "codecs.py", "importlib/_bootstrap.py", "zipimport.py"):
        assert frozen not in names
        assert frozen + "c" not in names
    # The engine's own imports and Pyodide's start are there, each in its chosen form.
    for needed in ("urllib/parse.py", "json/__init__.py", "_pyodide/_base.py", "asyncio/base_events.py", "typing.py"):
        kept = stdlib_zip.module_name(needed) in stdlib_zip.SOURCE_KEPT
        assert (needed if kept else needed + "c") in names


# Under Pyodide's Python (3.14, whose syntax the build's Python may not know): every source the
# build trimmed is the same code as Pyodide's, docstrings aside, each statement on its own line;
# every bytecode file is the very code of its trimmed source, one line per code object.
SAME_CODE = r"""
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [core, runtime, small, big, trimmed] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(core + "pyodide.mjs").href);
const py = await loadPyodide({ indexURL: core, lockFileURL: runtime + "pyodide-lock.json", stdLibURL: big,
                               stdout: () => {}, stderr: () => {} });
for (const [name, path] of [["small", small], ["big", big], ["trimmed", trimmed]]) {
  const bytes = readFileSync(path);
  py.FS.writeFile(`/tmp/${name}.zip`, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
process.stdout.write(py.runPython(`
import ast, importlib.util, json, marshal, types, zipfile
FIELDS = ("co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_exceptiontable", "co_flags",
          "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_firstlineno", "co_name",
          "co_qualname")
def same_code(a, b):
    # Everything but the file name and the line table, nested code objects included.
    if any(getattr(a, f) != getattr(b, f) for f in FIELDS) or len(a.co_consts) != len(b.co_consts):
        return False
    for x, y in zip(a.co_consts, b.co_consts):
        if isinstance(x, types.CodeType) and isinstance(y, types.CodeType):
            if not same_code(x, y):
                return False
        elif type(x) is not type(y) or x != y:
            return False
    return True
def one_line_each(code):
    # The flat line table: every instruction on the code object's first line, none without one.
    lines = list(code.co_lines())
    covered = sum(end - start for start, end, _ in lines) == len(code.co_code)
    return covered and all(line == code.co_firstlineno for _, _, line in lines) and all(
        one_line_each(c) for c in code.co_consts if isinstance(c, types.CodeType))
def shape(source):
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(body, list) and body and isinstance(body[0], ast.Expr)
                and isinstance(getattr(body[0].value, "value", None), str)):
            body[0].value.value = ""  # a docstring: its text may differ, not its place
    lines = sorted({(n.lineno, type(n).__name__) for n in ast.walk(tree) if isinstance(n, ast.stmt)})
    return ast.dump(tree), lines
small, big, trimmed = (zipfile.ZipFile(f"/tmp/{n}.zip") for n in ("small", "big", "trimmed"))
sources = [n for n in trimmed.namelist() if n.endswith(".py")]
differ = [n for n in sources if shape(trimmed.read(n)) != shape(big.read(n))]
shipped = [n for n in small.namelist() if n.endswith(".py")]
differ += [n for n in shipped if small.read(n) != trimmed.read(n)]
compiled = [n for n in small.namelist() if n.endswith(".pyc")]
for n in compiled:
    data = small.read(n)
    code = marshal.loads(data[16:])
    reference = compile(trimmed.read(n[:-1]), n[:-1], "exec", dont_inherit=True)
    if data[:4] != importlib.util.MAGIC_NUMBER or not same_code(code, reference) or not one_line_each(code):
        differ.append(n)
json.dumps({"checked": len(sources), "shipped": len(shipped), "compiled": len(compiled), "differ": differ})
`) + "\n");
"""


def test_every_trimmed_file_is_the_same_code(runtime, tmp_path) -> None:
    script = tmp_path / "same.mjs"
    script.write_text(SAME_CODE, encoding="utf-8")
    # The trimmed sources, as the build makes them before compiling the costliest ones.
    trimmed = tmp_path / "trimmed.zip"
    with zipfile.ZipFile(trimmed, "w") as out:
        for entry, data in stdlib_zip.stripped_sources(stdlib_zip.wanted_modules()).items():
            out.writestr(entry, data)
    node = shutil.which("node")
    assert node, "Node.js runs the pinned Pyodide here"
    proc = subprocess.run([node, str(script), str(runtime["core"]) + "/", str(runtime["folder"]) + "/",
                           str(runtime["zip"]), str(stdlib_zip.FULL_ZIP), str(trimmed)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["checked"] > 100
    assert result["shipped"] > 30
    assert result["compiled"] >= 25
    assert result["differ"] == []


def test_comments_go_but_strings_and_encoding_lines_stay() -> None:
    source = b'# -*- coding: utf-8 -*-\n"""Doc."""\nx = "#not a comment"  # a comment\n\f\n    # alone\ny = 2\n'
    stripped = python_source.strip_comments(source)
    assert stripped.startswith(b"# -*- coding: utf-8 -*-\n")
    assert b"#not a comment" in stripped
    assert b"a comment\n" not in stripped
    assert b"alone" not in stripped
    assert stripped.count(b"\n") == source.count(b"\n")


def test_docstrings_are_emptied_on_the_same_lines() -> None:
    source = (b'"""Module\ndoc."""\nclass A:\n    \'\'\'One.\'\'\'; x = 1\n    def f(self):\n'
              b'        """Two\n\n        lines."""\n        return """not a docstring"""\n')
    emptied = python_source.empty_docstrings(source)
    assert emptied.count(b"\n") == source.count(b"\n")
    assert b"Module" not in emptied
    assert b"One." not in emptied
    assert b"lines." not in emptied
    assert b'"""not a docstring"""' in emptied
    assert b"x = 1" in emptied
    namespace: dict = {}
    exec(compile(emptied, "t", "exec"), namespace)
    assert namespace["A"].x == 1
    assert namespace["A"]().f() == "not a docstring"
    assert namespace["A"].f.__code__.co_firstlineno == 5


def test_the_zip_is_reproducible(runtime, tmp_path) -> None:
    again = stdlib_zip.write_zip(tmp_path / "again.zip")
    assert again.read_bytes() == runtime["zip"].read_bytes()


def test_entries_include_parent_packages() -> None:
    available = {"a/__init__.py", "a/b/__init__.py", "a/b/c.py", "d.py", "e.py"}
    assert stdlib_zip.entries_for({"a.b.c", "d", "builtins"}, available) == ["a/__init__.py", "a/b/__init__.py",
                                                                             "a/b/c.py", "d.py"]


def test_the_corpus_gives_the_same_answers_with_the_trimmed_zip(full, trimmed) -> None:
    requests = json.loads(CORPUS.read_text(encoding="utf-8"))
    cpython = [make_corpus.comparable(handle(r)) for r in requests]  # a calendar file's DTSTAMP set aside
    assert trimmed["python"].startswith("3.14")
    assert ([make_corpus.comparable(a) for a in trimmed["answers"]]
            == [make_corpus.comparable(a) for a in full["answers"]] == cpython)
    # Python errors still reach JavaScript with their message (traceback needs its modules).
    assert "ValueError: provoked" in trimmed["pyError"]
    assert "ValueError: provoked" in full["pyError"]


def test_every_module_pyodide_reads_is_in_the_trimmed_zip(full, runtime) -> None:
    # With the full zip, list what Pyodide and the engine really import: all of it must be kept.
    with zipfile.ZipFile(runtime["zip"]) as small:
        kept = {n.removesuffix("c") for n in small.namelist()}
    assert len(full["files"]) > 50
    # (Modules imported only under `except ImportError` are left out on purpose: LEFT_OUT.)
    missing = sorted(f for f in set(full["files"]) - kept if stdlib_zip.module_name(f) not in stdlib_zip.LEFT_OUT)
    assert {stdlib_zip.module_name(f) for f in full["files"]} & stdlib_zip.LEFT_OUT, "LEFT_OUT no longer imported?"
    assert not missing, f"add to src/rebond_site/stdlib_zip.py PYODIDE_NEEDS: {missing}"


# rebond_site/bytecode.py runs under Pyodide at build time; its line-table rewrite is plain Python 3.11+
# and is checked here under the test's own Python too.


def _sample():
    def outer(x):
        total = 0
        for i in range(x):
            total += i
        if total > 5:
            raise ValueError(f"too big: {total}")
        return lambda: total

    return outer


def test_a_flat_line_table_keeps_the_code_working_on_its_first_line() -> None:
    code = _sample().__code__
    flat = bytecode.flatten(code)
    assert flat.co_code == code.co_code
    assert flat.co_linetable != code.co_linetable
    lines = {line for _, _, line in flat.co_lines()}
    assert lines == {flat.co_firstlineno}
    assert sum(end - start for start, end, _ in flat.co_lines()) == len(flat.co_code)
    # Much shorter than the full table, and the nested lambda is flattened too.
    assert len(flat.co_linetable) < len(code.co_linetable)
    inner = next(c for c in flat.co_consts if hasattr(c, "co_code"))
    assert {line for _, _, line in inner.co_lines()} == {inner.co_firstlineno}
    # The same function, run from the rewritten code: same results; errors point at its def.
    fn = type(_sample())(flat, {"range": range, "ValueError": ValueError})
    assert fn(3)() == 3
    with pytest.raises(ValueError, match="too big: 45") as raised:
        fn(10)
    frame = raised.tb.tb_next
    assert frame is not None
    assert frame.tb_lineno == code.co_firstlineno


def test_pyc_bytes_carry_the_interpreters_magic_and_load_back() -> None:
    import importlib.util
    import marshal

    data = bytecode.pyc(b"x = 1\ndef f():\n    return x + 1\n", "m.py")
    assert data[:4] == importlib.util.MAGIC_NUMBER
    assert data[4:16] == bytes(12)
    namespace: dict = {}
    exec(marshal.loads(data[16:]), namespace)
    assert namespace["f"]() == 2


# Every op given the characters the engine's cleaning step removes (rebond.clean), lone
# surrogates included: the step must need nothing that the trimmed zip leaves out (the UTF-16
# codec once did).
_HIDDEN = ["\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u202e", "\u2066", "\u200b", "\ufeff", "\U000e0041",
           "\ud83d", "\udc00", "\ud83d\ude00", "👩\u200d💻"]


def test_the_cleaning_step_runs_on_the_trimmed_zip(runtime, tmp_path) -> None:
    requests = []
    for bad in _HIDDEN:
        text = f"Merci{bad} pour l'entretien.{bad} Cdt"
        requests += [json.dumps({"op": op, "args": args}) for op, args in [
            ("compose", {"kind": "thanks", "lang": "fr", "company": f"Ac{bad}me", "position": f"Dév{bad}"}),
            ("review", {"text": text, "lang": "fr"}), ("fix", {"text": text, "lang": "fr"}),
            ("mailto", {"to": "", "subject": f"S{bad}", "body": text}),
            ("eml", {"subject": f"S{bad}", "body": text, "date": "2026-03-02T10:00:00+01:00"}),
            ("plan", {"refusal_date": "2026-01-12", "today": "2026-02-01", "company": f"Ac{bad}me"}),
        ]]
    corpus = tmp_path / "hidden.json"
    corpus.write_text(json.dumps(requests), encoding="utf-8")
    answers = _run(runtime, str(runtime["zip"]), corpus)["answers"]
    expected = [handle(r) for r in requests]
    assert answers == expected
    assert all(json.loads(a)["ok"] for a in answers), [a for a in answers if not json.loads(a)["ok"]][:3]
