// Runs a Python file's `answer(request)` under the pinned Pyodide (node_modules/pyodide), for
// build steps that need the runtime's own Python (bytecode.py, beside this file).
//   node src/rebond_site/run_in_pyodide.mjs FILE.py REQUEST.json > answer.json
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const core = join(root, "node_modules", "pyodide") + "/";
const { loadPyodide } = await import(pathToFileURL(core + "pyodide.mjs").href);
const pyodide = await loadPyodide({ indexURL: core, stdout: () => {}, stderr: (line) => process.stderr.write(line + "\n") });
pyodide.globals.set("request_json", readFileSync(process.argv[3], "utf8"));
pyodide.runPython(readFileSync(process.argv[2], "utf8"));
process.stdout.write(pyodide.runPython("import json; json.dumps(answer(json.loads(request_json)))"));
