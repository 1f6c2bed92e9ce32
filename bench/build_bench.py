"""Our site build against a plain Material build of the same Markdown, at 1,000 materi.

    python bench/build_bench.py [--n 1000] [--repeat 2]

(a) ours: ``berpijar build -f PROJECT/mkdocs.yml -o SITE`` on a project folder assembled like
    tests/sitebuild.py does (mkdocs.yml, overrides/, docs/ copied from the repository, the
    synthetic curriculum, node_modules/ symlinked), so it runs the berpijar plugin: validation,
    compilation, Material with our nav, search in Indonesian, the offline plugin.
(b) plain: the pages, files and assets ``compile_site`` makes from the same curriculum (plus
    the hand-written docs/ pages), written into a docs folder and built by ``mkdocs build`` with
    a minimal mkdocs.yml: theme material with navigation.prune, the repository's
    markdown_extensions, plugins [search] only, use_directory_urls false, and the nav MkDocs
    makes from the folder tree.

Both run as child processes, interleaved, ``--repeat`` times each; the best wall time counts.
Then both sites are measured: HTML pages (mean, max, gzipped mean), the whole site, and the
search index raw and gzipped. Targets: ours ≤ 1.25 × plain build time; mean HTML page ≤ 60 KB.
``--unpruned`` adds, for context, the plain site built without navigation.prune (Material as
most sites run it: every page carries the whole navigation).

Writes bench/out/build.json (build-N.json, build-N-unpruned.json for other runs); the sites
stay in bench/out/build-N/ for search_bench.py.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sys
import time
from pathlib import Path

import yaml
from common import OUT, REPO, curriculum, machine, run_timed, table, tool, write_json

TIME_RATIO_TARGET = 1.25
MEAN_PAGE_TARGET = 60 * 1024


def make_project(dest: Path, cur: Path) -> Path:
    """A project folder like the repository's, holding the synthetic curriculum."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in ("mkdocs.yml", "overrides", "docs"):
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    shutil.copytree(cur, dest / "curriculum")
    (dest / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return dest


def make_plain(dest: Path, project: Path) -> dict[str, float]:
    """The same Markdown as a plain MkDocs project. Returns in-process timings of our stages."""
    from build_tools import model
    from build_tools.compile import compile_site
    from build_tools.validate import check

    t0 = time.perf_counter()
    source, report = check(project / "curriculum")
    t1 = time.perf_counter()
    if not report.ok:
        raise SystemExit(f"the synthetic curriculum does not validate: {report.summary()}")
    cur = model.build(source).published().kept
    guide = sorted(p.name for p in (project / "docs").glob("*.md") if p.name != "index.md")
    site = compile_site(cur, project / "overrides" / "berpijar", project / "curriculum", project / "docs")
    t2 = time.perf_counter()

    if dest.exists():
        shutil.rmtree(dest)
    docs = dest / "docs"
    for page in [*site.pages, *site.files]:
        path = docs / page.path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.content, "utf-8")
    for asset in site.assets:
        path = docs / asset.path
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(asset.source, path)
    for name in guide:
        if not (docs / name).exists():
            shutil.copy2(project / "docs" / name, docs / name)

    ours = yaml.safe_load((REPO / "mkdocs.yml").read_text("utf-8"))
    config = {
        "site_name": "ASN Berpijar (Material biasa)",
        "docs_dir": "docs",
        "use_directory_urls": False,
        "theme": {"name": "material", "features": ["navigation.prune"]},
        "plugins": ["search"],
        "markdown_extensions": ours["markdown_extensions"],
    }
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    # For context only (--unpruned): Material as most sites run it, every page carrying the whole nav.
    config["theme"] = {"name": "material"}
    (dest / "mkdocs-unpruned.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return {"validate_s": round(t1 - t0, 2), "model_and_compile_s": round(t2 - t1, 2),
            "pages": len(site.pages), "files": len(site.files), "assets": len(site.assets)}


def measure(site: Path) -> dict[str, object]:
    html, total, count = [], 0, 0
    gz_total = 0
    for root, _, names in os.walk(site):
        for name in names:
            path = Path(root, name)
            size = path.stat().st_size
            total += size
            count += 1
            if name.endswith(".html"):
                data = path.read_bytes()
                html.append((size, path.relative_to(site).as_posix()))
                gz_total += len(gzip.compress(data, 6))
    html.sort(reverse=True)
    out: dict[str, object] = {
        "html_pages": len(html),
        "mean_html_bytes": round(sum(s for s, _ in html) / len(html)),
        "max_html_bytes": html[0][0],
        "largest_pages": [{"path": p, "bytes": s} for s, p in html[:5]],
        "mean_html_gzip6_bytes": round(gz_total / len(html)),
        "site_bytes": total,
        "site_files": count,
    }
    for name in ("search_index.json", "search_index.js"):
        index = site / "search" / name
        if index.is_file():
            data = index.read_bytes()
            out[name] = {"bytes": len(data), "gzip6_bytes": len(gzip.compress(data, 6))}
    return out


def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="materi pokok")
    parser.add_argument("--repeat", type=int, default=2, help="builds of each; the best counts")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modul-per-kelompok", type=int, default=None,
                        help="generate.py's other shape: this many modul in each kelompok")
    parser.add_argument("--unpruned", action="store_true",
                        help="also build the plain site without navigation.prune (for context; slow)")
    args = parser.parse_args()

    shape = "" if args.modul_per_kelompok is None else f"-k{args.modul_per_kelompok}"
    work = OUT / f"build-{args.n}{shape}"
    cur = curriculum(args.n, args.seed, modul_per_kelompok=args.modul_per_kelompok)
    project = make_project(work / "project", cur)
    stages = make_plain(work / "plain", project)
    print(f"N={args.n}: {stages['pages']} pages; in-process validate {stages['validate_s']} s, "
          f"model+compile {stages['model_and_compile_s']} s", file=sys.stderr)

    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    commands = {
        "ours": [tool("berpijar"), "build", "-f", str(project / "mkdocs.yml"), "-o", str(work / "site-ours")],
        "plain": [tool("mkdocs"), "build", "-q", "-f", str(work / "plain" / "mkdocs.yml"),
                  "-d", str(work / "site-plain")],
    }
    if args.unpruned:
        commands["plain-unpruned"] = [tool("mkdocs"), "build", "-q", "-f",
                                      str(work / "plain" / "mkdocs-unpruned.yml"),
                                      "-d", str(work / "site-plain-unpruned")]
    runs: dict[str, list] = {k: [] for k in commands}
    for i in range(args.repeat):
        for name, cmd in commands.items():
            run = run_timed(cmd, cwd=REPO, env=env)
            if run.returncode != 0:
                print(run.stdout[-3000:], run.stderr[-3000:], file=sys.stderr)
                raise SystemExit(f"{name} build failed (exit {run.returncode})")
            print(f"  run {i + 1}: {name} {run.wall:.1f} s (CPU {run.cpu:.1f} s, load {run.loadavg:.1f}), "
                  f"peak RSS {run.max_rss_kb / 1024:.0f} MB", file=sys.stderr)
            runs[name].append(run)

    results: dict[str, dict[str, object]] = {}
    for name, rs in runs.items():
        best = min(rs, key=lambda r: r.wall)
        results[name] = {
            "command": " ".join(commands[name]).replace(str(REPO) + "/", ""),
            "wall_s_best": round(best.wall, 2),
            "wall_s_all": [round(r.wall, 2) for r in rs],
            "cpu_s_best": round(min(r.cpu for r in rs), 2),
            "cpu_s_all": [round(r.cpu, 2) for r in rs],
            "loadavg_1min": [round(r.loadavg, 2) for r in rs],
            "max_rss_mb": round(max(r.max_rss_kb for r in rs) / 1024),
            **measure(work / f"site-{name}"),
        }
    o, p = results["ours"], results["plain"]
    ratios = {
        "build_time": round(o["wall_s_best"] / p["wall_s_best"], 2),
        "build_cpu": round(o["cpu_s_best"] / p["cpu_s_best"], 2),
        "mean_html": round(o["mean_html_bytes"] / p["mean_html_bytes"], 2),
    }
    targets = {
        "build_time_ratio_le_1.25": ratios["build_time"] <= TIME_RATIO_TARGET,
        "mean_html_le_60KB": o["mean_html_bytes"] <= MEAN_PAGE_TARGET,
    }

    def index(r: dict, key: str) -> str:
        i = r.get("search_index.json")
        return "-" if not i else (kb(i[key]) if i[key] < 1e6 else mb(i[key]))

    rows = [[
        name, f'{r["wall_s_best"]:.1f}', " ".join(f"{w:.1f}" for w in r["wall_s_all"]),
        f'{r["cpu_s_best"]:.1f}',
        f'{r["max_rss_mb"]}', str(r["html_pages"]), kb(r["mean_html_bytes"]),
        kb(r["mean_html_gzip6_bytes"]), kb(r["max_html_bytes"]), mb(r["site_bytes"]),
        index(r, "bytes"), index(r, "gzip6_bytes"),
    ] for name, r in results.items()]
    print(table(rows, ["site", "best s", "all runs s", "CPU s", "RSS MB", "pages", "mean page", "mean gz",
                       "max page", "site", "index", "index gz"]))
    print(f"ours / plain: build time {ratios['build_time']} (target ≤ {TIME_RATIO_TARGET}; CPU time "
          f"{ratios['build_cpu']}), "
          f"mean page {ratios['mean_html']}; mean page {kb(o['mean_html_bytes'])} (target ≤ 60 KB)")
    for name, r in results.items():
        print(f"largest {name} pages: " + ", ".join(f'{x["path"]} {kb(x["bytes"])}' for x in r["largest_pages"][:3]))
    data = {"benchmark": "site build, ours vs plain Material", "machine": machine(), "materi": args.n,
            "repeat": args.repeat, "in_process_stages": stages, "results": results,
            "ratios_ours_over_plain": ratios, "targets_met": targets}
    name = "build.json" if args.n == 1000 and not args.unpruned and not shape else \
        f"build-{args.n}{shape}{'-unpruned' if args.unpruned else ''}.json"
    print(f"wrote {write_json(name, data)}")
    return 0 if all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
