"""The benchmark's results as a Markdown report."""

from __future__ import annotations

from .budgets import MB, Check


def _mb(n: float) -> str:
    return f"{n / MB:.2f} MB"


def markdown(results: dict, checks: list[Check]) -> str:
    lines = ["# Rebond benchmark", "", f"{results['when']}, {results['machine']}.", ""]
    if "build_s" in results:
        lines += [f"Build (`mkdocs build --strict --clean`): {results['build_s']:.1f} s.", ""]
    if results.get("lighthouse"):
        lines += ["## Lighthouse 12.2.3, mobile, median of " + str(results["lighthouse_runs"]), "",
                  "| page | perf | a11y | best pr. | SEO | LCP | TBT | CLS | bytes | audits not passed |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for page, r in results["lighthouse"].items():
            lines.append(f"| `{page}` | {r['performance']:.0f} | {r['accessibility']:.0f} | "
                         f"{r['best-practices']:.0f} | "
                         f"{r['seo']:.0f} | {r['lcp_ms']:.0f} ms | {r['tbt_ms']:.0f} ms | {r['cls']:.3f} | "
                         f"{r['bytes'] / 1000:.0f} kB | {', '.join(r['failed_audits']) or '-'} |")
        lines.append("")
    gen = results.get("generator")
    if gen:
        n = gen["runs"]
        lines += [f"## Generator: navigation to first personalised message, median of {n}", "",
                  "| measure | time | ratio | transferred (gzip, as served) | same files, brotli |",
                  "|---|---:|---:|---:|---:|"]
        rows = [
            ("stock baseline, cold", gen["baseline_cold_ms"], 1.0, gen["baseline_cold_wire"],
             gen["baseline_cold_brotli"]),
            ("stock baseline, warm", gen["baseline_warm_ms"], gen["baseline_warm_ms"] / gen["baseline_cold_ms"],
             gen["baseline_warm_wire"], None),
            ("generator, cold", gen["cold_ms"], gen["cold_ms"] / gen["baseline_cold_ms"], gen["cold_wire"],
             gen["cold_brotli"]),
            ("generator, warm", gen["warm_ms"], gen["warm_ms"] / gen["baseline_cold_ms"], gen["warm_wire"], None),
        ]
        if "warm_nosw_ms" in gen:
            rows.append(("lever off: warm without service worker", gen["warm_nosw_ms"],
                         gen["warm_nosw_ms"] / gen["baseline_cold_ms"], gen["warm_nosw_wire"], None))
        if "warm_nosnap_ms" in gen:
            rows.append(("warm without the memory snapshot (the default build: a shared origin)",
                         gen["warm_nosnap_ms"],
                         gen["warm_nosnap_ms"] / gen["baseline_cold_ms"], gen["warm_nosnap_wire"], None))
        if "slow_cold_ms" in gen:
            rows.append(("first visit on a slow phone (1.6 Mbit/s, 150 ms, page CPU 4x slower), one run",
                         gen["slow_cold_ms"], gen["slow_cold_ms"] / gen["baseline_cold_ms"], gen["cold_wire"], None))
        for name, ms, ratio, wire, br in rows:
            lines.append(f"| {name} | {ms:.0f} ms | {ratio:.2f} | {_mb(wire)} | {_mb(br) if br is not None else '-'} |")
        lines += ["", "Ratios are to the cold baseline. "
                  f"Warm / cold for the generator: {gen['warm_ms'] / gen['cold_ms']:.2f} with the memory snapshot "
                  f"(a declared dedicated origin), {gen['warm_nosnap_ms'] / gen['cold_ms']:.2f} without (the default). "
                  f"The service worker's offline copy fetched, on the cold visit, a further {_mb(gen['cold_sw_wire'])} "
                  "(not needed for the message, not counted above).", ""]
    size = results.get("generator_size")
    if size:
        lines += ["## Everything the generator page downloads (cold)", "",
                  f"{size['files']} files: {_mb(size['raw'])} raw, {_mb(size['gzip'])} gzip, "
                  f"{_mb(size['brotli'])} brotli.", ""]
    reviewer = results.get("review_ms")
    if reviewer:
        lines += ["## Reviewer: 20,000 characters (`check` op, CPython, median of 5)", "", "| text | time |",
                  "|---|---:|"]
        lines += [f"| {name} | {ms:.1f} ms |" for name, ms in reviewer.items()]
        if "review_browser_ms" in results:
            lines += ["", f"The same op in the browser's worker (Pyodide), on 20,000 characters of French prose with "
                          f"findings: {results['review_browser_ms']:.0f} ms (median of 5)."]
        lines.append("")
    spell = results.get("spelling")
    if spell:
        lines += ["## Spelling check (downloaded only when the reader asks)", "",
                  f"Its wheel (pyspellchecker, French and English word lists): {_mb(spell['raw'])} raw, "
                  f"{_mb(spell['gzip'])} gzip, {_mb(spell['brotli'])} brotli.", "",
                  "| measure | click to first finding | transferred (as served) |", "|---|---:|---:|",
                  f"| cold (fresh profile), median of {spell['runs'][0]} | {spell['cold_ms']:.0f} ms | "
                  f"{_mb(spell['cold_wire'])} |",
                  f"| warm (used once, browser restarted), median of {spell['runs'][1]} | {spell['warm_ms']:.0f} ms | "
                  f"{_mb(spell['warm_wire'])} |", ""]
    lat = results.get("field_latency")
    if lat:
        lines += [f"## Field change to updated message ({lat['samples']} changes)", "",
                  f"median {lat['median']:.1f} ms, 95th percentile {lat['p95']:.1f} ms, max {lat['max']:.1f} ms.", ""]
    if results.get("runtime_requests") is not None:
        lines += ["## Runtime bytes on other pages (plain visit, service worker included)", ""]
        lines += [f"- `{p}`: {len(u)} runtime file(s)" for p, u in results["runtime_requests"].items()]
        lines.append("")
    if results.get("notes"):
        lines += ["## Notes", ""] + [f"- {n}" for n in results["notes"]] + [""]
    lines += ["## Budgets", "", "| budget | result | measured |", "|---|---|---|"]
    lines += [f"| {c.name} | {'PASS' if c.ok else 'FAIL'} | {c.detail} |" for c in checks]
    return "\n".join(lines) + "\n"
