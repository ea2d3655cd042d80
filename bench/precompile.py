"""`python -m bench.precompile [--zip-kb N]`: which standard-library modules to ship as source.

Bytecode spares Python the compilation of a module at start but weighs more than its source
once brotli-compressed. This measures, under the pinned Pyodide (Node.js), each module's
compilation time and the bytes its bytecode adds, ranks the modules by time saved per byte
added, and finds the longest prefix of that ranking whose zip, compressed, stays within
``--zip-kb``. It prints the modules left as source: paste them into src/rebond_site/stdlib_zip.py's
``SOURCE_KEPT``. (The zip's allowance is what the 3.6 MB budget of the generator's download
leaves once the runtime, the engine and the page are counted: see bench/results/latest.md.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from rebond_site import stdlib_zip

from . import sizes


def brotli(data: dict[str, bytes]) -> dict[str, int]:
    """Brotli size of each named blob (through bench/sizes.py)."""
    with tempfile.TemporaryDirectory(prefix="rebond-precompile-") as tmp:
        files = {}
        for i, (name, blob) in enumerate(data.items()):
            files[name] = Path(tmp) / f"{i}.bin"
            files[name].write_bytes(blob)
        measured = sizes.brotli_sizes(list(files.values()))
    return {name: measured[path] for name, path in files.items()}


def ranking(sources: dict[str, bytes], compiled: dict) -> list[dict]:
    """Compiled modules, best first: compilation ms saved per brotli byte added."""
    blobs = {}
    for entry in compiled["pyc"]:
        blobs["src:" + entry] = sources[entry]
        blobs["pyc:" + entry] = compiled["pyc"][entry]
    size = brotli(blobs)
    rows = []
    for entry in compiled["pyc"]:
        added = max(1, size["pyc:" + entry] - size["src:" + entry])
        rows.append({"module": stdlib_zip.module_name(entry), "ms": compiled["ms"][entry], "added": added})
    return sorted(rows, key=lambda r: r["ms"] / r["added"], reverse=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.precompile", description=__doc__.split("\n\n")[1])
    parser.add_argument("--zip-kb", type=float, default=420, help="the zip's allowance, brotli, in kB (1000 bytes)")
    args = parser.parse_args(argv)

    sources = stdlib_zip.stripped_sources(stdlib_zip.wanted_modules())
    python = {e: d for e, d in sources.items() if e.endswith(".py")}
    print(f"compiling {len(python)} modules under Pyodide...", flush=True)
    compiled = stdlib_zip.compile_in_pyodide(python, [stdlib_zip.module_name(e) for e in sources], timed=True)
    compiled["pyc"] = {e: b for e, b in compiled["pyc"].items() if stdlib_zip.module_name(e) not in compiled["frozen"]}
    ranked = ranking(sources, compiled)
    total_ms = sum(r["ms"] for r in ranked)

    def zip_kb(prefix: int) -> float:
        chosen = {r["module"] for r in ranked[:prefix]}
        kept = frozenset(r["module"] for r in ranked if r["module"] not in chosen)
        return brotli({"zip": stdlib_zip.assemble(sources, compiled, kept)})["zip"] / 1000

    low, high = 0, len(ranked)  # the longest prefix within the allowance, by bisection
    if zip_kb(high) <= args.zip_kb:
        low = high
    while low < high - 1:
        middle = (low + high) // 2
        if zip_kb(middle) <= args.zip_kb:
            low = middle
        else:
            high = middle
    saved = sum(r["ms"] for r in ranked[:low])
    kept = sorted(r["module"] for r in ranked[low:])
    print(f"\nsource only: {zip_kb(0):.1f} kB; all bytecode: {zip_kb(len(ranked)):.1f} kB; "
          f"allowance {args.zip_kb:.1f} kB")
    print(f"{low} of {len(ranked)} modules as bytecode: {zip_kb(low):.1f} kB, "
          f"{saved:.0f} of {total_ms:.0f} ms of compilation spared ({saved / total_ms:.0%}, Pyodide on Node.js)")
    print("\nSOURCE_KEPT = frozenset((")
    line = "   "
    for name in kept:
        item = f' "{name}",'
        if len(line) + len(item) > 100:
            print(line)
            line = "   "
        line += item
    print(line + "\n))")
    return 0


if __name__ == "__main__":
    sys.exit(main())
