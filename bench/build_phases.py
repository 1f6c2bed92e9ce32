"""Where a site build's time goes, phase by phase, for our site and the plain Material one.

    python bench/build_phases.py [--n 1000] [--site ours|plain|both]

Runs one build in this process (of the project folders build_bench.py assembled in
bench/out/build-N/) with timers wrapped around MkDocs' stages: each plugin event per plugin,
reading and rendering the Markdown of every page, building each page's template context,
rendering the theme template, writing files, copying static files, anchor checks. Times are
CPU seconds of this process (steadier than wall time on a shared machine) and wall seconds;
stages nest (the template render is inside "build pages"), so the list is not a sum.
Writes bench/out/build-phases.json (build-phases-N.json for other sizes).
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

from common import OUT, machine, table, write_json

cpu: dict[str, float] = defaultdict(float)
wall: dict[str, float] = defaultdict(float)
calls: dict[str, int] = defaultdict(int)


def timed(label: str, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        c, w = time.process_time(), time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            cpu[label] += time.process_time() - c
            wall[label] += time.perf_counter() - w
            calls[label] += 1
    return wrapper


def instrument() -> None:
    import jinja2
    import mkdocs.commands.build as b
    from mkdocs import utils
    from mkdocs.plugins import PluginCollection
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    def run_event(self, name, item=None, **kwargs):
        pass_item = item is not None
        for method in self.events[name]:
            plugin = self._event_origins.get(method, "?")
            self._current_plugin = plugin
            label = f"event on_{name} [{plugin}]"
            c, w = time.process_time(), time.perf_counter()
            result = method(item, **kwargs) if pass_item else method(**kwargs)
            cpu[label] += time.process_time() - c
            wall[label] += time.perf_counter() - w
            calls[label] += 1
            if result is not None:
                item = result
        self._current_plugin = None
        return item

    PluginCollection.run_event = run_event
    b.get_files = timed("get_files (scan docs_dir)", b.get_files)
    b.get_navigation = timed("get_navigation", b.get_navigation)
    b._populate_page = timed("read + render Markdown, all pages (incl. page events)", b._populate_page)
    Page.read_source = timed("  Page.read_source", Page.read_source)
    Page.render = timed("  Page.render (Markdown → HTML)", Page.render)
    b._build_page = timed("build pages: context + theme template + write (incl. events)", b._build_page)
    b.get_context = timed("  get_context", b.get_context)
    render = jinja2.Template.render

    def template_render(self, *args, **kwargs):
        name = self.name or ""
        label = ("  theme template render (" + name + ")") if not name.endswith(".j2") else "berpijar .md.j2 templates"
        return timed(label, render)(self, *args, **kwargs)

    jinja2.Template.render = template_render
    utils.write_file = timed("  write_file", utils.write_file)
    b.utils.write_file = utils.write_file
    Files.copy_static_files = timed("copy_static_files", Files.copy_static_files)
    b._build_theme_template = timed("theme static templates (404, sitemap)", b._build_theme_template)
    Page.validate_anchor_links = timed("validate_anchor_links", Page.validate_anchor_links)


def build(config_file: Path, site_dir: Path) -> tuple[float, float]:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(format="%(levelname)s - %(message)s", level=logging.WARNING)
    c, w = time.process_time(), time.perf_counter()
    config = load_config(str(config_file), site_dir=str(site_dir))
    cpu["load_config"] += time.process_time() - c
    wall["load_config"] += time.perf_counter() - w
    mkdocs_build(config)
    return time.process_time() - c, time.perf_counter() - w


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--site", choices=["ours", "plain", "both"], default="both")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    work = OUT / f"build-{args.n}"
    configs = {"ours": work / "project" / "mkdocs.yml", "plain": work / "plain" / "mkdocs.yml"}
    names = ["ours", "plain"] if args.site == "both" else [args.site]
    if args.site == "both":  # one build per process: each gets a clean interpreter
        import subprocess
        for name in names:
            subprocess.run([sys.executable, __file__, "--n", str(args.n), "--site", name,
                            "--top", str(args.top)], check=True)
        return 0
    name = names[0]
    if not configs[name].is_file():
        raise SystemExit(f"{configs[name]} missing: run bench/build_bench.py --n {args.n} first")
    instrument()
    total_cpu, total_wall = build(configs[name], work / f"phases-site-{name}")
    rows = sorted(cpu, key=lambda k: -cpu[k])[: args.top]
    print(f"{name}: total CPU {total_cpu:.1f} s, wall {total_wall:.1f} s")
    print(table([[k, f"{cpu[k]:.2f}", f"{100 * cpu[k] / total_cpu:.0f}%", f"{wall[k]:.2f}", str(calls[k])]
                 for k in rows], ["stage", "CPU s", "of total", "wall s", "calls"]))
    name_json = "build-phases.json" if args.n == 1000 else f"build-phases-{args.n}.json"
    path = OUT / name_json
    data = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    data[name] = {"materi": args.n, "machine": machine(), "total_cpu_s": round(total_cpu, 2),
                  "total_wall_s": round(total_wall, 2),
                  "stages": {k: {"cpu_s": round(cpu[k], 2), "wall_s": round(wall[k], 2), "calls": calls[k]}
                             for k in rows}}
    data.pop("code", None)
    write_json(name_json, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
