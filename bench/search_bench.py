"""Search at 1,000 materi: index size, and time to the first result in a real browser.

    python bench/search_bench.py [--n 1000] [--repeat 3] [--query melayani]

Uses the two sites build_bench.py left in bench/out/build-N/ (ours and plain Material), so
run that first. Each site is served from 127.0.0.1 by a small threaded HTTP server (no gzip,
like a plain static server) and opened in Debian's Chromium through Playwright, a fresh
browser context (empty cache) per measurement. The clock starts before navigation: the time
to first result includes the page load, downloading the search index, the search worker
building its index, and the query. The query is typed once the page has loaded; the first
``.md-search-result__item`` is noticed by a MutationObserver installed before any page
script, so the in-page time (performance.now(), from navigation start) is exact.

Writes bench/out/search.json.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import statistics
import sys
import threading
import time
from pathlib import Path

from common import OUT, machine, table, write_json

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
OBSERVER = """
window.__firstResult = null;
new MutationObserver((records, observer) => {
  if (document.querySelector('.md-search-result__item')) {
    window.__firstResult = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def first_result(browser, base: str, query: str, timeout_ms: int) -> dict[str, object]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.add_init_script(OBSERVER)
    index_requests: list[tuple[str, int]] = []
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    def on_response(response) -> None:
        if "search_index" in response.url:
            length = response.headers.get("content-length")
            index_requests.append((response.url.rsplit("/", 1)[-1], int(length or 0)))

    page.on("response", on_response)
    index_done: list[float] = []
    page.on("requestfinished", lambda r: index_done.append(time.perf_counter()) if "search_index" in r.url else None)
    t0 = time.perf_counter()
    page.goto(base + "index.html", wait_until="load")
    loaded = (time.perf_counter() - t0) * 1000
    box = page.locator("input.md-search__input")
    if not box.is_visible():
        page.locator("label[for='__search']").first.click()
    box.click()
    box.fill(query)
    box.press("End")  # Material reads the query on keyup (and on focus)
    typed = (time.perf_counter() - t0) * 1000
    page.wait_for_selector(".md-search-result__item", state="attached", timeout=timeout_ms)
    wall = (time.perf_counter() - t0) * 1000
    in_page = page.evaluate("window.__firstResult")
    load_event = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")
    results = page.locator(".md-search-result__meta").inner_text()
    context.close()
    return {"wall_ms": round(wall), "in_page_ms": round(in_page) if in_page else None,
            "load_ms": round(loaded), "typed_ms": round(typed), "load_event_ms": round(load_event),
            "index_downloaded_ms": round((index_done[0] - t0) * 1000) if index_done else None,
            "index_requests": index_requests, "meta": results.strip(),
            "page_errors": errors}


def index_sizes(site: Path) -> dict[str, int]:
    data = (site / "search" / "search_index.json").read_bytes()
    return {"bytes": len(data), "gzip6_bytes": len(gzip.compress(data, 6)),
            "gzip9_bytes": len(gzip.compress(data, 9))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--query", default="melayani",
                        help="typed into the search box (found by both sites: the body text has it)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for a result")
    args = parser.parse_args()

    work = OUT / f"build-{args.n}"
    sites = {name: work / f"site-{name}" for name in ("ours", "plain")}
    missing = [str(p) for p in sites.values() if not (p / "search" / "search_index.json").is_file()]
    if missing:
        raise SystemExit(f"no built site at {', '.join(missing)}: run bench/build_bench.py --n {args.n} first")

    from playwright.sync_api import sync_playwright

    results: dict[str, dict[str, object]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        servers = {name: serve(site) for name, site in sites.items()}
        try:
            runs: dict[str, list[dict[str, object]]] = {name: [] for name in sites}
            for i in range(args.repeat):
                for name in sites:  # interleaved, so drift in machine load hits both alike
                    run = first_result(browser, servers[name][1], args.query, int(args.timeout * 1000))
                    print(f"  run {i + 1}: {name} first result after {run['in_page_ms']} ms "
                          f"(page loaded {run['load_event_ms']} ms, index received "
                          f"{run['index_downloaded_ms']} ms; wall {run['wall_ms']} ms; {run['meta']})",
                          file=sys.stderr)
                    runs[name].append(run)
        finally:
            for server, _ in servers.values():
                server.shutdown()
            browser.close()
    for name, rs in runs.items():
        times = [r["in_page_ms"] or r["wall_ms"] for r in rs]
        results[name] = {
            "first_result_ms_median": round(statistics.median(times)),
            "first_result_ms_best": min(times),
            "first_result_ms_all": times,
            "wall_ms_all": [r["wall_ms"] for r in rs],
            "page_load_ms_all": [r["load_event_ms"] for r in rs],
            # from the start of navigation (Python clock) to the index fully received
            "index_downloaded_ms_all": [r["index_downloaded_ms"] for r in rs],
            "query_typed_ms_all": [r["typed_ms"] for r in rs],
            "index_requests": rs[0]["index_requests"],
            "result_meta": rs[0]["meta"],
            "page_errors": sorted({e for r in rs for e in r["page_errors"]}),
            "search_index": index_sizes(sites[name]),
        }
    rows = [[
        name, f'{r["first_result_ms_median"]}', f'{r["first_result_ms_best"]}',
        " ".join(map(str, r["first_result_ms_all"])),
        f'{r["search_index"]["bytes"] / 1e6:.1f} MB', f'{r["search_index"]["gzip6_bytes"] / 1e6:.2f} MB',
        r["result_meta"],
    ] for name, r in results.items()]
    print(f"query {args.query!r}, {args.n} materi")
    print(table(rows, ["site", "median ms", "best ms", "all ms", "index", "index gz", "result line"]))
    ratio = round(results["ours"]["first_result_ms_median"] / results["plain"]["first_result_ms_median"], 2)
    print(f"ours / plain time to first result (median): {ratio}")
    data = {"benchmark": "search: index size and time to first result", "machine": machine(),
            "materi": args.n, "query": args.query, "repeat": args.repeat, "results": results,
            "ratio_ours_over_plain_median": ratio}
    print(f"wrote {write_json('search.json', data)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
