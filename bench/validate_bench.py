"""How long ``berpijar validate`` takes on synthetic curricula of 100, 1,000 and 3,000 materi.

    python bench/validate_bench.py [--sizes 100,1000,3000] [--repeat 3] [--profile]

For each size: generate the curriculum once (cached in bench/out/cur-N), then run
``berpijar validate`` as a child process ``--repeat`` times and keep the best wall time and
the peak RSS of that child (os.wait4). Everything counts: interpreter start, imports, reading
the files, every rule. Two diagnostics follow: the same runs with Python's garbage collector
off (how much of the time is GC), and one run split into load (read + YAML) and the rules, in
CPU seconds. ``--profile`` adds a cProfile of one in-process ``check()`` at the largest size.

Targets (PRODUCT.md, "validation must feel instant"): 1,000 materi ≤ 1.0 s, 3,000 ≤ 3.0 s.
Writes bench/out/validate.json.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time

from common import OUT, curriculum, machine, run_timed, table, tool, write_json

TARGETS = {1000: 1.0, 3000: 3.0}


# The same command with Python's cyclic garbage collector off: how much of the time is GC
# walking the ever-growing heap of parsed YAML (a diagnostic, not a way to run the tool).
NO_GC = "import gc, sys; gc.disable(); from build_tools.cli import main; sys.argv[0] = 'berpijar'; main()"


def split(folder: str) -> None:
    """Child-process mode: CPU seconds of load (read + YAML) and of the rules, as JSON."""
    from build_tools.load import load
    from build_tools.validate import validate

    t0 = time.process_time()
    source = load(folder)
    t1 = time.process_time()
    report = validate(source)
    t2 = time.process_time()
    assert report.ok and not report.diagnostics, report.summary()
    print(json.dumps({"load_cpu_s": round(t1 - t0, 3), "rules_cpu_s": round(t2 - t1, 3)}))


def in_process(folder) -> dict[str, float]:
    run = run_timed([sys.executable, __file__, "--split-only", str(folder)])
    if run.returncode != 0:
        raise SystemExit(run.stderr[-2000:])
    return json.loads(run.stdout)


def profile(folder, top: int) -> str:
    from build_tools.validate import check

    prof = cProfile.Profile()
    prof.enable()
    check(folder)
    prof.disable()
    path = OUT / f"validate-{folder.parent.name}.prof"
    prof.dump_stats(path)
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"build_tools|jsonschema/validators.py:.*iter_errors|yaml/__init__")
    return f"profile saved to {path}\n" + text.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,3000", help="comma-separated materi counts")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is kept")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", action="store_true", help="cProfile check() at the largest size")
    parser.add_argument("--top", type=int, default=25, help="functions shown by --profile")
    parser.add_argument("--no-gc-variant", action="store_true",
                        help="skip the runs with the garbage collector off")
    parser.add_argument("--split-only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.split_only:
        split(args.split_only)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    berpijar = tool("berpijar")

    results = []
    for n in sizes:
        folder = curriculum(n, args.seed)
        md_bytes = sum(f.stat().st_size for f in folder.rglob("*.md"))
        runs = []
        for _ in range(args.repeat):
            run = run_timed([berpijar, "validate", str(folder)])
            if run.returncode != 0 or "0 galat, 0 peringatan" not in run.stdout:
                print(run.stdout[-2000:], run.stderr[-2000:], file=sys.stderr)
                raise SystemExit(f"validate failed at N={n} (exit {run.returncode})")
            runs.append(run)
        best = min(runs, key=lambda r: r.wall)
        no_gc = None
        if not args.no_gc_variant:
            no_gc = min(run_timed([sys.executable, "-c", NO_GC, "validate", str(folder)]).wall
                        for _ in range(args.repeat))
        phases = in_process(folder)
        target = TARGETS.get(n)
        results.append({
            "materi": n,
            "markdown_mb": round(md_bytes / 1e6, 1),
            "wall_s_best": round(best.wall, 3),
            "wall_s_all": [round(r.wall, 3) for r in runs],
            "cpu_s_best": round(min(r.cpu for r in runs), 3),
            "loadavg_1min": [round(r.loadavg, 2) for r in runs],
            "max_rss_mb": round(max(r.max_rss_kb for r in runs) / 1024, 1),
            "wall_s_best_gc_off": None if no_gc is None else round(no_gc, 3),
            "in_process_cpu": phases,
            "target_s": target,
            "meets_target": None if target is None else best.wall <= target,
        })

    rows = [[
        str(r["materi"]), f'{r["markdown_mb"]}', f'{r["wall_s_best"]:.2f}',
        " ".join(f"{w:.2f}" for w in r["wall_s_all"]), f'{r["cpu_s_best"]:.2f}', f'{r["max_rss_mb"]:.0f}',
        "-" if r["wall_s_best_gc_off"] is None else f'{r["wall_s_best_gc_off"]:.2f}',
        f'{r["in_process_cpu"]["load_cpu_s"]:.2f}', f'{r["in_process_cpu"]["rules_cpu_s"]:.2f}',
        "" if r["target_s"] is None else f'≤ {r["target_s"]:.1f} {"ok" if r["meets_target"] else "MISSED"}',
    ] for r in results]
    print(table(rows, ["materi", "MB .md", "best s", "all runs s", "CPU s", "peak RSS MB",
                       "GC off s", "load CPU s", "rules CPU s", "target"]))
    data = {"benchmark": "berpijar validate", "machine": machine(), "repeat": args.repeat,
            "command": f"{berpijar} validate bench/out/cur-N/curriculum", "results": results}
    if args.profile:
        report = profile(curriculum(max(sizes), args.seed), args.top)
        print(report)
    print(f"wrote {write_json('validate.json', data)}")
    return 0 if all(r["meets_target"] is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
