"""Search at N materi: what a first visit and a first search cost, in a real browser.

    python bench/search_bench.py [--n 1000] [--repeat 3] [--query melayani]
                                 [--profiles desktop,phone-4g] [--today DIR]

Uses the two sites build_bench.py left in bench/out/build-N/ (ours and plain Material), so run
that first; ``--today DIR`` adds a third site built by another version of this project (for
example the main branch, to compare with today's search in the same run). Each site is served
from 127.0.0.1 by bench/browser.py's gzip server, which counts the bytes it sends, and opened in
Debian's Chromium through Playwright, a fresh context (empty cache) per measurement, at each
profile: ``desktop`` (no throttling) and ``phone-4g`` (360×740, 1.6 Mbit/s, 150 ms, CPU 4×).

A run: open Beranda (index.html) and, as soon as its ``load`` event fired, type the query into
Material's search box (the clock of "after typing" starts at the keyup Material listens to).
The first ``.md-search-result__item`` is noticed by a MutationObserver installed before any
page script. Reported per site and profile:

- first result after typing (ms, in-page clock), and from navigation start;
- bytes of the first visit before any search: everything sent until the page's network was
  idle (only measured in a separate run that never searches, so a site that loads its index
  at load pays for it here);
- search data downloaded (compressed bytes of everything under search/, the worker, the
  stemmer and the engine) by the end of the first search;
- the search data on disk, raw and gzipped.

Writes bench/out/search.json (search-N.json for other N).
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
from pathlib import Path

from browser import CHROMIUM, CHROMIUM_ARGS, PROFILES, Server, new_page
from common import OUT, machine, table, write_json

OBSERVER = """
window.__firstResult = null;
window.__typed = null;
document.addEventListener('keyup', (e) => {
  if (window.__typed === null && e.target.classList && e.target.classList.contains('md-search__input')) {
    window.__typed = performance.now();
  }
}, true);
new MutationObserver((records, observer) => {
  if (document.querySelector('.md-search-result__item')) {
    window.__firstResult = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""
SEARCH_PATHS = ("/search/", "/workers/search", "/lunr/", "/javascripts/search/")


def is_search(path: str) -> bool:
    return any(p in path for p in SEARCH_PATHS)


def first_visit(browser, server: Server, profile) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Bytes of a first visit to Beranda that never searches (until the network is idle): all
    of them, and those of search (worker, index, stemmer)."""
    context, page = new_page(browser, profile)
    mark = len(server.log)
    page.goto(server.base + "index.html", wait_until="load", timeout=300000)
    page.wait_for_load_state("networkidle", timeout=300000)
    page.wait_for_timeout(500)
    context.close()
    return server.sent(mark), sum(n for p, n in server.log[mark:] if is_search(p))


def first_result(browser, server: Server, profile, query: str, timeout_ms: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    context, page = new_page(browser, profile)
    page.add_init_script(OBSERVER)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    mark = len(server.log)
    page.goto(server.base + "index.html", wait_until="load", timeout=300000)
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.evaluate("document.querySelector('[data-md-toggle=search]').click()")  # the phone's search button
    box.wait_for(state="visible")
    box.focus()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup
    page.wait_for_selector(".md-search-result__item", state="attached", timeout=timeout_ms)
    found, typed, load = page.evaluate(
        "[window.__firstResult, window.__typed, performance.getEntriesByType('navigation')[0].loadEventEnd]")
    meta = page.locator(".md-search-result__meta").inner_text().strip()
    context.close()
    search_log = [(p, n) for p, n in server.log[mark:] if is_search(p)]
    return {"after_typing_ms": round(found - typed), "from_navigation_ms": round(found),
            "load_event_ms": round(load), "search_bytes": sum(n for _, n in search_log),
            "search_requests": len(search_log), "meta": meta, "page_errors": errors}


def data_on_disk(site: Path) -> dict[str, int]:
    files = [p for p in (site / "search").rglob("*") if p.is_file() and p.suffix in (".js", ".json")]
    raw = sum(p.stat().st_size for p in files)
    gz = sum(len(gzip.compress(p.read_bytes(), 6)) for p in files)
    return {"files": len(files), "bytes": raw, "gzip6_bytes": gz}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query", default="melayani",
                        help="typed into the search box (found by all sites: the body text has it)")
    parser.add_argument("--profiles", default="desktop,phone-4g")
    parser.add_argument("--today", type=Path, help="a site built by another version, measured too")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for a result")
    args = parser.parse_args()

    work = OUT / f"build-{args.n}"
    sites = {name: work / f"site-{name}" for name in ("ours", "plain")}
    if args.today:
        sites["today"] = args.today
    missing = [str(p) for p in sites.values() if not (p / "search" / "search_index.json").is_file()]
    if missing:
        raise SystemExit(f"no built site at {', '.join(missing)}: run bench/build_bench.py --n {args.n} first")
    profiles = [PROFILES[p] for p in args.profiles.split(",")]

    from playwright.sync_api import sync_playwright

    results: dict[str, dict[str, object]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        servers = {name: Server(site) for name, site in sites.items()}
        try:
            for profile in profiles:
                runs: dict[str, list[dict[str, object]]] = {name: [] for name in sites}
                visits: dict[str, tuple[int, int]] = {}
                for name in sites:
                    visits[name] = first_visit(browser, servers[name], profile)
                for i in range(args.repeat):
                    for name in sites:  # interleaved, so drift in machine load hits all alike
                        run = first_result(browser, servers[name], profile, args.query, int(args.timeout * 1000))
                        print(f"  {profile.name} run {i + 1}: {name}: first result {run['after_typing_ms']} ms "
                              f"after typing ({run['from_navigation_ms']} ms from navigation), search data "
                              f"{run['search_bytes'] / 1e3:.0f} KB in {run['search_requests']} requests; "
                              f"{run['meta']}", file=sys.stderr)
                        runs[name].append(run)
                for name, rs in runs.items():
                    after = [r["after_typing_ms"] for r in rs]
                    results.setdefault(name, {"search_data": data_on_disk(sites[name])})[profile.name] = {
                        "after_typing_ms_median": round(statistics.median(after)),
                        "after_typing_ms_all": after,
                        "from_navigation_ms_all": [r["from_navigation_ms"] for r in rs],
                        "first_visit_bytes": visits[name][0],
                        "first_visit_search_bytes": visits[name][1],
                        "search_bytes": rs[0]["search_bytes"],
                        "search_requests": rs[0]["search_requests"],
                        "result_meta": rs[0]["meta"],
                        "page_errors": sorted({e for r in rs for e in r["page_errors"]}),
                    }
        finally:
            for server in servers.values():
                server.close()
            browser.close()
    rows = []
    for name, r in results.items():
        for profile in profiles:
            p = r[profile.name]
            rows.append([name, profile.name, f'{p["after_typing_ms_median"]}',
                         " ".join(map(str, p["after_typing_ms_all"])),
                         f'{p["first_visit_bytes"] / 1e3:.0f} KB ({p["first_visit_search_bytes"] / 1e3:.1f} KB search)',
                         f'{p["search_bytes"] / 1e3:.0f} KB',
                         f'{r["search_data"]["bytes"] / 1e6:.2f} MB', f'{r["search_data"]["gzip6_bytes"] / 1e6:.2f} MB',
                         p["result_meta"]])
    print(f"query {args.query!r}, {args.n} materi")
    print(table(rows, ["site", "profile", "after typing ms (median)", "all ms", "first visit",
                       "search downloaded", "search data", "search data gz", "result line"]))
    data = {"benchmark": "search: first visit, search data and time to first result", "machine": machine(),
            "materi": args.n, "query": args.query, "repeat": args.repeat, "results": results}
    name = "search.json" if args.n == 1000 else f"search-{args.n}.json"
    print(f"wrote {write_json(name, data)}")
    ours = results["ours"]
    missed = [f"{p.name}: {ours[p.name]['after_typing_ms_median']} ms > {limit} ms"
              for p in profiles for limit in [{"desktop": 1000}.get(p.name, 3000)]
              if ours[p.name]["after_typing_ms_median"] > limit]
    missed += [f"{p.name}: search data {ours[p.name]['search_bytes']} B > 1 MB"
               for p in profiles if ours[p.name]["search_bytes"] > 1_000_000]
    for line in missed:
        print(f"target missed: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
