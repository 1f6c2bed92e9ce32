"""What the output check and the Content-Security-Policy cost a build.

    python bench/output_check_bench.py [--n 1000] [--repeat 2]

Builds the synthetic curriculum of N materi (bench/out/cur-N) in this process, with timers
around the two calls the plugin makes into build_tools.sanitize.guard: ``page`` (parse the
page's content with Lexbor and check it against the allowlist, hash the inline scripts, write
the policy) and ``files`` (SVG, CSV and the relative links of every page). CPU seconds of
this process, steadier than wall time on a shared machine; the best of ``--repeat`` builds.
Writes bench/out/output-check.json.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from common import OUT, REPO, curriculum, machine, table, write_json

sys.path.insert(0, str(REPO))

from build_tools.sanitize import guard  # noqa: E402
from tests.sitebuild import build_project, make_project  # noqa: E402

spent = {"page": 0.0, "files": 0.0}


def _timed(name: str, fn):  # type: ignore[no-untyped-def]
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="materi pokok")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    guard.OutputGuard.page = _timed("page", guard.OutputGuard.page)  # type: ignore[method-assign]
    guard.OutputGuard.files = _timed("files", guard.OutputGuard.files)  # type: ignore[method-assign]
    source = curriculum(args.n)
    work = Path(tempfile.mkdtemp(dir=OUT))
    try:
        project = make_project(work / "proyek", source)
        runs = []
        for i in range(args.repeat):
            spent.update(page=0.0, files=0.0)
            start = time.process_time()
            site = build_project(project, work / f"site-{i}")
            total = time.process_time() - start
            pages = sum(1 for _ in site.rglob("*.html"))
            runs.append({"build_cpu": total, "page_cpu": spent["page"], "files_cpu": spent["files"], "pages": pages})
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = min(runs, key=lambda r: r["build_cpu"])
    share = (best["page_cpu"] + best["files_cpu"]) / best["build_cpu"]
    print(table([[str(args.n), str(best["pages"]), f"{best['build_cpu']:.1f}", f"{best['page_cpu']:.2f}",
                  f"{best['files_cpu']:.2f}", f"{100 * share:.1f} %"]],
                ["materi", "pages", "build CPU s", "pages check+CSP s", "files check s", "share"]))
    write_json("output-check.json", {"n": args.n, "runs": runs, "best": best, "share": share, "machine": machine()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
