"""`python -m bench [--strict] [--runs N] [--lighthouse-runs N] [--no-lighthouse] [--site DIR]`

Builds the site (timed), copies it beside a stock-runtime baseline page, serves the copy on
loopback with the production headers, measures, prints a Markdown report (also written to
bench/results/latest.md) and checks the budgets: PASS/FAIL each; with --strict a failed budget
makes the exit status non-zero.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from . import baseline, budgets, lighthouse, report, review, sizes
from .browser import Browser
from .server import BenchServer

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = "outils/ecrire-mon-message/"
LIGHTHOUSE_PAGES = ["", "guide/remercier/", GENERATOR, "outils/listes/avant-d-envoyer/"]
# Pages that must never download the runtime on a plain visit (the planner only on use).
OTHER_PAGES = ["", "guide/remercier/", "outils/listes/avant-d-envoyer/", "outils/planificateur/", "faq/"]


def build(target: Path) -> float:
    """`mkdocs build --strict --clean` into `target`; its wall time in seconds."""
    start = time.perf_counter()
    result = subprocess.run([str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--clean", "-d",
                             str(target)],
                            # Built for a declared dedicated origin, so that both choices are measured:
                            # "warm" with the memory snapshot, "warm without the memory snapshot" as
                            # a default build (a shared origin) starts every visit.
                            cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "REBOND_DEDICATED_ORIGIN": "true"},
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{(result.stdout + result.stderr)[-4000:]}")
    return time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def measure_generator(b: Browser, site: Path, origin: str, url: str, base: str, runs: int) -> dict:
    """Cold and warm, generator and stock baseline, interleaved so both see the same machine."""
    marker = "Zorglub Industries"
    data: dict[str, list] = {k: [] for k in ("cold", "warm", "warm_nosw", "warm_nosnap", "base_cold", "base_warm")}
    for i in range(runs):
        data["base_cold"].append(b.cold(f"{base}?company={marker}%20{i}", f"{marker} {i}", fill=False))
        data["cold"].append(b.cold(url, f"{marker} {i}", fill=True))
        data["base_warm"].append(b.warm(f"{base}?company={marker}%20w{i}", f"{marker} w{i}", fill=False,
                                        service_workers="block"))
        data["warm"].append(b.warm(url, f"{marker} w{i}", fill=True))
        data["warm_nosw"].append(b.warm(url, f"{marker} n{i}", fill=True, service_workers="block"))
        data["warm_nosnap"].append(b.warm(url, f"{marker} s{i}", fill=True, snapshot=False))
    # One first visit on a slow phone (issue 23): it must personalise, however long it takes.
    slow = b.cold(url, f"{marker} slow", fill=True, slow=True)
    med = lambda key, attr: statistics.median(getattr(v, attr) for v in data[key])  # noqa: E731
    cold_urls = data["cold"][0].urls
    base_urls = data["base_cold"][0].urls
    return {
        "runs": runs,
        "cold_ms": med("cold", "ms"), "warm_ms": med("warm", "ms"), "warm_nosw_ms": med("warm_nosw", "ms"),
        "warm_nosnap_ms": med("warm_nosnap", "ms"), "slow_cold_ms": slow.ms,
        "baseline_cold_ms": med("base_cold", "ms"), "baseline_warm_ms": med("base_warm", "ms"),
        "cold_wire": med("cold", "wire_bytes"), "warm_wire": med("warm", "wire_bytes"),
        "warm_nosw_wire": med("warm_nosw", "wire_bytes"), "warm_nosnap_wire": med("warm_nosnap", "wire_bytes"),
        "cold_sw_wire": med("cold", "sw_bytes"),
        "baseline_cold_wire": med("base_cold", "wire_bytes"), "baseline_warm_wire": med("base_warm", "wire_bytes"),
        "cold_brotli": sizes.download_size(site, origin, cold_urls)["brotli"],
        "baseline_cold_brotli": sizes.download_size(site, origin, base_urls)["brotli"],
        "cold_urls": cold_urls,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--strict", action="store_true", help="exit non-zero when a budget fails")
    parser.add_argument("--runs", type=int, default=5, help="runs per generator measure (median; default 5)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (median; default 3)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse")
    parser.add_argument("--samples", type=int, default=100,
                        help="field changes timed (default 100: with 40, the 95th percentile was the second-worst)")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "latest.md")
    args = parser.parse_args(argv)

    print("reviewer under CPython, 20,000 characters...", flush=True)
    reviewer = review.measure()
    results: dict = {"when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "review_ms": reviewer,
                     "machine": f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}, loopback",
                     "notes": []}
    work = Path(tempfile.mkdtemp(prefix="rebond-bench-"))
    try:
        if args.site:
            built = args.site
        else:
            built = work / "built"
            print("building the site...", flush=True)
            results["build_s"] = build(built)
        site = work / "served"
        shutil.copytree(built, site)
        base_path = baseline.add_baseline(site)
        if not args.no_lighthouse:
            lighthouse.ensure_installed()
        with BenchServer(site) as server:
            b = Browser()
            try:
                print("runtime requests on other pages...", flush=True)
                results["runtime_requests"] = {
                    f"{lang}{p}": b.runtime_requests(server.url + lang + p)
                    for lang in ("", "en/") for p in OTHER_PAGES}
                print("generator, cold and warm, against the baseline...", flush=True)
                try:
                    gen = measure_generator(b, site, server.origin, server.url + GENERATOR, server.url + base_path,
                                            args.runs)
                    results["generator"] = gen
                    results["generator_size"] = sizes.download_size(site, server.origin, gen.pop("cold_urls"))
                    print("field changes...", flush=True)
                    lat = b.field_latency(server.url + GENERATOR, args.samples)
                    results["field_latency"] = {"samples": len(lat), "median": statistics.median(lat),
                                                "p95": percentile(lat, 0.95), "max": max(lat)}
                except Exception as error:  # noqa: BLE001 - whatever stops a measure is reported, not fatal
                    results["notes"].append(f"generator not measured: {type(error).__name__}: {str(error)[:300]}")
                try:
                    print("review of 20,000 characters in the browser...", flush=True)
                    results["review_browser_ms"] = b.review_in_browser(server.url + GENERATOR)
                    print("spelling check, cold and warm...", flush=True)
                    wheel = next(site.glob("assets/pyodide/*/pyspellchecker-*.whl"))
                    cold = [b.spelling(server.url + GENERATOR, warm=False) for _ in range(args.runs)]
                    warm = [b.spelling(server.url + GENERATOR, warm=True) for _ in range(max(1, args.runs // 2))]
                    results["spelling"] = {
                        "raw": wheel.stat().st_size, "gzip": sizes.gzip_size(wheel),
                        "brotli": sizes.brotli_sizes([wheel])[wheel],
                        "cold_ms": statistics.median(v["ms"] for v in cold),
                        "warm_ms": statistics.median(v["ms"] for v in warm),
                        "cold_wire": statistics.median(v["wire"] for v in cold),
                        "warm_wire": statistics.median(v["wire"] for v in warm),
                        "runs": (len(cold), len(warm))}
                except Exception as error:  # noqa: BLE001 - as above
                    results["notes"].append(
                        f"review or spelling not measured: {type(error).__name__}: {str(error)[:300]}")
            finally:
                b.close()
            if not args.no_lighthouse:
                results["lighthouse_runs"] = args.lighthouse_runs
                results["lighthouse"] = {}
                for lang in ("", "en/"):
                    for page in LIGHTHOUSE_PAGES:
                        print(f"lighthouse /{lang}{page} ...", flush=True)
                        try:
                            results["lighthouse"]["/" + lang + page] = lighthouse.median_of(server.url + lang + page,
                                                                                            args.lighthouse_runs)
                        except RuntimeError as error:
                            results.setdefault("lighthouse_failed", []).append("/" + lang + page)
                            results["notes"].append(f"Lighthouse failed on /{lang}{page}: {str(error)[-300:]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    checks = budgets.check(results)
    text = report.markdown(results, checks)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    for c in checks:
        print(f"{'PASS' if c.ok else 'FAIL'}  {c.name}: {c.detail}")
    failed = [c for c in checks if not c.ok]
    print(f"\n{len(checks) - len(failed)} budgets passed, {len(failed)} failed. Report: {args.out}")
    return 1 if failed and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
