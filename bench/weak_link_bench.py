"""A materi page on a weak link: first visit at weak 3G, ours beside plain Material.

    python bench/weak_link_bench.py [--n 1000] [--repeat 3] [--profile weak-3g]

Uses the two sites build_bench.py left in bench/out/build-N/ (ours and plain Material, the
same pages). Each is served by bench/browser.py's gzip server and opened in Debian's Chromium
with the DevTools protocol's emulation: ``weak-3g`` is 360×740, 400 kbit/s both ways, 400 ms
round trip, CPU 4× slower (``phone-4g``: 1.6 Mbit/s, 150 ms). A fresh context (empty cache) per
run opens the first materi page of the first modul and waits until the network is idle.
Reported per site (median of the runs):

- largest contentful paint (PerformanceObserver, buffered), ms from navigation start;
- bytes sent by the server (compressed, what goes over the air) and the number of requests;
- the render-blocking requests (Resource Timing's renderBlockingStatus), and any request for a
  source map or a lunr language other than Indonesian (neither should be fetched).

Targets for ours: LCP ≤ 3,000 ms and ≤ 150 KB at weak 3G. Writes bench/out/weak-link.json.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from pathlib import Path

from browser import CHROMIUM, CHROMIUM_ARGS, PROFILES, Server, new_page
from common import OUT, machine, table, write_json

LCP_TARGET_MS = 3000
BYTES_TARGET = 150 * 1000
LCP = """
window.__lcp = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__lcp = entry.startTime;
}).observe({type: 'largest-contentful-paint', buffered: true});
"""
UNWANTED = re.compile(r"\.map$|/lunr/(?!min/lunr\.id\.min\.js)")


def first_materi(site: Path) -> str:
    """The first materi page of the first modul folder (same path in both sites)."""
    pages = sorted(p for p in site.glob("*/01-*.html"))
    if not pages:
        raise SystemExit(f"no materi page in {site}")
    return pages[0].relative_to(site).as_posix()


def visit(browser, server: Server, profile, path: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    context, page = new_page(browser, profile)
    page.add_init_script(LCP)
    mark = len(server.log)
    page.goto(server.base + path, wait_until="load", timeout=120000)
    page.wait_for_load_state("networkidle", timeout=120000)
    lcp, blocking = page.evaluate("""[window.__lcp,
        performance.getEntriesByType('resource').filter(e => e.renderBlockingStatus === 'blocking')
          .map(e => e.name.split('/').slice(-2).join('/'))]""")
    context.close()
    log = server.log[mark:]
    return {"lcp_ms": round(lcp), "bytes": sum(n for _, n in log), "requests": len(log),
            "blocking": blocking, "unwanted": [p for p, _ in log if UNWANTED.search(p.split("?")[0])],
            "files": [[p, n] for p, n in log]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", default="weak-3g", choices=sorted(PROFILES))
    args = parser.parse_args()
    work = OUT / f"build-{args.n}"
    sites = {name: work / f"site-{name}" for name in ("ours", "plain")}
    missing = [str(p) for p in sites.values() if not p.is_dir()]
    if missing:
        raise SystemExit(f"no built site at {', '.join(missing)}: run bench/build_bench.py --n {args.n} first")
    path = first_materi(sites["ours"])
    profile = PROFILES[args.profile]

    from playwright.sync_api import sync_playwright

    runs: dict[str, list[dict[str, object]]] = {name: [] for name in sites}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        servers = {name: Server(site) for name, site in sites.items()}
        try:
            for i in range(args.repeat):
                for name in sites:
                    run = visit(browser, servers[name], profile, path)
                    print(f"  run {i + 1}: {name}: LCP {run['lcp_ms']} ms, {run['bytes'] / 1e3:.1f} KB in "
                          f"{run['requests']} requests, {len(run['blocking'])} render-blocking", file=sys.stderr)
                    runs[name].append(run)
        finally:
            for server in servers.values():
                server.close()
            browser.close()
    results = {}
    for name, rs in runs.items():
        results[name] = {
            "lcp_ms_median": round(statistics.median(r["lcp_ms"] for r in rs)),
            "lcp_ms_all": [r["lcp_ms"] for r in rs],
            "bytes": rs[0]["bytes"], "requests": rs[0]["requests"],
            "render_blocking": rs[0]["blocking"], "unwanted_requests": rs[0]["unwanted"],
            "files": rs[0]["files"],
        }
    rows = [[name, f'{r["lcp_ms_median"]}', " ".join(map(str, r["lcp_ms_all"])), f'{r["bytes"] / 1e3:.1f} KB',
             str(r["requests"]), ", ".join(r["render_blocking"]), str(len(r["unwanted_requests"]))]
            for name, r in results.items()]
    print(f"{path} at {args.profile} ({profile.kbps:g} kbit/s, {profile.latency_ms:g} ms, CPU {profile.cpu:g}x), "
          f"{args.n} materi")
    print(table(rows, ["site", "LCP ms (median)", "all", "sent", "requests", "render-blocking", "maps/lunr"]))
    data = {"benchmark": "materi page first visit on a weak link", "machine": machine(), "materi": args.n,
            "page": path, "profile": vars(profile), "repeat": args.repeat, "results": results}
    name = "weak-link" + ("" if args.profile == "weak-3g" else f"-{args.profile}") + \
        ("" if args.n == 1000 else f"-{args.n}") + ".json"
    print(f"wrote {write_json(name, data)}")
    ours = results["ours"]
    missed = []
    if args.profile == "weak-3g" and ours["lcp_ms_median"] > LCP_TARGET_MS:
        missed.append(f"LCP {ours['lcp_ms_median']} ms > {LCP_TARGET_MS} ms")
    if args.profile == "weak-3g" and ours["bytes"] > BYTES_TARGET:
        missed.append(f"{ours['bytes']} B > {BYTES_TARGET} B")
    if ours["unwanted_requests"]:
        missed.append(f"fetched {ours['unwanted_requests']}")
    for line in missed:
        print(f"target missed: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
