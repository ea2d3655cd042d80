"""The trimmed standard library (hooks/stdlib_zip.py) is enough for the engine under Pyodide.

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

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "cases" / "corpus.json"
sys.path.insert(0, str(ROOT / "hooks"))

import stdlib_zip  # noqa: E402

# Loads Pyodide like engine/worker.js, answers the corpus, provokes one Python error, and prints
# the answers with the standard-library files that were imported (those read from the zip).
RUNNER = r"""
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [core, runtime, stdlib, corpus] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(core + "pyodide.mjs").href);
const config = { indexURL: core, lockFileURL: runtime + "pyodide-lock.json", packageBaseUrl: runtime,
                 fullStdLib: false, stdout: () => {}, stderr: () => {} };
if (stdlib !== "-") config.stdLibURL = stdlib;
const py = await loadPyodide(config);
const errors = [];
await py.loadPackage("rebond", { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
if (!py.loadedPackages.rebond) { console.error("rebond not loaded", errors); process.exit(2); }
py.globals.set("corpus_json", readFileSync(corpus, "utf8"));
let pyError = "";
try { py.runPython("raise ValueError('provoked')"); } catch (error) { pyError = String(error.message).slice(-200); }
const out = py.runPython(`
import json, sys
from rebond.api import handle
answers = [handle(r) for r in json.loads(corpus_json)]
json.dumps({"python": sys.version.split()[0], "answers": answers,
            "files": sorted({f.split(".zip/", 1)[1] for m in list(sys.modules.values())
                             if ".zip/" in (f := getattr(m, "__file__", None) or "")})})
`);
process.stdout.write(JSON.stringify({ ...JSON.parse(out), pyError }) + "\n");
"""


@pytest.fixture(scope="module")
def runtime(tmp_path_factory, site_dir) -> dict[str, Path]:
    """The built site's runtime folders, the trimmed zip and a runner script."""
    folder = site_dir / "assets" / "pyodide"
    assert (folder / "pyodide-lock.json").is_file(), "the site has no Pyodide runtime"
    # The core runtime may sit in a versioned sub-folder (e.g. 314.0.7/), as the worker loads it.
    core = next(p.parent for p in sorted(folder.rglob("pyodide.mjs")))
    tmp = tmp_path_factory.mktemp("stdlib")
    script = tmp / "run.mjs"
    script.write_text(RUNNER, encoding="utf-8")
    return {"core": core, "folder": folder, "zip": folder / "python_stdlib_min.zip", "script": script}


def _run(runtime: dict[str, Path], stdlib: str) -> dict:
    node = shutil.which("node")
    assert node, "Node.js is needed to run Pyodide"
    proc = subprocess.run([node, str(runtime["script"]), str(runtime["core"]) + "/", str(runtime["folder"]) + "/",
                           stdlib, str(CORPUS)],
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
        uncompressed = sum(i.file_size for i in small.infolist())
        assert uncompressed < sum(i.file_size for i in big.infolist()) / 2
        assert set(small.namelist()) <= set(big.namelist())
        # Comments and docstrings gone: smaller by more than a tenth (brotli gains more).
        assert uncompressed < sum(big.getinfo(n).file_size for n in small.namelist()) * 0.9


# Under Pyodide's Python (3.14, whose syntax the build's Python may not know): every file of the
# trimmed zip is the same code as Pyodide's, docstrings aside, each statement on its own line.
SAME_CODE = r"""
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [core, runtime, small, big] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(core + "pyodide.mjs").href);
const py = await loadPyodide({ indexURL: core, lockFileURL: runtime + "pyodide-lock.json", stdLibURL: big,
                               stdout: () => {}, stderr: () => {} });
for (const [name, path] of [["small", small], ["big", big]]) {
  const bytes = readFileSync(path);
  py.FS.writeFile(`/tmp/${name}.zip`, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
process.stdout.write(py.runPython(`
import ast, json, zipfile
def shape(source):
    tree = ast.parse(source)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0].value, "value", None), str):
            body[0].value.value = ""  # a docstring: its text may differ, not its place
    lines = sorted({(n.lineno, type(n).__name__) for n in ast.walk(tree) if isinstance(n, ast.stmt)})
    return ast.dump(tree), lines
small, big = zipfile.ZipFile("/tmp/small.zip"), zipfile.ZipFile("/tmp/big.zip")
names = [n for n in small.namelist() if n.endswith(".py")]
differ = [n for n in names if shape(small.read(n)) != shape(big.read(n))]
json.dumps({"checked": len(names), "differ": differ})
`) + "\n");
"""


def test_every_trimmed_file_is_the_same_code_on_the_same_lines(runtime, tmp_path) -> None:
    script = tmp_path / "same.mjs"
    script.write_text(SAME_CODE, encoding="utf-8")
    proc = subprocess.run([shutil.which("node"), str(script), str(runtime["core"]) + "/", str(runtime["folder"]) + "/",
                           str(runtime["zip"]), str(stdlib_zip.FULL_ZIP)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["checked"] > 100
    assert result["differ"] == []


def test_comments_go_but_strings_and_encoding_lines_stay() -> None:
    source = '# -*- coding: utf-8 -*-\n"""Doc."""\nx = "#not a comment"  # a comment\n\f\n    # alone\ny = 2\n'.encode()
    stripped = stdlib_zip.strip_comments(source)
    assert stripped.startswith(b"# -*- coding: utf-8 -*-\n")
    assert b"#not a comment" in stripped and b"a comment\n" not in stripped and b"alone" not in stripped
    assert stripped.count(b"\n") == source.count(b"\n")


def test_docstrings_are_emptied_on_the_same_lines() -> None:
    source = b'"""Module\ndoc."""\nclass A:\n    \'\'\'One.\'\'\'; x = 1\n    def f(self):\n        """Two\n\n        lines."""\n        return """not a docstring"""\n'
    emptied = stdlib_zip.empty_docstrings(source)
    assert emptied.count(b"\n") == source.count(b"\n")
    assert b"Module" not in emptied and b"One." not in emptied and b"lines." not in emptied
    assert b'"""not a docstring"""' in emptied and b"x = 1" in emptied
    namespace: dict = {}
    exec(compile(emptied, "t", "exec"), namespace)
    assert namespace["A"].x == 1 and namespace["A"]().f() == "not a docstring"
    assert namespace["A"].f.__code__.co_firstlineno == 5


def test_the_zip_is_reproducible(runtime, tmp_path) -> None:
    again = stdlib_zip.write_zip(tmp_path / "again.zip")
    assert again.read_bytes() == runtime["zip"].read_bytes()


def test_entries_include_parent_packages() -> None:
    available = {"a/__init__.py", "a/b/__init__.py", "a/b/c.py", "d.py", "e.py"}
    assert stdlib_zip.entries_for({"a.b.c", "d", "builtins"}, available) == ["a/__init__.py", "a/b/__init__.py", "a/b/c.py", "d.py"]


def test_the_corpus_gives_the_same_answers_with_the_trimmed_zip(full, trimmed) -> None:
    requests = json.loads(CORPUS.read_text(encoding="utf-8"))
    cpython = [handle(r) for r in requests]
    assert trimmed["python"].startswith("3.14")
    assert trimmed["answers"] == full["answers"] == cpython
    # Python errors still reach JavaScript with their message (traceback needs its modules).
    assert "ValueError: provoked" in trimmed["pyError"]
    assert "ValueError: provoked" in full["pyError"]


def test_every_module_pyodide_reads_is_in_the_trimmed_zip(full, runtime) -> None:
    # With the full zip, list what Pyodide and the engine really import: all of it must be kept.
    with zipfile.ZipFile(runtime["zip"]) as small:
        kept = set(small.namelist())
    assert len(full["files"]) > 50
    missing = sorted(set(full["files"]) - kept)
    assert not missing, f"add to hooks/stdlib_zip.py PYODIDE_NEEDS: {missing}"
