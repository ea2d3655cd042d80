"""The budgets of issue 7, checked against one benchmark's results."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1_000_000


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def check(results: dict) -> list[Check]:
    """Every budget that the results allow to check (parts skipped by options are left out)."""
    checks: list[Check] = []
    runtime_pages = results.get("runtime_requests")
    if runtime_pages is not None:
        offenders = {page: urls for page, urls in runtime_pages.items() if urls}
        checks.append(Check("Pages other than the generator download no byte of the runtime", not offenders,
                            ", ".join(f"{p}: {len(u)} file(s)" for p, u in offenders.items()) or "none did"))
    for page, lh in results.get("lighthouse", {}).items():
        is_generator = "ecrire-mon-message" in page
        floor = 95 if is_generator else 98
        checks.append(Check(f"Lighthouse performance >= {floor}: {page}", lh["performance"] >= floor,
                            f"{lh['performance']:.0f}"))
        for cat in ("accessibility", "best-practices", "seo"):
            failed = ", ".join(lh["failed_audits"]) if lh[cat] < 100 else ""
            checks.append(Check(f"Lighthouse {cat} = 100: {page}", lh[cat] >= 100, f"{lh[cat]:.0f} {failed}".strip()))
        checks.append(Check(f"TBT <= 100 ms: {page}", lh["tbt_ms"] <= 100, f"{lh['tbt_ms']:.0f} ms"))
        checks.append(Check(f"CLS <= 0.05: {page}", lh["cls"] <= 0.05, f"{lh['cls']:.3f}"))
    for page in results.get("lighthouse_failed", []):
        checks.append(Check(f"Lighthouse ran: {page}", False, "Lighthouse failed 3 times"))
    gen = results.get("generator")
    if gen:
        ratio = gen["cold_ms"] / gen["baseline_cold_ms"]
        checks.append(Check("Generator cold <= 0.8 x stock baseline", ratio <= 0.8,
                            f"{gen['cold_ms']:.0f} ms / {gen['baseline_cold_ms']:.0f} ms = {ratio:.2f}"))
        checks.append(Check("Generator cold <= 3.6 MB transferred (brotli)", gen["cold_brotli"] <= 3.6 * MB,
                            f"{gen['cold_brotli'] / MB:.2f} MB"))
        half = gen["warm_ms"] / gen["cold_ms"]
        checks.append(Check("Generator warm <= 0.5 x cold", half <= 0.5,
                            f"{gen['warm_ms']:.0f} ms / {gen['cold_ms']:.0f} ms = {half:.2f}"))
    reviewer = results.get("review_ms")
    if reviewer:
        worst = max(reviewer, key=reviewer.get)
        checks.append(Check("Reviewer: 20,000 characters < 100 ms (CPython), every text", reviewer[worst] < 100,
                            f"slowest {reviewer[worst]:.1f} ms ({worst})"))
    latency = results.get("field_latency")
    if latency:
        checks.append(Check("Field change p95 <= 16 ms", latency["p95"] <= 16, f"{latency['p95']:.1f} ms"))
    return checks
