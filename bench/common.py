"""What the benchmarks share: paths, the cached synthetic curricula, timing a child process."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"  # git-ignored
BIN = Path(sys.executable).parent  # the venv the benchmark runs in: berpijar and mkdocs live here

sys.path.insert(0, str(BENCH))
import generate  # noqa: E402


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"'{name}' not found next to {sys.executable} nor on PATH")
    return found


def curriculum(n: int, seed: int = 1, dest: Path | None = None, modul_per_kelompok: int | None = None) -> Path:
    """``OUT/cur-N[-sS][-kK]/curriculum``, generated once per (N, seed, shape, generate.py version)."""
    name = f"cur-{n}" if seed == 1 else f"cur-{n}-s{seed}"
    dest = dest or OUT / (name if modul_per_kelompok is None else f"{name}-k{modul_per_kelompok}")
    stamp = dest / ".stamp"
    digest = hashlib.sha256(Path(generate.__file__).read_bytes()).hexdigest()[:16]
    want = f"{n} {seed} {digest}" + ("" if modul_per_kelompok is None else f" k{modul_per_kelompok}")
    if stamp.is_file() and stamp.read_text() == want and (dest / "curriculum").is_dir():
        return dest / "curriculum"
    t0 = time.perf_counter()
    root = generate.generate(n, dest, seed, modul_per_kelompok)
    stamp.write_text(want)
    print(f"  generated {n} materi in {time.perf_counter() - t0:.1f} s -> {root}", file=sys.stderr)
    return root


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the child: less swayed than wall by other load
    loadavg: float  # 1-minute load average when the child ended
    max_rss_kb: int  # peak resident set of the child (Linux: KB)
    returncode: int
    stdout: str
    stderr: str


def run_timed(cmd: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Run:
    """Run a command, returning its wall time and the peak RSS of that one child (wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_utime + usage.ru_stime, os.getloadavg()[0], usage.ru_maxrss,
                   proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"))


def machine() -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": dt.date.today().isoformat(),
        "cores": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        # Other work on the machine skews every number: the load average when we finished.
        "loadavg_1_5_15": [round(x, 2) for x in os.getloadavg()],
    }


def code_state() -> dict[str, object]:
    """Which code was measured: the commit, and files changed since (others work in this tree)."""
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                                  timeout=10, check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return ""
    changed = git("status", "--porcelain", "--", "build_tools", "overrides", "mkdocs.yml", "docs")
    return {"commit": git("rev-parse", "--short", "HEAD").strip(),
            "uncommitted": [line[3:] for line in changed.splitlines() if line.strip()]}


def write_json(name: str, data: dict[str, object]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    data = {**data, "code": code_state()}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return path


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(row: list[str]) -> str:
        cells = zip(row, widths, strict=True)
        return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(cells))

    return "\n".join([line(header), line(["-" * w for w in widths]), *map(line, rows)])
