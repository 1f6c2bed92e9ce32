"""Release numbers for mirrors: size of the zip, time of bundle, pasang and verify, and whether
two builds and two bundles of one commit are byte-identical (modes and dates included).

Runs the `berpijar` commands as an administrator would, on the repository's curriculum
(default) or a synthetic one (--n N). A throwaway release key is made in a temporary folder.
Writes bench/out/release.json (or release-N.json).
"""

from __future__ import annotations

import argparse
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, curriculum, machine, run_timed, table, tool, write_json

from build_tools.release import cache, manifest
from build_tools.release.tree import normalize


def tree(folder: Path) -> dict[str, tuple[int, int, bytes | None]]:
    out = {}
    for path in [folder, *sorted(folder.rglob("*"))]:
        st = path.lstat()
        out[path.relative_to(folder).as_posix()] = (
            stat.S_IMODE(st.st_mode), int(st.st_mtime), None if path.is_dir() else path.read_bytes())
    return out


def project(work: Path, n: int | None) -> Path:
    if n is None:
        return REPO
    dest = work / "proyek"
    dest.mkdir()
    for name in ("mkdocs.yml", "overrides", "docs"):
        src = REPO / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, dest / name)
    shutil.copytree(curriculum(n), dest / "curriculum")
    (dest / "node_modules").symlink_to(REPO / "node_modules", target_is_directory=True)
    return dest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, help="a synthetic curriculum of N materi instead of the repository's")
    args = parser.parse_args()
    berpijar = tool("berpijar")
    rows, data = [], {"machine": machine(), "n": args.n or "repository"}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        config = project(work, args.n) / "mkdocs.yml"

        def step(name: str, *cmd: str | Path) -> float:
            run = run_timed([berpijar, *map(str, cmd)], cwd=work)
            if run.returncode != 0:
                raise SystemExit(f"{name} failed:\n{run.stdout}\n{run.stderr}")
            rows.append([name, f"{run.wall:.2f}", f"{run.cpu:.2f}"])
            data[f"{name}_s"] = round(run.wall, 3)
            return run.wall

        step("kunci", "kunci", work / "k" / "rilis.key", work / "k" / "rilis.pub", "--tanpa-sandi")
        step("build_a", "build", "-f", config, "-o", work / "a" / "site")
        step("build_b", "build", "-f", config, "-o", work / "b" / "site")
        data["builds_identical"] = tree(work / "a" / "site") == tree(work / "b" / "site")
        # What the plugin's last on_post_build adds to a build, redone on the finished site
        # (idempotent): versioned addresses, the manifest, modes and dates.
        site_a = work / "a" / "site"
        t0 = time.process_time()
        cache.version_urls(site_a)
        t1 = time.process_time()
        manifest.render(site_a)
        t2 = time.process_time()
        normalize(site_a, None)
        t3 = time.process_time()
        for name, seconds in (("post_build_versions", t1 - t0), ("post_build_manifest", t2 - t1),
                              ("post_build_modes", t3 - t2)):
            rows.append([name, "", f"{seconds:.2f}"])
            data[f"{name}_cpu_s"] = round(seconds, 3)
        step("bundle_a", "bundle", work / "a" / "site", "-o", work / "a" / "dist" / "asn-berpijar.zip",
             "--kunci", work / "k" / "rilis.key")
        step("bundle_b", "bundle", work / "b" / "site", "-o", work / "b" / "dist" / "asn-berpijar.zip",
             "--kunci", work / "k" / "rilis.key")
        zip_a = work / "a" / "dist" / "asn-berpijar.zip"
        data["zips_identical"] = zip_a.read_bytes() == (work / "b" / "dist" / "asn-berpijar.zip").read_bytes()
        data["zip_bytes"] = zip_a.stat().st_size
        site = tree(work / "a" / "site")
        data["site_files"] = sum(1 for v in site.values() if v[2] is not None)
        data["site_bytes"] = sum(len(v[2]) for v in site.values() if v[2] is not None)
        step("pasang", "pasang", zip_a, work / "srv", "--kunci-publik", work / "k" / "rilis.pub")
        step("verify_folder", "verify", work / "srv" / "current", "-m", work / "a" / "dist" / "SHA256SUMS",
             "-p", work / "k" / "rilis.pub")
        minisign = subprocess.run(["minisign", "-V", "-p", work / "k" / "rilis.pub", "-m",
                                   work / "a" / "dist" / "SHA256SUMS"], capture_output=True, check=False)
        data["minisign_verifies"] = minisign.returncode == 0
    print(table(rows, ["step", "wall s", "cpu s"]))
    for key in ("site_files", "site_bytes", "zip_bytes", "builds_identical", "zips_identical", "minisign_verifies"):
        print(f"{key}: {data[key]}")
    name = f"release-{args.n}.json" if args.n else "release.json"
    print(f"wrote {write_json(name, data)}")
    ok = data["builds_identical"] and data["zips_identical"] and data["minisign_verifies"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
