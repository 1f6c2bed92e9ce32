"""How the program-wide pages grow with the curriculum: Beranda, Struktur, Jalur, Kompetensi
and Glosarium list every modul (or every term), so each is rendered alone here, at two sizes.

    python bench/pages_bench.py [--sizes 1000,3000] [--templates overrides/berpijar]

For each size: the synthetic curriculum (generate.py, cached in bench/out/), the Markdown our
templates make for each page, and the CPU time Python-Markdown takes on it with mkdocs.yml's
extensions (the part of a build that grew faster than the page: issue #13). A page passes
when its time grows no faster than 3.3 × for 3 × the materi. ``--templates`` points at another
checkout's templates to compare before and after. Writes bench/out/pages.json.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import markdown
from common import REPO, curriculum, machine, table, write_json
from mkdocs.config import load_config

from build_tools.compile import compile_site
from build_tools.compile.pages import SITE_PAGES, NavPlace
from build_tools.model import build
from build_tools.validate import check

# The learners' program-wide pages (the ones that list every modul or every term).
PAGES = [p.path for p in SITE_PAGES if p.nav is not NavPlace.NONE]
LIMIT = 3.3


def extensions() -> tuple[list[str], dict[str, dict]]:
    """mkdocs.yml's markdown_extensions and their options, read by MkDocs itself (as a build
    reads them: validated, with the extensions MkDocs always adds)."""
    config = load_config(str(REPO / "mkdocs.yml"))
    return list(config.markdown_extensions), dict(config.mdx_configs)


def render_cpu(text: str, repeat: int) -> float:
    names, configs = extensions()
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    best = float("inf")
    for _ in range(repeat):
        md = markdown.Markdown(extensions=names, extension_configs=configs)
        t0 = time.process_time()
        md.convert(body)
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,3000")
    parser.add_argument("--templates", type=Path, default=REPO / "overrides" / "berpijar")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--modul-per-kelompok", type=int, default=None,
                        help="generate.py's other shape: this many modul in each kelompok")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, dict[int, dict[str, float]]] = {p: {} for p in PAGES}
    for n in sizes:
        folder = curriculum(n, modul_per_kelompok=args.modul_per_kelompok)
        source, report = check(folder)
        if not report.ok:
            raise SystemExit(report.render())
        site = compile_site(build(source).published().kept, args.templates.resolve(), folder)
        for page in site.pages:
            if page.path in results:
                results[page.path][n] = {"kb": len(page.content.encode()) / 1024,
                                         "cpu": render_cpu(page.content, args.repeat)}
    rows, failed = [], []
    small, large = sizes[0], sizes[-1]
    for path, by_n in results.items():
        growth = by_n[large]["cpu"] / max(by_n[small]["cpu"], 1e-4)
        allowed = LIMIT * large / (3 * small)
        if growth > allowed and by_n[large]["cpu"] > 0.05:
            failed.append(path)
        rows.append([path, *(f"{by_n[n]['kb']:.0f} KB / {by_n[n]['cpu']:.3f} s" for n in sizes),
                     f"{growth:.2f}"])
    print(table(rows, ["page", *(f"{n} materi" for n in sizes), f"t({large})/t({small})"]))
    write_json("pages", {"machine": machine(), "templates": str(args.templates),
                         "results": {p: {str(n): v for n, v in r.items()} for p, r in results.items()},
                         "failed": failed})
    if failed:
        print(f"grows faster than the curriculum: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
