"""Preview speed: from saving a materi to the preview serving the edited page.

    python bench/preview_bench.py [--n 1000] [--repeat 5]

For the repository's own curriculum ("today") and for a synthetic curriculum of N materi:

1. assemble a project folder as build_bench.py does and start ``berpijar serve`` on it as a
   child process on a free port (tests/serveproc.py, the same helper the tests use);
2. open one materi page, as the author has it open, and time that first answer;
3. ``--repeat`` times: append a new sentence to that materi's Markdown file and time from the
   write until the HTML served for that page contains the sentence (polling every 20 ms);
4. stop the server by PID, and build the same pages with a plain Material ``mkdocs build``
   (build_bench.make_plain): the time every save costs a preview that rebuilds the whole site.

Targets: the median time to an updated page ≤ 0.5 s today and ≤ 2.0 s at 1,000 materi.
Writes bench/out/preview.json.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from build_bench import make_plain, make_project
from common import OUT, REPO, curriculum, machine, run_timed, table, tool, write_json

sys.path.insert(0, str(REPO))
from tests.serveproc import ServeProcess  # noqa: E402

TARGETS = {"today": 0.5, "large": 2.0}
POLL = 0.02


def _first_materi(project: Path) -> tuple[Path, str]:
    """A materi in the middle of the curriculum: its file and the page that shows it."""
    files = sorted((project / "curriculum").glob("*/[0-9][0-9]-*.md"))
    file = files[len(files) // 2]
    return file, f"{file.parent.name}/{file.stem}.html"


def _wait_for(server: ServeProcess, page: str, marker: str, timeout: float = 60.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        status, html = server.get(page, timeout=timeout)
        if status == 200 and marker in html:
            return time.perf_counter() - start
        time.sleep(POLL)
    raise SystemExit(f"the edit never reached {page} within {timeout} s:\n{server.output[-3000:]}")


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) the server has used: steadier than wall time on a busy machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _memory(pid: int) -> dict[str, int]:
    """Resident and peak resident memory of the server (MB), after the timed edits."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return {key: int(fields[name].split()[0]) // 1024 for key, name in (("rss_mb", "VmRSS"), ("peak_rss_mb", "VmHWM"))}


def measure(name: str, cur: Path, repeat: int) -> dict[str, object]:
    work = OUT / f"preview-{name}"
    project = make_project(work / "project", cur)
    file, page = _first_materi(project)
    t0 = time.perf_counter()
    server = ServeProcess(project)
    started = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        status, _ = server.get(page, timeout=60)
        first = time.perf_counter() - t0
        if status != 200:
            raise SystemExit(f"{page} answered {status}:\n{server.output[-3000:]}")
        times, cpus = [], []
        original = file.read_text("utf-8")
        for i in range(repeat):
            marker = f"Suntingan pratinjau nomor {i + 1} untuk pengukuran."
            cpu0 = _cpu(server.proc.pid)
            t0 = time.perf_counter()
            file.write_text(f"{original}\n{marker}\n", "utf-8")
            _wait_for(server, page, marker)
            times.append(time.perf_counter() - t0)
            cpus.append(_cpu(server.proc.pid) - cpu0)
            time.sleep(0.3)  # let the server settle, as between an author's saves
        refreshes = [line for line in server.lines if line.startswith("pratinjau diperbarui")]
        memory = _memory(server.proc.pid)
    finally:
        server.stop()

    stages = make_plain(work / "plain", project)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    plain = run_timed([tool("mkdocs"), "build", "-q", "-f", str(work / "plain" / "mkdocs.yml"),
                       "-d", str(work / "site-plain")], cwd=REPO, env=env)
    if plain.returncode != 0:
        raise SystemExit(f"plain build failed:\n{plain.stderr[-3000:]}")
    return {
        "materi": len(list((project / "curriculum").glob("*/[0-9][0-9]-*.md"))),
        "pages": stages["pages"],
        "page": page,
        "serve_start_to_url_s": round(started, 2),
        "first_page_s": round(first, 3),
        "save_to_updated_page_s": [round(t, 3) for t in times],
        "median_s": round(statistics.median(times), 3),
        "max_s": round(max(times), 3),
        "server_cpu_per_save_s": [round(c, 3) for c in cpus],
        "server_cpu_per_save_median_s": round(statistics.median(cpus), 3),
        "server_refresh_lines": refreshes[-repeat:],
        "server_memory": memory,
        "plain_material_build_s": round(plain.wall, 2),
        "plain_material_build_cpu_s": round(plain.cpu, 2),
        "loadavg_1min": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="materi pokok of the large curriculum")
    parser.add_argument("--repeat", type=int, default=5, help="edits timed per curriculum")
    args = parser.parse_args()

    results = {
        "today": measure("today", REPO / "curriculum", args.repeat),
        "large": measure(f"{args.n}", curriculum(args.n), args.repeat),
    }
    targets = {f"{name}_median_le_{TARGETS[name]}s": r["median_s"] <= TARGETS[name] for name, r in results.items()}
    rows = [[name, str(r["materi"]), str(r["pages"]), f'{r["serve_start_to_url_s"]:.2f}',
             f'{r["first_page_s"]:.3f}', f'{r["median_s"]:.3f}', f'{r["max_s"]:.3f}',
             f'{TARGETS[name]:.1f}', f'{r["server_cpu_per_save_median_s"]:.2f}',
             f'{r["plain_material_build_s"]:.2f}', f'{r["plain_material_build_cpu_s"]:.2f}',
             f'{r["plain_material_build_s"] / r["median_s"]:.0f}x']
            for name, r in results.items()]
    print(table(rows, ["curriculum", "materi", "pages", "start s", "first page s", "save→page median s",
                       "max s", "target s", "server CPU/save s", "plain build s", "plain CPU s",
                       "plain/preview"]))
    data = {"benchmark": "preview: save to updated page, vs a plain Material build", "machine": machine(),
            "repeat": args.repeat, "results": results, "targets_met": targets}
    print(f"wrote {write_json('preview.json', data)}")
    return 0 if all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
