"""The spelling check's wheel under Pyodide 314, on the site's trimmed standard library (issue 15).

Node.js loads the built site's runtime as the worker does (the trimmed standard library, the
engine's wheel), then the spelling check's wheel named by the same lock file, hands its module
to the engine (rebond.spelling.attach) and checks French and English texts: the modules the
library needs beyond the engine's travel in its wheel (src/rebond_site/spelling_wheel.py), so this fails
if one is missing. The answers must be CPython's.
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import spellchecker

from rebond import spelling
from rebond.api import handle

RUNNER = r"""
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [core, folder, requests] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(core + "pyodide.mjs").href);
const lock = JSON.parse(readFileSync(folder + "pyodide-lock.json", "utf8"));
const py = await loadPyodide({ indexURL: core, lockFileContents: lock, packageBaseUrl: folder, fullStdLib: false,
                               stdLibURL: folder + "python_stdlib_min.zip", stdout: () => {}, stderr: () => {} });
for (const name of ["rebond", "pyspellchecker"]) {
  const wheel = readFileSync(folder + lock.packages[name].file_name);
  py.unpackArchive(new Uint8Array(wheel.buffer, wheel.byteOffset, wheel.byteLength), "wheel");
}
py.pyimport("rebond.spelling").attach(py.pyimport("spellchecker"));
py.globals.set("requests_json", readFileSync(requests, "utf8"));
process.stdout.write(py.runPython(`
import json
from rebond.api import handle
json.dumps([handle(r) for r in json.loads(requests_json)])
`) + "\n");
"""

TEXTS = [("fr", "Merci pour lentretien, jai été très décue du recrutemant. Cordialement, Zoé Wójcik"),
         ("en", "Thank you, I was dissapointed but I recieve it well: the colour of the programme, Dr Zbigniew.")]


@pytest.fixture
def attached():
    spelling.attach(spellchecker)
    yield
    spelling.attach(None)


def test_the_spelling_wheel_runs_on_the_trimmed_standard_library(site_dir, tmp_path, attached):
    node = shutil.which("node")
    assert node, "Node.js is needed to run Pyodide"
    (lock,) = (site_dir / "assets" / "pyodide").glob("*/pyodide-lock.json")
    folder = lock.parent
    assert "pyspellchecker" in json.loads(lock.read_text(encoding="utf-8"))["packages"]
    core = next(p.parent for p in sorted(folder.parent.rglob("pyodide.mjs")))
    requests = [json.dumps({"op": "spell", "args": {"text": text, "lang": lang, "names": ["Zoé Wójcik"]}})
                for lang, text in TEXTS]
    (tmp_path / "requests.json").write_text(json.dumps(requests), encoding="utf-8")
    (tmp_path / "run.mjs").write_text(RUNNER, encoding="utf-8")
    proc = subprocess.run([node, str(tmp_path / "run.mjs"), f"{core}/", f"{folder}/", str(tmp_path / "requests.json")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    answers = json.loads(proc.stdout)
    assert answers == [handle(r) for r in requests]
    found = [[f["excerpt"] for f in json.loads(a)["result"]["findings"]] for a in answers]
    assert "recrutemant" in found[0]
    assert "dissapointed" in found[1]
    assert "colour" not in found[1]
