"""Does the whole build grow linearly? ``berpijar build`` at 1,000 and 3,000 materi, two shapes.

    python bench/growth_bench.py [--sizes 1000,3000] [--shapes ten,k100] [--repeat 1]

Shapes: ``ten`` is generate.py's own (ten materi per modul, so 100 modul at 1,000 and 300 at
3,000: the pages that list every modul grow with the program); ``k100`` is 100 modul per
kelompok at every size (300 modul; each modul's materi grow instead: its pages and its part
of the nav). The build runs as a child process on a project folder like build_bench.py's; its
CPU seconds (user + system) count, steadier than wall time on a shared machine. Target:
t(3,000) / t(1,000) ≤ 3.3 for each shape (issue #13). Writes bench/out/growth.json.
"""

from __future__ import annotations

import argparse
import os
import sys

from build_bench import make_project
from common import OUT, REPO, curriculum, machine, run_timed, table, tool, write_json

LIMIT = 3.3
SHAPES = {"ten": None, "k100": 100}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,3000")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--repeat", type=int, default=1, help="builds of each; the least CPU counts")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    results: dict[str, dict[str, object]] = {}
    rows = []
    for shape in args.shapes.split(","):
        per_kelompok = SHAPES[shape]
        runs: dict[int, dict[str, object]] = {}
        for n in sizes:
            cur = curriculum(n, modul_per_kelompok=per_kelompok)
            work = OUT / f"growth-{shape}-{n}"
            project = make_project(work / "project", cur)
            cmd = [tool("berpijar"), "build", "-f", str(project / "mkdocs.yml"), "-o", str(work / "site")]
            best = None
            for _ in range(args.repeat):
                run = run_timed(cmd, cwd=REPO, env=env)
                if run.returncode != 0:
                    print(run.stdout[-3000:], run.stderr[-3000:], file=sys.stderr)
                    raise SystemExit(f"{shape} {n}: build failed (exit {run.returncode})")
                print(f"  {shape} {n}: {run.wall:.1f} s wall, CPU {run.cpu:.1f} s, load {run.loadavg:.1f}",
                      file=sys.stderr)
                best = run if best is None or run.cpu < best.cpu else best
            assert best is not None
            modul = sum(1 for _ in cur.glob("*/index.md"))
            runs[n] = {"modul": modul, "cpu_s": round(best.cpu, 2), "wall_s": round(best.wall, 2),
                       "loadavg_1min": round(best.loadavg, 2), "max_rss_mb": round(best.max_rss_kb / 1024)}
            rows.append([shape, f"{n:,}", str(modul), f"{best.cpu:.1f}", f"{best.wall:.1f}", f"{best.loadavg:.1f}"])
        ratio = runs[sizes[-1]]["cpu_s"] / runs[sizes[0]]["cpu_s"]  # type: ignore[operator]
        results[shape] = {"runs": runs, "ratio_cpu": round(ratio, 2), "ok": ratio <= LIMIT}
    print(table(rows, ["shape", "materi", "modul", "CPU s", "wall s", "load"]))
    for shape, r in results.items():
        print(f"{shape}: t({sizes[-1]:,}) / t({sizes[0]:,}) = {r['ratio_cpu']} (target ≤ {LIMIT}): "
              f"{'met' if r['ok'] else 'MISSED'}")
    data = {"benchmark": "build growth", "machine": machine(), "sizes": sizes, "limit": LIMIT,
            "results": results}
    print(f"wrote {write_json('growth.json', data)}")
    return 0 if all(r["ok"] for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
