"""Sizes and times of the exports: SCORM packages (both versions) and the ZIM file.

    python bench/export_bench.py [--n 1000] [--repeat 1]

Two curricula: the repository's own ("today") and a synthetic one of N materi
(generate.py). For each, the site is built once with ``berpijar build`` (not timed here: see
build_bench.py), then ``berpijar ekspor scorm`` and ``berpijar ekspor zim`` run as child
processes over that site, ``--repeat`` times each; the best wall time counts, with its CPU
seconds. Sizes: the site, the SCORM packages (count, total, mean, largest) and the ZIM.
Writes bench/out/export.json. No target: these numbers are for agencies planning storage.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from build_bench import make_project
from common import OUT, REPO, curriculum, machine, run_timed, table, tool, write_json


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def measure(label: str, project: Path, repeat: int) -> dict[str, object]:
    berpijar = tool("berpijar")
    site = project / "site"
    build = run_timed([berpijar, "build", "-f", "mkdocs.yml", "-o", str(site)], cwd=project)
    if build.returncode:
        raise SystemExit(f"build failed for {label}:\n{build.stderr[-2000:]}")
    common = ["--situs", str(site), "-f", "mkdocs.yml", "--curriculum", "curriculum"]
    out = project / "ekspor"
    runs: dict[str, list] = {"scorm": [], "zim": []}
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        runs["scorm"].append(run_timed([berpijar, "ekspor", "scorm", "-o", str(out), *common], cwd=project))
        runs["zim"].append(run_timed([berpijar, "ekspor", "zim", "-o", str(out / "kurikulum.zim"), *common],
                                     cwd=project))
    for name, done in runs.items():
        if any(r.returncode for r in done):
            raise SystemExit(f"ekspor {name} failed for {label}:\n{done[-1].stderr[-2000:]}")
    packages = sorted(out.glob("*.zip"))
    best = {name: min(done, key=lambda r: r.wall) for name, done in runs.items()}
    return {
        "curriculum": label,
        "materi": sum(1 for _ in (project / "curriculum").glob("*/[0-9]*.md")),
        "site_bytes": _size(site),
        "scorm_packages": len(packages),
        "scorm_total_bytes": sum(p.stat().st_size for p in packages),
        "scorm_mean_bytes": round(sum(p.stat().st_size for p in packages) / max(len(packages), 1)),
        "scorm_max_bytes": max((p.stat().st_size for p in packages), default=0),
        "scorm_wall_s": round(best["scorm"].wall, 2),
        "scorm_cpu_s": round(best["scorm"].cpu, 2),
        "zim_bytes": (out / "kurikulum.zim").stat().st_size,
        "zim_wall_s": round(best["zim"].wall, 2),
        "zim_cpu_s": round(best["zim"].cpu, 2),
        "zim_max_rss_mb": round(best["zim"].max_rss_kb / 1024),
        "loadavg": round(best["zim"].loadavg, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    results = [
        measure("today", make_project(OUT / "export-today", REPO / "curriculum"), args.repeat),
        measure(f"synthetic {args.n}", make_project(OUT / f"export-{args.n}", curriculum(args.n)), args.repeat),
    ]
    mb = 1024 * 1024
    rows = [[r["curriculum"], r["materi"], f"{r['site_bytes'] / mb:.1f}",
             r["scorm_packages"],
             f"{r['scorm_total_bytes'] / mb:.1f}", f"{r['scorm_mean_bytes'] / 1024:.0f}",
             f"{r['scorm_wall_s']} / {r['scorm_cpu_s']}", f"{r['zim_bytes'] / mb:.1f}",
             f"{r['zim_wall_s']} / {r['zim_cpu_s']}"] for r in results]
    print(table(rows, ["curriculum", "materi", "site MB", "packages", "SCORM MB", "mean KB",
                       "SCORM wall/cpu s", "ZIM MB", "ZIM wall/cpu s"]))
    print(f"-> {write_json('export.json', {'machine': machine(), 'results': results})}")


if __name__ == "__main__":
    main()
