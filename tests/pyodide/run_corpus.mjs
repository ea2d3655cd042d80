// Run the engine's corpus under real Pyodide (node_modules/pyodide, no network) and print the
// answers of rebond.api.handle as one JSON array on stdout.
//
// usage: node tests/pyodide/run_corpus.mjs [path/to/rebond-*.whl]
// Without a wheel, the engine's source files (src/rebond) are copied into Pyodide's file system.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const engineDir = "/engine";

function* pythonFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "__pycache__") yield* pythonFiles(path);
    } else if (name.endsWith(".py")) {
      yield path;
    }
  }
}

const pyodide = await loadPyodide({ stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
pyodide.FS.mkdirTree(engineDir);
const wheel = process.argv[2];
if (wheel) {
  // A Node Buffer is not a typed array Pyodide accepts: hand it a plain ArrayBuffer copy.
  const bytes = readFileSync(wheel);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  pyodide.unpackArchive(buffer, "wheel", { extractDir: engineDir });
} else {
  const src = join(root, "src");
  for (const file of pythonFiles(join(src, "rebond"))) {
    const target = join(engineDir, relative(src, file));
    pyodide.FS.mkdirTree(dirname(target));
    pyodide.FS.writeFile(target, readFileSync(file, "utf8"));
  }
}
pyodide.globals.set("corpus_json", readFileSync(join(root, "tests", "cases", "corpus.json"), "utf8"));
let out;
try {
  out = pyodide.runPython(`
import json, sys
sys.path.insert(0, "${engineDir}")
from rebond.api import handle
json.dumps({"python": sys.version.split()[0], "answers": [handle(r) for r in json.loads(corpus_json)]})
`);
} catch (error) {
  // Pyodide errors can carry the whole minified runtime: print only the message.
  process.stderr.write(String(error.message ?? error).slice(0, 4000) + "\n");
  process.exit(1);
}
process.stdout.write(out + "\n");
